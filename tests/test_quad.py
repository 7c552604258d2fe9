"""The shipped quad-class reading (extract/quad.py) on events coded by the real pipeline.

The sentences are written for these tests (no data-set text): a bombing is material conflict,
a signed accord cooperation, and the reading must follow the event, not a fixed default. A coded
event takes its category's class from the codebook; the model reads what the codebook leaves
open (no event, or only a denied one).
"""

from pathlib import Path

import yaml

from newsledger.extract import events_lexicon, quad
from newsledger.model import Article, EventMention
from newsledger.pipeline import Stages, analyze

ATTACK = "Gunmen bombed a police station in the northern town on Monday, killing six officers."
ACCORD = "The two governments signed a trade agreement in the capital on Friday."


def _analysed(stages, body: str) -> Article:
    return next(analyze([Article(id="t", body=body)], stages))


def test_the_pipeline_gives_every_event_a_class_and_conflict_differs_from_cooperation(stages):
    attack, accord = _analysed(stages, ATTACK), _analysed(stages, ACCORD)
    assert attack.events and accord.events
    assert "quad" in stages.steps  # the stage runs after resolve, which replaces the mentions
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


def test_a_coded_event_takes_its_categorys_class_whatever_the_sentence_says():
    codebook = events_lexicon.load().categories
    # The words are about fighting, but the event coded is an agreement: the codebook decides.
    agree = EventMention(type="AGREE", sentence="Troops shelled the town and killed many.")
    assault = EventMention(type="ASSAULT", sentence="The two sides signed a friendship pact.")
    quad.annotate([agree, assault])
    assert (agree.quad, assault.quad) == (codebook["AGREE"].quad, codebook["ASSAULT"].quad)
    assert quad.category_quads()["AGREE"] != quad.category_quads()["ASSAULT"]


def test_a_denied_lead_event_leaves_the_class_to_the_model():
    sentence = "Rebels shelled an army base overnight, killing nine soldiers."
    # The preset class is ignored: a denied event is no evidence the codebook can class.
    denied = EventMention(type="ASSAULT", sentence=sentence, negated=True, quad=0)
    article = Article(id="d", body=sentence, events=[denied])
    assert quad.article_quad(article) == quad.quad_class(denied, sentence) == 4


def test_a_category_from_an_extra_vocabulary_brings_its_class(tmp_path: Path):
    extra = tmp_path / "extra.yaml"
    toy = {"categories": {"TAUNT": {"quad": 3, "traits": ["message"], "verbs": ["mock"]}}}
    extra.write_text(yaml.safe_dump(toy))
    lexicon = events_lexicon.load([extra])
    taunt = EventMention(type="TAUNT", sentence="The minister mocked his rival.")
    quad.annotate([taunt], lexicon)
    assert taunt.quad == 3 and quad.category_quads(lexicon)["TAUNT"] == 3


def test_switching_the_stage_off_leaves_events_unclassed(stages: Stages):
    article = next(analyze([Article(id="n", body=ATTACK)], stages.without("quad")))
    assert article.events and all(e.quad is None for e in article.events)


def test_a_statement_gives_way_to_the_act_it_carries():
    sentence = "In a statement, the ministry said troops had shelled the rebel camp."
    statement = EventMention(type="COMMUNICATE", sentence=sentence)
    shelling = EventMention(type="ASSAULT", sentence=sentence)
    quad.annotate([statement, shelling])
    assert statement.quad == quad.STATEMENT
    assert quad.lead_event([statement, shelling]) is shelling
    article = Article(id="s", body=sentence, events=[statement, shelling])
    assert quad.article_quad(article) == quad.category_quads()["ASSAULT"]


def test_a_bare_statement_is_classed_by_the_model_not_fixed_at_zero():
    sentence = "In a letter, the rebels warned they would shell the airport."
    letter = EventMention(type="COMMUNICATE", sentence=sentence, trigger="letter")
    quad.annotate([letter])
    assert quad.lead_event([letter]) is letter
    assert quad.settled_class(letter) is None  # the codebook does not settle a statement
    article = Article(id="b", body=sentence, events=[letter])
    assert quad.article_quad(article) == quad.quad_class(letter, sentence)


def test_a_promised_or_threatened_material_act_takes_its_verbal_class():
    codebook = quad.category_quads()
    assert (codebook["RETREAT"], codebook["ASSAULT"]) == (2, 4)
    promised = EventMention(type="RETREAT", future=True)
    threatened = EventMention(type="ASSAULT", hypothetical=True)
    done = EventMention(type="RETREAT")
    verbal = EventMention(type="AGREE", future=True)
    quad.annotate([promised, threatened, done, verbal])
    assert [e.quad for e in (promised, threatened, done, verbal)] == [1, 3, 2, codebook["AGREE"]]


def test_the_pipeline_reads_an_announced_withdrawal_as_verbal_cooperation(stages):
    body = (
        "The army will withdraw its troops from the valley next month, the defence minister said."
    )
    article = _analysed(stages, body)
    withdrawal = next(e for e in article.events if e.type == "RETREAT")
    assert withdrawal.future and withdrawal.quad == 1
    assert quad.article_quad(article) == 1
