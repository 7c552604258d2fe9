"""The project's own example articles, through the same code as any other article.

Each `examples/NAME.txt` has an analyst's expectation file; `benchmarks/examples.py` scores
the whole list. These tests hold the floor: what an analyst must get from every article.
"""

import importlib.util
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.pipeline import analyze
from newsledger.read.dispatch import iter_articles

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.expected.yaml"))


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "examples_bench", ROOT / "benchmarks" / "examples.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score_article


score_article = _scorer()


@pytest.fixture(scope="module")
def results(stages):
    out = {}
    for expected_path in EXAMPLES:
        expected = yaml.safe_load(expected_path.read_text())
        text = expected_path.with_name(expected_path.name.replace(".expected.yaml", ".txt"))
        (article,) = iter_articles([str(text)], published=str(expected["published"]))
        out[text.name] = (next(analyze([article], stages)).to_json(), expected)
    return out


def share(counts, family):
    ok, n = counts.get(family, (0, 0))
    return ok / n if n else 1.0


def test_there_are_enough_examples():
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("name", [p.name.replace(".expected.yaml", ".txt") for p in EXAMPLES])
def test_each_example(results, name):
    result, expected = results[name]
    counts = score_article(result, expected)["counts"]
    assert result["title"] == expected["title"]
    assert share(counts, "furniture kept apart") >= 0.8
    assert share(counts, "quotes found") >= 0.8
    stances = {q["stance"] for q in result["quotes"]}
    stances |= {s["stance"] for e in result["events"] for s in e["sources"]}
    assert stances & {"denies", "hedges"}, "every example has a denial or a hedged claim"
    assert result["events"], "every example has events"
    for record in result["times"]:
        assert result["body"][record["start"] : record["end"]] == record["text"]
    for quote in result["quotes"]:
        # A quotation split by its attribution keeps each piece's exact span; its text joins them.
        pieces = [result["body"][p["start"] : p["end"]] for p in quote.get("parts") or [quote]]
        assert all(piece in quote["text"] for piece in pieces), quote


def test_examples_overall(results):
    totals: dict[str, list[int]] = {}
    for result, expected in results.values():
        for family, (ok, n) in score_article(result, expected)["counts"].items():
            totals.setdefault(family, [0, 0])
            totals[family][0] += ok
            totals[family][1] += n
    assert share(totals, "time values right") >= 0.9
    assert share(totals, "quote speakers right") >= 0.8
    assert share(totals, "events found") >= 0.6


def test_examples_ledger(tmp_path):
    db = str(tmp_path / "examples.db")
    runner = CliRunner()
    for line in (ROOT / "examples" / "published.tsv").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, published = line.split("\t")
        result = runner.invoke(
            main, ["ingest", str(ROOT / "examples" / name), "--db", db, "--published", published]
        )
        assert result.exit_code == 0, result.output
    result = runner.invoke(
        main, ["events", "--db", db, "--actor", "Macron", "--actor", "Scholz", "--format", "json"]
    )
    pair = json.loads(result.stdout)
    assert len(pair) >= 3
    starts = [e["date"]["start"] for e in pair if e["date"] and e["date"]["start"]]
    assert starts == sorted(starts, reverse=True)
    assert {e["evidence"][0]["article_id"] for e in pair} >= {
        str(ROOT / "examples" / "franco_german_meseberg.txt"),
        str(ROOT / "examples" / "astana_central_asia_summit.txt"),
    }
    everything = json.loads(runner.invoke(main, ["events", "--db", db, "--format", "json"]).stdout)
    assert {"disputed", "denied"} & {e["status"] for e in everything}
    for event in everything:
        for p in event["actors"] + event["recipients"]:
            assert p["name"].lower() not in {"our", "we", "it", "its", "this", "they"}, p
