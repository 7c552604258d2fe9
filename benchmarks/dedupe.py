"""Near-duplicate detection: recall on syndicated copies, false matches between real articles.

Real news articles (PolNeAR: US political news 2015-16, so many articles share topic, names and
phrasing) are each copied the way outlets reprint a wire story: another headline, page
furniture around it, some sentences rewritten, the end cut. Each copy is looked up in a
NearDuplicateIndex holding all originals and should find its own original. All pairs of
different originals are scored too: a pair over the thresholds is either a real reprint in the
corpus or a false match (the closest pairs are printed to tell which).

    .venv/bin/python benchmarks/dedupe.py [--data ../shared/data] [--limit N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

from newsledger.clean.dedupe import (
    CANDIDATE_JACCARD,
    CONTAINMENT,
    MIN_SHINGLES,
    THRESHOLD,
    NearDuplicateIndex,
    containment,
    signature,
    similarity,
)

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FURNITURE = ["Share on Facebook | Share on X | Email", "By Staff and wire reports"]
VARIANTS = {
    "headline+furniture": (0, 0.0),
    "+ 2 sentences rewritten": (2, 0.0),
    "+ 2 rewritten, last 30% cut": (2, 0.3),
    "+ 4 rewritten, last 20% cut": (4, 0.2),
    "+ 6 rewritten, last 50% cut": (6, 0.5),
}


def load(data: Path, limit: int | None) -> list[tuple[str, str]]:
    """(name, text) of PolNeAR's train and dev articles with at least 150 words."""
    root = data / "quotes" / "polnear"
    articles = []
    for split in ("train", "dev"):
        for path in sorted((root / split / "text").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if len(text.split()) >= 150:
                articles.append((path.stem, text))
    return articles[:limit] if limit else articles


def syndicate(text: str, rewritten: int, cut: float, rng: random.Random) -> str:
    """A reprint: new headline and furniture, `rewritten` sentences reworded, the end cut."""
    lines = [line for line in text.splitlines() if line.strip()]
    body = " ".join(lines[1:] if len(lines) > 1 else lines)
    sentences = re.split(r"(?<=[.!?])\s+", body)
    sentences = sentences[: max(1, round(len(sentences) * (1 - cut)))]
    for index in rng.sample(range(len(sentences)), min(rewritten, len(sentences))):
        words = sentences[index].split()
        sentences[index] = " ".join(reversed(words))  # every shingle of the sentence changes
    return "\n".join(["Exclusive: " + lines[0][:60], *FURNITURE, " ".join(sentences)])


def pair_scores(signatures: list[bytes]) -> list[tuple[float, float, int, int]]:
    """(Jaccard, containment, i, j) of every pair with either >= 0.2, computed in bulk.

    The same estimates as dedupe.similarity and dedupe.containment, over numpy arrays.
    """
    sizes = np.array([int.from_bytes(value[:4], "little") for value in signatures])
    matrix = np.stack([np.frombuffer(value, dtype="<u4", offset=4) for value in signatures])
    pairs = []
    for i in range(len(signatures)):
        jaccard = (matrix[i + 1 :] == matrix[i]).mean(axis=1)
        other = sizes[i + 1 :]
        smaller = np.minimum(other, sizes[i])
        shared = jaccard / (1 + jaccard) * (other + sizes[i])
        trusted = (smaller >= MIN_SHINGLES) & (jaccard >= CANDIDATE_JACCARD)
        contained = np.where(trusted, np.minimum(1, shared / smaller), 0)
        for j in np.nonzero((jaccard >= 0.2) | (contained >= 0.2))[0]:
            pairs.append((float(jaccard[j]), float(contained[j]), i, i + 1 + int(j)))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    args = parser.parse_args()
    if not (args.data / "quotes" / "polnear").is_dir():
        sys.exit(f"PolNeAR not found under {args.data}/quotes/polnear (pass --data)")
    articles = load(args.data, args.limit)
    rng = random.Random(13)

    started = time.perf_counter()
    signatures = [signature(text) for _, text in articles]
    per_second = len(articles) / (time.perf_counter() - started)
    index = NearDuplicateIndex()
    for (name, _), value in zip(articles, signatures, strict=True):
        index.add_signature(name, value)

    print(f"{len(articles)} PolNeAR articles; signatures: {per_second:,.0f} articles/s")
    print(f"thresholds: Jaccard {THRESHOLD}, containment {CONTAINMENT}")
    print("share of copies found (J, C: by that score alone; index: NearDuplicateIndex.find)\n")
    print(f"{'copy':30} {'mean J':>7} {'mean C':>7} {'J>=thr':>7} {'C>=thr':>7} {'index':>7}")
    for label, (rewritten, cut) in VARIANTS.items():
        jaccards, contained, found = [], [], 0
        for (name, text), original in zip(articles, signatures, strict=True):
            copy = signature(syndicate(text, rewritten, cut, rng))
            jaccards.append(similarity(original, copy))
            contained.append(containment(original, copy))
            found += index.find_signature(copy) == name
        n = len(articles)
        print(
            f"{label:30} {sum(jaccards) / n:7.3f} {sum(contained) / n:7.3f}"
            f" {sum(j >= THRESHOLD for j in jaccards) / n:7.3f}"
            f" {sum(c >= CONTAINMENT for c in contained) / n:7.3f} {found / n:7.3f}"
        )

    pairs = pair_scores(signatures)
    total = len(articles) * (len(articles) - 1) // 2
    flagged = [p for p in pairs if p[0] >= THRESHOLD or p[1] >= CONTAINMENT]
    print(f"\npairs of different articles: {total:,}; flagged as near-duplicates: {len(flagged)}")
    for low in (0.3, 0.5, 0.6, 0.7):
        print(
            f"  J>={low}: {sum(p[0] >= low for p in pairs)}   C>={low}: "
            f"{sum(p[1] >= low for p in pairs)}"
        )
    print("closest pairs (J, C):")
    for jaccard, contained, i, j in sorted(pairs, key=lambda p: -max(p[0], p[1]))[:8]:
        print(f"  {jaccard:.2f} {contained:.2f}  {articles[i][0]}  ~  {articles[j][0]}")


if __name__ == "__main__":
    main()
