"""A state body's report places the people it tells of, whatever the dateline in front of it:
the subject a dateline hides, a spokesman of "the ministry", a ministry named "X of Y Affairs"."""

from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase

DENIAL = (
    "{dateline}Norway's Ministry of Coastal Affairs on Wednesday rejected reports that Foreign "
    "Minister Ivo Brandt had met Sweden's Lene Kask in Kiruna."
)


def _actor(text: str, name: str):
    doc = nlp.parse_one(text)
    resolver = MentionResolver(doc, ActorBase.default(), "2026-03-11")
    start = text.index(name)
    return resolver.resolve(start, start + len(name))


@pytest.mark.parametrize("dateline", ["", "OSLO, March 11 (Harbour Wire) - "])
def test_a_title_without_country_told_by_a_states_ministry_is_its_own(dateline):
    actor = _actor(DENIAL.format(dateline=dateline), "Ivo Brandt")
    assert actor is not None and actor.country == "NOR"


def test_an_analyst_who_rejects_reports_places_no_one():
    text = (
        "An analyst in Oslo on Wednesday rejected reports that Foreign Minister Ivo Brandt had "
        "met Sweden's Lene Kask."
    )
    actor = _actor(text, "Ivo Brandt")
    assert actor is not None and actor.country is None


def test_a_named_ministry_spokesman_speaks_for_the_ministry_told_before():
    text = (
        "Norway's Ministry of Coastal Affairs on Wednesday denied the reports.\n"
        '"These reports are false," ministry spokesman Olav Rudd told reporters.'
    )
    actor = _actor(text, "Olav Rudd")
    assert (actor.country, actor.sector) == ("NOR", "GOV")


def test_a_spokesman_of_no_state_body_gets_no_country():
    text = (
        "The Fjord Shipping Company on Wednesday denied the reports.\n"
        '"These reports are false," company spokesman Olav Rudd told reporters.'
    )
    assert _actor(text, "Olav Rudd").country is None


def test_a_ministry_of_some_affairs_is_one_body_not_a_group():
    actor = ActorBase.default().lookup("Norway's Ministry of Coastal Affairs", "2026-03-11")
    assert (actor.kind, actor.country, actor.sector) == ("organization", "NOR", "GOV")
    assert ActorBase.default().lookup("Norwegian officials", "2026-03-11").kind == "group"


def test_the_dateline_place_is_not_who_rejected_the_reports():
    from newsledger.model import Article
    from newsledger.pipeline import Stages, analyze

    body = DENIAL.format(dateline="OSLO, March 11 (Harbour Wire) - ")
    article = Article(id="t", title="", body=body, published="2026-03-11")
    quotes = next(iter(analyze([article], Stages.load()))).quotes
    speakers = {q.speaker for q in quotes}
    assert "OSLO" not in speakers and any(s and "Ministry" in s for s in speakers)


def test_the_statement_speaks_for_whoever_issued_it():
    text = (
        "Norway's Ministry of Coastal Affairs said in a statement that the two ministers met.\n"
        "The statement also said the talks would continue in May."
    )
    actor = _actor(text, "The statement")
    assert actor is not None and actor.country == "NOR" and actor.kind == "organization"


def test_a_statement_nobody_issued_speaks_for_no_one():
    text = (
        "Two ministers met in Bergen on Monday.\n"
        "The statement also said the talks would continue in May."
    )
    actor = _actor(text, "The statement")
    assert actor is None or actor.country is None


@pytest.mark.parametrize(
    "phrase", ["the weekly Fjord Evening Post", "the Tromso station Radio Nordlys"]
)
def test_a_name_an_outlet_noun_describes_is_the_press(phrase):
    actor = ActorBase.default().lookup(phrase, "2026-03-11")
    assert (actor.kind, actor.sector) == ("organization", "JRN")


def test_a_name_described_as_an_agency_may_be_the_states():
    actor = ActorBase.default().lookup("the agency Fjordvern", "2026-03-11")
    assert actor.sector != "JRN"


@pytest.mark.parametrize(
    "phrase",
    ["a spokesman for the Norwegian army", "a spokeswoman for the Norwegian foreign ministry"],
)
def test_a_spokesperson_for_a_body_is_the_bodys_not_the_leaders(phrase):
    actor = ActorBase.default().lookup(phrase, "2026-03-11")
    assert actor.country == "NOR" and "leader" not in actor.name


def test_the_governments_spokesman_is_still_the_leaders_press_secretary():
    actor = ActorBase.default().lookup("the Norwegian government spokesman", "2026-03-11")
    assert actor.country == "NOR" and actor.kind == "person"
