"""Find the reader for each input (by file name, URL or content) and yield Articles.

Every input either becomes one or more Articles or a `Skipped` with a one-line reason, so a
batch never stops on one bad file and the caller can report what was left out. Inputs: files
of any registered kind (read.registry), directories (their files, recursively, in sorted
order), `http(s)://` URLs (a page, or a feed when the response is one) and `-` for stdin (its
kind recognised from the content). Inputs are read one at a time and large ones as streams,
so memory does not grow with the size of a batch.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from newsledger.model import Article, Skipped
from newsledger.read import registry
from newsledger.read.base import (
    Item,
    Pending,
    ReadContext,
    Reader,
    checked,
    failure_reason,
    looks_binary,
)
from newsledger.read.fetch import Fetcher, FetchError

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Site lines are learnt from at most this many text dumps of a batch, so that learning them
# costs bounded memory and time however large the batch is.
SITE_SAMPLE = 200
_HEAD = 4096


def iter_articles(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    allow_private: bool = False,
    defer: bool = False,
) -> Iterator[Item | Pending]:
    """Read each input in turn; `published` fills in a date the input does not carry.

    `defer` lets the readers of files leave their costly part (cleaning, extraction) to the
    process that analyses the article: some items are then `Pending` (read.base).

    URLs (and the pages of feed entries) are fetched with one Fetcher for the whole batch, so
    each site's robots.txt is read once; `allow_private` lets it reach private addresses.
    When several text dumps are given, lines that repeat across their stories are taken for
    site furniture (clean.site_lines).
    """
    inputs = list(inputs)
    context = ReadContext(defer=defer)
    context.repeated = _site_boilerplate(inputs, context.max_bytes)
    with Fetcher(allow_private=allow_private) as fetcher:
        context.fetcher = fetcher
        for name in inputs:
            for item in _read_input(name, context):
                if isinstance(item, Pending):
                    yield _dated(item, published)
                else:
                    yield checked(item, published)


def _dated(item: Pending, published: str | None) -> Pending:
    item.published = item.published or published
    return item


def _read_input(name: str, context: ReadContext) -> Iterator[Item]:
    if name == "-":
        stdin = sys.stdin.buffer
        if not hasattr(stdin, "peek"):  # a replaced stdin (embedding, tests) may not buffer
            stdin = io.BufferedReader(stdin)
        yield from _read_stream(None, stdin, name, context)
    elif name.lower().startswith(("http://", "https://")):
        yield from _guarded(name, _read_url(name, context))
    elif "://" in name:
        yield Skipped(name, f"unsupported URL scheme {name.split('://', 1)[0]!r}")
    else:
        for path in _files(Path(name)):
            if isinstance(path, Skipped):
                yield Skipped(name, path.reason) if path.input == str(Path(name)) else path
            else:
                # A file named on the command line keeps the name as given ("./a.txt" is its
                # id, not Path's "a.txt"); files found under a directory are named by the walk.
                given = name if not path.is_dir() and Path(name) == path else None
                yield from _read_file(path, context, given)


def _files(path: Path) -> Iterator[Path | Skipped]:
    """`path` itself, or the files under a directory: depth first, sorted, hidden ones left out.

    One directory is listed at a time, so a tree of many files is walked as it is read.
    Links to directories are not followed (a link loop must not walk forever).
    """
    if not path.is_dir():
        yield path if path.exists() else Skipped(str(path), "no such file")
        return
    try:
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except OSError as exc:
        yield Skipped(str(path), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _files(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _read_file(path: Path, context: ReadContext, given: str | None = None) -> Iterator[Item]:
    name = given or str(path)
    reader = registry.by_path(path)
    if reader is None:
        supported = registry.suffixes()
        yield Skipped(name, f"unsupported input type {path.suffix.lower()!r} (use {supported})")
        return
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Skipped(name, f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        yield from _read_stream(reader, stream, name, context)


def _read_stream(
    reader: Reader | None, stream: BinaryIO, name: str, context: ReadContext
) -> Iterator[Item]:
    """Read a buffered stream with `reader` (None: recognise it from its first bytes)."""
    head = stream.peek(_HEAD)[:_HEAD] if hasattr(stream, "peek") else b""
    reader = reader or registry.by_content(head)
    if not reader.binary and looks_binary(head):
        yield Skipped(name, "binary data, not text or HTML")
        return
    count = 0
    for item in _guarded(name, reader.read(stream, name, context)):
        count += 1
        yield item
    if not count:
        yield Skipped(name, "empty input" if not head.strip() else "no articles found in it")


def _guarded(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """The reader's items; an unexpected error in a reader ends only this input, with a reason.

    Third-party parsers meet arbitrary input from the web, and a crash on one page must not
    take the rest of a batch with it.
    """
    try:
        yield from items
    except Exception as exc:  # deliberately broad: see the docstring
        yield Skipped(name, failure_reason(exc))


def _read_url(url: str, context: ReadContext) -> Iterator[Item]:
    """Fetch a URL: a feed response yields its entries, a page one Article."""
    from newsledger.read.feeds import entry_articles, looks_like_feed, parse_feed
    from newsledger.read.html import read_html

    assert context.fetcher is not None
    try:
        result = context.fetcher.get(url)
    except FetchError as exc:
        yield Skipped(url, str(exc))
        return
    content_type = result.headers.get("content-type")
    media = (content_type or "").split(";", 1)[0].strip().lower()
    kind = registry.by_content(result.content[:_HEAD]).kind
    if not result.content.strip():
        yield Skipped(url, "empty response")
    elif looks_like_feed(content_type, result.content):
        headers = {"content-location": result.final_url, **result.headers}
        parsed = parse_feed(result.content, url, headers)
        yield from (
            [parsed] if isinstance(parsed, Skipped) else entry_articles(parsed, context.fetcher)[0]
        )
    elif media in HTML_TYPES or (not media and kind == "html"):
        article = read_html(result.content, url, url=result.final_url)
        article.fetched_at = result.fetched_at
        yield article
    elif media == "text/plain":
        reader = registry.by_kind("txt")
        assert reader is not None
        stream = io.BufferedReader(io.BytesIO(result.content))
        # Read at once: the URL and fetch time go on the Article itself.
        for item in _read_stream(reader, stream, url, replace(context, defer=False)):
            if isinstance(item, Article):
                item.url, item.fetched_at = result.final_url, result.fetched_at
            yield item
    else:
        yield Skipped(url, f"unsupported content type {media or 'unknown'!r}")


def _site_boilerplate(inputs: list[str], max_bytes: int) -> set[str]:
    """Lines repeated across the first SITE_SAMPLE text dumps among the inputs.

    None with fewer than two dumps. The files are read here once more so that the first dump is
    judged like the last; unreadable ones are left to the main pass, which reports them.
    """
    from newsledger.clean.encoding import decode
    from newsledger.clean.site_lines import site_boilerplate

    def dumps() -> Iterator[Path]:
        for name in inputs:
            if "://" in name or name == "-":
                continue
            for path in _files(Path(name)):
                if isinstance(path, Path) and _is_dump(path):
                    yield path

    sample = list(islice(dumps(), SITE_SAMPLE))
    if len(sample) < 2:
        return set()

    def texts() -> Iterator[str]:
        for path in sample:
            try:
                with path.open("rb") as stream:
                    data = stream.read(max_bytes + 1)
            except OSError:
                continue
            if len(data) <= max_bytes and not looks_binary(data):
                yield decode(data)

    return site_boilerplate(texts())


def _is_dump(path: Path) -> bool:
    reader = registry.by_path(path)
    return reader is not None and reader.kind == registry.FALLBACK and path.is_file()


def reread(stored: Article) -> Item:
    """Read a stored article again from its kept raw input, with today's readers.

    What the input itself did not carry (a date given on the command line or by a feed, the
    URL it was fetched from, a title given in a JSONL record) is kept from the stored article.
    """
    reader = registry.by_kind(stored.raw_kind)
    if not stored.raw or reader is None or reader.reread is None:
        return Skipped(stored.id, "no raw input kept to read again")
    fresh = reader.reread(stored)
    if isinstance(fresh, Skipped):
        return fresh
    fresh.id = stored.id
    fresh.published = fresh.published or stored.published
    fresh.url = fresh.url or stored.url
    fresh.site = fresh.site or stored.site
    fresh.fetched_at = stored.fetched_at
    if stored.raw_kind != registry.FALLBACK:
        fresh.title = fresh.title or stored.title
    if not fresh.body.strip():
        return Skipped(stored.id, "no article text found on reading again")
    return fresh
