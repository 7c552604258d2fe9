"""The ledger database: idempotent saves, merging across articles, replacement, queries."""

import pytest
from databases import ledger_url

from newsledger.errors import StoreError
from newsledger.ledger import Ledger
from newsledger.model import (
    Actor,
    Article,
    EventDate,
    EventMention,
    Participant,
    Quote,
    Source,
    to_json,
)
from newsledger.store.names import name_matches

PEOPLE = [
    Actor("Ana Lima", "person", "BRA", "GOV", "President of Brazil"),
    Actor("Jon Berg", "person", "NOR", "GOV", "Prime Minister of Norway"),
    Actor("Daily Wire Service", "organization", None, "JRN"),
]


def call(sources, date=None, start=0):
    return EventMention(
        type="CONSULT",
        mode="phone",
        actors=[Participant("Ana Lima", "BRA", "GOV"), Participant("Jon Berg", "NOR", "GOV")],
        date=date,
        sources=sources,
        sentence="They spoke by phone.",
        start=start,
        end=start + 20,
    )


def article(id, body, events, published="2024-03-10", quotes=()):
    return Article(
        id=id,
        title=body.split("\n")[0],
        published=published,
        body=body,
        actors=list(PEOPLE),
        events=events,
        quotes=list(quotes),
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger(request, tmp_path):
    """The same tests against a SQLite file and a fresh database on the local PostgreSQL."""
    with ledger_url(request.param, tmp_path) as url:
        db = Ledger(url)
        yield db
        db.close()


def test_same_article_twice_changes_nothing(ledger):
    a = article("a.txt", "Lima and Berg spoke", [call([Source("Daily Wire Service", "asserts")])])
    assert ledger.save_article(a).outcome == "added"
    before = ledger.counts()
    assert ledger.save_article(a).outcome == "unchanged"
    assert ledger.counts() == before == {"articles": 1, "events": 1, "quotes": 0}


def test_report_and_denial_merge_into_disputed_event(ledger):
    dated = EventDate("on Friday", "2024-03-08", "2024-03-08", "2024-03-08")
    report = article(
        "report.txt",
        "Lima and Berg spoke on Friday",
        [call([Source("Daily Wire Service", "asserts")], dated)],
    )
    denial = article(
        "denial.txt",
        "Lima denies call",
        [call([Source("Ana Lima", "denies")])],
        published="2024-03-11",
    )
    ledger.save_article(report)
    ledger.save_article(denial)
    (event,) = ledger.events(actors=["Lima", "Berg"])
    assert event.status == "disputed"
    assert {(s.name, s.stance) for s in event.sources} == {
        ("Daily Wire Service", "asserts"),
        ("Ana Lima", "denies"),
    }
    assert {e.article_id for e in event.evidence} == {"report.txt", "denial.txt"}


def test_distinct_dates_stay_distinct_and_come_newest_first(ledger):
    old = EventDate("in July 2020", "2020-07", "2020-07-01", "2020-07-31")
    new = EventDate("in May 2023", "2023-05", "2023-05-01", "2023-05-31")
    ledger.save_article(
        article(
            "x.txt",
            "Two calls",
            [
                call([Source("Ana Lima", "asserts")], old, start=0),
                call([Source("Daily Wire Service", "asserts")], new, start=30),
            ],
        )
    )
    found = ledger.events(actors=["Ana Lima"])
    assert [e.date.value for e in found] == ["2023-05", "2020-07"]
    assert [e.status for e in found] == ["reported", "confirmed"]
    assert ledger.events(actors=["Lima"], since="2021") == found[:1]
    assert ledger.events(actors=["Lima"], status="confirmed") == found[1:]
    assert ledger.events(actors=["Lima", "Nobody"]) == []
    assert ledger.events(type="ASSAULT") == []


def test_changed_article_replaces_its_records(ledger):
    ledger.save_article(article("a.txt", "v1", [call([Source("Ana Lima", "denies")])]))
    assert ledger.events()[0].status == "denied"
    result = ledger.save_article(article("a.txt", "v2", [call([Source("Ana Lima", "asserts")])]))
    assert result.outcome == "replaced"
    (event,) = ledger.events()
    assert event.status == "confirmed"
    assert [(s.name, s.stance) for s in event.sources] == [("Ana Lima", "asserts")]


def test_hypothetical_and_participantless_mentions_are_not_ledger_events(ledger):
    maybe = call([Source("Ana Lima", "asserts")])
    maybe.hypothetical = True
    nobody = EventMention(type="CONSULT", sentence="The talks went on.")
    ledger.save_article(article("h.txt", "If they meet", [maybe, nobody]))
    assert ledger.events() == []
    assert ledger.article("h.txt").events[0].hypothetical


def test_a_future_mention_is_kept_with_its_article_but_is_no_ledger_event(ledger):
    planned = call([Source("Ana Lima", "asserts")])
    planned.future = True
    ledger.save_article(article("f.txt", "They are due to meet", [planned]))
    assert ledger.events() == []
    assert ledger.article("f.txt").events[0].future
    held = call([Source("Ana Lima", "asserts")])
    ledger.save_article(article("g.txt", "They met", [held]))
    assert len(ledger.events()) == 1


def test_quotes_filter_by_speaker_and_text(ledger):
    quote = Quote(
        "We will not accept this deal.", 10, 40, "direct", speaker="Ana Lima", stance="denies"
    )
    ledger.save_article(article("q.txt", "Lima speaks", [], quotes=[quote]))
    assert [r.text for r in ledger.quotes(speaker="lima")] == [quote.text]
    assert ledger.quotes(search="deal")[0].speaker == "Ana Lima"
    assert ledger.quotes(speaker="LIMA")[0].title == "Lima speaks"
    assert ledger.quotes(search="100%_") == []
    assert ledger.quotes(speaker="Berg") == []


def test_article_raw_kept_compressed_and_restored(ledger):
    a = article("r.txt", "raw body", [])
    a.raw = b"3.77 XYZ\nraw body\n" * 50
    ledger.save_article(a)
    assert ledger.article("r.txt").raw == a.raw


def test_name_matching():
    assert name_matches("Lima", "Ana Lima")
    assert name_matches("ana lima", "Ana Lima")
    assert not name_matches("Lim", "Ana Lima")
    assert name_matches("Berg", "Jon-Berg")
    assert name_matches("Erdogan", "Recep Tayyip Erdoğan")
    assert name_matches("Sejourne", "Stéphane Séjourné")


def test_unopenable_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Ledger(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")


def test_failed_save_keeps_what_was_stored(ledger):
    ledger.save_article(article("good.txt", "Lima and Berg spoke", [call([])]))
    broken = article("broken.txt", "A broken record", [call([])])
    broken.id = None  # the database refuses an article without an id
    with pytest.raises(StoreError, match="cannot save"):
        ledger.save_article(broken)
    assert ledger.counts() == {"articles": 1, "events": 1, "quotes": 0}
    assert ledger.has_article("good.txt")


WIRE = (
    "Lima and Berg agree on fisheries accord\n\n"
    "President Ana Lima and Prime Minister Jon Berg agreed on Tuesday to open talks on a "
    "fisheries accord covering the South Atlantic, officials in both capitals said. The two "
    "leaders spoke by telephone for forty minutes and asked their ministers to draft a text "
    "before the end of the year. Lima said the accord would protect coastal communities that "
    "depend on cod and hake, while Berg called it a model for cooperation between distant "
    "partners. Negotiators are expected to meet in Oslo in January, a government statement said."
)


def test_syndicated_copy_is_linked_not_counted_twice(ledger):
    original = article("wire.txt", WIRE, [call([Source("Daily Wire Service", "asserts")])])
    copy_body = WIRE.replace(
        "Lima and Berg agree on fisheries accord", "Brazil, Norway to negotiate fishing deal"
    )
    copy = article("copy.txt", copy_body, [call([Source("Daily Wire Service", "asserts")])])
    ledger.save_article(original)
    result = ledger.save_article(copy)
    assert (result.outcome, result.duplicate_of) == ("near-duplicate", "wire.txt")
    assert ledger.counts() == {"articles": 2, "events": 1, "quotes": 0}
    assert len(ledger.events()[0].evidence) == 1


def snapshot(ledger):
    return [to_json(e) for e in ledger.events()]


@pytest.mark.parametrize("order", [("report", "denial"), ("denial", "report")])
def test_ledger_does_not_depend_on_ingestion_order(ledger, order):
    dated = EventDate("on Friday", "2024-03-08", "2024-03-08", "2024-03-08")
    report = article(
        "report.txt",
        "Lima and Berg spoke on Friday",
        [call([Source("Daily Wire Service", "asserts")], dated, start=5)],
        published="2024-03-09",
    )
    denial = article(
        "denial.txt",
        "Lima denies call",
        [call([Source("Ana Lima", "denies")], dated)],
        published="2024-03-11",
    )
    saved = {a.id: a for a in (report, denial)}
    results = [ledger.save_article(saved[f"{name}.txt"]) for name in order]
    (event,) = ledger.events()
    # the id, the sentence and the evidence come from the earliest report, whatever came first
    assert [e.article_id for e in event.evidence] == ["report.txt", "denial.txt"]
    assert (event.start, event.status) == (5, "disputed")
    assert results[-1].events == [event.id]
    assert ledger.event(event.id) == event
    if order[0] == "denial":  # the earlier report re-keyed the event the denial made
        assert results[0].events != [event.id]
        assert ledger.event(results[0].events[0]) is None
    # re-analysing the report (same text) keeps the event as it is
    assert ledger.save_article(report, replace=True).outcome == "replaced"
    assert ledger.events() == [event]


def test_second_writer_sees_what_the_first_stored(tmp_path):
    """Two ledger objects on one file stand for two processes: neither trusts its memory."""
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    first, second = Ledger(url), Ledger(url)
    first.save_article(article("seen.txt", "Lima and Berg spoke", []))
    second.save_article(article("seen.txt", "Lima and Berg spoke", []))  # loads its index now
    original = article("wire.txt", WIRE, [call([Source("Daily Wire Service", "asserts")])])
    assert first.save_article(original).outcome == "added"
    assert second.save_article(original).outcome == "unchanged"
    copy = article("copy.txt", WIRE.replace("agree on", "sign up to"), [])
    result = second.save_article(copy)
    assert (result.outcome, result.duplicate_of) == ("near-duplicate", "wire.txt")
    first.close()
    second.close()


def test_pages_single_event_and_names(ledger):
    months = [EventDate(f"in {m}", f"2023-0{m}", f"2023-0{m}-01", f"2023-0{m}-28") for m in "1234"]
    ledger.save_article(
        article(
            "m.txt",
            "Four calls",
            [call([Source("Ana Lima", "asserts")], d, start=30 * i) for i, d in enumerate(months)],
        )
    )
    ledger.save_article(article("n.txt", "Later", [], published="2024-05-01"))
    everything = ledger.events()
    assert [e.date.value for e in everything] == ["2023-04", "2023-03", "2023-02", "2023-01"]
    assert ledger.events(limit=2, offset=1) == everything[1:3]
    assert ledger.events(actors=["Jon Berg"], until="2023-02-10") == everything[2:]
    assert ledger.event(everything[0].id) == everything[0]
    assert ledger.event("no-such-id") is None
    assert ledger.actor_names() == ["Ana Lima", "Jon Berg"]
    assert [a.id for a in ledger.articles()] == ["n.txt", "m.txt"]
    assert [a.id for a in ledger.articles(limit=1, offset=1)] == ["m.txt"]


def test_actor_filter_is_whole_words_without_diacritics(ledger):
    mention = EventMention(
        type="CONSULT",
        actors=[Participant("Recep Tayyip Erdoğan"), Participant("Stéphane Séjourné")],
        sources=[Source("Daily Wire Service")],
    )
    ledger.save_article(article("e.txt", "Erdogan met Sejourne", [mention]))
    assert len(ledger.events(actors=["erdogan", "SEJOURNE"])) == 1
    assert len(ledger.events(actors=["Tayyip Erdogan"])) == 1
    assert ledger.events(actors=["Erdo"]) == []
    assert ledger.events(actors=["Erdogan Tayyip"]) == []
    assert ledger.events(actors=["%"]) == []


def test_bodies_with_their_own_codes_and_long_categories_are_stored(ledger):
    """An alliance's code is no ISO alpha-3 and a category added as data may have a long name:
    PostgreSQL enforces column lengths that SQLite never did."""
    body = "Alliance and Norway hold talks\nThe alliance held consultations with Norway."
    mention = EventMention(
        type="CONSULTATION_OF_ALLIES_TOY",
        mode="multilateral-consultation",
        actors=[
            Participant("Northern Alliance Council", "NATO", "IGO"),
            Participant("Jon Berg", "NOR", "GOV"),
        ],
        sources=[Source("the outlet")],
        sentence="The alliance held consultations with Norway.",
        start=31,
        end=76,
    )
    stored = article("alliance.txt", body, [mention])
    stored.actors.append(Actor("Northern Alliance Council", "organization", "NATO", "IGO"))
    assert ledger.save_article(stored).outcome == "added"
    (event,) = ledger.events(actors=["Northern Alliance Council"])
    assert event.type == "CONSULTATION_OF_ALLIES_TOY"
    assert {p.country for p in event.actors} == {"NATO", "NOR"}
