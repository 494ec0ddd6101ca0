"""Training-time helpers registered with spaCy's registry.

Only needed while *training* (``spacy train models/config.cfg --code
models/functions.py``; ``models/train.py`` imports it).  The packaged pipeline
loads with plain ``spacy.load`` and no custom code: the cluster table below
is stored in the pipeline's ``vocab/lookups.bin`` and spaCy itself applies it.

Brown clusters as a feature
---------------------------
spacy-lookups-data ships ``de_lexeme_cluster`` (Brown clusters for ~1M German
word forms, 750 clusters, computed by Explosion on a large German corpus).  The
cluster of a word carries distributional knowledge that a model trained on a
few thousand sentences cannot learn by itself: "Trump", "Seagal", "Trudeau"
and "Müller" all share one cluster.  spaCy v3 only lets a serialised lookup
table drive one lexical attribute, ``NORM`` (table ``lexeme_norm``), so the
recipe stores the cluster id as the NORM of each listed word (``"#c40"``) and
embeds ``LOWER`` for the word identity.  Consequence for users of the
pipeline: ``token.norm_`` is ``#c<id>`` for words in the table (lowercase form
otherwise); use ``token.lower_`` for the word.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from spacy.util import registry

NORM_TABLE = "lexeme_norm"


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def brown_cluster_table(lang: str = "de", max_rank_title: int = 600_000,
                        max_rank_other: int = 100_000) -> dict[str, str]:
    """word -> "#c<cluster>" for the most frequent words of the cluster table.

    The table is ordered by frequency.  Title-case words (names!) are kept up
    to rank ``max_rank_title``, all other forms up to ``max_rank_other``;
    cluster 0 (no cluster) is skipped.
    """
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lexeme_cluster.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        clusters = json.load(fh)
    table: dict[str, str] = {}
    rank = 0
    for word, cid in clusters.items():
        if cid == 0:
            continue
        if rank < max_rank_other or (rank < max_rank_title and _is_title(word)):
            table[word] = f"#c{cid}"
        rank += 1
    return table


def install_norm_table(nlp, table: dict[str, str]) -> None:
    """Put ``table`` into ``nlp.vocab.lookups`` as the NORM table and re-norm existing lexemes."""
    lookups = nlp.vocab.lookups
    if lookups.has_table(NORM_TABLE):
        lookups.remove_table(NORM_TABLE)
    lookups.add_table(NORM_TABLE, table)
    nlp.vocab.lookups = lookups  # the setter installs the NORM getter
    for lex in nlp.vocab:
        norm = table.get(lex.orth_)
        if norm is not None:
            lex.norm_ = norm


@registry.callbacks("protokoll.brown_cluster_norms.v1")
def make_brown_cluster_norms(max_rank_title: int = 600_000, max_rank_other: int = 100_000):
    def before_init(nlp):
        install_norm_table(nlp, brown_cluster_table(nlp.lang, max_rank_title, max_rank_other))
        return nlp
    return before_init
