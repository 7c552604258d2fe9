"""The command line, run as users run it (click's runner, a real SQLite file, real spaCy)."""

import json

import pytest
from click.testing import CliRunner

from newsledger.cli import main


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner, *args):
    return runner.invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_analysis(seed_path):
    result = CliRunner().invoke(
        main, ["analyze", str(seed_path), "--published", "2024-11-11", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_seed_title_and_furniture(seed_analysis):
    assert seed_analysis["title"] == "Peskov denies rumors of Putin-Trump phone call"
    tickers = [f["text"] for f in seed_analysis["furniture"] if f["kind"] == "ticker"]
    assert tickers == ["3.77 BYN", "2.96 BYN", "3.47 BYN"]
    for ticker in tickers:
        assert ticker not in seed_analysis["body"]


def test_seed_offsets_index_the_body(seed_analysis):
    body = seed_analysis["body"]
    for key in ("entities", "times", "quotes"):
        for record in seed_analysis[key]:
            # A quotation interrupted by its attribution joins its parts' exact spans.
            pieces = [body[p["start"] : p["end"]] for p in record.get("parts") or [record]]
            assert record["text"] in (" ".join(pieces), " … ".join(pieces)), record
    for event in seed_analysis["events"]:
        assert body[event["start"] : event["end"]] == event["sentence"]


def test_seed_quotes_attributed(seed_analysis):
    body = seed_analysis["body"]
    by_text = {body[p["start"] : p["end"]]: q for q in seed_analysis["quotes"] for p in q["parts"]}
    by_text |= {q["text"].strip(): q for q in seed_analysis["quotes"]}
    for text in ("There was no conversation,", "This is completely untrue, it is pure fiction."):
        assert by_text[text]["speaker"] == "Dmitry Peskov"
        assert by_text[text]["kind"] == "direct"
    quotes = seed_analysis["quotes"]
    partial = [q for q in quotes if "within two, maximum three months" in q["text"]]
    assert partial and partial[0]["speaker"] == "Vladimir Putin"


def test_seed_times(seed_analysis):
    values = {t["text"].lower(): t["value"] for t in seed_analysis["times"]}
    assert values["july 2020"] == "2020-07"
    assert values["july 2018"] == "2018-07"
    assert values["february 12, 2022"] == "2022-02-12"
    assert values["this summer"] == "2024-SU"


def _names(participants):
    return {p["name"] for p in participants}


def test_seed_events(seed_analysis):
    events = seed_analysis["events"]
    pair = {"Vladimir Putin", "Donald Trump"}
    calls = [e for e in events if e["type"] == "CONSULT" and _names(e["actors"]) >= pair]
    disputed = [e for e in calls if e["status"] == "disputed"]
    assert disputed, calls
    stances = {(s["name"], s["stance"]) for e in disputed for s in e["sources"]}
    assert ("Dmitry Peskov", "denies") in stances
    assert {("The Washington Post", "asserts"), ("Reuters", "asserts")} <= stances
    dates = {e["date"]["value"] for e in calls if e["date"]}
    assert {"2020-07", "2018-07"} <= dates
    helsinki = [e for e in calls if e["date"] and e["date"]["value"] == "2018-07"]
    assert helsinki[0]["location"] == "Helsinki"
    biden = [
        e
        for e in events
        if e["type"] == "CONSULT" and _names(e["actors"]) >= {"Vladimir Putin", "Joe Biden"}
    ]
    assert any(e["date"] and e["date"]["value"] == "2022-02-12" for e in biden)
    letters = [e for e in events if e["type"] == "COMMUNICATE" and e["mode"] == "letter"]
    assert any("Joe Biden" in _names(e["actors"]) for e in letters)


def test_ingest_twice_then_query_pair(runner, seed_path, tmp_path):
    db = str(tmp_path / "ledger.db")
    for _ in range(2):
        result = invoke(runner, "ingest", str(seed_path), "--db", db, "--published", "2024-11-11")
        assert result.exit_code == 0, result.output
    assert "unchanged" in result.stderr
    result = invoke(
        runner, "events", "--db", db, "--actor", "Putin", "--actor", "Trump", "--format", "json"
    )
    events = json.loads(result.stdout)
    assert len(events) >= 3
    assert [e["status"] for e in events].count("disputed") == 1
    starts = [e["date"]["start"] for e in events if e["date"] and e["date"]["start"]]
    assert starts == sorted(starts, reverse=True)
    table = invoke(runner, "events", "--db", db, "--actor", "Putin", "--actor", "Trump")
    assert "disputed" in table.stdout
    csv_out = invoke(runner, "events", "--db", db, "--status", "disputed", "--format", "csv")
    assert csv_out.stdout.count("\n") == 2
    quotes = invoke(runner, "quotes", "--db", db, "--speaker", "Peskov", "--format", "json")
    assert any("pure fiction" in q["text"] for q in json.loads(quotes.stdout))


@pytest.mark.parametrize(
    "content, reason",
    [(None, "no such file"), (b"", "empty"), (b"\x00\x01\x02\xff" * 200, "binary")],
)
def test_bad_input_is_one_line_and_nonzero(runner, tmp_path, content, reason):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = invoke(runner, "analyze", str(path))
    assert result.exit_code != 0
    assert reason in result.stderr
    assert "Traceback" not in result.output


def test_bad_jsonl_line_skipped_rest_stored(runner, tmp_path):
    db = str(tmp_path / "l.db")
    first = tmp_path / "first.txt"
    first.write_text("Ministers meet\n\nThe foreign ministers met in Oslo on Monday.\n")
    assert invoke(runner, "ingest", str(first), "--db", db).exit_code == 0
    records = tmp_path / "records.jsonl"
    records.write_text(
        '{"id": "r1", "text": "The two presidents spoke by phone on Tuesday.", '
        '"published": "2024-05-02"}\n{not json\n'
    )
    result = invoke(runner, "ingest", str(records), "--db", db)
    assert result.exit_code == 0
    assert "records.jsonl:2" in result.stderr and "bad JSON" in result.stderr
    assert "ledger: 2 articles" in result.stderr


def test_bad_date_option_is_rejected(runner, tmp_path):
    result = invoke(runner, "events", "--db", str(tmp_path / "x.db"), "--since", "yesterday")
    assert result.exit_code == 2
    assert "not a date" in result.output


def test_every_command_has_help(runner):
    for command in ("analyze", "ingest", "events", "quotes", "resolve"):
        result = invoke(runner, command, "--help")
        assert result.exit_code == 0 and "Example" in result.output


def test_huge_text_is_skipped_with_reason(runner, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Ministers met in Oslo on Monday to discuss fishing quotas.\n" * 20000)
    result = invoke(runner, "analyze", str(path))
    assert result.exit_code == 1
    assert "text too long" in result.stderr
