"""Aid told as an amount of goods ("40 tonnes of medicines"): the goods are after "of"."""

from __future__ import annotations

from newsledger.model import Article
from newsledger.pipeline import analyze


def _events(stages, body: str):
    article = Article(id="t", title="", body=body, published="2026-07-16")
    return [e for e in next(iter(analyze([article], stages))).events if not e.hypothetical]


def _aid(stages, body: str):
    return [e for e in _events(stages, body) if e.type == "AID"]


def test_an_amount_of_goods_sent_to_a_country_is_aid(stages):
    (aid,) = _aid(stages, "Norway on Tuesday sent 40 tonnes of medicines and tents to Chad.")
    assert {p.name for p in aid.actors + aid.recipients} == {"Norway", "Chad"}


def test_goods_listed_after_the_amount_count_too(stages):
    body = "Norway on Tuesday sent 40 tonnes of steel beams and blankets to Chad."
    assert _aid(stages, body)


def test_an_amount_of_other_things_is_no_aid(stages):
    assert not _aid(stages, "Norway on Tuesday sent 40 tonnes of steel to Chad.")


def test_goods_flown_to_a_country_are_aid(stages):
    assert _aid(stages, "A Norwegian air force plane flew 12 tonnes of rice to Chad on Friday.")


def test_people_flown_somewhere_are_no_aid(stages):
    assert not _aid(stages, "A Norwegian air force plane flew 40 engineers to Chad on Friday.")
