"""`newsledger export`: Parquet and JSONL give back exactly the events `events --format json`
prints; CSV and PLOVER carry the same events in their own shapes; filters apply."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from web_ledger import articles

from newsledger.cli import main
from newsledger.ledger import Ledger

PLOVER_FIELDS = {
    "id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text_info",
    "cite_info",
}  # fmt: skip


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ledger.db"
    ledger = Ledger(f"sqlite:///{path}")
    for article in articles():
        ledger.save_article(article)
    ledger.close()
    return str(path)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_parquet_reads_back_as_the_events_json(db, tmp_path):
    out = tmp_path / "events.parquet"
    run("export", "--db", db, "--format", "parquet", "--out", str(out))
    expected = json.loads(run("events", "--db", db, "--format", "json"))
    assert len(expected) == 2
    assert pq.read_table(out).to_pylist() == expected


def test_jsonl_is_the_events_json_one_per_line(db):
    lines = run("export", "--db", db, "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == json.loads(
        run("events", "--db", db, "--format", "json")
    )


def test_filters_apply_as_in_events(db, tmp_path):
    out = tmp_path / "disputed.parquet"
    run("export", "--db", db, "--format", "parquet", "--out", str(out), "--status", "disputed")
    rows = pq.read_table(out).to_pylist()
    assert [r["status"] for r in rows] == ["disputed"]
    expected = json.loads(run("events", "--db", db, "--format", "json", "--status", "disputed"))
    assert rows == expected
    none = run("export", "--db", db, "--format", "jsonl", "--actor", "Nobody")
    assert none == ""


def test_csv_has_one_row_per_event(db):
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--format", "csv"))))
    assert [r["type"] for r in rows] == ["CONSULT", "AGREE"]
    assert rows[0]["status"] == "disputed" and "Jon Berg (denies)" in rows[0]["sources"]


def test_plover_records_carry_the_plover_fields_status_and_sources(db):
    records = [json.loads(x) for x in run("export", "--db", db, "--format", "plover").splitlines()]
    call = next(r for r in records if r["event"] == "CONSULT")
    assert PLOVER_FIELDS <= set(call)
    assert (call["actor"], call["recipient"], call["mode"]) == ("Ana Lima", "Jon Berg", "phone")
    assert call["date"] == "2024-03-08"
    assert call["status"] == "disputed"
    assert {(s["name"], s["stance"]) for s in call["sources"]} == {
        ("Wire", "asserts"),
        ("Jon Berg", "denies"),
    }
    assert call["text_info"]["headline"] == "Lima and Berg talk fishing"
    assert [c["article_id"] for c in call["cite_info"]] == ["call.txt", "denial.txt"]


def test_export_of_a_missing_ledger_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "typo.db")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert not (tmp_path / "typo.db").exists()
