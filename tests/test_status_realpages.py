"""Status and dates as real news tells them: who vouches for what, and which time is an event's.

A reporting verb's speaker vouches for what the verb reports, not for the setting of the telling
(the hearing it was said at, the talk it was said during, the speaker's own relative clause).
A negated verb above a clause leaves that clause unasserted. A time before a noun dates that
noun; one after "before", "after" or "until" bounds the event without dating it.
"""

from __future__ import annotations

from datetime import date

import pytest
from mentions import event_at

from newsledger import nlp
from newsledger.extract.quotes import extract_quotes
from newsledger.extract.stance import attach_sources
from newsledger.extract.times import attached_time, extract_times
from newsledger.model import EventMention

PUBLISHED = date(2024, 5, 17)  # a Friday


@pytest.fixture(scope="module")
def parse():
    return nlp.load()


def sources_of(parse, text: str, trigger: str) -> set[tuple[str, str]]:
    doc = parse(text)
    event = event_at(doc, trigger)
    attach_sources(doc, [event], extract_quotes(doc), "Outlet")
    return {(s.name, s.stance) for s in event.sources}


@pytest.mark.parametrize(
    "text, trigger",
    [
        # an adverbial clause setting the scene of the saying
        ("Speaking with the envoy, the minister said the border would reopen soon.", "Speaking"),
        # a prepositional phrase giving where or when it was said
        ("Senator Dana Holt said during the hearing that the plan was too costly.", "hearing"),
        (
            "At a council meeting, Mayor Lena Ortiz told the utility's director that residents "
            "deserve better service.",
            "meeting",
        ),
        # a relative clause on the speaker
        ("Governor Abel Ruiz, who met the mayor on Friday, said the budget was balanced.", "met"),
    ],
)
def test_the_setting_of_a_saying_is_told_by_the_outlet(parse, text, trigger):
    assert sources_of(parse, text, trigger) == {("Outlet", "asserts")}


def test_the_content_of_a_saying_stays_the_speakers(parse):
    text = "Senator Dana Holt said during the hearing that she had met the lobbyists."
    assert sources_of(parse, text, "met") == {("Senator Dana Holt", "asserts")}


def test_a_saying_keeps_its_topic_and_its_medium(parse):
    assert sources_of(parse, "The agency reported on the talks.", "talks") == {
        ("The agency", "asserts")
    }
    text = "The ministry said in a statement that the envoys had met."
    assert ("The ministry", "asserts") in sources_of(parse, text, "statement")


def test_a_negated_verb_leaves_its_clause_unasserted(parse):
    assert sources_of(parse, "That does not mean the two envoys met.", "met") == {
        ("Outlet", "hedges")
    }


def test_a_negated_factive_verb_still_tells_its_clause(parse):
    text = "The aide did not notice that the two envoys had met."
    assert sources_of(parse, text, "met") == {("Outlet", "asserts")}


def time_of(parse, text: str, word: str) -> str | None:
    doc = parse(text)
    times = extract_times(doc, PUBLISHED)
    token = next(t for t in doc if t.text == word)
    found = attached_time(doc, times, token)
    return found.value if found is not None else None


def test_a_time_before_a_noun_dates_that_noun_not_the_verb(parse):
    text = "The agency invited the residents to the May 9 hearing."
    assert time_of(parse, text, "invited") is None
    assert time_of(parse, text, "hearing") == "2024-05-09"
    assert time_of(parse, "Police arrested two men over Monday's attack.", "arrested") is None


def test_a_verb_within_the_dated_noun_shares_its_time(parse):
    text = "Two guards were injured in Monday's attack on the depot."
    assert time_of(parse, text, "injured") == "2024-05-13"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Residents must stay indoors until May 22.", "stay"),
        ("The senator wants to approve the nominee before Election Day.", "approve"),
        ("Police detained the driver after the May 3 crash.", "detained"),
    ],
)
def test_a_bounding_time_does_not_date_the_event(parse, text, word):
    assert time_of(parse, text, word) is None


def test_a_plain_time_still_dates_the_event(parse):
    assert time_of(parse, "Police detained the driver on May 3.", "detained") == "2024-05-03"


def test_a_clock_time_before_a_full_date_takes_its_year(parse):
    doc = parse("The driver left the depot at 9 p.m. March 17, 2015, officials said.")
    (time,) = extract_times(doc, PUBLISHED)
    assert time.value == "2015-03-17T21:00"


def test_the_time_of_a_verb_is_not_that_of_what_it_is_about(parse):
    text = "On Tuesday, the governor said of the coming ban that it would protect children."
    assert time_of(parse, text, "ban") is None
    assert time_of(parse, "Crowds marched on Friday against the arrest.", "arrest") is None


def test_the_time_of_a_support_verb_is_its_nouns(parse):
    assert time_of(parse, "The ministers held talks on Monday.", "talks") == "2024-05-13"
    assert time_of(parse, "The envoys met for talks on Monday.", "talks") == "2024-05-13"


def test_a_participle_trailing_the_saying_is_what_the_words_did(parse):
    text = "Press aide Mary Lane said the delay was the speaker's fault, accusing her of stalling."
    assert sources_of(parse, text, "accusing") == {("Press aide Mary Lane", "asserts")}


def test_a_clause_done_by_the_saying_is_the_speakers(parse):
    text = (
        "The border stays closed. This was stated on Monday by presidential adviser Ines Valdo, "
        "who thereby turned down the neighbour's offer."
    )
    ((speaker, stance),) = sources_of(parse, text, "turned")
    assert "Ines Valdo" in speaker and stance == "asserts"


def test_the_lead_reads_as_words_of_a_speaker_above_its_event(parse):
    """The lead-stance features still hear a named speaker over an event the speaker does not
    vouch for ("X, who met Y, said ..."): how the lead is told, not who vouches."""
    from newsledger.extract.lead_stance import features

    text = "Governor Abel Ruiz, who met the mayor on Friday, said the budget was balanced."
    doc = parse(text)
    begin = text.index("met")
    event = EventMention(
        type="CONSULT",
        sentence=text,
        start=0,
        end=len(text),
        trigger="met",
        trigger_start=begin,
        trigger_end=begin + 3,
    )
    quotes = extract_quotes(doc)
    attach_sources(doc, [event], quotes, "Outlet")
    assert event.sources[0].start is None  # the outlet vouches for the meeting
    found = features(doc[:], [event], quotes)
    assert "source:asserts:named" in found and "source:asserts:outlet" not in found
