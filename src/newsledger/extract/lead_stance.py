"""The article's own stance toward the claim its headline and lead tell: for, against, observing.

News states a claim in its own voice (for), reports it as someone else's or hedges it
("reportedly", "X claims", "according to", a question headline, "may": observing), or denies and
debunks it ("X denies reports that", "no evidence", "a hoax", "false": against). The reading is
a small linear model over *how* the lead says things, never over what it is about: the cue
words of the codebook (data/cues.yaml: reporting verbs and nouns with their stance, hedge
markers, falsity predicates, negators), closed-class words (modals, auxiliaries, pronouns,
particles, adverbs), punctuation (a question), the parse around the main verb (negation,
modality, tense, a reporting verb with its stance) and the sources and stances the `sources`
stage gave the lead's events. Other words count only when the training leads use them in
stories about at least five different claims ("video", "viral", "report"): a word of one
story's topic never enters the model, so a topic cannot decide a stance. scripts/train_stance.py
fits it (logistic regression) on the tune half of an FNC-1 dev set (benchmarks/stance.py) and
on the event factuality sets; weights ship as JSON and scoring is plain Python over the already
parsed lead, a fraction of a millisecond per article.

Where the codebook speaks outright (a denial verb over the lead, a report called false, "no
evidence that", a question headline) it settles the reading (`codebook_reading`). A confident
`against` or `observing` then becomes the outlet's own stance on the lead's events (`apply`):
the ledger hears the outlet deny or hedge, not assert, what its lead tells. A codebook denial
speaks of the events of its own sentence (`denied_in`): the act a lead tells before "Y
rejected the decision" stays the outlet's plain statement.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from newsledger import docindex
from newsledger.extract import cues
from newsledger.extract.stance import presupposed
from newsledger.model import Article, ArticleStance, EventMention, Quote, StanceKind
from newsledger.shipped import read_model

if TYPE_CHECKING:
    from newsledger.pipeline import Context

MODEL_FILE = "data/stance_model.json"
READINGS = ("for", "against", "observing")
# How sure the reading must be before it overrides the outlet's own voice on the lead's events:
# a wrong `denies` turns a confirmed event into a disputed one, so both bars are high.
CONFIDENT = {"against": 0.6, "observing": 0.85}
CODEBOOK_SCORE = 0.9  # the score of a reading the codebook settles
EVIDENCE = frozenset({"evidence", "proof", "sign", "indication"})
LEAD_TOKENS = 80  # a lead longer than this is cut: the claim is told early
CLOSED_CLASS = frozenset({"AUX", "PART", "SCONJ", "PRON", "DET", "ADP", "CCONJ", "ADV"})
MARKS = {"?": "question_mark", "!": "exclamation", '"': "quote_mark", "“": "quote_mark"}
# The stance a source of the lead takes reads as the article's (the outlet's, if it is the one).
SOURCE_READING = {
    StanceKind.ASSERTS: "for",
    StanceKind.DENIES: "against",
    StanceKind.HEDGES: "observing",
}


def lead_span(doc: Doc, title_start: int | None = None) -> Span | None:
    """The headline (when the body holds it) and the opening sentences after it: whole
    sentences within LEAD_TOKENS tokens, at least the first one."""
    if len(doc) == 0:
        return None
    index = docindex.of(doc)
    first = 0
    if title_start is not None:
        sentence = index.sentence_at_char(doc, title_start)
        first = sentence.start if sentence is not None else 0
    limit = min(first + LEAD_TOKENS, len(doc))
    ends = [e for e in index.sent_ends if first < e <= limit]
    return doc[first : ends[-1] if ends else limit]


def features(
    lead: Span, events: Iterable[EventMention], quotes: Iterable[Quote]
) -> dict[str, float]:
    """Binary features of the lead: codebook cues, closed-class words, parse, event sources.

    The same function builds the training matrix (scripts/train_stance.py) and scores at run
    time; `events` and `quotes` are those the pipeline found, restricted here to the lead.
    """
    lex = cues.load()
    found: set[str] = set()
    for tok in lead:
        found.update(_token_features(tok, lex))
    text = lead.text.rstrip()
    if text.endswith("?"):
        found.add("ends_question")
    if ":" in text[:40]:
        found.add("label_colon")  # "Claim: ...", "Report: ..."
    for sent in lead.sents:
        found.update(_root_features(sent.root, lex))
    lo, hi = lead.start_char, lead.end_char
    inside = [e for e in events if lo <= e.start < hi]
    if not inside:
        found.add("no_event")
    readings = set()
    for event in inside:
        for flag in ("negated", "hypothetical", "future"):
            if getattr(event, flag):
                found.add(f"event_{flag}")
        said = _said_over(lead.doc, event, quotes)
        for source in event.sources:
            voice, stance = "outlet" if source.start is None else "named", source.stance
            if voice == "outlet" and said is not None:
                voice, stance = "named", _told_stance(said, event)
            found.add(f"source:{stance}:{voice}")
            readings.add(SOURCE_READING.get(StanceKind(stance), "for"))
    if inside:  # the pipeline's own rule: any denial, else any hedge, else asserted
        order = ("against", "observing", "for")
        found.add("sources_read:" + next(r for r in order if r in readings or r == "for"))
    for quote in quotes:
        if lo <= quote.start < hi:
            found.add(f"quote:{quote.kind}")
            found.add(f"quote_stance:{quote.stance}")
            if quote.speaker_start is None:
                found.add("quote_no_speaker")
    return dict.fromkeys(found, 1.0)


def _said_over(doc: Doc, event: EventMention, quotes: Iterable[Quote]) -> Quote | None:
    """The named speaker's quote whose verb of saying stands above the event word in the parse.

    The lead reads as someone's words when a speaker's verb governs the event, whatever branch
    the event hangs in: "X, who E-ed, said ..." attributes the lead though X does not vouch for
    E (the sources stage gives E to the outlet). The lead's reading is about how it is told,
    not who vouches for each event.
    """
    start, end = event.trigger_start, event.trigger_end
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    by_cue = {
        q.cue_start: q
        for q in quotes
        if q.speaker_start is not None and q.cue_start is not None and q.cue != ":"
    }
    return next((by_cue[a.idx] for a in span.root.ancestors if a.idx in by_cue), None)


def _told_stance(quote: Quote, event: EventMention) -> str:
    """A speaker's stance on an event their words tell: telling it did not happen denies it."""
    stance = StanceKind(quote.stance)
    return StanceKind.DENIES if event.negated and stance == StanceKind.ASSERTS else stance


def _token_features(tok: Token, lex: cues.CueLexicon) -> Iterable[str]:
    lemma, low = tok.lemma_.lower(), tok.lower_
    if tok.pos_ in ("VERB", "AUX") and lemma in lex.verbs:
        stance = lex.verbs[lemma]
        yield f"verb:{lemma}"
        yield f"verb_stance:{stance}"
        if _negated(tok, lex):
            yield f"verb_negated:{stance}"
    if tok.pos_ in ("NOUN", "PROPN") and lemma in lex.nouns:
        yield f"noun:{lemma}"
        yield f"noun_stance:{lex.nouns[lemma]}"
        if any(c.lower_ in lex.negators for c in tok.children):
            yield "noun_negated"
    if tok.pos_ == "ADJ" and lemma in lex.adjectives:
        yield f"adjective_stance:{lex.adjectives[lemma]}"
    if low in lex.hedge_adverbs or low in lex.hedge_adjectives:
        yield f"hedge:{low}"
        yield "hedge"
    if lemma in lex.denial_predicates or low in lex.denial_predicates:
        yield f"falsity:{lemma}"
        yield "falsity"
    if low in lex.negators:
        yield f"negator:{low}"
        yield "negator"
    if tok.is_alpha and not tok.ent_type_:
        yield f"lemma:{lemma}"  # only words of many stories ship (scripts/train_stance.py)
    if tok.tag_ == "MD":
        yield f"modal:{low}"
    elif tok.pos_ in CLOSED_CLASS and tok.is_alpha:
        yield f"word:{low}"
    if tok.text in MARKS:
        yield MARKS[tok.text]
    if tok.is_alpha and tok.is_upper and len(tok) > 2 and tok.ent_type_ == "":
        yield "shouting"  # "A FRAUD", "did NOT"
    if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        yield "according_to"
    if tok.pos_ == "PRON" and low in ("i", "we", "my", "our", "me", "us"):
        yield "first_person"


def _root_features(root: Token, lex: cues.CueLexicon) -> Iterable[str]:
    lemma = root.lemma_.lower()
    stance = lex.verbs.get(lemma) if root.pos_ in ("VERB", "AUX") else None
    yield f"root_cue:{stance or 'none'}"
    if _negated(root, lex):
        yield "root_negated"
    for child in root.children:
        if child.dep_ in ("aux", "auxpass"):
            yield f"root_aux:{child.lemma_.lower()}"
        if child.dep_ in ("ccomp", "xcomp") and stance:
            yield f"root_cue_clause:{stance}"
            if _negated(child, lex):
                yield "claim_negated"


def _negated(tok: Token, lex: cues.CueLexicon) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in lex.negators for c in tok.children)


@lru_cache(maxsize=1)
def _weights() -> dict[str, Any]:
    """The shipped model, read once per process."""
    model = read_model(MODEL_FILE, "train_stance.py")
    assert model is not None
    return model


def model_source() -> str:
    """What the shipped weights were trained on, as the training script recorded it."""
    return str(_weights().get("source", "unknown"))


def probabilities(found: dict[str, float]) -> dict[str, float]:
    """Each reading's probability under the shipped model (softmax of the linear scores)."""
    model = _weights()
    vocab = model["vocab"]
    active = [(vocab[f], v) for f, v in found.items() if f in vocab]
    raw = {
        label: bias + sum(row[i] * v for i, v in active)
        for label, row, bias in zip(
            model["classes"], model["coef"], model["intercept"], strict=True
        )
    }
    top = max(raw.values())
    exp = {label: math.exp(s - top) for label, s in raw.items()}
    total = sum(exp.values())
    return {label: e / total for label, e in exp.items()}


def read(
    doc: Doc,
    events: Iterable[EventMention],
    quotes: Iterable[Quote],
    title_start: int | None = None,
) -> ArticleStance | None:
    """The article's stance toward the claim of its lead (None for an empty article)."""
    lead = lead_span(doc, title_start)
    if lead is None or len(lead) == 0:
        return None
    ranked = probabilities(features(lead, list(events), list(quotes)))
    best = max(ranked, key=ranked.__getitem__)
    ruled = codebook_reading(lead, cues.load())
    if ruled is not None and ruled != best:
        return ArticleStance(ruled, CODEBOOK_SCORE)
    return ArticleStance(best, round(ranked[best], 3))


def codebook_reading(lead: Span, lex: cues.CueLexicon) -> str | None:
    """What the codebook says outright, which the model defers to: a lead whose main verb
    denies ("X denies reports that ...", "rejects claims"), that calls a report false or says
    an event never happened ("the story is a hoax"), or that finds "no evidence that ..." is
    against; a question headline is observing. None where the codebook is silent.

    FNC-1's annotators often read a reported denial as mere discussion, so the model alone
    would not learn these from its training leads; the codebook (issue 12) reads them as
    denials, which is what makes the outlet's own voice deny in the ledger.
    """
    if any(_sentence_denies(sent, lex) for sent in lead.sents):
        return "against"
    first = next(iter(lead.sents))
    return "observing" if first.text.rstrip().endswith("?") else None


def _sentence_denies(sent: Span, lex: cues.CueLexicon) -> bool:
    """Whether one sentence of the lead denies outright (codebook_reading's tests)."""
    root = sent.root
    for head in (root, *(c for c in root.children if c.dep_ == "conj")):
        if (
            head.pos_ in ("VERB", "AUX")
            and lex.verbs.get(head.lemma_.lower()) == StanceKind.DENIES
            and not _negated(head, lex)
        ):
            return True
    return lex.denies_event(sent) or any(_no_evidence(t) or _denies_report(t, lex) for t in sent)


def denied_in(lead: Span, events: Iterable[EventMention]) -> list[EventMention]:
    """The lead's events an `against` reading speaks of: those told in a sentence that
    denies ("X denies meeting Y", "the story is a hoax"). A sentence beside it keeps the
    outlet's plain voice: in "Chad expelled two envoys. Sudan rejected the decision." the
    outlet tells the expulsion, and only the rejection is a denial. When no sentence denies
    by the codebook (the model's reading alone), every lead event is spoken of."""
    lex = cues.load()
    denying = [(s.start_char, s.end_char) for s in lead.sents if _sentence_denies(s, lex)]
    if not denying:
        return list(events)
    return [
        e
        for e in events
        if any(lo <= (e.trigger_start if e.trigger_start is not None else e.start) < hi
               for lo, hi in denying)
    ]  # fmt: skip


def _denies_report(tok: Token, lex: cues.CueLexicon) -> bool:
    """A denial verb right before a report noun ("rejects claims", "dismisses rumours"), by
    lemma alone: compressed headlines often fool the parser into reading the verb as a noun."""
    if lex.verbs.get(tok.lemma_.lower()) != StanceKind.DENIES or _negated(tok, lex):
        return False
    following = tok.doc[tok.i + 1 : tok.i + 3]
    return any(t.lemma_.lower() in lex.nouns and t.pos_ in ("NOUN", "VERB") for t in following)


def _no_evidence(tok: Token) -> bool:
    """ "no evidence that ...", "no proof of ..." """
    return tok.lemma_.lower() in EVIDENCE and any(c.lower_ == "no" for c in tok.children)


def stage(doc: Doc, article: Article, ctx: Context) -> None:
    """The pipeline's `stance` stage: read the lead once its events have their sources, and
    let a confident reading speak for the outlet on the lead's events (see `apply`)."""
    article.stance = read(doc, ctx.events, ctx.quotes, article.title_start)
    lead = lead_span(doc, article.title_start)
    if article.stance is not None and lead is not None:
        # "rejected reports that she signed a deal during her visit": the visit is the
        # denied act's setting, taken for granted by the denial (stance.presupposed).
        told = [e for e in ctx.events if not presupposed(doc, e)]
        if article.stance.reading == "against":
            told = denied_in(lead, told)
        apply(article.stance, told, lead.end_char)


def apply(stance: ArticleStance, events: Iterable[EventMention], lead_end: int) -> None:
    """An article that denies (or only reports) its lead claim does not assert it in its own
    voice: the outlet's `asserts` on the lead's events becomes `denies` (`hedges`) when the
    reading is confident enough (CONFIDENT). Named sources keep their own stance."""
    stance_kind = {"against": StanceKind.DENIES, "observing": StanceKind.HEDGES}.get(stance.reading)
    if stance_kind is None or stance.score < CONFIDENT[stance.reading]:
        return
    for event in events:
        if event.start >= lead_end:
            continue
        if stance_kind == StanceKind.DENIES and event.type == "REJECT":
            continue  # the rejection is the denial itself, told plainly: not what is denied
        for source in event.sources:
            if source.start is None and source.stance == StanceKind.ASSERTS:
                source.stance = stance_kind
