"""Quantified subjects and objects of confirming and denying. Sentences invented for these tests.

"Neither government confirmed the meeting" asserts nothing (as "no official confirmed" does
not); "X denied that any meeting took place" denies the meeting told before it, as "such a
meeting" does: under a denial, "any" points back to the one reported.
"""

from analysis import analyse


def _ledger_event(text: str, kind: str):
    events = analyse(text).events
    return [e for e in events if e.type == kind and not (e.hypothetical or e.future)]


MET = "Tovan President Ilo Marr met Sarean President Ada Pell in Dunmore on Tuesday. "


def test_neither_government_confirming_is_no_assertion(pipeline):
    (event,) = _ledger_event(MET + "Neither government confirmed the meeting.", "CONSULT")
    assert not any("neither" in s.name.lower() and s.stance == "asserts" for s in event.sources)


def test_both_governments_confirming_still_asserts(pipeline):
    """Near miss: a quantifier that includes the participants confirms."""
    (event,) = _ledger_event(MET + "Both governments confirmed the meeting.", "CONSULT")
    assert any("both" in s.name.lower() and s.stance == "asserts" for s in event.sources)


def test_denying_that_any_meeting_took_place_disputes_the_reported_one(pipeline):
    text = (
        "Sarean officials said Tovan President Ilo Marr had met Ada Pell in Dunmore on "
        "Tuesday, but the Tovan government denied that any meeting took place."
    )
    (event,) = _ledger_event(text, "CONSULT")
    assert any(s.stance == "denies" for s in event.sources)


def test_any_meeting_in_a_plan_denies_nothing(pipeline):
    """Near miss: "any meeting" with no denial over it is a possible one, no back-reference."""
    text = (
        "Sarean officials said Tovan President Ilo Marr had met Ada Pell in Dunmore on "
        "Tuesday. The Tovan government said any meeting would have to wait."
    )
    (event,) = _ledger_event(text, "CONSULT")
    assert not any(s.stance == "denies" for s in event.sources)


def test_refusing_to_confirm_or_deny_is_no_denial(pipeline):
    """Neither conjunct under "refused to" was done."""
    (event,) = _ledger_event(
        "Ilo Marr refused to confirm or deny that he had met Ada Pell in Dunmore on Tuesday.",
        "CONSULT",
    )
    assert not any(s.stance == "denies" for s in event.sources)


def test_refusing_to_comment_but_denying_is_a_denial(pipeline):
    """Near miss: a denial of its own beside the refusal still denies."""
    (event,) = _ledger_event(
        "The ministry declined to comment but denied that Ilo Marr had met Ada Pell in "
        "Dunmore on Tuesday.",
        "CONSULT",
    )
    assert any(s.stance == "denies" for s in event.sources)


REPORTED = "Ilo Marr met Ada Pell in Dunmore on Tuesday, the Dunmore Herald reported. "


def test_calling_the_report_baseless_denies_the_reported_event(pipeline):
    (event,) = _ledger_event(
        REPORTED + "A government spokesman called the report baseless.", "CONSULT"
    )
    assert any(s.stance == "denies" for s in event.sources)


def test_describing_the_report_as_a_fabrication_denies_it(pipeline):
    text = REPORTED + "The government described the report as a fabrication."
    (event,) = _ledger_event(text, "CONSULT")
    assert any(s.stance == "denies" for s in event.sources)


def test_calling_the_report_accurate_denies_nothing(pipeline):
    """Near miss: a verb of calling with no falsity word is no denial."""
    (event,) = _ledger_event(
        REPORTED + "A government spokesman called the report accurate.", "CONSULT"
    )
    assert not any(s.stance == "denies" for s in event.sources)
