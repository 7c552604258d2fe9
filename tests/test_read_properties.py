"""Property-based tests: no input makes a reader raise, and the furniture split loses no line."""

from __future__ import annotations

import gzip
from collections import Counter
from io import BytesIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.clean.furniture import classify_lines
from newsledger.model import Article, Skipped
from newsledger.read import registry
from newsledger.read.base import ReadContext
from newsledger.read.fetch import Fetcher
from newsledger.read.text_dump import read_text_dump

# Starts that take each reader past its first check, so the bytes after them reach the parser.
PREFIXES = [
    b"",
    b"WARC/1.0\r\n",
    gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:12],
    b"<html><body><article><p>",
    b'{"id": "x", "text": "',
    b'{"html": "<p>',
    b'<?xml version="1.0"?><rss version="2.0"><channel><item><description>',
    b"Pier repairs approved\n\n",
]
inputs = st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=3000)).map(b"".join)
WORDS = ["the", "pier", "Board", "said", "Menu", "Share", "©", "2024", "|", "—", "Read more"]
words_line = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
# Lines as str.splitlines() would give them: no line-break characters inside.
any_line = st.text(
    st.characters(blacklist_categories=("Cc", "Zl", "Zp", "Cs"), blacklist_characters="\x85"),
    max_size=120,
)
lines = st.lists(st.one_of(words_line, any_line, st.just("")), max_size=40)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def context():
    # The fetcher refuses private addresses and has no network to reach public ones, so a feed
    # entry that links somewhere ends quickly as a Skipped.
    with Fetcher(timeout=1, retries=0) as fetcher:
        yield ReadContext(fetcher=fetcher)


@pytest.mark.parametrize("kind", [reader.kind for reader in registry.READERS])
@FAST
@given(data=inputs)
def test_any_bytes_give_articles_or_skips(kind, data, context):
    reader = registry.by_kind(kind)
    items = list(reader.read(BytesIO(data), "prop", context))
    assert all(isinstance(item, Article | Skipped) for item in items)
    assert all("\n" not in item.reason for item in items if isinstance(item, Skipped))


@FAST
@given(data=inputs)
def test_any_bytes_reread_give_an_article_or_a_skip(data):
    for reader in registry.READERS:
        if reader.reread is not None:
            stored = Article(id="prop", raw=data)
            stored.raw_kind = reader.kind
            assert isinstance(reader.reread(stored), Article | Skipped)


@FAST
@given(lines=lines)
def test_classifier_gives_a_kind_or_none_per_line(lines):
    kept = [line.strip() for line in lines if line.strip()]
    kinds = classify_lines(kept)
    assert len(kinds) == len(kept)
    assert all(kind is None or (isinstance(kind, str) and kind) for kind in kinds)


@FAST
@given(lines=lines)
def test_every_line_ends_in_the_body_or_the_furniture(lines):
    article = read_text_dump("\n".join(lines), "prop")
    expected = Counter(line.strip() for line in lines if line.strip())
    body = [line for line in article.body.splitlines() if line.strip()]
    got = Counter(body) + Counter(item.text for item in article.furniture)
    assert got == expected
    assert all(lines[item.line].strip() == item.text for item in article.furniture)
