"""Per-document indexes, built once per parsed doc and shared by every stage.

spaCy computes `Doc.text`, `Doc.sents` and `Doc.ents` anew on every access by walking all
tokens, so reading them once per entity, event or quote makes a stage cost (mentions x
tokens): a 30,000-word document took minutes. `of(doc)` builds the text, the sentence bounds
and the entity bounds in one pass each, the first time any stage asks, and every later look-up
is a bisect or an array read.

The index holds only strings and integers, never spans: it is kept in a weak-keyed table, so
it lives exactly as long as its doc and adds nothing to the doc's own serialisation. A doc is
not changed after the parse in this pipeline (no retokenising, no entities set by hand), which
is what makes a cached index safe.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

_INDEXES: WeakKeyDictionary[Doc, DocIndex] = WeakKeyDictionary()


@dataclass(frozen=True)
class DocIndex:
    """Text, sentence and entity bounds of one doc; spans are made on demand (O(1) each)."""

    text: str
    sent_starts: list[int]  # token index of each sentence's first token, ascending
    sent_ends: list[int]  # token index one past each sentence's last token
    sent_char_starts: list[int]  # character offset of each sentence's start
    ent_bounds: list[tuple[int, int, int]]  # (start, end, label id) of each entity, in order
    ent_at: list[int]  # per token: the index into ent_bounds of its entity, else -1

    def sentence_index(self, token_i: int) -> int:
        """The number of the sentence holding token `token_i`."""
        return bisect_right(self.sent_starts, token_i) - 1

    def sentence(self, doc: Doc, token_i: int) -> Span:
        """The sentence holding token `token_i` (what `doc[token_i].sent` gives)."""
        n = self.sentence_index(token_i)
        return doc[self.sent_starts[n] : self.sent_ends[n]]

    def sentences(self, doc: Doc) -> list[Span]:
        """Every sentence, in order (what `doc.sents` gives)."""
        return [doc[s:e] for s, e in zip(self.sent_starts, self.sent_ends, strict=True)]

    def sentence_at_char(self, doc: Doc, offset: int) -> Span | None:
        """The sentence whose characters include `offset`, else None (past the end)."""
        n = bisect_right(self.sent_char_starts, offset) - 1
        if n < 0:
            return None
        sent = doc[self.sent_starts[n] : self.sent_ends[n]]
        return sent if offset < sent.end_char else None

    def entity(self, doc: Doc, token_i: int) -> Span | None:
        """The named entity holding token `token_i`, as `doc.ents` gives it, else None."""
        n = self.ent_at[token_i]
        if n < 0:
            return None
        start, end, label = self.ent_bounds[n]
        return Span(doc, start, end, label=label)


def head_at(doc: Doc, start: int | None, end: int | None) -> Token | None:
    """The head word of the text between two character offsets, widened to whole tokens.

    Mentions, quotes and participants keep character offsets, not spans (they outlive the
    doc); None when an offset is missing (a participant taken from elsewhere) or no token is
    there."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def of(doc: Doc) -> DocIndex:
    """The doc's index, built on first use."""
    index = _INDEXES.get(doc)
    if index is None:
        index = _build(doc)
        _INDEXES[doc] = index
    return index


def text(doc: Doc) -> str:
    """`doc.text`, joined once per doc."""
    return of(doc).text


def _build(doc: Doc) -> DocIndex:
    sents = list(doc.sents)
    ent_at = [-1] * len(doc)
    bounds = []
    for n, ent in enumerate(doc.ents):
        bounds.append((ent.start, ent.end, ent.label))
        ent_at[ent.start : ent.end] = [n] * (ent.end - ent.start)
    return DocIndex(
        text=doc.text,
        sent_starts=[s.start for s in sents],
        sent_ends=[s.end for s in sents],
        sent_char_starts=[s.start_char for s in sents],
        ent_bounds=bounds,
        ent_at=ent_at,
    )
