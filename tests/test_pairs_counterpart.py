"""'The two ministers' after 'Minister X ... his Y counterpart, Z': the counterpart holds the
same office, so the pair phrase names X and Z (resolve/pairs.py)."""

from __future__ import annotations

from newsledger.model import Article
from newsledger.pipeline import analyze

TEXT = (
    "Ministers meet on river dispute\n\n"
    "Vardanian Foreign Minister Teodor Kasparek held talks in Ostrava on Friday with his "
    "Lirean counterpart, Hana Olbrecht, on a dispute over river freight.\n"
    "The two ministers last met in Brno on March 3, a statement from the foreign ministry said."
)


def _consults(stages):
    (article,) = analyze([Article(id="t", body=TEXT, published="2026-04-12")], stages)
    return [e for e in article.events if e.type == "CONSULT" and not e.hypothetical]


def test_the_two_ministers_are_the_minister_and_his_counterpart(stages):
    earlier = [e for e in _consults(stages) if e.date and e.date.value == "2026-03-03"]
    assert earlier, "the dated earlier meeting is an event"
    names = set(earlier[0].participant_names())
    assert {"Teodor Kasparek", "Hana Olbrecht"} <= names
    assert not any("two ministers" in n for n in names)


def test_a_bare_definite_office_plural_points_back_to_the_pair(stages):
    text = (
        "Lirean Foreign Minister Hana Olbrecht held talks with her Vardanian counterpart, "
        "Teodor Kasparek, in Ostrava on Friday.\n"
        "The ministers discussed river freight and a new border crossing."
    )
    (article,) = analyze([Article(id="t", body=text, published="2026-04-12")], stages)
    names = {n for e in article.events for n in e.participant_names()}
    assert "The ministers" not in names
    assert {"Hana Olbrecht", "Teodor Kasparek"} <= names


def test_pair_kind_reads_definite_office_plurals_only():
    from newsledger.resolve.pairs import pair_kind

    assert pair_kind("The ministers") == "person"
    assert pair_kind("the two governments") == "country"
    assert pair_kind("the protesters") is None
    assert pair_kind("the ministers of six countries") is None
