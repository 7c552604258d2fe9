"""Status by who speaks, round 11: a denial in a quote covers what its own sentence tells, and a
denial of "the claim" disputes the event a named speaker claimed about the denier.

Each rule has a positive case and a near miss that looks alike but must not trigger. All
sentences are invented.
"""

from __future__ import annotations

import pytest

from newsledger.model import Article
from newsledger.pipeline import analyze


def _events(stages, body: str) -> list:
    article = Article(id="t", body=body, published="2024-03-05", site="The Outlet")
    return next(analyze([article], stages)).events


def _event(stages, body: str, trigger: str):
    return next(e for e in _events(stages, body) if e.trigger == trigger)


def _stances(event) -> set[tuple[str, str]]:
    return {(s.name, s.stance) for s in event.sources}


# A quote's content denial ("there is no danger") is about its own sentence, not every act the
# speaker tells in the quote.


def test_a_denial_in_the_next_sentence_of_a_quote_leaves_the_request_asserted(stages):
    body = (
        '"I ask every resident to stay indoors tonight," Lyon Mayor Gregory Doucet said on '
        'Monday. "There is no danger for anyone who stays home."'
    )
    event = _event(stages, body, "ask")
    assert _stances(event) == {("Gregory Doucet", "asserts")}
    assert event.status == "confirmed"


def test_an_arrest_told_beside_a_denial_of_danger_is_asserted(stages):
    body = (
        '"We arrested three suspects on Monday. There is no danger to the public," '
        "Belgian police said."
    )
    event = _event(stages, body, "arrested")
    assert {stance for _, stance in _stances(event)} == {"asserts"}


def test_near_miss_a_denial_in_the_events_own_sentence_still_denies(stages):
    body = (
        '"The meeting with the Dutch foreign minister never took place," a Belgian '
        "government spokesman said."
    )
    event = _event(stages, body, "meeting")
    assert {stance for _, stance in _stances(event)} == {"denies"}


def test_near_miss_a_falsity_pointing_back_denies_the_sentence_before(stages):
    body = (
        '"Reports say our soldiers shelled a market near Bol on Monday. This is a lie," '
        "Chad's army said."
    )
    event = _event(stages, body, "shelled")
    assert {stance for _, stance in _stances(event)} == {"denies"}
    assert event.status == "denied"


def test_near_miss_a_negated_noun_that_says_nothing_false_leaves_the_act_asserted(stages):
    body = (
        '"Our soldiers shelled rebel positions near Bol on Monday. This is no secret," '
        "Chad's army said."
    )
    event = _event(stages, body, "shelled")
    assert event.status == "confirmed"


# "Denied the claim" points back to what a named speaker just said about the one denying.


@pytest.mark.parametrize(
    "body",
    [
        "Rebels said Chadian troops shelled the village of Bol on Monday. "
        "Chad's army denied the claim.",
        "Rebels said Chadian troops shelled the village of Bol on Monday. "
        "Chad's army denied the report.",
        "Sudanese troops shelled Chadian border posts on Monday, Chad's defence ministry said. "
        "Sudan's army rejected the accusation as false.",
    ],
)
def test_a_denial_of_the_claim_disputes_the_claimed_attack(stages, body):
    event = _event(stages, body, "shelled")
    assert event.status == "disputed"
    assert any(s.stance == "denies" and s.role == "participant" for s in event.sources)
    assert not [e for e in _events(stages, body) if e.type == "REJECT"]


def test_near_miss_a_denial_by_someone_the_claim_is_not_about_disputes_nothing(stages):
    body = (
        "Rebels said they met United Nations envoys in Bol on Monday. Chad's army denied the claim."
    )
    event = _event(stages, body, "met")
    assert event.status == "confirmed"
    assert all(s.stance != "denies" for s in event.sources)


def test_near_miss_a_report_with_a_topic_of_its_own_is_not_the_claim(stages):
    body = (
        "Rebels said Chadian troops shelled the village of Bol on Monday. "
        "Chad's army denied a report of looting in the capital."
    )
    assert _event(stages, body, "shelled").status == "reported"


def test_near_miss_a_claim_told_long_before_the_denial_is_not_reached(stages):
    body = (
        "Rebels said Chadian troops shelled the village of Bol on Monday. "
        "The rebels also said they had captured two towns near the lake. "
        "They said the army had fled. Aid groups said food was running out. "
        "Chad's army denied the claims."
    )
    assert _event(stages, body, "shelled").status == "reported"


# The outlet telling of a denial does not deny: neither the denial it tells ("rejected the
# allegations as baseless") nor the act told in the sentence before it.


def test_a_rejection_as_baseless_is_told_plainly_by_the_outlet(stages):
    event = _event(
        stages, "Sudan on Monday rejected Chad's spying allegations as baseless.", "rejected"
    )
    assert _stances(event) == {("The Outlet", "asserts")}
    assert event.status == "reported"


def test_near_miss_a_story_called_false_is_denied_by_the_outlet(stages):
    body = "The story that Sudanese troops shelled Chadian border posts on Monday is false."
    event = _event(stages, body, "shelled")
    assert _stances(event) == {("The Outlet", "denies")}


def test_an_act_told_before_a_rejection_in_the_lead_stays_asserted(stages):
    body = (
        "Chad expelled two Sudanese diplomats on Monday. "
        "Sudan rejected the decision as unjustified."
    )
    event = _event(stages, body, "expelled")
    assert _stances(event) == {("The Outlet", "asserts")}
    assert event.status == "reported"


def test_near_miss_an_act_told_in_the_denying_sentence_is_denied(stages):
    body = (
        "Chad expels Sudanese diplomats, Sudan says, but Chad denies the report\n"
        "Sudanese officials said Chad expelled two of its diplomats on Monday, a report "
        "Chad's government dismissed."
    )
    events = [e for e in _events(stages, body) if e.type == "SANCTION"]
    assert events and all(e.status in ("denied", "disputed") for e in events)
