"""The spaCy pipeline: loaded once per process, configured by settings, used in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsledger import settings


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load the pipeline once; later calls return the same object."""
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
