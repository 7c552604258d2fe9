"""The tune/check split (benchmarks/splits.py): fixed by the seed, balanced, order-free.

Every benchmark's honesty rests on these properties: an item never changes half between runs or
with the order it is read in, and each half keeps the set's mix of strata.
"""

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "splits.py"
spec = importlib.util.spec_from_file_location("splits", PATH)
splits = importlib.util.module_from_spec(spec)
spec.loader.exec_module(splits)

IDS = [f"doc-{n:03d}" for n in range(200)]


def test_assignment_is_fixed_and_independent_of_order():
    forward = splits.assign(IDS)
    backward = splits.assign(list(reversed(IDS)))
    assert forward == backward
    assert set(forward.values()) == {"tune", "check"}


def test_halves_are_balanced_within_each_stratum():
    stratum = {i: ("A" if n % 3 else "B") for n, i in enumerate(IDS)}
    halves = splits.assign(IDS, stratum.get)
    for name in ("A", "B"):
        counts = Counter(h for i, h in halves.items() if stratum[i] == name)
        assert abs(counts["tune"] - counts["check"]) <= 1


def test_parity_halves_never_move_when_the_set_grows():
    before = {i: splits.half_of(i) for i in IDS}
    after = {i: splits.half_of(i) for i in [*IDS, "doc-new"]}
    assert all(after[i] == h for i, h in before.items())
    assert 60 < sum(h == "tune" for h in before.values()) < 140


def test_another_seed_gives_another_split():
    assert splits.assign(IDS) != splits.assign(IDS, seed="other")


def test_split_keeps_items_and_their_order():
    items = [{"id": i, "kind": n % 4} for n, i in enumerate(IDS)]
    halves = splits.split(items, key=lambda r: r["id"], stratum=lambda r: r["kind"])
    assert sorted(r["id"] for h in halves.values() for r in h) == sorted(IDS)
    for half in halves.values():
        positions = [IDS.index(r["id"]) for r in half]
        assert positions == sorted(positions)


def test_plover_dev_halves_cover_every_category():
    data = Path(__file__).resolve().parents[2] / "shared" / "data" / "events"
    path = data / "plover_gsr_dev.jsonl"
    if not path.is_file():
        pytest.skip("the shared PLOVER dev file (../shared/data/events) is not present")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    halves = splits.split(rows, key=lambda r: r["id"], stratum=lambda r: r["event_plover2"])
    assert abs(len(halves["tune"]) - len(halves["check"])) <= 16
    categories = {r["event_plover2"] for r in rows}
    assert {r["event_plover2"] for r in halves["tune"]} == categories
