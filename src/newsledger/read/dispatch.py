"""Choose the reader for each input (by extension, URL scheme or content) and yield Articles.

Every input either becomes one or more Articles or a `Skipped` with a one-line reason, so a
batch never stops on one bad file and the caller can report what was left out. Inputs: text
dumps (`.txt`), pages (`.html`/`.htm`), `.jsonl` records, `.warc`/`.warc.gz` archives, feeds
(`.xml`, `.rss`, `.atom`), `http(s)://` URLs (a page, or a feed when the response is one) and
`-` for stdin (its kind recognised from the content).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger.model import Article
from newsledger.read.fetch import Fetcher, FetchError

FEED_SUFFIXES = (".xml", ".rss", ".atom")
TEXT_SUFFIXES = (".txt", ".text", "")
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Skipped:
    """An input (or a record inside one) that was not read, and why."""

    input: str
    reason: str


# Longer than any news article, and spaCy's own default ceiling (its memory grows with length).
MAX_BODY_CHARS = 1_000_000


def iter_articles(
    inputs: Iterable[str], *, published: str | None = None, allow_private: bool = False
) -> Iterator[Article | Skipped]:
    """Read each input in turn; `published` fills in a date the input does not carry.

    URLs (and the pages of feed entries) are fetched with one Fetcher for the whole batch, so
    each site's robots.txt is read once; `allow_private` lets it reach private addresses.
    When several text dumps are given, lines that repeat across their stories are taken for
    site furniture (clean.site_lines).
    """
    inputs = list(inputs)
    repeated = _site_boilerplate(inputs)
    with Fetcher(allow_private=allow_private) as fetcher:
        for name in inputs:
            for item in _read_guarded(name, fetcher, repeated):
                if isinstance(item, Article):
                    if not item.body.strip():
                        item = Skipped(item.id, "no article text found")
                    elif len(item.body) > MAX_BODY_CHARS:
                        item = Skipped(
                            item.id,
                            f"text too long for one article ({len(item.body):,} characters; "
                            f"the limit is {MAX_BODY_CHARS:,})",
                        )
                    elif published and not item.published:
                        item.published = published
                yield item


def _site_boilerplate(inputs: list[str]) -> set[str]:
    """Lines repeated across the text dumps among the inputs (none with fewer than two dumps).

    The files are read here once more so that the first dump is judged like the last;
    unreadable ones are left to the main pass, which reports them.
    """
    paths = [Path(name) for name in inputs if "://" not in name and name != "-"]
    dumps = [p for p in paths if p.is_file() and _kind_by_name(p) == "txt"]
    if len(dumps) < 2:
        return set()
    from newsledger.clean.encoding import decode
    from newsledger.clean.site_lines import site_boilerplate

    def texts() -> Iterator[str]:
        for path in dumps:
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if len(data) <= 4 * MAX_BODY_CHARS and not _looks_binary(data):
                try:
                    yield decode(data)
                except UnicodeDecodeError:
                    continue

    return site_boilerplate(texts())


def _read_guarded(
    name: str, fetcher: Fetcher, repeated: set[str] | None = None
) -> Iterator[Article | Skipped]:
    """The reader's items; an unexpected error in a reader ends only this input, with a reason.

    Third-party parsers meet arbitrary input from the web, and a crash on one page must not
    take the rest of a batch with it.
    """
    try:
        yield from _read_one(name, fetcher, repeated)
    except UnicodeDecodeError:
        yield Skipped(name, "cannot decode text (unknown encoding)")
    except Exception as exc:  # deliberately broad: see the docstring
        yield Skipped(name, f"reader failed: {type(exc).__name__}: {_one_line(exc)}")


def _read_one(
    name: str, fetcher: Fetcher, repeated: set[str] | None = None
) -> Iterator[Article | Skipped]:
    if name == "-":
        stdin = sys.stdin.buffer
        if not hasattr(stdin, "peek"):  # a replaced stdin (embedding, tests) may not buffer
            stdin = io.BufferedReader(stdin)
        if _sniff(stdin.peek(4096)) == "warc":  # archives are streamed, never read whole
            from newsledger.read.warc import read_warc

            yield from read_warc(stdin, name)
            return
        data = stdin.read()
        yield from _read_bytes(name, data, _sniff(data), fetcher)
        return
    if name.lower().startswith(("http://", "https://")):
        yield from _read_url(name, fetcher)
        return
    if "://" in name:
        yield Skipped(name, f"unsupported URL scheme {name.split('://', 1)[0]!r}")
        return
    path = Path(name)
    if not path.exists():
        yield Skipped(name, "no such file")
        return
    if path.is_dir():
        yield Skipped(name, "is a directory (pass the files inside it)")
        return
    kind = _kind_by_name(path)
    if kind is None:
        supported = ".txt, .html, .jsonl, .warc(.gz), .xml/.rss/.atom"
        yield Skipped(name, f"unsupported input type {path.suffix.lower()!r} (use {supported})")
        return
    try:
        if kind == "warc":
            from newsledger.read.warc import read_warc

            with path.open("rb") as stream:
                yield from read_warc(stream, name)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(name, data, kind, fetcher, repeated)


def _read_bytes(
    name: str, data: bytes, kind: str, fetcher: Fetcher, repeated: set[str] | None = None
) -> Iterator[Article | Skipped]:
    """Read one whole input of a known kind."""
    if not data.strip():
        yield Skipped(name, "empty input")
        return
    if _looks_binary(data):
        yield Skipped(name, "binary data, not text or HTML")
        return
    if kind == "html":
        from newsledger.read.html import read_html

        yield read_html(data, name)
    elif kind == "jsonl":
        from newsledger.read.jsonl import read_jsonl

        yield from read_jsonl(data, name)
    elif kind == "feed":
        yield from _feed_items(data, name, fetcher, {})
    else:
        from newsledger.clean.encoding import decode
        from newsledger.read.text_dump import read_text_dump

        yield read_text_dump(decode(data), name, raw=data, repeated=repeated)


def _read_url(url: str, fetcher: Fetcher) -> Iterator[Article | Skipped]:
    """Fetch a URL: a feed response yields its entries, a page one Article."""
    from newsledger.read.feeds import looks_like_feed

    try:
        result = fetcher.get(url)
    except FetchError as exc:
        yield Skipped(url, str(exc))
        return
    content_type = result.headers.get("content-type")
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if not result.content.strip():
        yield Skipped(url, "empty response")
    elif looks_like_feed(content_type, result.content):
        headers = {"content-location": result.final_url, **result.headers}
        yield from _feed_items(result.content, url, fetcher, headers)
    elif media in HTML_TYPES or (not media and _sniff(result.content) == "html"):
        from newsledger.read.html import read_html

        article = read_html(result.content, url, url=result.final_url)
        article.fetched_at = result.fetched_at
        yield article
    elif media == "text/plain":
        for item in _read_bytes(url, result.content, "txt", fetcher):
            if isinstance(item, Article):
                item.url, item.fetched_at = result.final_url, result.fetched_at
            yield item
    else:
        yield Skipped(url, f"unsupported content type {media or 'unknown'!r}")


def _feed_items(
    data: bytes, source: str, fetcher: Fetcher, headers: dict[str, str]
) -> Iterator[Article | Skipped]:
    """Every entry of a feed given as a file or URL (no state: `watch` uses poll_feed)."""
    from newsledger.read.feeds import entry_articles, parse_feed

    parsed = parse_feed(data, source, headers)
    if isinstance(parsed, Skipped):
        yield parsed
        return
    items, _seen = entry_articles(parsed, fetcher)
    yield from items


def _kind_by_name(path: Path) -> str | None:
    name = path.name.lower()
    suffix = path.suffix.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix == ".jsonl":
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    return None


def _sniff(data: bytes) -> str:
    """The kind of an unnamed input (stdin, a URL without a content type) from its first bytes."""
    from newsledger.read.feeds import looks_like_feed

    if data.startswith((b"\x1f\x8b", b"WARC/")):
        return "warc"
    if looks_like_feed(None, data):
        return "feed"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "html"
    lines = [line for line in data.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith(b"{") for line in lines):
        return "jsonl"
    return "txt"


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first block mean it is not text."""
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


def reread(stored: Article) -> Article | Skipped:
    """Read a stored article again from its kept raw input, with today's readers.

    What the input itself did not carry (a date given on the command line or by a feed, the
    URL it was fetched from, a title given in a JSONL record) is kept from the stored article.
    """
    if not stored.raw or stored.raw_kind not in ("txt", "html", "jsonl"):
        return Skipped(stored.id, "no raw input kept to read again")
    if stored.raw_kind == "html":
        from newsledger.read.html import read_html

        fresh = read_html(stored.raw, stored.id, url=stored.url)
    elif stored.raw_kind == "jsonl":
        from newsledger.read.jsonl import read_jsonl

        items = list(read_jsonl(stored.raw, stored.id))
        if not items or not isinstance(items[0], Article):
            return Skipped(stored.id, "kept JSONL record no longer reads")
        fresh = items[0]
    else:
        from newsledger.clean.encoding import decode
        from newsledger.read.text_dump import read_text_dump

        fresh = read_text_dump(decode(stored.raw), stored.id, raw=stored.raw)
    fresh.id = stored.id
    fresh.published = fresh.published or stored.published
    fresh.url = fresh.url or stored.url
    fresh.site = fresh.site or stored.site
    fresh.fetched_at = stored.fetched_at
    if stored.raw_kind != "txt":
        fresh.title = fresh.title or stored.title
    if not fresh.body.strip():
        return Skipped(stored.id, "no article text found on reading again")
    return fresh
