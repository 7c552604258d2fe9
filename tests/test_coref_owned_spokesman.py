"""A role phrase that names its own owner is that owner's, not the last person of that role:
"a spokesman for the newspaper" after "presidency spokesman X" is not X. Invented sentences."""

from analysis import analyse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes]


FIRST = "Presidency spokesman Ivo Laskar denied that the two leaders had spoken. "


def test_a_spokesman_for_another_body_is_not_the_earlier_spokesman(pipeline):
    """The recall went wrong for a spokesman the base knows by office (a press secretary)."""
    first = "Kremlin spokesman Dmitry Peskov denied that the two leaders had spoken. "
    speakers = _speakers(
        first + "The Daily Courier reported the call. A spokesman for the newspaper said "
        "it stood by its story."
    )
    assert speakers[-1] != "Dmitry Peskov"


def test_a_spokesman_for_the_same_body_is_the_earlier_spokesman(pipeline):
    """Near miss: the owner named is the one the article gave him."""
    speakers = _speakers(FIRST + "The spokesman for the presidency said no call took place.")
    assert speakers[-1] == "Ivo Laskar"


def test_a_bare_spokesman_is_still_the_earlier_one(pipeline):
    speakers = _speakers(FIRST + "The spokesman said no call took place.")
    assert speakers[-1] == "Ivo Laskar"
