"""Score the ledger itself: multi-article scenarios ingested in order against the expected ledger.

Each folder under `benchmarks/scenarios/` holds short articles written for this benchmark (text
dumps) and an `expected.yaml`: the articles in ingestion order with their publication dates,
and the events an analyst expects in the ledger afterwards. Every scenario goes into a fresh
temporary SQLite ledger through the project's own library (read, analyse, `Ledger.save_article`)
and the ledger is read back with `Ledger.events()`.

Expected facts, each counted once: the event exists with its type and all its participants;
its mode, date ("approximate": a window ending at publication), location ("none": no place) and
status, where given; for each expected source, that it is there with the right stance, and
with the right role (no role in the output is a miss); for each `not_sources` name, that it
gives no stance. Expected and produced events are paired one to one by type and participant
overlap (names compared as whole words without case or accents, so "Putin" = "Vladimir
Putin"). Produced events left unpaired are extra: printed, and counted against precision
(future and hypothetical mentions are listed apart, not counted).

Run: .venv/bin/python benchmarks/ledger.py [--verbose] [--scenario NAME]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsledger.ledger import Ledger
from newsledger.model import Skipped, to_json
from newsledger.pipeline import Stages, analyze
from newsledger.read.dispatch import iter_articles

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
OUTLET_NAMES = ("the outlet",)


@dataclass
class Tally:
    met: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)

    def fact(self, ok: bool, what: str) -> None:
        self.met += ok
        self.expected += 1
        if not ok:
            self.misses.append(what)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def names_match(a: str, b: str) -> bool:
    """Either name found in the other as whole words ("Putin" ~ "Vladimir Putin")."""
    a, b = _fold(a).strip(), _fold(b).strip()
    if not a or not b:
        return False
    return bool(
        re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b)
        or re.search(rf"(?<!\w){re.escape(b)}(?!\w)", a)
    )


def _alternatives(value) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def participants(event: dict) -> list[str]:
    return [p["name"] for p in event.get("actors", []) + event.get("recipients", [])]


def _overlap(expected: dict, produced: dict) -> int:
    """How many expected participants the produced event has (each may name alternatives)."""
    got = participants(produced)
    return sum(
        any(names_match(alt, g) for alt in _alternatives(w) for g in got)
        for w in expected["participants"]
    )


def pair_events(
    expected: list[dict], produced: list[dict], published: str = ""
) -> list[tuple[dict, dict | None]]:
    """One to one, by type, then the most participants in common, then the most facts met
    (greedy, best pairs first), so a call is paired with the call and not a vaguer mention."""

    def facts(e: dict, p: dict) -> int:
        tally = Tally()
        score_event(e, p, published, tally)
        return tally.met

    candidates = sorted(
        (
            (_overlap(e, p), facts(e, p), -i, -j, i, j)
            for i, e in enumerate(expected)
            for j, p in enumerate(produced)
            if p["type"] == e["type"] and _overlap(e, p) > 0
        ),
        reverse=True,
    )
    taken_e: dict[int, int] = {}
    taken_p: set[int] = set()
    for *_, i, j in candidates:
        if i not in taken_e and j not in taken_p:
            taken_e[i] = j
            taken_p.add(j)
    return [(e, produced[taken_e[i]] if i in taken_e else None) for i, e in enumerate(expected)]


def _source_matches(wanted, source: dict) -> bool:
    for name in _alternatives(wanted):
        if name == "outlet":
            if source.get("role") == "outlet" or source.get("name") in OUTLET_NAMES:
                return True
        elif names_match(name, source.get("name") or ""):
            return True
    return False


def date_ok(wanted, date: dict | None, last_published: str) -> bool:
    """The expected day (a more precise value on that day counts: 2025-06-09TEV); or, for
    "approximate", a window with no date phrase ending at or before publication."""
    date = date or {}
    if str(wanted) == "approximate":
        end = date.get("end")
        return bool(date.get("approximate")) or (
            date.get("text") is None
            and bool(date.get("start"))
            and bool(end)
            and end <= last_published
        )
    value = date.get("value") or ""
    return value == str(wanted) or value.startswith(f"{wanted}T")


def _location_ok(wanted, location: str | None) -> bool:
    if str(wanted) == "none":
        return not location
    return bool(location) and names_match(str(wanted), location)


def score_event(expected: dict, produced: dict | None, last_published: str, tally: Tally) -> None:
    """Tally every fact of one expected event against its paired produced event."""
    label = f"{expected['type']} {[_alternatives(p)[0] for p in expected['participants']]}"
    got = participants(produced) if produced else []
    exists = produced is not None and _overlap(expected, produced) == len(expected["participants"])
    tally.fact(exists, f"{label}: event with its participants (got {got or 'none'})")
    produced = produced or {}
    if "mode" in expected:
        tally.fact(
            produced.get("mode") == expected["mode"],
            f"{label}: mode {expected['mode']} (got {produced.get('mode')})",
        )
    if "date" in expected:
        date = produced.get("date")
        tally.fact(
            date_ok(expected["date"], date, last_published),
            f"{label}: date {expected['date']} (got {date})",
        )
    if "location" in expected:
        tally.fact(
            _location_ok(expected["location"], produced.get("location")),
            f"{label}: location {expected['location']} (got {produced.get('location')})",
        )
    tally.fact(
        produced.get("status") == expected["status"],
        f"{label}: status {expected['status']} (got {produced.get('status')})",
    )
    sources = produced.get("sources") or []
    for want in expected.get("sources") or []:
        found = [s for s in sources if _source_matches(want["name"], s)]
        who = _alternatives(want["name"])[0]
        tally.fact(
            any(s.get("stance") == want["stance"] for s in found),
            f"{label}: source {who} {want['stance']} "
            f"(got {[(s.get('name'), s.get('stance')) for s in found] or 'no such source'})",
        )
        roles = _alternatives(want["role"])
        tally.fact(
            any(s.get("role") in roles for s in found),
            f"{label}: source {who} role {'|'.join(roles)} "
            f"(got {[s.get('role') for s in found] or 'no such source'})",
        )
    for name in expected.get("not_sources") or []:
        bad = [s for s in sources if names_match(name, s.get("name") or "")]
        tally.fact(
            not bad,
            f"{label}: {name} gives no stance (got {[(s['name'], s['stance']) for s in bad]})",
        )


def ingest_scenario(folder: Path, stages: Stages) -> tuple[dict, list[dict]]:
    """A fresh ledger with the scenario's articles saved in order; its events as JSON."""
    spec = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(f"sqlite:///{Path(tmp) / 'ledger.db'}")
        try:
            for entry in spec["articles"]:
                path = str(folder / entry["file"])
                for item in iter_articles([path], published=str(entry["published"])):
                    if isinstance(item, Skipped):
                        raise SystemExit(f"{folder.name}: {item.id} skipped: {item.reason}")
                    for article in analyze([item], stages):
                        ledger.save_article(article)
            events = [to_json(e) for e in ledger.events()]
        finally:
            ledger.close()
    return spec, events


def _brief(event: dict) -> str:
    date = (event.get("date") or {}).get("value")
    sources = [(s.get("name"), s.get("stance"), s.get("role")) for s in event.get("sources", [])]
    return (
        f"{event['type']}/{event.get('mode')} {participants(event)} date={date} "
        f"loc={event.get('location')} status={event.get('status')} sources={sources}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", type=Path, default=SCENARIOS)
    parser.add_argument("--scenario", help="run only this scenario (folder name)")
    parser.add_argument("--verbose", action="store_true", help="print every miss and event")
    args = parser.parse_args()

    folders = sorted(p for p in args.scenarios.iterdir() if (p / "expected.yaml").is_file())
    if args.scenario:
        folders = [p for p in folders if p.name == args.scenario]
    stages = Stages.load()
    total = Tally()
    total_extra = total_produced = total_paired = 0
    print(f"{'scenario':32} {'facts met':>12} {'extra':>6}")
    for folder in folders:
        spec, events = ingest_scenario(folder, stages)
        last_published = str(spec["articles"][-1]["published"])
        tally = Tally()
        pairs = pair_events(spec["events"], events, last_published)
        for expected, produced in pairs:
            score_event(expected, produced, last_published, tally)
        paired = {id(p) for _, p in pairs if p is not None}
        unpaired = [e for e in events if id(e) not in paired]
        extra = [e for e in unpaired if not (e.get("future") or e.get("hypothetical"))]
        aside = [e for e in unpaired if e.get("future") or e.get("hypothetical")]
        total.met += tally.met
        total.expected += tally.expected
        total_extra += len(extra)
        total_paired += len(paired)
        total_produced += len(paired) + len(extra)
        print(f"{folder.name:32} {tally.met:>5}/{tally.expected:<6} {len(extra):>6}")
        if args.verbose:
            for miss in tally.misses:
                print(f"    miss: {miss}")
        for event in extra:
            print(f"    extra: {_brief(event)}")
        for event in aside:
            print(f"    (future/hypothetical, not counted): {_brief(event)}")
        if args.verbose:
            for event in events:
                print(f"    event: {_brief(event)}")
    share = total.met / total.expected if total.expected else 0.0
    precision = total_paired / total_produced if total_produced else 0.0
    print(f"\nTotal: {len(folders)} scenarios")
    print(f"expected ledger facts met: {total.met}/{total.expected} = {share:.3f}")
    print(f"extra events: {total_extra}; precision (paired / produced): {precision:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
