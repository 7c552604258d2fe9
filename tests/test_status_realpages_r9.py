"""Status by who speaks, as real news tells it (issue 11): a speaker telling of an act still to
come vouches for a plan, not a happening; a record named after the event (a call readout)
attests that the event took place.

Each rule has a positive case and a near miss that looks alike but must not trigger.
"""

from __future__ import annotations

import pytest
from mentions import event_at

from newsledger import nlp
from newsledger.extract.quotes import extract_quotes
from newsledger.extract.stance import attach_sources
from newsledger.model import Article
from newsledger.pipeline import Stages, analyze


@pytest.fixture(scope="module")
def parse():
    return nlp.load()


def sources_of(
    parse, text: str, trigger: str, kind: str = "CONSULT", future: bool = False
) -> set[tuple[str, str]]:
    doc = parse(text)
    event = event_at(doc, trigger)
    event.type, event.future = kind, future
    attach_sources(doc, [event], extract_quotes(doc), "Outlet")
    return {(s.name, s.stance) for s in event.sources}


# A speaker's words that put the act under a modal or a verb of intent (FactBank: a reported
# future or possibility is not committed to as a fact).


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Governor Rob Halden said he will impose a curfew on Monday.", "impose"),
        ("Governor Rob Halden said the county may impose a curfew.", "impose"),
        ("The ministry said it plans to send troops to the border.", "send"),
        ("The ministry said it is going to send troops to the border.", "send"),
    ],
)
def test_a_speaker_telling_of_a_plan_only_hedges_it(parse, text, trigger):
    stances = {stance for _, stance in sources_of(parse, text, trigger, "MOBILIZE")}
    assert stances == {"hedges"}


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Governor Rob Halden said he imposed a curfew on Monday.", "imposed"),
        # the verb of intent is the speaker's own relative clause, not over the act
        ("The ministry, which plans a review, said it sent troops to the border.", "sent"),
        # the modal is in a clause beside the act, not above it
        ("The ministry said it sent troops, and that more will follow.", "sent"),
    ],
)
def test_a_speaker_telling_of_a_done_act_asserts_it(parse, text, trigger):
    stances = {stance for _, stance in sources_of(parse, text, trigger, "MOBILIZE")}
    assert stances == {"asserts"}


def test_an_event_the_extractor_flagged_future_is_hedged_by_its_speaker(parse):
    text = "The two ministers meet on Friday, the foreign ministry said."
    assert sources_of(parse, text, "meet", "CONSULT", future=True) == {
        ("the foreign ministry", "hedges")
    }


def test_a_promise_or_a_demand_is_the_saying_itself(parse):
    # AGREE: a promise's content lies ahead by nature; the speaker vouches that it was made
    text = "Governor Rob Halden said he will meet the union on Friday."
    assert sources_of(parse, text, "meet", "AGREE", future=True) == {
        ("Governor Rob Halden", "asserts")
    }
    # REQUEST: "must" is what was demanded, not a doubt about the demand
    text = "Mayor Lena Ortiz said the utility must lower its prices."
    assert sources_of(parse, text, "lower", "REQUEST") == {("Mayor Lena Ortiz", "asserts")}
    # near miss: the same words as another category are only a plan
    assert sources_of(parse, text, "lower", "CONCEDE") == {("Mayor Lena Ortiz", "hedges")}


def test_the_outlets_own_voice_on_a_future_event_is_unchanged(parse):
    text = "The two ministers will meet on Friday in the capital."
    assert sources_of(parse, text, "meet", "CONSULT", future=True) == {("Outlet", "asserts")}


# A record named after the event: its author made it, so it attests the event.


@pytest.mark.parametrize(
    "text",
    [
        "Governor Rob Halden called Mayor Lena Ortiz on Tuesday and, as a county call "
        'readout said, "stressed that the roads must reopen."',
        "Governor Rob Halden called Mayor Lena Ortiz on Tuesday, and a readout of the call "
        'said they "discussed the roads."',
    ],
)
def test_a_record_named_after_the_event_attests_it(parse, text):
    found = sources_of(parse, text, "called")
    assert any("readout" in name and stance == "asserts" for name, stance in found)
    assert ("Outlet", "asserts") not in found


@pytest.mark.parametrize(
    "text",
    [
        # a record named after something else reports only its own words
        "Governor Rob Halden called Mayor Lena Ortiz on Tuesday and, as a county budget "
        'statement said, "stressed that the roads must reopen."',
        # a negated saying attests nothing
        "Governor Rob Halden called Mayor Lena Ortiz on Tuesday, but the call readout did not "
        "say what they discussed.",
    ],
)
def test_a_record_of_something_else_or_a_silent_record_does_not(parse, text):
    found = sources_of(parse, text, "called")
    assert not any("readout" in name or "statement" in name for name, _ in found)


def test_a_participants_plan_is_reported_not_confirmed_end_to_end():
    planned = Article(
        id="plan",
        title="County curfew",
        published="2024-05-17",
        body="County curfew\nGovernor Rob Halden said he will impose a curfew on Monday.",
    )
    done = Article(
        id="done",
        title="County curfew",
        published="2024-05-17",
        body="County curfew\nGovernor Rob Halden said he imposed a curfew on Monday.",
    )
    statuses = {}
    for article in analyze([planned, done], Stages.load()):
        curfews = [e for e in article.events if "impose" in e.sentence and "Halden" in e.sentence]
        statuses[article.id] = {e.status for e in curfews}
    assert statuses["plan"] and "confirmed" not in statuses["plan"]
    assert statuses["done"] == {"confirmed"}


def test_a_modal_on_a_verb_of_speaking_is_the_sayings_own(parse):
    text = "A police spokesman said he could confirm the arrests."
    assert sources_of(parse, text, "arrests", "COERCE") == {("A police spokesman", "asserts")}
    # near miss: the same modal over the act itself leaves it possible only
    text = "A police spokesman said officers could arrest the protesters."
    assert sources_of(parse, text, "arrest", "COERCE") == {("A police spokesman", "hedges")}


def test_an_event_in_a_prepositional_phrase_is_the_settings_not_the_plans(parse):
    text = "The spokeswoman said the minister would travel north, two days after his call."
    assert sources_of(parse, text, "call") == {("The spokeswoman", "asserts")}
    # near miss: the event itself under the modal
    text = "The spokeswoman said the minister would call his counterpart."
    assert sources_of(parse, text, "call") == {("The spokeswoman", "hedges")}


def test_a_relative_or_adverbial_clause_keeps_its_own_tense(parse):
    text = "The ministry said the envoys, who met on Friday, will sign the accord next month."
    assert sources_of(parse, text, "met") == {("The ministry", "asserts")}
    text = "The ministry said the envoys will sign the accord, although they quarrelled on Friday."
    assert sources_of(parse, text, "quarrelled", "ACCUSE") == {("The ministry", "asserts")}
    # near miss: a "to" infinitive shares the plan of the verb it hangs from
    text = "Governor Rob Halden said he will close the roads to stop the protesters."
    assert sources_of(parse, text, "stop", "COERCE") == {("Governor Rob Halden", "hedges")}
