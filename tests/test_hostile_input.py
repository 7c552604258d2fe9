"""Hostile and broken input: each bad input is one Skipped with a one-line reason, the rest is read.

Everything here goes through `iter_articles`, as `ingest` reads it, in one batch with a good
file, so a test fails both when a bad input crashes the batch and when it costs a good one.
"""

from __future__ import annotations

import gzip
import json
import random
import time
from io import BytesIO
from pathlib import Path

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.cli import main
from newsledger.model import Article, Skipped
from newsledger.read import dispatch
from newsledger.read.dispatch import iter_articles

SENTENCE = (
    "The harbour board met on Thursday to approve the repairs to the northern pier, which "
    "fishing crews say has been unsafe since the autumn gales. "
)
DUMP = "Pier repairs approved by harbour board\n" + SENTENCE * 3 + "\n"


def read(*paths) -> list:
    return list(iter_articles([str(path) for path in paths]))


def by_input(items) -> dict:
    """Skipped items by input, Articles by id (a dump's id is its path)."""
    return {item.input if isinstance(item, Skipped) else item.id: item for item in items}


def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(DUMP)
    return path


def assert_skipped(item, *words: str) -> None:
    assert isinstance(item, Skipped), item
    assert "\n" not in item.reason and "Traceback" not in item.reason
    for word in words:
        assert word in item.reason


def assert_good_read(items, path: Path) -> None:
    article = by_input(items)[str(path)]
    assert isinstance(article, Article)
    assert "northern pier" in article.body


def test_random_bytes_nul_bytes_empty_and_whitespace_files(tmp_path):
    noise = random.Random(7).randbytes(20_000)
    (tmp_path / "noise.txt").write_bytes(noise)
    (tmp_path / "noise.jsonl").write_bytes(noise)
    (tmp_path / "noise.html").write_bytes(noise)
    (tmp_path / "nul.txt").write_bytes(b"The pier\x00 is closed.\n" * 50)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b" \n\t\n\r\n")
    names = ["noise.txt", "noise.jsonl", "noise.html", "nul.txt", "empty.txt", "blank.jsonl"]
    items = read(*(tmp_path / name for name in names), good_file(tmp_path))
    got = by_input(items)
    for name in ("noise.txt", "noise.jsonl", "noise.html", "nul.txt"):
        assert_skipped(got[str(tmp_path / name)], "binary data")
    for name in ("empty.txt", "blank.jsonl"):
        assert_skipped(got[str(tmp_path / name)], "empty input")
    assert_good_read(items, tmp_path / "good.txt")


def test_wrong_and_mixed_encodings_are_read(tmp_path):
    cyrillic = (
        "Ремонт причала\nСовет гавани в четверг утвердил ремонт северного причала, который "
        "рыбаки считают опасным после осенних штормов. Работы начнутся весной и займут около "
        "трёх месяцев, сообщил председатель совета.\nЖители города просили об этом давно.\n"
    )
    (tmp_path / "cp1251.txt").write_bytes(cyrillic.encode("cp1251"))
    # A page that says UTF-8 but is Windows-1252, and a dump that mixes the two encodings.
    page = "<html><head><meta charset='utf-8'><title>Café owners</title></head><body><article>"
    page += f"<p>{SENTENCE * 2} The café owners welcomed it.</p></article></body></html>"
    (tmp_path / "lying.html").write_bytes(page.encode("cp1252"))
    mixed = DUMP.encode() + "Caf\u00e9 owners welcomed the decision.\n".encode("latin-1")
    mixed += "The naïve plan was dropped.\n".encode()
    (tmp_path / "mixed.txt").write_bytes(mixed)
    (tmp_path / "utf16.txt").write_bytes(DUMP.encode("utf-16"))  # NUL bytes, but a BOM
    names = ("cp1251.txt", "lying.html", "mixed.txt", "utf16.txt")
    items = read(*(tmp_path / name for name in names))
    assert all(isinstance(item, Article) for item in items), items
    cp1251, lying, mixed_article, utf16 = items
    assert "northern pier" in utf16.body
    assert "северного причала" in cp1251.body
    assert "café owners" in lying.body.lower()
    kept = mixed_article.body + "\n".join(line.text for line in mixed_article.furniture)
    assert "northern pier" in kept and "Café owners" in kept and "naïve plan" in kept


def test_50_mb_single_line_skipped_with_the_limit(tmp_path):
    line = b"pier " * (10 * 1024 * 1024)  # 50 MB, no newline
    (tmp_path / "huge.txt").write_bytes(line)
    record = b'{"id": "big", "text": "' + line + b'"}\n'
    good = json.dumps({"id": "after", "text": SENTENCE}).encode()
    (tmp_path / "huge.jsonl").write_bytes(record + good + b"\n")
    items = read(tmp_path / "huge.txt", tmp_path / "huge.jsonl", good_file(tmp_path))
    got = by_input(items)
    assert_skipped(got[str(tmp_path / "huge.txt")], "larger than the limit of 16,777,216 bytes")
    assert_skipped(got[f"{tmp_path / 'huge.jsonl'}:1"], "larger than the limit of 16,777,216")
    assert [item.id for item in items if isinstance(item, Article)] == [
        "after",
        str(good_file(tmp_path)),
    ]


def test_html_nested_20000_deep_is_a_clear_skip(tmp_path):
    depth = 20_000
    page = "<html><body>" + "<div>" * depth + f"<p>{SENTENCE}</p>" + "</div>" * depth
    (tmp_path / "deep.html").write_text(page + "</body></html>")
    record = json.dumps({"id": "deep-record", "html": page})
    (tmp_path / "deep.jsonl").write_text(record + "\n")
    started = time.monotonic()
    items = read(tmp_path / "deep.html", tmp_path / "deep.jsonl", good_file(tmp_path))
    assert time.monotonic() - started < 30
    got = by_input(items)
    assert_skipped(got[str(tmp_path / "deep.html")], "nested deeper than the limit of 250")
    assert_skipped(got[f"{tmp_path / 'deep.jsonl'}:1"], "nested deeper")
    assert_good_read(items, tmp_path / "good.txt")


def test_billion_laughs_feed_is_not_expanded(tmp_path):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";" if i else "&lol;") * 10}">'
        for i in range(10)
    )
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<title>&lol9;</title></channel></rss>"
    )
    (tmp_path / "laughs.rss").write_text(feed)
    started = time.monotonic()
    items = read(tmp_path / "laughs.rss", good_file(tmp_path))
    assert time.monotonic() - started < 10
    assert_skipped(by_input(items)[str(tmp_path / "laughs.rss")], "malformed feed")
    assert_good_read(items, tmp_path / "good.txt")


def test_malformed_jsonl_lines_skipped_each_with_its_line(tmp_path):
    lines = [
        "{not json",
        "[1, 2]",
        '{"id": "no-body"}',
        '"just a string"',
        "[" * 100_000,
        json.dumps({"id": "fine", "text": SENTENCE}),
        '{"id": "cut", "text": "the pier',
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines))
    items = read(path)
    got = by_input(items)
    assert_skipped(got[f"{path}:1"], "bad JSON")
    assert_skipped(got[f"{path}:2"], "JSON object")
    assert_skipped(got[f"{path}:3"], "no 'text'")
    assert_skipped(got[f"{path}:4"], "JSON object")
    assert_skipped(got[f"{path}:5"], "bad JSON")
    assert_skipped(got[f"{path}:7"], "bad JSON")
    assert [item.id for item in items if isinstance(item, Article)] == ["fine"]


def test_line_and_paragraph_separators_inside_json_strings_are_read(tmp_path):
    text = SENTENCE + "\u2028Second line.\u2029New paragraph.\u0085After a NEL. " + SENTENCE
    records = [
        json.dumps({"id": "seps", "text": text, "title": "Pier\u2028repairs"}, ensure_ascii=False),
        json.dumps({"id": "next", "text": SENTENCE}),
    ]
    path = tmp_path / "seps.jsonl"
    path.write_bytes("\n".join(records).encode("utf-8"))
    first, second = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.body == text and first.title == "Pier\u2028repairs"
    assert second.id == "next"


def _page(title: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{SENTENCE * 3}</p></article></body></html>"
    ).encode()


def _warc(gz: bool) -> tuple[bytes, int]:
    """Two HTML records; and the offset where the second starts."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    offsets = []
    for n, title in enumerate(("Pier repairs approved", "Ferry timetable changed")):
        offsets.append(buffer.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"http://news.example/{n}",
            "response",
            payload=BytesIO(_page(title)),
            http_headers=headers,
        )
        writer.write_record(record)
    return buffer.getvalue(), offsets[1]


def test_truncated_warc_record_keeps_the_records_before_it(tmp_path):
    for gz, name in ((True, "cut.warc.gz"), (False, "cut.warc")):
        data, second = _warc(gz)
        (tmp_path / name).write_bytes(data[: second + (len(data) - second) // 2])
    items = read(tmp_path / "cut.warc.gz", tmp_path / "cut.warc", good_file(tmp_path))
    articles = [item for item in items if isinstance(item, Article)]
    assert [a.title for a in articles[:2]] == ["Pier repairs approved"] * 2
    assert_good_read(items, tmp_path / "good.txt")
    cut = [item for item in items if isinstance(item, Skipped)]
    assert len(cut) == 2 and all("\n" not in item.reason for item in cut)
    assert "truncated gzip data" in cut[0].reason
    assert cut[1] == Skipped("http://news.example/1", cut[1].reason)
    assert cut[1].reason.startswith("truncated WARC record (")
    # The second, cut-off page is never passed on as if it were whole.
    assert len(articles) == 3


def test_directory_read_recursively_in_sorted_order(tmp_path):
    root = tmp_path / "batch"
    (root / "b" / "inner").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "b" / "inner" / "2.txt").write_text(DUMP.replace("northern", "eastern"))
    (root / "a" / "9.txt").write_text(DUMP)
    (root / "b" / "1.txt").write_text(DUMP.replace("northern", "western"))
    (root / "c.html").write_bytes(_page("Ferry timetable changed"))
    (root / "notes.xlsx").write_bytes(b"PK\x03\x04")
    (root / ".hidden.txt").write_text(DUMP)
    items = read(root, tmp_path / "missing")
    ids = [item.id if isinstance(item, Article) else item.input for item in items]
    assert ids == [
        str(root / "a" / "9.txt"),
        str(root / "b" / "1.txt"),
        str(root / "b" / "inner" / "2.txt"),
        str(root / "c.html"),
        str(root / "notes.xlsx"),
        str(tmp_path / "missing"),
    ]
    assert "western pier" in items[1].body and "eastern pier" in items[2].body
    assert_skipped(items[4], "unsupported input type '.xlsx'")
    assert_skipped(items[5], "no such file")


def test_directory_is_walked_lazily(tmp_path):
    """The first article comes before later directories are even listed."""
    for n in range(3):
        (tmp_path / f"d{n}").mkdir()
        (tmp_path / f"d{n}" / "story.txt").write_text(DUMP)
    items = iter_articles([str(tmp_path / "d0"), str(tmp_path)])
    # Learning site lines lists the tree once before reading; reading then walks it lazily.
    first = next(items)
    (tmp_path / "d2" / "later.txt").write_text(DUMP.replace("northern", "southern"))
    rest = list(items)
    assert isinstance(first, Article)
    assert any(isinstance(item, Article) and "southern pier" in item.body for item in rest)


def test_cli_exits_non_zero_with_one_line_reasons_when_nothing_reads(tmp_path):
    (tmp_path / "noise.txt").write_bytes(random.Random(3).randbytes(5000))
    (tmp_path / "empty.jsonl").write_bytes(b"")
    gzip_junk = gzip.compress(b"not a warc record at all")
    (tmp_path / "junk.warc.gz").write_bytes(gzip_junk)
    inputs = [str(tmp_path / name) for name in ("noise.txt", "empty.jsonl", "junk.warc.gz")]
    result = CliRunner().invoke(
        main, ["ingest", *inputs, str(tmp_path / "missing.txt"), "--db", str(tmp_path / "l.db")]
    )
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 4, result.output
    assert "nothing ingested" in result.output


def test_site_lines_learnt_from_a_bounded_sample_of_dumps(tmp_path, monkeypatch):
    """Learning site lines reads at most SITE_SAMPLE dumps, so it costs the same for any batch."""
    stories = [
        SENTENCE,
        "Ferry crews will strike next month unless the operator restores the winter "
        "timetable, their union told a packed meeting in the terminal building on Friday.",
        "Parents queued outside the town hall to sign a petition against the plan to close "
        "the school kitchen and bring in meals cooked forty miles away.",
    ]
    for n, story in enumerate(stories):
        extra = "Harbour Gazette weekend edition\n" if n else ""
        (tmp_path / f"{n}.txt").write_text(f"Story {n}\n{extra}{story}\n")
    learnt = dispatch._site_boilerplate([str(tmp_path)], 1_000_000)
    assert "harbour gazette weekend edition" in learnt
    monkeypatch.setattr(dispatch, "SITE_SAMPLE", 2)
    assert "harbour gazette weekend edition" not in dispatch._site_boilerplate(
        [str(tmp_path)], 1_000_000
    )
