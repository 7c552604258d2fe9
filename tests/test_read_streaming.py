"""Large inputs are read as streams: memory stays flat whatever the size of a JSONL file."""

from __future__ import annotations

import json
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest

from newsledger.model import Article
from newsledger.read.dispatch import iter_articles
from newsledger.read.jsonl import read_jsonl

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "streaming.py"
TEXT = "The harbour board approved the repairs to the northern pier on Thursday. " * 20


class _Watched(BytesIO):
    """A stream that remembers the largest single read asked of it."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self.largest = max(self.largest, len(line))
        return line

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.largest = max(self.largest, len(data))
        return data


def test_jsonl_yields_its_first_record_before_reading_the_rest():
    lines = [json.dumps({"id": f"r{n}", "text": TEXT}) for n in range(5000)]
    stream = _Watched("\n".join(lines).encode())
    items = read_jsonl(stream, "big.jsonl")
    first = next(items)
    assert isinstance(first, Article) and first.id == "r0"
    assert stream.tell() < len(stream.getvalue()) / 100
    assert sum(1 for _ in items) == 4999
    assert stream.largest <= max(map(len, lines)) + 1  # a line at a time, never the whole file


def test_a_long_line_is_skipped_without_being_held(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_MAX_INPUT_BYTES", "10000")
    long_line = json.dumps({"id": "long", "text": TEXT * 100})
    data = f"{long_line}\n{json.dumps({'id': 'after', 'text': TEXT})}\n".encode()
    stream = _Watched(data)
    items = list(read_jsonl(stream, "x.jsonl"))
    assert [getattr(item, "id", None) for item in items] == [None, "after"]
    assert stream.largest <= 1 << 20  # read in chunks, not as one line


@pytest.mark.slow
def test_peak_memory_of_300_mb_jsonl_within_150_mb_of_3_mb(tmp_path):
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--dir", str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "peak difference" in done.stdout


def test_iter_articles_reads_a_jsonl_file_lazily(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"r{n}", "text": TEXT}) for n in range(100)))
    items = iter_articles([str(path)])
    assert next(items).id == "r0"
    path.write_text("")  # truncating the file now shows it was not read ahead
    assert len(list(items)) < 10  # what the file buffer had already taken in
