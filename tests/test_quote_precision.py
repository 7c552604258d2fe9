"""Words that look like reporting but say nothing (issue 11): refusals to speak, negated
confirmations, telephone calls. And constructions that do report, mined from PolNeAR train
(issue 12). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.quotes import extract_quotes
from newsledger.model import Quote


@pytest.fixture(scope="module")
def parse():
    return nlp.load()


def quotes_of(parse, text: str) -> list[Quote]:
    return extract_quotes(parse(text))


@pytest.mark.parametrize(
    "text",
    [
        "A palace spokesman declined to comment on the allegations.",
        "The embassy refused to comment.",
        "Her lawyer declined to say more.",
    ],
)
def test_refusing_to_comment_is_no_quote(parse, text):
    assert quotes_of(parse, text) == []


def test_refusal_with_a_question_still_names_what_was_asked(parse):
    [quote] = quotes_of(parse, "The coach declined to say whether the striker would play.")
    assert "whether the striker would play" in quote.text
    assert quote.speaker_text == "The coach"


def test_refusal_does_not_swallow_a_later_statement(parse):
    text = "The agency declined to comment, but a union leader said the strike would go on."
    [quote] = quotes_of(parse, text)
    assert quote.speaker_text == "a union leader"
    assert quote.text == "the strike would go on"


@pytest.mark.parametrize(
    "text",
    [
        "Lisbon did not confirm the visit.",
        "Oslo has not confirmed the meeting.",
        "The minister never commented on the deal.",
    ],
)
def test_negated_speech_act_with_an_object_says_nothing(parse, text):
    assert quotes_of(parse, text) == []


def test_negated_report_next_to_a_positive_one(parse):
    text = "Local radio reported the arrests, but the police have not confirmed the raid."
    found = quotes_of(parse, text)
    assert [q.cue for q in found] == ["reported"]
    assert found[0].text == "the arrests"


def test_negated_verb_with_a_clause_still_reports(parse):
    [quote] = quotes_of(parse, "The mayor did not deny that the budget was late.")
    assert quote.stance == "denies"
    assert "the budget was late" in quote.text


def test_affirmed_confirmation_keeps_its_object(parse):
    [quote] = quotes_of(parse, "The ministry confirmed the visit.")
    assert (quote.cue, quote.text) == ("confirmed", "the visit")


@pytest.mark.parametrize(
    "text",
    [
        "Lula called Biden on Friday to talk about trade.",
        "The chancellor called him on Monday.",
    ],
)
def test_calling_a_person_is_a_phone_call_not_a_quote(parse, text):
    assert quotes_of(parse, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator called for a ceasefire.", "a ceasefire"),
        ("The premier called the report a fabrication.", "the report a fabrication"),
    ],
)
def test_calling_for_or_calling_something_still_reports(parse, text, content):
    [quote] = quotes_of(parse, text)
    assert quote.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The governor made it clear that she would veto the bill.",
        "The governor has made clear that she would veto the bill.",
    ],
)
def test_making_clear_is_a_statement(parse, text):
    [quote] = quotes_of(parse, text)
    assert quote.speaker_text == "The governor"
    assert quote.text == "that she would veto the bill"
    assert text[quote.cue_start : quote.cue_end] == quote.cue
    assert quote.cue.startswith("made")


def test_making_something_else_is_no_statement(parse):
    assert quotes_of(parse, "The firm made a large profit last year.") == []


def test_verbs_mined_from_training_data_report(parse):
    [quote] = quotes_of(parse, "The court determined that the contract was void.")
    assert (quote.speaker_text, quote.text) == ("The court", "that the contract was void")


def test_object_of_a_clause_only_verb_is_no_content(parse):
    # "added a wrinkle" adds no statement; "added that ..." does.
    assert quotes_of(parse, "The new rule added a wrinkle to the talks.") == []
    [quote] = quotes_of(parse, "The envoy added that talks would resume.")
    assert quote.text == "that talks would resume"


def test_passive_view_without_an_agent_is_reported_by_no_one(parse):
    [quote] = quotes_of(parse, "The vote was widely seen as a test of the new leader.")
    assert quote.speaker_text is None
    assert quote.text.startswith("The vote") and quote.text.endswith("a test of the new leader")


def test_passive_view_with_an_agent_leaves_the_agent_out_of_the_content(parse):
    [quote] = quotes_of(parse, "The reform is regarded as a failure by most economists.")
    assert quote.speaker_text == "most economists"
    assert "economists" not in quote.text and quote.text.endswith("a failure")


def test_a_name_given_in_the_passive_is_no_view(parse):
    assert quotes_of(parse, "The town was long known as a fishing port.") == []


def test_calling_for_a_clause(parse):
    text = "The senator has called for the minimum wage to be raised."
    [quote] = quotes_of(parse, text)
    assert quote.speaker_text == "The senator"
    assert quote.text == "the minimum wage to be raised"


def test_referring_to_names_the_topic(parse):
    text = '"The economy is weak," the senator said, referring to the latest jobs report.'
    referring = next(q for q in quotes_of(parse, text) if q.cue == "referring")
    assert (referring.speaker_text, referring.text) == ("the senator", "the latest jobs report")


def test_page_label_before_a_colon_is_no_speaker(parse):
    text = "Breaking: Rebels seize the airport\n\nThe rebels took the airport, officials said."
    assert [q.speaker_text for q in quotes_of(parse, text)] == ["officials"]
    named = quotes_of(parse, "Sanders: the race is not over\n\nHe spoke on Monday.")
    assert [(q.speaker_text, q.text) for q in named] == [("Sanders", "the race is not over")]


def test_name_after_an_inverted_cue_the_tagger_missed(parse):
    text = '"Keeping the old files was worth it," said Marlow.'
    [quote] = quotes_of(parse, text)
    assert quote.speaker_text == "Marlow"


def test_date_after_a_reporting_noun_is_no_topic(parse):
    found = quotes_of(parse, "His remarks on Saturday drew wide attention.")
    assert all(q.text != "Saturday" for q in found)


def test_addressee_after_the_cue_does_not_speak(parse):
    text = 'The aide spoke on Monday, telling reporters "the governor should step down."'
    assert [q.speaker_text for q in quotes_of(parse, text)] == ["The aide"]
