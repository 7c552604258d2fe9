"""The PLOVER sector of a common-noun mention the agent table does not list.

The agent table (data/actors/agents.tsv, NGEC's PLOVER agents) names a sector for some four
thousand noun phrases, but news keeps coining others: "striking dockworkers", "a smuggling
ring", "antiwar campaigners". A small linear model reads the phrase the way the table is built:
its head noun, the head's endings ("-workers", "-ists"), its modifiers and their beginnings
("anti-", "pro-"). scripts/train_sector_model.py learns it from the agent phrases of the Phoenix
and NGEC dictionaries, with a no-actor class (phrases they mark so, and the event nouns of the
codebook's category table: "talks", "ceasefire" name events, not actors), and picks the
confidence below which no sector is given, by cross-validation that holds out whole head nouns,
so the threshold reflects nouns the model never saw. Weights ship as JSON, scoring is plain
Python (a few dozen dict hits per mention). A phrase whose head noun (or a long ending of it)
the model never saw gets no guess: the class prior alone would call it government.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsledger.resolve.phrases import norm, singular, strip_leading
from newsledger.shipped import read_model

MODEL_FILE = "data/sector_model.json"
NO_ACTOR = "NON"  # the class of phrases that are not actors
KNOWN_HEAD = ("h:", "e5:", "e6:", "e7:")  # features that show the head noun is understood


@dataclass(frozen=True)
class Guess:
    """A sector read off a phrase's words, with the model's probability for it."""

    sector: str
    probability: float


def features(phrase: str) -> list[str]:
    """Head noun, its singular and endings; modifiers and their first letters.

    The same function builds the training matrix and scores at run time.
    """
    words = strip_leading(norm(phrase)).replace("-", " ").split()
    if not words:
        return []
    head, modifiers = words[-1], words[:-1]
    base = singular(head)
    found = [f"h:{head}", f"h:{base}"]
    found += [f"e{n}:{base[-n:]}" for n in (3, 4, 5, 6, 7) if len(base) > n]
    for word in modifiers[-3:]:
        found.append(f"m:{singular(word)}")
        found += [f"mb:{word[:n]}" for n in (3, 4) if len(word) > n + 2]
    return found


@lru_cache(maxsize=1)
def _weights() -> dict[str, Any]:
    model = read_model(MODEL_FILE, "train_sector_model.py")
    assert model is not None
    return model


def probabilities(phrase: str) -> dict[str, float]:
    """Each class's probability for the phrase (softmax of the linear scores)."""
    model = _weights()
    classes, weights = model["classes"], model["weights"]
    scores = list(model["intercept"])
    for feature in features(phrase):
        for i, value in weights.get(feature, {}).items():
            scores[int(i)] += value
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(classes, exp, strict=True)}


def guess(phrase: str) -> Guess | None:
    """The sector of an agent phrase, or None when the model is not confident enough (or
    reads the phrase as no actor at all)."""
    found = features(phrase)
    weights = _weights()["weights"]
    if not any(f in weights for f in found if f.startswith(KNOWN_HEAD)):
        return None  # neither the head nor a long ending of it was seen: the prior would decide
    ranked = probabilities(phrase)
    sector = max(ranked, key=ranked.__getitem__)
    if sector == NO_ACTOR or ranked[sector] < _weights()["threshold"]:
        return None
    words = strip_leading(norm(phrase)).replace("-", " ").split()
    if len(words) > 1 and reads_as_no_actor(words[-1]):
        return None  # "a state of emergency order": modifiers cannot make a thing an actor
    return Guess(sector, ranked[sector])


@lru_cache(maxsize=4096)
def reads_as_no_actor(head: str) -> bool:
    """Whether a head noun alone is read as no actor ("order", "plan"): the thing a phrase
    names, whatever its modifiers say of whose it is."""
    weights = _weights()["weights"]
    if f"h:{head}" not in weights and f"h:{singular(head)}" not in weights:
        return False  # a head the model never saw: its reading alone is only the prior
    ranked = probabilities(head)
    return max(ranked, key=ranked.__getitem__) == NO_ACTOR
