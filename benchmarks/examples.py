"""Score `analyze` output against analysts' expectation files (the seed's expected.yaml form).

For each article with a companion `NAME.expected.yaml` (the project's examples/, and the shared
seed), prints which expected items newsledger meets: title, furniture, quotes (content overlap
and speaker), times (text and TIMEX3 value) and events (type and participants; then date and
status, topics). Run: .venv/bin/python benchmarks/examples.py [--seed PATH] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "examples" / "seed"


def _overlap(a: str, b: str) -> float:
    """Share of the shorter text's words found in the longer (quotes may differ in bounds)."""
    wa = [w.strip(".,;:\"'“”") for w in a.lower().split()]
    wb = [w.strip(".,;:\"'“”") for w in b.lower().split()]
    if not wa or not wb:
        return 0.0
    short, long_ = (wa, set(wb)) if len(wa) <= len(wb) else (wb, set(wa))
    return sum(w in long_ for w in short) / len(short)


def _fold(name: str) -> str:
    """Canonical names compared without diacritics (Erdoğan = Erdogan)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _names(items) -> set[str]:
    return {_fold(i if isinstance(i, str) else i["name"]) for i in items or []}


def score_article(result: dict, expected: dict) -> dict:
    """Counts of expected items met, by family; `misses` lists what was not."""
    misses: list[str] = []
    out: dict[str, list[int]] = {}

    def tally(family: str, ok: bool, what: str) -> None:
        out.setdefault(family, [0, 0])
        out[family][0] += ok
        out[family][1] += 1
        if not ok:
            misses.append(f"{family}: {what}")

    tally("title", result["title"] == expected.get("title"), str(expected.get("title")))
    got_furniture = {(f["text"], f["kind"]) for f in result["furniture"]}
    for f in expected.get("furniture", []):
        kept = any(f["text"] == g[0] for g in got_furniture) and f["text"] not in result["body"]
        tally("furniture kept apart", kept, f["text"])
    for q in expected.get("quotes", []):
        text = q["text"].replace("...", " ")
        found = [g for g in result["quotes"] if _overlap(text, g["text"]) >= 0.5]
        tally("quotes found", bool(found), q["text"][:60])
        if found:
            right = any(_fold(g["speaker"] or "") == _fold(q["speaker"]) for g in found)
            tally("quote speakers right", right, f"{q['speaker']}: {q['text'][:40]}")
    for t in expected.get("times", []):
        found = [
            g
            for g in result["times"]
            if t["text"].lower() in g["text"].lower() or g["text"].lower() in t["text"].lower()
        ]
        tally("times found", bool(found), t["text"])
        if found and "value" in t:
            tally(
                "time values right",
                any(g["value"] == t["value"] for g in found),
                f"{t['text']} -> {t['value']} (got {[g['value'] for g in found]})",
            )
    for e in expected.get("events", []):
        wanted = _names(e.get("actors")) | _names(e.get("recipients"))
        found = [
            g
            for g in result["events"]
            if g["type"] == e["type"] and wanted <= _names(g["actors"]) | _names(g["recipients"])
        ]
        label = f"{e['type']} {sorted(wanted)} {e.get('date')}"
        tally("events found", bool(found), label)
        if found and e.get("date"):
            tally(
                "event dates right",
                any(g["date"] and g["date"]["value"] == e["date"] for g in found),
                label,
            )
        for topic in e.get("topics") or [] if found else []:
            tally(
                "event topics found",
                any(_overlap(topic, t) >= 0.5 for g in found for t in g.get("topics") or []),
                f"{label} topic {topic!r} (got {[g.get('topics') for g in found]})",
            )
        if found and e.get("status"):
            tally(
                "event statuses right",
                any(g["status"] == e["status"] for g in found),
                f"{label} {e['status']} (got {[g['status'] for g in found]})",
            )
    return {"counts": out, "misses": misses}


def expectation_files(seed: Path | None) -> list[tuple[Path, Path]]:
    pairs = [
        (p.with_name(p.name.replace(".expected.yaml", ".txt")), p)
        for p in sorted((ROOT / "examples").glob("*.expected.yaml"))
    ]
    if seed and (seed / "expected.yaml").is_file():
        pairs.append((seed / "article.txt", seed / "expected.yaml"))
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=SEED, help="folder of the shared seed")
    parser.add_argument("--verbose", action="store_true", help="list every missed item")
    args = parser.parse_args()

    from newsledger.pipeline import Stages, analyze
    from newsledger.read.dispatch import iter_articles

    stages = Stages.load()
    totals: dict[str, list[int]] = {}
    for text_path, expected_path in expectation_files(args.seed):
        expected = yaml.safe_load(expected_path.read_text())
        (article,) = list(iter_articles([str(text_path)], published=str(expected["published"])))
        result = next(analyze([article], stages)).to_json()
        scored = score_article(result, expected)
        cells = "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in scored["counts"].items())
        print(f"{text_path.name}: {cells}")
        for miss in scored["misses"] if args.verbose else []:
            print(f"    miss  {miss}")
        for k, (ok, n) in scored["counts"].items():
            totals.setdefault(k, [0, 0])
            totals[k][0] += ok
            totals[k][1] += n
    print("\nall articles")
    for k, (ok, n) in totals.items():
        print(f"  {k:<24} {ok:>4}/{n:<4} {ok / n:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
