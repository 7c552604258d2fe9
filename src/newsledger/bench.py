"""`newsledger bench`: how fast ingest runs next to the bare spaCy parse of the same texts.

The parse is the one cost newsledger cannot avoid, so the figure that matters is the ratio of
the two throughputs measured in one run, on one machine, under the same load; each stage's
share of the ingest says where the rest goes. The bare parse is the spaCy package as shipped
(nlp.bare): what newsledger adds to the pipeline itself counts against the ingest.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from newsledger import nlp
from newsledger.ingest import ingest_articles
from newsledger.ledger import Ledger
from newsledger.model import Skipped
from newsledger.parallel import WARM_UP, SerialAnalyser, StageClock, WorkerPool, warm_up
from newsledger.pipeline import BATCH_SIZE, Stages
from newsledger.read.dispatch import iter_articles
from newsledger.settings import article_time_budget

ROOT = Path(__file__).resolve().parents[2]
POLNEAR = ROOT.parent / "shared" / "data" / "quotes" / "polnear"


def default_inputs() -> list[str]:
    """The project's example articles and, where present, the PolNeAR texts (read in place)."""
    found = sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))
    if POLNEAR.is_dir():
        found += sorted(str(p) for p in POLNEAR.rglob("text/*.txt"))
    return found


@dataclass
class Throughput:
    seconds: float
    articles_per_s: float
    words_per_s: float


@dataclass
class BenchResult:
    articles: int
    words: int
    workers: int
    spacy: Throughput
    ingest: Throughput
    ratio: float  # ingest throughput / bare spaCy throughput
    stage_shares: dict[str, float] = field(default_factory=dict)  # of the ingest's time
    peak_memory_mb: float = 0.0

    def to_json(self) -> dict:
        return asdict(self)

    def table(self) -> str:
        def row(name: str, t: Throughput) -> str:
            return (
                f"{name:<22}{t.seconds:>8.1f} s {t.articles_per_s:>8.1f} articles/s "
                f"{t.words_per_s:>10,.0f} words/s"
            )

        shares = ", ".join(f"{k} {v:.1%}" for k, v in self.stage_shares.items())
        lines = [
            f"{'articles':<22}{self.articles:>8}",
            f"{'words':<22}{self.words:>8,}",
            row("spaCy nlp.pipe", self.spacy),
            row(f"ingest ({self.workers} worker{'s' if self.workers > 1 else ''})", self.ingest),
            f"{'ratio ingest/spaCy':<22}{self.ratio:>8.2f}",
            f"{'stage shares':<22}{shares or 'not measured with workers'}",
            f"{'peak memory':<22}{self.peak_memory_mb:>8.0f} MB",
        ]
        return "\n".join(lines) + "\n"


def run(inputs: Iterable[str], articles: int | None = None, workers: int = 1) -> BenchResult:
    """Parse the texts with the bare pipeline, then ingest them into a fresh SQLite file."""
    inputs = list(inputs)
    texts = [a.body for a in _articles(inputs, articles)]
    words = sum(len(t.split()) for t in texts)
    stages = Stages.load()

    # Both pipelines are loaded and used once before their clocks start: the figures are
    # throughputs, and a model's load is paid once per process, not per article.
    bare = nlp.bare()
    list(bare.pipe([WARM_UP]))
    started = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=BATCH_SIZE):
        pass
    spacy_seconds = time.perf_counter() - started

    clock = StageClock()
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        ledger = Ledger(f"sqlite:///{Path(folder) / 'bench.db'}")
        stack.callback(ledger.close)
        if workers > 1:  # started and loaded before the clock runs, like the bare pipeline
            analyser = stack.enter_context(WorkerPool(workers, article_time_budget()))
            ledger.prepare()
            analyser.wait_ready()
        else:
            warm_up(stages)  # what each worker process does before it says it is ready
            analyser = SerialAnalyser(stages, clock)
        started = time.perf_counter()
        ingest_articles(_articles(inputs, articles, workers > 1), ledger, analyser)
        ingest_seconds = time.perf_counter() - started

    shares: dict[str, float] = {}
    if clock.seconds:
        for stage, seconds in clock.seconds.items():
            shares[stage] = seconds / ingest_seconds
        shares["read and store"] = max(0.0, 1.0 - sum(shares.values()))
    spacy, done = (
        _throughput(spacy_seconds, texts, words),
        _throughput(ingest_seconds, texts, words),
    )
    return BenchResult(
        articles=len(texts),
        words=words,
        workers=workers,
        spacy=spacy,
        ingest=done,
        ratio=done.articles_per_s / spacy.articles_per_s if spacy.articles_per_s else 0.0,
        stage_shares=shares,
        peak_memory_mb=_peak_memory_mb(),
    )


def _articles(inputs: list[str], limit: int | None, defer: bool = False) -> Iterator:
    """The first `limit` readable articles; `defer` leaves their reading to worker processes
    as `ingest --workers` does (read.base.Pending), so only the ingest keeps pending ones."""
    read = (i for i in iter_articles(inputs, defer=defer) if not isinstance(i, Skipped))
    return islice(read, limit)


def _throughput(seconds: float, texts: list[str], words: int) -> Throughput:
    seconds = max(seconds, 1e-9)
    return Throughput(seconds, len(texts) / seconds, words / seconds)


def _peak_memory_mb() -> float:
    """The largest resident size of this process or any worker it waited for (Linux: KiB)."""
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024  # bytes there
    who = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    return max(resource.getrusage(w).ru_maxrss for w in who) * scale
