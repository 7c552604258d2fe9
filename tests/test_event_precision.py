"""Words read as what they are: declining to speak, contact verbs, reporting verbs and page
furniture, through the whole pipeline on short made-up articles."""

from __future__ import annotations

import pytest

from newsledger.model import Article
from newsledger.pipeline import analyze


def events_of(stages, body: str, published: str = "2024-03-10"):
    article = Article(id="t", title="", body=body, published=published, site="example.org")
    return next(iter(analyze([article], stages))).events


@pytest.mark.parametrize(
    "body",
    [
        "The presidency declined to comment on the report.",
        "A spokesman for the ministry refused to confirm the figures.",
        "The Kremlin dismissed reports of a new offensive.",
    ],
)
def test_declining_to_speak_or_dismissing_reports_is_no_reject(stages, body):
    assert not [e for e in events_of(stages, body) if e.type == "REJECT"]


def test_a_real_refusal_stays_a_reject(stages):
    events = events_of(stages, "The parliament of Chile rejected the trade agreement with Peru.")
    assert [e.type for e in events] == ["REJECT"]


def test_calling_someone_is_a_phone_call_with_both_sides_and_the_day(stages):
    (event,) = events_of(stages, "Macron called Scholz on Tuesday to discuss the budget.")
    assert (event.type, event.mode) == ("CONSULT", "phone")
    assert {p.name for p in event.actors} == {"Emmanuel Macron", "Olaf Scholz"}
    assert not event.recipients  # the purpose's object is a topic, not a party
    assert event.date is not None and event.date.value == "2024-03-05"
    assert not event.date.approximate


@pytest.mark.parametrize(
    "body",
    ["The senator called the plan dangerous.", "The minister called him a liar."],
)
def test_calling_something_a_name_is_no_contact(stages, body):
    assert not [e for e in events_of(stages, body) if e.type == "CONSULT"]


def test_a_writer_reporting_is_no_letter_but_writing_to_someone_is(stages):
    assert not events_of(stages, "Al Jazeera writes that the ceasefire collapsed.")
    (letter,) = events_of(stages, "Lula wrote to Macron that the talks were over.")
    assert (letter.type, letter.mode) == ("COMMUNICATE", "letter")


def test_a_meeting_verb_with_a_thing_as_object_is_no_meeting(stages):
    assert not events_of(stages, "Trump visited a golf course in Florida on Sunday.")
    (visit,) = events_of(stages, "Putin visited Beijing on Monday.")
    assert visit.type == "CONSULT"


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Example Media Group. All rights reserved.",
        "Related: Leaders clash over trade tariffs",
        "(Photo: Police arrest a protester in the capital)",
        "Read more: Ministers reject the budget",
        "Police detain a protester in Lima. (AP Photo/Jane Roe)",
    ],
)
def test_page_furniture_lines_yield_no_event(stages, line):
    body = f"The parliament of Chile rejected the trade agreement with Peru.\n{line}"
    assert [e.type for e in events_of(stages, body)] == ["REJECT"]


def test_a_spokeswoman_for_a_countrys_ministry_keeps_whom_she_speaks_for(stages):
    body = "The spokeswoman for Pakistan's Foreign Ministry criticised India on Monday."
    (event,) = events_of(stages, body)
    assert [p.country for p in event.actors] == ["PAK"]
