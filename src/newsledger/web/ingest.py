"""Ingest posted through the API: text, HTML, JSONL or a URL, through the same readers and
pipeline as `newsledger ingest`.

Posted content is written to a private temporary file named by its kind, so the readers pick
it exactly as they would pick a file on the command line; a URL goes to the project's fetcher,
which refuses loopback and private addresses (the API never offers to lift that).
"""

from __future__ import annotations

import re
import tempfile
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsledger.ledger import Ledger
from newsledger.model import Article, Skipped

if TYPE_CHECKING:
    from newsledger.pipeline import Stages

SUFFIX = {"text": ".txt", "html": ".html", "jsonl": ".jsonl"}
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class IngestReport:
    """What one request stored and what it skipped, with reasons."""

    saved: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)


class Ingester:
    """Loads the NLP pipeline on first use and runs one ingest at a time (spaCy's pipeline
    is shared by the whole server)."""

    def __init__(self, stages: Stages | None = None) -> None:
        self._stages = stages
        self._lock = threading.Lock()

    def __call__(
        self,
        ledger: Ledger,
        kind: str,
        content: str,
        name: str | None = None,
        published: str | None = None,
    ) -> IngestReport:
        from newsledger.ingest import ingest_articles
        from newsledger.parallel import SerialAnalyser
        from newsledger.pipeline import Stages
        from newsledger.read.dispatch import iter_articles

        with self._lock, tempfile.TemporaryDirectory(prefix="newsledger-api-") as folder:
            if kind == "url":
                inputs = [content]
            else:
                stem = _SAFE_NAME.sub("-", name or "posted").strip("-.") or "posted"
                path = Path(folder) / (Path(stem).stem + SUFFIX[kind])
                path.write_text(content, encoding="utf-8")
                inputs = [str(path)]

            items: list[Article | Skipped] = []
            for item in iter_articles(inputs, published=published):
                if isinstance(item, Skipped):
                    items.append(Skipped(_public(item.input, folder), item.reason))
                else:
                    item.id = _public(item.id, folder)
                    items.append(item)
            if self._stages is None and any(isinstance(i, Article) for i in items):
                self._stages = Stages.load()
            done = ingest_articles(items, ledger, SerialAnalyser(self._stages))
        return IngestReport(
            saved=[asdict(r) for r in done.results],
            skipped=[{"input": s.input, "reason": s.reason} for s in done.skipped],
        )


def _public(name: str, folder: str) -> str:
    """The id a posted document is stored under: its file name, never the temporary path."""
    return name.replace(folder + "/", "api/", 1) if name.startswith(folder) else name
