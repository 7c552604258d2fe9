"""Events on real news pages nobody here tuned on, judged by hand: the "before/after" figure.

A fixed random sample (seed below) of English pages from `../shared/data/extraction/
htmldate_mediacloud` is analysed with the current code; each event it yields is matched to the
hand labels in `benchmarks/labels/realpages.yaml` (keyed by page id and the event's signature:
type, participants, sentence offsets; the labels hold only ids, offsets and judgements, never
page text, since the pages are licensed for research only). Printed: events labelled, events
right in type, actors and status (date right or honestly approximate), and the rate, for the
whole sample and for each half: the first half of the sample order is the *tune* half (its pages
and events may be read for error analysis), the second the *check* half (its events are only
labelled, never used to shape the code).

Events the code yields that the labels do not know are listed as "unlabelled"; when a label
says what the sentence's event really is (`gold`), a new event on that sentence is judged
against it automatically. `--label` prints each unlabelled event with its sentence and a YAML
stub, for a human to judge and add to the labels.

The publication date is the page's gold date from the data set, so a better or worse date
extractor does not move the event figures. Run: .venv/bin/python benchmarks/realpages.py
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the shared code in _pages.py
from _pages import (  # noqa: E402
    Produced,  # noqa: F401  (tests use these through this module)
    Signature,  # noqa: F401
    judge,  # noqa: F401
    right,  # noqa: F401
    score,
)

from newsledger.read.html import read_html  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "extraction"
LABELS = ROOT / "benchmarks" / "labels" / "realpages.yaml"
DATA_SET = "htmldate_mediacloud"
SEED = 11
PAGES = 30  # English pages in the sample
TUNE, CHECK = "tune", "check"


def sample_articles(data: Path, count: int = PAGES, seed: int = SEED) -> list:
    """The first `count` English pages of the data set in a fixed shuffled order."""
    folder = data / DATA_SET
    index = folder / "evaldata.json"
    if not index.is_file():
        sys.exit(f"no pages at {folder} (the shared data set is not here)")
    items = sorted(json.loads(index.read_text(encoding="utf-8")).items())
    random.Random(seed).shuffle(items)
    articles = []
    for url, item in items:
        path = folder / "html" / item["file"]
        if not path.is_file():
            continue
        article = read_html(path.read_bytes(), id=f"{DATA_SET}/{item['file']}", url=url)
        if article.language != "en" or not article.body.strip():
            continue
        if isinstance(item.get("date"), str):  # the set marks an unknown date as NaN
            article.published = item["date"]
        articles.append(article)
        if len(articles) == count:
            break
    return articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--pages", type=int, default=PAGES)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument(
        "--label", action="store_true", help="print unlabelled events with their sentence"
    )
    args = parser.parse_args()

    articles = sample_articles(args.data, args.pages)
    heading = f"Real pages: {len(articles)} English pages of {DATA_SET} (seed {SEED})"
    score(articles, args.labels, (TUNE, CHECK), heading, "pages", args.label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
