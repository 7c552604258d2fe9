"""The `events` contract of product.md: --country ISO3, --limit N, --format jsonl (and jsonl
for quotes), with --country also on `export` and /api/events."""

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from newsledger.cli import main

STORY = (
    "Ministers meet on fisheries\n\n"
    "Norwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister Alberto van "
    "Klaveren in Oslo on Monday to discuss fishing quotas, the ministry said.\n"
    "On Tuesday, Kenyan President William Ruto visited Tanzania.\n"
    '"The talks were useful," Eide told reporters.\n'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("filters")
    source = folder / "story.txt"
    source.write_text(STORY, encoding="utf-8")
    url = f"sqlite:///{folder / 'ledger.db'}"
    done = CliRunner().invoke(
        main, ["ingest", str(source), "--db", url, "--published", "2024-05-08"]
    )
    assert done.exit_code == 0, done.output
    return url


def _events(db, *args):
    result = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _countries(event):
    return {p.get("country") for p in event["actors"] + event["recipients"]}


def test_country_keeps_the_events_a_country_takes_part_in(db):
    every = _events(db)
    assert len(every) >= 2
    chile = _events(db, "--country", "chl")
    assert chile and all("CHL" in _countries(e) for e in chile)
    kenya = _events(db, "--country", "KEN")
    assert kenya and all("KEN" in _countries(e) for e in kenya)
    assert {e["id"] for e in chile}.isdisjoint(e["id"] for e in kenya)
    assert _events(db, "--country", "BRA") == []


def test_a_bad_country_code_is_one_clear_error(db):
    result = CliRunner().invoke(main, ["events", "--db", db, "--country", "Chile"])
    assert result.exit_code == 2 and "three-letter country code" in result.output


def test_limit_keeps_the_newest(db):
    every = _events(db)
    assert [e["id"] for e in _events(db, "--limit", "1")] == [every[0]["id"]]


def test_quotes_as_jsonl(db):
    result = CliRunner().invoke(main, ["quotes", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert any("Eide" in (r["speaker"] or "") and "useful" in r["text"] for r in rows)


def test_export_and_api_take_the_country_too(db):
    result = CliRunner().invoke(
        main, ["export", "--db", db, "--format", "jsonl", "--country", "KEN"]
    )
    exported = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["id"] for e in exported] == [e["id"] for e in _events(db, "--country", "KEN")]

    from newsledger.web.app import create_app

    client = TestClient(create_app(db))
    items = client.get("/api/events", params={"country": "chl"}).json()["items"]
    assert [e["id"] for e in items] == [e["id"] for e in _events(db, "--country", "CHL")]
    assert client.get("/api/events", params={"country": "Chile"}).status_code == 422


def test_actors_without_a_name_lists_the_most_active_first(db):
    result = CliRunner().invoke(main, ["actors", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    activity = [a["events"] + a["quotes"] for a in listed]
    assert activity == sorted(activity, reverse=True) and activity[0] >= 1
    every = {e["id"] for e in _events(db)}
    assert all(a["events"] <= len(every) for a in listed)
    kenyan = CliRunner().invoke(
        main, ["actors", "--db", db, "--country", "KEN", "--format", "json"]
    )
    names = [a["name"] for a in json.loads(kenyan.stdout)]
    assert names and all(a["country"] == "KEN" for a in json.loads(kenyan.stdout))
    assert any("Ruto" in n for n in names)
