from pathlib import Path

import pytest

from extractor.batch.language import MIN_WORDS, check_german, german_share
from extractor.errors import DocumentError

from conftest import ENGLISH, german

FRENCH = ("Procès-verbal de la réunion du bureau. Présents: Anne, Jonas, Pierre. Le bureau a décidé à "
          "l'unanimité d'organiser la fête d'été le 15 juin dans la cour. Jonas s'occupe de l'inscription "
          "auprès de la ville avant la fin avril. La prochaine réunion aura lieu le 9 avril à 19 heures. ") * 2


@pytest.mark.parametrize("text, is_german", [
    (german(), True),
    (ENGLISH, False),
    (FRENCH, False),
    # a list-heavy German protocol still has its function words
    ("Anwesend: A. Berger, J. Keller, P. Vogt\n" + "TOP 1 Kasse: Der Bericht wird von der Kassenprüferin "
     "vorgetragen und ohne Gegenstimmen angenommen.\n" * 6, True),
])
def test_german_or_not(text: str, is_german: bool) -> None:
    if is_german:
        check_german(text, Path("x.txt"), 0.05)
    else:
        with pytest.raises(DocumentError) as err:
            check_german(text, Path("x.txt"), 0.05)
        assert err.value.kind == "not_german" and "x.txt" in err.value.message


@pytest.mark.parametrize("text, min_share", [
    ("Short English note about the meeting.", 0.05),  # too short to judge
    (ENGLISH, 0.0),  # check switched off
])
def test_not_judged(text: str, min_share: float) -> None:
    check_german(text, Path("x.txt"), min_share)


def test_share_counts_words() -> None:
    found = german_share("Der Vorstand und die Kasse")
    assert (found.words, found.german) == (5, 2)  # "Der", "und"; "die" is English too
    assert MIN_WORDS > 5
