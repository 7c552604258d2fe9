"""The command line as the specification writes it, at the edges a user's script meets: one
line on stderr for each error, `resolve FILE.jsonl --format json` as one JSON document,
`export` taking the `events` filters (--limit too), a typed Parquet schema, and a file's id
being the path as given. Texts are invented for these tests."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from web_ledger import articles

from newsledger.cli import main
from newsledger.ledger import Ledger

MEETING = (
    "Lima and Berg meet in Oslo\n\n"
    "President Ana Lima met Prime Minister Jon Berg in Oslo on Tuesday, her office said.\n"
)


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ledger.db"
    ledger = Ledger(f"sqlite:///{path}")
    for article in articles():
        ledger.save_article(article)
    ledger.close()
    return str(path)


@pytest.mark.parametrize(
    "args, said",
    [
        (["--since", "2024-13-01"], "'--since'"),
        (["--until", "last week"], "'--until'"),
        (["--format", "xml"], "'--format'"),
        (["--limit", "0"], "'--limit'"),
        (["--no-such-option"], "--no-such-option"),
    ],
)
def test_a_usage_error_is_one_line_naming_the_help(db, args, said):
    result = run("events", "--db", db, *args, ok=False)
    assert result.exit_code == 2
    (line,) = stderr_lines(result)
    assert line.startswith("Error: ") and said in line
    assert "events --help" in line
    assert result.stdout == ""


def test_a_good_option_near_the_bad_one_still_runs(db):
    result = run("events", "--db", db, "--since", "2024-03", "--format", "jsonl")
    assert [json.loads(x)["type"] for x in result.stdout.splitlines()] == ["CONSULT"]


@pytest.mark.parametrize(
    "content, reason",
    [(None, "no such file"), (b"", "empty input"), (b"\x00\x9f\xfe\x01" * 300, "binary")],
)
@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_one_unreadable_input_is_one_error_line(tmp_path, command, content, reason):
    path = tmp_path / "story.txt"
    if content is not None:
        path.write_bytes(content)
    extra = ["--db", str(tmp_path / "l.db")] if command == "ingest" else []
    result = run(command, str(path), *extra, ok=False)
    assert result.exit_code == 1
    (line,) = stderr_lines(result)
    assert line.startswith("Error: nothing ") and str(path) in line and reason in line
    assert "Traceback" not in result.output


def test_several_unreadable_inputs_each_say_why(tmp_path):
    first, second = tmp_path / "gone.txt", tmp_path / "blank.txt"
    second.write_text("")
    result = run("analyze", str(first), str(second), ok=False)
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        f"skipped {first}: no such file",
        f"skipped {second}: empty input",
        "Error: nothing analysed: every input was skipped",
    ]


def test_an_unreadable_input_beside_a_good_one_is_a_skip_not_an_error(tmp_path):
    good = tmp_path / "meeting.txt"
    good.write_text(MEETING)
    result = run("ingest", str(tmp_path / "gone.txt"), str(good), "--db", str(tmp_path / "l.db"))
    lines = stderr_lines(result)
    assert lines[0] == f"skipped {tmp_path / 'gone.txt'}: no such file"
    assert lines[-1].startswith("1 added")


def test_resolve_a_file_as_json_is_one_json_list(tmp_path):
    mentions = tmp_path / "mentions.jsonl"
    mentions.write_text(
        '{"id": "a", "text": "the US president", "date": "2020-07-01"}\n'
        '{"id": "b", "text": "the US president", "date": "2022-02-12"}\n'
    )
    answers = json.loads(run("resolve", str(mentions), "--format", "json").stdout)
    assert [(a["id"], a["name"]) for a in answers] == [("a", "Donald Trump"), ("b", "Joe Biden")]
    assert set(answers[0]) == {"id", "text", "name", "kind", "country", "sector", "role"}
    lines = run("resolve", str(mentions), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["a", "b"]


def test_resolve_one_mention_as_json_is_one_object():
    answer = json.loads(run("resolve", "the US president", "--date", "2020-07-01").stdout)
    assert answer["name"] == "Donald Trump" and answer["id"] is None


def test_export_takes_limit_like_events(db):
    newest = run("export", "--db", db, "--format", "jsonl", "--limit", "1").stdout.splitlines()
    listed = json.loads(run("events", "--db", db, "--format", "json", "--limit", "1").stdout)
    assert [json.loads(x) for x in newest] == listed and len(listed) == 1
    every = run("export", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert len(every) == 2


def test_parquet_columns_are_typed_from_the_event_model(db, tmp_path):
    out = tmp_path / "events.parquet"
    run("export", "--db", db, "--format", "parquet", "--out", str(out))
    schema = pq.read_schema(out)
    # No event of this ledger has recipients or contexts: still lists of actors and strings.
    assert str(schema.field("recipients").type.value_type) == (
        "struct<name: string, country: string, sector: string>"
    )
    assert pa.types.is_list(schema.field("contexts").type)
    assert schema.field("contexts").type.value_type == pa.string()
    empty = tmp_path / "none.parquet"
    run("export", "--db", db, "--format", "parquet", "--out", str(empty), "--type", "ASSAULT")
    table = pq.read_table(empty)
    assert table.num_rows == 0 and table.schema.equals(schema)


def test_a_file_id_is_the_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "meeting.txt").write_text(MEETING)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "inner.txt").write_text(MEETING.replace("Oslo", "Bergen"))
    result = run("analyze", "./meeting.txt", "meeting.txt", "folder", "--format", "jsonl")
    ids = [json.loads(x)["id"] for x in result.stdout.splitlines()]
    assert ids == ["./meeting.txt", "meeting.txt", "folder/inner.txt"]


def test_a_speaker_mention_leaves_out_the_blank_before_it(tmp_path):
    """A record's text is the body verbatim, leading blanks included; the speaker mention is
    the name, its offsets the name's. The same text without the blank reads the same."""
    sentence = "Norway denied that its navy had tracked a foreign submarine near Bodo.\n"
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"id": "padded", "text": "  " + sentence, "published": "2024-06-01"})
        + "\n"
        + json.dumps({"id": "plain", "text": sentence, "published": "2024-06-01"})
        + "\n"
    )
    found = {}
    for line in run("analyze", str(records), "--format", "jsonl").stdout.splitlines():
        doc = json.loads(line)
        (quote,) = doc["quotes"]
        assert doc["body"][quote["speaker_start"] : quote["speaker_end"]] == quote["speaker_text"]
        found[doc["id"]] = (quote["speaker_text"], quote["speaker_start"], quote["speaker"])
    assert found == {"padded": ("Norway", 2, "Norway"), "plain": ("Norway", 0, "Norway")}


def test_an_entity_leaves_out_the_blank_line_after_it(pipeline):
    """The recogniser may run an entity on into the blank line after a headline's last word;
    the entity is the word. An entity with no blank at its edges is left as it is, and one
    that is nothing but blanks is dropped."""
    from spacy.tokens import Doc, Span

    from newsledger.nlp import entity_edges

    words = ["Talks", "with", "Lima", "\n\n", "OSLO", "\n"]
    doc = Doc(pipeline.vocab, words=words, spaces=[True, True, False, False, False, False])
    doc.ents = [
        Span(doc, 2, 4, label="PERSON"),
        Span(doc, 4, 5, label="GPE"),
        Span(doc, 5, 6, label="DATE"),
    ]
    assert [(e.text, e.label_) for e in entity_edges(doc).ents] == [
        ("Lima", "PERSON"),
        ("OSLO", "GPE"),
    ]
    assert "newsledger_entity_edges" in pipeline.pipe_names


def test_quotes_csv_has_the_same_columns_with_and_without_hits(db):
    every = run("quotes", "--db", db, "--format", "csv").stdout.splitlines()
    none = run("quotes", "--db", db, "--search", "no such words here", "--format", "csv").stdout
    assert len(every) > 1
    assert none.splitlines() == every[:1]
    assert {"speaker", "speaker_text", "cue", "text"} <= set(every[0].split(","))
