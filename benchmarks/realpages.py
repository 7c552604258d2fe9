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
from dataclasses import dataclass
from pathlib import Path

import yaml
from ledger import date_ok, names_match  # benchmarks/ledger.py: one way to compare

from newsledger.model import to_json
from newsledger.pipeline import Stages, analyze
from newsledger.read.html import read_html

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "extraction"
LABELS = ROOT / "benchmarks" / "labels" / "realpages.yaml"
DATA_SET = "htmldate_mediacloud"
SEED = 11
PAGES = 30  # English pages in the sample
TUNE, CHECK = "tune", "check"


@dataclass(frozen=True)
class Signature:
    """What identifies a produced event across runs of the same code."""

    page: str
    type: str
    participants: tuple[str, ...]
    start: int
    end: int


@dataclass
class Produced:
    signature: Signature
    event: dict  # the event as `analyze --format json` prints it
    published: str | None  # an approximate window must end by then


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


def produce(articles: list, stages: Stages) -> list[Produced]:
    """Every event the current code puts in the ledger from the sample, with its signature.

    A hypothetical ("she would call X") or future ("they are due to meet on Friday") mention,
    or one with no participant, is stored with its article but makes no ledger event
    (resolve/merge_service.py), so it is not judged here.
    """
    out = []
    for article in analyze(articles, stages):
        for event in article.events:
            if event.hypothetical or event.future or not event.participant_names():
                continue
            data = to_json(event)
            names = sorted({p["name"] for p in data.get("actors", []) + data.get("recipients", [])})
            signature = Signature(
                article.id, data["type"], tuple(names), data["start"], data["end"]
            )
            out.append(Produced(signature, data, article.published))
    return out


def load_labels(path: Path = LABELS) -> dict[Signature, dict]:
    if not path.is_file():
        return {}
    labels = {}
    for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("events") or []:
        signature = Signature(
            item["page"],
            item["type"],
            tuple(sorted(item.get("participants") or [])),
            item["start"],
            item["end"],
        )
        labels[signature] = item
    return labels


def _names_match(wanted: list[str], got: list[str]) -> bool:
    """Every wanted name among the produced ones (whole words), and no produced name extra."""
    return all(any(names_match(w, g) for g in got) for w in wanted) and all(
        any(names_match(w, g) for w in wanted) for g in got
    )


def _date_judged(date: dict) -> str | None:
    """The date as a label records it: its value, or "approximate" for a placed window."""
    return "approximate" if date.get("approximate") else date.get("value")


def _changed(label: dict, event: dict) -> bool:
    """The event's status or date is no longer what the label judged (a wrong type stays wrong)."""
    judged = label.get("judged") or {}
    return label["type_ok"] and (
        event.get("status") != judged.get("status")
        or _date_judged(event.get("date") or {}) != judged.get("date")
    )


def _from_gold(produced: Produced, labels: dict[Signature, dict]) -> dict | None:
    """Judge an event by the gold of a label on the same sentence with the same type."""
    s, event = produced.signature, produced.event
    for other in labels.values():
        gold = other.get("gold")
        if (
            other["page"] == s.page
            and other["start"] == s.start
            and gold
            and gold["type"] == s.type
        ):
            got = [p["name"] for p in event.get("actors", []) + event.get("recipients", [])]
            return {
                "type_ok": True,
                "actors_ok": _names_match(gold.get("participants") or [], got),
                "status_ok": event.get("status") == gold.get("status"),
                "date_ok": gold.get("date") is None
                or date_ok(gold["date"], event.get("date"), produced.published or ""),
                "auto": True,
            }
    return None


def judge(produced: Produced, labels: dict[Signature, dict]) -> dict | None:
    """Judgements for one produced event: its own label while the event is as it was judged,
    else the gold of its sentence's label; None when neither applies (unlabelled)."""
    label = labels.get(produced.signature)
    if label is not None and not _changed(label, produced.event):
        return label
    return _from_gold(produced, labels)


def right(label: dict) -> bool:
    return all(label.get(k) for k in ("type_ok", "actors_ok", "status_ok", "date_ok"))


def _stub(p: Produced) -> str:
    s = p.signature
    return yaml.safe_dump(
        [
            {
                "page": s.page,
                "type": s.type,
                "participants": list(s.participants),
                "start": s.start,
                "end": s.end,
                "type_ok": None,
                "actors_ok": None,
                "status_ok": None,
                "date_ok": None,
            }
        ],
        sort_keys=False,
        allow_unicode=True,
    )


def halves(articles: list) -> dict[str, str]:
    """Each page's half: the first half of the sample order is tune, the rest check."""
    cut = (len(articles) + 1) // 2
    return {a.id: TUNE if i < cut else CHECK for i, a in enumerate(articles)}


def _report(name: str, labelled: list[tuple[Produced, dict]], unlabelled: int) -> None:
    """One block of figures for a half (or the whole sample)."""
    good = sum(right(j) for _, j in labelled)
    rate = good / len(labelled) if labelled else 0.0
    print(
        f"[{name}] right in type+actors+status, date right or approximate: "
        f"{good}/{len(labelled)} = {rate:.3f} (unlabelled {unlabelled})"
    )
    no_date = sum(all(j.get(k) for k in ("type_ok", "actors_ok", "status_ok")) for _, j in labelled)
    print(f"[{name}] right in type+actors+status, whatever the date: {no_date}/{len(labelled)}")
    parts = ", ".join(
        f"{key} {sum(bool(j.get(key)) for _, j in labelled)}"
        for key in ("type_ok", "actors_ok", "status_ok", "date_ok")
    )
    print(f"[{name}] {parts}")


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
    produced = produce(articles, Stages.load())
    labels = load_labels(args.labels)
    judged = [(p, judge(p, labels)) for p in produced]
    labelled = [(p, j) for p, j in judged if j is not None]
    unlabelled = [p for p, j in judged if j is None]
    seen = {p.signature for p in produced}
    gone = [lab for sig, lab in labels.items() if sig not in seen]

    print(f"Real pages: {len(articles)} English pages of {DATA_SET} (seed {SEED})")
    pages_with_events = len({p.signature.page for p in produced})
    print(f"events produced: {len(produced)} on {pages_with_events} pages")
    print(f"events labelled: {len(labelled)} ({sum('auto' in j for _, j in labelled)} by gold)")
    half = halves(articles)
    for name in (TUNE, CHECK, "all"):
        part = [(p, j) for p, j in labelled if name == "all" or half[p.signature.page] == name]
        left = sum(name == "all" or half[p.signature.page] == name for p in unlabelled)
        _report(name, part, left)
    print(f"labelled events no longer produced: {len(gone)}")
    print(f"unlabelled events: {len(unlabelled)}")
    for p in unlabelled:
        s = p.signature
        where = f"({half[s.page]}) {s.page}"
        print(f"  unlabelled {where} {s.type} {list(s.participants)} [{s.start}:{s.end}]")
        if args.label:
            e = p.event
            print(f"    sentence: {e.get('sentence', '')!r}")
            print(
                f"    mode={e.get('mode')} date={e.get('date')} location={e.get('location')} "
                f"status={e.get('status')} sources={e.get('sources')}"
            )
            print("    " + _stub(p).replace("\n", "\n    "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
