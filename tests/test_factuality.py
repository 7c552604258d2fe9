"""The learned factuality reading: an event the text does not tell as having happened is set
aside as hypothetical; a plain past act and an event a source denies are kept."""

from __future__ import annotations

from newsledger import nlp
from newsledger.extract import factuality
from newsledger.model import Article
from newsledger.pipeline import analyze


def _events(stages, body: str):
    (article,) = analyze([Article(id="t", body=body, published="2024-04-08")], stages)
    return article.events


def _word(text: str, word: str):
    doc = nlp.parse_one(text)
    return next(t for t in doc if t.text == word)


def test_a_hoped_for_negotiation_is_not_told_as_done(stages) -> None:
    body = "The dockers' union hopes to negotiate with the port company."
    without = [e for e in _events(stages.without("factuality"), body) if e.trigger == "negotiate"]
    assert without and not without[0].hypothetical  # the rules alone let it through
    flagged = [e for e in _events(stages, body) if e.trigger == "negotiate"]
    assert flagged and flagged[0].hypothetical


def test_a_negotiation_held_is_told(stages) -> None:
    body = "The dockers' union negotiated with the port company last month."
    events = [e for e in _events(stages, body) if e.trigger == "negotiated"]
    assert events and not events[0].hypothetical


def test_a_denied_meeting_stays_an_event_to_be_denied(stages) -> None:
    body = "Valmont's foreign ministry denied reports that the two envoys had met in Tarvel."
    events = [e for e in _events(stages, body) if e.type == "CONSULT"]
    assert events and not events[0].hypothetical


def test_the_chain_of_governors_stops_at_a_source_word(stages) -> None:
    stop = factuality.source_words(stages.lexicon.speech_verbs, stages.lexicon.report_nouns)
    text = "The ministry denied that the envoys met in Tarvel."
    found = factuality.features(_word(text, "met"), stop)
    assert not any("deny" in name for name in found)
    assert any("deny" in name for name in factuality.features(_word(text, "met")))


def test_the_setting_not_the_word_is_read() -> None:
    found = factuality.features(_word("The envoys may meet in Tarvel.", "meet"))
    assert "self:aux=may" in found
    assert not any("meet" in name for name in found)
