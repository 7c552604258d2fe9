"""Time ranked full-text search over 1,000 articles (the issue's target: under 200 ms on SQLite).

Generates synthetic articles (titles, bodies of ~300 words, quotes and one event each, built
from a fixed vocabulary with a seeded random generator, no NLP) straight into a fresh ledger
with `Ledger.save_article`, builds the search index once (timed apart), then runs a mix of
one-, two- and three-word ranked queries, some with filters, and prints median and p95.

Run: .venv/bin/python benchmarks/search.py [--articles 1000] [--queries 200] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from newsledger import search
from newsledger.ledger import Ledger
from newsledger.model import Article, EventDate, EventMention, Participant, Quote, Source

WORDS = (
    "talks summit minister border trade accord sanctions grain pipeline ceasefire election "
    "parliament budget tariff harbour drought vaccine reactor treaty embassy protest strike "
    "frontier refinery satellite fishing quota airline railway coalition referendum inflation "
    "currency loan subsidy wheat copper lithium corridor bridge dam convoy envoy delegation"
).split()
FILLER = "the a of in on and to with for by after before about over under as at from".split()
LEADERS = [
    ("Ana Lima", "BRA"), ("Jon Berg", "NOR"), ("Mei Tan", "SGP"), ("Omar Haddad", "JOR"),
    ("Lena Vogt", "DEU"), ("Ravi Menon", "IND"), ("Ines Duarte", "PRT"), ("Kofi Mensah", "GHA"),
]  # fmt: skip
TYPES = ("CONSULT", "AGREE", "ACCUSE", "REJECT", "SANCTION", "AID")


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) if rng.random() < 0.35 else rng.choice(FILLER) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article(rng: random.Random, n: int) -> Article:
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    (a, ca), (b, cb) = rng.sample(LEADERS, 2)
    lead = f"{a} met {b} to discuss the {rng.choice(WORDS)} and the {rng.choice(WORDS)}."
    said = sentence(rng, 12)
    body = " ".join([lead, f'"{said}" {a} said.'] + [sentence(rng, 14) for _ in range(20)])
    quote_start = body.index(said)
    event = EventMention(
        type=rng.choice(TYPES),
        actors=[Participant(a, ca, "GOV")],
        recipients=[Participant(b, cb, "GOV")],
        date=EventDate(day, day, day, day),
        sources=[Source("the outlet", "asserts")],
        sentence=lead,
        start=0,
        end=len(lead),
    )
    return Article(
        id=f"synthetic-{n:05d}.txt",
        title=f"{a} and {b}: {rng.choice(WORDS)} {rng.choice(WORDS)}",
        published=day,
        body=body,
        quotes=[Quote(said, quote_start, quote_start + len(said), "direct", speaker=a)],
        events=[event],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--db", help="ledger URL (default: a fresh temporary SQLite file)")
    args = parser.parse_args()
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as folder:
        ledger = Ledger(args.db or f"sqlite:///{Path(folder) / 'bench.db'}")
        start = time.perf_counter()
        for n in range(args.articles):
            ledger.save_article(article(rng, n))
        saved = time.perf_counter() - start
        start = time.perf_counter()
        indexed = search.catch_up(ledger.engine)
        index_s = time.perf_counter() - start
        filters = [
            search.Filters(),
            search.Filters(kinds=("event",)),
            search.Filters(since="2024-06", until="2024-09-30"),
            search.Filters(actor="Lima"),
        ]
        timings, found = [], 0
        for i in range(args.queries):
            query = " ".join(rng.sample(WORDS, 1 + i % 3))
            start = time.perf_counter()
            hits = search.search(ledger.engine, query, filters[i % len(filters)], limit=20)
            timings.append((time.perf_counter() - start) * 1000)
            found += len(hits)
        ledger.close()
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    backend = (args.db or "sqlite").split(":", 1)[0]
    print(f"{args.articles} articles saved in {saved:.1f} s; indexed {indexed} in {index_s:.2f} s")
    print(
        f"search ({backend}): {len(timings)} ranked queries, median "
        f"{statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, max {timings[-1]:.1f} ms "
        f"(target < 200 ms); {found / len(timings):.1f} hits per query"
    )


if __name__ == "__main__":
    main()
