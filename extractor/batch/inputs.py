"""Which files a batch reads, and the document id each one gets."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from extractor.ingest import SUPPORTED_SUFFIXES

_SKIP_NAMES = (".gold.json", ".series.json")


def collect_files(inputs: Iterable[Path | str]) -> list[Path]:
    """Files given directly, plus every protocol-like file below given folders."""
    files: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            files += sorted(p for p in item.rglob("*") if p.is_file() and _is_protocol(p))
        else:
            files.append(item)
    return list(dict.fromkeys(files))


def _is_protocol(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".") \
        and not path.name.endswith(_SKIP_NAMES) and path.name.upper() not in ("README.MD", "LICENSE.MD")


def assign_doc_ids(files: list[Path]) -> dict[Path, str]:
    """The file stem, made unique with the parent folder (then a counter) when stems clash."""
    ids: dict[Path, str] = {}
    taken: set[str] = set()
    stems = [f.stem for f in files]
    for f in files:
        doc_id = f.stem if stems.count(f.stem) == 1 else f"{f.parent.name}-{f.stem}"
        base, n = doc_id, 2
        while doc_id in taken:
            doc_id, n = f"{base}-{n}", n + 1
        taken.add(doc_id)
        ids[f] = doc_id
    return ids
