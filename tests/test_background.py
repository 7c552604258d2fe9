"""Reading ahead and saving on threads of their own (newsledger.background): the order, the
errors and the reports are those of doing everything in line."""

from __future__ import annotations

import threading
import time

import pytest
from synthetic_articles import write_jsonl

from newsledger.background import Background, read_ahead
from newsledger.ingest import ingest
from newsledger.ledger import Ledger


def test_items_are_handled_in_order_and_results_come_back_on_the_callers_thread():
    handled_on, results, done_on = [], [], set()

    def handle(n: int) -> int:
        handled_on.append(threading.get_ident())
        time.sleep(0.001 * (n % 3))  # uneven work must not reorder anything
        return n * 10

    def done(value: int) -> None:
        done_on.add(threading.get_ident())
        results.append(value)

    with Background(handle, done, depth=2) as saver:
        for n in range(40):
            saver.put(n)
    assert results == [n * 10 for n in range(40)]
    assert done_on == {threading.get_ident()}
    assert threading.get_ident() not in handled_on


def test_an_error_while_saving_reaches_the_caller_and_nothing_after_it_is_saved():
    saved = []

    def handle(n: int) -> int:
        if n == 5:
            raise ValueError("disk full")
        saved.append(n)
        return n

    with pytest.raises(ValueError, match="disk full"):
        with Background(handle, lambda n: None, depth=1) as saver:
            for n in range(50):
                saver.put(n)
    assert saved == [0, 1, 2, 3, 4]


def test_what_is_queued_when_the_caller_stops_is_still_saved_and_reported():
    saved, reported = [], []

    def handle(n: int) -> int:
        time.sleep(0.01)  # the caller runs ahead and fills the queue
        saved.append(n)
        return n

    with pytest.raises(KeyboardInterrupt):
        with Background(handle, reported.append, depth=4) as saver:
            for n in range(6):
                saver.put(n)
            raise KeyboardInterrupt
    assert saved == list(range(6))
    assert reported == saved


def test_read_ahead_gives_every_item_in_order_then_the_readers_error():
    def source():
        yield from range(10)
        raise OSError("unreadable input")

    got = []
    with pytest.raises(OSError, match="unreadable input"):
        for item in read_ahead(source(), depth=3):
            got.append(item)
    assert got == list(range(10))


def test_read_ahead_stops_and_closes_the_reader_when_the_consumer_stops():
    produced, closed = [], threading.Event()

    def source():
        try:
            for n in range(10_000):
                produced.append(n)
                yield n
        finally:
            closed.set()

    ahead = read_ahead(source(), depth=2)
    assert [next(ahead) for _ in range(3)] == [0, 1, 2]
    ahead.close()
    assert closed.wait(5)
    assert len(produced) < 20  # bounded by the depth, not the input


def test_ingest_reports_on_the_callers_thread_in_input_order(stages, tmp_path):
    inputs = [str(write_jsonl(tmp_path / "a.jsonl", 5)), str(tmp_path / "missing.txt")]
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    heard: list = []
    threads: set[int] = set()

    def report(item) -> None:
        threads.add(threading.get_ident())
        heard.append(getattr(item, "article_id", None) or item.input)

    result = ingest(inputs, ledger, stages, batch_size=2, report=report)
    assert threads == {threading.get_ident()}
    # as in line: a skip is heard when reading meets it, before the batch it ended is saved
    assert heard == [f"synthetic-{i:04d}" for i in range(4)] + [inputs[1], "synthetic-0004"]
    assert result.counts["added"] == 5 and ledger.counts()["articles"] == 5
    ledger.close()


def test_an_in_memory_ledger_is_read_and_written_in_the_callers_thread(stages, tmp_path):
    """SQLAlchemy gives each thread its own in-memory SQLite database: no threads there."""
    ledger = Ledger("sqlite://")
    result = ingest([str(write_jsonl(tmp_path / "a.jsonl", 3))], ledger, stages)
    assert result.counts["added"] == 3
    assert ledger.counts()["articles"] == 3
    ledger.close()
