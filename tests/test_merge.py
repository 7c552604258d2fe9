"""Status derivation and the rules for when two mentions are the same event."""

from newsledger.model import Actor, EventDate, EventMention, Participant, Source
from newsledger.resolve.merge import add_mention, dates_compatible, derive_status, new_event

ACTORS = {
    "Ana Lima": Actor("Ana Lima", "person", "BRA", "GOV"),
    "Jon Berg": Actor("Jon Berg", "person", "NOR", "GOV"),
    "Planalto Palace": Actor("Planalto Palace", "organization", "BRA", "GOV"),
    "Daily Wire Service": Actor("Daily Wire Service", "organization", None, "JRN"),
    "Brazilian officials": Actor("Brazilian officials", "group", "BRA", "GOV"),
}


def status(*sources):
    return derive_status(list(sources), ["Ana Lima", "Jon Berg"], ACTORS.get)


def test_status_rules():
    assert status(Source("Daily Wire Service", "asserts")) == "reported"
    assert status(Source("Ana Lima", "asserts")) == "confirmed"
    # a participant's government office speaks for the participant
    assert status(Source("Planalto Palace", "asserts")) == "confirmed"
    # unnamed officials are not the office's record
    assert status(Source("Brazilian officials", "asserts")) == "reported"
    assert status(Source("Ana Lima", "denies")) == "denied"
    assert status(Source("Daily Wire Service", "asserts"), Source("Ana Lima", "denies")) == (
        "disputed"
    )
    assert status(Source("Daily Wire Service", "hedges")) == "reported"


def d(value, start, end):
    return EventDate(value, value, start, end)


def test_dates_compatible():
    july = d("2020-07", "2020-07-01", "2020-07-31")
    day = d("2020-07-14", "2020-07-14", "2020-07-14")
    assert dates_compatible(july, day, None, None)
    assert not dates_compatible(july, d("2018-07", "2018-07-01", "2018-07-31"), None, None)
    assert dates_compatible(None, None, None, None)
    # an undated mention meets an event dated shortly before its article, not years before
    recent = d("2024-11-07", "2024-11-07", "2024-11-07")
    assert dates_compatible(recent, None, None, "2024-11-11")
    assert not dates_compatible(july, None, None, "2024-11-11")
    assert not dates_compatible(recent, None, None, None)


def mention(sources, date=None):
    return EventMention(
        type="CONSULT",
        mode="phone",
        actors=[Participant("Ana Lima"), Participant("Jon Berg")],
        date=date,
        sources=sources,
        sentence="s",
        start=0,
        end=1,
    )


def test_sources_accumulate_across_mentions():
    event = new_event(mention([Source("Daily Wire Service", "asserts")]), "a1", "h1")
    add_mention(event, mention([Source("Ana Lima", "denies")]), "a2")
    add_mention(event, mention([Source("Ana Lima", "denies")]), "a2")
    assert [(s.name, s.stance) for s in event.sources] == [
        ("Daily Wire Service", "asserts"),
        ("Ana Lima", "denies"),
    ]
    assert {e.article_id for e in event.evidence} == {"a1", "a2"}
    assert len(event.evidence) == 2


def test_mentions_of_one_article_fold_together():
    from newsledger.resolve.merge import merge_mentions

    report = mention([Source("Daily Wire Service", "asserts")])
    denial = mention([Source("Ana Lima", "denies")])
    older = mention([Source("Ana Lima", "asserts")], d("2020-07", "2020-07-01", "2020-07-31"))
    merged = merge_mentions([report, older, denial], "2024-11-11")
    assert len(merged) == 2
    assert [(s.name, s.stance) for s in merged[0].sources] == [
        ("Daily Wire Service", "asserts"),
        ("Ana Lima", "denies"),
    ]
    assert report.sources == [Source("Daily Wire Service", "asserts")]  # inputs untouched
