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
from newsledger.model import Article, Skipped

if TYPE_CHECKING:
    from newsledger.read.fetch import Fetcher

Item = Article | Skipped


@dataclass
class ReadContext:
    """What a reader may need beyond its input, shared across a batch.

    `fetcher` reaches the pages a feed links to (None: no fetching); `repeated` are the site
    lines learnt from the batch's text dumps; `max_bytes` caps one file or record.
    """

    fetcher: Fetcher | None = None
    repeated: set[str] = field(default_factory=set)
    max_bytes: int = field(default_factory=settings.max_input_bytes)


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
