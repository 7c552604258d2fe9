"""The cooperation/conflict class (CAMEO quad class, 0..4) of an event mention and of an article.

CAMEO groups its codes into five classes, which the event model calls `quad`: 0 statement (01),
1 verbal cooperation (02-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
4 material conflict (14-20). The codebook settles the class of a coded event: each category of
the event table (data/events.yaml, loaded by extract/events_lexicon.py) carries its class from
CAMEO2PLOVER's grouping, so an event takes its category's class, in its verbal form when the act
is only promised or threatened (CAMEO's 03 "express intent" and 13 "threaten"). An article's
class is its lead act's: the first event that happened and is more than a statement (a one-way
message, COMMUNICATE, is CAMEO's statement class and often only carries what was done).
Where the codebook leaves the choice open (no event, only denied ones, or only statements), a
small linear model decides: TF-IDF over the sentence's words and word pairs plus the event's
category, trigger and negation, logistic regression trained by scripts/train_quad_model.py on
labelled news sentences. So the statement class comes only from the model, where neither the
coder nor the words show an act. That split was chosen by cross-validation on the training
sentences (the script prints it): on real news the coded category beats the model wherever an
event is coded, and blending the two gained nothing. Weights ship as JSON; scoring is plain
Python, well under a millisecond, so the default install needs neither torch nor scikit-learn
at run time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from newsledger.extract import events_lexicon
from newsledger.extract.events_lexicon import Lexicon
from newsledger.model import Article, EventMention
from newsledger.shipped import read_model

MODEL_FILE = "data/quad_model.json"
WORD = re.compile(r"[a-z][a-z'-]+|\d+")
QUADS = (0, 1, 2, 3, 4)
STATEMENT = 0  # CAMEO 01, "make statement": what a bare reporting verb is
VERBAL_FORM = {2: 1, 4: 3}  # a material class -> its verbal class, for acts promised or threatened
EVENT_WEIGHT = 3  # event features count as this many words: a long sentence must not drown them


def category_quads(lexicon: Lexicon | None = None) -> Mapping[str, int]:
    """Each event category's class as the codebook gives it (default: the shipped table)."""
    table = lexicon or events_lexicon.load()
    return {name: category.quad for name, category in table.categories.items()}


def features(sentence: str, event: EventMention | None) -> Counter[str]:
    """Words and word pairs of the sentence, and the event's category, trigger and negation.

    The same function builds the training matrix and scores at run time.
    """
    words = WORD.findall(sentence.lower())
    found = Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])
    if event is None:
        found["ev:none"] += EVENT_WEIGHT
        return found
    found[f"ev:{event.type}"] += EVENT_WEIGHT
    found[f"evq:{category_quads().get(event.type, 0)}"] += EVENT_WEIGHT
    if event.trigger:
        found[f"trig:{event.trigger.lower()}"] += EVENT_WEIGHT
    if event.negated:
        found["ev:negated"] += EVENT_WEIGHT
    if event.hypothetical or event.future:
        found["ev:irrealis"] += EVENT_WEIGHT
    return found


@lru_cache(maxsize=1)
def _weights() -> dict[str, Any]:
    model = read_model(MODEL_FILE, "train_quad_model.py")
    assert model is not None
    return model


def model_source() -> str:
    """What the shipped weights were trained on, as the training script recorded it."""
    return str(_weights().get("source", "unknown"))


def scores(sentence: str, event: EventMention | None) -> dict[int, float]:
    """Linear score of each quad class for one sentence and (optionally) its event."""
    model = _weights()
    vocab, idf = model["vocab"], model["idf"]
    values = {
        vocab[t]: (1 + math.log(n)) * idf[vocab[t]]
        for t, n in features(sentence, event).items()
        if t in vocab
    }
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {
        int(label): bias + sum(row[i] * v / norm for i, v in values.items())
        for label, row, bias in zip(
            model["classes"], model["coef"], model["intercept"], strict=True
        )
    }


def quad_class(event: EventMention | None, sentence: str) -> int:
    """The quad class (0..4) of `event` as told in `sentence` (None: the sentence alone)."""
    ranked = scores(sentence, event)
    return max(ranked, key=ranked.__getitem__)


def codebook_class(event: EventMention, quads: Mapping[str, int] | None = None) -> int | None:
    """The event's class by the codebook: its category's, in verbal form for an act not yet done.

    CAMEO codes a promised or conditional material act by its verbal class: an intent to
    withdraw or to give aid is 03 "express intent to cooperate" (verbal cooperation), a warning
    of an attack or a sanction is 13 "threaten" (verbal conflict); PLOVER likewise codes them as
    AGREE and THREATEN. So a future or hypothetical event of a material class takes the verbal
    one. None for a category the codebook does not know.
    """
    known = (quads if quads is not None else category_quads()).get(event.type)
    if known is not None and (event.future or event.hypothetical):
        return VERBAL_FORM.get(known, known)
    return known


def _class_of(event: EventMention) -> int | None:
    """The class the event carries (set by the quad stage), else the codebook's."""
    return event.quad if event.quad is not None else codebook_class(event)


def lead_event(events: list[EventMention]) -> EventMention | None:
    """The event that stands for the article: its first act that happened, past statements.

    A one-way message (COMMUNICATE: a letter, a statement, a greeting; CAMEO's statement class 0)
    often only carries the act the sentence is about ("in a statement, the ministry announced
    the withdrawal"), and CAMEO and PLOVER coders code that act. So the first event that happened
    and is more than a statement leads; failing that, the first that happened (a statement);
    failing that, the first event at all (a denied one).
    """
    happened = [e for e in events if not e.negated]
    acts = (e for e in happened if _class_of(e) != STATEMENT)
    return next(acts, happened[0] if happened else events[0] if events else None)


def settled_class(event: EventMention) -> int | None:
    """The codebook's class where it settles the reading (an act that happened), else None."""
    known = _class_of(event)
    return known if not event.negated and known is not None and known != STATEMENT else None


def article_quad(article: Article) -> int | None:
    """The article's class: its lead event's when an act happened, else the model's reading.

    The codebook settles the class of an act that happened. Everything else is left to the model,
    which reads the lead event's sentence with the event as features: a denied act still tells it
    something, and a bare statement may report a threat or a promise the coder did not class.
    An article without events is read from its title or first line. So the statement class (0)
    comes only from the model, where neither the coder nor the words show an act. None for an
    empty article.
    """
    event = lead_event(article.events)
    if event is not None:
        settled = settled_class(event)
        return settled if settled is not None else quad_class(event, event.sentence)
    lead = article.title or article.body.strip().split("\n", 1)[0]
    return quad_class(None, lead) if lead.strip() else None


def annotate(events: list[EventMention], lexicon: Lexicon | None = None) -> None:
    """Set `quad` on every event mention by the codebook (the pipeline's `quad` stage).

    A category the codebook does not know (none ships) falls back to the model's reading.
    """
    quads = category_quads(lexicon)
    for event in events:
        known = codebook_class(event, quads)
        event.quad = known if known is not None else quad_class(event, event.sentence)
