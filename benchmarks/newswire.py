"""Events in wire news nobody here mined for events, judged by hand: a second "real articles"
figure beside realpages.py.

The pool is the TimeBank + AQUAINT wire stories in `../shared/data/time/tbaq_cleaned` (TimeML
files: `<DCT>` is the document date, `<TEXT>` the body, `<TITLE>` the headline where there is
one). The time stage was built on these files; their events never were. A document is eligible
when it comes from a general news wire (file prefix APW, AP, NYT, XIE or VOA; not the Wall Street
Journal's business pages nor broadcast transcripts) and its text has 150-900 words; the eligible
names, sorted, are shuffled with a fixed seed and the first 40 kept. The first 20 of that order
are the *study* half (its events may be read for error analysis), the other 20 the *poolcheck*
half (its events are labelled, never used to shape the code).

Each document becomes an article: the headline, a blank line, then the text's paragraphs one a
line with the tags stripped; the wire's pre-Unicode typesetting is undone (``...'' are quotes,
a spaced underscore is a dash). The publication date is the DCT. Every ledger event the code
yields is matched to the hand labels in `benchmarks/labels/newswire.yaml` (only ids, offsets and
judgements, never text: the corpus is licensed for research) exactly as realpages.py does;
`--label` prints each unlabelled event with its sentence and a YAML stub.

Run: .venv/bin/python benchmarks/newswire.py [--label]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the shared code in _pages.py
from _pages import score  # noqa: E402

from newsledger.model import Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "time" / "tbaq_cleaned"
LABELS = ROOT / "benchmarks" / "labels" / "newswire.yaml"
SEED = 12
DOCUMENTS = 40
WIRES = ("APW", "AP", "NYT", "XIE", "VOA")
MIN_WORDS, MAX_WORDS = 150, 900
STUDY, POOLCHECK = "study", "poolcheck"


def _text(node: ET.Element | None) -> str:
    return "".join(node.itertext()) if node is not None else ""


def _untypeset(text: str) -> str:
    """The wire's ASCII conventions as a page would print them: ``x'' -> "x", ' _ ' -> ' — '."""
    text = text.replace("``", '"').replace("''", '"')
    return re.sub(r"(?<=\S) _(?= |$)", " —", text)


def read_document(path: Path) -> Article:
    """One TimeML document as an article dated by its DCT."""
    root = ET.parse(path).getroot()
    dct = next(t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME")
    paragraphs = [
        " ".join(_untypeset(block).split())
        for block in re.split(r"\n\s*\n", _text(root.find("TEXT")))
    ]
    paragraphs = [p for p in paragraphs if p]
    title = " ".join(_untypeset(_text(root.find("TITLE"))).split()) or None
    article = Article(id=f"tbaq/{path.parent.name}/{path.stem}", language="en")
    article.published = (dct.get("value") or "")[:10] or None
    article.raw_kind = "txt"
    if title:
        article.title, article.title_start = title, 0
        article.body = title + "\n\n" + "\n".join(paragraphs)
    else:
        article.body = "\n".join(paragraphs)
    return article


def eligible(folder: Path) -> list[Path]:
    """The wire stories of the stated length, in name order."""
    out = []
    for path in sorted(folder.glob("*/*.tml")):
        prefix = re.match(r"[A-Za-z]+", path.name)
        if not prefix or prefix.group(0) not in WIRES:
            continue
        words = len(_text(ET.parse(path).getroot().find("TEXT")).split())
        if MIN_WORDS <= words <= MAX_WORDS:
            out.append(path)
    return out


def sample_articles(folder: Path, count: int = DOCUMENTS, seed: int = SEED) -> list[Article]:
    paths = sorted(eligible(folder), key=lambda p: p.name)
    random.Random(seed).shuffle(paths)
    return [read_document(p) for p in paths[:count]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--documents", type=int, default=DOCUMENTS)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument(
        "--label", action="store_true", help="print unlabelled events with their sentence"
    )
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no wire pool at {args.data} (the shared data set is not here): nothing to score")
        return 0

    articles = sample_articles(args.data, args.documents)
    heading = f"Newswire: {len(articles)} TimeBank/AQUAINT wire stories (seed {SEED})"
    score(articles, args.labels, (STUDY, POOLCHECK), heading, "documents", args.label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
