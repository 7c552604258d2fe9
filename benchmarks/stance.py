"""Lead-sentence stance toward a reported claim, from the shipped denies/hedges reading (FNC-1).

FNC-1 (competition test, research use) pairs a claim headline with article bodies labelled
agree / disagree / discuss / unrelated. The dev set built here: each body with a clear majority
label over its related pairs (ties left out: its stance must not hinge on which headline it is
paired with), read as a tiny article made of its lead sentence, the place where news states,
denies or hedges the claim. Gold: agree -> for, disagree -> against, discuss -> observing.
Reading: the pipeline (`newsledger.pipeline.analyze`) codes the lead's events and their
sources' stances; any source that denies -> against, else any that hedges -> observing, else
for (also when no event is found). Bodies are cut into tune and check halves by
benchmarks/splits.py (by Body ID, stratified by gold). Nothing here was built or tuned on
these data; the figure is a measurement only.

    .venv/bin/python benchmarks/stance.py [--data ../shared/data] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from newsledger.model import Article, StanceKind
from newsledger.pipeline import Stages, analyze

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from splits import split  # noqa: E402

GOLD = {"agree": "for", "disagree": "against", "discuss": "observing"}
LEAD = re.compile(r"^(.{20,400}?[.!?])(?:\s|$)", re.S)


def dev_set(data: Path) -> list[tuple[str, str, str]]:
    """(Body ID, lead sentence, gold stance) of every body with a majority related label."""
    root = data / "claims" / "fnc1"
    with open(root / "competition_test_bodies.csv", encoding="utf-8", newline="") as f:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(f)}
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    with open(root / "competition_test_stances.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["Stance"] in GOLD:
                labels[row["Body ID"]][GOLD[row["Stance"]]] += 1
    out = []
    for body_id, found in sorted(labels.items()):
        text = " ".join(bodies[body_id].split())
        match = LEAD.match(text)
        ranked = found.most_common(2)
        if text and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            out.append((body_id, match.group(1) if match else text[:400], ranked[0][0]))
    return out


def reading(article: Article) -> str:
    """for / against / observing, from the stances of the article's event sources."""
    stances = {s.stance for e in article.events for s in e.sources}
    if StanceKind.DENIES in stances:
        return "against"
    if StanceKind.HEDGES in stances:
        return "observing"
    return "for"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="first N bodies only")
    options = parser.parse_args()
    if not (options.data / "claims" / "fnc1" / "competition_test_stances.csv").is_file():
        sys.exit(f"FNC-1 data not found under {options.data} (pass --data)")
    rows = dev_set(options.data)[: options.limit]
    started = time.perf_counter()
    articles = [Article(id=body_id, body=lead) for body_id, lead, _ in rows]
    got = {a.id: reading(a) for a in analyze(articles, Stages.load())}
    seconds = time.perf_counter() - started
    halves = {"all": rows} | split(rows, key=lambda r: r[0], stratum=lambda r: r[2])
    print(
        "FNC-1 competition test, lead sentence of each body with a majority related label "
        f"({len(rows)} bodies); halves by benchmarks/splits.py; nothing tuned on these data"
    )
    print("| half | bodies | accuracy | balanced accuracy | recall for | against | observing |")
    print("|---|---|---|---|---|---|---|")
    for name, members in halves.items():
        right = sum(got[b] == gold for b, _, gold in members)
        gold_n = Counter(gold for _, _, gold in members)
        hit = Counter(gold for b, _, gold in members if got[b] == gold)
        shares = [hit[c] / gold_n[c] for c in ("for", "against", "observing") if gold_n[c]]
        recalls = " | ".join(
            f"{hit[c] / gold_n[c]:.3f} ({gold_n[c]})" if gold_n[c] else "-"
            for c in ("for", "against", "observing")
        )
        balanced = sum(shares) / len(shares)
        accuracy = right / len(members)
        print(f"| {name} | {len(members)} | {accuracy:.3f} | {balanced:.3f} | {recalls} |")
    print(f"\n{1000 * seconds / max(len(rows), 1):.1f} ms per lead sentence (parse + all stages)")


if __name__ == "__main__":
    main()
