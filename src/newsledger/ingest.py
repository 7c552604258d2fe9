"""Ingesting as a library call: read inputs, analyse them, save them, report what happened.

The command line, `watch`, the web app and the benchmarks all call these functions; each takes
its collaborators (a ledger, loaded stages, an analyser) and a `report` callback that hears
about every article as it is stored or skipped, and returns a typed report at the end.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsledger import settings
from newsledger.background import Background, read_ahead
from newsledger.ledger import Ledger, SaveResult
from newsledger.model import Article, Skipped, to_json
from newsledger.parallel import (
    Analyser,
    Batch,
    ClusterAnalyser,
    SerialAnalyser,
    StageClock,
    WorkerPool,
)
from newsledger.pipeline import BATCH_SIZE, Stages
from newsledger.read.base import Pending
from newsledger.read.dispatch import iter_articles, reread

log = logging.getLogger(__name__)

SAVER_BATCHES = 4  # batches of analysed articles that may wait for the saving thread

OUTCOMES = ("added", "replaced", "unchanged", "duplicate", "near-duplicate")


@dataclass
class ArticleResult:
    """What storing one analysed article did."""

    article_id: str
    outcome: str  # one of OUTCOMES
    events: int = 0
    quotes: int = 0
    duplicate_of: str | None = None
    # The stored publication date kept because this input carried none (issue 11): a
    # re-ingest without --published must not drop the date the analysis was made with.
    kept_published: str | None = None

    def describe(self) -> str:
        if self.outcome == "duplicate":
            text = f"same content as {self.duplicate_of}"
        elif self.outcome == "near-duplicate":
            text = f"a copy of {self.duplicate_of}; linked, not counted again"
        else:
            text = f"{self.events} events, {self.quotes} quotes"
        if self.kept_published:
            text += f"; kept the stored date {self.kept_published} (the input gives none)"
        return text


Report = Callable[[ArticleResult | Skipped], None]


def _ignore(item: ArticleResult | Skipped) -> None:
    return None


@dataclass
class IngestReport:
    """Counts by outcome, every skipped input with its reason, and each article's result."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    skipped: list[Skipped] = field(default_factory=list)
    results: list[ArticleResult] = field(default_factory=list)

    @property
    def stored(self) -> int:
        """Articles that reached the ledger, new or already there."""
        return sum(self.counts.values())

    def add(self, item: ArticleResult | Skipped) -> None:
        if isinstance(item, ArticleResult):
            self.counts[item.outcome] += 1
            self.results.append(item)
        else:
            self.skipped.append(item)


def ingest(
    inputs: Iterable[str],
    ledger: Ledger,
    stages: Stages | None = None,
    *,
    published: str | None = None,
    allow_private: bool = False,
    workers: int = 1,
    cluster: str | None = None,
    batch_size: int = BATCH_SIZE,
    clock: StageClock | None = None,
    report: Report = _ignore,
) -> IngestReport:
    """Read, analyse and store every input (paths, URLs, '-'); each article in its own
    transaction, so an interruption keeps everything stored before it.

    `workers` > 1 analyses in that many processes, `cluster` on a Dask cluster at that
    address; either way this process alone writes the ledger, in input order, so the ledger
    is the same whatever ran the analysis. `stages` is loaded here when needed and not given.
    """
    # Worker processes and a cluster read (clean, extract) the inputs beside their analysis.
    defer = workers > 1 or bool(cluster)
    items = iter_articles(inputs, published=published, allow_private=allow_private, defer=defer)
    if cluster:
        ledger.prepare()
        return ingest_articles(items, ledger, ClusterAnalyser(cluster), batch_size, report)
    if workers > 1:
        with WorkerPool(workers, settings.article_time_budget()) as pool:
            ledger.prepare()  # while the workers load their pipelines
            return ingest_articles(items, ledger, pool, batch_size, report)
    analyser = SerialAnalyser(stages or Stages.load(), clock)
    return ingest_articles(items, ledger, analyser, batch_size, report)


def ingest_articles(
    items: Iterable[Article | Skipped],
    ledger: Ledger,
    analyser: Analyser,
    batch_size: int = BATCH_SIZE,
    report: Report = _ignore,
) -> IngestReport:
    """Analyse read articles with `analyser` and store them; skipped items are reported.

    Reading ahead and saving run on threads of their own (newsledger.background) while a
    batch is analysed, each in input order, so the ledger and the reports are those of
    doing all in line."""
    result = IngestReport()
    kept: dict[str, str] = {}

    def handle(item: Article | Skipped) -> ArticleResult | Skipped:
        if isinstance(item, Article):
            return save(ledger, item, kept_published=kept.pop(item.id, None))
        kept.pop(item.input, None)
        return item

    def note(item: ArticleResult | Skipped) -> None:
        result.add(item)
        report(item)

    # The saving queue holds a few batches: with worker processes, a put that waits for the
    # saver would also hold up giving the next task to a worker that has just finished one.
    with _saver(ledger, handle, note, SAVER_BATCHES * batch_size) as saver:

        def articles() -> Iterator[Article | Pending]:
            read = read_ahead(items, batch_size) if _threads_share(ledger) else items
            for item in _with_stored_dates(read, ledger, kept):
                if isinstance(item, Skipped):
                    saver.put(item)
                else:
                    yield item

        for analysed in analyser.map(_batches(articles(), batch_size)):
            for item in analysed:
                saver.put(item)
    return result


class _InLine:
    """Saving in the caller's thread: for a ledger each thread would see apart (in-memory)."""

    def __init__(self, handle: Callable[[Article | Skipped], ArticleResult | Skipped], done):
        self.handle, self.done = handle, done

    def put(self, item: Article | Skipped) -> None:
        self.done(self.handle(item))

    def __enter__(self) -> _InLine:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _threads_share(ledger: Ledger) -> bool:
    """Whether other threads see the same ledger: not an in-memory SQLite database, which
    SQLAlchemy gives each thread a connection (and so a database) of its own."""
    url = ledger.engine.url
    return not (url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"))


def _saver(
    ledger: Ledger,
    handle: Callable[[Article | Skipped], ArticleResult | Skipped],
    done: Callable[[ArticleResult | Skipped], None],
    depth: int,
) -> Background | _InLine:
    return Background(handle, done, depth) if _threads_share(ledger) else _InLine(handle, done)


def save(ledger: Ledger, article: Article, *, kept_published: str | None = None) -> ArticleResult:
    """Store one analysed article: the one save path of ingest, watch and reprocess."""
    saved: SaveResult = ledger.save_article(article)
    result = ArticleResult(
        article.id,
        saved.outcome,
        len(article.events),
        len(article.quotes),
        saved.duplicate_of,
        kept_published,
    )
    log.info("%s %s: %s", result.outcome, result.article_id, result.describe())
    return result


def _with_stored_dates(
    items: Iterable[Article | Pending | Skipped], ledger: Ledger, kept: dict[str, str]
) -> Iterator[Article | Pending | Skipped]:
    """Give an undated article the date stored for its id, before it is analysed (its times
    and events are read relative to that date); `kept` records each date so given.

    A pending item with a stored date is finished here: only the Article tells whether the
    input carries a date of its own."""
    for item in items:
        if isinstance(item, Skipped) or item.published:
            yield item
            continue
        stored = ledger.article(item.id)
        if stored is not None and stored.published and isinstance(item, Pending):
            item = item.complete()
        if isinstance(item, Article) and not item.published and stored and stored.published:
            item.published = kept[item.id] = stored.published
        yield item


def _batches(articles: Iterable[Article | Pending], size: int) -> Iterator[Batch]:
    batch: Batch = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- reprocess -------------------------------------------------------------------------------


@dataclass
class ReprocessReport:
    """How many stored articles got a new analysis, how many came out the same, and which
    could not be read again."""

    changed: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def reprocess(
    ledger: Ledger,
    stages: Stages,
    *,
    report: Callable[[str | Skipped], None] = lambda item: None,
) -> ReprocessReport:
    """Analyse every stored article again from its kept raw input; store the analyses that
    changed (events and statuses are rebuilt from them) and leave the others alone.

    `report` hears each article id as it is done, or the Skipped when it cannot be re-read."""
    result = ReprocessReport()
    before: dict[str, str] = {}

    def fresh() -> Iterator[Article]:
        for article_id in ledger.article_ids():
            stored = ledger.article(article_id)
            item = _reread(article_id, stored)
            if isinstance(item, Article):
                before[article_id] = json.dumps(to_json(stored, with_internal=True))
                yield item
            else:
                result.skipped.append(item)
                report(item)

    for analysed in SerialAnalyser(stages).map(_batches(fresh(), BATCH_SIZE)):
        for article in analysed:
            if json.dumps(to_json(article, with_internal=True)) == before.pop(article.id):
                result.unchanged += 1
            else:
                ledger.save_article(article, replace=True)
                log.info("reanalysed %s", article.id)
                result.changed += 1
            report(article.id)
    return result


def _reread(article_id: str, stored: Article | None) -> Article | Skipped:
    if stored is None:
        return Skipped(article_id, "gone from the ledger")
    try:
        item = reread(stored)
    except Exception as exc:  # a reader meeting stored web input: skip, never stop
        reason = " ".join(str(exc).split())[:200]
        return Skipped(article_id, f"reader failed: {type(exc).__name__}: {reason}")
    return item if isinstance(item, Article) else Skipped(item.input, item.reason)
