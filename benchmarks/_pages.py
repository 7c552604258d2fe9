"""Shared by the benchmarks on real pages. Loading the dev pages and flattening them into text
dumps (html-text, one block per line), as a page dump like the seed is, serves the extraction
benchmark and the furniture-model trainer; matching produced ledger events to hand labels and
printing the figures per half serves realpages.py and newswire.py.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from newsledger.clean.encoding import declared_charset, decode

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass
class Page:
    url: str
    html: bytes
    item: dict

    def text(self) -> str:
        return decode(self.html, declared_charset(self.html))

    def dump(self) -> str:
        """The page flattened to text, one block per line, blank lines dropped."""
        import html_text  # a benchmark extra: the scoring below must import without it

        flat = html_text.extract_text(self.text(), guess_layout=True)
        return "\n".join(line.strip() for line in flat.splitlines() if line.strip())


def load_pages(data: Path, name: str, limit: int | None = None) -> list[Page]:
    """The pages of one dev set (`trafilatura_eval` or `htmldate_mediacloud`)."""
    folder = data / "extraction" / name
    index = folder / "evaldata.json"
    if not index.is_file():
        sys.exit(f"no dev data at {folder} (pass --data pointing at shared/data)")
    items = json.loads(index.read_text(encoding="utf-8"))
    pages = [
        Page(url, (folder / "html" / item["file"]).read_bytes(), item)
        for url, item in sorted(items.items())
        if (folder / "html" / item["file"]).is_file()
    ]
    return pages[:limit] if limit else pages


# --- Hand-judged ledger events on real articles (benchmarks/realpages.py, newswire.py) ---------
#
# A sample of articles is analysed with the current code; each ledger event it yields is matched
# to hand labels (a YAML file holding only ids, offsets and judgements, never article text) by
# its signature: article id, type, participants, sentence offsets.


# Produced participant texts longer than this many words are kept in the label files as a
# digest: a long description is a phrase of the licensed article, not a name.
NAME_WORDS = 5


def stored_name(name: str) -> str:
    """A participant as a label file keeps it: the name, or a digest of a long phrase."""
    if name.startswith("#") or len(name.split()) <= NAME_WORDS:
        return name
    return f"#{hashlib.sha1(name.encode('utf-8')).hexdigest()[:12]} ({len(name.split())} words)"


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


def produce(articles: list, stages) -> list[Produced]:
    """Every event the current code puts in the ledger from the sample, with its signature.

    A hypothetical ("she would call X") or future ("they are due to meet on Friday") mention,
    or one with no participant, or one the outlet alone tells as not having happened, is
    stored with its article but makes no ledger event (resolve/merge_service.py), so it is not
    judged here.
    """
    from newsledger.model import to_json
    from newsledger.pipeline import analyze

    out = []
    for article in analyze(articles, stages):
        for event in article.events:
            if event.hypothetical or event.future or not event.participant_names():
                continue
            if event.unclaimed_denial():
                continue  # denied by the outlet alone: no ledger event of its own
            data = to_json(event)
            names = sorted({p["name"] for p in data.get("actors", []) + data.get("recipients", [])})
            kept = tuple(sorted(stored_name(n) for n in names))
            signature = Signature(article.id, data["type"], kept, data["start"], data["end"])
            out.append(Produced(signature, data, article.published))
    return out


def load_labels(path: Path) -> dict[Signature, dict]:
    if not path.is_file():
        return {}
    labels = {}
    for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("events") or []:
        signature = Signature(
            item["page"],
            item["type"],
            tuple(sorted(stored_name(n) for n in item.get("participants") or [])),
            item["start"],
            item["end"],
        )
        labels[signature] = item
    return labels


def _names_match(wanted: list[str], got: list[str]) -> bool:
    """Every wanted name among the produced ones (whole words), and no produced name extra."""
    from ledger import names_match  # benchmarks/ledger.py: one way to compare

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
    from ledger import date_ok

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


def print_judged(
    produced: list[Produced],
    labels: dict[Signature, dict],
    half: dict[str, str],
    names: tuple[str, ...],
    label: bool,
) -> None:
    """The figures for each half (`half` maps an article id to one of `names`) and the whole
    sample, then the unlabelled events (with `label`: their sentence and a YAML stub)."""
    judged = [(p, judge(p, labels)) for p in produced]
    labelled = [(p, j) for p, j in judged if j is not None]
    unlabelled = [p for p, j in judged if j is None]
    seen = {p.signature for p in produced}
    gone = [lab for sig, lab in labels.items() if sig not in seen]

    print(f"events labelled: {len(labelled)} ({sum('auto' in j for _, j in labelled)} by gold)")
    for name in (*names, "all"):
        part = [(p, j) for p, j in labelled if name == "all" or half[p.signature.page] == name]
        left = sum(name == "all" or half[p.signature.page] == name for p in unlabelled)
        _report(name, part, left)
    print(f"labelled events no longer produced: {len(gone)}")
    print(f"unlabelled events: {len(unlabelled)}")
    for p in unlabelled:
        s = p.signature
        where = f"({half[s.page]}) {s.page}"
        print(f"  unlabelled {where} {s.type} {list(s.participants)} [{s.start}:{s.end}]")
        if label:
            e = p.event
            print(f"    sentence: {e.get('sentence', '')!r}")
            print(
                f"    mode={e.get('mode')} date={e.get('date')} location={e.get('location')} "
                f"status={e.get('status')} sources={e.get('sources')}"
            )
            print("    " + _stub(p).replace("\n", "\n    "))


def halves(articles: list, first: str, second: str) -> dict[str, str]:
    """Each article's half: the first half of the sample order, then the second."""
    cut = (len(articles) + 1) // 2
    return {a.id: first if i < cut else second for i, a in enumerate(articles)}


def score(
    articles: list, labels: Path, names: tuple[str, str], heading: str, unit: str, label: bool
) -> None:
    """Analyse the sample, judge every ledger event by the labels and print the figures for
    its two halves (`names`: the read one, then the scored-only one) and the whole."""
    from newsledger.pipeline import Stages

    produced = produce(articles, Stages.load())
    print(heading)
    with_events = len({p.signature.page for p in produced})
    print(f"events produced: {len(produced)} on {with_events} {unit}")
    print_judged(produced, load_labels(labels), halves(articles, *names), names, label)
