"""WARC archives: each HTML page captured with status 200 becomes an Article, streaming.

Archives run to gigabytes, so records are read one at a time and never the whole file. A
damaged record must not cost the rest of the archive: in a `.warc.gz` every record is its own
gzip member, so the members are walked here one by one (a corrupt member is skipped and reading
resumes at the next member; a file cut off mid-member ends with a `Skipped` for the rest); in a
plain `.warc` an unreadable record is skipped by searching for the next `WARC/` header line.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from io import BytesIO
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsledger import settings
from newsledger.errors import InputError
from newsledger.model import Skipped
from newsledger.read.base import Item, ReadContext, Reader
from newsledger.read.html import read_html

CHUNK = 1 << 20
HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_LINE = b"\nWARC/1."


def read_warc(stream: BinaryIO, name: str, max_bytes: int | None = None) -> Iterator[Item]:
    """Yield an Article per HTML response record in `stream` (gzipped or plain), or a Skipped.

    A record larger than `max_bytes` (default: the input size limit) is skipped.
    """
    limit = max_bytes or settings.max_input_bytes()
    head = stream.read(CHUNK)
    if head.startswith(GZIP_MAGIC[:2]):
        yield from _gzip_members(head, stream, name, limit)
    elif head.startswith(b"WARC/"):
        yield from _plain_records(head, stream, name, limit)
    else:
        yield Skipped(name, "not a WARC archive (no WARC/ header or gzip data at the start)")


def _gzip_members(head: bytes, stream: BinaryIO, name: str, limit: int) -> Iterator[Item]:
    """Decompress member by member; each complete member is parsed as one record."""
    pending, offset = head, 0  # compressed bytes not yet fed; file offset of the current member
    while True:
        if not pending:
            pending = stream.read(CHUNK)
            if not pending:
                return
        member, pending, consumed, error = _one_member(pending, stream, limit)
        where = f"{name}@{offset}"
        if error == "truncated":
            yield Skipped(where, "truncated gzip data: the rest of the archive is skipped")
            return
        if error:
            yield Skipped(where, f"corrupt gzip member ({error}); skipped to the next one")
            skipped, pending = _seek_member(pending, stream)
            offset += consumed + 1 + skipped  # the search starts one byte into the bad data
            continue
        offset += consumed
        if member is None:
            yield Skipped(where, f"record larger than the limit of {limit:,} bytes")
            continue
        yield from _records(BytesIO(member), name, where, limit)


def _one_member(
    pending: bytes, stream: BinaryIO, limit: int
) -> tuple[bytes | None, bytes, int, str | None]:
    """(record bytes or None if over the cap, unread compressed bytes, bytes consumed, error)."""
    decompressor = zlib.decompressobj(wbits=31)
    parts: list[bytes] | None = []
    size = consumed = 0
    data = pending
    while True:
        try:
            out = decompressor.decompress(data)
        except zlib.error as exc:
            return None, data[1:], consumed, str(exc)
        consumed += len(data) - len(decompressor.unused_data)
        size += len(out)
        if parts is not None:
            parts.append(out)
            if size > limit:
                parts = None
        if decompressor.eof:
            member = b"".join(parts) if parts is not None else None
            return member, decompressor.unused_data, consumed, None
        data = stream.read(CHUNK)
        if not data:
            return None, b"", consumed, "truncated"


def _seek_member(pending: bytes, stream: BinaryIO) -> tuple[int, bytes]:
    """Skip to the next gzip header: (bytes skipped, data starting at it, or b"" at the end)."""
    skipped = 0
    while pending:
        found = pending.find(GZIP_MAGIC)
        if found >= 0:
            return skipped + found, pending[found:]
        keep = len(GZIP_MAGIC) - 1  # a header may straddle two chunks
        skipped += len(pending) - keep
        pending = pending[-keep:] + stream.read(CHUNK)
        if len(pending) <= keep:
            return skipped + len(pending), b""
    return skipped, b""


def _plain_records(head: bytes, stream: BinaryIO, name: str, limit: int) -> Iterator[Item]:
    """Records of an uncompressed WARC; after a broken one, resume at the next `WARC/` line.

    Resuming needs a seekable file; from a pipe the rest of the archive is skipped instead.
    """
    if not stream.seekable():
        yield from _records(_Prefixed(head, stream), name, name, limit)
        return
    position = stream.tell() - len(head)
    while position is not None:
        stream.seek(position)
        iterator = ArchiveIterator(stream)
        record_start = position - 1
        try:
            for record in iterator:
                record_start = iterator.offset
                item = _record_item(record, name, f"{name}@{record_start}", limit)
                if item is not None:
                    yield item
            return
        except ArchiveLoadFailed as exc:
            reason = f"unreadable WARC record ({_first_line(exc)}); skipped to the next one"
            yield Skipped(f"{name}@{iterator.offset}", reason)
        # Search from just after the last record that started well (or where this pass began),
        # so the position always moves forward.
        position = _find_line(stream, max(record_start, position) + 1)


def _find_line(stream: BinaryIO, start: int) -> int | None:
    """Offset of the next line starting with `WARC/1.` at or after `start`, or None."""
    stream.seek(start)
    carried, base = b"", start
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return None
        data = carried + chunk
        found = data.find(WARC_LINE)
        if found >= 0:
            return base + found + 1
        carried = data[-len(WARC_LINE) :]
        base += len(data) - len(carried)


def _records(stream: BinaryIO, name: str, where: str, limit: int) -> Iterator[Item]:
    try:
        for record in ArchiveIterator(stream):
            item = _record_item(record, name, where, limit)
            if item is not None:
                yield item
    except ArchiveLoadFailed as exc:
        yield Skipped(where, f"unreadable WARC record ({_first_line(exc)})")


def _record_item(record, name: str, where: str, limit: int) -> Item | None:
    """An Article for a 200 HTML response, a Skipped for a broken one, None for other records."""
    if not record.format.startswith("warc"):  # warcio reads a garbage header line as ARC
        return Skipped(where, "not a WARC record")
    if record.rec_type != "response":
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or name
    http = record.http_headers
    if http is None or not (http.protocol or "").startswith("HTTP/"):
        return Skipped(uri, "response record without valid HTTP headers")
    if http.get_statuscode() != "200":
        return None
    content_type = (http.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    if content_type not in HTML_TYPES:
        return None
    try:
        payload = record.content_stream().read(limit + 1)
    except (OSError, ValueError, zlib.error) as exc:
        return Skipped(uri, f"cannot read the record's payload ({exc})")
    if len(payload) > limit:
        return Skipped(uri, f"record larger than the limit of {limit:,} bytes")
    missing = getattr(record.raw_stream, "limit", 0)  # warcio counts down what is left to read
    if missing > 0:
        return Skipped(uri, f"truncated WARC record ({missing:,} bytes missing)")
    if not payload.strip():
        return Skipped(uri, "empty HTML payload")
    try:
        article = read_html(payload, uri, url=uri)
    except InputError as exc:
        return Skipped(uri, str(exc))
    article.fetched_at = record.rec_headers.get_header("WARC-Date")
    return article


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class _Prefixed:
    """A read-only stream: `head` (bytes already read to sniff the format), then `stream`."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head, self._stream, self._position = head, stream, 0

    def read(self, size: int = -1) -> bytes:
        if self._position < len(self._head):
            end = len(self._head) if size < 0 else min(len(self._head), self._position + size)
            data = self._head[self._position : end]
        else:
            data = self._stream.read(size)
        self._position += len(data)
        return data

    def tell(self) -> int:
        return self._position


def _read(stream: BinaryIO, name: str, context: ReadContext) -> Iterator[Item]:
    return read_warc(stream, name, context.max_bytes)


def looks_like_warc(head: bytes) -> bool:
    """A WARC header line, or gzip data (a `.warc.gz` piped in)."""
    return head.startswith((GZIP_MAGIC[:2], b"WARC/"))


# Pages are kept (and re-read) as HTML, so an archive itself has no reread.
READER = Reader("warc", (".warc", ".warc.gz"), _read, sniff=looks_like_warc, binary=True)
