"""A time between a reporting verb and its complement's subject is the report's time."""

from __future__ import annotations

from newsledger.model import Article
from newsledger.pipeline import analyze

PUBLISHED = "2024-03-13"  # a Wednesday


def _monday(stages, body: str) -> str:
    article = Article(id="t", title="", body=body, published=PUBLISHED)
    times = next(iter(analyze([article], stages))).times
    return next(t.value for t in times if t.text == "Monday")


def test_the_reports_monday_is_the_past_one(stages):
    body = "Chilean President Rosa Vidal said on Monday she would meet Dina Soto in Lima."
    assert _monday(stages, body) == "2024-03-11"


def test_a_monday_inside_the_reported_future_is_the_next_one(stages):
    body = "Chilean President Rosa Vidal said she would meet Dina Soto in Lima on Monday."
    assert _monday(stages, body) == "2024-03-18"


def test_after_that_the_time_is_the_complements_own(stages):
    body = "Chilean President Rosa Vidal said that on Monday she would meet Dina Soto in Lima."
    assert _monday(stages, body) == "2024-03-18"
