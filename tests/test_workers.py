"""`ingest --workers N`: the ledger is the same whatever N, and a slow article is cut off."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from synthetic_articles import write_jsonl

from newsledger.cli import main
from newsledger.ingest import ingest
from newsledger.ledger import Ledger
from newsledger.model import to_json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def snapshot(ledger: Ledger) -> dict:
    """The whole ledger in canonical JSON: events (ids, statuses, sources, evidence), quotes
    and counts."""
    events = sorted(json.dumps(to_json(e), sort_keys=True) for e in ledger.events())
    quotes = sorted(json.dumps(q, sort_keys=True, default=str) for q in ledger.quotes())
    return {"events": events, "quotes": quotes, "counts": ledger.counts()}


def inputs(tmp_path: Path, count: int) -> list[str]:
    dumps = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    return dumps + [str(write_jsonl(tmp_path / "short.jsonl", count))]


def test_one_and_two_workers_give_the_same_ledger(tmp_path):
    runner = CliRunner()
    ledgers = []
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.db")
        args = ["ingest", *inputs(tmp_path, 20), "--db", db, "--published", "2024-11-11"]
        result = runner.invoke(main, [*args, "--workers", str(workers)])
        assert result.exit_code == 0, result.output
        assert "ledger: 26 articles" in result.stderr
        ledgers.append(snapshot(Ledger(f"sqlite:///{db}")))
    assert ledgers[0]["counts"]["events"] > 20
    assert ledgers[0] == ledgers[1]


def test_article_over_the_time_budget_is_skipped_and_the_rest_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_ARTICLE_TIME_BUDGET", "4")
    sentence = "The ministers of Kenya and Poland met in Nairobi on Monday to discuss trade. "
    slow = {"id": "long-report", "text": sentence * 3000, "published": "2024-03-04"}
    path = write_jsonl(tmp_path / "short.jsonl", 4)
    path.write_text(path.read_text() + json.dumps(slow) + "\n")
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    report = ingest([str(path)], ledger, workers=2, batch_size=1)
    assert [s.input for s in report.skipped] == ["long-report"]
    assert "analysis took over 4 s (NEWSLEDGER_ARTICLE_TIME_BUDGET)" in report.skipped[0].reason
    assert report.counts["added"] == 4
    assert sorted(ledger.article_ids()) == [f"synthetic-{i:04d}" for i in range(4)]


def test_tasks_queued_behind_a_slow_article_go_to_another_worker(tmp_path, monkeypatch):
    """Each worker holds a task in its pipe behind the one it is on: when it is replaced for
    going over the budget, that queued task is analysed elsewhere, not lost."""
    monkeypatch.setenv("NEWSLEDGER_ARTICLE_TIME_BUDGET", "4")
    sentence = "The ministers of Kenya and Poland met in Nairobi on Monday to discuss trade. "
    slow = {"id": "long-report", "text": sentence * 3000, "published": "2024-03-04"}
    lines = write_jsonl(tmp_path / "short.jsonl", 7).read_text().splitlines()
    lines.insert(1, json.dumps(slow))
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    report = ingest([str(path)], ledger, workers=2, batch_size=1)
    assert [s.input for s in report.skipped] == ["long-report"]
    assert sorted(ledger.article_ids()) == [f"synthetic-{i:04d}" for i in range(7)]


def test_the_last_tasks_are_cut_to_one_article_each_keeping_their_slots():
    from collections import deque

    from newsledger.parallel import _one_by_one, _Task

    tasks = deque([_Task(0, 0, ["a", "b", "c"]), _Task(0, 3, ["d", "e"]), _Task(1, 0, ["f"])])
    cut = list(_one_by_one(tasks, 2))
    assert cut[0] == tasks[0]  # earlier tasks keep their size: spaCy parses them together
    assert [(t.batch, t.slot, t.articles) for t in cut[1:]] == [
        (0, 3, ["d"]),
        (0, 4, ["e"]),
        (1, 0, ["f"]),
    ]
