"""Event-coder quality and cost: PLOVER gold standard, PETRARCH2 unit tests, quad class, timing.

Prints: event-type micro P/R/F1 over (sentence, category) pairs on plover_gsr_dev.jsonl and the
share of gold actor/recipient country codes found on the matched events (participants resolved
with newsledger.resolve.coref); the share of PETRARCH2 unit-test codings reproduced (CAMEO mapped
to PLOVER with plover_CAMEO2PLOVER-2021.txt); the cooperation/conflict quad class on
cameo_quadclass_train.tsv, derived from the first coded event and, 5-fold cross-validated, by a
logistic regression over that event plus the words; the actor-resolution shares of
benchmarks/actors.py; and the event stage's share of end-to-end time.

    .venv/bin/python benchmarks/events.py [--data ../shared/data] [--limit N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np
import pycountry
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from newsledger import nlp
from newsledger.extract.events import extract_events
from newsledger.model import EVENT_TYPES, EventMention

ROOT = Path(__file__).resolve().parents[1]
# CAMEO's quad classes from the PLOVER category (CAMEO 01 statements -> 0, 02-05 -> 1,
# 06-08 -> 2, 09-13 -> 3, 14-20 -> 4), following plover_CAMEO2PLOVER-2021.txt's grouping.
QUAD = {
    "COMMUNICATE": 0,
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "REQUEST": 1,
    "COOPERATE": 2,
    "AID": 2,
    "CONCEDE": 2,
    "RETREAT": 2,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}


class Stages:
    """The extract and resolve stages used end to end, each timed."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
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


def plover(data: Path, stages: Stages, limit: int | None) -> None:
    rows = [json.loads(line) for line in (data / "events" / "plover_gsr_dev.jsonl").open()]
    rows = rows[:limit] if limit else rows
    docs = parse([r["text"] for r in rows], stages)
    tp = fp = fn = 0
    gold_codes = found_codes = 0
    per_type: dict[str, Counter[str]] = {t: Counter() for t in EVENT_TYPES}
    for row, doc in zip(rows, docs, strict=True):
        dct = date.fromisoformat(row.get("date_placeholder") or "2000-01-01")
        events, resolver = stages.run(doc, dct)
        events = coded(events)
        predicted = {e.type for e in events}
        gold = row["event_plover2"]
        tp += gold in predicted
        fn += gold not in predicted
        fp += len(predicted - {gold})
        per_type[gold]["gold"] += 1
        per_type[gold]["tp"] += gold in predicted
        for other in predicted - {gold}:
            per_type[other]["fp"] += 1
        codes = {p["code"] for p in row["actor"] + row["recipient"] if _is_country(p.get("code"))}
        if gold in predicted and codes:
            match = next(e for e in events if e.type == gold)
            got = set()
            if resolver is not None:
                for part in match.actors + match.recipients:
                    actor = resolver.resolve(part.start, part.end)
                    if actor is not None and actor.country:
                        got.add(actor.country)
            gold_codes += len(codes)
            found_codes += len(codes & got)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"PLOVER gold standard dev ({len(rows)} sentences), event type over (sentence, category)")
    print("| precision | recall | F1 | actor/recipient countries found on matched events |")
    print("|---|---|---|---|")
    share = found_codes / gold_codes if gold_codes else 0.0
    print(
        f"| {precision:.3f} | {recall:.3f} | {f1:.3f} | {share:.3f} ({found_codes}/{gold_codes}) |"
    )
    print("\n| category | gold | found | false positives |")
    print("|---|---|---|---|")
    for category, counts in per_type.items():
        if counts:
            print(f"| {category} | {counts['gold']} | {counts['tp']} | {counts['fp']} |")


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


def petrarch(data: Path, stages: Stages, limit: int | None) -> None:
    path = data / "events" / "petrarch_unit_tests.jsonl"
    rows = [json.loads(line) for line in path.open()]
    rows = rows[:limit] if limit else rows
    table = cameo_table(data)
    docs = parse([r["text"] for r in rows], stages)
    expected = reproduced = quiet = quiet_ok = 0
    for row, doc in zip(rows, docs, strict=True):
        predicted = {e.type for e in coded(stages.run(doc, None)[0])}
        if row.get("expect_no_event") or not row.get("events"):
            quiet += 1
            quiet_ok += not predicted
            continue
        for event in row["events"]:
            category = to_plover(str(event.get("cameo", "")), table)
            if category is None:
                continue
            expected += 1
            reproduced += category in predicted
    print(f"\nPETRARCH2 unit tests ({len(rows)} records)")
    print("| expected codings (as PLOVER) | reproduced | share | no-event records left empty |")
    print("|---|---|---|---|")
    share = reproduced / expected if expected else 0.0
    print(f"| {expected} | {reproduced} | {share:.3f} | {quiet_ok}/{quiet} |")


def quad(data: Path, stages: Stages, limit: int | None) -> None:
    lines = (data / "events" / "cameo_quadclass_train.tsv").read_text("utf-8").splitlines()
    pairs = [line.rsplit("\t", 1) for line in lines if "\t" in line]
    pairs = pairs[:limit] if limit else pairs
    texts, labels = [p[0] for p in pairs], np.array([int(p[1]) for p in pairs])
    docs = parse(texts, stages)
    firsts = []
    for doc in docs:
        events = [e for e in stages.run(doc, None)[0] if not e.negated]
        firsts.append(events[0].type if events else None)
    derived = np.array([QUAD.get(t, 0) if t else 0 for t in firsts])
    rule_f1 = f1_score(labels, derived, average="macro")
    onehot = csr_matrix(
        np.array([[3.0 * (t == c) for c in EVENT_TYPES] for t in firsts], dtype=float)
    )
    predicted = np.zeros_like(labels)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train, test in folds.split(texts, labels):
        vectorizer = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2)
        x_train = hstack([vectorizer.fit_transform([texts[i] for i in train]), onehot[train]])
        x_test = hstack([vectorizer.transform([texts[i] for i in test]), onehot[test]])
        model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
        predicted[test] = model.fit(x_train, labels[train]).predict(x_test)
    cv_f1 = f1_score(labels, predicted, average="macro")
    print(f"\nCAMEO quad class ({len(pairs)} sentences), macro-F1")
    print(
        "| first event's category mapped | 5-fold CV: first event + words (logistic regression) |"
    )
    print("|---|---|")
    print(f"| {rule_f1:.3f} | {cv_f1:.3f} |")


def actors(data: Path) -> None:
    path = ROOT / "benchmarks" / "actors.py"
    print("\nActor resolution (benchmarks/actors.py)")
    try:
        spec = importlib.util.spec_from_file_location("actors_benchmark", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        result = module.score(data)
    except (FileNotFoundError, ImportError, AttributeError) as exc:
        print(f"not available: {exc}")
        return
    print("| " + " | ".join(result) + " |")
    print("|" + "---|" * len(result))
    print(
        "| "
        + " | ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in result.values())
        + " |"
    )


def timing(stages: Stages) -> None:
    total = sum(stages.seconds.values())
    print("\nTime per stage over every text above (parse + all stages = end to end)")
    print("| stage | seconds | share |")
    print("|---|---|---|")
    for stage, seconds in stages.seconds.most_common():
        print(f"| {stage} | {seconds:.2f} | {seconds / total:.1%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="first N records of each set")
    options = parser.parse_args()
    if not (options.data / "events" / "plover_gsr_dev.jsonl").exists():
        sys.exit(f"event data not found under {options.data} (pass --data)")
    stages = Stages()
    plover(options.data, stages, options.limit)
    petrarch(options.data, stages, options.limit)
    quad(options.data, stages, options.limit)
    timing(stages)
    actors(options.data)


if __name__ == "__main__":
    main()
