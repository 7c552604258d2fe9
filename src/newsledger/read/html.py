"""Read an HTML page into an Article: main text and metadata by trafilatura, date by htmldate.

The body follows the text-dump convention (headline, a blank line, then one paragraph per
line), so every later stage sees one shape whatever the input was. A page nested deeper than
the HTML depth limit is refused before parsing: lxml would cut it off silently at depth 255 and
trafilatura would then find no text, or only part of it, with no word of why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import BinaryIO

import htmldate
import trafilatura

from newsledger import settings
from newsledger.clean.encoding import declared_charset, decode
from newsledger.clean.language import detect_language
from newsledger.errors import InputError, LimitExceeded
from newsledger.model import Article, Skipped
from newsledger.read.base import Item, Pending, ReadContext, Reader, read_capped

# Chosen by measurement on trafilatura's evaluation pages (benchmarks/extraction.py):
# the balanced default without comments scored best (F1 0.926 against 0.914 favouring recall
# and 0.911 favouring precision); comments are reader talk, not the article.
EXTRACT_OPTIONS = {"include_comments": False}
# htmldate: extensive search, and the original (first) publication date rather than an update
# (0.890 exact-day accuracy on htmldate's mediacloud pages against 0.875 for its default).
DATE_OPTIONS = {"extensive_search": True, "original_date": True}
# Elements that never hold others, or that HTML closes by itself (an unclosed <p> or <li> is
# normal HTML): counting them would take ordinary pages for deep ones.
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen "
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp".split()
)
_RAW_TEXT = ("script", "style", "textarea", "title")
_RAW_TEXT_END = {name: re.compile(f"</{name}", re.I) for name in _RAW_TEXT}
_TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>", re.S)


def read_html(data: bytes, id: str, url: str | None = None) -> Article:
    """Extract title, body, author, site, language and publication date from one page.

    Raises LimitExceeded for a page nested deeper than the limit (see the module docstring).
    """
    text = decode(data, declared_charset(data))
    limit = settings.max_html_depth()
    if nesting_deeper_than(text, limit):
        raise LimitExceeded(f"HTML nested deeper than the limit of {limit:,} elements")
    article = Article(id=id, raw=data)
    article.raw_kind = "html"
    article.url = url
    doc = trafilatura.bare_extraction(text, url=url, with_metadata=True, **EXTRACT_OPTIONS)
    if doc is None:
        article.published = _date(text, url)
        return article
    paragraphs = [line.strip() for line in (doc.text or "").splitlines() if line.strip()]
    title = (doc.title or "").strip() or None
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if title:
        article.title = title
        article.title_start = 0
        article.body = title + ("\n\n" + "\n".join(paragraphs) if paragraphs else "")
    else:
        article.body = "\n".join(paragraphs)
    article.author = doc.author or None
    article.site = doc.sitename or None
    article.published = _date(text, url)
    article.language = _language(doc.language, article.body)
    return article


def _date(html: str, url: str | None) -> str | None:
    """The publication date, or None when the page gives none (htmldate never guesses one)."""
    try:
        return htmldate.find_date(html, url=url, **DATE_OPTIONS)
    except (ValueError, TypeError):
        return None


def _language(declared: str | None, body: str) -> str | None:
    """The page's declared language when it has one, else the detected one."""
    if declared:
        return declared.split("-")[0].split("_")[0].lower()
    return detect_language(body)


def nesting_deeper_than(html: str, limit: int) -> bool:
    """Whether elements nest more than `limit` deep, by a scan of the tags (no parse).

    Script and style contents are passed over; self-closing and flat elements do not count.
    Unclosed containers count as open, as a parser would nest them.
    """
    depth, position = 0, 0
    while match := _TAG.search(html, position):
        position = match.end()
        closing, name, self_closing = match.groups()
        if name is None or self_closing:
            continue
        name = name.lower()
        if name in _FLAT:
            continue
        if closing:
            depth = max(0, depth - 1)
            continue
        if name in _RAW_TEXT:
            close = _RAW_TEXT_END[name].search(html, position)
            position = close.start() if close else len(html)
            continue
        depth += 1
        if depth > limit:
            return True
    return False


def _read(stream: BinaryIO, name: str, context: ReadContext) -> Iterator[Item]:
    data = read_capped(stream, name, context.max_bytes)
    if isinstance(data, Skipped):
        yield data
        return
    if context.defer:
        yield Pending(name, partial(_from_bytes, data, name))
        return
    yield _from_bytes(data, name)


def _from_bytes(data: bytes, name: str) -> Item:
    try:
        return read_html(data, name)
    except InputError as exc:
        return Skipped(name, str(exc))


def _reread(stored: Article) -> Item:
    try:
        return read_html(stored.raw or b"", stored.id, url=stored.url)
    except InputError as exc:
        return Skipped(stored.id, str(exc))


def looks_like_html(head: bytes) -> bool:
    """An HTML document by its first kilobyte: a doctype or an <html> tag."""
    start = head[:1024].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start


READER = Reader("html", (".html", ".htm"), _read, sniff=looks_like_html, reread=_reread)
