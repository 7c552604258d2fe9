"""WARC reading on archives written here with warcio: good records in, broken ones skipped."""

import gzip
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.model import Article, Skipped
from newsledger.read.warc import read_warc


def page(title: str) -> bytes:
    paragraph = (
        f"<p>{title} was discussed at length by the council on Tuesday evening, and members "
        "agreed to return to the question after the summer recess once the budget is known.</p>"
    )
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraph * 4}</article></body></html>"
    ).encode()


def write_record(writer, uri, body, status="200 OK", content_type="text/html; charset=utf-8"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)
    writer.write_record(record)


def raw_record(uri: str, payload: bytes) -> bytes:
    """A record warcio would refuse to write: built by hand so the test can break it."""
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def archive(broken: bytes, gz: bool) -> bytes:
    """Two good HTML pages around one broken record, plus records that are not articles."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    write_record(writer, "http://news.example/one", page("Bridge repairs"))
    write_record(writer, "http://news.example/logo.png", b"\x89PNG....", content_type="image/png")
    buffer.write(gzip.compress(broken) if gz else broken)
    write_record(writer, "http://news.example/gone", b"<html>gone</html>", status="404 Not Found")
    write_record(writer, "http://news.example/two", page("School meals"))
    return buffer.getvalue()


def read(data: bytes, name: str = "test.warc") -> list:
    return list(read_warc(BytesIO(data), name))


def titles(items) -> list:
    return [item.title for item in items if isinstance(item, Article)]


def skipped(items) -> list:
    return [item for item in items if isinstance(item, Skipped)]


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_bad_http_record_skipped_rest_read(gz):
    items = read(archive(raw_record("http://news.example/bad", b"garbage\r\n\r\nzz"), gz))
    assert titles(items) == ["Bridge repairs", "School meals"]
    (bad,) = skipped(items)
    assert bad.input == "http://news.example/bad"
    assert "HTTP headers" in bad.reason
    good = [item for item in items if isinstance(item, Article)]
    assert good[0].id == good[0].url == "http://news.example/one"
    assert good[0].fetched_at
    assert "council" in good[0].body


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_garbage_record_skipped_rest_read(gz, tmp_path):
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    path.write_bytes(archive(b"THIS IS NOT A WARC RECORD\r\nfoo: bar\r\n\r\n", gz))
    with path.open("rb") as stream:
        items = list(read_warc(stream, str(path)))
    assert titles(items) == ["Bridge repairs", "School meals"]
    (bad,) = skipped(items)
    assert bad.input.startswith(f"{path}@")
    assert "WARC record" in bad.reason


def test_corrupt_gzip_member_skipped_and_next_member_read():
    good = archive(b"", gz=True)
    buffer = BytesIO()
    write_record(WARCWriter(buffer, gzip=True), "http://news.example/first", page("Harbour"))
    corrupt = bytearray(gzip.compress(raw_record("http://x.example/", b"HTTP/1.1 200 OK\r\n\r\n")))
    corrupt[20:40] = b"\xff" * 20
    items = read(buffer.getvalue() + bytes(corrupt) + good)
    assert titles(items) == ["Harbour", "Bridge repairs", "School meals"]
    first = skipped(items)[0]
    assert first.input == f"test.warc@{len(buffer.getvalue())}"  # where the bad member starts
    assert "corrupt gzip member" in first.reason


def test_truncated_gzip_skips_the_rest():
    data = archive(b"", gz=True)
    items = read(data[:-60])
    assert titles(items) == ["Bridge repairs"]
    (cut,) = skipped(items)
    assert "truncated gzip" in cut.reason


def test_not_a_warc():
    (item,) = read(b"<html><body>hello</body></html>", "page.warc")
    assert isinstance(item, Skipped)
    assert "not a WARC archive" in item.reason
