"""Events in US political news from outlets' own newsrooms, judged by hand: a third "real
articles" figure beside realpages.py and newswire.py.

The pool is PolNeAR's train compartment (`../shared/data/quotes/polnear`, US political news of
2015-16 from seven outlets); the quote annotations are not used, only the texts. An article is
eligible when its outlet wrote it (metadata `wire` None or NA: no AP, AFP, Reuters or UPI copy).
The eligible names, sorted, are shuffled with a fixed seed. Positions 0-79 and 100-233 of that
order were read in rounds 19 and 20 to find the rules of political news (the *read* pool, never
scored here); positions 80-99 are the *check* sample scored here, whose events are only
labelled.

Each text's first paragraph is its headline (the metadata title is used), the rest its body; the
publication date is the metadata's. Every ledger event the code yields is matched to the hand
labels in `benchmarks/labels/political.yaml` (ids, offsets and judgements only, never text: the
corpus is for research use) exactly as realpages.py does; `--label` prints each unlabelled event
with its sentence and a YAML stub.

Run: .venv/bin/python benchmarks/political.py [--label]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the shared code in _pages.py
from _pages import load_labels, print_judged, produce  # noqa: E402

from newsledger.model import Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "quotes" / "polnear"
LABELS = ROOT / "benchmarks" / "labels" / "political.yaml"
SEED = 7
CHECK = slice(80, 100)  # positions in the shuffled order; 0-79, 100-233 were read


def metadata(folder: Path) -> dict[str, dict[str, str]]:
    """PolNeAR's metadata rows by article name."""
    with open(folder / "metadata.tsv", encoding="utf-8", newline="") as f:
        return {r["filename"]: r for r in csv.DictReader(f, delimiter="\t")}


def eligible(meta: dict[str, dict[str, str]]) -> list[str]:
    """The train articles their outlet wrote, by name, in name order."""
    return sorted(
        n for n, r in meta.items() if r["compartment"] == "train" and r["wire"] in ("None", "NA")
    )


def read_article(folder: Path, name: str, meta: dict[str, str]) -> Article | None:
    path = folder / "train" / "text" / f"{name}.txt"
    if not path.is_file():
        return None
    _, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    return Article(
        id=f"polnear/{name}", title=meta["title"], body=body, published=meta["publication_date"]
    )


def sample_articles(folder: Path) -> list[Article]:
    """The check sample: positions 80-99 of the eligible names shuffled with the seed."""
    meta = metadata(folder)
    names = eligible(meta)
    random.Random(SEED).shuffle(names)
    articles = [read_article(folder, n, meta[n]) for n in names[CHECK]]
    return [a for a in articles if a is not None]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument(
        "--label", action="store_true", help="print unlabelled events with their sentence"
    )
    args = parser.parse_args()
    if not (args.data / "metadata.tsv").is_file():
        print(
            f"no PolNeAR texts at {args.data} (the shared data set is not here): nothing to score"
        )
        return 0

    from newsledger.pipeline import Stages

    articles = sample_articles(args.data)
    produced = produce(articles, Stages.load())
    print(f"Political news: {len(articles)} PolNeAR outlet articles (seed {SEED}, check sample)")
    print(
        f"events produced: {len(produced)} on {len({p.signature.page for p in produced})} articles"
    )
    half = {a.id: "check" for a in articles}
    print_judged(produced, load_labels(args.labels), half, ("check",), args.label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
