"""Event-coder quality and cost: PLOVER gold standard, PETRARCH2 unit tests, quad class, timing.

Every dev set is cut into a tune half (error analysis allowed) and a check half (scored only) by
benchmarks/splits.py; each figure is printed for all, tune and check. Prints: event-type micro
P/R/F1 over (sentence, category) pairs on plover_gsr_dev.jsonl and the share of gold
actor/recipient country codes found on the matched events (participants resolved with
newsledger.resolve.coref); the quad class (0..4) of each sentence as the pipeline's quad stage
and `quad.article_quad` read it (the codebook's class of the first act that happened, past
statements, in verbal form for a promised or threatened act; else the model trained on the
training sets cameo_quadclass_train.tsv and NGEC's synthetic leads) against the gold category's
CAMEO2PLOVER grouping, beside the first event's category mapped; the share of
PETRARCH2 unit-test codings reproduced (CAMEO mapped to PLOVER with plover_CAMEO2PLOVER-2021.txt);
the time per stage (the quad reading against the parse); and benchmarks/actors.py's shares.

    .venv/bin/python benchmarks/events.py [--data ../shared/data] [--limit N] [--halves tune]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pycountry
from sklearn.metrics import f1_score

from newsledger import nlp
from newsledger.extract import events_lexicon, quad
from newsledger.extract.events import extract_events
from newsledger.model import Article, EventMention

# The event categories of the shipped vocabulary (data/events.yaml).
EVENT_TYPES = tuple(events_lexicon.load().categories)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from splits import HALVES, TUNE, split  # noqa: E402


class Stages:
    """The extract and resolve stages used end to end, each timed."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.plover_parse = 0.0  # parse seconds of the PLOVER sentences, the quad reading's base
        try:
            from newsledger.extract.times import extract_times
        except ImportError:
            extract_times = None
        try:
            from newsledger.extract.quotes import extract_quotes
        except ImportError:
            extract_quotes = None
        try:
            from newsledger.resolve.coref import MentionResolver
            from newsledger.resolve.kb import ActorBase

            self.kb = ActorBase.default()
            self.resolver = MentionResolver
        except ImportError:
            self.kb = self.resolver = None
        self.extract_times, self.extract_quotes = extract_times, extract_quotes

    def run(self, doc, dct: date | None) -> tuple[list[EventMention], object]:
        """Times, quotes and events of one doc, and its resolver (None without one)."""
        started = time.perf_counter()
        times = self.extract_times(doc, dct) if self.extract_times else []
        self.seconds["times"] += time.perf_counter() - started
        if self.extract_quotes:
            started = time.perf_counter()
            self.extract_quotes(doc)
            self.seconds["quotes"] += time.perf_counter() - started
        started = time.perf_counter()
        events = extract_events(doc, times)
        self.seconds["events"] += time.perf_counter() - started
        resolver = None
        if self.resolver is not None:
            started = time.perf_counter()
            resolver = self.resolver(doc, self.kb, dct.isoformat() if dct else None)
            for event in events:
                for part in event.actors + event.recipients:
                    resolver.resolve(part.start, part.end)
            self.seconds["resolve"] += time.perf_counter() - started
        return events, resolver


def parse(texts: list[str], stages: Stages) -> list:
    started = time.perf_counter()
    docs = list(nlp.load().pipe(texts, batch_size=64))
    stages.seconds["parse"] += time.perf_counter() - started
    return docs


def coded(events: list[EventMention]) -> list[EventMention]:
    """Mentions PLOVER would code: not negated, and not the one-way contacts it leaves out."""
    return [e for e in events if not e.negated and e.type != "COMMUNICATE"]


def _is_country(code: str | None) -> bool:
    """ISO 3166 alpha-3 codes only: IGO/NGO/IMG and CAMEO's own country codes are not scored."""
    return bool(code) and pycountry.countries.get(alpha_3=code) is not None


@dataclass
class Outcome:
    """One PLOVER sentence scored: category pairs, country codes, and quad classes."""

    tp: int
    fp: int
    fn: int
    gold_codes: int
    found_codes: int
    gold_quad: int
    rule_quad: int
    shipped_quad: int | None
    predicted: frozenset[str]


def plover_outcome(row: dict, doc, stages: Stages) -> Outcome:
    dct = date.fromisoformat(row.get("date_placeholder") or "2000-01-01")
    events, resolver = stages.run(doc, dct)
    article = Article(id=row["id"], body=row["text"], events=events)
    started = time.perf_counter()
    quad.annotate(article.events)
    shipped = quad.article_quad(article)
    stages.seconds["quad"] += time.perf_counter() - started
    firsts = [e for e in events if not e.negated]
    rule = quad.category_quads().get(firsts[0].type, 0) if firsts else 0
    events = coded(events)
    predicted = {e.type for e in events}
    gold = row["event_plover2"]
    codes = {p["code"] for p in row["actor"] + row["recipient"] if _is_country(p.get("code"))}
    got: set[str] = set()
    if gold in predicted and codes and resolver is not None:
        match = next(e for e in events if e.type == gold)
        for part in match.actors + match.recipients:
            actor = resolver.resolve(part.start, part.end)
            if actor is not None and actor.country:
                got.add(actor.country)
    matched = gold in predicted
    return Outcome(
        int(matched),
        len(predicted - {gold}),
        int(not matched),
        len(codes) if matched else 0,
        len(codes & got),
        quad.category_quads()[gold],
        rule,
        shipped,
        frozenset(predicted),
    )


def plover(data: Path, stages: Stages, limit: int | None, halves: tuple[str, ...]) -> None:
    rows = [json.loads(line) for line in (data / "events" / "plover_gsr_dev.jsonl").open()]
    rows = rows[:limit] if limit else rows
    before = stages.seconds["parse"]
    docs = parse([r["text"] for r in rows], stages)
    stages.plover_parse = stages.seconds["parse"] - before
    outcomes = {r["id"]: plover_outcome(r, d, stages) for r, d in zip(rows, docs, strict=True)}
    parts = split(rows, key=lambda r: r["id"], stratum=lambda r: r["event_plover2"])
    parts = {"all": rows} | parts
    parts = {name: members for name, members in parts.items() if name in halves}
    print(
        f"PLOVER gold standard dev ({len(rows)} sentences; halves by benchmarks/splits.py, "
        "stratified by category), event type over (sentence, category)"
    )
    print("| half | sentences | precision | recall | F1 | countries found on matched events |")
    print("|---|---|---|---|---|---|")
    for name, members in parts.items():
        got = [outcomes[r["id"]] for r in members]
        tp, fp, fn = (sum(getattr(o, k) for o in got) for k in ("tp", "fp", "fn"))
        gold_codes = sum(o.gold_codes for o in got)
        found_codes = sum(o.found_codes for o in got)
        p, r, f = prf(tp, tp + fp, tp + fn)
        share = found_codes / gold_codes if gold_codes else 0.0
        print(
            f"| {name} | {len(members)} | {p:.3f} | {r:.3f} | {f:.3f} "
            f"| {share:.3f} ({found_codes}/{gold_codes}) |"
        )
    print(
        "\nQuad class (0..4, CAMEO2PLOVER grouping of the gold category), macro-F1 over the "
        "classes in gold or predicted (PLOVER has no class 0, statements: a predicted 0 adds a "
        "zero to the mean; the second column leaves it out). Shipped model: " + quad.model_source()
    )
    print(
        "| half | sentences | shipped reading (pipeline quad stage + article_quad) "
        "| same, gold classes only "
        "| first event's category mapped |"
    )
    print("|---|---|---|---|---|")
    for name, members in parts.items():
        got = [outcomes[r["id"]] for r in members]
        gold = [o.gold_quad for o in got]
        shipped = [o.shipped_quad if o.shipped_quad is not None else 0 for o in got]
        rule = [o.rule_quad for o in got]
        present = sorted(set(gold))
        print(
            f"| {name} | {len(members)} | {f1_score(gold, shipped, average='macro'):.3f} "
            f"| {f1_score(gold, shipped, labels=present, average='macro'):.3f} "
            f"| {f1_score(gold, rule, average='macro'):.3f} |"
        )
    if TUNE in halves:
        # Error analysis is allowed on the tune half only: per-category counts from it alone.
        per_type: dict[str, Counter[str]] = {t: Counter() for t in EVENT_TYPES}
        for row in parts[TUNE]:
            o = outcomes[row["id"]]
            per_type[row["event_plover2"]]["gold"] += 1
            per_type[row["event_plover2"]]["tp"] += o.tp
            for other in o.predicted - {row["event_plover2"]}:
                per_type[other]["fp"] += 1
        print("\nTune half by category")
        print("| category | gold | found | false positives |")
        print("|---|---|---|---|")
        for category, counts in per_type.items():
            if counts:
                print(f"| {category} | {counts['gold']} | {counts['tp']} | {counts['fp']} |")


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cameo_table(data: Path) -> dict[str, str]:
    table = {}
    for line in (data / "events" / "plover_CAMEO2PLOVER-2021.txt").open(encoding="utf-8"):
        match = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if match:
            table[match.group(1)] = match.group(2)
    return table


def to_plover(code: str, table: dict[str, str]) -> str | None:
    """A CAMEO code's PLOVER category, by the longest listed prefix."""
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


def petrarch(data: Path, stages: Stages, limit: int | None, halves: tuple[str, ...]) -> None:
    path = data / "events" / "petrarch_unit_tests.jsonl"
    rows = [json.loads(line) for line in path.open()]
    rows = rows[:limit] if limit else rows
    table = cameo_table(data)
    docs = parse([r["text"] for r in rows], stages)
    result: dict[str, tuple[int, int, int, int]] = {}
    for row, doc in zip(rows, docs, strict=True):
        predicted = {e.type for e in coded(stages.run(doc, None)[0])}
        if row.get("expect_no_event") or not row.get("events"):
            result[row["id"]] = (0, 0, 1, int(not predicted))
            continue
        categories = [to_plover(str(e.get("cameo", "")), table) for e in row["events"]]
        categories = [c for c in categories if c is not None]
        result[row["id"]] = (len(categories), sum(c in predicted for c in categories), 0, 0)
    parts = {"all": rows} | split(rows, key=lambda r: r["id"], stratum=lambda r: r["category"])
    print(f"\nPETRARCH2 unit tests ({len(rows)} records; halves stratified by test category)")
    print("| half | expected codings (as PLOVER) | reproduced | share | no-event left empty |")
    print("|---|---|---|---|---|")
    for name, members in parts.items():
        if name not in halves:
            continue
        expected, reproduced, quiet, quiet_ok = (
            sum(result[r["id"]][k] for r in members) for k in range(4)
        )
        share = reproduced / expected if expected else 0.0
        print(f"| {name} | {expected} | {reproduced} | {share:.3f} | {quiet_ok}/{quiet} |")


def actors(data: Path, halves: tuple[str, ...]) -> None:
    path = ROOT / "benchmarks" / "actors.py"
    print("\nActor resolution (benchmarks/actors.py)")
    try:
        spec = importlib.util.spec_from_file_location("actors_benchmark", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        results = {half: module.score(data, half=half) for half in halves}
    except (FileNotFoundError, ImportError, AttributeError) as exc:
        print(f"not available: {exc}")
        return
    columns = list(next(iter(results.values())))
    print("| half | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for half, result in results.items():
        values = (f"{v:.3f}" if isinstance(v, float) else str(v) for v in result.values())
        print(f"| {half} | " + " | ".join(values) + " |")


def timing(stages: Stages) -> None:
    total = sum(stages.seconds.values())
    print("\nTime per stage over every text above (parse + all stages = end to end)")
    print("| stage | seconds | share |")
    print("|---|---|---|")
    for stage, seconds in stages.seconds.most_common():
        print(f"| {stage} | {seconds:.2f} | {seconds / total:.1%} |")
    if stages.plover_parse:
        share = stages.seconds["quad"] / stages.plover_parse
        print(f"quad reading on the PLOVER sentences: {share:.1%} of their parse time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="first N records of each set")
    parser.add_argument(
        "--halves",
        nargs="+",
        choices=("all", *HALVES),
        default=["all", *HALVES],
        help="which halves to print (tune only while working on the coder)",
    )
    options = parser.parse_args()
    halves = tuple(options.halves)
    if not (options.data / "events" / "plover_gsr_dev.jsonl").exists():
        sys.exit(f"event data not found under {options.data} (pass --data)")
    stages = Stages()
    plover(options.data, stages, options.limit, halves)
    petrarch(options.data, stages, options.limit, halves)
    timing(stages)
    actors(options.data, halves)


if __name__ == "__main__":
    main()
