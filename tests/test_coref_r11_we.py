"""A quoted "we" in any sentence of a quotation is its speaker's side (MentionResolver)."""

from mentions import span

from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase


def resolve(pipeline, text: str, phrase: str, nth: int = 0):
    resolver = MentionResolver(pipeline(text), ActorBase.default(), "2024-06-12")
    return resolver.resolve(*span(text, phrase, nth))


def test_we_in_an_earlier_sentence_of_the_quotation_is_the_speaker(pipeline):
    text = (
        '"We met the Borduvian delegation in Vienna on Monday. The talks were long," '
        "Foreign Minister Anna Kovac told reporters."
    )
    assert resolve(pipeline, text, "We").name == "Anna Kovac"


def test_we_in_a_later_piece_of_an_interrupted_quotation_is_the_speaker(pipeline):
    text = (
        '"The talks were long," Foreign Minister Anna Kovac told reporters. '
        '"We met the Borduvian delegation in Vienna on Monday."'
    )
    assert resolve(pipeline, text, "We").name == "Anna Kovac"


def test_our_after_a_colon_attribution_is_the_speaker(pipeline):
    text = (
        'Foreign Minister Anna Kovac told reporters: "The talks were long. '
        'Our delegation met them in Vienna."'
    )
    assert resolve(pipeline, text, "Our").name == "Anna Kovac"


def test_we_outside_quotation_marks_stays_unresolved(pipeline):
    text = (
        "We met the Borduvian delegation in Vienna on Monday, the paper wrote. "
        "Foreign Minister Anna Kovac told reporters the talks were long."
    )
    assert resolve(pipeline, text, "We") is None


def test_we_in_a_quoted_question_stays_unresolved(pipeline):
    text = (
        '"The talks were long. Did we meet the Borduvian delegation?" '
        "Foreign Minister Anna Kovac told reporters."
    )
    assert resolve(pipeline, text, "we") is None


def test_we_in_a_quotation_with_no_reporting_verb_stays_unresolved(pipeline):
    text = 'Anna Kovac arrived in Vienna. "We met them on Monday. The talks were long."'
    assert resolve(pipeline, text, "We") is None


def test_we_in_a_paragraph_of_two_speakers_stays_unresolved(pipeline):
    text = (
        '"We met them on Monday. The talks were long," Foreign Minister Anna Kovac said, '
        "and Prime Minister Petr Dusek told reporters he agreed."
    )
    assert resolve(pipeline, text, "We") is None


def test_we_in_the_reporting_verbs_own_sentence_is_left_to_extraction(pipeline):
    text = '"Our delegation met them in Vienna," Foreign Minister Anna Kovac told reporters.'
    assert resolve(pipeline, text, "Our") is None
