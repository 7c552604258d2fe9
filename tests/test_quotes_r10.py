"""Round 10 of quote recall, learnt from PolNeAR train (scripts/polnear_cue_counts.py): cue
words that are cues in most of their train uses, a poll cited after its clause, indirect
questions, a quotation reported by a verb hung on another report, and the addressee of "told"
after the reported clause. Each rule has a sentence where it must fire and a near miss where it
must not. Every sentence is written for these tests (invented names and places)."""

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


# -- cue words grown from train counts -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Mayor Velda Ostrom bemoaned the closure of the harbour library.",
            "bemoaned",
            "the closure of the harbour library",
        ),
        (
            "The union retweeted the statement from the port authority.",
            "retweeted",
            "the statement from the port authority",
        ),
        ("Ostrom's hint that she might run again surprised the council.", "hint", "run again"),
    ],
)
def test_cue_words_learnt_from_train(parse, text, cue, content):
    [quote] = quotes_of(parse, text)
    assert quote.cue == cue
    assert content in quote.text


def test_a_word_that_is_seldom_a_cue_stays_out(parse):
    # "distance" was a cue in half its train uses but gave no matching quote: left out.
    assert quotes_of(parse, "The runner distanced herself from the pack on the last lap.") == []


# -- a poll cited after the clause it frames -----------------------------------------------------


def test_poll_after_its_clause_frames_the_words_before_it(parse):
    text = "Kessler was at 31 percent support in the latest Harrow poll, up four points from May."
    [quote] = quotes_of(parse, text)
    assert quote.text == "Kessler was at 31 percent support"
    assert quote.speaker_text == "the latest Harrow poll"


def test_poll_before_its_clause_still_frames_the_words_after_it(parse):
    text = "In the latest Harrow poll, Kessler leads Marlow by six points."
    [quote] = quotes_of(parse, text)
    assert quote.text.startswith("Kessler leads Marlow")


# -- indirect questions --------------------------------------------------------------------------


def test_asked_if_reports_the_question(parse):
    text = "Senator Pell asked the minister if the bridge over the Tamsin river would reopen."
    [quote] = quotes_of(parse, text)
    assert quote.cue == "asked"
    assert "the bridge over the Tamsin river would reopen" in quote.text
    assert quote.speaker_text == "Senator Pell"


def test_if_after_another_reporting_verb_is_a_condition(parse):
    quotes = quotes_of(parse, "The mayor will comment if the inspectors publish their report.")
    assert not any("inspectors publish" in q.text for q in quotes)


# -- a quotation reported by a verb hung on another report ---------------------------------------


def test_adding_reports_the_quotation_and_said_keeps_its_clause(parse):
    text = (
        'The council will vote on the levy on Friday, Ostrom said, adding, "We are ready for it."'
    )
    quotes = quotes_of(parse, text)
    by_cue = {q.cue: q for q in quotes}
    assert by_cue["adding"].text == "We are ready for it."
    assert by_cue["said"].text == "The council will vote on the levy on Friday"
    assert all(q.speaker_text == "Ostrom" for q in quotes)


def test_a_partial_quotation_inside_the_clause_stays_with_said(parse):
    [quote] = quotes_of(parse, 'Ostrom said the council "is ready" to vote on the levy.')
    assert quote.cue == "said"
    assert quote.kind == "partial"


# -- the addressee of "told" after the reported clause -------------------------------------------


def test_told_reporters_after_the_clause_reports_the_clause(parse):
    text = "The bottling plant will close in March, the manager told reporters on Tuesday."
    [quote] = quotes_of(parse, text)
    assert quote.text == "The bottling plant will close in March"
    assert quote.speaker_text == "the manager"


def test_an_object_of_another_verb_after_the_clause_is_what_it_reports(parse):
    text = "The bottling plant will close in March, the manager repeated the figures."
    [quote] = quotes_of(parse, text)
    assert quote.text == "the figures"


# -- a quotation and the clause its cue also reports: one mixed quote ----------------------------


def test_quotation_interrupted_by_its_cue_joins_the_clause_after_it(parse):
    text = '"Only a fool," Ostrom said, would build a second bridge across that river.'
    [quote] = quotes_of(parse, text)
    assert quote.cue == "said"
    assert [text[p.start : p.end] for p in quote.parts] == [
        "Only a fool,",
        "would build a second bridge across that river.",
    ]


def test_a_quotation_with_nothing_else_reported_stays_direct(parse):
    [quote] = quotes_of(parse, '"We have the votes," Ostrom said on Monday.')
    assert quote.kind == "direct"
    assert quote.parts == []
