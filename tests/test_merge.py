"""Status derivation and the rules for when two mentions are the same event."""

from datetime import timedelta

from newsledger.model import EventDate, EventMention, Participant, Source
from newsledger.resolve.merge import (
    add_mention,
    compare,
    dates_compatible,
    merge_mentions,
    modes_compatible,
    new_event,
    places_compatible,
)


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


def mention(sources, date=None, mode="phone", location=None, names=("Ana Lima", "Jon Berg")):
    return EventMention(
        type="CONSULT",
        mode=mode,
        actors=[Participant(n) for n in names],
        date=date,
        location=location,
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


DAY = d("2024-11-08", "2024-11-08", "2024-11-08")


def test_different_places_or_explicit_dates_never_merge():
    quito = mention([], DAY, location="Quito")
    assert compare(quito, mention([], DAY, location="Lima"), None, None) is None
    assert compare(quito, mention([], d("2024-11-01", "2024-11-01", "2024-11-01")), None, None) is (
        None
    )
    # a place named inside the other, or a description no gazetteer here can compare, is no
    # contradiction
    assert places_compatible("Quito", "the Carondelet Palace in Quito")
    assert places_compatible("Quito", "the Ecuadorian capital")
    assert not places_compatible("Kuala Lumpur", "Jakarta")


def test_a_contact_and_its_vaguer_restatement_are_one_event():
    assert modes_compatible("phone", "multilateral")
    assert modes_compatible("phone", None)
    assert not modes_compatible("phone", "visit")  # a call and a visit are two contacts
    assert not modes_compatible("greeting", "letter")
    call = mention([Source("Daily Wire Service", "asserts")], DAY)
    talks = mention([Source("Ana Lima", "asserts")], DAY, mode="multilateral")
    (merged,) = merge_mentions([call, talks], "2024-11-09", "a1")
    assert merged.mode == "phone"
    assert {s.name for s in merged.sources} == {"Daily Wire Service", "Ana Lima"}
    assert merged.merged[0].article_id == "a1"
    assert "same type CONSULT" in merged.merged[0].because
    assert "modes phone ~ multilateral" in merged.merged[0].because


def test_a_letter_sent_one_day_and_received_the_next_is_one_letter():
    sent = d("2024-06-02", "2024-06-02", "2024-06-02")
    received = d("2024-06-03", "2024-06-03", "2024-06-03")
    assert dates_compatible(sent, received, None, None, timedelta(days=1))
    assert not dates_compatible(sent, received, None, None)
    assert compare(mention([], sent, "letter"), mention([], received, "letter"), None, None)
    # a call is dated by the day it was made on both sides
    assert compare(mention([], sent), mention([], received), None, None) is None


def test_a_partial_mention_joins_the_one_event_it_fits_and_no_other():
    full = mention([Source("Daily Wire Service", "asserts")], DAY)
    partial = mention([Source("Ana Lima", "asserts")], DAY, names=("Ana Lima",))
    (merged,) = merge_mentions([partial, full], "2024-11-09")
    assert merged.participant_names() == ["Ana Lima", "Jon Berg"]  # the fuller one's
    assert any("among" in reason for reason in merged.merged[0].because)
    other = mention([], DAY, names=("Ana Lima", "Eva Noor"))
    # two events it could be: it stays apart
    assert len(merge_mentions([full, other, partial], "2024-11-09")) == 3


def test_merges_keep_why_through_the_ledger_event():
    first = mention([Source("Daily Wire Service", "asserts")], DAY)
    second = mention([Source("Ana Lima", "asserts")], None)
    event = new_event(first, "a1", "h1")
    because = compare(event, second, "2024-11-09", "2024-11-10")
    assert because is not None
    add_mention(event, second, "a2", because)
    assert [m.article_id for m in event.merged] == ["a2"]
    assert any(r.startswith("dates 2024-11-08 ~ undated") for r in event.merged[0].because)


def test_the_words_that_tie_an_undated_denial_to_its_report_are_kept():
    report = mention([Source("Daily Wire Service", "asserts")], DAY, location="Quito")
    denial = mention([Source("Ana Lima", "denies")], None)
    denial.sentence = "Lima said no such meeting had taken place."
    denial.trigger_start = denial.sentence.index("meeting")
    denial.trigger_end = denial.trigger_start + len("meeting")
    (merged,) = merge_mentions([report, denial], "2024-11-09")
    assert "'such meeting' refers back to a CONSULT told before" in merged.merged[0].because
    assert merged.location == "Quito"
