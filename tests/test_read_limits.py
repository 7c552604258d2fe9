"""Read limits are settings: over-limit inputs are skipped with the limit in the reason."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger import settings
from newsledger.errors import ConfigError
from newsledger.model import Article, Skipped
from newsledger.read.dispatch import iter_articles
from newsledger.read.html import nesting_deeper_than

SENTENCE = (
    "The harbour board met on Thursday to approve the repairs to the northern pier, which "
    "fishing crews say has been unsafe since the autumn gales. "
)


def page(body: str) -> str:
    return f"<html><head><title>Pier repairs</title></head><body>{body}</body></html>"


def read(*paths) -> list:
    return list(iter_articles([str(path) for path in paths]))


def test_defaults_and_bad_values():
    assert settings.max_input_bytes() == 16 * 1024 * 1024
    assert settings.max_html_depth() == 250
    assert settings.fetch_timeout() == 10.0


@pytest.mark.parametrize("value", ["0", "-5", "lots"])
def test_bad_setting_is_a_config_error(monkeypatch, value):
    monkeypatch.setenv("NEWSLEDGER_MAX_INPUT_BYTES", value)
    with pytest.raises(ConfigError, match="NEWSLEDGER_MAX_INPUT_BYTES must be a positive"):
        settings.max_input_bytes()


def test_max_input_bytes_per_file_and_per_record(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_MAX_INPUT_BYTES", "2_000")
    small = tmp_path / "small.txt"
    small.write_text("Pier repairs approved\n" + SENTENCE * 5)
    big = tmp_path / "big.html"
    big.write_text(page(f"<article><p>{SENTENCE * 20}</p></article>"))
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"id": "long", "text": SENTENCE * 20})
        + "\n"
        + json.dumps({"id": "short", "text": SENTENCE})
        + "\n"
    )
    items = read(small, big, records)
    assert isinstance(items[0], Article)
    assert items[1] == Skipped(str(big), "input larger than the limit of 2,000 bytes")
    assert items[2] == Skipped(f"{records}:1", "record larger than the limit of 2,000 bytes")
    assert isinstance(items[3], Article) and items[3].id == "short"


def test_max_input_bytes_per_warc_record(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_MAX_INPUT_BYTES", "3000")
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for n, paragraphs in enumerate((20, 2)):
        body = page(f"<article><h1>Story {n}</h1><p>{SENTENCE * paragraphs}</p></article>")
        record = writer.create_warc_record(
            f"http://news.example/{n}",
            "response",
            payload=BytesIO(body.encode()),
            http_headers=headers,
        )
        writer.write_record(record)
    path = tmp_path / "a.warc.gz"
    path.write_bytes(buffer.getvalue())
    first, second = read(path)
    assert isinstance(first, Skipped) and "limit of 3,000 bytes" in first.reason
    assert isinstance(second, Article) and second.id == "http://news.example/1"


def test_max_html_depth(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_MAX_HTML_DEPTH", "6")
    deep = tmp_path / "deep.html"
    deep.write_text(page("<div>" * 7 + f"<p>{SENTENCE}</p>" + "</div>" * 7))
    # Unclosed paragraphs and list items, void elements and markup inside scripts are not
    # nesting, so this ordinary page stays under the limit.
    flat = "<div><article>" + f"<p>{SENTENCE}<br><img src=x.png>" * 3
    flat += "<ul>" + "<li>item" * 30 + "</ul><script>var s = '" + "<div>" * 50 + "';</script>"
    ordinary = tmp_path / "ordinary.html"
    ordinary.write_text(page(flat + "</article></div>"))
    skipped, article = read(deep, ordinary)
    assert skipped == Skipped(str(deep), "HTML nested deeper than the limit of 6 elements")
    assert isinstance(article, Article) and "northern pier" in article.body


def test_nesting_scan_counts_closing_tags_and_ignores_comments():
    assert not nesting_deeper_than("<div></div>" * 1000, 1)
    assert nesting_deeper_than("<div><section>", 1)
    assert not nesting_deeper_than("<div><!-- <div><div><div> --></div>", 1)
    assert not nesting_deeper_than("<div><span/></div>", 1)
