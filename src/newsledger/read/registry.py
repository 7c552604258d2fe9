"""The readers newsledger knows, and how an input finds its reader: by file name or content.

Adding a kind of input is one module declaring a `Reader` plus one line in READERS. The order
of READERS is the order content is sniffed in (the most distinctive first); an input no reader
recognises by content is read as a text dump.
"""

from __future__ import annotations

from pathlib import Path

from newsledger.read import feeds, html, jsonl, text_dump, warc
from newsledger.read.base import Reader

READERS: list[Reader] = [
    warc.READER,
    feeds.READER,
    html.READER,
    jsonl.READER,
    text_dump.READER,
]
FALLBACK = "txt"


def register(reader: Reader) -> None:
    """Add `reader`, replacing any reader of the same kind (for plug-ins and tests)."""
    READERS[:] = [known for known in READERS if known.kind != reader.kind] + [reader]


def by_kind(kind: str | None) -> Reader | None:
    return next((reader for reader in READERS if reader.kind == kind), None)


def by_path(path: Path) -> Reader | None:
    """The reader whose longest suffix ends the file name ("" matches a name without one)."""
    name = path.name.lower()
    best: tuple[int, Reader] | None = None
    for reader in READERS:
        for suffix in reader.suffixes:
            hit = name.endswith(suffix) if suffix else not path.suffix
            if hit and (best is None or len(suffix) > best[0]):
                best = (len(suffix), reader)
    return best[1] if best else None


def by_content(head: bytes) -> Reader:
    """The first reader that recognises the input's first bytes, else the text-dump reader."""
    for reader in READERS:
        if reader.sniff(head):
            return reader
    fallback = by_kind(FALLBACK)
    assert fallback is not None, "the text-dump reader is always registered"
    return fallback


def suffixes() -> str:
    """The file suffixes read, for a message to the user."""
    return ", ".join(suffix for reader in READERS for suffix in reader.suffixes if suffix)
