"""The spaCy pipeline: loaded once per process, configured by settings, used in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsledger import settings, token_attributes
from newsledger.datelines import DATELINE
from newsledger.errors import ModelNotFound


@Language.component("newsledger_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and subheadings carry no final full stop,
    and the parser would otherwise run them into the next paragraph. The paragraph's second
    word does not start another sentence: after a headline with no full stop the small
    parser may cut "Scholz | met Merz on Tuesday." after the first word. Nor does any word of
    a dateline opening the paragraph, or the word after it: "SPRINGFIELD, Ill. (Wire) — Police
    said ..." is one sentence, where the parser would cut it after the capitalised place.

    Line breaks are found by word form (each distinct form looked at once), not by making a
    Token of every word: this runs on every document, inside the parse."""
    strings = doc.vocab.strings
    breaks: dict[int, bool] = {}
    orths = doc.to_array(ORTH).tolist()
    for i, orth in enumerate(orths[:-1]):
        has_break = breaks.get(orth)
        if has_break is None:
            has_break = breaks[orth] = "\n" in strings[orth]
        if has_break:
            nxt = doc[i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
                if _keep_dateline(doc, nxt):
                    continue
                after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
                if (
                    after is not None
                    and "\n" not in nxt.whitespace_
                    and not (nxt.is_punct or after.is_space or after.is_punct)
                ):
                    after.is_sent_start = False
    if len(doc):
        _keep_dateline(doc, doc[0])
    return doc


@Language.component("newsledger_entity_edges")
def entity_edges(doc: Doc) -> Doc:
    """No entity starts or ends on a whitespace token. The recogniser may take in the blank
    line after a headline's last word ("Lind\n\n"), and every consumer of the entity (its
    text, its offsets, the actor resolved from it) should see the name alone."""
    ents = doc.ents
    if not any(e[0].is_space or e[-1].is_space for e in ents):
        return doc
    kept = []
    for ent in ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if (start, end) == (ent.start, ent.end):
            kept.append(ent)
        elif start < end:
            kept.append(Span(doc, start, end, label=ent.label, kb_id=ent.kb_id))
    doc.ents = kept
    return doc


def _keep_dateline(doc: Doc, first: Token) -> bool:
    """Join a dateline opening a paragraph at `first` to the sentence it introduces (no word
    of it, nor the word after it, starts a sentence); whether there was one. Only a line
    opening with a word in capitals is matched against the pattern."""
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return False
    opening = doc[first.i : first.i + _DATELINE_TOKENS].text.split("\n", 1)[0]
    m = DATELINE.match(opening)
    if m is None:
        return False
    end = first.idx + m.end()
    for token in doc[first.i + 1 : first.i + _DATELINE_TOKENS]:
        if token.idx > end:
            break
        token.is_sent_start = False
    return True


# A dateline is a few words: its place, a date, an agency in brackets and a dash.
_DATELINE_TOKENS = 24


def load(name: str | None = None) -> Language:
    """Load the pipeline once; later calls return the same object, however they name it
    (`load()`, `load(None)` and the settings' name are one pipeline, not three)."""
    return _assembled(name or settings.spacy_model(), settings.table_attributes())


@lru_cache(maxsize=4)
def _assembled(name: str, table_attributes: bool) -> Language:
    return assemble(name, table_attributes=table_attributes)


def assemble(name: str | None = None, *, table_attributes: bool = True) -> Language:
    """A newly loaded pipeline with newsledger's components (`load` keeps one per process).
    With `table_attributes` the attribute ruler and lemmatizer run as table look-ups
    (newsledger.token_attributes), where the model's rules allow it."""
    nlp = bare(name, cached=False)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("newsledger_paragraphs", before=before)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("newsledger_entity_edges", after="ner")
    if table_attributes:
        token_attributes.replace_in(nlp)
    return nlp


def bare(name: str | None = None, cached: bool = True) -> Language:
    """The spaCy pipeline as its package ships it, with nothing of newsledger's added: what
    `bench` measures the parse's own speed with. Loaded once unless `cached` is False."""
    return _bare(name or settings.spacy_model()) if cached else _load_package(name)


@lru_cache(maxsize=2)
def _bare(name: str) -> Language:
    return _load_package(name)


def _load_package(name: str | None) -> Language:
    name = name or settings.spacy_model()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed (set NEWSLEDGER_SPACY_MODEL "
            f"or pip install it)"
        ) from exc


def parse(texts: Iterable[str], batch_size: int = 32, name: str | None = None) -> Iterator[Doc]:
    """Parse texts in batches with `nlp.pipe`, the fast path for many articles."""
    yield from load(name).pipe(texts, batch_size=batch_size)


def parse_one(text: str, name: str | None = None) -> Doc:
    return load(name)(text)
