"""`newsledger bench` on a few tiny articles: every figure is printed and consistent."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsledger.cli import main

ARTICLES = [
    "Ministers meet in Oslo\n\nThe foreign ministers of Norway and Sweden met in Oslo on Monday.",
    "Leaders speak\n\nThe presidents of Chile and Peru spoke by phone on Tuesday, aides said.",
    "Pact signed\n\nKenya and Uganda signed a rail agreement in Nairobi on Friday.",
]


@pytest.fixture
def inputs(tmp_path):
    paths = []
    for i, text in enumerate(ARTICLES):
        path = tmp_path / f"a{i}.txt"
        path.write_text(text + "\n")
        paths.append(str(path))
    return paths


def test_bench_json_figures_are_sane(inputs, stages):
    args = ["bench", "--format", "json"] + [x for p in inputs for x in ("--input", p)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["articles"] == 3 and figures["workers"] == 1
    assert figures["words"] == sum(len(t.split()) for t in ARTICLES)
    for run in ("spacy", "ingest"):
        assert figures[run]["seconds"] > 0
        per_article = figures[run]["articles_per_s"] * figures[run]["seconds"]
        assert per_article == pytest.approx(3, rel=0.01)
    expected = figures["ingest"]["articles_per_s"] / figures["spacy"]["articles_per_s"]
    assert figures["ratio"] == pytest.approx(expected)
    shares = figures["stage_shares"]
    assert {"parse", "quotes", "events", "resolve", "read and store"} <= set(shares)
    assert sum(shares.values()) == pytest.approx(1.0, abs=0.01)
    assert all(0 <= v <= 1 for v in shares.values())
    assert 50 < figures["peak_memory_mb"] < 8000  # a loaded spaCy pipeline, in megabytes


def test_bench_table(inputs, stages):
    result = CliRunner().invoke(main, ["bench", "--input", inputs[0], "--articles", "1"])
    assert result.exit_code == 0, result.output
    lines = {line.split("  ")[0]: line for line in result.stdout.splitlines()}
    assert lines["articles"].split()[-1] == "1"
    for name in ("spaCy nlp.pipe", "ingest (1 worker)"):
        assert "articles/s" in lines[name] and "words/s" in lines[name]
    assert "parse" in lines["stage shares"] and lines["peak memory"].endswith(" MB")
