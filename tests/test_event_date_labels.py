"""An event the text does not date has a window ending at publication (product.md); the table,
the CSV and the web pages show that window instead of an empty cell or "undated"."""

import csv
import io

from click.testing import CliRunner

from newsledger.cli import main
from newsledger.model import EventDate
from newsledger.output import date_label

STORY = (
    "Fishing talks in Oslo\n\n"
    "The foreign ministers of Norway and Chile met in Oslo to discuss fishing quotas.\n"
    "On Friday, the Chilean minister flew to Lima.\n"
)


def _ingest(tmp_path):
    source = tmp_path / "story.txt"
    source.write_text(STORY, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    result = CliRunner().invoke(
        main, ["ingest", str(source), "--db", db, "--published", "2024-03-10"]
    )
    assert result.exit_code == 0, result.output
    return db


def test_an_undated_event_shows_the_window_it_falls_in(tmp_path):
    db = _ingest(tmp_path)
    table = CliRunner().invoke(main, ["events", "--db", db, "--type", "CONSULT"]).output
    row = next(line for line in table.splitlines() if "CONSULT" in line)
    assert row.startswith("≤2024-03-10")

    text = CliRunner().invoke(main, ["events", "--db", db, "--format", "csv"]).output
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["type"] == "CONSULT"]
    assert rows and rows[0]["date_end"] == "2024-03-10"
    assert rows[0]["date_approximate"] == "True"
    assert rows[0]["date_start"] < "2024-03-10"


def test_labels_keep_a_given_date_and_mark_only_approximate_windows():
    assert date_label(EventDate("Friday", "2024-03-08", "2024-03-08", "2024-03-08")) == "2024-03-08"
    assert date_label(EventDate(None, None, "2024-02-09", "2024-03-10", approximate=True)) == (
        "≤2024-03-10"
    )
    assert date_label(EventDate("last week", None, "2024-02-26", "2024-03-03")) == (
        "2024-02-26/2024-03-03"
    )
    assert date_label(None) is None
