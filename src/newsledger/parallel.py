"""Analysing batches of articles: in this process, in worker processes, or on a Dask cluster.

Every analyser takes batches in input order and gives each batch back, analysed, in the same
order. The caller (`ingest`) is the single writer and saves them in that order, so the ledger
comes out identical whatever the analyser: one process, N workers or a cluster. At most a few
batches are in flight at a time, so memory stays flat however long the input.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from multiprocessing.connection import Connection, wait
from typing import Protocol

from newsledger import nlp
from newsledger.clean import dedupe
from newsledger.errors import NewsledgerError
from newsledger.model import Article, Skipped
from newsledger.pipeline import Stage, Stages, analyze_doc
from newsledger.read.base import Pending
from newsledger.read.text_dump import read_text_dump

log = logging.getLogger(__name__)

Batch = list[Article | Pending]
Analysed = list[Article | Skipped]
BATCHES_PER_WORKER = 2  # one being analysed, one waiting: workers never idle, memory bounded
# A worker takes this many articles at a time: spaCy parses 4 as fast per article as 16, and
# small tasks leave little work on one worker while the others are done at the end of a run.
TASK_SIZE = 4
# Tasks sent to a worker ahead of the one it is on: the next is in its pipe when it finishes,
# so it never waits for the parent (which also unpickles results and feeds the saver).
TASKS_PER_WORKER = 2
# Workers that may stop before they are ready (their pipeline loaded) before a run gives up.
FAILED_STARTS = 4


@dataclass
class StageClock:
    """Seconds spent in each named stage, summed over a run (for `bench`)."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def time(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started

    def timing(self, stages: Stages) -> Stages:
        """The same pipeline with each of its named stages timed."""

        def timed(name: str, step: Stage) -> Stage:
            def run(doc, article, ctx) -> None:
                with self.time(name):
                    step(doc, article, ctx)

            return run

        return replace(stages, steps={n: timed(n, s) for n, s in stages.steps.items()})


def analyze_batch(
    batch: Batch, stages: Stages, clock: StageClock | None = None
) -> Iterator[Article | Skipped]:
    """Parse the batch's articles with one `nlp.pipe` call and analyse each as its doc comes;
    a Pending item is read first and may come back Skipped. `clock` times the parse (nlp.pipe
    parses lazily, so the time falls where a doc is taken)."""
    items = [complete(item) for item in batch]
    articles = [item for item in items if isinstance(item, Article)]
    docs = nlp.parse([a.body for a in articles], batch_size=max(1, len(articles)))
    for item in items:
        if isinstance(item, Article):
            if clock is None:
                doc = next(docs)
            else:
                with clock.time("parse"):
                    doc = next(docs)
            analyze_doc(item, doc, stages)
        yield item


def signed(item: Article | Skipped) -> Article | Skipped:
    """An analysed article with its near-duplicate signature, computed where it was analysed:
    a worker process or cluster node does this beside the parse, off the single writer."""
    if isinstance(item, Article):
        item.signature = dedupe.signature(item.body)
    return item


def complete(item: Article | Pending | Skipped) -> Article | Skipped:
    """A pending item finished here (read.base.Pending); anything else as it is."""
    return item.complete() if isinstance(item, Pending) else item


class Analyser(Protocol):
    def map(self, batches: Iterable[Batch]) -> Iterator[Analysed]: ...


@dataclass
class SerialAnalyser:
    """Analysis in this process with already loaded stages (the default, and `watch`)."""

    stages: Stages
    clock: StageClock | None = None  # times the parse and each stage (for `bench`)

    def map(self, batches: Iterable[Batch]) -> Iterator[Analysed]:
        stages = self.clock.timing(self.stages) if self.clock else self.stages
        for batch in batches:
            yield list(analyze_batch(batch, stages, self.clock))


# -- worker processes ------------------------------------------------------------------------


# Analysed once by each new worker before it takes work: the first analysis loads lexicons and
# models lazily, a cost that must not count against the first article's time budget.
WARM_UP = "Warm-up\n\nThe ministers met in Geneva on Monday, a spokesman said."


def warm_up(stages: Stages) -> None:
    """Read and analyse a short text once, so that the models and lexicons loaded on first
    use are loaded before any real article's time (or a benchmark's clock) starts."""
    read_text_dump(WARM_UP, "warm-up")  # loads the line and language models
    list(analyze_batch([Article(id="warm-up", body=WARM_UP)], stages))


def _work(conn: Connection) -> None:
    """A worker process: load the pipeline once, then read and analyse each batch it is sent,
    telling the parent as each item is read and sending every article back as soon as it is
    done (the parent times each item from these messages)."""
    try:
        stages = Stages.load()
        warm_up(stages)
    except Exception as exc:  # the parent raises it; a worker has no terminal of its own
        conn.send(("error", f"{exc}"))
        return
    conn.send(("ready", None))
    while (task := conn.recv()) is not None:
        try:
            read = []
            for item in task:
                read.append(complete(item))
                conn.send(("read", None))
            for article in analyze_batch(read, stages):
                conn.send(("article", signed(article)))
        except Exception:
            conn.send(("error", traceback.format_exc()))
            return
        conn.send(("done", None))


@dataclass
class _Task:
    """A run of articles of one input batch: `slot` is where its first article goes."""

    batch: int
    slot: int
    articles: Batch


class _Worker:
    """One worker process and the tasks sent to it, oldest (the one being worked on) first."""

    def __init__(self, context) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.tasks: deque[_Task] = deque()
        self.read = 0  # items of the current task read so far (a Pending is read in the worker)
        self.done = 0  # articles of the current task sent back so far
        self.since = 0.0  # when the current item's reading or analysis began, by our clock

    @property
    def task(self) -> _Task | None:
        """The task being worked on."""
        return self.tasks[0] if self.tasks else None

    def give(self, task: _Task) -> None:
        if not self.tasks:
            self.read, self.done, self.since = 0, 0, time.monotonic()
        self.tasks.append(task)
        self.conn.send(task.articles)

    def finished(self) -> None:
        """The current task is done: the next one sent, already in the worker's pipe, begins."""
        self.tasks.popleft()
        self.read, self.done, self.since = 0, 0, time.monotonic()

    def culprit(self) -> int:
        """The item of the task being worked on: the one being read, once all are read the
        one being analysed."""
        assert self.task is not None
        return self.read if self.read < len(self.task.articles) else self.done

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _one_by_one(tasks: deque[_Task], last: int) -> deque[_Task]:
    """The `last` tasks of a run cut to an article each: the workers then finish within about
    one article of each other instead of one idling while another works through a whole task."""
    keep = len(tasks) - last
    cut = [
        _Task(t.batch, t.slot + i, [item])
        for n, t in enumerate(tasks)
        if n >= keep
        for i, item in enumerate(t.articles)
    ]
    return deque([t for n, t in enumerate(tasks) if n < keep] + cut)


class WorkerPool:
    """N worker processes (spawned, so nothing of the parent's state leaks in), each loading
    the pipeline once. An article whose analysis takes longer than `budget` seconds is skipped
    with its reason and its worker replaced; the rest of its batch goes to another worker."""

    def __init__(self, workers: int, budget: float):
        self.size, self.budget = workers, budget
        self.failed_starts = 0
        self.context = multiprocessing.get_context("spawn")
        self.workers: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        self.workers = [_Worker(self.context) for _ in range(self.size)]
        return self

    def __exit__(self, *exc) -> None:
        for worker in self.workers:
            worker.stop(kill=exc[0] is not None)
        self.workers = []

    def wait_ready(self) -> None:
        """Block until every worker has loaded its pipeline (for timing the work alone)."""
        while not all(w.ready for w in self.workers):
            self._receive({})
            self._enforce_budget({}, deque())  # replaces a worker that stopped while loading

    def map(self, batches: Iterable[Batch]) -> Iterator[Analysed]:
        source = iter(batches)
        slots: dict[int, list[Article | Skipped | None]] = {}
        waiting: deque[_Task] = deque()
        read = emitted = 0
        exhausted = False
        while True:
            while not exhausted and read - emitted < BATCHES_PER_WORKER * self.size:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    waiting = _one_by_one(waiting, 2 * self.size)
                    break
                slots[read] = [None] * len(batch)
                for start in range(0, len(batch), TASK_SIZE):
                    waiting.append(_Task(read, start, batch[start : start + TASK_SIZE]))
                read += 1
            while emitted in slots and all(s is not None for s in slots[emitted]):
                yield slots.pop(emitted)  # type: ignore[misc]
                emitted += 1
            if exhausted and emitted == read:
                return
            for worker in self.workers:
                while worker.ready and len(worker.tasks) < TASKS_PER_WORKER and waiting:
                    worker.give(waiting.popleft())
            self._receive(slots)
            self._enforce_budget(slots, waiting)

    def _receive(self, slots: dict[int, list]) -> None:
        """Take every message the workers have sent, waiting a little when there is none."""
        by_conn = {w.conn: w for w in self.workers}
        for conn in wait(list(by_conn), timeout=0.2):
            worker = by_conn[conn]
            try:
                kind, value = conn.recv()
            except (EOFError, OSError):
                continue  # the process died; _enforce_budget replaces it
            if kind == "ready":
                worker.ready = True
            elif kind == "error":
                raise RuntimeError(f"a worker process failed: {value}")
            elif kind == "read":
                worker.read += 1
                worker.since = time.monotonic()
            elif kind == "article":
                task = worker.task
                slots[task.batch][task.slot + worker.done] = value
                worker.done += 1
                worker.since = time.monotonic()
            elif kind == "done":
                worker.finished()

    def _failed_start(self) -> None:
        """A worker stopped before its pipeline was loaded. Once is bad luck (it is replaced);
        again and again means no worker can start, and replacing them would loop forever."""
        self.failed_starts += 1
        if self.failed_starts >= FAILED_STARTS:
            raise NewsledgerError(
                f"worker processes stopped {self.failed_starts} times before they were ready; "
                "a script that starts workers must guard its entry point with "
                "`if __name__ == '__main__':` (processes are spawned and import it anew)"
            )

    def _enforce_budget(self, slots: dict[int, list], waiting: deque[_Task]) -> None:
        now = time.monotonic()
        for i, worker in enumerate(self.workers):
            task = worker.task
            died = not worker.process.is_alive()
            if task is None and not died:
                continue
            if task is not None and not died and now - worker.since <= self.budget:
                continue
            if died and not worker.ready:
                self._failed_start()
            if task is not None:
                culprit = worker.culprit()
                item = task.articles[culprit]
                reason = (
                    "the worker analysing it stopped"
                    if died
                    else f"analysis took over {self.budget:g} s (NEWSLEDGER_ARTICLE_TIME_BUDGET)"
                )
                log.warning("skipping %s: %s; replacing the worker", item.id, reason)
                slots[task.batch][task.slot + culprit] = Skipped(item.id, reason)
                # The rest goes to other workers, in order: what was read but not yet
                # analysed before the culprit, what follows it, then the tasks queued behind.
                done, articles = worker.done, task.articles
                rest = [
                    _Task(task.batch, task.slot + done, articles[done:culprit]),
                    _Task(task.batch, task.slot + culprit + 1, articles[culprit + 1 :]),
                    *list(worker.tasks)[1:],
                ]
                waiting.extendleft(reversed([t for t in rest if t.articles]))
            worker.stop(kill=True)
            self.workers[i] = _Worker(self.context)


# -- a Dask cluster --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _process_stages() -> Stages:
    """The pipeline of a cluster worker process, loaded by its first task and kept."""
    return Stages.load()


def analyze_on_worker(batch: Batch) -> Batch:
    """The task a Dask worker runs: importable, so the cluster's processes can unpickle it."""
    return [signed(item) for item in analyze_batch(batch, _process_stages())]


@dataclass
class ClusterAnalyser:
    """Batches analysed on a Dask distributed cluster; results come back to this process,
    which stays the single writer of the ledger."""

    address: str

    def map(self, batches: Iterable[Batch]) -> Iterator[Analysed]:
        from distributed import Client

        try:
            client = Client(self.address, set_as_default=False, timeout=30)
        except OSError as exc:
            raise NewsledgerError(
                f"cannot reach the Dask cluster at {self.address}: {exc}"
            ) from exc
        with client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            log.info("cluster %s: %d workers", self.address, workers)
            in_flight: deque = deque()
            for batch in batches:
                in_flight.append(client.submit(analyze_on_worker, batch, pure=False))
                if len(in_flight) >= BATCHES_PER_WORKER * workers:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
