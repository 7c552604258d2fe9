"""Rules and lexicon for page furniture: the cases a line's own words decide.

Tickers (numbers with a currency code), bylines, photo credits, short lines made of the
prompt words in data/furniture.yaml (share, subscribe, cookie, related, comment, footer, ad,
menu; several languages) and teasers those words open ("Read more: ...") are furniture whatever
surrounds them. The lexicon also feeds the
statistical line features (clean.line_features).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_WORD = re.compile(r"\w+", re.UNICODE)
_TRAILING_CLOSERS = "\"'”“»«)]’‘ "
_NUMBER = re.compile(r"[-+−]?\d[\d.,\s]*")
# Words that only capitalise a name in a byline ("By Jane Doe", "Von Max Muster").
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'.-]*$")
# A line of at least this many words that ends like a sentence is prose.
PROSE_MIN_WORDS = 10


@dataclass(frozen=True)
class _Lexicon:
    max_words: int
    # first word -> (kind, phrase as a word tuple), for matching phrases in one pass
    by_first_word: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    prefixes: dict[str, tuple[str, ...]]
    currencies: frozenset[str]
    stopwords: frozenset[str]
    reader_words: frozenset[str]
    credit_markers: tuple[str, ...]
    strong_words: dict[str, str]  # word -> kind


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    raw = yaml.safe_load(resources.files("newsledger.data").joinpath("furniture.yaml").read_text())
    by_first_word: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, items in raw["kinds"].items():
        for item in items:
            phrase = tuple(_WORD.findall(str(item).lower()))
            if phrase:
                by_first_word.setdefault(phrase[0], []).append((kind, phrase))
    return _Lexicon(
        max_words=int(raw["max_words"]),
        by_first_word={k: tuple(v) for k, v in by_first_word.items()},
        prefixes={k: tuple(str(p).lower() for p in v) for k, v in raw["prefixes"].items()},
        currencies=frozenset(str(c).lower() for c in raw["currencies"]),
        stopwords=frozenset(str(w).lower() for ws in raw["stopwords"].values() for w in ws),
        reader_words=frozenset(str(w).lower() for w in raw["reader_words"]),
        credit_markers=tuple(str(m).lower() for m in raw["credit_markers"]),
        strong_words={str(w).lower(): kind for kind, ws in raw["strong_words"].items() for w in ws},
    )


@lru_cache(maxsize=8192)
def words_of(line: str) -> tuple[str, ...]:
    """The line's words; cached because the features, the rules and the site-line count each
    ask for the words of the same line (a tuple, so no caller can change the cached value)."""
    return tuple(_WORD.findall(line))


def is_terminal(line: str) -> bool:
    """Ends like a sentence (after closing quotes and brackets)."""
    stripped = line.rstrip(_TRAILING_CLOSERS)
    return bool(stripped) and stripped[-1] in ".!?…"


def lexicon_hits(words: Sequence[str]) -> tuple[str | None, float, int]:
    """The furniture kind whose phrases cover most of the line, the share they cover, and how
    many words of the line any furniture phrase covers."""
    lowered = [w.lower() for w in words]
    covered: dict[str, set[int]] = {}
    for i, word in enumerate(lowered):
        for kind, phrase in lexicon().by_first_word.get(word, ()):
            if tuple(lowered[i : i + len(phrase)]) == phrase:
                covered.setdefault(kind, set()).update(range(i, i + len(phrase)))
    if not covered:
        return None, 0.0, 0
    kind = max(covered, key=lambda k: len(covered[k]))
    any_covered = set().union(*covered.values())
    return kind, len(covered[kind]) / len(lowered), len(any_covered)


def _is_ticker(line: str, words: Sequence[str]) -> bool:
    """Numbers with a currency code, index name or percent sign, and little else."""
    if not _NUMBER.search(line) or len(words) > 8:
        return False
    lowered = line.lower()
    has_unit = any(
        (c in lowered) if not c.isalpha() else re.search(rf"\b{re.escape(c)}\b", lowered)
        for c in lexicon().currencies
    )
    currencies = lexicon().currencies
    other_words = [
        w for w in words if not any(ch.isdigit() for ch in w) and w.lower() not in currencies
    ]
    return bool(has_unit) and len(other_words) <= 2


def _prefix_kind(line: str, words: Sequence[str]) -> str | None:
    """A byline ("By Jane Doe", "Von:") or a photo credit ("Foto: dpa", "... © Agency")."""
    lowered = line.lower().lstrip("-–— ")
    prefixes = lexicon().prefixes
    if len(words) <= 16 and lowered.startswith(prefixes["credit"]):
        return "credit"
    if len(words) <= 40 and any(marker in lowered for marker in lexicon().credit_markers):
        return "credit"
    if len(words) > 12 or is_terminal(line):
        return None
    for prefix in prefixes["byline"]:
        if lowered.rstrip(" :") == prefix:
            return "byline"
        if lowered.startswith(prefix + " ") or lowered.startswith(prefix + ":"):
            rest = line.lstrip("-–— ")[len(prefix) :].strip(" :").split()
            names = [w for w in rest if w.lower() not in ("und", "and", "et", "y", "e", "|")]
            if names and all(_NAME_WORD.match(w) for w in names[:3]):
                return "byline"
    return None


# Marks that set a prompt's opening phrase apart from the teaser it introduces.
_TEASER_MARKS = (":", "»", "›", ">", "|")
# Kinds whose opening phrase, so marked, makes a whole line a link to elsewhere.
_TEASER_KINDS = ("related", "subscribe")
# A teaser names its story: at least this many words follow the phrase.
_TEASER_MIN_WORDS = 3


def _teaser_kind(line: str, words: Sequence[str]) -> str | None:
    """A link to another story set inside the article ("Read more: ...", "À lire aussi » ..."):
    a related or subscribe phrase opens the line, a colon or arrow closes the phrase, and the
    story's title follows."""
    lowered = [w.lower() for w in words]
    for kind, phrase in lexicon().by_first_word.get(lowered[0], ()):
        if kind not in _TEASER_KINDS or tuple(lowered[: len(phrase)]) != phrase:
            continue
        if len(words) - len(phrase) < _TEASER_MIN_WORDS:
            continue
        match = re.match(r"\W*" + r"\W+".join(map(re.escape, phrase)), line, re.IGNORECASE)
        if match and line[match.end() :].lstrip().startswith(_TEASER_MARKS):
            return kind
    return None


# The words a time stamp line is made of besides numbers: months, weekdays, clock and zone
# marks, and the verbs that introduce a stamp ("Updated 4 March 2024, 12:45 GMT").
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_STAMP_WORDS = _MONTHS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun am pm a m p gmt utc cet cest eet eest est edt et pt pst pdt bst msk ist jst "
    "aest updated published posted last modified on at uhr".split()
)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
_STAMP_MAX_WORDS = 12


@lru_cache(maxsize=8192)
def is_timestamp(line: str) -> bool:
    """A line that is only a date or time stamp ("12:45, 4 March 2024", "Updated: 04.03.2024
    12:45 GMT"): the page's stamp under a headline, not a paragraph of the story (nor its
    headline). Every word is a number or a date word, and a month, a clock time or a
    numeric date is there; "March 4 talks end" has words of its own."""
    words = words_of(line)
    if not words or len(words) > _STAMP_MAX_WORDS:
        return False
    lowered = [w.lower() for w in words]
    if not all(w in _STAMP_WORDS or re.fullmatch(r"\d+(st|nd|rd|th)?", w) for w in lowered):
        return False
    if not any(w[0].isdigit() for w in lowered):
        return False
    return any(w in _MONTHS for w in lowered) or bool(
        _CLOCK.search(line) or _NUMERIC_DATE.search(line)
    )


@lru_cache(maxsize=16384)
def rule_kind(line: str) -> str | None:
    """The furniture kind of a line that rules alone can decide, else None.

    Why rules first: tickers, credits and prompt lines are unambiguous and must never reach the
    body, whatever the statistical model thinks of their neighbourhood. Cached: the features,
    the classifier and the headline finder each ask about the same lines, and a site's
    furniture lines recur on every page.
    """
    words = words_of(line)
    if not words:
        return "other"
    if _is_ticker(line, words):
        return "ticker"
    kind = _prefix_kind(line, words) or _teaser_kind(line, words)
    if kind:
        return kind
    if len(words) <= lexicon().max_words:
        strong = [lexicon().strong_words.get(w.lower()) for w in words]
        strong_kind = next((kind for kind in strong if kind), None)
        if strong_kind:
            return strong_kind
        lex_kind, cover, _hits = lexicon_hits(words)
        if lex_kind and cover >= 0.5 and not (is_terminal(line) and len(words) > 6):
            return lex_kind
    return None
