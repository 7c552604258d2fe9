"""Reading left to the worker processes (read.base.Pending): the same articles, the same
skips, and a slow input skipped on its own, never a neighbour."""

from __future__ import annotations

import json
import pickle
from functools import partial
from pathlib import Path

from slow_inputs import read_slowly

from newsledger.ingest import ingest
from newsledger.ledger import Ledger
from newsledger.model import Article, Skipped, to_json
from newsledger.parallel import WorkerPool
from newsledger.read.base import Pending
from newsledger.read.dispatch import iter_articles

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

PAGE = b"""<!doctype html><html><head><title>Harbour deal signed</title></head><body>
<nav>Home | World | Business</nav><article><h1>Harbour deal signed</h1>
<p>The transport ministers of Chile and Peru signed a harbour agreement in Lima on Monday,
officials said. The deal covers fees, pilots and shared inspections of container ships.</p>
<p>Both governments said the agreement would take effect next year.</p></article>
<footer>Copyright 2024 Example News</footer></body></html>"""


def _inputs(tmp_path: Path) -> list[str]:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    furniture_only = tmp_path / "menu.txt"
    furniture_only.write_text("Home\nSubscribe\nLog in\n", encoding="utf-8")
    dumps = sorted(str(p) for p in EXAMPLES.glob("*.txt"))[:3]
    return [*dumps, str(page), str(furniture_only)]


def _canonical(item: Article | Skipped) -> str:
    if isinstance(item, Skipped):
        return f"skipped {item.input}: {item.reason}"
    return json.dumps(to_json(item, with_internal=True), sort_keys=True, default=str)


def test_pending_items_finish_into_what_reading_at_once_gives(tmp_path):
    inputs = _inputs(tmp_path)
    at_once = list(iter_articles(inputs, published="2024-05-06"))
    deferred = list(iter_articles(inputs, published="2024-05-06", defer=True))
    assert any(isinstance(item, Pending) for item in deferred)
    finished = [
        pickle.loads(pickle.dumps(item)).complete() if isinstance(item, Pending) else item
        for item in deferred
    ]
    assert [_canonical(i) for i in finished] == [_canonical(i) for i in at_once]
    assert any(isinstance(i, Skipped) for i in at_once)  # the furniture-only dump
    assert sum(isinstance(i, Article) for i in at_once) == 4
    assert all(i.published for i in at_once if isinstance(i, Article))


def test_a_reader_failure_in_a_pending_item_is_a_skip_with_a_reason():
    def broken() -> Article:
        raise ValueError("bad bytes\nat offset 3")

    item = Pending("broken.txt", broken).complete()
    assert isinstance(item, Skipped)
    assert item.reason == "reader failed: ValueError: bad bytes at offset 3"


def test_workers_read_and_analyse_and_give_the_same_ledger_as_one_process(tmp_path):
    inputs = _inputs(tmp_path)
    results = []
    for workers in (1, 2):
        ledger = Ledger(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        report = ingest(inputs, ledger, workers=workers, published="2024-05-06", batch_size=2)
        events = sorted(json.dumps(to_json(e), sort_keys=True) for e in ledger.events())
        results.append((report.counts, [s.input for s in report.skipped], events))
    assert results[0][0]["added"] == 4
    assert results[0] == results[1]


def test_a_slow_read_in_a_worker_skips_that_input_alone():
    body = "The ministers of Ghana and Togo met in Lome on Monday to discuss border trade."
    batch = [
        Pending("first", partial(read_slowly, 0.0, "first", body)),
        Pending("stuck", partial(read_slowly, 60.0, "stuck", body)),
        Pending("third", partial(read_slowly, 0.0, "third", body)),
    ]
    with WorkerPool(1, budget=3.0) as pool:
        (analysed,) = list(pool.map([batch]))
    assert [type(item).__name__ for item in analysed] == ["Article", "Skipped", "Article"]
    assert analysed[1].input == "stuck"
    assert "took over 3 s" in analysed[1].reason
    assert analysed[0].events and analysed[2].events
