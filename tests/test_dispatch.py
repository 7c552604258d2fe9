"""iter_articles on every input kind: files, bad files, WARC, feeds, URLs and stdin."""

import io
import json
import sys
from io import BytesIO

import pytest
from loopback_server import reply, serve
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.model import Article, Skipped
from newsledger.read.dispatch import iter_articles

SENTENCE = (
    "The city council approved the new harbour budget on Monday after a long debate about "
    "repairs to the old sea wall, which was damaged in the winter storms. "
)
TEXT_DUMP = "Menu\nHarbour budget approved after long debate\n" + SENTENCE * 3 + "\n"
PAGE = (
    "<html><head><title>Harbour budget approved</title></head><body><article>"
    f"<h1>Harbour budget approved</h1><p>{SENTENCE * 2}</p><p>{SENTENCE}</p>"
    "</article></body></html>"
).encode()


def read(*inputs, **options) -> list:
    return list(iter_articles([str(one) for one in inputs], **options))


def reasons(items) -> dict:
    return {item.input: item.reason for item in items if isinstance(item, Skipped)}


@pytest.fixture
def server():
    with serve() as running:
        yield running


def test_missing_empty_binary_and_unknown_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    names = ["missing.txt", "empty.txt", "image.html", "sheet.xlsx"]
    items = read(*(tmp_path / name for name in names))
    got = reasons(items)
    assert len(items) == len(got) == 4
    assert got[str(tmp_path / "missing.txt")] == "no such file"
    assert got[str(tmp_path / "empty.txt")] == "empty input"
    assert got[str(tmp_path / "image.html")].startswith("binary data")
    assert got[str(tmp_path / "sheet.xlsx")].startswith("unsupported input type '.xlsx'")


def test_text_dump_html_and_published_default(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT_DUMP)
    (tmp_path / "b.html").write_bytes(PAGE)
    first, second = read(tmp_path / "a.txt", tmp_path / "b.html", published="2024-05-06")
    assert first.id == str(tmp_path / "a.txt")
    assert first.title == "Harbour budget approved after long debate"
    assert first.published == "2024-05-06"
    assert second.title == "Harbour budget approved"
    assert "sea wall" in second.body


def test_bad_jsonl_line_skipped_rest_read(tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": SENTENCE, "published": "2024-01-02T10:00:00Z"}),
        "{not json",
        json.dumps({"id": "r3", "title": "no body"}),
        json.dumps({"id": "r4", "text": SENTENCE}),
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines))
    items = read(path)
    assert [item.id for item in items if isinstance(item, Article)] == ["r1", "r4"]
    assert items[0].body == SENTENCE
    assert items[0].published == "2024-01-02"
    got = reasons(items)
    assert got[f"{path}:2"].startswith("bad JSON")
    assert "no 'text' or 'html'" in got[f"{path}:3"]


def test_warc_file_streamed_by_extension(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "http://news.example/a", "response", payload=BytesIO(PAGE), http_headers=headers
        )
        writer.write_record(record)
    (article,) = read(path)
    assert article.id == "http://news.example/a"
    assert "sea wall" in article.body


def test_url_page_feed_and_errors(server):
    entry = f"<item><title>E</title><link>{server.base}/page</link><guid>e1</guid></item>"
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel>{entry}</channel></rss>'.encode()
    server.routes["/page"] = lambda h: reply(h, 200, PAGE)
    server.routes["/feed"] = lambda h: reply(h, 200, feed, "text/xml")
    server.routes["/plain"] = lambda h: reply(h, 200, TEXT_DUMP.encode(), "text/plain")
    server.routes["/pdf"] = lambda h: reply(h, 200, b"%PDF-1.4", "application/pdf")
    urls = [server.url(path) for path in ("/page", "/feed", "/plain", "/pdf", "/missing")]
    items = read(*urls, allow_private=True)
    page, from_feed, plain = (item for item in items if isinstance(item, Article))
    assert page.id == page.url == server.url("/page")
    assert page.fetched_at
    assert from_feed.url == server.url("/page")
    assert plain.title == "Harbour budget approved after long debate"
    got = reasons(items)
    assert got[server.url("/pdf")] == "unsupported content type 'application/pdf'"
    assert got[server.url("/missing")].startswith("HTTP 404")


def test_url_on_loopback_refused_without_allow_private(server):
    server.routes["/page"] = lambda h: reply(h, 200, PAGE)
    (item,) = read(server.url("/page"))
    assert isinstance(item, Skipped)
    assert "loopback" in item.reason
    assert server.requests == []


def test_feed_file_by_extension(tmp_path, server):
    server.routes["/page"] = lambda h: reply(h, 200, PAGE)
    entry = f"<entry><title>E</title><link href='{server.base}/page'/><id>e1</id></entry>"
    path = tmp_path / "news.atom"
    path.write_text(f'<feed xmlns="http://www.w3.org/2005/Atom">{entry}</feed>')
    (article,) = read(path, allow_private=True)
    assert article.url == server.url("/page")
    broken = tmp_path / "broken.rss"
    broken.write_text("this is not a feed <<<")
    (skipped,) = read(broken)
    assert skipped.reason.startswith("malformed feed")


def test_other_url_schemes_refused():
    (item,) = read("ftp://example.org/file.txt")
    assert item.reason == "unsupported URL scheme 'ftp'"


@pytest.mark.parametrize(
    ("data", "title"),
    [
        (TEXT_DUMP.encode(), "Harbour budget approved after long debate"),
        (PAGE, "Harbour budget approved"),
    ],
    ids=["text", "html"],
)
def test_stdin_kind_recognised(monkeypatch, data, title):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(BytesIO(data)))
    (article,) = read("-")
    assert article.id == "-"
    assert article.title == title


def test_stdin_empty(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(BytesIO(b"")))
    assert read("-") == [Skipped("-", "empty input")]


class _Pipe(io.RawIOBase):
    """A non-seekable byte stream, as stdin is when a program pipes into newsledger."""

    def __init__(self, data: bytes):
        self._data = BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_warc_piped_on_stdin_is_streamed(monkeypatch):
    archive = BytesIO()
    writer = WARCWriter(archive, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for number in (1, 2):
        record = writer.create_warc_record(
            f"http://news.example/{number}", "response", payload=BytesIO(PAGE), http_headers=headers
        )
        writer.write_record(record)
    stdin = io.TextIOWrapper(io.BufferedReader(_Pipe(archive.getvalue())))
    assert not stdin.buffer.seekable()
    monkeypatch.setattr(sys, "stdin", stdin)
    assert [item.id for item in read("-")] == ["http://news.example/1", "http://news.example/2"]
