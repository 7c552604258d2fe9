"""The spaCy pipeline: loaded once per process, configured by settings, used in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from newsledger import settings
from newsledger.errors import ModelNotFound


@Language.component("newsledger_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and subheadings carry no final full stop,
    and the parser would otherwise run them into the next paragraph. The paragraph's second
    word does not start another sentence: after a headline with no full stop the small
    parser may cut "Scholz | met Merz on Tuesday." after the first word.

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
                after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
                if (
                    after is not None
                    and "\n" not in nxt.whitespace_
                    and not (nxt.is_punct or after.is_space or after.is_punct)
                ):
                    after.is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load the pipeline once; later calls return the same object."""
    nlp = bare(name, cached=False)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("newsledger_paragraphs", before=before)
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
