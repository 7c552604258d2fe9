"""Time-expression quality and speed on TimeBank + AQUAINT (TBAQ-cleaned), beside dateparser.

Scores follow TempEval-3: strict span F1 (same offsets), relaxed span F1 (overlap, one-to-one),
and type / value F1 counted on relaxed matches (P = matched with the right attribute / predicted,
R = the same / gold). The document creation time (the TIMEX3 with functionInDocument=
CREATION_TIME) is the anchor and is not scored. dateparser's `search_dates` runs on the same
text with the DCT as its relative base; its values are the day (or time) it returns. Speed is
the time stage alone on the parsed docs, in sentences per second on one core.

    .venv/bin/python benchmarks/time.py [--data ../shared/data] [--limit N] [--no-dateparser]
        [--errors]

TBAQ-cleaned is TempEval-3's TRAINING set; it is what this stage was built against, so it is
cut, like every dev set, into a tune half and a check half by benchmarks/splits.py (by document
name) and every figure is printed for all, tune and check. --errors lists our value errors on
relaxed matches in the tune half only, grouped by the shape of the gold value (1989-WXX,
9999-99-99, P9Y, ...), to show which phenomenon to work on next.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import TUNE, split  # noqa: E402


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
    header = f"{'system / half':<22}{'measure':<14}{'P':>7}{'R':>7}{'F1':>7}"
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
        print(f"{name:<22}gold {scores.gold}  predicted {scores.predicted}  {speed}".rstrip())


def run(
    name: str, docs: list[Document], extract: Callable[[int], list[Timex]], errors: set[str]
) -> tuple[dict[str, list[Timex]], float]:
    """Every document's predictions (by name) and the seconds they took; print the value errors
    of the documents named in `errors` (the tune half when --errors is given)."""
    started = time.perf_counter()
    predicted = {doc.name: extract(i) for i, doc in enumerate(docs)}
    elapsed = time.perf_counter() - started
    groups: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        if doc.name not in errors:
            continue
        for g, p in Scores().add(doc.gold, predicted[doc.name]):
            shape = re.sub(r"\d", "9", g.value or "None")
            groups[shape].append(
                f"  {doc.name} DCT {doc.dct}: {doc.text[g.start : g.end]!r} gold {g.value}, "
                f"ours {p.value} ({doc.text[p.start : p.end]!r})"
            )
    for shape, lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"{shape}: {len(lines)} value errors", *lines, sep="\n")
    if groups:
        print()
    return predicted, elapsed


def scored(docs: list[Document], predicted: dict[str, list[Timex]]) -> Scores:
    scores = Scores()
    for doc in docs:
        scores.add(doc.gold, predicted[doc.name])
    return scores


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

    halves = {"all": docs} | split(docs, key=lambda d: d.name)
    to_list = {d.name for d in halves[TUNE]} if args.errors else set()
    systems = [("newsledger", ours, "sentences/s (time stage alone)")]
    if not args.no_dateparser:
        systems.append(("dateparser", lambda i: dateparser_times(docs[i]), "sentences/s"))
    rows = []
    for name, extract, unit in systems:
        predicted, seconds = run(name, docs, extract, to_list if name == "newsledger" else set())
        for half, members in halves.items():
            speed = f"{sentences / seconds:,.0f} {unit}" if half == "all" else ""
            rows.append((f"{name} {half}", scored(members, predicted), speed))
    print(
        f"TBAQ-cleaned (TempEval-3 training set): {len(docs)} documents "
        f"(tune {len(halves['tune'])}, check {len(halves['check'])}), {sentences:,} sentences "
        f"(spaCy parse {sentences / parse_seconds:,.0f} sentences/s)\n"
    )
    print_table(rows)


if __name__ == "__main__":
    main()
