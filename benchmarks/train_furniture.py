"""Train the text-dump furniture model (src/newsledger/data/furniture_model.json).

Labels come from trafilatura's extraction of each page's HTML: a line of the page's text dump
that trafilatura keeps in the article (or that is the page's title) is body, every other line
is furniture. Training pages are htmldate_mediacloud (200 news pages, many languages); the
benchmark scores trafilatura_eval, so no evaluated page is ever trained on. The decision
thresholds (absolute, and relative to the page's most article-like line) are the ones with the
best F1 over body characters in a 5-fold cross-validation over the training pages (split by
page).

    .venv/bin/python benchmarks/train_furniture.py [--data ../shared/data] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import trafilatura
from _pages import DEFAULT_DATA, Page, load_pages
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from newsledger.clean import furniture

OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "data" / "furniture_model.json"


def _norm(text: str) -> str:
    return " ".join(text.split()).lower().lstrip("-•* ")


def label_page(page: Page) -> tuple[list[str], list[int]] | None:
    """Dump lines and their labels (1 = body) from trafilatura's reading of the HTML."""
    doc = trafilatura.bare_extraction(page.html, with_metadata=True, include_comments=False)
    if doc is None or not doc.text:
        return None
    kept_lines = {_norm(line) for line in doc.text.splitlines() if line.strip()}
    kept_text = _norm(doc.text)
    title = _norm(doc.title or "")
    lines = page.dump().splitlines()
    labels = [int(_kept(_norm(line), kept_lines, kept_text, title)) for line in lines]
    return (lines, labels) if sum(labels) else None


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    args = parser.parse_args()

    xs, ys, groups = [], [], []
    for number, page in enumerate(load_pages(args.data, "htmldate_mediacloud", args.limit)):
        labelled = label_page(page)
        if labelled is None:
            continue
        lines, labels = labelled
        xs.append(furniture.features(lines))
        ys.extend(labels)
        groups.extend([number] * len(lines))
    x, y, groups = np.vstack(xs), np.array(ys), np.array(groups)
    print(f"{len(set(groups))} pages, {len(y)} lines, {y.mean():.1%} body")

    # Out-of-fold probabilities (split by page) pick the decision threshold.
    out_of_fold = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        scaler = StandardScaler().fit(x[train])
        model = LogisticRegression(C=1.0, max_iter=2000).fit(scaler.transform(x[train]), y[train])
        out_of_fold[test] = model.predict_proba(scaler.transform(x[test]))[:, 1]
    # A line is body when its probability reaches min(threshold, relative * the page's highest):
    # pages unlike the training pages still keep their most article-like lines.
    page_max = np.zeros(len(y))
    for page in np.unique(groups):
        page_max[groups == page] = out_of_fold[groups == page].max()
    # Weighted by line length: a long paragraph lost costs more text than a short menu line.
    chars = np.expm1(x[:, furniture.FEATURE_NAMES.index("log_chars")])
    grid = [(t, r) for t in np.arange(0.1, 0.65, 0.05) for r in (0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)]
    f1s = [
        f1_score(y, out_of_fold >= np.minimum(t, r * page_max), sample_weight=chars)
        for t, r in grid
    ]
    threshold, relative = (float(v) for v in grid[int(np.argmax(f1s))])
    print(
        f"5-fold F1 of body characters, split by page: {max(f1s):.3f} "
        f"at threshold {threshold:.2f}, relative {relative:.1f}"
    )

    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=1.0, max_iter=2000).fit(scaler.transform(x), y)
    args.out.write_text(
        json.dumps(
            {
                "about": "Logistic model over newsledger.clean.furniture features; trained by "
                "benchmarks/train_furniture.py on htmldate_mediacloud pages labelled by "
                "trafilatura's extraction (adbar/htmldate test pages, Apache-2.0).",
                "features": list(furniture.FEATURE_NAMES),
                "mean": scaler.mean_.round(6).tolist(),
                "scale": scaler.scale_.round(6).tolist(),
                "coef": model.coef_[0].round(6).tolist(),
                "intercept": round(float(model.intercept_[0]), 6),
                "threshold": round(threshold, 2),
                "relative_threshold": relative,
            },
            indent=1,
        )
        + "\n"
    )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
