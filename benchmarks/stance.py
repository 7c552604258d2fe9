"""Lead-sentence stance toward a reported claim: the shipped article stance and older readings.

FNC-1 (competition test, research use) pairs a claim headline with article bodies labelled
agree / disagree / discuss / unrelated. The dev set built here: each body with a clear majority
label over its related pairs (ties left out: its stance must not hinge on which headline it is
paired with), read as a tiny article made of its lead sentence, the place where news states,
denies or hedges the claim. Gold: agree -> for, disagree -> against, discuss -> observing.
Readings, each scored on both halves:
- shipped: `Article.stance`, the pipeline's `stance` stage (extract/lead_stance.py), a linear
  model trained by scripts/train_stance.py on the TUNE half of this set (and the factuality
  sets); the check half is never read item by item, only scored here;
- sources (the older reading, pipeline without the `stance` stage): from the stances the
  pipeline gives the lead's event sources, any denial -> against, else any hedge -> observing,
  else for (also when no event is found);
- always observing: the majority class, the baseline a reading must beat.
Bodies are cut into tune and check halves by benchmarks/splits.py (by Body ID, stratified by
gold). The tune figure of the shipped reading is a training figure. The cut is by body, not by
claim, so copies of one story can sit in both halves: for claims nobody trained on, the
claim-grouped cross-validation scripts/train_stance.py prints is the better forecast.

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
from splits import CHECK, TUNE, assign  # noqa: E402

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


def claim_groups(data: Path) -> dict[str, str]:
    """Each body's claim: bodies joined through the related headlines FNC-1 pairs them with."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    path = data / "claims" / "fnc1" / "competition_test_stances.csv"
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["Stance"] != "unrelated":
                parent[root("b" + row["Body ID"])] = root("h" + row["Headline"])
    return {node[1:]: root(node) for node in list(parent) if node.startswith("b")}


def halves(rows: list[tuple[str, str, str]], data: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Tune and check halves cut by claim, not by body.

    FNC-1 pairs each claim with many bodies, often copies of one wire story; a cut by body puts
    copies of a story on both sides and flatters a model trained on the tune half. Claims (bodies
    joined through their related headlines) are dealt to the halves by benchmarks/splits.py.
    """
    claims = claim_groups(data)
    half = assign(sorted({claims[body] for body, _, _ in rows}))
    out: dict[str, list[tuple[str, str, str]]] = {TUNE: [], CHECK: []}
    for row in rows:
        out[half[claims[row[0]]]].append(row)
    return out


def shipped(article: Article) -> str:
    """The pipeline's own reading of the article's stance (`for` when it gave none)."""
    return article.stance.reading if article.stance is not None else "for"


def sources_reading(article: Article) -> str:
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
    stages = Stages.load()
    analysed = list(analyze(articles, stages))
    seconds = time.perf_counter() - started
    # The older reading without the `stance` stage, which also sets the outlet's stance.
    before = analyze([Article(id=b, body=lead) for b, lead, _ in rows], stages.without("stance"))
    readings = {
        "shipped": {a.id: shipped(a) for a in analysed},
        "sources (old)": {a.id: sources_reading(a) for a in before},
        "always observing": {a.id: "observing" for a in analysed},
    }
    cut = halves(rows, options.data) | {"all": rows}
    print(
        "FNC-1 competition test, lead sentence of each body with a majority related label "
        f"({len(rows)} bodies); halves by claim (benchmarks/splits.py over claims); "
        "the shipped model is trained on the tune half"
    )
    print(
        "| reading | half | bodies | accuracy | balanced accuracy "
        "| recall for | against | observing |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, got in readings.items():
        for name, members in cut.items():
            print(f"| {label} | {name} | " + _scores(got, members))
    print(f"\n{1000 * seconds / max(len(rows), 1):.1f} ms per lead sentence (parse + all stages)")


def _scores(got: dict[str, str], members: list[tuple[str, str, str]]) -> str:
    """Bodies, accuracy, balanced accuracy and per-class recall (gold count) of one half."""
    right = sum(got[b] == gold for b, _, gold in members)
    gold_n = Counter(gold for _, _, gold in members)
    hit = Counter(gold for b, _, gold in members if got[b] == gold)
    shares = [hit[c] / gold_n[c] for c in ("for", "against", "observing") if gold_n[c]]
    recalls = " | ".join(
        f"{hit[c] / gold_n[c]:.3f} ({gold_n[c]})" if gold_n[c] else "-"
        for c in ("for", "against", "observing")
    )
    balanced = sum(shares) / len(shares)
    return f"{len(members)} | {right / len(members):.3f} | {balanced:.3f} | {recalls} |"


if __name__ == "__main__":
    main()
