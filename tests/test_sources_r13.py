"""Who vouches for an event (round 13): a denial of a report that names its publisher meets
that publisher's assertion, and a decision to act is told by the outlet, not its maker."""

from __future__ import annotations

from newsledger.model import Article
from newsledger.pipeline import analyze


def _event(stages, body: str, kind: str):
    (article,) = analyze([Article(id="t", body=body, published="2024-04-08")], stages)
    return next(e for e in article.events if e.type == kind)


def _sources(event) -> list[tuple[str, str]]:
    return [(s.name, s.stance.value) for s in event.sources]


def test_a_denied_newspaper_report_is_disputed(stages) -> None:
    body = (
        "A senior Ostravan police officer denied a newspaper report that more smugglers had "
        "been arrested."
    )
    event = _event(stages, body, "COERCE")
    assert event.status == "disputed"
    assert ("newspaper", "asserts") in _sources(event)


def test_a_report_by_a_named_broadcaster_keeps_both_sides(stages) -> None:
    body = "The ministry dismissed a report by state television that the envoys had met in Tarvel."
    event = _event(stages, body, "CONSULT")
    assert event.status == "disputed"
    stances = dict(_sources(event))
    assert stances.get("state television") == "asserts" and stances.get("The ministry") == "denies"


def test_a_denial_of_bare_reports_meets_no_assertion(stages) -> None:
    body = "The Ostravan interior ministry denied reports that police had arrested three activists."
    event = _event(stages, body, "COERCE")
    assert event.status == "denied"
    assert all(stance == "denies" for _, stance in _sources(event))


def test_a_report_cited_without_denial_is_not_disputed(stages) -> None:
    body = "The ministry cited a newspaper report that police had arrested three activists."
    event = _event(stages, body, "COERCE")
    assert event.status != "disputed"


# -- "X decided to invite Y": a decision the outlet reports, not X vouching for it ---------


def test_a_decision_to_act_is_told_by_the_outlet(stages) -> None:
    body = (
        "The alliance decided at its summit last year to invite Valmont to start membership talks."
    )
    event = _event(stages, body, "REQUEST")
    assert event.status == "reported"
    assert [(s.name, s.stance.value) for s in event.sources] == [("the outlet", "asserts")]


def test_an_invitation_the_body_says_it_sent_is_its_own_word(stages) -> None:
    body = "The alliance said it had invited Valmont to start membership talks."
    event = _event(stages, body, "REQUEST")
    assert any(s.stance.value == "asserts" and s.name != "the outlet" for s in event.sources)
