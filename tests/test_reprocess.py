"""`newsledger reprocess`: stored raw inputs are read and analysed again, nothing is lost."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsledger.cli import main
from newsledger.ledger import Ledger
from newsledger.model import Article, Skipped
from newsledger.read.dispatch import reread

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PAGE = b"""<html><head><meta charset="windows-1251"><title>Port workers end strike</title></head>
<body><nav>Home | World | Sport</nav><article><h1>Port workers end strike</h1>
<p>Dock workers in the city of Varna ended a five-day strike on Friday after the port operator
agreed to raise wages by nine percent, the union said in a statement.</p>
<p>"We got what we asked for," union leader Petar Ivanov told reporters outside the port gates.</p>
<p>The operator said cargo handling would return to normal by Monday.</p></article></body></html>
"""


def _run(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_reprocess_restores_an_outdated_analysis(tmp_path):
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    dump = sorted(EXAMPLES.glob("*.txt"))[0]
    _run("ingest", str(dump), "--db", db, "--published", "2024-05-02")
    ledger = Ledger(db)
    fresh = ledger.counts()
    stored = ledger.article(str(dump))
    assert stored.raw and stored.quotes and stored.events

    # What an older model might have stored: no quotes, no events.
    stored.quotes, stored.events = [], []
    ledger.save_article(stored, replace=True)
    assert ledger.counts()["quotes"] == 0

    result = _run("reprocess", "--db", db)
    assert "1 reanalysed, 0 unchanged, 0 skipped" in result.stderr
    assert ledger.counts() == fresh
    again = ledger.article(str(dump))
    assert again.published == "2024-05-02"  # given on the command line, not in the dump
    assert again.raw == stored.raw

    result = _run("reprocess", "--db", db)
    assert "0 reanalysed, 1 unchanged" in result.stderr


def test_reprocess_skips_articles_without_raw_input(tmp_path):
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    ledger = Ledger(db)
    ledger.save_article(Article(id="note-1", title="A note", body="A note.\n\nNothing more."))
    result = _run("reprocess", "--db", db)
    assert "skipped note-1: no raw input kept" in result.stderr
    assert ledger.counts()["articles"] == 1


def test_reread_html_keeps_what_the_page_does_not_say(tmp_path):
    path = tmp_path / "port.html"
    path.write_bytes(PAGE)
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    _run("ingest", str(path), "--db", db, "--published", "2024-03-08")
    stored = Ledger(db).article(str(path))
    again = reread(stored)
    assert not isinstance(again, Skipped)
    assert again.title == stored.title == "Port workers end strike"
    assert again.body == stored.body
    assert again.published == "2024-03-08"
    assert "Home | World | Sport" not in again.body
