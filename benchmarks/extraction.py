"""Body extraction and publication-date accuracy: newsledger against trafilatura and jusText.

Body: trafilatura_eval pages (must-have / must-not-have snippets), scored as in trafilatura's
own evaluation: a must-have snippet found = TP, missing = FN; a must-not-have snippet found = FP,
absent = TN (whitespace normalised on both sides). Each system reads the HTML, and a text dump
of the same page (html-text, one block per line); the other systems get the dump wrapped as one
<p> per line. newsledger's shipped dump model is trained on these pages too
(benchmarks/train_furniture.py), so its text-dump row is cross-validated by page: each page is
read by a model trained on htmldate_mediacloud and the other four of five folds of
trafilatura_eval (page i in fold i mod 5), never on itself.
Dates: htmldate_mediacloud pages with gold publication dates (exact day).

    .venv/bin/python benchmarks/extraction.py [--data ../shared/data] [--limit N]
"""

from __future__ import annotations

import argparse
import html
import time
from collections.abc import Callable
from pathlib import Path

import htmldate
import justext
import trafilatura
from _pages import DEFAULT_DATA, Page, load_pages
from train_furniture import cross_validate, label

from newsledger.read.html import read_html
from newsledger.read.text_dump import read_text_dump


def _norm(text: str) -> str:
    return " ".join(text.split())


def score(pages: list[Page], bodies: list[str | None]) -> tuple[float, float, float]:
    """Precision, recall and F1 over all snippets of all pages."""
    tp = fn = fp = 0
    for page, body in zip(pages, bodies, strict=True):
        text = _norm(body or "")
        for snippet in page.item.get("with") or []:
            if _norm(snippet) in text:
                tp += 1
            else:
                fn += 1
        fp += sum(_norm(s) in text for s in page.item.get("without") or [])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def as_html(dump: str) -> str:
    """A text dump as the simplest HTML page: one paragraph per line."""
    lines = "".join(f"<p>{html.escape(line)}</p>\n" for line in dump.splitlines())
    return f"<html><body>\n{lines}</body></html>"


def run_justext(page_html: str | bytes) -> str:
    # German stop list, as trafilatura's own comparison does (the pages are mostly German).
    paragraphs = justext.justext(page_html, justext.get_stoplist("German"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def cross_validated_dumps(data: Path, pages: list[Page]) -> list[str]:
    """newsledger's text-dump bodies of `pages`, each from a model that never saw the page."""
    news = [p for p in map(label, load_pages(data, "htmldate_mediacloud")) if p]
    return cross_validate(pages, [label(page) for page in pages], news)


def timed(fn: Callable[[], list]) -> tuple[list, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--limit", type=int, default=None, help="only the first N pages of each set"
    )
    parser.add_argument("--skip-dates", action="store_true")
    args = parser.parse_args()

    pages = load_pages(args.data, "trafilatura_eval", args.limit)
    dumps = [page.dump() for page in pages]
    wrapped = [as_html(dump) for dump in dumps]
    systems = {
        "newsledger": (
            lambda: [read_html(p.html, p.url, url=p.url).body for p in pages],
            lambda: cross_validated_dumps(args.data, pages),
        ),
        "trafilatura default": (
            lambda: [trafilatura.extract(p.html, url=p.url) for p in pages],
            lambda: [trafilatura.extract(w) for w in wrapped],
        ),
        "jusText": (
            lambda: [run_justext(p.text()) for p in pages],
            lambda: [run_justext(w) for w in wrapped],
        ),
    }
    print(
        f"Body extraction, trafilatura_eval: {len(pages)} pages, "
        f"{sum(len(p.item.get('with') or []) for p in pages)} must-have and "
        f"{sum(len(p.item.get('without') or []) for p in pages)} must-not-have snippets"
    )
    print(f"{'system':<21} {'input':<9} {'precision':>9} {'recall':>7} {'F1':>6} {'seconds':>8}")
    for name, (on_html, on_dump) in systems.items():
        for kind, run in (("HTML", on_html), ("text dump", on_dump)):
            bodies, seconds = timed(run)
            p, r, f = score(pages, bodies)
            print(f"{name:<21} {kind:<9} {p:>9.3f} {r:>7.3f} {f:>6.3f} {seconds:>8.1f}")
    _, seconds = timed(lambda: [read_text_dump(d, "dump") for d in dumps])
    print(
        "newsledger text dump: F1 cross-validated by page (seconds include training); "
        f"reading all {len(dumps)} dumps with the shipped model takes {seconds:.1f} s"
    )

    if args.skip_dates:
        return
    date_pages = load_pages(args.data, "htmldate_mediacloud", args.limit)
    gold = [p.item["date"] for p in date_pages]
    runs = {
        "newsledger": lambda: [read_html(p.html, p.url, url=p.url).published for p in date_pages],
        "htmldate default": lambda: [htmldate.find_date(p.html, url=p.url) for p in date_pages],
    }
    print(f"\nPublication date, htmldate_mediacloud: {len(date_pages)} pages (exact day)")
    print(f"{'system':<21} {'accuracy':>8} {'no date':>8} {'seconds':>8}")
    for name, run in runs.items():
        found, seconds = timed(run)
        accuracy = sum(f == g for f, g in zip(found, gold, strict=True)) / len(gold)
        print(f"{name:<21} {accuracy:>8.3f} {found.count(None):>8} {seconds:>8.1f}")


if __name__ == "__main__":
    main()
