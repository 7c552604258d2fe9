"""`newsledger.ingest` as a library call, and the command line's errors around it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from synthetic_articles import write_jsonl

from newsledger.cli import main
from newsledger.ingest import ArticleResult, ingest
from newsledger.ledger import Ledger
from newsledger.model import Skipped
from newsledger.progress import Progress

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_ingest_reports_each_article_and_counts(stages, tmp_path):
    inputs = [str(write_jsonl(tmp_path / "a.jsonl", 3)), str(tmp_path / "missing.txt")]
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    heard: list = []
    report = ingest(inputs, ledger, stages, report=heard.append)
    assert report.counts["added"] == 3 and report.stored == 3
    assert [s.input for s in report.skipped] == [inputs[1]]
    assert [r.article_id for r in report.results] == [f"synthetic-{i:04d}" for i in range(3)]
    assert all(r.events >= 1 for r in report.results)
    assert len(heard) == 4 and isinstance(heard[0], Skipped)

    again = ingest(inputs[:1], ledger, stages)
    assert again.counts["unchanged"] == 3 and again.counts["added"] == 0
    assert ledger.counts()["articles"] == 3


def test_reingest_without_date_keeps_the_stored_date(stages, tmp_path):
    """Issue 11: an input with no date must not replace a dated analysis with an undated one."""
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    dump = sorted(EXAMPLES.glob("*.txt"))[0]
    first = ingest([str(dump)], ledger, stages, published="2024-05-02")
    assert first.counts["added"] == 1
    events_before = [e.date.value for e in ledger.events() if e.date]

    again = ingest([str(dump)], ledger, stages)
    (result,) = again.results
    assert result.kept_published == "2024-05-02"
    assert result.outcome == "unchanged"  # the same text with the same date: nothing to do
    assert "kept the stored date 2024-05-02" in result.describe()
    assert ledger.article(str(dump)).published == "2024-05-02"
    assert [e.date.value for e in ledger.events() if e.date] == events_before

    # A changed record without a date is re-analysed as of the stored date.
    record = {
        "id": "r1",
        "text": "Kenya and Poland signed a trade pact on Monday.",
        "published": "2024-04-03",
    }
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record) + "\n")
    ingest([str(path)], ledger, stages)
    del record["published"]
    record["text"] += " The pact covers coffee."
    path.write_text(json.dumps(record) + "\n")
    (changed,) = ingest([str(path)], ledger, stages).results
    assert changed.outcome == "replaced" and changed.kept_published == "2024-04-03"
    assert ledger.article("r1").published == "2024-04-03"


def test_cli_says_what_it_kept(tmp_path):
    db = str(tmp_path / "l.db")
    dump = str(sorted(EXAMPLES.glob("*.txt"))[0])
    runner = CliRunner()
    assert (
        runner.invoke(main, ["ingest", dump, "--db", db, "--published", "2024-05-02"]).exit_code
        == 0
    )
    result = runner.invoke(main, ["ingest", dump, "--db", db])
    assert result.exit_code == 0
    assert "kept the stored date 2024-05-02" in result.stderr


def test_query_on_missing_database_is_an_error_and_creates_nothing(tmp_path):
    db = tmp_path / "typo.db"
    for command in ("events", "quotes"):
        result = CliRunner().invoke(main, [command, "--db", str(db)])
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: no ledger at ")
        assert len(result.stderr.strip().splitlines()) == 1
    assert not db.exists()


def test_unsupported_database_url_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(main, ["events", "--db", "mysql://x/y"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "Error: unsupported database URL 'mysql://x/y': use a path, sqlite:///PATH or "
        "postgresql://..."
    )


def test_every_input_skipped_exits_nonzero(tmp_path):
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "none.txt"), "--db", str(tmp_path / "l.db")]
    )
    assert result.exit_code == 1
    assert "skipped" in result.stderr and "Error: nothing ingested" in result.stderr


def test_verbose_shows_each_article_quiet_hides_summary(tmp_path):
    db = str(tmp_path / "l.db")
    path = str(write_jsonl(tmp_path / "a.jsonl", 2))
    loud = CliRunner().invoke(main, ["-v", "ingest", path, "--db", db])
    assert loud.exit_code == 0
    assert "added synthetic-0000:" in loud.stderr and "added synthetic-0001:" in loud.stderr
    quiet = CliRunner().invoke(main, ["-q", "ingest", path, "--db", db])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_ctrl_c_exits_130(tmp_path):
    """A real process interrupted while it waits for stdin: one line, exit 130."""
    db = tmp_path / "l.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsledger.cli", "ingest", "-", "--db", str(db)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not db.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)  # the ledger is opened inside the command, after every import
    assert db.exists(), process.stderr.read() if process.poll() is not None else "not started"
    os.kill(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "interrupted"
    assert "Traceback" not in stderr


def test_progress_lines_off_a_terminal():
    import io

    stream = io.StringIO()
    progress = Progress(stream, interval=0.0, live=False)
    progress(ArticleResult("a", "added"))
    progress(Skipped("b", "empty"))
    lines = stream.getvalue().splitlines()
    assert lines[-1].startswith("ingested 1 articles, 1 skipped, ")
    assert lines[-1].endswith(" articles/s")


def test_ctrl_c_inside_a_database_call_still_exits_130():
    """Ctrl-C while the ledger opens reaches the CLI as the database's cleanup error (a
    StoreError whose context is the KeyboardInterrupt): it is still an interruption."""
    import click
    from click.testing import CliRunner

    from newsledger.cli import Group
    from newsledger.errors import StoreError

    @click.group(cls=Group)
    def group() -> None:
        pass

    @group.command()
    def opening() -> None:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise StoreError("cannot open database: invalid transaction") from None

    @group.command()
    def failing() -> None:
        raise StoreError("cannot open database: disk full")

    interrupted = CliRunner().invoke(group, ["opening"])
    assert interrupted.exit_code == 130 and "interrupted" in interrupted.output
    failed = CliRunner().invoke(group, ["failing"])
    assert failed.exit_code == 1 and "Error: cannot open database: disk full" in failed.output
