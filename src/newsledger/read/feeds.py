"""RSS/Atom feeds: poll a feed and turn its new entries into Articles.

A monitoring desk polls hundreds of feeds every few minutes, so a poll must be cheap when
nothing changed (ETag / Last-Modified make the server answer 304) and must not return an entry
twice (the caller keeps a `FeedState` between polls). Each entry's page is fetched through the
guarded fetcher, unless the feed already carries the full text. The feed document is always
handed to feedparser as bytes: feedparser would otherwise fetch URLs (or open paths) itself,
past the fetcher's guards.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from time import struct_time
from typing import BinaryIO

import feedparser

from newsledger import settings
from newsledger.errors import InputError
from newsledger.model import Article, Skipped
from newsledger.read.base import Item, ReadContext, Reader, read_capped
from newsledger.read.fetch import Fetcher, FetchError
from newsledger.read.html import read_html

# Entry content longer than this (as plain text) is taken as the article instead of the page.
FULL_TEXT_CHARS = 500
SEEN_LIMIT = 5000  # entry keys remembered per feed; feeds list far fewer entries than this
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]")
_TAG = re.compile(r"<[^>]+>")


@dataclass
class FeedState:
    """What a poll must remember for the next one; plain values, so it stores as JSON.

    Persist it with `dataclasses.asdict(state)` and rebuild it with `FeedState(**stored)`.
    """

    etag: str | None = None
    modified: str | None = None
    seen: list[str] = field(default_factory=list)  # entry ids and links, oldest first


def poll_feed(
    url_or_path: str,
    state: FeedState | None = None,
    *,
    allow_private: bool = False,
    fetcher: Fetcher | None = None,
) -> tuple[list[Article | Skipped], FeedState]:
    """Read the feed's entries not seen before; return them and the state for the next poll.

    A feed that cannot be fetched or parsed comes back as one Skipped with the state unchanged,
    so the next poll tries again. Entries whose page failed for a passing reason (server
    error, timeout) are not marked seen, so they are tried again too.
    """
    state = state or FeedState()
    own = fetcher is None
    fetcher = fetcher or Fetcher(allow_private=allow_private)
    try:
        if url_or_path.startswith(("http://", "https://")):
            conditional = {}
            if state.etag:
                conditional["If-None-Match"] = state.etag
            if state.modified:
                conditional["If-Modified-Since"] = state.modified
            try:
                result = fetcher.get(url_or_path, conditional)
            except FetchError as exc:
                return [Skipped(url_or_path, str(exc))], state
            if result.status == 304:
                return [], state
            data = result.content
            headers = {"content-location": result.final_url, **result.headers}
            etag, modified = headers.get("etag"), headers.get("last-modified")
        else:
            try:
                with Path(url_or_path).open("rb") as stream:
                    capped = read_capped(stream, url_or_path, settings.max_input_bytes())
            except OSError as exc:
                return [Skipped(url_or_path, f"cannot read feed: {exc.strerror or exc}")], state
            if isinstance(capped, Skipped):
                return [capped], state
            data, headers = capped, {}
            etag = modified = None
        parsed = parse_feed(data, url_or_path, headers)
        if isinstance(parsed, Skipped):
            return [parsed], state
        items, newly_seen = entry_articles(parsed, fetcher, state.seen)
    finally:
        if own:
            fetcher.close()
    seen = (state.seen + newly_seen)[-SEEN_LIMIT:]
    return items, FeedState(etag=etag, modified=modified, seen=seen)


def parse_feed(
    data: bytes, source: str, headers: dict[str, str] | None = None
) -> feedparser.FeedParserDict | Skipped:
    """The parsed feed, or a Skipped when it is malformed and yields no entries.

    A feed with errors but readable entries is kept (feedparser's "bozo" flag is common on
    real feeds). `headers` are the HTTP response headers: the charset, and the base for
    relative links (Content-Location).
    """
    parsed = feedparser.parse(BytesIO(data), response_headers=headers or {})
    if parsed.bozo and not parsed.entries:
        problem = _one_line(parsed.get("bozo_exception")) or "not a feed"
        return Skipped(source, f"malformed feed ({problem})")
    return parsed


def entry_articles(
    parsed: feedparser.FeedParserDict, fetcher: Fetcher, seen: Iterable[str] = ()
) -> tuple[list[Article | Skipped], list[str]]:
    """Articles for the feed's entries not in `seen`, and the entry keys to remember."""
    known = set(seen)
    items: list[Article | Skipped] = []
    newly_seen: list[str] = []
    for entry in parsed.entries:
        keys = _entry_keys(entry)
        if known.intersection(keys):
            continue
        try:
            item, retry_later = _entry_item(entry, keys[0], fetcher)
        except InputError as exc:  # over a limit: a clear reason, and no point retrying
            item, retry_later = Skipped(keys[0], str(exc)), False
        except Exception as exc:  # deliberately broad: one odd page must not end the poll
            item, retry_later = Skipped(keys[0], f"reader failed: {type(exc).__name__}"), False
        items.append(item)
        if not retry_later:
            newly_seen.extend(keys)
            known.update(keys)
    return items, newly_seen


def looks_like_feed(content_type: str | None, data: bytes) -> bool:
    """Whether a response is a feed: by its media type, or an XML document with a feed root."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media in FEED_TYPES:
        return True
    if media in ("", "application/xml", "text/xml"):
        return bool(_FEED_ROOT.search(data[:2048]))
    return False


def _entry_item(entry, key: str, fetcher: Fetcher) -> tuple[Article | Skipped, bool]:
    """The entry as an Article (or Skipped) and whether to try it again on the next poll."""
    link = entry.get("link")
    content = _full_text(entry)
    if content is not None:
        page = f"<html><head><title>{html.escape(entry.get('title', ''))}</title></head>"
        page += f"<body><article>{content}</article></body></html>"
        article = read_html(page.encode("utf-8"), link or key, url=link)
    elif link:
        try:
            result = fetcher.get(link)
        except FetchError as exc:
            return Skipped(link, str(exc)), exc.transient
        article = read_html(result.content, link, url=link)
        article.fetched_at = result.fetched_at
    else:
        return Skipped(key, "feed entry has neither a link nor the full text"), False
    published = _iso_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    if published:
        article.published = published
    article.title = article.title or entry.get("title") or None
    return article, False


def _full_text(entry) -> str | None:
    """The entry's longest content (HTML) when it is long enough to be the article itself."""
    candidates = [part.get("value", "") for part in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    longest = max(candidates, key=len)
    plain = " ".join(_TAG.sub(" ", html.unescape(longest)).split())
    return longest if len(plain) > FULL_TEXT_CHARS else None


def _entry_keys(entry) -> list[str]:
    """The entry's id and link (either identifies it), or a hash of its title and summary."""
    keys = [value for value in (entry.get("id"), entry.get("link")) if value]
    if not keys:
        text = (entry.get("title", "") + "\n" + entry.get("summary", "")).encode("utf-8")
        keys = ["sha256:" + hashlib.sha256(text).hexdigest()]
    return list(dict.fromkeys(keys))


def _iso_date(parsed: struct_time | None) -> str | None:
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"


def _one_line(exc: object) -> str:
    return " ".join(str(exc or "").split())[:200]


def _read(stream: BinaryIO, name: str, context: ReadContext) -> Iterator[Item]:
    """Every entry of a feed file (no state: `watch` uses poll_feed)."""
    data = read_capped(stream, name, context.max_bytes)
    parsed = data if isinstance(data, Skipped) else parse_feed(data, name)
    if isinstance(parsed, Skipped):
        yield parsed
        return
    if context.fetcher is not None:
        yield from entry_articles(parsed, context.fetcher)[0]
        return
    with Fetcher() as fetcher:
        yield from entry_articles(parsed, fetcher)[0]


READER = Reader(
    "feed",
    (".xml", ".rss", ".atom"),
    _read,
    sniff=lambda head: looks_like_feed(None, head),
)
