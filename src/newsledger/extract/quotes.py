"""Who said what: direct, partial and reported speech in a parsed article, with speaker spans.

Two passes over one spaCy Doc, rule-based on the dependency parse so they work on any article
and cost little next to the parse itself (about 4% of parse + quotes on PolNeAR):

1. quotation marks, paragraph-aware, so a quote running over paragraphs and a "floating" quote
   that continues an earlier speaker are both found; each is tied to the reporting verb of its
   sentence, and a quoted fragment inside a reported clause is a *partial* quote;
2. reported speech: a reporting verb (data/cues.yaml) with its clause ("X said (that) ...",
   "..., X said", "As X said, ..."), its object ("X denies rumors of ..."), its infinitive
   ("X vowed to ...") or its topic ("X called for ..."); the passive "This was stated by X"
   (whose content is the sentences before it in the paragraph, attributions inside them
   included) and "E was confirmed by X"; a reporting participle
   ("the call, reported on the ministry website"); a reporting noun with its holder ("X's claim
   that ...", "X expressed concern about ..."); "according to X" (or to the publisher of a
   document: "according to a statement published by X"); "as X put it"; raising verbs ("E
   seems to ...") with no speaker; and the headline form "Name: claim".

Each stretch of text gets one attribution (quotations first, then the report that contains
other reports' cues), as PolNeAR annotates them. A quotation its attribution interrupts
('"Q1," she said. "Q2."', or fragments quoted under one cue) is one quote: one act of saying is
one record for the reader, the store and the ledger, as it is one attribution in news
annotation; `Quote.parts` keeps the exact span of each piece. The
speaker is the mention as written ("he", "the ministry spokesman"); resolving it to an actor is
resolve/'s job, so `Quote.speaker` stays None here. Stance comes from the cue and from content
that denies a reported event (extract/cues.py).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsledger import datelines, docindex
from newsledger.extract import cues
from newsledger.model import Quote, QuotePart

# Double quotation marks, including the typewriter pairs ``...'' and ''...'' of some archives.
_OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“", "``": "''", "''": "''"}
# Any of these closes an open quotation: scraped text often mixes “curly" and straight marks.
_CLOSERS = frozenset({"”", "»", "''", '"'})
_QUOTE_TOKENS = frozenset({"“", '"', "«", "„", "``", "''"})
_CLOSING_CHARS = frozenset("”\"»'.,")
_DASHES = frozenset("―—–-")
_MARK = re.compile(r"''|``|[“”\"«»„]")
_RELATIVE = frozenset("who which that whom".split())
# Children that end a speaker mention: "Jane Doe, who ...", "the paper, citing ...".
_SPEAKER_STOP = frozenset("relcl acl appos punct advcl ccomp parataxis".split())
_DEMONSTRATIVES = frozenset("this that these those it".split())
# How far back (characters) a floating quote may reach for the previous speaker.
_FLOAT_REACH = 1500
# Words a floating quote needs: "(CROSSTALK.)" or "(Laughter)" continues no one's speech.
_MIN_FLOAT_WORDS = 3
# Characters between a quote and the next one for '"Q1," X said. "Q2."' (X, cue, a few words).
_CONTINUATION_GAP = 120
# Tokens in a parenthetical reporting clause ("officials said", "he told reporters on Monday").
_MAX_PARENTHETICAL = 12
_MAX_COLON_SPEAKER_WORDS = 4
_MAX_LABEL_CHARS = 40
# "called for X", "spoke about X", "reported on X": the object of the preposition is the content,
# unless it is the setting of the speech ("said on Friday", "told reporters in Washington").
_TOPIC_PREPOSITIONS = frozenset("for about of against on over".split())
# "accused X of E", "praised X for E": the phrase that says what the object did or is.
_CHARGE_PREPOSITIONS = frozenset(("of", "for"))
_WHEN = frozenset(("DATE", "TIME"))
_PERSONS = frozenset(("NOUN", "PROPN", "PRON"))
_NAMED_HOLDERS = frozenset(("PERSON", "ORG"))
_QUANTIFIERS = frozenset("many some most few several others both all half".split())
_SETTING = frozenset("DATE TIME GPE LOC FAC ORG NORP CARDINAL ORDINAL".split())
_TRAILING = frozenset(",;:—–-\"“”'‘’()")
# How the parser attaches the clause of "made it clear that E" to the adjective or the verb.
_CLAUSES = frozenset(("advcl", "csubj", "ccomp"))
# Who can be telephoned: "called Scholz", "rang the ministry".
_CONTACTS = frozenset(("PERSON", "ORG", "GPE", "NORP"))


@dataclass
class _Marked:
    """A span inside quotation marks; `opens_paragraph` when the mark starts its paragraph."""

    start: int
    end: int
    opens_paragraph: bool
    continues: bool  # the previous paragraph's quote was left open: same speaker


def extract_quotes(doc: Doc) -> list[Quote]:
    """All attributions in `doc`, ordered by position; offsets index into `doc.text`."""
    lex = cues.load()
    text = docindex.text(doc)
    marked = _quotation_marks(text)
    quotes = _direct_quotes(doc, text, marked, lex)
    inside = [(m.start, m.end) for m in marked]
    taken = _Stretches([(q.start, q.end) for q in quotes])
    used_cues = {q.cue_start for q in quotes}
    partial_at = {q.cue_start: q for q in quotes if q.kind == "partial"}
    for quote in _outer_first(_reported_speech(doc, lex)):
        # One attribution per stretch of text, as PolNeAR annotates: the quotation, or the
        # first reporting clause found, keeps it.
        partial = partial_at.get(quote.cue_start)
        if partial is not None and quote.start <= partial.start and partial.end <= quote.end:
            # 'The mayor said it was too early to tell ..., and there was "no evidence"': the
            # clause is the mayor's, quoted fragment and all, so no verb inside it ("tell")
            # reports on its own.
            taken.add(quote.start, quote.end)
            continue
        if _within(quote.cue_start, inside):
            continue
        # A cue that already reports a quotation may report a clause beside it too:
        # '"Only a fool," she said, would do that' is one mixed quote, whose clause
        # _join_parts adds to the quotation; a clause over the quotation still gives way.
        if quote.cue_start in used_cues and taken.overlaps(quote.start, quote.end):
            continue
        if taken.overlaps(quote.start, quote.end) and not (
            _refers_back(doc, quote) or _reported_denial(quote, taken)
        ):
            continue
        quotes.append(quote)
        taken.add(quote.start, quote.end)
    quotes.sort(key=lambda q: q.start)
    return _join_parts(quotes, text)


def _join_parts(quotes: list[Quote], text: str) -> list[Quote]:
    """One quote per act of saying: the quotes with the same cue and speaker, each in the
    cue's paragraph ('"Q1," she said. "Q2."', 'called it "late" and "too small"'), become one
    quote whose text joins theirs and whose `parts` keep their spans. A quote in another
    paragraph that goes back to the cue is an attribution of its own (a floating quote), as
    news annotation treats it."""
    groups: dict[tuple[int, int | None], list[Quote]] = {}
    out: list[Quote | list[Quote]] = []
    for quote in quotes:
        if quote.cue_start is None or not _in_cue_paragraph(text, quote):
            out.append(quote)
            continue
        key = (quote.cue_start, quote.speaker_start)
        if key in groups:
            groups[key].append(quote)
        else:
            groups[key] = [quote]
            out.append(groups[key])
    return [_joined(item) if isinstance(item, list) else item for item in out]


def _joined(pieces: list[Quote]) -> Quote:
    """The pieces of one quotation as one quote. The attribution between them is left out of
    the text; fragments of a reported clause are joined with an ellipsis, the halves of a
    direct quotation with a space, as a reader would quote them."""
    if len(pieces) == 1:
        return pieces[0]
    first = pieces[0]
    direct = all(q.kind == "direct" for q in pieces)
    stances = {q.stance for q in pieces}
    stance = next((s for s in ("denies", "hedges") if s in stances), first.stance)
    return replace(
        first,
        text=(" " if direct else " … ").join(q.text for q in pieces),
        end=pieces[-1].end,
        kind=first.kind if direct else next(q.kind for q in pieces if q.kind != "direct"),
        stance=stance,
        parts=[QuotePart(q.start, q.end) for q in pieces],
    )


def _in_cue_paragraph(text: str, quote: Quote) -> bool:
    a, b = sorted((quote.cue_start or quote.start, quote.start))
    return "\n" not in text[a:b]


def _refers_back(doc: Doc, quote: Quote) -> bool:
    """ "E. This was stated by X.": a report of sentences already read, which may hold
    attributions of their own ("Beijing accused ..."), all of them now X's statement."""
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    return cue is not None and quote.end <= cue.sent.start_char


def _reported_denial(quote: Quote, taken: _Stretches) -> bool:
    """ "Y denied E, X reported": X's report holds Y's denial, which the ledger keeps too."""
    return quote.stance == "denies" and taken.covers(
        min(quote.start, quote.cue_start or quote.start), quote.end
    )


class _Stretches:
    """The stretches of text already attributed, sorted by start. A stretch that overlaps or
    covers [start, end) starts at most the longest stretch's length before it, so a test reads
    only those, not every quote found so far."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._longest = max((e - s for s, e in spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def _starting(self, low: int, high: int) -> list[tuple[int, int]]:
        """The stretches starting at or after `low` and before `high`."""
        return self._spans[bisect_left(self._spans, (low,)) : bisect_left(self._spans, (high,))]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a stretch covers [start, end), lies inside it or overlaps it."""
        return any(start < e for _, e in self._starting(start - self._longest, end))

    def covers(self, start: int, end: int) -> bool:
        """Whether one stretch holds all of [start, end)."""
        return any(end <= e for _, e in self._starting(end - self._longest, start + 1))


def _outer_first(found: list[Quote]) -> list[Quote]:
    """Reports that contain another report's cue go first: in "Y urged X to act, the ministry
    said" the stretch is the ministry's report, of which Y's urging is a part."""
    cues_at = sorted(q.cue_start for q in found if q.cue_start is not None)

    def inner_cues(q: Quote) -> int:
        return -max(0, bisect_left(cues_at, q.end) - bisect_left(cues_at, q.start))

    return sorted(found, key=inner_cues)


# -- quotation marks ---------------------------------------------------------------------------


def _quotation_marks(text: str) -> list[_Marked]:
    """Spans between matching double quotation marks, closed at the latest by the paragraph end."""
    spans: list[_Marked] = []
    left_open = False
    pos = 0
    for line in text.split("\n"):
        closer: str | None = None
        start = 0
        first_char = len(line) - len(line.lstrip())
        continued = False
        for match in _MARK.finditer(line):
            mark, i = match.group(), match.start()
            if closer is None and (mark in _OPENERS or mark == "”" and i == first_char):
                # A paragraph opening with ” is quoted too (”...” in Nordic typography, and
                # in scraped text that lost its opening mark's direction).
                closer, start = _OPENERS.get(mark, mark), match.end()
                continued = left_open and i == first_char
            elif closer is not None and (mark == closer or mark in _CLOSERS):
                opens = start - len(_opener_before(line, start)) == first_char
                _add_span(spans, pos, line, start, i, opens, continued)
                closer = None
        if line.strip():  # a blank line between paragraphs keeps the state
            left_open = closer is not None
        if closer is not None:
            opens = start - len(_opener_before(line, start)) == first_char
            _add_span(spans, pos, line, start, len(line), opens, continued)
        pos += len(line) + 1
    return spans


def _opener_before(line: str, start: int) -> str:
    return "''" if line[max(0, start - 2) : start] in ("''", "``") else line[start - 1]


def _add_span(
    spans: list[_Marked], pos: int, line: str, start: int, end: int, opens: bool, cont: bool
) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = pos + start + lead
    spans.append(_Marked(s, s + len(stripped), opens, cont))


def _direct_quotes(doc: Doc, text: str, marked: list[_Marked], lex: cues.CueLexicon) -> list[Quote]:
    quotes: list[Quote] = []
    last: Quote | None = None
    for mark in marked:
        span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        full = _is_full_quote(text, span, mark)
        if not full and _is_title(span):
            continue  # "Morning Joe", "Buffett Rule": a name in quotation marks
        cue = _cue_for_quote(doc, span, marked, lex, governed_only=not full)
        if _continues(text, last, mark) and (cue is None or cue.idx == last.cue_start):
            cue = None  # '"Q1," X said. "Q2."': no cue of its own, the same attribution
        signed = None
        if cue is None and full:
            signed = _speaker_label(doc, text, mark) or _signature(doc, text, mark)
        if cue is not None:
            quote = _quote_from_cue(doc, span, cue, "direct" if full else "partial", marked, lex)
        elif signed is not None:
            quote = _signed_quote(span, text, *signed, lex)
        elif (
            full
            and last is not None
            and last.speaker_start is not None
            and (mark.continues or mark.start - last.end <= _FLOAT_REACH)
            and sum(t.is_alpha for t in span) >= _MIN_FLOAT_WORDS
        ):
            quote = _floating(span, last, lex)
        else:
            continue  # a scare quote or a title: no one is being quoted
        begin = mark.start
        if quote.cue == ":" and quote.cue_start is not None and mark.start < quote.cue_start:
            begin = quote.cue_start + 1  # a transcript label is not part of what was said
            begin += len(text[begin : mark.end]) - len(text[begin : mark.end].lstrip())
        quote.text, quote.start, quote.end = text[begin : mark.end], begin, mark.end
        quotes.append(quote)
        if quote.speaker_start is not None:
            last = quote
    return quotes


def _signature(doc: Doc, text: str, mark: _Marked) -> tuple[int, Span] | None:
    """'"..." ― Jane Doe': a dash and a name after the closing mark sign the quote."""
    i = mark.end
    while i < len(text) and text[i] in _CLOSING_CHARS:
        i += 1
    while i < len(text) and text[i].isspace() and text[i] != "\n":  # no-break spaces too
        i += 1
    if i >= len(text) or text[i] not in _DASHES:
        return None
    line_end = text.find("\n", i)
    name = doc.char_span(i + 1, len(text) if line_end < 0 else line_end, alignment_mode="expand")
    if name is None:
        return None
    words = [t for t in name if not (t.is_space or t.is_punct)]
    if not words or words[0].pos_ != "PROPN" or len(words) > _MAX_COLON_SPEAKER_WORDS + 2:
        return None
    return i, name.doc[words[0].i : words[-1].i + 1]


def _speaker_label(doc: Doc, text: str, mark: _Marked) -> tuple[int, Span] | None:
    """'"PENCE: Well, ...' — a transcript's speaker label opening the quotation."""
    colon = text.find(":", mark.start, min(mark.end, mark.start + _MAX_LABEL_CHARS))
    if colon < 0:
        return None
    label = doc.char_span(mark.start, colon, alignment_mode="contract")
    if label is None or len(label) == 0 or len(label) > _MAX_COLON_SPEAKER_WORDS:
        return None
    if not all(t.text[0].isupper() for t in label if t.is_alpha):
        return None
    if label.root.pos_ != "PROPN" and not label.text.isupper():  # names, or "Q:" / "GUEST:"
        return None
    return colon, label


def _quote(content: Span, kind: str, cue: Token | Span, speaker: Span | None, stance: str) -> Quote:
    """A Quote from its parsed parts: content, cue (a word or a phrase) and speaker mention."""
    cue_start = cue.idx if isinstance(cue, Token) else cue.start_char
    content = _trimmed(content)
    speaker = _trimmed(speaker) if speaker is not None else None
    return Quote(
        text=content.text,
        start=content.start_char,
        end=content.end_char,
        kind=kind,
        cue=cue.text,
        cue_start=cue_start,
        cue_end=cue_start + len(cue.text),
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.start_char if speaker else None,
        speaker_end=speaker.end_char if speaker else None,
        stance=stance,
    )


def _trimmed(span: Span) -> Span:
    """`span` without whitespace tokens at its edges: a subject's subtree takes in the blank
    that opens a text or a paragraph ("  Iran denied ..."), but the mention is "Iran"."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span if (start, end) in ((span.start, span.end), (start, start)) else span.doc[start:end]


def _signed_quote(span: Span, text: str, dash: int, name: Span, lex: cues.CueLexicon) -> Quote:
    return Quote(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        kind="direct",
        cue=text[dash],
        cue_start=dash,
        cue_end=dash + 1,
        speaker_text=name.text,
        speaker_start=name.start_char,
        speaker_end=name.end_char,
        stance="denies" if lex.denies_event(span) else "asserts",
    )


def _continues(text: str, last: Quote | None, mark: _Marked) -> bool:
    """ "Q1," X said. "Q2." — a quote right after the previous quote's own cue continues it."""
    if last is None or last.cue_start is None or not last.end <= last.cue_start < mark.start:
        return False
    between = text[last.end : mark.start]
    return "\n" not in between and len(between) <= _CONTINUATION_GAP


def _is_title(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    return bool(words) and all(t.text[0].isupper() or t.is_stop for t in words)


def _is_full_quote(text: str, span: Span, mark: _Marked) -> bool:
    """A direct quote stands as its own clause; a partial one is a fragment of the writer's."""
    if mark.opens_paragraph or span.start == span.sent.start:
        return True
    i = mark.start - 2  # the character before the opening mark
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] in ":,.?!"


def _cue_for_quote(
    doc: Doc, span: Span, marked: list[_Marked], lex: cues.CueLexicon, governed_only: bool
) -> Token | None:
    """The reporting verb that introduces a quote: in its sentence(s), outside every quote.

    A partial quote is part of a reported clause, so only a verb it hangs under can be its cue;
    a full quote may also sit beside its cue ("... ," she said. / He said: "...").
    """
    first, last = span[0].sent, span[-1].sent
    window = list(range(first.start, last.end))
    prev = doc[first.start - 1].sent if first.start > 0 else None
    if prev is not None and prev.text.rstrip().endswith(":"):
        window = list(range(prev.start, prev.end)) + window
    after = _next_sentence(doc, last)
    if after is not None and len(after) <= _MAX_PARENTHETICAL:
        window += list(range(after.start, after.end))  # '"...?" ¶ Clinton said.' split apart
    inside = [(m.start, m.end) for m in marked]
    candidates = [
        doc[i]
        for i in window
        if (_is_cue_verb(doc[i], lex) or _quotation_cue(doc[i], lex))
        and not _within(doc[i].idx, inside)
    ]
    if not candidates:
        return None if governed_only else _introducing_verb(doc, span)
    governing = [c for c in candidates if any(c in t.ancestors for t in span)]
    speaking = [c for c in governing if _speaker_of(c)]
    speaking = [c for c in speaking if not _reported_by_adjunct(c, span, speaking)] or speaking
    if speaking:
        # "She says it underscores that he is 'unfit'": the outermost reporting verb tells
        # whose words these are reported to be.
        top = min(_depth(c) for c in speaking)
        speaking = [c for c in speaking if _depth(c) == top]
    pool = (
        speaking
        or governing
        or ([] if governed_only else [c for c in candidates if _speaker_of(c)])
    )
    if not pool:
        return None
    return min(pool, key=lambda c: min(abs(c.i - span.start), abs(c.i - span.end)))


def _reported_by_adjunct(cue: Token, span: Span, speaking: list[Token]) -> bool:
    """Whether the quote reaches `cue` only through an adjunct or a coordinated verb that is a
    reporting verb of its own: in 'E, X said, adding, "Q"' or 'X said E and added "Q"', Q is
    what "adding" / "added" reports, not "said" (whose clause is E)."""
    tok = next((t for t in span if cue in t.ancestors), None)
    while tok is not None and tok.head != cue:
        tok = tok.head if tok.head != tok else None
    if tok is None or tok.dep_ not in ("advcl", "conj"):
        return False
    return any(other == tok or tok in other.ancestors for other in speaking if other != cue)


def _quotation_cue(tok: Token, lex: cues.CueLexicon) -> bool:
    """A verb that reports only beside a quotation ('"...," he continued')."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lex.quotation_only


def _next_sentence(doc: Doc, sent: Span) -> Span | None:
    """The sentence right after `sent` in the same paragraph."""
    i = sent.end
    while i < len(doc) and (doc[i].is_punct and doc[i].text in _QUOTE_TOKENS | {"”", "»"}):
        i += 1
    if i >= len(doc) or "\n" in doc[i - 1].text_with_ws or doc[i].is_space:
        return None
    return doc[i].sent


def _introducing_verb(doc: Doc, span: Span) -> Token | None:
    """Any verb that introduces a quotation with a colon: "He concluded: '...'" """
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in _QUOTE_TOKENS):
        i -= 1
    if i < 1 or doc[i].text != ":":
        return None
    verb = doc[i - 1]
    if verb.pos_ == "VERB" and _speaker_of(verb) is not None:
        return verb
    return None


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _quote_from_cue(
    doc: Doc, span: Span, cue: Token, kind: str, marked: list[_Marked], lex: cues.CueLexicon
) -> Quote:
    speaker = _speaker_of(cue)
    inside = [(m.start, m.end) for m in marked]
    if speaker is not None and _within(speaker.start_char, inside):
        # The parser took a word of the quotation as the subject: '"...," said X' /
        # '"...," X said' / '"...," X, a spokesman, said'.
        speaker = (
            _subject_outside(cue, inside)
            or _name_before(cue)
            or _name_after(cue)
            or _name_between(span, cue)
        )
    elif speaker is None and kind == "direct":
        # '"...," Flynn, a surrogate, said': the parser hung the name inside the quotation;
        # '"...," said Skelly': it read the name after the cue as an adverb.
        speaker = _name_between(span, cue) or (_name_after(cue) if cue.i >= span.end else None)
    stance = _stance(lex, cue, span)
    return _quote(span, kind, cue, speaker, stance)


def _subject_outside(cue: Token, inside: list[tuple[int, int]]) -> Span | None:
    """'"My reaction, that was outrageous," X's strategist said': the parser gave the cue a
    subject inside the quotation and another outside it; the one outside speaks."""
    for child in cue.children:
        if child.dep_ == "nsubj" and child.pos_ in _PERSONS and not _within(child.idx, inside):
            return _mention(child)
    return None


def _name_between(span: Span, cue: Token) -> Span | None:
    """'"...," Flynn, a top surrogate, said': the name opening the few words between the
    closing mark and the cue, however the parser attached it."""
    doc = cue.doc
    i = span.end
    while i < cue.i and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if not 0 < cue.i - i <= _MAX_PARENTHETICAL:
        return None
    end = i
    while end < cue.i and doc[end].pos_ == "PROPN":
        end += 1
    return doc[i:end] if end > i else None


def _floating(span: Span, last: Quote, lex: cues.CueLexicon) -> Quote:
    """A quote with no cue of its own continues the previous speaker."""
    stance = "denies" if lex.denies_event(span) else last.stance
    return Quote(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        kind="direct",
        cue=last.cue,
        cue_start=last.cue_start,
        cue_end=last.cue_end,
        speaker_text=last.speaker_text,
        speaker_start=last.speaker_start,
        speaker_end=last.speaker_end,
        stance=stance,
    )


# -- reported speech ---------------------------------------------------------------------------


def _reported_speech(doc: Doc, lex: cues.CueLexicon) -> list[Quote]:
    quotes: list[Quote] = []
    for tok in _speech_words(doc, lex):
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            quote = _according_to(doc, tok, lex)
        elif _is_cue_verb(tok, lex):
            quote = _reporting_clause(doc, tok, lex)
        elif tok.lemma_.lower() == "make" and tok.pos_ == "VERB":
            quote = _made_clear(tok, lex)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.nouns:
            quote = _reporting_noun(doc, tok, lex)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.documents:
            quote = _cited_document(tok, lex)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.stance_holders:
            quote = _stance_holder(tok, lex)
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in lex.adjectives:
            quote = _stated_attitude(tok, lex)
        else:
            continue
        if quote is not None:
            quotes.append(quote)
    return _colon_attributions(doc, lex) + quotes


def _speech_words(doc: Doc, lex: cues.CueLexicon) -> Iterator[Token]:
    """The words that may open reported speech, in order: those whose lemma the cue lexicon
    lists, and "according". Picked from the doc's arrays with one look-up per distinct lemma,
    so the tests of _reported_speech run on a few words per article instead of on every one."""
    if not len(doc):
        return
    wanted = _cue_lemmas(lex)
    strings = doc.vocab.strings
    columns = doc.to_array([LEMMA, LOWER])
    lemmas, at = numpy.unique(columns[:, 0], return_inverse=True)
    cue = numpy.array([strings[int(lemma)].lower() in wanted for lemma in lemmas.tolist()])
    for i in numpy.flatnonzero(cue[at] | (columns[:, 1] == _ACCORDING)).tolist():
        yield doc[i]


_ACCORDING = get_string_id("according")
_CUE_LEMMAS: dict[int, tuple[cues.CueLexicon, frozenset[str]]] = {}


def _cue_lemmas(lex: cues.CueLexicon) -> frozenset[str]:
    """Every lemma a branch of _reported_speech can take (worked out once per lexicon)."""
    kept = _CUE_LEMMAS.get(id(lex))
    if kept is None or kept[0] is not lex:
        lemmas = frozenset(
            {"make"}
            | set(lex.verbs)
            | set(lex.nouns)
            | set(lex.adjectives)
            | lex.as_views
            | lex.as_only
            | lex.documents
            | lex.stance_holders
        )
        kept = _CUE_LEMMAS[id(lex)] = (lex, lemmas)
    return kept[1]


def _reporting_noun(doc: Doc, noun: Token, lex: cues.CueLexicon) -> Quote | None:
    """ "X's claim that E", "a statement by X on E", "her call for E" — with a named holder, or
    with a "that" clause ("charges that E"), which reports without one. A possessive
    determiner ("her") is only a pointer back: to its clause's subject when they agree."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        holder = next(
            (
                obj
                for prep in noun.children
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
                for obj in prep.children
                if obj.dep_ == "pobj"
            ),
            None,
        )
    if holder is None:
        # "a New York Times report that E": a named outlet or person before the noun.
        holder = next(
            (
                c
                for c in noun.children
                if c.dep_ == "compound" and c.ent_type_ in _NAMED_HOLDERS and c.i < noun.i
            ),
            None,
        )
    if holder is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.light_verbs:
        # "X expressed concern about E", "X voiced support for E": the subject holds it.
        holder = next(
            (c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in _PERSONS), None
        )
    if holder is None:
        # "charges that he perpetuated ...", "growing concerns that E": a "that" clause makes
        # the noun report even when no one is named as holding it.
        clause = _that_clause(noun)
        content = None if clause is None else _in_paragraph(_phrase(clause), noun)
    else:
        content = _noun_content(noun) or _framed_clause(noun, lex)
    if content is None or len(content) == 0:
        return None
    speaker = None if holder is None else _mention(holder)
    if holder is not None and holder.tag_ == "PRP$":
        speaker = _possessor_subject(noun, holder) or speaker
    stance = lex.nouns[noun.lemma_.lower()]
    if lex.denies_event(content):
        stance = "denies"
    return _quote(content, "indirect", noun, speaker, stance)


# Possessive determiners by the number of whom they point to ("its" and "their" may both
# stand for a body; "his" and "her" for one person).
_SINGULAR_POSSESSIVES = frozenset({"his", "her", "its", "my"})
_PLURAL_POSSESSIVES = frozenset({"their", "our", "its"})


def _possessor_subject(noun: Token, holder: Token) -> Span | None:
    """Who a possessive determiner holding a reporting noun stands for, when its own clause
    says it: a determiner is no speaker, only a pointer back, and its nearest antecedent is the
    subject of the clause whose object the noun is, when the two agree in number ("the mayors kept
    their promise to E", "the minister repeated his warning that E"). None otherwise
    ("officials ignored his warning that E"): the determiner is left for the article's
    coreference to place, or to no one. Only an object is bound so: in an adjunct ("in her
    view, the treaty will fail") the determiner points past the clause."""
    if noun.dep_ != "dobj":
        return None
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    fits = _PLURAL_POSSESSIVES if plural else _SINGULAR_POSSESSIVES
    if holder.lower_ not in fits:
        return None
    return _mention(subject)


def _made_clear(make: Token, lex: cues.CueLexicon) -> Quote | None:
    """ "X made (it) clear that E", "X has made plain E": a statement, whose clause the parser
    hangs under the adjective (as advcl, csubj or ccomp)."""
    adjective = next(
        (
            c
            for c in make.children
            if c.lemma_.lower() in lex.declaratives and c.dep_ in ("ccomp", "oprd", "acomp", "dobj")
        ),
        None,
    )
    if adjective is None:
        return None
    clause = next(
        (c for c in adjective.children if c.dep_ in _CLAUSES and c.i > adjective.i),
        next((c for c in make.children if c.dep_ in _CLAUSES and c.i > adjective.i), None),
    )
    speaker = _speaker_of(make)
    if clause is None or speaker is None:
        return None
    content = _in_paragraph(clause.doc[clause.left_edge.i : _clause_end(clause, lex)], make)
    if len(content) == 0:
        return None
    cue = make.doc[make.i : adjective.i + 1]
    return _quote(content, "indirect", cue, speaker, _stance(lex, make, content))


def _that_clause(noun: Token) -> Token | None:
    """The head of a content clause "that E" hung on a noun (as acl, ccomp or relcl)."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _cited_document(document: Token, lex: cues.CueLexicon) -> Quote | None:
    """ "In the latest poll, Clinton leads by five points": a document cited as the frame of a
    clause vouches for it (its publisher, when named, speaks: "in a Times survey")."""
    content = _framed_clause(document, lex)
    if content is None or len(content) == 0:
        return None
    speaker = _holder(document, lex) or _mention(document)
    stance = "denies" if lex.denies_event(content) else "asserts"
    return _quote(content, "indirect", document, speaker, stance)


def _framed_clause(noun: Token, lex: cues.CueLexicon) -> Span | None:
    """What "in X's view" or "X's view is that" frames: the rest of the clause, or the clause
    after the copula. A clause with a reporting verb of its own ("In his speech, he said E")
    is that verb's quote, not the noun's."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > head.i), None)
        return None if clause is None else _in_paragraph(_phrase(clause), noun)
    if not (noun.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep"):
        return None
    clause = head.head
    if clause.pos_ not in ("VERB", "AUX") or _is_cue_verb(clause, lex):
        return None
    doc = noun.doc
    before = doc[clause.left_edge.i : head.left_edge.i]
    after = doc[head.right_edge.i + 1 : clause.right_edge.i + 1]
    if _trails_clause(clause, head):
        return _in_paragraph(_trim(before), noun)
    return _in_paragraph(_trim(after if len(after) >= len(before) else before), noun)


# What may follow a trailing frame without being part of what it frames: circumstances and a
# second predicate of the same subject ("has sagged in the polls and is coping with E").
_AFTER_FRAME = frozenset({"advcl", "advmod", "npadvmod", "prep", "punct", "cc", "conj"})


def _trails_clause(clause: Token, frame: Token) -> bool:
    """Whether the frame "in X" comes after its clause's verb with only adjuncts or another
    predicate after it ("Kasich was at 25 percent in the latest poll, up from March"): the
    clause it frames is then the words before it, however long what follows."""
    return clause.i < frame.i and all(
        c.dep_ in _AFTER_FRAME for c in clause.rights if c.i > frame.right_edge.i
    )


def _stance_holder(noun: Token, lex: cues.CueLexicon) -> Quote | None:
    """ "X is a staunch opponent of E", "X, a longtime critic of E": the position is X's."""
    if noun.dep_ == "attr" and noun.head.pos_ in ("VERB", "AUX"):
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    elif noun.dep_ == "appos":
        holder = noun.head
    else:
        return None
    if holder is None or holder.pos_ not in ("PROPN", "PRON") or holder.lower_ in _DEMONSTRATIVES:
        return None  # a named or pronominal holder: "the reason is an opponent of ..." is not
    return _attitude_quote(noun, holder, lex, "asserts")


def _attitude_quote(cue: Token, holder: Token, lex: cues.CueLexicon, stance: str) -> Quote | None:
    """The quote of an attitude `holder` has towards what `cue` (a noun or adjective) governs."""
    content = _noun_content(cue)
    if content is None or len(content) == 0:
        return None
    speaker = _mention(holder)
    verb = cue.head
    if holder.lower_ in _RELATIVE and verb.dep_ == "relcl" and verb.head.pos_ in _PERSONS:
        speaker = _mention(verb.head)  # "Kaine, who is an opponent of E": Kaine holds it
    if speaker.start <= cue.i < speaker.end:
        speaker = holder.doc[speaker.start : max(holder.i + 1, cue.left_edge.i - 1)]
    stance = "denies" if lex.denies_event(content) else stance
    return _quote(content, "indirect", cue, speaker, stance)


def _stated_attitude(adj: Token, lex: cues.CueLexicon) -> Quote | None:
    """ "X is critical of E", "X was sure that E", "X is concerned about E": an attitude the
    subject holds towards E (PARC and PolNeAR count these as attributions)."""
    if adj.dep_ != "acomp" or adj.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in _PERSONS or subject.lower_ in _DEMONSTRATIVES:
        return None  # "it is critical that ...": nobody holds the attitude
    return _attitude_quote(adj, subject, lex, lex.adjectives[adj.lemma_.lower()])


def _noun_content(noun: Token) -> Span | None:
    for child in noun.children:
        # "a report that E" (the parser often reads the content clause as a relative clause)
        content_clause = child.dep_ == "relcl" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        )
        if child.dep_ in ("acl", "ccomp") or content_clause:
            return _in_paragraph(_phrase(child), noun)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _TOPIC_PREPOSITIONS:
            topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            # "his remarks on Saturday": a date is when, not what, it was said
            if topic is not None and topic.pos_ != "PRON" and topic.ent_type_ not in _WHEN:
                return _in_paragraph(_phrase(topic), noun)
    return None


def _colon_attributions(doc: Doc, lex: cues.CueLexicon) -> list[Quote]:
    """Headline style "Name: what they said" — a short noun phrase, a colon, then the claim."""
    quotes: list[Quote] = []
    pos = 0
    headline = True
    for line in docindex.text(doc).split("\n"):
        head, colon, rest = line.partition(":")
        claim = rest.strip()
        if colon and claim and len(head.split()) <= _MAX_COLON_SPEAKER_WORDS:
            speaker = doc.char_span(pos, pos + len(head.rstrip()), alignment_mode="contract")
            body = doc.char_span(
                pos + len(head) + 1 + rest.index(claim[0]),
                pos + len(line.rstrip()),
                alignment_mode="contract",
            )
            if (
                speaker
                and body
                and len(body) > 2
                and _names_a_source(speaker, headline)
                and not (not headline and _place_dateline(speaker, body))
            ):
                quotes.append(
                    Quote(
                        text=body.text,
                        start=body.start_char,
                        end=body.end_char,
                        kind="indirect",
                        cue=":",
                        cue_start=pos + len(head),
                        cue_end=pos + len(head) + 1,
                        speaker_text=speaker.text,
                        speaker_start=speaker.start_char,
                        speaker_end=speaker.end_char,
                        stance="denies" if lex.denies_event(body) else "asserts",
                    )
                )
        pos += len(line) + 1
        headline = headline and not line.strip()
    return quotes


# Words by which a label's claim speaks in its own voice ("Kestria: we will not withdraw").
_FIRST_PERSON = frozenset({"i", "we", "our", "us", "my", "me"})


def _place_dateline(label: Span, claim: Span) -> bool:
    """Whether a body line's "Place: ..." opens the story with where it was filed ("Nairobi:
    The police on Monday arrested ...", a dateline style of the South Asian and African
    press), not a place's voice: the label is wholly a place's name and the claim tells of
    others, never in the first person."""
    places = [e for e in label.ents if e.label_ in ("GPE", "LOC")]
    if not places or places[0].start != label.start or places[0].end != label.end:
        return False
    return not any(t.lower_ in _FIRST_PERSON for t in claim)


def _names_a_source(label: Span, headline: bool) -> bool:
    """A name ("Sanders:"), or in the headline also a capitalised noun the tagger may have
    taken for a common one ("Politifact:", "Poll:"); never a page label ("Breaking:",
    "Related:", "Byline:"), which is the page speaking about itself."""
    if label.text.lower() in cues.load().page_labels:
        return False
    if label.root.pos_ == "PROPN":
        return True
    capitalised = all(t.text[0].isupper() for t in label if t.is_alpha)
    return headline and capitalised and label.root.pos_ == "NOUN"


def _reporting_clause(doc: Doc, cue: Token, lex: cues.CueLexicon) -> Quote | None:
    if cue.dep_ == "acl" and cue.tag_ == "VBN":
        if cue.head.lemma_.lower() in lex.nouns:
            return None  # "a statement published by X" names a source, it reports nothing
        # "the call, reported on the ministry website" / "the talks, confirmed by AFP":
        # the noun phrase is the content, the agent or the medium the speaker.
        speaker_token = _passive_agent(cue) or _medium(cue)
        if speaker_token is None and cue.lemma_.lower() not in lex.agentless:
            return None  # "the program, called EB-5": a name, not a report
        speaker = _mention(speaker_token) if speaker_token is not None else None
        content = _in_paragraph(_mention(cue.head), cue.head)
    else:
        raising = cue.lemma_.lower() in lex.raising
        if raising and any(c.dep_ == "xcomp" and _is_cue_verb(c, lex) for c in cue.children):
            return None  # "he appeared to suggest E": he suggests, the writer only hedges
        reduced = _reduced_passive(cue)
        speaker = None if raising or reduced else _speaker_of(cue)
        content = _content_of(doc, cue, lex)
        agentless = (
            raising
            or reduced
            or (
                _is_passive(cue)
                and (cue.lemma_.lower() in lex.agentless or _described_as(cue) is not None)
            )
        )
        if speaker is None and not agentless:
            return None
        if speaker is None and content is None and not _negated(cue):
            content = _agentless(cue)  # but "the visit was not confirmed" reports nothing
    if content is None or len(content) == 0:
        return None
    if speaker is not None and content.start <= speaker.start < content.end:
        # "donations, which he said were tied to favours", "what X says his plan would do":
        # the clause reaches back over its speaker to a relative word; what is said follows.
        content = _trim(content.doc[max(cue.i, speaker.end) + 1 : content.end])
        if cue.i < speaker.start or not any(t.is_alpha for t in content):
            return None
    return _quote(content, "indirect", cue, speaker, _stance(lex, cue, content))


def _is_passive(cue: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in cue.children)


# Verbs whose own subject says it did something ("the rebels claimed to have downed a jet",
# "professed to have seen it"): a perfect infinitive after them is the subject's claim, never
# the reduced raising passive of "aides said to have met".
CLAIMING_VERBS = frozenset({"claim", "profess", "purport", "pretend"})


def _reduced_passive(cue: Token) -> bool:
    """ "Aides said to have met in Doha": a headline's "are said to have met" without its
    auxiliary. A speaker's own "said to" takes a plain infinitive (an instruction: "said to
    wait"); a perfect or progressive one ("to have met", "to be planning") is the raising
    passive, whose subject is what is reported on, not who reports it."""
    if _is_passive(cue) or cue.lemma_.lower() in CLAIMING_VERBS:
        return False
    for xcomp in (c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i):
        auxiliaries = {c.lower_ for c in xcomp.children if c.dep_ == "aux" and c.i < xcomp.i}
        if "to" in auxiliaries and auxiliaries & {"have", "be"}:
            return True
    return False


def _agentless(cue: Token) -> Span | None:
    """ "The reports were denied", "Talks have been confirmed": said, but by nobody named."""
    if not _is_passive(cue):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return _in_paragraph(_phrase(subject), cue)


def _content_of(doc: Doc, cue: Token, lex: cues.CueLexicon) -> Span | None:
    """What a reporting verb reports: its clause, its reported object, or what "this" points to.

    The first reading that leaves words inside the cue's paragraph wins, so a clause the parser
    wrongly hung across a paragraph break gives way to the verb's object.
    """
    return next((span for span in _content_readings(doc, cue, lex) if len(span)), None)


def _content_readings(doc: Doc, cue: Token, lex: cues.CueLexicon) -> Iterator[Span]:
    if cue.lemma_.lower() in lex.topic_only:
        if not (cue.head.lemma_.lower() in lex.contact_verbs and cue.dep_ in ("advcl", "xcomp")):
            # "called Y to talk about E" is what the call was for, not what was said.
            yield from _topic_readings(cue)
        return
    # Prefer a clause after the cue to one before it: in "E; X says F" or "E: X said F" the
    # parser hangs E under the cue too, but F is what X says.
    clauses = [c for c in cue.children if c.dep_ == "ccomp"] or _indirect_questions(cue, lex)
    clause = next((c for c in clauses if c.i > cue.i), clauses[0] if clauses else None)
    if clause is not None and clause.i < cue.i and _object_after(cue, lex):
        clause = None  # "..., she added the words X": the object, not the clause before
    if clause is not None:
        yield _in_paragraph(doc[clause.left_edge.i : _clause_end(clause, lex)], cue)
    if (
        (cue.dep_ in ("ccomp", "parataxis") or _as_parenthetical(cue) or _trailing(cue))
        and cue.head.pos_ in ("VERB", "AUX")
        # "X said Y, Z noted": Y is X's, not Z's; but in "X proposed a plan, Z reported" the
        # head reports no clause, and the whole is Z's report.
        and not (_is_cue_verb(cue.head, lex) and any(c.dep_ == "ccomp" for c in cue.head.children))
        # "he said", not a clause of its own; "As X (however described) said, ..." always is
        and (
            _bare_as_parenthetical(cue)
            or _trailing(cue)
            or len(list(cue.subtree)) <= _MAX_PARENTHETICAL
        )
        and not (_as_parenthetical(cue) and any(True for _ in _topic_readings(cue)))
        # "it should be obvious that voters want to know E": a verb with a complement of its
        # own reports that, not the clause it hangs in
        and (_as_parenthetical(cue) or not _has_complement(cue, lex))
    ):
        # "The reports are false, he said.", "The reports, he said, are false" or "As he said,
        # the reports are false": "said" hangs under the reported clause; the content is its
        # longer side.
        head = cue.head
        left = doc[head.left_edge.i : cue.left_edge.i]
        right = doc[cue.right_edge.i + 1 : head.right_edge.i + 1]
        if head.i < cue.i and _only_adjuncts(head, cue):
            # "X suspended imports, the ministry said, escalating a row": the reported
            # clause's subject and verb are before the cue, only its adjuncts after.
            right = doc[cue.right_edge.i + 1 : cue.right_edge.i + 1]
        yield _in_paragraph(left if len(left) >= len(right) else right, cue)
    passive_subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None and passive_subject.lower_ in _DEMONSTRATIVES:
        yield from _statements_before(doc, cue, lex)
        return
    described = _described_as(cue)
    if passive_subject is not None and described is not None:  # "Y is seen (by X) as Z"
        yield _in_paragraph(described, cue)
    if passive_subject is not None and _passive_agent(cue) is not None:
        yield _in_paragraph(_phrase(passive_subject), cue)  # "The plan was endorsed by X"
    predicate = next((c for c in reversed(list(cue.children)) if c.dep_ == "oprd"), None)
    if predicate is not None:  # "called it a fabrication": the object and what it is called
        start = min(c.left_edge.i for c in cue.children if c.dep_ in ("dobj", "oprd"))
        yield _in_paragraph(doc[start : predicate.right_edge.i + 1], cue)
    if described is not None:  # "sees the renewal as an opportunity": the view, object and all
        yield _in_paragraph(described, cue)
    xcomp = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if xcomp is not None:
        yield _in_paragraph(_phrase(xcomp), cue)
    if _negated(cue):
        # "Ankara has not confirmed the call", "she never commented on it": an object or a
        # topic of a speech act that did not take place was said by no one.
        return
    if cue.lemma_.lower() in lex.clause_only and not _document_subject(cue, lex):
        # "told reporters" names the addressee, but "warned against E", "asked him about E"
        # still say what the speech was about.
        yield from _topic_readings(cue)
        return
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is not None and not _lost_complementizer(obj):
        charge = next(
            (
                c
                for c in cue.children
                if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPOSITIONS and c.i > obj.i
                if not any(t.ent_type_ in _WHEN for t in c.rights)  # "for weeks"
            ),
            None,
        )
        if charge is not None and charge.n_rights:
            # "accused Holt of being a Democrat", "praised the protests for being calm": what
            # is said about the object is in the preposition's phrase, the object with it.
            yield _in_paragraph(doc[_phrase(obj).start : charge.right_edge.i + 1], cue)
        yield _in_paragraph(_phrase(obj), cue)
    yield from _topic_readings(cue)


def _indirect_questions(cue: Token, lex: cues.CueLexicon) -> list[Token]:
    """ "asked whether E", "wondered if E": an indirect question is the verb's complement,
    though the parser often hangs it as an adverbial clause. "Whether" opens one after any
    reporting verb ("did not say whether E"); "if" only after a verb of asking, since after
    others it opens a condition ("he will say so if asked")."""
    asking = cue.lemma_.lower() in lex.interrogatives
    return [
        c
        for c in cue.children
        if c.dep_ == "advcl" and c.i > cue.i
        for m in c.children
        if m.dep_ == "mark" and m.i == c.left_edge.i
        if m.lower_ == "whether" or (asking and m.lower_ == "if")
    ]


# The dependents that add circumstances to a clause (a participle, an adverb, a phrase of
# time or manner) rather than telling its core.
_ADJUNCTS = frozenset({"advcl", "advmod", "npadvmod", "prep", "punct"})


def _only_adjuncts(head: Token, cue: Token) -> bool:
    """Whether everything of `head`'s clause after the parenthetical `cue` is an adjunct."""
    after = [c for c in head.rights if c.i > cue.i]
    return bool(after) and all(c.dep_ in _ADJUNCTS for c in after)


def _statements_before(doc: Doc, cue: Token, lex: cues.CueLexicon) -> Iterator[Span]:
    """What "This was stated by X" points back to: the sentence before it, and the sentences
    before that in the paragraph while they report nothing of their own."""
    i = cue.sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return
    anchor = doc[i]  # the last word before the cue's sentence
    last = anchor.sent
    first = last
    while first.start > 0 and "\n" not in doc[first.start - 1].text_with_ws:
        previous = doc[first.start - 1].sent
        if any(_is_cue_verb(t, lex) or t.text in _QUOTE_TOKENS for t in previous):
            break
        first = previous
    yield _in_paragraph(doc[first.start : last.end], anchor)


def _topic_readings(cue: Token) -> Iterator[Span]:
    # "referring to X", "responded to the charge", "pointed to E": these take their topic with "to".
    lex = cues.load()
    to_topic = cue.lemma_.lower() in lex.to_topic
    # After an object, "for" gives a purpose ("recalled its envoy for consultations") unless
    # the verb asks ("asked him for help").
    purpose = any(c.dep_ == "dobj" for c in cue.children) and (
        cue.lemma_.lower() not in lex.interrogatives
    )
    for prep in cue.children:
        if prep.dep_ == "prep" and (
            prep.lower_ in _TOPIC_PREPOSITIONS or (to_topic and prep.lower_ == "to")
        ):
            if purpose and prep.lower_ == "for":
                continue
            topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if topic is not None and topic.pos_ != "PRON" and topic.ent_type_ not in _SETTING:
                if topic.lemma_.lower() in lex.not_topics:
                    continue  # "spoke on the radio", "on condition of anonymity": no topic
                yield _in_paragraph(_phrase(topic), cue)
        elif prep.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "for" and m.i == prep.left_edge.i
            for m in prep.children
        ):
            # "called for the wage to be raised": the parser reads "for" as a clause's mark.
            yield _in_paragraph(cue.doc[prep.left_edge.i + 1 : prep.right_edge.i + 1], cue)


def _lost_complementizer(obj: Token) -> bool:
    """ "responded in writing that E" parsed with "that" as the object: a "that" followed by
    words of its own opens a clause the parser lost, whereas "denied that." reports a thing."""
    doc = obj.doc
    return (
        obj.lower_ in _RELATIVE
        and obj.i + 1 < obj.sent.end
        and not (doc[obj.i + 1].is_punct or doc[obj.i + 1].is_space)
    )


def _has_complement(cue: Token, lex: cues.CueLexicon) -> bool:
    """Whether the verb has a complement of its own: an infinitive or an object that is not
    the addressee ("he told reporters" is still a bare parenthetical)."""
    return any(
        c.dep_ == "xcomp" or c.dep_ == "dobj" and cue.lemma_.lower() not in lex.clause_only
        for c in cue.children
    )


def _object_after(cue: Token, lex: cues.CueLexicon) -> bool:
    """Whether the cue has a complement of its own after it: a (non-pronoun) object ("she
    added the words X") or an infinitive ("E, Y demands release" parsed with "release" as a
    verb). A reporting clause that follows what it reports has its complement slot empty
    ("E, he said"), so one with a complement after it reports that, not the clause before.
    The object of a verb whose object is the addressee ("E, she told reporters") is no such
    complement."""
    addressee = cue.lemma_.lower() in lex.clause_only
    return any(
        c.i > cue.i
        and (c.dep_ == "dobj" and c.pos_ != "PRON" and not addressee or c.dep_ == "xcomp")
        for c in cue.children
    )


def _clause_end(clause: Token, lex: cues.CueLexicon) -> int:
    """Where a reported clause ends: before a trailing participle that tells what the speaker
    did while saying it ("X said Y, citing Z") and before a coordinated report of its own
    ("X said Y, and Z said W")."""
    doc = clause.doc
    for child in clause.rights:
        participle = child.dep_ == "advcl" and child.tag_ == "VBG"
        report = (
            child.dep_ == "conj"
            and _is_cue_verb(child, lex)
            and any(c.dep_ == "nsubj" for c in child.children)
        )
        if (participle or report) and doc[child.left_edge.i - 1].text in (",", ";", "and"):
            end = child.left_edge.i
            while end > clause.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                end -= 1
            return end
    return clause.right_edge.i + 1


def _document_subject(cue: Token, lex: cues.CueLexicon) -> bool:
    """ "The report found widespread fraud": a study or report finds or concludes a thing, not
    only a clause (whereas "police found a body" reports nothing)."""
    return any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in lex.documents or c.lemma_.lower() in lex.nouns)
        for c in cue.children
    )


def _described_as(cue: Token) -> Span | None:
    """ "X sees / paints / regards Y as Z": the object and the "as" phrase are X's view of Y,
    even for verbs that otherwise report only a clause ("see") or nothing ("paint"); in the
    passive ("Y is widely seen as Z") the subject is the Y."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
    if obj is None:
        obj = next(
            (c for c in cue.children if c.dep_ == "nsubjpass" and c.lower_ not in _RELATIVE),
            None,
        )
        if obj is None or cue.lemma_.lower() in cues.load().naming:
            return None  # "known as", "is called": a name, not a view
    as_phrase = next(
        (
            c
            for c in cue.children
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i and c.n_rights
        ),
        None,
    )
    if as_phrase is None:
        return None
    end = as_phrase.right_edge.i + 1
    if obj.dep_ == "nsubjpass":  # "seen as a failure by most economists": the agent is no part
        end = next((t.i for t in cue.doc[as_phrase.i : end] if t.lower_ == "by"), end)
    return cue.doc[obj.left_edge.i : end]


def _bare_as_parenthetical(cue: Token) -> bool:
    """ "As X (however long) put it / pointed out, E" — but not "as she called for F", whose
    object or topic is what she says."""
    return _as_parenthetical(cue) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ != "it" for c in cue.children
    )


def _as_parenthetical(cue: Token) -> bool:
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def _trailing(cue: Token) -> bool:
    """ "E, the agency reported on Sunday": a reporting clause after a comma that closes the
    clause it reports, which the parser hangs under that clause's verb as an adverbial. Such
    a clause has its own subject and no subordinator ("..., after officials reported a leak"
    is a clause of time, not a report)."""
    if cue.dep_ != "advcl" or cue.i < cue.head.i:
        return False
    if any(c.dep_ in ("mark", "ccomp", "xcomp", "dobj") for c in cue.children):
        return False
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return False
    first = next(t for t in cue.subtree if not t.is_punct)
    before = cue.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.i > cue.head.i and before.text == ","


def _phrase(head: Token) -> Span:
    """A reported object: its whole subtree, or for a noun, the phrase before a relative clause
    (in "criticised the papers, which reported X" the papers, not the critic, report X)."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return head.doc[head.left_edge.i : head.right_edge.i + 1]
    return _mention(head)


def _according_to(doc: Doc, according: Token, lex: cues.CueLexicon) -> Quote | None:
    """ "According to X, E" — X is the speaker and the clause it modifies is the content."""
    to = next(c for c in according.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None)
    if source is None:
        return None
    if source.dep_ == "pcomp":  # "according to show insiders", parsed as a verb phrase
        mention = doc[source.left_edge.i : source.right_edge.i + 1]
    else:
        mention = _mention(source)
    speaker = _holder(source, lex) or mention
    sent = according.sent
    phrase = (according.left_edge.i, to.right_edge.i + 1)
    if according.dep_ == "ROOT" or (phrase[0] == sent.start and phrase[1] >= sent.end - 1):
        # The parser hung the clause under the source ("According to X, the move reeks of
        # ..."): the phrase ends with the source's mention.
        phrase = (according.i, mention.end)
    start, end = sent.start, sent.end
    head = according.head
    if head.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        # "E, and F, according to X": X vouches for the clause it hangs on, F.
        start, end = head.left_edge.i, head.right_edge.i + 1
    if phrase[0] - start > end - phrase[1]:
        content = doc[start : phrase[0]]  # "E, according to X."
    else:
        content = doc[phrase[1] : end]
    content = _trim(content)
    if len(content) == 0:
        return None
    stance = "hedges" if lex.hedged(content) else "asserts"
    if lex.denies_event(content):
        stance = "denies"
    return _quote(content, "indirect", doc[according.i : to.i + 1], speaker, stance)


def _holder(source: Token, lex: cues.CueLexicon) -> Span | None:
    """Who stands behind a document cited as a source: "a statement published by X", "a
    report from X", "X's analysis" (but "X's foreign ministry" is the ministry)."""
    lemma = source.lemma_.lower()
    if lemma not in lex.documents and lemma not in lex.nouns:
        return None
    for child in source.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return _mention(child)
    for child in source.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _mention(obj)
        if child.dep_ == "acl":
            agent = _passive_agent(child)
            if agent is not None:
                return _mention(agent)
    return None


# -- shared helpers ----------------------------------------------------------------------------


def _is_cue_verb(tok: Token, lex: cues.CueLexicon) -> bool:
    # A "noun" with a subject of its own is a verb the tagger got wrong ("Lindgren claims that").
    if tok.pos_ != "VERB" and not (tok.pos_ == "NOUN" and _has_subject(tok)):
        return False
    if lex.verb_stance(tok) is not None:
        return not (_phone_call(tok, lex) or _refused_speech(tok, lex) or _asked(tok, lex))
    if tok.lemma_.lower() in lex.as_views and _described_as(tok) is not None:
        return True  # "painted his rival as a rich guy": only with "as" a view is reported
    # "As X put it, ...": only this idiom makes "put" a reporting verb.
    return (
        tok.lemma_.lower() in lex.as_only
        and _as_parenthetical(tok)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    )


def _phone_call(cue: Token, lex: cues.CueLexicon) -> bool:
    """ "X called Y on Tuesday (to discuss E)": with a person as its only object, "call" is
    contact by telephone, an event, not speech; "called Y a liar", "called for E" and "called
    on Y to act" name what was said."""
    if cue.lemma_.lower() not in lex.contact_verbs:
        return False
    objects = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    predicates = [c for c in cue.children if c.dep_ == "oprd"]
    if not objects and len(predicates) == 1 and predicates[0].ent_type_ in _CONTACTS:
        objects, predicates = predicates, []  # "called Scholz" parsed as a predicate
    if len(objects) != 1 or predicates or any(c.dep_ == "ccomp" for c in cue.children):
        return False
    obj = objects[0]
    person = obj.ent_type_ in _CONTACTS or (obj.pos_ == "PRON" and obj.lower_ not in ("it", "this"))
    return person and not any(
        c.dep_ in ("attr", "acomp", "oprd", "dobj", "npadvmod") for c in obj.children
    )


def _asked(cue: Token, lex: cues.CueLexicon) -> bool:
    """ "Asked about the report, X declined to comment": a verb of asking as a bare participle
    modifying the clause tells what its subject was asked, which that subject did not say."""
    return (
        cue.lemma_.lower() in lex.questioning
        and cue.tag_ == "VBN"
        and cue.dep_ in ("advcl", "csubj", "ccomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children)
    )


def _refused_speech(cue: Token, lex: cues.CueLexicon) -> bool:
    """ "X declined to comment", "refused to say more": a refusal to speak says nothing, so
    neither the refusing verb nor the unspoken one reports (but "declined to say whether E"
    and "refused to endorse X" still name what was asked or withheld)."""
    if cue.lemma_.lower() in lex.refusals:
        spoken = [c for c in cue.children if c.dep_ == "xcomp"]
        return any(_says_nothing(c, lex) for c in spoken)
    return (
        cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.refusals and _says_nothing(cue, lex)
    )


def _says_nothing(verb: Token, lex: cues.CueLexicon) -> bool:
    """Whether a verb of saying has neither a clause nor a named object: "to comment (on E)",
    "to say more", "to confirm it"."""
    return verb.lemma_.lower() in lex.speaking and not any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"))
        for c in verb.children
    )


def _negated(cue: Token) -> bool:
    """ "has not confirmed", "never commented", "did n't say": the act is said not to have
    happened."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in cue.children
    )


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ == "nsubj" for c in tok.children)


def _speaker_of(cue: Token) -> Span | None:
    """The mention doing the saying: subject, passive agent, or a governing verb's subject."""
    # Of two subjects, as in "The Latest: Merkel urges ..." (a headline's label parsed as one),
    # the first that names someone speaks.
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    for child in subjects:
        if child.lower_ in _RELATIVE and cue.dep_ == "relcl":
            return _issuer(cue.head) or _mention(cue.head)
        if _dateline(child):
            # "WASHINGTON -- President Obama, ..., said": the place opens the story; the
            # parser hung the speaker under it, or took the place for one more subject.
            apposed = [c for c in child.children if c.dep_ == "appos" and not _dateline(c)]
            if not apposed:
                continue
            child = apposed[0]
        if child.pos_ in ("NOUN", "PROPN", "PRON") and child.ent_type_ not in _WHEN:
            return _mention(child)
        if child.lower_ in _QUANTIFIERS:
            return _mention(child)  # "Many of his supporters believe E"
    if subjects:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        agent = _passive_agent(cue)
        if agent is not None:
            return _mention(agent)
        return None
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and _reported_by(cue.head) is not None:
        # "X said E happened, citing Z": the parser hangs "citing" in the reported clause,
        # but it is X who cites.
        return _speaker_of(_reported_by(cue.head))
    if cue.dep_ == "xcomp" and cue.head.pos_ == "VERB":
        # "Warren pressed Stumpf to admit E": the object of the governing verb admits.
        controller = next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)
        if controller is not None and controller.pos_ in _PERSONS:
            return _mention(controller)
    if cue.dep_ in ("conj", "advcl", "xcomp") and cue.head.pos_ in ("VERB", "AUX"):
        return _speaker_of(cue.head) or _participle_subject(cue, cue.head)
    if cue.dep_ == "xcomp" and cue.head.dep_ == "acomp" and cue.head.head.pos_ in ("VERB", "AUX"):
        return _speaker_of(cue.head.head)  # "he was quick to deny it", "able to tout it"
    if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN"):
        # "a policy paper welcoming the plans": the paper, or whoever issued it
        return _issuer(cue.head) or _mention(cue.head)
    if cue.dep_ == "pcomp" and cue.head.head.pos_ in ("VERB", "AUX"):
        # "she answered by criticizing the plan", "after saying E, she was taken to hospital"
        return _speaker_of(cue.head.head) or _participle_subject(cue, cue.head.head)
    if cue.dep_ == "ROOT":
        return _name_before(cue)
    return None


def _issuer(document: Token) -> Span | None:
    """Who issued a document that reports: "the council issued a statement calling E",
    "lawyers filed papers opposing E" — the issuer speaks through it."""
    lex = cues.load()
    lemma = document.lemma_.lower()
    if document.dep_ != "dobj" or (lemma not in lex.documents and lemma not in lex.nouns):
        return None
    return _speaker_of(document.head) if document.head.pos_ == "VERB" else None


def _dateline(tok: Token) -> bool:
    """A word of the dateline opening a paragraph: "WASHINGTON -- ...", "OSLO, May 2 (Wire) -"."""
    return datelines.in_dateline(docindex.text(tok.doc), tok.idx, tok.idx + len(tok.text))


def _participle_subject(cue: Token, verb: Token) -> Span | None:
    """The understood subject of a participle is its clause's subject, passive or not: "after
    saying E, she was taken to hospital" (the passive verb itself reports nothing)."""
    if cue.tag_ != "VBG":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ not in _PERSONS or subject.lower_ in _DEMONSTRATIVES:
        return None
    return _mention(subject)


def _reported_by(clause: Token) -> Token | None:
    """The reporting verb whose clause `clause` heads, if any."""
    if clause.dep_ == "ccomp" and _is_cue_verb(clause.head, cues.load()):
        return clause.head
    return None


def _name_after(cue: Token) -> Span | None:
    """The mention right after an inverted cue ("said Jane Doe, a spokeswoman")."""
    nxt = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    if nxt is None or not (
        nxt.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ") or nxt.is_title and nxt.is_alpha
    ):
        return None  # (a capitalised word is a name the tagger missed: "said Skelly" as ADV)
    head = nxt
    while head.head != head and head.head.i > cue.i and head.dep_ in ("compound", "det", "amod"):
        head = head.head
    if head.ent_type_ in _WHEN or (head.head == cue and head.dep_ in ("dobj", "dative")):
        return None  # "..., telling reporters": the addressee does not speak
    return _mention(head)


def _name_before(cue: Token) -> Span | None:
    """A name right before a main verb the parser left without subject ("... Post Modi said")."""
    doc = cue.doc
    end = cue.i
    while end > cue.sent.start and doc[end - 1].pos_ == "ADV":
        end -= 1
    start = end
    while start > cue.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == end:
        return None
    return doc[start:end]


def _passive_agent(cue: Token) -> Token | None:
    """The X of "was stated (at a briefing) by X", wherever the parser attached the "by"."""
    for tok in cue.subtree:
        if tok.lower_ == "by" and tok.dep_ in ("agent", "prep"):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and not any(a.dep_ in ("ccomp", "relcl") for a in _path(tok, cue)):
                return obj
    return None


def _medium(cue: Token) -> Token | None:
    """The X of "reported on/in X" (a website, a broadcast) when no agent is named."""
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
    return None


def _path(tok: Token, top: Token) -> list[Token]:
    path = []
    while tok != top and tok.head != tok:
        path.append(tok)
        tok = tok.head
    return path


def _mention(head: Token) -> Span:
    """The noun phrase headed by `head`, cut before relative clauses, appositions and commas,
    and kept within its line."""
    doc = head.doc
    right = head.i
    for child in head.rights:
        if child.dep_ == "appos" and _close_name(head, child, right):
            right = child.right_edge.i  # "the news site X reported": the name it goes by
            continue
        if child.dep_ in _SPEAKER_STOP:
            break
        right = child.right_edge.i
    left = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ in _SPEAKER_STOP and not _joins_name(child):
            break
        left = child.left_edge.i
    while left < head.i and any("\n" in t.text_with_ws for t in doc[left : head.i]):
        left += 1
    while right > head.i and any("\n" in t.text_with_ws for t in doc[head.i : right]):
        right -= 1
    return _named_outlet(doc[left : right + 1])


# Nouns that describe a news organisation before its name ("the Asuncion daily X").
_OUTLET_WORDS = frozenset(
    "newspaper paper daily weekly magazine tabloid broadcaster outlet site website portal".split()
)


def _named_outlet(span: Span) -> Span:
    """ "the Asuncion daily X", "the investigative news site X": a description ending in an
    outlet noun, then the outlet's name. The speaker is the name with the noun that says what
    it is ("daily X"), not the description's place or adjectives."""
    for k in range(len(span) - 2, 0, -1):
        if span[k].lower_ not in _OUTLET_WORDS:
            continue
        name = span[k + 1 :]
        if all(t.pos_ == "PROPN" or t.is_title for t in name) and name[0].is_title:
            return span[k:]
        break
    return span


def _close_name(head: Token, appos: Token, right: int) -> bool:
    """A close apposition: a proper name right after a common noun, no comma between ("the
    investigative news site X", "the daily X"): the name says which one the noun describes.
    The noun may be an outlet word the tagger missed ("Asuncion daily X", "daily" read as an
    adverb of a name taken for the head)."""
    words = appos.doc[appos.left_edge.i : appos.right_edge.i + 1]
    return (
        (head.pos_ == "NOUN" or appos.doc[right].lower_ in _OUTLET_WORDS)
        and appos.pos_ == "PROPN"
        and appos.left_edge.i == right + 1
        and all(t.pos_ in ("PROPN", "ADP", "DET") or t.is_title for t in words)
    )


def _joins_name(tok: Token) -> bool:
    """A hyphen written without spaces inside a name ("Takht-Ravanchi")."""
    doc = tok.doc
    return (
        tok.text == "-"
        and not tok.whitespace_
        and tok.i > 0
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].pos_ == "PROPN"
    )


def _in_paragraph(span: Span, anchor: Token) -> Span:
    """Clip a span to the paragraph (line) of `anchor`: a headline is no part of the lead."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(anchor.i - 1, start - 1, -1):
        if "\n" in doc[i].text_with_ws:
            start = i + 1
            break
    for i in range(anchor.i, end):
        if "\n" in doc[i].text_with_ws:
            end = i + 1
            break
    return _trim(doc[start:end])


def _trim(span: Span) -> Span:
    """Drop edge spaces and punctuation, keeping a sentence-final stop."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _TRAILING):
        end -= 1
    return doc[start:end]


def _stance(lex: cues.CueLexicon, cue: Token, content: Span) -> str:
    """Denial in the cue or the content wins; then the cue's own stance."""
    verb = lex.verb_stance(cue) or "asserts"
    if verb == "denies" and content.root.lemma_.lower() in lex.refusal_objects:
        verb = "asserts"  # "denied the request" refuses; it does not deny an event
    if verb == "denies" or lex.denies_event(content):
        return "denies"
    # "described the reports as false", "called it a fabrication"
    described = [
        c for c in cue.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")
    ]
    if any(lex.denies_event(cue.doc[d.left_edge.i : d.right_edge.i + 1]) for d in described):
        return "denies"
    if verb == "asserts" and any(
        t.lower_ in lex.hedge_adverbs and t.head == content.root for t in content
    ):
        # "X reported that the chief allegedly proposed ...": the report itself keeps its
        # distance (an "alleged call" only names what others alleged).
        return "hedges"
    return verb


def _within(offset: int | None, spans: list[tuple[int, int]]) -> bool:
    """Whether `offset` falls in one of `spans`, which are disjoint and in text order (the
    quotation marks' spans): a bisect, not a scan, as it is asked for every cue."""
    if offset is None:
        return False
    i = bisect_right(spans, (offset, math.inf)) - 1
    return i >= 0 and offset < spans[i][1]
