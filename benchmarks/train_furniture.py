"""Train the text-dump furniture model (src/newsledger/data/furniture_model.json).

Labels: a line of a page's text dump is body when trafilatura's extraction of the page's HTML
keeps it (or it is the page's title), furniture otherwise. On trafilatura_eval pages the
hand-made must-have / must-not-have snippets then override that labelling for the lines that
contain them. Training pages: htmldate_mediacloud (200 news pages, many languages) and
trafilatura_eval (300 pages). Because trafilatura_eval is also what benchmarks/extraction.py
scores, its figure for the model is cross-validated by page (`cross_validate`): trafilatura_eval
is split into 5 folds (page i goes to fold i mod 5); each fold is scored with a model trained on
htmldate_mediacloud and the other four folds. The shipped model is trained on all pages.

Model: two logistic stages (newsledger.clean.furniture.FurnitureModel). The second stage sees
the first stage's out-of-fold scores of the line's neighbours. Lines labelled by a snippet weigh
SNIPPET_WEIGHT times more in training. The decision thresholds (absolute, and relative to the
page's most article-like line) give the best F1 over the snippet lines' out-of-fold scores.

    .venv/bin/python benchmarks/train_furniture.py [--data ../shared/data] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import trafilatura
from _pages import DEFAULT_DATA, Page, load_pages
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from newsledger.clean.furniture import FurnitureModel
from newsledger.clean.line_features import (
    CONTEXT_NAMES,
    FEATURE_NAMES,
    context_features,
    features,
)
from newsledger.read.text_dump import read_text_dump

OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "data" / "furniture_model.json"
FOLDS = 5
# Weight of a line labelled by a hand-made snippet against one labelled by trafilatura's output:
# the snippets are gold, trafilatura's reading is a noisy teacher (measured: 1, 5, 20, 50).
SNIPPET_WEIGHT = 20.0


@dataclass
class Labelled:
    """One page's dump lines, their features, labels (1 body, 0 furniture, -1 unknown) and
    weights (SNIPPET_WEIGHT for lines labelled by a snippet, else 1)."""

    page: Page
    dump: str
    x: np.ndarray
    y: np.ndarray
    w: np.ndarray


def _norm(text: str) -> str:
    return " ".join(text.split()).lower().lstrip("-•* ")


def _snippet(text: str) -> str:
    return " ".join(text.split()).lower()


def trafilatura_labels(page: Page, lines: list[str]) -> list[int]:
    """1 for the dump lines trafilatura keeps from the page's HTML, else 0 (-1 if it keeps
    nothing: the page says nothing about furniture)."""
    doc = trafilatura.bare_extraction(page.html, with_metadata=True, include_comments=False)
    if doc is None or not doc.text:
        return [-1] * len(lines)
    kept_lines = {_norm(line) for line in doc.text.splitlines() if line.strip()}
    kept_text = _norm(doc.text)
    title = _norm(doc.title or "")
    return [int(_kept(_norm(line), kept_lines, kept_text, title)) for line in lines]


def _kept(line: str, kept_lines: set[str], kept_text: str, title: str) -> bool:
    """Whether trafilatura kept this dump line. Blocks are split and joined a little differently
    by html-text and trafilatura, so a long line counts when most of its pieces are kept."""
    if line in kept_lines or (title and line == title):
        return True
    if len(line) < 40:
        return len(line) >= 15 and line in kept_text
    step = max(len(line) // 3, 1)
    pieces = [line[i : i + 30] for i in (0, step, 2 * step, len(line) - 30)]
    return sum(piece in kept_text for piece in pieces) >= 3


def label(page: Page) -> Labelled | None:
    """A page's dump, features and labels (snippets, where the page has them, override)."""
    dump = page.dump()
    lines = dump.splitlines()
    if not lines:
        return None
    labels = trafilatura_labels(page, lines)
    weights = np.ones(len(lines))
    for i, line in enumerate(lines):
        text = _snippet(line)
        if any(_snippet(s) in text for s in page.item.get("with") or []):
            labels[i], weights[i] = 1, SNIPPET_WEIGHT
        if any(_snippet(s) in text for s in page.item.get("without") or []):
            labels[i], weights[i] = 0, SNIPPET_WEIGHT
    if max(labels) < 1:
        return None
    return Labelled(page, dump, features(lines), np.array(labels), weights)


def _logistic(
    x: np.ndarray, y: np.ndarray, w: np.ndarray
) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=1.0, max_iter=3000)
    return scaler, model.fit(scaler.transform(x), y, sample_weight=w)


def _stage(scaler: StandardScaler, model: LogisticRegression) -> dict:
    return {
        "mean": scaler.mean_.round(6).tolist(),
        "scale": scaler.scale_.round(6).tolist(),
        "coef": model.coef_[0].round(6).tolist(),
        "intercept": round(float(model.intercept_[0]), 6),
    }


def _out_of_fold(x: np.ndarray, y: np.ndarray, w: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Body probabilities of each labelled line from a model that never saw its page."""
    known = y >= 0
    scores = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        train = train[known[train]]
        scaler, model = _logistic(x[train], y[train], w[train])
        scores[test] = model.predict_proba(scaler.transform(x[test]))[:, 1]
    return scores


def train(pages: list[Labelled]) -> dict:
    """The model (as a JSON-ready dict) trained on `pages`, with its thresholds."""
    x = np.vstack([p.x for p in pages])
    y = np.concatenate([p.y for p in pages])
    w = np.concatenate([p.w for p in pages])
    groups = np.concatenate([np.full(len(p.y), k) for k, p in enumerate(pages)])
    known = y >= 0
    first = _out_of_fold(x, y, w, groups)
    x2 = np.vstack(
        [
            np.hstack([x[groups == k], context_features(first[groups == k])])
            for k in range(len(pages))
        ]
    )
    second = _out_of_fold(x2, y, w, groups)
    # A line is body when its probability reaches min(threshold, relative * the page's highest):
    # pages unlike the training pages still keep their most article-like lines.
    page_max = np.zeros(len(y))
    for k in range(len(pages)):
        page_max[groups == k] = second[groups == k].max()
    # Judged on the snippet lines (gold) when there are any, else on all labelled lines weighted
    # by length (a long paragraph lost costs more text than a short menu line).
    gold = known & (w > 1)
    judged = gold if gold.any() else known
    weight = None if gold.any() else np.expm1(x[:, FEATURE_NAMES.index("log_chars")])[known]
    grid = [(t, r) for t in np.arange(0.2, 0.75, 0.05) for r in (0.3, 0.4, 0.5, 0.6, 0.8, 1.0)]
    f1s = [
        f1_score(y[judged], (second >= np.minimum(t, r * page_max))[judged], sample_weight=weight)
        for t, r in grid
    ]
    threshold, relative = (round(float(v), 2) for v in grid[int(np.argmax(f1s))])
    return {
        "about": "Two-stage logistic model over newsledger.clean.line_features; trained by "
        "benchmarks/train_furniture.py on htmldate_mediacloud and trafilatura_eval pages "
        "(adbar/htmldate and adbar/trafilatura test pages, Apache-2.0) labelled by "
        "trafilatura's extraction and the trafilatura_eval snippets.",
        "features": list(FEATURE_NAMES),
        "context": list(CONTEXT_NAMES),
        "stages": [
            _stage(*_logistic(x[known], y[known], w[known])),
            _stage(*_logistic(x2[known], y[known], w[known])),
        ],
        "threshold": threshold,
        "relative_threshold": relative,
        "oof_f1": round(max(f1s), 3),
    }


def cross_validate(
    pages: list[Page], labelled: list[Labelled | None], extra: list[Labelled]
) -> list[str]:
    """Text-dump bodies of `pages`, each read by a model trained on `extra` and on the labelled
    pages of the other folds (page i is in fold i mod FOLDS), never on its own page."""
    bodies = [""] * len(pages)
    for fold in range(FOLDS):
        rest = [p for i, p in enumerate(labelled) if p is not None and i % FOLDS != fold]
        model = FurnitureModel.from_dict(train(extra + rest))
        for i in range(fold, len(pages), FOLDS):
            bodies[i] = read_text_dump(pages[i].dump(), "dump", model=model).body
    return bodies


def main() -> None:
    from extraction import score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validated figure")
    args = parser.parse_args()

    news = [p for p in map(label, load_pages(args.data, "htmldate_mediacloud")) if p]
    eval_pages = load_pages(args.data, "trafilatura_eval")
    evals = [label(page) for page in eval_pages]
    pages = news + [p for p in evals if p]
    lines = np.concatenate([p.y for p in pages])
    print(
        f"{len(news)} htmldate_mediacloud + {len(pages) - len(news)} trafilatura_eval pages, "
        f"{len(lines)} lines, {np.mean(lines == 1):.1%} body, {np.mean(lines < 0):.1%} unlabelled"
    )
    if not args.no_cv:
        p, r, f = score(eval_pages, cross_validate(eval_pages, evals, news))
        print(
            f"trafilatura_eval text dumps, {FOLDS}-fold cross-validated by page "
            f"(page i in fold i mod {FOLDS}): precision {p:.3f} recall {r:.3f} F1 {f:.3f}"
        )
    model = train(pages)
    print(
        f"out-of-fold line F1 (snippet lines): {model['oof_f1']:.3f} at threshold "
        f"{model['threshold']:.2f}, relative {model['relative_threshold']:.2f}"
    )
    args.out.write_text(json.dumps(model, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
