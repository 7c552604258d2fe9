"""The server keeps answering reads, search included, while another writer ingests into the
same ledger; once the writer is done, search finds everything it saved."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from databases import postgres_url
from web_ledger import articles, served

from newsledger.ledger import Ledger
from newsledger.model import Article
from newsledger.web import create_app

MAX_ARTICLES = 90  # under the API's page limit of 100 hits
READ_ROUNDS = 2  # rounds of reads that must complete while the writer is still saving
PAUSE_S = 0.02  # between saves: far less than the NLP of one article


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    with postgres_url() as pg:
        yield pg


def test_reads_keep_answering_during_a_large_ingest(url):
    ledger = Ledger(url)
    for article in articles():
        ledger.save_article(article)
    writer = Ledger(url)  # another writer, as `newsledger ingest` in another process would be
    done = threading.Event()
    rounds_during_ingest = 0
    saved: list[int] = []
    failures: list[BaseException] = []

    def ingest() -> None:
        # Saves go on until the reader has done its rounds. A real ingest spends most of its
        # time in the NLP between saves (in other processes); a short pause stands for it, so
        # that this thread does not starve the server's of the interpreter lock.
        try:
            for n in range(MAX_ARTICLES):
                if n >= 10 and rounds_during_ingest >= READ_ROUNDS:
                    break
                writer.save_article(
                    Article(id=f"batch-{n:03d}.txt", title=f"Sturgeon report {n}",
                            published="2024-08-01", body=f"Sturgeon numbers, part {n} of many.")
                )  # fmt: skip
                saved.append(n)
                time.sleep(PAUSE_S)
        except BaseException as exc:  # reported by the assertion below
            failures.append(exc)
        finally:
            done.set()

    statuses = []
    with served(create_app(url, ledger)) as base, httpx.Client(base_url=base, timeout=30) as web:
        paths = ("/api/events", "/api/search?q=sturgeon", "/events", "/")
        statuses += [web.get(path).status_code for path in paths]  # warm: templates, index
        thread = threading.Thread(target=ingest)
        thread.start()
        while not done.is_set():
            statuses += [web.get(path).status_code for path in paths]
            rounds_during_ingest += not done.is_set()
        thread.join()
        final = web.get("/api/search", params={"q": "sturgeon", "limit": 100}).json()["items"]
    writer.close()
    ledger.close()
    assert failures == []
    assert rounds_during_ingest >= READ_ROUNDS and set(statuses) == {200}
    assert len(final) == len(saved)
