"""Choose the reader for each input (by extension or URL scheme) and yield Articles.

Every input either becomes one or more Articles or a `Skipped` with a one-line reason, so a
batch never stops on one bad file and the caller can report what was left out.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger.model import Article


@dataclass
class Skipped:
    """An input (or a record inside one) that was not read, and why."""

    input: str
    reason: str


def iter_articles(
    inputs: Iterable[str], *, published: str | None = None, allow_private: bool = False
) -> Iterator[Article | Skipped]:
    """Read each input in turn; `published` fills in a date the input does not carry."""
    for name in inputs:
        for item in _read_one(name, allow_private=allow_private):
            if isinstance(item, Article) and published and not item.published:
                item.published = published
            yield item


def _read_one(name: str, *, allow_private: bool) -> Iterator[Article | Skipped]:
    from newsledger.read.html import read_html
    from newsledger.read.jsonl import read_jsonl
    from newsledger.read.text_dump import read_text_dump

    if name == "-":
        data = sys.stdin.buffer.read()
        yield from _checked(name, data, lambda d: [read_text_dump(_decode(d), name, raw=d)])
        return
    path = Path(name)
    if not path.exists():
        yield Skipped(name, "no such file")
        return
    if path.is_dir():
        yield Skipped(name, "is a directory (pass the files inside it)")
        return
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(name, f"cannot read: {exc.strerror or exc}")
        return
    if suffix in (".html", ".htm"):
        yield from _checked(name, data, lambda d: [read_html(d, name)])
    elif suffix == ".jsonl":
        yield from _checked(name, data, lambda d: read_jsonl(d, name))
    elif suffix in (".txt", ".text", ""):
        yield from _checked(name, data, lambda d: [read_text_dump(_decode(d), name, raw=d)])
    else:
        yield Skipped(name, f"unsupported input type {suffix!r} (use .txt, .html, .jsonl)")


def _checked(name, data: bytes, read) -> Iterator[Article | Skipped]:
    if not data.strip():
        yield Skipped(name, "empty input")
        return
    if _looks_binary(data):
        yield Skipped(name, "binary data, not text or HTML")
        return
    try:
        for item in read(data):
            if isinstance(item, Article) and not item.body.strip():
                yield Skipped(item.id, "no article text found")
            else:
                yield item
    except UnicodeDecodeError:
        yield Skipped(name, "cannot decode text (unknown encoding)")


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first block mean it is not text."""
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def _decode(data: bytes) -> str:
    from newsledger.clean.encoding import decode

    return decode(data)
