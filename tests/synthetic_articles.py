"""Short synthetic news articles, written for the tests (no published text is copied).

Pairs of countries meet, call, sign or deny, on dates that repeat across articles, so their
event mentions merge into shared ledger events: the order they are stored in then matters,
which is what the worker and cluster tests need to see.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

COUNTRIES = [
    ("France", "Emmanuel Macron"),
    ("Germany", "Olaf Scholz"),
    ("Japan", "Fumio Kishida"),
    ("Brazil", "Luiz Inacio Lula da Silva"),
    ("India", "Narendra Modi"),
    ("Canada", "Justin Trudeau"),
    ("Kenya", "William Ruto"),
    ("Poland", "Andrzej Duda"),
]
TEMPLATES = [
    "{a_leader} met {b_leader} in {city} on {day} to discuss trade and energy, officials said.",
    "{a_leader} spoke by telephone with {b_leader} on {day}, the {a} government said.",
    "The foreign ministers of {a} and {b} signed an agreement on fisheries in {city} on {day}.",
    '"There was no meeting with {b_leader}," a spokesman for {a_leader} told reporters on {day}.',
]
CITIES = ["Geneva", "Oslo", "Vienna", "Lisbon", "Nairobi"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# A closing paragraph drawn at random (seeded by the article's number) for each article, so
# that articles are not near-duplicates of each other: the ledger would link them as copies
# instead of merging their events.
ADJECTIVES = ["local", "regional", "private", "state", "foreign", "small", "large", "coastal"]
NOUNS = ["farmers", "banks", "ports", "schools", "hospitals", "airlines", "miners", "unions"]
VERBS = ["reported", "expected", "planned", "recorded", "requested", "announced"]
THINGS = ["new contracts", "higher costs", "fewer orders", "longer delays", "extra staff"]
PLACES = ["the north", "the capital", "the south", "the islands", "the border region"]


def closing(i: int) -> str:
    rng = random.Random(i)
    return " ".join(
        f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)} in {rng.choice(PLACES)} "
        f"{rng.choice(VERBS)} {rng.choice(THINGS)} for {rng.randint(2, 40)} weeks."
        for _ in range(4)
    )


def records(count: int) -> list[dict]:
    out = []
    for i in range(count):
        a, a_leader = COUNTRIES[i % len(COUNTRIES)]
        b, b_leader = COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
        if a == b:
            b, b_leader = COUNTRIES[(i + 1) % len(COUNTRIES)]
        values = dict(
            a=a,
            b=b,
            a_leader=a_leader,
            b_leader=b_leader,
            city=CITIES[i % len(CITIES)],
            day=DAYS[i % len(DAYS)],
        )
        first = TEMPLATES[i % len(TEMPLATES)].format(**values)
        second = TEMPLATES[(i + 1) % len(TEMPLATES)].format(**values)
        title = f"{a} and {b} talks, report {i}"
        out.append(
            {
                "id": f"synthetic-{i:04d}",
                "title": title,
                "text": f"{title}\n\n{first} {second}\n\n{closing(i)}",
                "published": f"2024-03-{1 + i % 20:02d}",
            }
        )
    return out


def write_jsonl(path: Path, count: int) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records(count)), encoding="utf-8")
    return path
