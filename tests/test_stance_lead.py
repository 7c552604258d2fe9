"""The article's own stance toward its lead claim (extract/lead_stance.py), from the shipped model.

Nothing is trained here: the headlines are invented paraphrases of the three ways news tells a
claim, read by the shipped weights and the codebook, through the real pipeline.
"""

from __future__ import annotations

import time

import pytest

from newsledger.extract import lead_stance
from newsledger.model import Article, ArticleStance, StanceKind, to_json
from newsledger.pipeline import Stages, analyze


@pytest.fixture(scope="module")
def stages() -> Stages:
    return Stages.load()


def read(stages: Stages, *texts: str) -> list[Article]:
    return list(analyze([Article(id=str(n), body=t) for n, t in enumerate(texts)], stages))


@pytest.mark.parametrize(
    "headline",
    [
        "The Velmar ministry denies reports that its troops crossed the river.",
        "Orlova rejects claims that she sold her shares in the Dunmore bank.",
        "There is no evidence that the mayor of Dunmore took bribes, police said.",
        "The story that a shark swam up the Brenna river is a hoax.",
    ],
)
def test_denials_read_against(stages, headline):
    (article,) = read(stages, headline)
    assert article.stance is not None and article.stance.reading == "against"


@pytest.mark.parametrize(
    "headline",
    [
        "Tarsk Motors reportedly plans to build a car factory in Ostrava.",
        "Did the Zorvian president secretly marry a pop singer?",
    ],
)
def test_hedged_or_asked_claims_read_observing(stages, headline):
    (article,) = read(stages, headline)
    assert article.stance is not None and article.stance.reading == "observing"


@pytest.mark.parametrize(
    "headline",
    [
        "Tarsk Motors signs a deal to build a car factory in Ostrava.",
        "A fisherman in Karvia was rescued by a passing ferry after his boat sank on Monday.",
    ],
)
def test_plain_statements_read_for(stages, headline):
    (article,) = read(stages, headline)
    assert article.stance is not None and article.stance.reading == "for"


def test_stance_is_in_the_json_form_with_a_probability(stages):
    (article,) = read(stages, "Tarsk Motors reportedly plans to build a car factory in Ostrava.")
    shown = to_json(article)["stance"]
    assert shown["reading"] in lead_stance.READINGS
    assert 0.0 < shown["score"] <= 1.0


def test_a_confident_denial_makes_the_outlet_deny_the_lead_event():
    # What the stage does with a reading: the outlet's own `asserts` on the lead's events
    # follows a confident `against`; named sources and events after the lead keep theirs.
    from newsledger.model import EventMention, Source

    lead = EventMention(type="CONSULT", start=0, end=40, sources=[Source("Outlet")])
    named = EventMention(type="CONSULT", start=0, end=40, sources=[Source("Aide", start=3)])
    later = EventMention(type="CONSULT", start=60, end=90, sources=[Source("Outlet")])
    lead_stance.apply(ArticleStance("against", 0.95), [lead, named, later], lead_end=40)
    assert lead.sources[0].stance == StanceKind.DENIES
    assert named.sources[0].stance == StanceKind.ASSERTS
    assert later.sources[0].stance == StanceKind.ASSERTS
    unsure = EventMention(type="CONSULT", start=0, end=40, sources=[Source("Outlet")])
    lead_stance.apply(ArticleStance("against", 0.4), [unsure], lead_end=40)
    assert unsure.sources[0].stance == StanceKind.ASSERTS


def test_weights_are_read_once_per_process(stages):
    read(stages, "Governor Halvik signed the budget bill on Friday.")
    lead_stance._weights()
    before = lead_stance._weights.cache_info()
    started = time.perf_counter()
    for _ in range(50):
        lead_stance.probabilities({"hedge": 1.0, "word:may": 1.0})
    assert time.perf_counter() - started < 0.5
    after = lead_stance._weights.cache_info()
    assert after.misses == before.misses and after.currsize == 1
