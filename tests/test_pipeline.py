"""The pipeline is an ordered list of named stages with one signature: each can be switched
off, replaced or run alone, and extraction leaves spans that only the resolve stage turns into
actors."""

from __future__ import annotations

import pytest

from newsledger.errors import ConfigError
from newsledger.model import Article, StanceKind
from newsledger.pipeline import STAGES, Context, Stages, analyze

BODY = (
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Meseberg on Tuesday. "
    "The two leaders did not sign an agreement, Macron said."
)


def _article() -> Article:
    return Article(id="p", body=BODY, published="2024-06-12", site="example.org")


def test_the_stages_read_top_to_bottom(stages):
    assert list(stages.steps) == [
        "language",
        "coherence",
        "times",
        "quotes",
        "events",
        "roles",
        "factuality",
        "topics",
        "sources",
        "stance",
        "resolve",
        "quad",
        "done",
    ]


def test_the_whole_pipeline_resolves_participants(stages):
    article = next(analyze([_article()], stages))
    consult = next(e for e in article.events if e.type == "CONSULT")
    assert consult.participant_names() == ["Emmanuel Macron", "Olaf Scholz"]
    assert {a.name for a in article.actors} >= {"Emmanuel Macron", "Olaf Scholz"}
    assert article.language == "en"


def test_without_resolve_the_mentions_stay_spans(stages):
    article = next(analyze([_article()], stages.without("resolve")))
    consult = next(e for e in article.events if e.type == "CONSULT")
    # Unresolved: participant names and sources are the text spans; no pair phrase resolved.
    assert [a.name for a in consult.actors] == [
        "French President Emmanuel Macron",
        "German Chancellor Olaf Scholz",
    ]
    sign = next(e for e in article.events if e.trigger == "sign")
    assert [a.name for a in sign.actors] == ["The two leaders"]
    assert [(s.name, s.stance) for s in sign.sources] == [("Macron", "denies")]
    assert article.actors == [] and article.entities == []
    assert [q.speaker_text for q in article.quotes] == ["Macron"]
    assert len(stages.steps) == len(STAGES)  # switching one off leaves the loaded pipeline whole


def test_a_stage_runs_alone(stages):
    only_times = Stages(stages.kb, stages.lexicon, {"times": stages.steps["times"]})
    article = next(analyze([_article()], only_times))
    assert [t.value for t in article.times] == ["2024-06-11"]
    assert article.events == [] and article.quotes == [] and article.language is None


def test_a_stage_added_by_name_sees_the_working_state(stages):
    seen: list[list[tuple[str | None, int]]] = []

    def record(doc, article: Article, ctx: Context) -> None:
        seen.append([(e.trigger, len(e.sources)) for e in ctx.events])

    steps = dict(stages.steps)
    names = list(steps)
    at = names.index("events") + 1
    custom = Stages(stages.kb, stages.lexicon, {n: steps[n] for n in names[:at]})
    custom.steps["record"] = record
    custom.steps.update({n: steps[n] for n in names[at:]})
    next(analyze([_article()], custom))
    (events,) = seen
    assert {trigger for trigger, _ in events} >= {"met", "sign"}
    assert all(n == 0 for _, n in events)  # the sources stage comes later


@pytest.mark.parametrize(
    ("tail", "source"), [(", the Elysee said.", "Élysée"), (".", "example.org")]
)
def test_a_negated_event_is_denied_by_its_source(stages, tail, source):
    body = "French President Emmanuel Macron did not meet German Chancellor Olaf Scholz" + tail
    article = Article(id="n", body=body, published="2024-06-12", site="example.org")
    (event,) = next(analyze([article], stages)).events
    assert event.negated and [(s.name, s.stance) for s in event.sources] == [(source, "denies")]
    assert isinstance(event.sources[0].stance, StanceKind)
    assert event.status == "denied"


def test_an_unknown_stage_name_is_refused(stages):
    with pytest.raises(ConfigError, match="no pipeline stage"):
        stages.without("parse")
