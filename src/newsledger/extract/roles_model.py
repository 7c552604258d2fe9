"""Who acts and who is acted on, as a learned reading of the grammar between two words.

The event coder reads an event's participants with dependency rules (extract/events_args.py),
each grown from an error on a dev page; rules fitted to those pages miss the many other ways
news names who did what to whom. This model reads, for an event word and a nominal head in its
sentence, whether the head names the actor, the recipient, or neither, from *general* features
of the pair: the dependency path between them (relations and directions), which side of the
event word the head stands on and how far, the event word's voice and tag, the preposition
that links the head ("by", "against", "with"), the head's tag, relation and entity label, and
whether it is a people noun. No feature is a specific word of content: names never enter.

It is a multinomial logistic regression trained by scripts/train_roles.py on the train part of
the CAMEO actor-span sentences (benchmarks/actor_spans.py); the weights ship as JSON and a
score is a sum over a few dozen features. The pipeline uses it conservatively, after the
rules (`refine`, the "roles" stage): the readings it may apply (drop a participant, fill an
empty slot, swap the sides) and their thresholds ship with the weights, chosen by
cross-validation on the train part; only filling a missing recipient paid there, and only
with a candidate the event word itself governs closely ("lifted a ban on X").
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsledger.extract import events_args as args
from newsledger.model import EventMention, Participant
from newsledger.shipped import read_model

MODEL_FILE = "data/roles_model.json"
ROLES = ("actor", "recipient", "none")
NOMINAL = ("NOUN", "PROPN", "PRON")
PATH_CAP = 4  # steps of the dependency path kept; longer paths read as "far"
LINKING = frozenset(
    {"by", "with", "on", "against", "to", "from", "for", "of", "in", "at", "between", "into"}
)
ENTITY = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
PARTY_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")
FILL_DEPTH = 3  # relations from the event word down to a head that may fill a slot


def candidates(trigger: Token) -> list[Token]:
    """The nominal heads of the event word's sentence that could name a participant: heads of
    noun phrases (a noun, name or pronoun whose own head is not a noun of the same phrase)."""
    out = []
    for token in trigger.sent:
        if token.i == trigger.i or token.pos_ not in NOMINAL:
            continue
        if token.dep_ in ("compound", "flat", "poss") and token.head.pos_ in NOMINAL:
            continue  # part of a larger name or phrase
        if token.pos_ == "PRON" and token.dep_ in ("expl", "dobj") and token.lower_ == "it":
            continue
        out.append(token)
    return out


def passive(verb: Token) -> bool:
    """Whether the event word is a passive verb ("was attacked", "attacked by", headline)."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl", "amod")


def path(trigger: Token, candidate: Token) -> tuple[list[str], list[str], Token | None]:
    """The dependency path between the two words: the relations climbed from the event word to
    their lowest common governor, those climbed from the candidate, and that governor."""
    above = {}
    node, steps = trigger, 0
    while True:
        above[node.i] = steps
        if node.head.i == node.i or steps > 12:
            break
        node, steps = node.head, steps + 1
    up_from_candidate = []
    node = candidate
    for _ in range(13):
        if node.i in above:
            common = node
            break
        up_from_candidate.append(node.dep_)
        if node.head.i == node.i:
            return [], up_from_candidate, None
        node = node.head
    else:
        return [], up_from_candidate, None
    up_from_trigger = []
    node = trigger
    while node.i != common.i:
        up_from_trigger.append(node.dep_)
        node = node.head
    return up_from_trigger, up_from_candidate, common


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-12" if n <= 12 else "far"


def features(trigger: Token, candidate: Token, people: Collection[str] = ()) -> list[str]:
    """The general grammatical features of an (event word, candidate head) pair."""
    voice = "pass" if passive(trigger) else "act"
    side = "before" if candidate.i < trigger.i else "after"
    up, down, common = path(trigger, candidate)
    out = [
        "bias",
        f"voice={voice}",
        f"side={side}",
        f"side_voice={side}:{voice}",
        f"trig_pos={trigger.pos_}",
        f"cand_pos={candidate.pos_}",
        f"cand_dep={candidate.dep_}",
        f"cand_dep_voice={candidate.dep_}:{voice}",
        f"cand_ent={candidate.ent_type_ or '-'}",
        f"dist={_bucket(abs(candidate.i - trigger.i))}",
    ]
    if common is None:
        out.append("path=none")
    else:
        length = len(up) + len(down)
        out.append(f"pathlen={_bucket(length)}")
        if length <= PATH_CAP:
            shape = ">".join(up) + "|" + "<".join(reversed(down))
            out += [
                f"path={shape}",
                f"path_voice={shape}:{voice}",
                f"path_tpos={shape}:{trigger.pos_}",
            ]
        else:
            out.append("path=long")
        out.append(f"down1={down[-1] if down else '-'}")
        out.append(f"down1_voice={(down[-1] if down else '-')}:{voice}")
        out.append(f"up_len={_bucket(len(up))}")
        out.append(f"common={'trigger' if common.i == trigger.i else common.pos_}")
    if candidate.head.dep_ in ("prep", "agent") and candidate.dep_ == "pobj":
        prep = candidate.head.lower_
        word = prep if prep in LINKING else "other"
        out.append(f"prep={word}")
        out.append(f"prep_voice={word}:{voice}")
        out.append(f"prep_attached={'trigger' if candidate.head.head.i == trigger.i else 'else'}")
    if candidate.ent_type_ in ENTITY:
        out.append("named")
    if candidate.lemma_.lower() in people:
        out.append("people_noun")
    if candidate.pos_ == "PRON":
        out.append(f"pron_person={candidate.morph.get('Person') or '-'}")
    if candidate.dep_ == "conj":
        out.append(f"conj_of={candidate.head.dep_}")
    if any(c.dep_ == "poss" for c in candidate.children):
        out.append("has_poss")
    if candidate.dep_ == "poss":
        out.append(f"poss_of_trigger={candidate.head.i == trigger.i}")
    return out


@lru_cache(maxsize=1)
def _weights() -> dict[str, Any] | None:
    return read_model(MODEL_FILE)


def probabilities(
    features_: Sequence[str], model: dict[str, Any] | None = None
) -> dict[str, float]:
    """The model's probability of each role for one pair's features (uniform with no model)."""
    model = model if model is not None else _weights()
    if model is None:
        return dict.fromkeys(ROLES, 1.0 / len(ROLES))
    scores = {}
    present = set(features_)
    for role in ROLES:
        coef = model["coef"][role]
        scores[role] = model["intercept"][role] + sum(coef.get(f, 0.0) for f in present)
    top = max(scores.values())
    exp = {r: math.exp(s - top) for r, s in scores.items()}
    total = sum(exp.values())
    return {r: v / total for r, v in exp.items()}


def _head(doc: Doc, part: Participant) -> Token | None:
    if part.start is None or part.end is None:
        return None
    span: Span | None = doc.char_span(part.start, part.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def trigger_of(doc: Doc, mention: EventMention) -> Token | None:
    """The event word of a mention, as a token of `doc`."""
    if mention.trigger_start is None or mention.trigger_end is None:
        return None
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _party(token: Token, trigger: Token, mention: EventMention, people: Collection[str]) -> bool:
    """Whether a candidate may fill a slot: inside the event's own sentence, governed by the
    event word itself within FILL_DEPTH relations and through no other verb ("lifted a ban
    on X", not "objected to the access to X", nor a quoted clause after the event word), and
    a name of a person, group, organisation or country, or a noun for people (PLOVER's
    parties: "bombing sites" or "the port" are not)."""
    if not mention.start <= token.idx < mention.end:
        return False
    node, steps = token, 0
    while node.i != trigger.i:
        if steps >= FILL_DEPTH or node.head.i == node.i or (steps and node.pos_ in ("VERB", "AUX")):
            return False
        node, steps = node.head, steps + 1
    if mention.location and token.text in mention.location.split():
        return False  # the rules read it as where the event took place
    return token.ent_type_ in PARTY_ENTITIES or token.lemma_.lower() in people


def refine(
    doc: Doc,
    mentions: list[EventMention],
    people: Collection[str] = (),
    model: dict[str, Any] | None = None,
    thresholds: dict[str, float] | None = None,
) -> None:
    """Apply the model's confident readings to the mentions' participants, in place.

    Each reading is on only at a threshold the model file ships (scripts/train_roles.py):
    `drop` removes a participant read as no party at least that surely, while another
    participant remains; `fill_actor` / `fill_recipient` give an event that has a party but no
    actor (recipient) the likeliest candidate in that role, when at least that likely, a
    possible party (`_party`) and overlapping no participant; `swap` exchanges a lone actor
    and a lone recipient when each reads as the other's role at least that surely.
    """
    model = model if model is not None else _weights()
    if model is None:
        return
    cuts = thresholds if thresholds is not None else model.get("thresholds", {})
    if not cuts:
        return
    for mention in mentions:
        trigger = trigger_of(doc, mention)
        if trigger is not None:
            _refine_one(doc, mention, trigger, people, model, cuts)


def _refine_one(
    doc: Doc,
    mention: EventMention,
    trigger: Token,
    people: Collection[str],
    model: dict[str, Any],
    cuts: dict[str, float],
) -> None:
    def read(token: Token) -> dict[str, float]:
        return probabilities(features(trigger, token, people), model)

    if "drop" in cuts:
        for slot in ("actors", "recipients"):
            for part in list(getattr(mention, slot)):
                if len(mention.actors) + len(mention.recipients) < 2:
                    break
                head = _head(doc, part)
                if head is None or head.i == trigger.i:
                    continue
                if read(head)["none"] >= cuts["drop"]:
                    getattr(mention, slot).remove(part)
    if "swap" in cuts and len(mention.actors) == 1 and len(mention.recipients) == 1:
        actor, recipient = _head(doc, mention.actors[0]), _head(doc, mention.recipients[0])
        if actor is not None and recipient is not None:
            if (
                read(actor)["recipient"] >= cuts["swap"]
                and read(recipient)["actor"] >= cuts["swap"]
            ):
                mention.actors, mention.recipients = mention.recipients, mention.actors
    for slot, role in (("actors", "actor"), ("recipients", "recipient")):
        cut = cuts.get(f"fill_{role}")
        if cut is None or getattr(mention, slot) or not (mention.actors or mention.recipients):
            continue  # only the missing side of an event the rules found a party of
        if role == "recipient" and len(mention.actors) > 1:
            continue  # "X and Y agreed", "X held talks with Y": both sides are actors already
        taken = [
            (p.start, p.end) for p in mention.actors + mention.recipients if p.start is not None
        ]
        best, best_p = None, cut
        for token in candidates(trigger):
            if any(s <= token.idx < e for s, e in taken) or not _party(
                token, trigger, mention, people
            ):
                continue
            p = read(token)[role]
            if p >= best_p:
                best, best_p = token, p
        if best is not None:
            tokens = args.mention_tokens(best)
            part = args.participant(tokens)
            if not any(part.start < e and s < part.end for s, e in taken):
                getattr(mention, slot).append(part)
