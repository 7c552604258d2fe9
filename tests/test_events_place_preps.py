"""An event's place after "near" or "outside" as after "in" or "at"."""

from __future__ import annotations

import pytest

from newsledger.model import Article
from newsledger.pipeline import analyze


def _locations(stages, body: str) -> list[str | None]:
    article = Article(id="t", title="", body=body, published="2026-03-12")
    return [e.location for e in next(iter(analyze([article], stages))).events]


@pytest.mark.parametrize(
    "body",
    [
        "Norwegian artillery shelled Swedish positions near Kiruna on Saturday.",
        "Norwegian artillery shelled Swedish positions in Kiruna on Saturday.",
    ],
)
def test_near_places_an_event_like_in(stages, body):
    assert "Kiruna" in _locations(stages, body)


def test_a_place_the_talks_are_about_is_not_where_they_were(stages):
    body = "The foreign ministers of Norway and Sweden discussed fishing rights near Svalbard."
    assert "Svalbard" not in _locations(stages, body)
