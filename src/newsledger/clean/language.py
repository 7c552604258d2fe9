"""Detect the language of a text (ISO 639-1 code) with py3langid.

Why: pages often do not say what language they are in, and later stages (the English spaCy
model, lexicons) need to know whether they apply.
"""

from __future__ import annotations

from itertools import islice

import py3langid

# Below this many letters a guess is noise.
_MIN_LETTERS = 20
# The guess is made on the text's start: a few paragraphs settle the language, and the cost
# grows with the length read (the same code on 698 pages in eight languages at 5,000).
_SAMPLE_CHARS = 2000


def detect_language(text: str) -> str | None:
    """The most likely language of `text`, or None when it is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if len(list(islice(filter(str.isalpha, sample), _MIN_LETTERS))) < _MIN_LETTERS:
        return None
    code, _score = py3langid.classify(sample)
    return code or None
