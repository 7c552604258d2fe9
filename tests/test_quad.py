"""The shipped quad-class reading (extract/quad.py) on events coded by the real pipeline.

The sentences are written for these tests (no data-set text): a bombing is material conflict,
a signed accord cooperation, and the reading must follow the event, not a fixed default.
"""

from newsledger.extract import quad
from newsledger.model import Article, EventMention
from newsledger.pipeline import analyze

ATTACK = "Gunmen bombed a police station in the northern town on Monday, killing six officers."
ACCORD = "The two governments signed a trade agreement in the capital on Friday."


def _analysed(stages, body: str) -> Article:
    return next(analyze([Article(id="t", body=body)], stages))


def test_every_event_gets_a_class_and_conflict_differs_from_cooperation(stages):
    attack, accord = _analysed(stages, ATTACK), _analysed(stages, ACCORD)
    assert attack.events and accord.events
    quad.annotate(attack.events + accord.events)
    assert all(e.quad in quad.QUADS for e in attack.events + accord.events)
    assert quad.article_quad(attack) == 4
    assert quad.article_quad(accord) in (1, 2)


def test_the_event_features_count_not_only_the_words():
    sentence = "Officials from both sides were there on Tuesday."
    assault = EventMention(type="ASSAULT", trigger="attacked", sentence=sentence)
    agree = EventMention(type="AGREE", trigger="agreed", sentence=sentence)
    assert quad.scores(sentence, assault) != quad.scores(sentence, agree)
    assert quad.quad_class(assault, sentence) == 4


def test_article_without_events_reads_its_lead_and_empty_article_has_none():
    assert quad.article_quad(Article(id="e", body="")) is None
    lead = Article(id="l", title="Troops shell rebel positions near the border", body="x")
    assert quad.article_quad(lead) in quad.QUADS


def test_lead_event_prefers_one_that_happened():
    negated = EventMention(type="ASSAULT", negated=True)
    real = EventMention(type="CONSULT")
    assert quad.lead_event([negated, real]) is real
    assert quad.lead_event([negated]) is negated
    assert quad.lead_event([]) is None


def test_a_preset_class_on_the_lead_event_is_kept():
    event = EventMention(type="ASSAULT", sentence="They met.", quad=1)
    assert quad.article_quad(Article(id="p", body="They met.", events=[event])) == 1
