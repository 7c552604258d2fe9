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
