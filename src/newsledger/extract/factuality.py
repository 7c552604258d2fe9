"""Whether the text tells an event word as something that happened: a learned reading.

The rules of the event coder catch the common ways news tells an act that did not (yet) happen
(a modal, a negation, "plans to", "failed to"). The ways are many more ("sought support for a
bill to grant X", "counting on aid", "the power to appoint"), and each new one grown from a
benchmark's errors fits that benchmark. So this reading is learned instead: a logistic
regression, trained by scripts/train_factuality.py on the event factuality sets (UW and
MEANTIME, whose annotators scored every event word from "did not happen" to "happened"), over
the word's *grammatical setting*, never the word itself: its tag and relation, its auxiliaries,
negation and markers, and the chain of words that govern it (relation and lemma at each step).

The chain stops at a verb of saying or stance: whether a *source* asserts or denies the event
is the status machinery's job (extract/stance.py), so "Moscow denied that the meeting took
place" is read up to "took place" only, and the denied meeting stays in the ledger with its
denial. The weights ship as JSON; scoring is a dot product over a few dozen features.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from newsledger.extract import cues
from newsledger.model import EventMention
from newsledger.shipped import read_model

MODEL_FILE = "data/factuality_model.json"
DEPTH = 4  # governing words looked at: enough for "bill to grant", "sought support for X"
AUXILIARIES = ("aux", "auxpass")
MARKERS = ("mark", "advmod")
CONFIRMING = frozenset({"confirm", "acknowledge", "admit", "announce", "report", "reveal"})


def features(token: Token, stop: Collection[str] = ()) -> list[str]:
    """The grammatical setting of an event word, as feature names.

    `stop` holds lemmas of saying/stance verbs: the chain of governors ends before one of them,
    as it does at the root of the sentence.
    """
    found = [f"tag={token.tag_}", f"dep={token.dep_}"]
    found += _local(token, "self")
    path = []
    node = token
    for step in range(1, DEPTH + 1):
        head = node.head
        if head.i == node.i or head.lemma_.lower() in stop:
            found.append(f"top{step}:{node.dep_}")
            break
        lemma = head.lemma_.lower()
        found.append(f"up{step}={node.dep_}:{lemma}")
        found.append(f"head{step}={lemma}")
        path.append(node.dep_)
        found.append("path=" + ">".join(path))
        found += _local(head, "gov")
        node = head
    if any(t.text == "?" for t in token.sent):
        found.append("question")
    return found


def _local(token: Token, who: str) -> list[str]:
    """Auxiliaries, negation and subordinators on one word of the chain."""
    out = []
    for child in token.children:
        if child.dep_ in AUXILIARIES:
            out.append(f"{who}:aux={child.lower_}")
        elif child.dep_ == "neg":
            out.append(f"{who}:neg")
        elif child.dep_ in MARKERS and child.i < token.i:
            out.append(f"{who}:{child.dep_}={child.lower_}")
        elif child.dep_ == "det" and child.lower_ in ("no", "any", "a", "an", "the"):
            out.append(f"{who}:det={child.lower_}")
        elif child.dep_ == "advcl":
            # the clause beside it: "yields X if it gives Y" is the consequent of a condition
            out += [f"{who}:advcl={m.lower_}" for m in child.children if m.dep_ == "mark"]
    if token.tag_ in ("VBG", "VB", "VBN", "VBD", "VBZ", "VBP", "MD"):
        out.append(f"{who}:tag={token.tag_}")
    return out


@lru_cache(maxsize=1)
def _weights() -> dict[str, Any] | None:
    return read_model(MODEL_FILE)


def unasserted(token: Token, stop: Collection[str] = ()) -> float:
    """The model's probability that the text does *not* tell the event word as having
    happened (0.0 when no model is shipped)."""
    model = _weights()
    if model is None:
        return 0.0
    coef = model["coef"]
    score = model["intercept"] + sum(coef.get(name, 0.0) for name in set(features(token, stop)))
    return 1.0 / (1.0 + math.exp(-score))


def threshold() -> float:
    """The probability above which an event is flagged, chosen on the sets' dev halves."""
    model = _weights()
    return model["threshold"] if model else 1.0


@lru_cache(maxsize=4)
def source_words(speech_verbs: frozenset[str], report_nouns: frozenset[str]) -> frozenset[str]:
    """Lemmas where a source's word on an event begins, so the chain stops there: verbs of
    saying and confirming, nouns of report, and the denying and distancing cues of the stance
    lexicon ("rejected reports that X had met Y": the meeting's status, not its factuality)."""
    lexicon = cues.load()
    kept = ("denies", "hedges")
    return (
        speech_verbs
        | report_nouns
        | CONFIRMING
        | {w for w, stance in lexicon.verbs.items() if stance in kept}
        | {w for w, stance in lexicon.nouns.items() if stance in kept}
    )


def flag(doc: Doc, mentions: list[EventMention], stop: Collection[str]) -> None:
    """Mark each told mention whose event word the model reads as not asserted hypothetical."""
    cut = threshold()
    for mention in mentions:
        if mention.negated or mention.hypothetical or mention.future:
            continue  # the rules already read it
        span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if unasserted(span.root, stop) >= cut:
            mention.hypothetical = True
