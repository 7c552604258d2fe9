"""The reader registry: a new kind of input is one module plus one registry line."""

from __future__ import annotations

import ast
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from newsledger.model import Article, Skipped
from newsledger.read import registry
from newsledger.read.base import Item, ReadContext, Reader, read_capped
from newsledger.read.dispatch import iter_articles, reread

READ_DIR = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "read"
NOTE = "# Pier repairs approved\n\nThe harbour board approved the repairs to the northern pier.\n"


def _read_markdown(stream: BinaryIO, name: str, context: ReadContext) -> Iterator[Item]:
    """A toy reader: the first `# ` line is the title, the rest the body."""
    data = read_capped(stream, name, context.max_bytes)
    if isinstance(data, Skipped):
        yield data
        return
    yield _markdown(data, name)


def _markdown(data: bytes, id: str) -> Article:
    lines = [line for line in data.decode().splitlines() if line.strip()]
    title = lines[0].removeprefix("# ")
    article = Article(id=id, title=title, body="\n".join([title, *lines[1:]]), raw=data)
    article.raw_kind = "md"
    return article


MARKDOWN = Reader(
    "md",
    (".md",),
    _read_markdown,
    sniff=lambda head: head.startswith(b"# "),
    reread=lambda stored: _markdown(stored.raw or b"", stored.id),
)


@pytest.fixture
def with_markdown(monkeypatch):
    monkeypatch.setattr(registry, "READERS", list(registry.READERS))
    registry.register(MARKDOWN)


def test_a_registered_reader_reads_its_files_and_rereads_them(tmp_path, with_markdown):
    path = tmp_path / "note.md"
    path.write_text(NOTE)
    (article,) = iter_articles([str(path)], published="2024-03-04")
    assert article.title == "Pier repairs approved"
    assert "northern pier" in article.body
    assert article.published == "2024-03-04"
    again = reread(article)
    assert isinstance(again, Article)
    assert again.body == article.body and again.published == "2024-03-04"


def test_a_registered_reader_is_found_by_content_on_stdin(with_markdown, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NOTE.encode())))
    (article,) = iter_articles(["-"])
    assert article.title == "Pier repairs approved"


def test_without_the_registry_line_the_suffix_is_unsupported(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(NOTE)
    (skipped,) = iter_articles([str(path)])
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("unsupported input type '.md'")


def test_kinds_found_by_suffix_longest_first():
    kinds = {name: registry.by_path(Path(name)).kind for name in ("a.warc.gz", "b.HTM", "c")}
    assert kinds == {"a.warc.gz": "warc", "b.HTM": "html", "c": "txt"}
    assert registry.by_path(Path("d.gz")) is None


def test_readers_import_neither_dispatch_nor_registry():
    """No import cycles: only dispatch and the registry look at the readers as a whole."""
    for path in READ_DIR.glob("*.py"):
        if path.stem in ("dispatch", "registry", "__init__"):
            continue
        imported = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
        assert not {"newsledger.read.dispatch", "newsledger.read.registry"} & imported, path
