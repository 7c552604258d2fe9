"""A role phrase that names its own owner is that owner's, not the last person of that role:
"a spokesman for the newspaper" after "Kremlin spokesman X" is not X. Invented sentences."""


def _speakers(text: str) -> list[str | None]:
    from newsledger.model import Article
    from newsledger.pipeline import Stages, analyze

    article = Article(id="t", title="", body=text, published="2024-03-06")
    return [q.speaker for q in next(iter(analyze([article], Stages.load()))).quotes]


FIRST = "Kremlin spokesman Dmitry Peskov denied that the two leaders had spoken. "


def test_a_spokesman_for_another_body_is_not_the_earlier_spokesman(pipeline):
    speakers = _speakers(
        FIRST + "The Daily Courier reported the call. A spokesman for the newspaper said "
        "it stood by its story."
    )
    assert speakers[-1] != "Dmitry Peskov"


def test_a_spokesman_for_the_same_body_is_the_earlier_spokesman(pipeline):
    """Near miss: the owner named is the one the article gave him."""
    speakers = _speakers(FIRST + "The spokesman for the Kremlin said no call took place.")
    assert speakers[-1] == "Dmitry Peskov"


def test_a_bare_spokesman_is_still_the_earlier_one(pipeline):
    speakers = _speakers(FIRST + "The spokesman said no call took place.")
    assert speakers[-1] == "Dmitry Peskov"
