"""Tell page furniture from article text, line by line, in a flattened page (a text dump).

Sure cases are decided by rules (clean.furniture_rules: tickers, bylines, credits, prompts);
the rest by two stacked logistic models over line features (clean.line_features), the second
also seeing its neighbours' first-stage scores, since furniture comes in blocks. The weights, and
the vocabulary of words that mark furniture across sites, ship in data/furniture_model.json,
trained by benchmarks/train_furniture.py on pages labelled by trafilatura's extraction of their
HTML and by hand-made snippets. A line the model calls furniture gets a kind from its shape and
block (menu, related, ...); lines repeated across a site's dumps are boilerplate.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from newsledger.clean.furniture_rules import (
    PROSE_MIN_WORDS,
    is_terminal,
    rule_kind,
    words_of,
)
from newsledger.clean.line_features import (
    CONTEXT_NAMES,
    FEATURE_NAMES,
    context_features,
    features,
)
from newsledger.clean.site_lines import normal_line

# A heading that opens a block of links whose lines are then furniture of the same kind.
_BLOCK_KINDS = ("related", "comment")
# Kinds given to lines that no rule named, only the statistical model.
_MODEL_KINDS = ("menu", "other")
# The longest run of such lines that can still sit inside the story.
_MAX_GAP = 2


@dataclass(frozen=True)
class _Stage:
    """One logistic layer: standardise, weigh, squash."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def probability(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True)
class FurnitureModel:
    """Two stacked logistic stages: the first scores each line from its own features, the second
    adds its neighbours' first-stage scores (line_features.context_features)."""

    line: _Stage
    context: _Stage
    threshold: float
    # A page's own best line scaled by this also sets the bar (pages unlike the training pages).
    relative_threshold: float
    # Word -> log odds of furniture against article text on the training pages.
    vocabulary: Mapping[str, float]

    @classmethod
    def from_dict(cls, raw: dict) -> FurnitureModel:
        """The model as benchmarks/train_furniture.py writes it (data/furniture_model.json)."""
        if tuple(raw["features"]) != FEATURE_NAMES or tuple(raw["context"]) != CONTEXT_NAMES:
            raise RuntimeError("furniture model does not match the feature set; retrain it")
        stages = [
            _Stage(
                mean=np.array(stage["mean"]),
                scale=np.array(stage["scale"]),
                coef=np.array(stage["coef"]),
                intercept=float(stage["intercept"]),
            )
            for stage in raw["stages"]
        ]
        return cls(
            line=stages[0],
            context=stages[1],
            threshold=float(raw["threshold"]),
            relative_threshold=float(raw["relative_threshold"]),
            vocabulary={str(w): float(v) for w, v in raw["vocabulary"].items()},
        )

    def body_probability(self, lines: Sequence[str]) -> np.ndarray:
        """Each line's probability of being article text."""
        x = features(lines, self.vocabulary)
        first = self.line.probability(x)
        return self.context.probability(np.hstack([x, context_features(first)]))


@lru_cache(maxsize=1)
def _model() -> FurnitureModel:
    path = resources.files("newsledger.data").joinpath("furniture_model.json")
    return FurnitureModel.from_dict(json.loads(path.read_text()))


def _shape_kind(line: str) -> str:
    """A kind for a line the model calls furniture but no rule names."""
    words = words_of(line)
    if len(words) <= 4 and not is_terminal(line):
        return "menu"
    return "other"


def classify_lines(
    lines: Sequence[str],
    repeated: set[str] | None = None,
    model: FurnitureModel | None = None,
) -> list[str | None]:
    """A furniture kind (or None for article text) for each non-blank line of one dump.

    `repeated` holds lines seen across several dumps of the same site (clean.site_lines):
    those are site boilerplate whatever their shape. `model` defaults to the shipped one
    (another is passed by the trainer's cross-validation).
    """
    if not lines:
        return []
    model = model or _model()
    probs = model.body_probability(lines)
    threshold = min(model.threshold, model.relative_threshold * float(probs.max()))
    kinds: list[str | None] = []
    block: str | None = None
    for line, p in zip(lines, probs, strict=True):
        kind = rule_kind(line)
        if repeated and normal_line(line) in repeated:
            kind = "boilerplate"
        if kind in _BLOCK_KINDS and len(words_of(line)) <= 4:
            block = kind
        elif _is_prose(line):
            block = None
        elif block and not kind:
            kind = block
        if kind is None and p < threshold:
            kind = _shape_kind(line)
        kinds.append(kind)
    kinds = _fill_gaps(kinds, lines)
    if all(kind is not None for kind in kinds):
        # The model judges lines against a page's article; a text with no article-like run
        # (a note, a single paragraph) is all article, except what rules name as furniture.
        kinds = [
            None if kind in _MODEL_KINDS and rule_kind(line) is None else kind
            for kind, line in zip(kinds, lines, strict=True)
        ]
    return kinds


def _fill_gaps(kinds: list[str | None], lines: Sequence[str]) -> list[str | None]:
    """Up to two lines that only the model called furniture, right after an article line, are
    article text when they are prose (often the story's last paragraph, which the model doubts
    because furniture follows it) or a short line with the story going on below it (a
    subheading)."""
    filled = list(kinds)
    for start in range(1, len(kinds)):
        if kinds[start - 1] is not None:
            continue
        for i in range(start, min(start + _MAX_GAP, len(kinds))):
            if kinds[i] not in _MODEL_KINDS or rule_kind(lines[i]) is not None:
                break
            below = i + 1 < len(kinds) and (kinds[i + 1] is None or _is_prose(lines[i + 1]))
            if not (_is_prose(lines[i]) or below):
                break
            filled[i] = None
    return filled


def classify_line(
    line: str, context: Sequence[str] | None = None, index: int | None = None
) -> str | None:
    """The furniture kind of `line`, or None when it is article text.

    With `context` (all non-blank lines of the dump) and the line's `index` in it, the line is
    judged with its neighbours; alone, only rules that need no context apply.
    """
    if context is not None and index is not None:
        return classify_lines(context)[index]
    return rule_kind(line)


def _is_prose(line: str) -> bool:
    return len(words_of(line)) >= PROSE_MIN_WORDS and is_terminal(line)
