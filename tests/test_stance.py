"""Source linking: which speaker vouches for, denies or hedges each event mention."""

from __future__ import annotations

from pathlib import Path

import pytest
from mentions import event_at

from newsledger import nlp
from newsledger.extract.quotes import extract_quotes
from newsledger.extract.stance import attach_sources
from newsledger.model import StanceKind

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def parse():
    return nlp.load()


def sources_of(parse, text: str, trigger: str, after: str = "", outlet: str = "Outlet"):
    doc = parse(text)
    event = event_at(doc, trigger, after)
    attach_sources(doc, [event], extract_quotes(doc), outlet)
    return {(s.name, s.stance) for s in event.sources}, event


def test_unattributed_event_is_asserted_by_the_outlet(parse):
    sources, event = sources_of(parse, "The two leaders met in Geneva on Tuesday.", "met")
    assert sources == {("Outlet", "asserts")}
    assert event.sources[0].start is None


def test_hedged_unattributed_event_is_hedged_by_the_outlet(parse):
    sources, _ = sources_of(parse, "The two leaders reportedly met in Geneva.", "met")
    assert sources == {("Outlet", "hedges")}


def test_outlet_denies_an_event_its_own_sentence_says_did_not_happen(parse):
    assert sources_of(parse, "The meeting never took place.", "meeting")[0] == {
        ("Outlet", "denies")
    }
    assert sources_of(parse, "The story of the meeting is a hoax.", "meeting")[0] == {
        ("Outlet", "denies")
    }
    # A negation elsewhere in the sentence does not deny this event.
    text = "The ministers met in Oslo, but no agreement was signed."
    assert sources_of(parse, text, "met")[0] == {("Outlet", "asserts")}


def test_denial_of_a_reported_event(parse):
    text = "The ministry denied that the two leaders had met in Geneva."
    sources, event = sources_of(parse, text, "met")
    assert sources == {("The ministry", "denies")}
    source = event.sources[0]
    assert text[source.start : source.end] == "The ministry"


def test_hedge_inside_a_denial_stays_a_denial(parse):
    text = "The ministry denied rumors of an alleged meeting between the two leaders."
    sources, _ = sources_of(parse, text, "meeting")
    assert sources == {("The ministry", "denies")}


def test_according_to_asserts_or_hedges(parse):
    text = "According to the agency, the ministers met in Oslo."
    assert sources_of(parse, text, "met")[0] == {("the agency", "asserts")}
    text = "According to the agency, the ministers allegedly met in Oslo."
    assert sources_of(parse, text, "met")[0] == {("the agency", "hedges")}


def test_each_conjunct_of_a_reporting_subject_is_a_source(parse):
    text = "The minister criticised Le Monde and El Pais, which reported on the secret meeting."
    sources, _ = sources_of(parse, text, "meeting")
    assert sources == {("Le Monde", "asserts"), ("El Pais", "asserts")}


def test_direct_quote_denying_the_event(parse):
    text = 'The summit was widely reported. "The summit never took place," the aide said.'
    sources, _ = sources_of(parse, text, "summit", after='"')
    assert sources == {("the aide", "denies")}


def test_sources_are_not_added_twice(parse):
    doc = parse("The agency said the ministers met in Oslo.")
    event = event_at(doc, "met")
    quotes = extract_quotes(doc)
    attach_sources(doc, [event], quotes, "Outlet")
    attach_sources(doc, [event], quotes, "Outlet")
    assert [(s.name, s.stance) for s in event.sources] == [("The agency", "asserts")]


@pytest.fixture(scope="module")
def seed(parse):
    if not SEED.exists():
        pytest.skip("seed article not available (../shared is absent)")
    body = "\n".join(SEED.read_text(encoding="utf-8").split("\n")[3:])  # drop ticker furniture
    doc = parse(body)
    return doc, extract_quotes(doc)


def seed_sources(seed, trigger: str, after: str = "") -> set[tuple[str, str]]:
    doc, quotes = seed
    event = event_at(doc, trigger, after)
    attach_sources(doc, [event], quotes, "Outlet")
    return {(s.name, s.stance) for s in event.sources}


def test_seed_headline_call_is_denied_by_peskov(seed):
    assert seed_sources(seed, "phone call") == {("Peskov", "denies")}


def test_seed_reported_call_is_denied_by_the_press_secretary(seed):
    sources = seed_sources(seed, "phone call", after="Foreign press")
    assert len(sources) == 1
    ((name, stance),) = sources
    assert "Dmitry Peskov" in name and stance == "denies"


def test_seed_publications_assert_the_call(seed):
    sources = seed_sources(seed, "conversation", after="which reported")
    assert sources == {("The Washington Post", "asserts"), ("Reuters", "asserts")}


def test_seed_american_press_hedges_the_discussion(seed):
    assert seed_sources(seed, "discussed") == {("the American press", "hedges")}


def test_seed_kremlin_website_asserts_the_2020_call(seed):
    assert seed_sources(seed, "phone call", after="The last") == {
        ("the Kremlin website", "asserts")
    }


def test_seed_helsinki_summit_is_the_outlets_statement(seed):
    assert seed_sources(seed, "summit") == {("Outlet", "asserts")}


def test_a_negated_event_reported_as_fact_is_denied(parse):
    """Saying that something did not happen denies it; a hedge stays a hedge."""
    doc = parse(
        '"The leaders did not meet in Geneva," the ministry said. Reportedly they never met.'
    )
    told, hedged = event_at(doc, "meet"), event_at(doc, "met", "Reportedly")
    told.negated = hedged.negated = True
    attach_sources(doc, [told, hedged], extract_quotes(doc), "Outlet")
    assert [(s.name, s.stance) for s in told.sources] == [("the ministry", "denies")]
    assert [(s.name, s.stance) for s in hedged.sources] == [("Outlet", "hedges")]
    assert all(isinstance(s.stance, StanceKind) for s in told.sources + hedged.sources)


def test_a_negated_confirmation_is_no_stance_and_the_outlet_only_hedges(parse):
    text = "Officials could not confirm that the envoys met in Oslo."
    assert sources_of(parse, text, "met")[0] == {("Outlet", "hedges")}
    text = "The ministry would neither confirm nor deny that the envoys met in Oslo."
    assert sources_of(parse, text, "met")[0] == {("Outlet", "hedges")}


def test_has_not_confirmed_drops_the_speaker_of_the_reported_call(parse):
    text = (
        "Local radio said the two presidents spoke by phone, but Lisbon has not confirmed the call."
    )
    sources, _ = sources_of(parse, text, "call")
    assert not any(name == "Lisbon" for name, _ in sources)  # no stance, not a denial
    assert sources == {("Local radio", "asserts")}  # the call stays as reported


def test_dismissing_reports_of_an_event_denies_it(parse):
    text = "The palace dismissed reports that the envoys met in Oslo on Sunday."
    sources, _ = sources_of(parse, text, "met")
    assert ("The palace", "denies") in sources
    assert not any(stance == "asserts" for _, stance in sources)


def test_no_evidence_and_question_headlines_hedge(parse):
    text = "There is no evidence that the envoys met in Oslo."
    assert sources_of(parse, text, "met")[0] == {("Outlet", "hedges")}
    assert sources_of(parse, "Did the envoys meet in Oslo?", "meet")[0] == {("Outlet", "hedges")}


def test_nobody_confirming_is_no_assertion(parse):
    text = "No official has confirmed that the envoys met in Oslo."
    assert sources_of(parse, text, "met")[0] == {("Outlet", "hedges")}
