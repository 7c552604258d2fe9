"""Train the text-dump furniture model (src/newsledger/data/furniture_model.json).

Labels: a line of a page's text dump is body when trafilatura's extraction of the page's HTML
keeps it (or it is the page's title), furniture otherwise. On trafilatura_eval pages the
hand-made must-have / must-not-have snippets then override that labelling for the lines that
contain them. Training pages: htmldate_mediacloud (200 news pages, many languages) and
trafilatura_eval (300 pages). Because trafilatura_eval is also what benchmarks/extraction.py
scores, its figure for the model is cross-validated by page (`cross_validate`): trafilatura_eval
is split into 5 folds (page i goes to fold i mod 5); each fold is scored with a model trained on
htmldate_mediacloud and the other four folds. The shipped model is trained on all pages.

Vocabulary: per word, on how many training pages it sits in furniture and in article lines
(line_features.learn_vocabulary), shipped with the model. A training page's own features use the
vocabulary counted without that page (`_vocabulary_without`), as a page the model reads later is
never in it.

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
    VOCAB_MIN_PAGES,
    context_features,
    features,
    learn_vocabulary,
    vocabulary_scores,
)
from newsledger.read.text_dump import read_text_dump

OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "data" / "furniture_model.json"
FOLDS = 5
# Weight of a line labelled by a hand-made snippet against one labelled by trafilatura's output:
# the snippets are gold, trafilatura's reading is a noisy teacher (measured: 1, 5, 20, 50).
SNIPPET_WEIGHT = 20.0


@dataclass
class Labelled:
    """One page's dump lines, their labels (1 body, 0 furniture, -1 unknown) and weights
    (SNIPPET_WEIGHT for lines labelled by a snippet, else 1)."""

    page: Page
    dump: str
    lines: list[str]
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
    """A page's dump lines and labels (snippets, where the page has them, override)."""
    dump = page.dump()
    lines = dump.splitlines()
    if not lines:
        return None
    labels, weights = with_snippets(page.item, lines, trafilatura_labels(page, lines))
    if max(labels) < 1:
        return None
    return Labelled(page, dump, lines, np.array(labels), weights)


def with_snippets(item: dict, lines: list[str], labels: list[int]) -> tuple[list[int], np.ndarray]:
    """`labels` overridden by the page's must-have (1) and must-not-have (0) snippets, and the
    lines' weights. Must-not-have snippets win: one line can hold both."""
    labels = list(labels)
    weights = np.ones(len(lines))
    for value, key in ((1, "with"), (0, "without")):
        for snippet in item.get(key) or []:
            for i in _snippet_lines(_snippet(snippet), [_snippet(line) for line in lines]):
                labels[i], weights[i] = value, SNIPPET_WEIGHT
    return labels, weights


def _snippet_lines(snippet: str, lines: list[str]) -> list[int]:
    """The lines that hold `snippet`; when none does alone, the run of lines it spans (a
    snippet kept only when all of them are: "AGB Impressum Datenschutz" over three lines)."""
    holding = [i for i, line in enumerate(lines) if snippet in line]
    if holding or not snippet:
        return holding
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    at = " ".join(lines).find(snippet)
    if at < 0:
        return []
    end = at + len(snippet)
    return [i for i, start in enumerate(starts) if start < end and start + len(lines[i]) > at]


def _logistic(
    x: np.ndarray, y: np.ndarray, w: np.ndarray
) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(x)
    # C: 1.0 and 0.3 measured alike (cross-validated F1 0.904, 0.905); the stronger penalty
    # for the 70-odd correlated features, and it trains faster.
    model = LogisticRegression(C=0.3, max_iter=3000)
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


def _vocabulary_without(
    page: Labelled, counts: tuple[dict[str, int], dict[str, int]], scores: dict[str, float]
) -> dict[str, float]:
    """The vocabulary as if `page` had not been counted: its own words weigh nothing in its
    features, as for a page the shipped model has never seen."""
    own_furniture, own_body = learn_vocabulary([(page.lines, page.y)], min_pages=1)
    furniture, body = counts
    adjusted = dict(scores)
    for word in (own_furniture.keys() | own_body.keys()) & scores.keys():
        f = furniture.get(word, 0) - own_furniture.get(word, 0)
        b = body.get(word, 0) - own_body.get(word, 0)
        if f + b < VOCAB_MIN_PAGES:
            del adjusted[word]
        else:
            adjusted[word] = vocabulary_scores({word: f}, {word: b})[word]
    return adjusted


def train(pages: list[Labelled]) -> dict:
    """The model (as a JSON-ready dict) trained on `pages`, with its thresholds."""
    counts = learn_vocabulary((p.lines, p.y) for p in pages)
    vocabulary = vocabulary_scores(*counts)
    x = np.vstack([features(p.lines, _vocabulary_without(p, counts, vocabulary)) for p in pages])
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
        "vocabulary": dict(sorted(vocabulary.items())),
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
