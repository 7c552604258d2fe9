"""Time-expression quality and speed on TimeBank + AQUAINT (TBAQ-cleaned), beside dateparser.

Scores follow TempEval-3: strict span F1 (same offsets), relaxed span F1 (overlap, one-to-one),
and type / value F1 counted on relaxed matches (P = matched with the right attribute / predicted,
R = the same / gold). The document creation time (the TIMEX3 with functionInDocument=
CREATION_TIME) is the anchor and is not scored. dateparser's `search_dates` runs on the same
text with the DCT as its relative base; its values are the day (or time) it returns. Speed is
the time stage alone on the parsed docs, in sentences per second on one core.

    .venv/bin/python benchmarks/time.py [--data ../shared/data] [--limit N] [--no-dateparser]
        [--errors]

--errors lists our value errors on relaxed matches, grouped by the shape of the gold value
(1989-WXX, 9999-99-99, P9Y, ...), to show which phenomenon to work on next.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from newsledger import nlp
from newsledger.extract.times import extract_times

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class Document:
    name: str
    text: str
    dct: date
    gold: list[Timex]


def read_timeml(path: Path) -> Document:
    """The plain text of a TimeML document's TEXT element, its DCT and its TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct_node = next(
        t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"
    )
    dct = date.fromisoformat(dct_node.get("value", "")[:10])
    text_node = root.find("TEXT")
    assert text_node is not None, f"{path} has no TEXT element"
    pieces: list[str] = []
    gold: list[Timex] = []

    def walk(node: ET.Element) -> None:
        start = sum(map(len, pieces))
        pieces.append(node.text or "")
        for child in node:
            walk(child)
            pieces.append(child.tail or "")
        if node.tag == "TIMEX3":
            end = start + len("".join(node.itertext()))
            gold.append(Timex(start, end, node.get("type", ""), node.get("value")))

    walk(text_node)
    return Document(path.stem, "".join(pieces), dct, gold)


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0

    def add(self, gold: list[Timex], predicted: list[Timex]) -> list[tuple[Timex, Timex]]:
        """Count one document; return the (gold, predicted) pairs matched with wrong values."""
        wrong: list[tuple[Timex, Timex]] = []
        self.gold += len(gold)
        self.predicted += len(predicted)
        exact = {(g.start, g.end) for g in gold}
        self.strict += sum((p.start, p.end) in exact for p in predicted)
        used: set[int] = set()
        for p in predicted:
            for i, g in enumerate(gold):
                if i not in used and p.start < g.end and g.start < p.end:
                    used.add(i)
                    self.relaxed += 1
                    self.type += p.type == g.type
                    self.value += p.value == g.value
                    if p.value != g.value:
                        wrong.append((g, p))
                    break
        return wrong

    def f1(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def dateparser_times(doc: Document) -> list[Timex]:
    """dateparser's `search_dates` matches, located in the text left to right."""
    from dateparser.search import search_dates

    base = datetime(doc.dct.year, doc.dct.month, doc.dct.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    times: list[Timex] = []
    cursor = 0
    for phrase, moment in found:
        start = doc.text.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        has_clock = moment.hour or moment.minute
        value = moment.strftime("%Y-%m-%dT%H:%M") if has_clock else moment.date().isoformat()
        times.append(Timex(start, cursor, "TIME" if has_clock else "DATE", value))
    return times


def print_table(rows: list[tuple[str, Scores, str]]) -> None:
    header = f"{'system':<22}{'measure':<14}{'P':>7}{'R':>7}{'F1':>7}"
    print(header)
    print("-" * len(header))
    for name, scores, _ in rows:
        for measure, hits in (
            ("strict span", scores.strict),
            ("relaxed span", scores.relaxed),
            ("type", scores.type),
            ("value", scores.value),
        ):
            p, r, f = scores.f1(hits)
            print(f"{name:<22}{measure:<14}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    print()
    for name, scores, speed in rows:
        print(f"{name:<22}gold {scores.gold}  predicted {scores.predicted}  {speed}")


def run(
    name: str, docs: list[Document], extract: Callable[[int], list[Timex]], errors: bool = False
) -> tuple[str, Scores, float]:
    scores = Scores()
    started = time.perf_counter()
    predicted = [extract(i) for i in range(len(docs))]
    elapsed = time.perf_counter() - started
    groups: dict[str, list[str]] = defaultdict(list)
    for doc, pred in zip(docs, predicted, strict=True):
        for g, p in scores.add(doc.gold, pred):
            shape = re.sub(r"\d", "9", g.value or "None")
            groups[shape].append(
                f"  {doc.name} DCT {doc.dct}: {doc.text[g.start : g.end]!r} gold {g.value}, "
                f"ours {p.value} ({doc.text[p.start : p.end]!r})"
            )
    if errors:
        for shape, lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"{shape}: {len(lines)} value errors", *lines, sep="\n")
        print()
    return name, scores, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the slow baseline")
    parser.add_argument("--errors", action="store_true", help="list our value errors by shape")
    args = parser.parse_args()
    folder = args.data / "time" / "tbaq_cleaned"
    if not folder.is_dir():
        sys.exit(f"TimeBank data not found at {folder} (pass --data)")
    # testpipeline/ holds a copy of one TimeBank file: score each document once.
    paths = sorted(p for part in ("TimeBank", "AQUAINT") for p in (folder / part).glob("*.tml"))
    paths = paths[: args.limit] if args.limit else paths
    docs = [read_timeml(p) for p in paths]

    started = time.perf_counter()
    parsed = list(nlp.load().pipe(d.text for d in docs))
    parse_seconds = time.perf_counter() - started
    sentences = sum(len(list(p.sents)) for p in parsed)

    def ours(i: int) -> list[Timex]:
        return [
            Timex(t.start, t.end, t.type, t.value) for t in extract_times(parsed[i], docs[i].dct)
        ]

    rows = []
    name, scores, seconds = run("newsledger", docs, ours, args.errors)
    rows.append((name, scores, f"{sentences / seconds:,.0f} sentences/s (time stage alone)"))
    if not args.no_dateparser:
        name, scores, dp_seconds = run("dateparser", docs, lambda i: dateparser_times(docs[i]))
        rows.append((name, scores, f"{sentences / dp_seconds:,.0f} sentences/s"))
    print(
        f"TBAQ-cleaned: {len(docs)} documents, {sentences:,} sentences "
        f"(spaCy parse {sentences / parse_seconds:,.0f} sentences/s)\n"
    )
    print_table(rows)


if __name__ == "__main__":
    main()
