"""The learned reading of who acts and who is acted on (extract/roles_model.py) and the
benchmark that scores participants against annotated spans (benchmarks/actor_spans.py).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newsledger.extract import roles_model
from newsledger.model import Article
from newsledger.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path):
    """The benchmarks are scripts, not a package: load one by path."""
    sys.path.insert(0, str(path.parent))  # it imports its sibling splits.py
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bench = _load("actor_spans", ROOT / "benchmarks" / "actor_spans.py")


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


# --- the benchmark's reading and matching ---------------------------------------------------


def test_a_bio_block_becomes_text_with_gold_spans():
    lines = ["The O", "harbour B-S", "guard I-S", "boarded O", "a O", "trawler B-T", ". O"]
    sentence = bench.parse_block(lines)
    assert sentence.text == "The harbour guard boarded a trawler."
    spans = [(g.role, sentence.text[g.start : g.end]) for g in sentence.golds]
    assert spans == [("S", "harbour guard"), ("T", "trawler")]


def test_an_inside_tag_of_another_role_opens_a_new_span():
    sentence = bench.parse_block(["Ankara B-S", "Rome I-T", "met O", ". O"])
    assert [(g.role, sentence.text[g.start : g.end]) for g in sentence.golds] == [
        ("S", "Ankara"),
        ("T", "Rome"),
    ]


def test_the_split_is_a_function_of_the_text_alone():
    assert bench.part_of("a made-up line") == bench.part_of("a made-up line")
    parts = {bench.part_of(f"invented sentence {n}") for n in range(50)}
    assert parts == {bench.TRAIN, bench.TEST}


def test_a_produced_participant_matches_a_gold_span_by_its_head(pipeline):
    text = "The harbour guard of Lomaria boarded a fishing trawler."
    doc = pipeline(text)
    start = text.index("a fishing")
    gold = [bench.Gold("S", 0, len("The harbour guard")), bench.Gold("T", start, len(text) - 1)]
    whole = bench.Part("actor", 0, len("The harbour guard of Lomaria"))  # head "guard" in gold
    pairs = bench.match([whole], gold, doc)
    assert [(p.role, g.role) for p, g in pairs] == [("actor", "S")]
    assert bench.role_right(*pairs[0])


def test_a_participant_that_only_touches_a_gold_span_does_not_match(pipeline):
    text = "The harbour guard of Lomaria boarded a fishing trawler."
    doc = pipeline(text)
    gold = [bench.Gold("S", 0, len("The harbour guard"))]
    place = bench.Part("actor", text.index("Lomaria"), text.index(" boarded"))
    assert bench.match([place], gold, doc) == []  # neither head lies in the other
    swapped = bench.Part("recipient", 0, len("The harbour guard"))
    assert not bench.role_right(*bench.match([swapped], gold, doc)[0])


# --- features -------------------------------------------------------------------------------


def test_a_passive_agent_has_actor_like_features(pipeline):
    doc = pipeline("The depot was shelled by the militia overnight.")
    found = roles_model.features(_token(doc, "shelled"), _token(doc, "militia"))
    assert {"voice=pass", "prep=by", "prep_voice=by:pass", "side=after"} <= set(found)
    p = roles_model.probabilities(found)
    assert p["actor"] > p["recipient"]


def test_an_active_object_has_no_agent_features(pipeline):
    doc = pipeline("The militia shelled the depot overnight.")
    found = roles_model.features(_token(doc, "shelled"), _token(doc, "depot"))
    assert "voice=act" in found and "prep=by" not in found
    p = roles_model.probabilities(found)
    assert p["actor"] < max(p["recipient"], p["none"])


def test_features_never_name_the_words_of_a_pair(pipeline):
    doc = pipeline("Velmora accused Tarsk of spying.")
    found = roles_model.features(_token(doc, "accused"), _token(doc, "Tarsk"))
    assert not any("velmora" in f.lower() or "tarsk" in f.lower() for f in found)
    assert not any("accus" in f for f in found)


# --- end to end -----------------------------------------------------------------------------


def _recipients(stages, text: str) -> list[list[str]]:
    article = next(analyze([Article(id="t", body=text, language="en")], stages))
    return [[p.name for p in e.recipients] for e in article.events]


def test_the_model_fills_a_recipient_the_rules_left_empty(stages):
    text = "Brazil eased its restrictions on Argentina last week."
    assert _recipients(stages.without("roles"), text) == [[]]  # the rules alone
    assert _recipients(stages, text) == [["Argentina"]]


def test_a_date_after_the_same_preposition_fills_nothing(stages):
    assert _recipients(stages, "Brazil eased its restrictions on Monday.") == [[]]


def test_two_actors_get_no_recipient_filled(pipeline, stages):
    from newsledger.extract.events import extract_events

    doc = pipeline("Brazil and Chile eased their restrictions on Argentina.")
    mentions = extract_events(doc, [], stages.lexicon)
    if not mentions or len(mentions[0].actors) < 2:
        pytest.skip("the rules read the sentence otherwise")
    mentions[0].recipients = []
    roles_model.refine(doc, mentions, stages.lexicon.people_nouns)
    assert mentions[0].recipients == []
