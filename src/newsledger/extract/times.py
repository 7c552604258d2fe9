"""The time stage: TIMEX3 time expressions in a parsed Doc, and the one attached to an event word.

Recognition is a regular grammar over the text (time_grammar), normalisation reads each match
against the publication date, the tense of its clause and the dates mentioned before it
(time_normalise). The parse is used where words alone cannot decide: the tense of the governing
verb, numbers that modify nouns ("1990 cars" is not a year), and which clause a time belongs to.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from newsledger import datelines, docindex
from newsledger.extract import cues
from newsledger.extract.time_grammar import Candidate, candidates, lexicon
from newsledger.extract.time_normalise import FUTURE, PAST, PRESENT, Context, normalise
from newsledger.extract.time_values import value_range
from newsledger.model import EventDate, TimeExpr

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "going", "would", "'d"}
_PERFECT_AUX = {"have", "has", "'ve", "'s"}
_CLAUSE_HEADS = {"VERB", "AUX"}


def extract_times(doc: Doc, dct: date | None) -> list[TimeExpr]:
    """Every time expression in the doc, normalised against the publication date `dct`."""
    ctx = Context(dct)
    text = docindex.text(doc)  # `doc.text` walks every token on each access
    times: list[TimeExpr] = []
    for candidate in candidates(text):
        span = _span(doc, candidate.start, candidate.end)
        if span is None or _counts_things(candidate, span):
            continue
        ctx.tense = clause_tense(span)
        ctx.before = text[max(0, candidate.start - 30) : candidate.start]
        ctx.position = candidate.start
        result = normalise(candidate, ctx)
        if result is None:
            continue
        first, last = value_range(result.value) if result.type in ("DATE", "TIME") else (None, None)
        times.append(
            TimeExpr(
                text=candidate.text,
                start=candidate.start,
                end=candidate.end,
                type=result.type,
                value=result.value,
                range_start=first,
                range_end=last,
            )
        )
    return times


def clause_tense(span: Span) -> str | None:
    """Past, present or future: the tense of the verb governing the span, None without one.

    A few readings come before the clause's verb: "since" looks back; a time naming an event
    ("Wednesday's ruling", "the Oct. 23 slaying", "a June agreement") reports it as done,
    whatever the tense of the clause around the noun; and words like "planned" or "payable"
    look ahead to the time they govern.
    """
    root = span.root
    if span.start > 0 and span.doc[span.start - 1].lower_ == "since" or root.dep_ == "poss":
        return PAST
    holder = root.head.head if root.head.dep_ == "prep" else root.head
    if root.dep_ in ("compound", "amod", "nmod") and holder.pos_ in ("NOUN", "PROPN"):
        if root.i < holder.i:
            return PAST
    if holder.lemma_.lower() in lexicon()["prospective_words"] and (
        holder.pos_ == "ADJ" or holder.tag_ in ("VBD", "VBZ", "VBP") or _has_aux(holder)
    ):
        return FUTURE
    verb = _time_verb(root)
    return None if verb is None else _verb_tense(verb)


def _time_verb(root: Token) -> Token | None:
    """The verb heading the clause a time expression belongs to.

    The parser may hang a time that stands between a reporting verb and the subject of its
    complement from the complement's verb ("said on Monday she would meet X"). Inside the
    complement the time would follow its "that" or its subject ("said that on Monday she ...",
    "said she would meet X on Monday"); before both it is the reporting verb's, so the report's
    day does not become the reported event's (nor its tense the time's).
    """
    verb = _governing_verb(root)
    if verb is None or verb.dep_ != "ccomp" or verb.head == verb or verb.head.i > root.i:
        return verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.i < root.i:
        return verb
    if any(c.dep_ == "mark" and c.i < root.i for c in verb.children):
        return verb
    return _governing_verb(verb.head)


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    """The tense a verb's clause sets for a time it governs.

    Non-finite verbs have no tense of their own: a to-infinitive looks ahead of its head
    ("plans to meet on Friday") unless the head is past perfect ("had been due to expire
    Friday"), and a bare participle ("was found Monday clinging to ...") shares its head's.
    """
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    head = _governing_verb(verb.head) if verb.head != verb else None
    if head is verb or depth > 3:
        head = None
    if "to" in words and verb.tag_ == "VB":
        return PAST if head is not None and _past_perfect(head) else FUTURE
    if not aux and verb.tag_ == "VBG" and head is not None and verb.dep_ != "ROOT":
        return _verb_tense(head, depth + 1)
    if words & _FUTURE_AUX:
        return FUTURE
    if any(a.tag_ == "VBD" for a in aux) or words & _PERFECT_AUX:
        return PAST
    if any(a.tag_ == "MD" for a in aux):
        return FUTURE  # "could come as early as Tuesday"
    if any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return PRESENT  # "when the case is heard in May"
    if verb.tag_ in ("VBD", "VBN"):
        return PAST
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return PRESENT
    if verb.tag_ == "MD" and verb.lower_ in ("will", "shall"):
        return FUTURE
    return None


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def attached_time(doc: Doc, times: list[TimeExpr], token: Token) -> TimeExpr | None:
    """The DATE/TIME expression in the event word's clause, closest to it; None when none is.

    A time is attached when its head, climbing the parse through prepositions and nouns,
    reaches the event word or the verb that governs it before reaching any other verb. A
    "when" clause without a time of its own takes the time it follows ("in March last year,
    when he met Modi and presented a plan"). A time before a noun dates that noun, one after
    "before", "after" or "until" dates nothing, and a noun the verb is only about does not
    take the verb's time (TimeML: these are relations to the time, not anchors at it). A
    dateline's date is the day the story was filed, an anchor of the report, not of its events.
    """
    anchors = {token.i}
    clause = _governing_verb(token)
    if clause is not None and _shares_time(token, clause):
        anchors.add(clause.i)
    best: tuple[tuple[bool, int], TimeExpr] | None = None
    # A time in another sentence hangs from another parse tree: skip it without parsing it.
    sent = docindex.of(doc).sentence(doc, token.i)
    text = docindex.text(doc)
    for time in times:
        if time.type not in ("DATE", "TIME"):
            continue
        if time.end <= sent.start_char or time.start >= sent.end_char:
            continue
        if datelines.in_dateline(text, time.start, time.end):
            continue  # "OSLO, June 2 (Wire) - ...": the day the story was filed
        span = _span(doc, time.start, time.end)
        if span is None or token.i in range(span.start, span.end) or _bounds_only(span.root):
            continue
        if anchors & {t.i for t in _attachment_path(span.root)}:
            # a vague reference ("recently", "now") gives way to a date beside it: "most
            # recently last October" happened last October (TimeML anchors at the specific)
            vague = bool(time.value) and time.value.endswith("_REF")
            distance = min(abs(span.start - token.i), abs(span.end - 1 - token.i))
            key = (vague, distance)
            if best is None or key < best[0]:
                best = (key, time)
    if best is None and clause is not None:
        return _when_clause_time(doc, times, clause)
    return best[1] if best else None


def _when_clause_time(doc: Doc, times: list[TimeExpr], clause: Token) -> TimeExpr | None:
    """The DATE/TIME expression just before the "when" that opens the clause, if any."""
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "when he met Modi and presented a plan"
    when = next((c for c in clause.children if c.lower_ == "when" and c.i < clause.i), None)
    if when is None:
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
    if subjects and subjects[-1].left_edge.i != when.i + 1:
        return None  # "..., when an argument ensued, officials said": "when" opens another clause
    text = docindex.text(doc)
    gap = when.idx  # where the spaces and commas before "when" begin
    while gap > 0 and text[gap - 1] in " ,":
        gap -= 1
    for time in times:
        if time.type in ("DATE", "TIME") and time.end >= gap:
            return time
    return None


def to_event_date(t: TimeExpr) -> EventDate:
    """The event-date form of a time expression: phrase, value and the ISO dates it spans."""
    return EventDate(text=t.text, value=t.value, start=t.range_start, end=t.range_end)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above the token in the parse (the head of its clause); "dated"
    after a document noun heads none ("a letter dated May 2" is the letter's date)."""
    current = token
    while (
        current.pos_ not in _CLAUSE_HEADS
        or current.dep_ in ("aux", "auxpass")
        or _dating_participle(current)
    ):
        if current.head == current:
            return None
        current = current.head
    return current


def _attachment_path(token: Token) -> list[Token]:
    """The words a time expression hangs from, up to the verb heading its clause.

    "the call on Tuesday" gives [on, call, <verb>], so the time can attach to the event noun
    or to its verb, but never to a verb of another clause above.
    """
    if _dates_a_noun_only(token):
        return [token.head]
    path: list[Token] = []
    current = token
    while current.head != current:
        current = current.head
        path.append(current)
        if _dating_participle(current):
            continue  # "in the letter, dated Monday": the letter's date, its saying's too
        if current.pos_ in _CLAUSE_HEADS and current.dep_ not in ("aux", "auxpass"):
            break
    verb = _time_verb(token)
    if path and verb is not None and verb != path[-1]:
        path[-1] = verb  # "said on Monday she would meet X": the saying's time
    return path


def _dating_participle(token: Token) -> bool:
    """ "dated" after a document noun ("a letter dated May 2"): it only gives the noun's date."""
    return token.lemma_.lower() == "date" and token.dep_ == "acl" and token.tag_ == "VBN"


# Prepositions by which a time bounds an event instead of dating it (TimeML's BEFORE, AFTER,
# ENDED_BY signals): "before Election Day", "after the March 3 vote", "until May 22", "ahead of
# Sunday's poll", "prior to 2019". "since" and "by" stay: "held since May" tells when the
# detention began, "by Friday" a deadline the event is dated at.
_BOUNDING = frozenset({"before", "after", "until", "till", "following", "pending"})
_BOUNDING_HEADS = frozenset({"ahead", "prior"})  # "ahead of", "prior to"


def _bounds_only(root: Token) -> bool:
    """Whether a time hangs from a preposition that puts the event before, after or up to it:
    the event then happened at some other time, which the text does not give."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ in _BOUNDING:
        return True
    return prep.lower_ in ("of", "to") and prep.head.lower_ in _BOUNDING_HEADS


# Links by which a time expression stands before a noun and names that noun's own time: "the
# July 21 shooting", "Friday's meeting", "the 2012 agreement".
_PREMODIFIERS = frozenset({"nmod", "compound", "poss", "nummod", "amod"})
# Prepositions by which a verb happens at, in or during what the noun names, so in its time
# ("killed in Monday's blast", "spoke at the May 4 summit").
_COTEMPORAL = frozenset({"at", "in", "during", "amid", "throughout"})


# Prepositions by which a verb is about, against, before or after what its noun names.
_ABOUT_OR_AFTER = frozenset(
    {"of", "about", "over", "against", "regarding", "concerning"} | _BOUNDING | {"since"}
)


def _shares_time(token: Token, clause: Token) -> bool:
    """Whether an event word has the time of the verb heading its clause: the verb's subject,
    object or complement ("held talks on Monday"), or a noun the verb happens in, at or for
    ("spoke at the rally on Friday", "met for talks on Monday"). A noun the verb is only about,
    against or after is not told at the verb's time ("said of the ban on Tuesday", "protested
    against the arrest on Friday", "left after the vote on Monday"), nor an event a verb of
    saying or judging takes as its object ("on Wednesday confirmed the detention", "the
    attack was condemned on Friday"): TimeML anchors the time to the report, and the event
    it reports happened before or at it, at a time the text does not give."""
    if token != clause and token.dep_ in ("dobj", "nsubjpass") and token.head == clause:
        if _reports_on(clause):
            return False
    current = token
    while current != clause and current.head != current:
        if current.dep_ == "pobj" and current.head.lower_ in _ABOUT_OR_AFTER:
            return False
        current = current.head
    return True


def _reports_on(verb: Token) -> bool:
    """Whether a verb says, confirms, denies or judges what its object names (cues.yaml's
    reporting verbs), rather than carrying it out ("held talks", "signed the accord"): a
    light verb ("made a visit") carries its noun's event out, and a verb that sets its
    object's time ("the meeting is planned for the autumn") gives that time."""
    lemma = verb.lemma_.lower()
    found = cues.load()
    if lemma in found.light_verbs or lemma in lexicon()["prospective_words"]:
        return False
    return lemma in found.verbs


def _dates_a_noun_only(token: Token) -> bool:
    """Whether a time expression dates only the noun it premodifies and not the verb above it.

    TimeML anchors such a time to the noun's event; the verb shares it only when it happens
    within that event ("arrested in the March 3 raid"). Reached through any other preposition
    the noun's time is not the verb's: "invited them to the Sept. 9 meeting" tells an
    invitation before the meeting, "arrested over Friday's attack" an arrest after it.
    """
    noun = token.head
    if token.dep_ not in _PREMODIFIERS or token.i > noun.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ not in _COTEMPORAL


def _counts_things(candidate: Candidate, span: Span) -> bool:
    """A bare four-digit number counting a plural noun ("1990 cars") rather than naming a year.

    Years modify singular nouns all the time ("the 1996 Olympic bombing"), so only a plural head
    marks a count.
    """
    if candidate.kind != "year" or len(candidate.parts) != 1:
        return False
    root = span.root
    return root.dep_ == "nummod" and root.head.tag_ in ("NNS", "NNPS")
