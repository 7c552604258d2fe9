"""An anaphoric mention without participants ("no such meeting") takes those of the closest
earlier event of its kind that it does not contradict."""

from newsledger.model import EventDate, EventMention, Participant, Source
from newsledger.resolve.anaphora import tie_anaphora
from newsledger.resolve.merge import merge_mentions


def event(sentence, word, names=(), day=None, mode=None, location=None, source=None, start=0):
    trigger = sentence.index(word)
    return EventMention(
        type="CONSULT",
        mode=mode,
        actors=[Participant(n) for n in names],
        date=EventDate(day, day, day, day) if day else None,
        location=location,
        sources=[source] if source else [],
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        trigger=word,
        trigger_start=start + trigger,
        trigger_end=start + trigger + len(word),
    )


def test_a_denial_of_such_a_meeting_lands_on_the_meeting_told_before():
    call = event("Lima and Berg spoke by phone.", "spoke", ("Lima", "Berg"), "2025-02-20", "phone")
    meeting = event(
        "The paper said Ruiz and Sol met in Quito.",
        "met",
        ("Ruiz", "Sol"),
        "2025-03-08",
        location="Quito",
        source=Source("paper", "asserts"),
        start=40,
    )
    denial = event(
        "The ministry said no such meeting took place.",
        "meeting",
        source=Source("ministry", "denies"),
        start=90,
    )
    tie_anaphora([call, meeting, denial], "2025-03-11")
    assert denial.participant_names() == ["Ruiz", "Sol"]
    merged = merge_mentions([call, meeting, denial], "2025-03-11", "a1")
    assert len(merged) == 2
    (told,) = [m for m in merged if m.location == "Quito"]
    assert {(s.name, s.stance) for s in told.sources} == {
        ("paper", "asserts"),
        ("ministry", "denies"),
    }
    assert any("refers back" in reason for reason in told.merged[0].because)


def test_no_determiner_or_a_contradiction_leaves_it_alone():
    meeting = event("Ruiz and Sol met in Quito.", "met", ("Ruiz", "Sol"), "2025-03-08", "visit")
    bare = event("A meeting took place.", "meeting", start=40)
    call = event("The call was short.", "call", mode="phone", start=80)
    tie_anaphora([meeting, bare, call], "2025-03-11")
    assert bare.participant_names() == []  # no definite determiner
    assert call.participant_names() == []  # a call is not the visit told before
