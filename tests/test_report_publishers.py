"""A denial of a report that names its publisher meets that publisher's assertion: "X denied a
newspaper report that E" is disputed; a denial of bare "reports" or "rumours" meets none."""

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
