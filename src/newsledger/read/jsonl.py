"""JSONL records: one article per line; `text` is taken verbatim as the body (`html` is read).

Files run to gigabytes, so lines are read one at a time from the stream, each at most the input
size limit (a longer line is skipped without being held in memory). Lines end at b"\\n" only:
U+2028, U+2029 and U+0085 are legal inside a JSON string and common in scraped text, and
`str.splitlines()` would cut a record at them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from newsledger.errors import InputError
from newsledger.model import Article, Skipped
from newsledger.read.base import Item, ReadContext, Reader
from newsledger.read.html import read_html

CHUNK = 1 << 20


def read_jsonl(stream: BinaryIO, name: str, max_bytes: int | None = None) -> Iterator[Item]:
    """Yield an Article per good line; a bad line is skipped with its line number and reason."""
    limit = max_bytes or ReadContext().max_bytes
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        where = f"{name}:{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield Skipped(where, f"record larger than the limit of {limit:,} bytes")
            continue
        if line.strip():
            yield _record(line.rstrip(b"\r\n"), where)


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while (chunk := stream.readline(CHUNK)) and not chunk.endswith(b"\n"):
        pass


def _record(line: bytes, where: str) -> Item:
    try:
        record = json.loads(line.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as exc:
        return Skipped(where, f"bad JSON ({exc.msg})")
    except RecursionError:
        return Skipped(where, "bad JSON (nested too deeply)")
    if not isinstance(record, dict):
        return Skipped(where, "a record must be a JSON object")
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        article = Article(id=str(record.get("id") or where), body=text, raw=line)
        article.raw_kind = "jsonl"
    elif isinstance(html, str) and html.strip():
        try:
            article = read_html(
                html.encode("utf-8", errors="replace"), str(record.get("id") or where)
            )
        except InputError as exc:
            return Skipped(where, str(exc))
    else:
        return Skipped(where, "record has no 'text' or 'html'")
    if isinstance(record.get("title"), str):
        article.title = record["title"]
    if isinstance(record.get("published"), str):
        article.published = record["published"][:10]
    if isinstance(record.get("url"), str):
        article.url = record["url"]
    return article


def _read(stream: BinaryIO, name: str, context: ReadContext) -> Iterator[Item]:
    return read_jsonl(stream, name, context.max_bytes)


def _reread(stored: Article) -> Item:
    item = _record(stored.raw or b"", stored.id)
    if not isinstance(item, Article):
        return Skipped(stored.id, "kept JSONL record no longer reads")
    return item


def looks_like_jsonl(head: bytes) -> bool:
    """Every non-blank line of the head starts a JSON object (the last may be cut off)."""
    lines = [line for line in head.split(b"\n") if line.strip()]
    return bool(lines) and all(line.lstrip().startswith(b"{") for line in lines)


READER = Reader("jsonl", (".jsonl",), _read, sniff=looks_like_jsonl, reread=_reread)
