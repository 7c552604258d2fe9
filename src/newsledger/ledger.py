"""The ledger as a library object: open it by URL, save analysed articles, query it.

It composes the store's Repository (rows in and out, the write lock), the merge service (which
event a mention joins) and the near-duplicate index (which stored article a syndicated copy
repeats). Each article is saved in one transaction holding the write lock, so several processes
can ingest into one ledger and a crash mid-batch keeps every article committed before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from newsledger.clean import dedupe
from newsledger.errors import StoreError
from newsledger.model import Article, Event
from newsledger.resolve.merge_service import MergeService
from newsledger.store.repository import ActorCount, Repository, StoredQuote, Writer, reason

__all__ = ["Ledger", "SaveResult", "StoreError", "StoredQuote", "content_hash"]


@dataclass
class SaveResult:
    """What saving one article did: added, replaced (new content), or unchanged/duplicate."""

    article_id: str
    outcome: str  # added | replaced | unchanged | duplicate | near-duplicate
    events: list[str] = field(default_factory=list)
    duplicate_of: str | None = None


def content_hash(article: Article) -> str:
    """Identity of an article's content: the same text and date ingested twice is one article."""
    return dedupe.content_hash(
        "\x1f".join([article.title or "", article.published or "", article.body])
    )


class Ledger:
    """A ledger database at a URL: a path, ``sqlite:///PATH`` or ``postgresql://...``.

    `create=False` is for read-only commands: a SQLite file that does not exist is an error
    ("no ledger at PATH") instead of a new empty ledger.
    """

    def __init__(self, url: str, create: bool = True):
        self.url = url
        self.repository = Repository(url, create=create)
        self.merger = MergeService()
        self._near: dedupe.NearDuplicateIndex | None = None
        self._near_seen: str | None = None  # ingested_at of the newest signature loaded

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for read-only queries beyond these methods (web, search)."""
        return self.repository.engine

    def close(self) -> None:
        self.repository.close()

    # -- writing ---------------------------------------------------------------------------

    def save_article(self, article: Article, replace: bool = False) -> SaveResult:
        """Store an analysed article and merge its event mentions into the ledger.

        `replace` stores a new analysis of an article already here even when its text is the
        same (`reprocess` with a better model); otherwise the same text is left unchanged.
        Another process saving the same article at the same time finds it stored and reports
        it unchanged (or a duplicate), never a constraint error.
        """
        digest = content_hash(article)
        signature = article.signature or dedupe.signature(article.body)
        near = self._near_duplicates()  # the bulk load happens outside the lock
        try:
            with self.repository.writing() as w:
                self._refresh(w, near)
                existing = w.articles_like(article.id, digest)
                for row in existing:
                    if row.content_hash == digest and not (replace and row.id == article.id):
                        outcome = "unchanged" if row.id == article.id else "duplicate"
                        return SaveResult(article.id, outcome, duplicate_of=row.id)
                copy_of = near.find_signature(signature)
                if copy_of == article.id:
                    copy_of = None
                replaced = bool(existing)
                if replaced:
                    for event_id in sorted(w.remove_article(article.id)):
                        self.merger.rebuild(w, event_id)
                w.insert_article(article, digest, signature, copy_of)
                touched = [] if copy_of else self.merger.merge_article(w, article, digest)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot save {article.id}: {reason(exc)}") from exc
        if copy_of:
            return SaveResult(article.id, "near-duplicate", duplicate_of=copy_of)
        near.add_signature(article.id, signature)
        return SaveResult(article.id, "replaced" if replaced else "added", touched)

    def prepare(self) -> None:
        """Load what saving needs before the first article comes (MergeService.prepare) and
        the near-duplicate index of what is stored."""
        self.merger.prepare()
        self._near_duplicates()

    def _near_duplicates(self) -> dedupe.NearDuplicateIndex:
        """The index of stored originals, built from their signatures on first use."""
        if self._near is None:
            self._near = dedupe.NearDuplicateIndex()
            self._add_originals(self._near, self.repository.originals_since(None))
        return self._near

    def _refresh(self, w: Writer, near: dedupe.NearDuplicateIndex) -> None:
        """Add the originals stored since the last look, by this process or another one."""
        self._add_originals(near, w.originals_since(self._near_seen))

    def _add_originals(
        self, near: dedupe.NearDuplicateIndex, rows: list[tuple[str, bytes, str]]
    ) -> None:
        for article_id, signature, ingested_at in rows:
            near.add_signature(article_id, signature)
            self._near_seen = max(self._near_seen or ingested_at, ingested_at)

    # -- state kept for readers --------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        return self.repository.get_state(key)

    def set_state(self, key: str, value: str) -> None:
        self.repository.set_state(key, value)

    # -- reading -----------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.repository.has_article(article_id)

    def article_ids(self) -> list[str]:
        """Every stored article's id, oldest ingestion first."""
        return self.repository.article_ids()

    def article(self, article_id: str) -> Article | None:
        return self.repository.article(article_id)

    def articles(self, limit: int | None = None, offset: int = 0) -> list[Article]:
        """Stored articles, newest publication first, a page at a time."""
        return self.repository.articles(limit, offset)

    def event(self, event_id: str) -> Event | None:
        return self.repository.event(event_id)

    def events(
        self,
        actors: Iterable[str] = (),
        type: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        country: str | None = None,
    ) -> list[Event]:
        """Ledger events, newest first (undated ones, usually fresh reports, before dated ones);
        every named actor must take part, and with `country` a participant of that country."""
        return self.repository.events(actors, type, status, since, until, limit, offset, country)

    def actor_counts(
        self, country: str | None = None, limit: int | None = None
    ) -> list[ActorCount]:
        """Participants and speakers with their event and quote counts, most active first."""
        return self.repository.actor_counts(country, limit)

    def actor_names(self) -> list[str]:
        """Every participant and speaker name, sorted (for completion and filter lists)."""
        return self.repository.actor_names()

    def quotes(self, speaker: str | None = None, search: str | None = None) -> list[StoredQuote]:
        """Stored quotations, newest first."""
        return self.repository.quotes(speaker, search)

    def counts(self) -> dict[str, int]:
        """Number of articles, events and quotes."""
        return self.repository.counts()
