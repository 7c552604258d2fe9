"""Peak memory of `newsledger ingest` as the number of articles grows (issue 13).

Writes N short synthetic news articles (generated here, no published text) to a JSONL file and
ingests it into a fresh SQLite ledger with the real CLI, once per size, each in its own process,
and prints the peak resident memory of each run. A streaming ingest keeps memory flat in the
number of articles: the acceptance is 10,000 articles within 150 MB of 1,000.

    python benchmarks/memory.py --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LEADERS = [
    ("Norway", "Jonas Gahr Store"),
    ("Chile", "Gabriel Boric"),
    ("Kenya", "William Ruto"),
    ("Poland", "Andrzej Duda"),
    ("Japan", "Fumio Kishida"),
    ("Brazil", "Luiz Inacio Lula da Silva"),
    ("Canada", "Justin Trudeau"),
    ("India", "Narendra Modi"),
]
SENTENCES = [
    "{a_leader} met {b_leader} in {city} on {day}, the {a} government said.",
    "{a_leader} spoke by phone with {b_leader} about {topic}, officials said.",
    "Ministers of {a} and {b} signed an agreement on {topic} on {day}.",
    "A spokesman for {b_leader} denied that any meeting with {a_leader} took place.",
]
CITIES = ["Geneva", "Oslo", "Vienna", "Lisbon", "Nairobi", "Lima", "Hanoi"]
TOPICS = ["fisheries", "energy prices", "grain exports", "rail links", "visas", "tariffs"]
FILLER = ["ports", "farmers", "banks", "schools", "airlines", "miners", "hospitals", "unions"]


def record(i: int) -> dict:
    rng = random.Random(i)
    (a, a_leader), (b, b_leader) = rng.sample(LEADERS, 2)
    day = f"{1 + rng.randrange(28)} {rng.choice(['March', 'April', 'May', 'June'])}"
    values = dict(
        a=a,
        b=b,
        a_leader=a_leader,
        b_leader=b_leader,
        day=day,
        city=rng.choice(CITIES),
        topic=rng.choice(TOPICS),
    )
    body = " ".join(s.format(**values) for s in rng.sample(SENTENCES, 2))
    tail = " ".join(
        f"{rng.choice(FILLER).capitalize()} in region {rng.randrange(500)} expect "
        f"{rng.randrange(2, 90)} weeks of {rng.choice(TOPICS)} talks."
        for _ in range(5)
    )
    title = f"{a} and {b}: report {i}"
    return {
        "id": f"mem-{i:06d}",
        "title": title,
        "text": f"{title}\n\n{body}\n\n{tail}",
        "published": "2024-07-01",
    }


def measure(size: int, folder: Path) -> dict:
    data = folder / f"articles-{size}.jsonl"
    with data.open("w", encoding="utf-8") as out:
        for i in range(size):
            out.write(json.dumps(record(i)) + "\n")
    db = folder / f"ledger-{size}.db"
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "newsledger.cli", "-q", "ingest", str(data), "--db", str(db)],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if run.returncode != 0:
        raise SystemExit(f"ingest of {size} failed: {run.stderr.strip()[-500:]}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"articles": size, "seconds": seconds, "peak_mb": peak_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        with tempfile.TemporaryDirectory() as folder:
            print(json.dumps(measure(args.one, Path(folder))))
        return
    rows = []
    for size in args.sizes:  # each size in a fresh process: ru_maxrss of children is a maximum
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(out.stdout))
    print(f"{'articles':>9} {'seconds':>9} {'articles/s':>11} {'peak MB':>9}")
    for row in rows:
        rate = row["articles"] / row["seconds"]
        print(f"{row['articles']:>9,} {row['seconds']:>9.1f} {rate:>11.1f} {row['peak_mb']:>9.1f}")
    if len(rows) > 1:
        print(
            f"peak difference {rows[-1]['articles']:,} vs {rows[0]['articles']:,}: "
            f"{rows[-1]['peak_mb'] - rows[0]['peak_mb']:.1f} MB (limit 150 MB)"
        )


if __name__ == "__main__":
    main()
