"""Monitoring: poll a list of feeds, ingest what is new, remember each feed's state.

Each feed's ETag, Last-Modified and seen entries are kept in the ledger itself, so a restarted
`watch` (or one on another machine sharing a PostgreSQL ledger) does not fetch or store anything
twice.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path

from newsledger.ingest import ArticleResult, ingest_articles
from newsledger.ledger import Ledger
from newsledger.model import Skipped
from newsledger.parallel import SerialAnalyser
from newsledger.pipeline import Stages
from newsledger.read.feeds import FeedState, poll_feed
from newsledger.read.fetch import Fetcher

FeedReport = Callable[[str, ArticleResult | Skipped], None]


def read_feed_list(path: Path) -> list[str]:
    """One feed URL or path a line; blank lines and `#` comments are ignored."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def poll_once(
    feeds: Iterable[str],
    ledger: Ledger,
    stages: Stages,
    fetcher: Fetcher,
    report: FeedReport = lambda feed, result: None,
) -> int:
    """Poll every feed once; returns how many new articles were stored."""
    added = 0
    analyser = SerialAnalyser(stages)
    for feed in feeds:
        key = f"feed:{feed}"
        stored = ledger.get_state(key)
        state = FeedState(**json.loads(stored)) if stored else None
        items, state = poll_feed(feed, state, fetcher=fetcher)
        done = ingest_articles(items, ledger, analyser, report=lambda r, f=feed: report(f, r))
        added += done.counts["added"] + done.counts["replaced"]
        ledger.set_state(key, json.dumps(asdict(state)))
    return added


def watch(
    feeds: list[str],
    ledger: Ledger,
    stages: Stages,
    *,
    interval: float,
    rounds: int | None = None,
    allow_private: bool = False,
    report: FeedReport = lambda feed, result: None,
) -> None:
    """Poll the feeds every `interval` seconds, `rounds` times (forever when None)."""
    with Fetcher(allow_private=allow_private) as fetcher:
        done = 0
        while rounds is None or done < rounds:
            started = time.monotonic()
            poll_once(feeds, ledger, stages, fetcher, report)
            done += 1
            if rounds is not None and done >= rounds:
                break
            time.sleep(max(0.0, interval - (time.monotonic() - started)))
