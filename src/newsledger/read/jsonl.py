"""JSONL records: one article per line; `text` is taken verbatim as the body."""

from __future__ import annotations

import json
from collections.abc import Iterator

from newsledger.model import Article


def read_jsonl(data: bytes, name: str) -> Iterator[Article]:
    """Yield an Article per good line; a bad line is skipped with its line number and reason."""
    from newsledger.read.dispatch import Skipped
    from newsledger.read.html import read_html

    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"bad JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield Skipped(where, "a record must be a JSON object")
            continue
        text, html = record.get("text"), record.get("html")
        if isinstance(text, str) and text.strip():
            article = Article(id=str(record.get("id") or where), body=text, raw=line.encode())
            article.raw_kind = "jsonl"
        elif isinstance(html, str) and html.strip():
            article = read_html(html.encode("utf-8"), str(record.get("id") or where))
        else:
            yield Skipped(where, "record has no 'text' or 'html'")
            continue
        if isinstance(record.get("title"), str):
            article.title = record["title"]
        if isinstance(record.get("published"), str):
            article.published = record["published"][:10]
        if isinstance(record.get("url"), str):
            article.url = record["url"]
        yield article
