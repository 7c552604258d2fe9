"""The sector model for common-noun mentions the agent table lacks (resolve/sectors.py).

Phrases are written for these tests; none is in the agent table as written, so each checks
that the model reads head nouns, their endings and modifiers rather than looking phrases up.
"""

import pytest

from newsledger.resolve import sectors


def test_the_same_features_at_training_and_run_time_ignore_determiners():
    assert sectors.features("the rebel fighters") == sectors.features("rebel fighters")
    assert "h:fighter" in sectors.features("two rebel fighters")
    assert sectors.features("") == []


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("a drug syndicate", "CRM"),
        ("hill-tribe rebels", "REB"),
        ("anti-nuclear protesters", "CVL"),
    ],
)
def test_agent_phrases_get_the_sector_their_words_suggest(phrase, sector):
    guess = sectors.guess(phrase)
    assert guess is not None and guess.sector == sector
    assert 0.0 < guess.probability <= 1.0


@pytest.mark.parametrize("phrase", ["the ceasefire", "the negotiations", "the xqzvt"])
def test_events_and_unknown_heads_get_no_sector(phrase):
    assert sectors.guess(phrase) is None


def test_probabilities_are_a_distribution():
    ranked = sectors.probabilities("striking miners")
    assert abs(sum(ranked.values()) - 1.0) < 1e-6
    assert set(ranked) >= {"GOV", "CVL", "NON"}


def test_the_knowledge_base_falls_back_to_the_model_for_common_nouns_only(kb):
    syndicate = kb.lookup("a heroin syndicate", "2020-01-01")
    assert syndicate is not None and syndicate.sector == "CRM"
    # A capitalised head is a name the model cannot read: no guessed sector for it.
    assert kb._guessed_sector("the Harbour Syndicate") is None
