"""Choosing between PLOVER categories when an event word has several ("strike", "release").

A small linear model (TF-IDF over words and word pairs, logistic regression) trained by
scripts/train_event_model.py scores the sentence; only the categories the lexicon allows for the
word compete. Its data: NGEC's labelled synthetic PLOVER stories, real CAMEO-coded sentences
(the TABARI validation suite and the tune half of the PETRARCH2 unit tests, mapped with
CAMEO2PLOVER) and the tune half of the PLOVER dev file (benchmarks/splits.py). On its own, over
all categories, it does not generalise (about a third of PLOVER's check half right), which is
why it only breaks ties. Without the weights file the lexicon's own order decides.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from newsledger.shipped import read_model

MODEL_FILE = "data/event_model.json"
WORD = re.compile(r"[a-z][a-z'-]+")


def features(text: str) -> Counter[str]:
    """Lower-case words and adjacent word pairs: the same features at training and use."""
    words = WORD.findall(text.lower())
    return Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])


@lru_cache(maxsize=1)
def _weights() -> dict[str, Any] | None:
    return read_model(MODEL_FILE)


def scores(text: str) -> dict[str, float]:
    """Per-category linear scores of a sentence (empty when no model is shipped)."""
    model = _weights()
    if model is None:
        return {}
    vocab, idf = model["vocab"], model["idf"]
    counts = {
        vocab[t]: (1 + math.log(n)) * idf[vocab[t]] for t, n in features(text).items() if t in vocab
    }
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {
        label: bias + sum(row[i] * v / norm for i, v in counts.items())
        for label, row, bias in zip(
            model["classes"], model["coef"], model["intercept"], strict=True
        )
    }


def choose(text: str, candidates: tuple[str, ...]) -> str:
    """The most likely of `candidates` (the categories an event word allows) for `text`."""
    ranked = scores(text)
    if not ranked:
        return candidates[0]
    return max(candidates, key=lambda c: ranked.get(c, -math.inf))
