"""Behaviours found on the blind ledger scenarios (benchmarks/scenarios_blind): a headline's
described sides join the lead, a pair skips a topic parsed as a participant, a follow-up's
surname meets the full name, "Asked about E" is no statement, a rejection of claims is told
plainly. All sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsledger.extract import cues, events_lexicon, quotes
from newsledger.extract.lead_stance import apply
from newsledger.extract.stance import _out_of_scope, _restating_sources
from newsledger.ledger import Ledger
from newsledger.model import (
    Actor,
    Article,
    ArticleStance,
    EventDate,
    EventMention,
    Participant,
    Source,
    SourceRole,
    StanceKind,
    Status,
)
from newsledger.nlp import load
from newsledger.resolve.merge import merge_mentions
from newsledger.resolve.pairs import pair_kind, resolve_pairs

PUBLISHED = "2026-04-08"


def _day(value: str) -> EventDate:
    return EventDate(value, value, value, value)


def _mention(names, *, sources=(), date=None, mode=None, location=None, sentence="s", start=0):
    return EventMention(
        type="CONSULT",
        mode=mode,
        actors=[Participant(n, c, "GOV", n) for n, c in names],
        date=date,
        location=location,
        sources=list(sources),
        sentence=sentence,
        start=start,
        end=start + len(sentence),
    )


def test_a_headline_naming_sides_by_country_joins_the_lead() -> None:
    headline = _mention([("Norway", "NOR"), ("Danish ministers", "DNK")], sentence="h")
    lead = _mention(
        [("Ola Strand", "NOR"), ("Mette Kjaer", None)], date=_day("2026-04-07"), start=10
    )
    merged = merge_mentions([headline, lead], PUBLISHED, "a")
    assert len(merged) == 1
    assert merged[0].participant_names() == ["Mette Kjaer", "Ola Strand"]
    assert merged[0].date.value == "2026-04-07"


def test_a_description_that_fits_two_events_stays_apart() -> None:
    headline = _mention([("Norway", "NOR")], sentence="h")
    one = _mention([("Ola Strand", "NOR"), ("Mette Kjaer", "DNK")], start=10)
    other = _mention([("Ola Strand", "NOR"), ("Ivo Brandt", "DEU")], start=20)
    assert len(merge_mentions([headline, one, other], PUBLISHED, "a")) == 3


def test_a_denied_report_of_a_meeting_lands_on_the_reported_one() -> None:
    denial = Source("Danish embassy", StanceKind.DENIES)
    headline = _mention([("ministers", None)], sources=[denial], location="Odense")
    weekly = Source("Fjord Weekly", StanceKind.ASSERTS, role=SourceRole.MEDIA)
    reported = _mention(
        [("Ola Strand", "NOR"), ("Mette Kjaer", "DNK")],
        sources=[weekly],
        date=_day("2026-04-04"),
        start=10,
    )
    ministry = Source("Ola Strand", StanceKind.ASSERTS, role=SourceRole.PARTICIPANT)
    call = _mention(
        [("Ola Strand", "NOR"), ("Mette Kjaer", "DNK")],
        sources=[ministry],
        date=_day("2026-03-20"),
        start=20,
    )
    merged = merge_mentions([headline, reported, call], PUBLISHED, "a")
    assert len(merged) == 2
    told = next(m for m in merged if m.date.value == "2026-04-04")
    assert told.location == "Odense"
    assert {s.stance for s in told.sources} == {StanceKind.ASSERTS, StanceKind.DENIES}


def test_a_pair_phrase_is_not_taken_for_any_two_people() -> None:
    vague = _mention([("the two foreign ministers", None)], location="Bergen")
    call = _mention([("Ola Strand", "NOR"), ("Mette Kjaer", "DNK")], mode="phone", start=10)
    assert len(merge_mentions([vague, call], PUBLISHED, "a")) == 2


def test_pair_phrases_with_a_possessive() -> None:
    assert pair_kind("the two countries' presidents") == "person"
    assert pair_kind("both nations' leaders") == "person"


PEOPLE = {
    "Ola Strand": Actor("Ola Strand", "person", "NOR", "GOV", role="Defence Minister of Norway"),
    "Mette Kjaer": Actor("Mette Kjaer", "person", "DNK", "GOV", role="Interior Minister"),
    "coastal patrols": Actor("coastal patrols", "group", None, "MIL"),
}


def _pair_events(pair_text: str) -> list[EventMention]:
    first = _mention([("Ola Strand", "NOR"), ("Mette Kjaer", "DNK"), ("coastal patrols", None)])
    later = EventMention(
        type="CONSULT",
        actors=[Participant(pair_text, None, "GOV", pair_text)],
        start=50,
        end=60,
    )
    return [first, later]


def test_a_topic_parsed_as_participant_does_not_hide_the_pair() -> None:
    events = _pair_events("The two ministers")
    resolve_pairs(events, PEOPLE.get, lambda code: None)
    assert events[1].participant_names() == ["Mette Kjaer", "Ola Strand"]


def test_two_ministers_are_not_the_two_presidents() -> None:
    events = _pair_events("the two presidents")
    resolve_pairs(events, PEOPLE.get, lambda code: None)
    assert events[1].participant_names() == ["the two presidents"]


def test_asked_about_a_report_is_no_statement() -> None:
    doc = load()(
        "Asked about the weekly's report of a meeting in Odense, the spokeswoman declined "
        "to comment."
    )
    found = quotes.extract_quotes(doc)
    assert not [q for q in found if (q.cue or "").lower() == "asked"]


def test_a_rejection_of_claims_is_not_hedged_by_them() -> None:
    lex = cues.load()
    doc = load()("The ministry rejected the claims on Friday.")
    rejected, claims = doc[2], doc[4]
    assert _out_of_scope(claims, rejected, lex)
    doc = load()("There were claims of a secret meeting in Odense.")
    meeting = next(t for t in doc if t.lower_ == "meeting")
    claims = next(t for t in doc if t.lower_ == "claims")
    assert not _out_of_scope(claims, meeting, lex)


def test_an_article_against_its_lead_still_asserts_the_rejection() -> None:
    rejection = EventMention(type="REJECT", sources=[Source("outlet", StanceKind.ASSERTS)])
    meeting = EventMention(type="CONSULT", sources=[Source("outlet", StanceKind.ASSERTS)])
    apply(ArticleStance(reading="against", score=1.0), [rejection, meeting], lead_end=100)
    assert rejection.sources[0].stance == StanceKind.ASSERTS
    assert meeting.sources[0].stance == StanceKind.DENIES


def _article(id: str, published: str, names: list[tuple[str, str | None]], actors) -> Article:
    event = _mention(names, sources=[Source("Wire", StanceKind.ASSERTS)], date=_day("2026-03-02"))
    event.mode = "phone"
    return Article(
        id=id, title=id, published=published, body=f"{id} body", actors=actors, events=[event]
    )


def test_a_follow_up_naming_a_person_by_surname_joins_the_event(tmp_path) -> None:
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        first = _article(
            "a",
            "2026-03-03",
            [("Ola Strand", "NOR"), ("Mette Kjaer", "DNK")],
            [PEOPLE["Ola Strand"], PEOPLE["Mette Kjaer"]],
        )
        ledger.save_article(first)
        follow_up = _article(
            "b",
            "2026-03-05",
            [("Strand", None), ("Mette Kjaer", "DNK")],
            [Actor("Strand", "person"), PEOPLE["Mette Kjaer"]],
        )
        ledger.save_article(follow_up)
        (event,) = ledger.events()
        assert event.participant_names() == ["Mette Kjaer", "Ola Strand"]
    finally:
        ledger.close()


MINISTERS = [
    Actor("Ola Strand", "person", "NOR", "GOV", role="Foreign Minister of Norway"),
    Actor("Mette Kjaer", "person", "DNK", "GOV", role="Foreign Minister of Denmark"),
]


def _pair_follow_up(phrase: str) -> Article:
    mention = EventMention(
        type="CONSULT",
        actors=[Participant(phrase, None, "GOV", phrase, 0, len(phrase))],
        location="Odense",
        sources=[Source("Wire", StanceKind.HEDGES)],
        sentence=f"Asked about a meeting between {phrase} in Odense, she declined to comment.",
        end=60,
    )
    actor = Actor(phrase, "person", None, "GOV")
    return Article(
        id="b", title="b", published="2026-03-06", body="b body", actors=[actor], events=[mention]
    )


def _stored_meeting(ledger: Ledger) -> None:
    meeting = _mention(
        [("Ola Strand", "NOR"), ("Mette Kjaer", "DNK")],
        sources=[Source("Fjord Weekly", StanceKind.ASSERTS)],
        date=_day("2026-03-04"),
        location="Odense",
    )
    ledger.save_article(
        Article(
            id="a",
            title="a",
            published="2026-03-05",
            body="a body",
            actors=MINISTERS,
            events=[meeting],
        )
    )


def test_a_follow_ups_pair_phrase_names_the_pair_the_ledger_knows(tmp_path) -> None:
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        _stored_meeting(ledger)
        ledger.save_article(_pair_follow_up("the two foreign ministers"))
        (event,) = ledger.events()
        assert event.participant_names() == ["Mette Kjaer", "Ola Strand"]
    finally:
        ledger.close()


def test_a_pair_phrase_naming_another_office_stays_apart(tmp_path) -> None:
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        _stored_meeting(ledger)
        ledger.save_article(_pair_follow_up("the two presidents"))
        assert len(ledger.events()) == 2
    finally:
        ledger.close()


def test_a_relative_clause_of_saying_gives_the_restated_event_a_source() -> None:
    doc = load()("The two envoys met in Bergen on Monday, a meeting that the ministry confirmed.")
    met = next(t for t in doc if t.lower_ == "met")
    found = _restating_sources(doc, met.idx, met.idx + 3, cues.load())
    assert [(s.name, s.stance) for s in found] == [("the ministry", StanceKind.ASSERTS)]
    doc = load()("The envoys met in Bergen, a meeting that the ministry said was useful.")
    met = next(t for t in doc if t.lower_ == "met")
    assert not _restating_sources(doc, met.idx, met.idx + 3, cues.load())


def test_a_call_restated_and_acknowledged_has_that_source(stages) -> None:
    from newsledger.pipeline import analyze

    body = (
        "Nordic leaders spoke\n\n"
        "Norwegian Prime Minister Ola Strand and Danish Prime Minister Mette Kjaer spoke by "
        "telephone on Monday, a conversation that both governments acknowledged."
    )
    article = Article(id="t", title="Nordic leaders spoke", body=body, published=PUBLISHED)
    (analysed,) = analyze([article], stages)
    calls = [e for e in analysed.events if "Ola Strand" in e.participant_names()]
    assert any(
        s.name.lower() == "both governments" and s.stance == StanceKind.ASSERTS
        for e in calls
        for s in e.sources
    )


def _call_article(id: str, published: str, names, actors) -> Article:
    call = EventMention(
        type="CONSULT",
        mode="phone",
        actors=[Participant(n, c, None, t) for n, c, t in names],
        date=_day("2026-03-02"),
        sources=[Source("Wire", StanceKind.ASSERTS)],
        sentence=f"{id} call",
        end=10,
    )
    return Article(
        id=id, title=id, published=published, body=f"{id} body", actors=actors, events=[call]
    )


NAMED_CALL = [("Ola Strand", "NOR", "Ola Strand"), ("Mette Kjaer", "DNK", "Mette Kjaer")]
DESCRIBED_CALL = [
    ("Ola Strand", "NOR", "Strand"),
    ("coastal patrols", None, "coastal patrols"),
    ("his Danish counterpart", "DNK", "his Danish counterpart"),
]
DESCRIBED_ACTORS = [
    PEOPLE["Ola Strand"],
    Actor("coastal patrols", "group", None, "MIL"),
    Actor("his Danish counterpart", "organization", "DNK"),
]


def test_a_follow_up_describing_the_other_side_joins_the_call(tmp_path) -> None:
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        ledger.save_article(_call_article("a", "2026-03-03", NAMED_CALL, MINISTERS))
        ledger.save_article(_call_article("b", "2026-03-05", DESCRIBED_CALL, DESCRIBED_ACTORS))
        (event,) = ledger.events()
        assert event.participant_names() == ["Mette Kjaer", "Ola Strand"]
    finally:
        ledger.close()


def test_the_named_telling_wins_whichever_article_came_first(tmp_path) -> None:
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        ledger.save_article(_call_article("b", "2026-03-05", DESCRIBED_CALL, DESCRIBED_ACTORS))
        ledger.save_article(_call_article("a", "2026-03-03", NAMED_CALL, MINISTERS))
        (event,) = ledger.events()
        assert event.participant_names() == ["Mette Kjaer", "Ola Strand"]
    finally:
        ledger.close()


def test_a_body_sentence_naming_a_country_tells_its_own_fact() -> None:
    body = _mention([("Norway", "NOR")], sentence="Norway held talks on fishing quotas.")
    lead = _mention([("Ola Strand", "NOR"), ("Mette Kjaer", "DNK")], start=40)
    assert len(merge_mentions([body, lead], PUBLISHED, "a")) == 2


def test_a_described_side_is_not_the_named_one() -> None:
    headline = _mention([("Ola Strand", "NOR"), ("Norway", "NOR")], sentence="h")
    lead = _mention([("Ola Strand", "NOR"), ("Mette Kjaer", "DNK")], start=10)
    assert len(merge_mentions([headline, lead], PUBLISHED, "a")) == 2


BLIND = Path(__file__).resolve().parents[1] / "benchmarks" / "scenarios_blind"


@pytest.mark.parametrize(
    "folder", sorted(p for p in BLIND.iterdir() if p.is_dir()), ids=lambda p: p.name
)
def test_blind_scenario_is_well_formed(folder: Path) -> None:
    spec = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    assert all((folder / entry["file"]).is_file() for entry in spec["articles"])
    types = set(events_lexicon.load().categories)
    for event in spec["events"]:
        assert event["type"] in types and event["status"] in set(Status)
        for source in event.get("sources") or []:
            assert source["stance"] in set(StanceKind)
            assert source["role"] in set(SourceRole)
