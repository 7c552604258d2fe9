"""The tune/check split shared by every benchmark: a fixed, seeded halving of each dev set.

Figures measured on the data whose errors shaped the rules flatter the project. Each dev set is
therefore cut in two by item id: the *tune* half may be read case by case (error analysis,
lexicon work, training data for models), the *check* half is only ever scored. The cut is a
function of the ids and a fixed seed, not a stored list, so it is the same on every run, on every
machine and in any reading order. (Growing a set re-deals the items ranked after a newcomer in its
stratum; `half_of`, by hash parity alone, never moves an old item.)

Within each stratum (e.g. the gold category of a PLOVER sentence), items are ordered by the
SHA-1 of seed + id and dealt alternately to tune and check, so both halves keep the set's mix.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

SEED = "newsledger-issue-12"
TUNE, CHECK = "tune", "check"
HALVES = (TUNE, CHECK)
T = TypeVar("T")


def rank(item_id: str, seed: str = SEED) -> str:
    """The sort key that orders items inside a stratum (hex SHA-1 of seed and id)."""
    return hashlib.sha1(f"{seed}\x00{item_id}".encode()).hexdigest()


def half_of(item_id: str, seed: str = SEED) -> str:
    """The half of one id on its own (parity of its hash): for sets too large to stratify."""
    return TUNE if int(rank(item_id, seed), 16) % 2 == 0 else CHECK


def assign(
    ids: Iterable[str], strata: Callable[[str], Hashable] | None = None, seed: str = SEED
) -> dict[str, str]:
    """Each id's half, balanced within every stratum (`strata(id)`; one stratum when None).

    The first id of each stratum in hash order goes to tune, the next to check, and so on:
    halves differ in size by at most one per stratum.
    """
    groups: dict[Hashable, list[str]] = defaultdict(list)
    for item_id in dict.fromkeys(ids):
        groups[strata(item_id) if strata else None].append(item_id)
    halves: dict[str, str] = {}
    for members in groups.values():
        for n, item_id in enumerate(sorted(members, key=lambda i: rank(i, seed))):
            halves[item_id] = HALVES[n % 2]
    return halves


def split(
    items: Iterable[T],
    key: Callable[[T], str],
    stratum: Callable[[T], Hashable] | None = None,
    seed: str = SEED,
) -> dict[str, list[T]]:
    """Items grouped into {"tune": [...], "check": [...]}, keeping their order inside each half."""
    items = list(items)
    by_id = {key(item): item for item in items}
    halves = assign(by_id, (lambda i: stratum(by_id[i])) if stratum else None, seed)
    out: dict[str, list[T]] = {TUNE: [], CHECK: []}
    for item in items:
        out[halves[key(item)]].append(item)
    return out
