"""Streaming: peak memory of reading a large JSONL must not grow with the file.

Synthetic JSONL files (generated here, about 3 KB a record) of a small and a large size are
each read through `iter_articles` in a fresh process, which keeps no article; the peak resident
memory (ru_maxrss) of the two processes is compared. Issue 15 asks the difference to stay under
150 MB for 300 MB against 3 MB.

    .venv/bin/python benchmarks/streaming.py [--small-mb 3] [--large-mb 300] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LIMIT_MB = 150
WORDS = "harbour board pier repairs council budget storm fishing crews vote delay".split()
# Run in the child: read every record, keep none, report the count and peak memory.
CHILD = """
import resource, sys
from newsledger.read.dispatch import iter_articles
count = sum(1 for _ in iter_articles([sys.argv[1]]))
print(count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def write_jsonl(path: Path, megabytes: float) -> int:
    """Write synthetic records until the file reaches `megabytes`; return how many."""
    target, size, count = megabytes * 1024 * 1024, 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < target:
            words = [WORDS[(count * 7 + i * 3) % len(WORDS)] for i in range(450)]
            text = f"Record {count}: " + " ".join(words) + "."
            line = json.dumps({"id": f"r{count}", "text": text, "title": f"Story {count}"})
            out.write(line + "\n")
            size += len(line) + 1
            count += 1
    return count


def peak_mb(path: Path) -> tuple[int, float, float]:
    """(articles read, peak RSS in MB, seconds) of a fresh process reading `path`."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True
    )
    count, kilobytes = done.stdout.split()
    return int(count), int(kilobytes) / 1024, time.monotonic() - started


def measure(small_mb: float, large_mb: float, directory: Path) -> float:
    """Print a table for both sizes and return the difference of their peaks in MB."""
    peaks = []
    print(f"{'file':>10} {'records':>9} {'read':>9} {'peak MB':>9} {'seconds':>8}")
    for megabytes in (small_mb, large_mb):
        path = directory / f"synthetic-{megabytes:g}mb.jsonl"
        records = write_jsonl(path, megabytes)
        count, peak, seconds = peak_mb(path)
        path.unlink()
        peaks.append(peak)
        print(f"{megabytes:>8g}MB {records:>9,} {count:>9,} {peak:>9.1f} {seconds:>8.1f}")
    difference = peaks[1] - peaks[0]
    print(f"peak difference: {difference:.1f} MB (limit {LIMIT_MB} MB)")
    return difference


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small-mb", type=float, default=3)
    parser.add_argument("--large-mb", type=float, default=300)
    parser.add_argument("--dir", type=Path, help="where to write the files (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as directory:
        difference = measure(args.small_mb, args.large_mb, Path(directory))
    sys.exit(0 if difference < LIMIT_MB else 1)


if __name__ == "__main__":
    main()
