"""What a reader is, and the helpers every reader shares; readers import this, never dispatch.

A reader turns one kind of input (text dump, page, JSONL, WARC, feed ...) into Articles, and
says when it cannot with a `Skipped`: a batch never stops on one bad input. Each reader module
declares one `Reader` and the registry lists them, so adding a kind of input is one new module
plus one registry line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from newsledger import settings
from newsledger.errors import NewsledgerError
from newsledger.model import Article, Skipped

if TYPE_CHECKING:
    from newsledger.read.fetch import Fetcher

Item = Article | Skipped
# Longer than any news article, and spaCy's own default ceiling (its memory grows with length).
MAX_BODY_CHARS = 1_000_000


@dataclass
class Pending:
    """An input read but not yet made into an Article.

    The costly part of reading (cleaning a dump's lines, extracting a page) is left to the
    process that analyses it: with worker processes, the one reading process would otherwise
    do it for all of them while they wait. `finish` must pickle: a functools.partial of a
    module-level function over the input's bytes. Where a date stored for the same id may
    apply, ingest completes the item at once, since only the finished Article tells whether
    the input carries a date of its own."""

    id: str
    finish: Callable[[], Item]
    published: str | None = None  # the batch's date, filled in when the article has none

    def complete(self) -> Item:
        """The Article, or a Skipped with the same reasons as reading it at once."""
        try:
            item = self.finish()
        except Exception as exc:  # a reader meeting arbitrary input: skip, never stop
            return Skipped(self.id, failure_reason(exc))
        return checked(item, self.published)


def checked(item: Item, published: str | None) -> Item:
    """Skip an Article with no text or too much of it; fill in the batch's date."""
    if not isinstance(item, Article):
        return item
    if not item.body.strip():
        return Skipped(item.id, "no article text found")
    if len(item.body) > MAX_BODY_CHARS:
        return Skipped(
            item.id,
            f"text too long for one article ({len(item.body):,} characters; "
            f"the limit is {MAX_BODY_CHARS:,})",
        )
    if published and not item.published:
        item.published = published
    return item


def failure_reason(exc: Exception) -> str:
    """Why a reader failed on an input, in one line (the reason its Skipped gives)."""
    if isinstance(exc, NewsledgerError):
        return str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "cannot decode text (unknown encoding)"
    if isinstance(exc, RecursionError):
        return "reader failed: input nested too deeply"
    return f"reader failed: {type(exc).__name__}: {one_line(exc)}"


@dataclass
class ReadContext:
    """What a reader may need beyond its input, shared across a batch.

    `fetcher` reaches the pages a feed links to (None: no fetching); `repeated` are the site
    lines learnt from the batch's text dumps; `max_bytes` caps one file or record; `defer`
    lets readers leave their costly part to whoever analyses the article (Pending).
    """

    fetcher: Fetcher | None = None
    repeated: set[str] = field(default_factory=set)
    max_bytes: int = field(default_factory=settings.max_input_bytes)
    defer: bool = False  # readers that can may yield Pending items (for worker processes)


@dataclass(frozen=True)
class Reader:
    """One kind of input.

    `read(stream, name, context)` yields the input's Articles and Skipped items from an open
    binary stream; readers of small inputs read it whole (with `read_capped`), readers of large
    ones (JSONL, WARC) read it piece by piece. `sniff(head)` says from the first bytes of an
    unnamed input (stdin, a URL without a content type) whether it is this kind. `reread`
    reads a stored Article's kept raw bytes again (None: this kind keeps no raw input).
    `binary` marks kinds whose data is not text (a gzipped archive), so no text check applies.
    """

    kind: str
    suffixes: tuple[str, ...]
    read: Callable[[BinaryIO, str, ReadContext], Iterator[Item]]
    sniff: Callable[[bytes], bool] = lambda head: False
    reread: Callable[[Article], Item] | None = None
    binary: bool = False


def read_capped(stream: BinaryIO, name: str, limit: int) -> bytes | Skipped:
    """The whole stream if it is at most `limit` bytes and looks like text, else a Skipped."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        return Skipped(name, f"input larger than the limit of {limit:,} bytes")
    if not data.strip():
        return Skipped(name, "empty input")
    if looks_binary(data):
        return Skipped(name, "binary data, not text or HTML")
    return data


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first block mean it is not text.

    UTF-16 and UTF-32 text has NUL bytes too, so a byte-order mark clears the suspicion.
    """
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > len(head) * 0.05


# Control bytes other than tab, newline, vertical tab, form feed and carriage return.
_CONTROLS = bytes([*range(9), *range(14, 32)])


def one_line(exc: BaseException) -> str:
    """An exception's message on one line, short enough for a report."""
    return " ".join(str(exc).split())[:200] or type(exc).__name__
