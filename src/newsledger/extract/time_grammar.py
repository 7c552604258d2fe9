"""Recognition of time expressions: a regular grammar over the text, built from the time lexicon.

Each rule is one family of expressions (full dates, weekdays, relative units, durations, ...)
written as a regular expression over words from data/time_lexicon.yaml; the rule's `kind`
tells time_normalise how to read its named groups. Rules run over the whole text (fast, no
per-token Python loop), and overlapping matches resolve to the longest, so "the past two
years" wins over "two years" and "July 2020" over "July".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_LEXICON = Path(__file__).resolve().parent.parent / "data" / "time_lexicon.yaml"


@dataclass(frozen=True)
class Candidate:
    """A recognised span: its offsets, the rule family that matched it and the named parts."""

    start: int
    end: int
    kind: str
    parts: dict[str, str]
    text: str


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The time lexicon, read once."""
    return yaml.safe_load(_LEXICON.read_text(encoding="utf-8"))


def _alt(words: Any) -> str:
    """A regex alternation of words, longest first so "Sept" beats "Sep"."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def rules() -> list[tuple[str, re.Pattern[str]]]:
    """The grammar: (kind, compiled pattern) pairs in priority order for equal-length matches."""
    lex = lexicon()
    month = rf"(?P<month>(?-i:{_alt(lex['months'])}|(?:{_alt(lex['month_abbreviations'])})\.?))"
    weekday_names = rf"(?-i:{_alt(lex['weekdays'])})"
    weekday = rf"(?P<weekday>{weekday_names})"
    weekday_opt = rf"(?:{weekday},?\s+)?"
    part = rf"(?P<part>{_alt(lex['parts_of_day'])})"
    number_word = _alt(w for w in lex["numbers"] if w not in ("a", "an", "couple", "half"))
    number = (
        r"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|\d/\d"
        rf"|(?:{number_word})(?:[\s-]+(?:{number_word}))*(?:\s+and\s+a\s+half)?"
        rf"|a\s+couple\s+of|a\s+couple|a\s+few|a\s+half|half\s+an?|an?|{_alt(lex['vague_numbers'])})"
    )
    tens = "(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh)"
    ones = "(?:one|two|three|four|five|six|seven|eight|nine)"
    unit_names = _alt(u for u in lex["units"])
    unit = rf"(?P<unit>(?:{unit_names}|centurie)s?)"
    modifier = (
        r"(?P<mod>more\s+than|less\s+than|fewer\s+than|over|under|nearly|almost|at\s+least"
        r"|at\s+most|up\s+to|another|upwards\s+of|no\s+more\s+than)"
    )
    edge = (
        r"(?P<edge>(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn"
        r")\s+of\s+(?:the\s+)?|early|late|mid-?|earlier|later)"
    )
    year = r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d,.]\d)"
    year_rel = r"\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b(?!'s)"  # "April last year"
    relation = (
        r"(?P<rel>last|this|next|past|coming|current|previous|following|same|latest|recent"
        r"|that|full|the)"
    )
    ordinal = rf"(?P<ord>{_alt(lex['ordinals'])})"
    season = rf"(?P<season>{_alt(lex['seasons'])})"
    holiday = rf"(?P<holiday>{_alt(lex['holidays'])})"
    vague = rf"(?P<vague>{_alt(lex['vague_refs'])})"
    sets = rf"(?P<set>{_alt(lex['sets'])})"
    ampm = r"(?P<ampm>[ap]\.m\.|[ap]\.m\b|(?-i:[AP]M)\b|[ap]m\b)"
    day_word = (
        rf"(?:,?\s+(?:(?P<dayword>today|yesterday|tomorrow|tonight|{weekday_names})"
        rf"|{month}\s+(?P<day>[0-3]?\d)\b(?:,?\s+{year})?))?"  # "9 p.m. March 17, 2015"
    )
    spelled = (  # "nineteen ninety-six", "two thousand and one"
        rf"(?P<spelled>(?:eighteen|nineteen|twenty)[\s-]+{tens}(?:[\s-]+{ones})?"
        rf"|two\s+thousand(?:\s+and)?(?:[\s-]+(?:{tens}|{ones}))?)"
    )
    grammar = [
        ("vague", rf"{vague}\b(?!-)"),
        ("iso", r"(?P<year>\d{4})-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
        ("numeric", r"(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d\d)\b"),
        (
            "date",
            rf"{weekday_opt}(?P<weekof>the\s+week\s+of\s+)?{month}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+{year}|{year_rel})?",
        ),
        (
            "date",
            rf"{weekday_opt}(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{month}"
            rf"(?:,?\s+{year}|{year_rel})?",
        ),
        (
            "month",
            rf"(?:{edge}\s*)?{month}(?:,?\s+(?:of\s+)?(?:{year}|{spelled})|{year_rel})?",
        ),
        ("month", rf"(?P<rel>last|this|next|past|coming)\s+{month}(?!\s*\d)"),
        (
            "year",
            rf"(?:{edge}\s*)?(?P<fiscal>fiscal\s+(?:year\s+)?|calendar\s+|the\s+year\s+)?"
            rf"(?<![\d$£€#.,/-]){year}(?P<decade>'?s)?(?![-\d%])",
        ),
        ("year", rf"(?:{edge}\s*)?(?:the\s+)?'(?P<yy>\d0)s"),
        (
            "year",
            rf"(?:the\s+year\s+)?{spelled}",
        ),
        ("century", r"(?:the\s+)?(?P<cent>\d{1,2})(?:st|nd|rd|th)\s+century"),
        (
            "weekday",
            rf"(?:{relation}\s+)?{weekday}(?:\s+{part})?",
        ),
        (
            "dayref",
            rf"(?:{edge}\s*)?(?:the\s+day\s+(?P<twice>before|after)\s+)?"
            rf"(?P<dayref>today|yesterday|tomorrow|tonight)(?:\s+{part})?",
        ),
        ("daypart", rf"(?P<rel>this|last|tomorrow|yesterday)\s+{part}"),
        (
            "relunit",
            rf"(?:{edge}\s*)?(?P<article>the\s+)?{relation}\s+(?:fiscal\s+)?"
            r"(?P<unit>week|weekend|month|year|decade|century|day|morning|period)",
        ),
        (
            "relunit",
            r"(?:the\s+)?(?P<rel>year)[\s-]+(?:earlier|ago)(?:\s+(?:period|quarter|level))?",
        ),
        (  # "talks in Cairo the day before.": the day before the one in focus
            "relunit",
            r"(?P<article>the\s+)(?P<unit>day|week|month|year)\s+(?P<rel>before|after)"
            r"(?=\s*(?:[.,;:!?)\"']|$))",
        ),
        (  # "earlier in the day": the day (week, ...) in focus
            "relunit",
            r"(?P<edge>earlier|later|early|late)\s+in\s+(?P<rel>the)\s+(?P<unit>day|week|month|year)",
        ),
        (
            "season",
            rf"(?:{edge}\s*)?(?:{relation}\s+)?{season}(?:\s+(?:of\s+)?(?:{year}|{spelled}))?",
        ),
        (
            "quarter",
            rf"(?:{edge}\s*)?(?:the\s+)?(?:(?P<yrel>this|last|next)\s+year's\s+)?"
            rf"(?:(?P<rel>latest|current|last|previous|past|same|comparable|year-earlier"
            rf"|year-ago|fiscal|{_alt(['year earlier', 'year ago'])})\s+)?(?:fiscal\s+)?"
            rf"(?:{ordinal}[\s-]+(?P<qh>quarter|half)|(?P<q>quarter))(?:\s+of\s+(?:(?:fiscal\s+)?{year}"
            r"|(?P<ofrel>this|last|next)\s+year))?",
        ),
        (
            "quarter",
            rf"(?:the\s+)?{year}\s+(?:fiscal\s+)?"
            rf"(?:{ordinal}[\s-]+(?P<qh>quarter|half)|(?P<q>quarter|period))",
        ),
        (
            "ago",
            rf"(?:{modifier}\s+)?(?P<num>{number})[\s-]+{unit}\s+"
            r"(?P<dir>ago|earlier|later|from\s+now|hence)\b(?!\s+th[ae]n\b)",
        ),
        (
            "duration",
            rf"(?:(?:the\s+)?(?P<rel>past|last|next|coming|first|previous|following|final|recent"
            rf"|remaining|same|full|entire|whole|better\s+part\s+of\s+the)\s+|the\s+(?=\w+\s))?"
            rf"(?:{modifier}\s+)?(?P<num>{number})(?:,?\s*(?:maximum|max\.?|at\s+most|or|to|-)\s+"
            rf"(?P<num2>{number}))?(?P<more>\s+more)?[\s-]+{unit}(?P<adj>-long)?(?![\s-]+old)",
        ),
        (
            "duration",
            r"(?:the\s+)?(?P<rel>past|last|next|coming|recent|previous|following)\s+"
            r"(?P<unit>(?:day|week|month|year|decade|hour|minute|centurie)s)",
        ),
        ("duration", r"(?<=for\s)(?P<unit>(?:day|week|month|year|decade|hour|centurie)s)"),
        ("duration", r"(?P<unit>decade|day|year|month|week|hour)s?-long"),
        (
            "time",
            rf"(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*{ampm}"
            rf"(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC)))?{day_word}",
        ),
        (
            "time",
            r"(?P<hour>[012]?\d):(?P<minute>[0-5]\d)(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC)))?",
        ),
        ("time", rf"(?P<named>noon|midnight|midday){day_word}"),
        ("holiday", rf"(?:{relation}\s+)?{holiday}(?:\s+{year})?"),
        ("set", rf"{sets}"),
        (
            "set",
            r"(?P<every>every|each|per)\s+(?:other\s+)?"
            rf"(?P<unit>day|week|month|year|morning|night|evening|{weekday_names})s?",
        ),
    ]
    return [
        (kind, re.compile(rf"\b(?:{pattern})(?!\w)", re.IGNORECASE)) for kind, pattern in grammar
    ]


# Every expression contains a trigger word of its family (a month name, a unit, ...) or a digit
# pattern, with at most _BEFORE characters before it and _AFTER after it, so each rule only runs
# on the small windows around its triggers: most text has none.
_BEFORE, _AFTER = 60, 45
_STOP = {"the", "at", "in", "as", "right", "this", "these", "of", "s"}
_DIGIT_TRIGGERS = {
    "iso": r"\d[-/]\d",
    "numeric": r"\d[-/]\d",
    "year": r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)|'\d0s|\b(?:eighteen|nineteen|twenty|thousand)\b",
    "time": r"\d(?::[0-5]\d|\s?[ap]\.?m)|\b(?:noon|midnight|midday)\b",
    "century": r"\bcentury\b",
}


@lru_cache(maxsize=1)
def _word_triggers() -> dict[str, frozenset[str]]:
    """Lower-case trigger word -> the rule families it can start a window for."""
    lex = lexicon()

    def lower(words: Any) -> set[str]:
        return {w.lower() for phrase in words for w in re.findall(r"[A-Za-z]+", phrase)} - _STOP

    units = lower(lex["units"]) | {"centuries", "morning", "period"}
    families = {
        "date": lower(lex["months"]) | lower(lex["month_abbreviations"]),
        "weekday": lower(lex["weekdays"]),
        "dayref": {"today", "yesterday", "tomorrow", "tonight"},
        "daypart": lower(lex["parts_of_day"]),
        "relunit": units,
        "season": lower(lex["seasons"]),
        "quarter": {"quarter", "half", "period"},
        "duration": units,
        "holiday": lower(lex["holidays"]),
        "vague": lower(lex["vague_refs"]),
        "set": lower(lex["sets"]) | {"every", "each", "per"},
    }
    families["month"] = families["date"]
    families["ago"] = families["duration"]
    table: dict[str, set[str]] = {}
    for kind, words in families.items():
        for word in words:
            table.setdefault(word, set()).add(kind)
    return {word: frozenset(kinds) for word, kinds in table.items()}


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per rule family, the merged stretches of text around its triggers."""
    hits: dict[str, list[int]] = {}
    table = _word_triggers()
    for m in re.finditer(r"[A-Za-z]+", text):
        word = m.group().lower()
        kinds = table.get(word, frozenset())
        if word.endswith("s"):
            kinds |= table.get(word[:-1], frozenset())
        for kind in kinds:
            hits.setdefault(kind, []).append(m.start())
    for kind, pattern in _DIGIT_TRIGGERS.items():
        hits[kind] = [m.start() for m in re.finditer(pattern, text, re.IGNORECASE)]
    windows: dict[str, list[tuple[int, int]]] = {}
    for kind, positions in hits.items():
        merged: list[tuple[int, int]] = []
        for at in positions:
            start, end = max(0, at - _BEFORE), min(len(text), at + _AFTER)
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        windows[kind] = merged
    return windows


def candidates(text: str) -> list[Candidate]:
    """Every non-overlapping match in the text, longest first, left to right."""
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    windows = _windows(text)
    for priority, (kind, pattern) in enumerate(rules()):
        for window_start, window_end in windows.get(kind, ()):
            for m in pattern.finditer(text, window_start, window_end):
                if m.end() > m.start():
                    found.append((m.start(), -(m.end() - m.start()), priority, kind, m))
    found.sort(key=lambda f: (f[1], f[0], f[2]))
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for start, neg_len, _, kind, m in found:
        end = start - neg_len
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        parts = {k: v for k, v in m.groupdict().items() if v is not None}
        if not _plausible(kind, parts, text, start):
            continue
        taken.append((start, end))
        if kind == "quarter" and re.match(r"the\s+\w+-(?:quarter|half)\b", m.group(0), re.I):
            start += 4  # "the third-quarter profit": the adjective alone is the expression
        chosen.append(Candidate(start, end, kind, parts, text[start:end]))
    chosen.sort(key=lambda c: c.start)
    return chosen


# Month names that are also common words ("May" the modal, "March" the verb) count as months
# only with a date, year or modifier, or after a word that introduces a time.
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "jun", "sept", "sep", "dec", "aug"}
_TIME_INTRODUCERS = re.compile(
    r"\b(?:in|of|since|until|till|by|from|through|during|to|before|after|between|and|or|"
    r"early|late|mid|last|this|next|each|every)\W*$",
    re.IGNORECASE,
)


def _plausible(kind: str, parts: dict[str, str], text: str, start: int) -> bool:
    """Reject readings that the words alone make unlikely to be time expressions."""
    if kind == "month" and parts["month"].rstrip(".").lower() in _AMBIGUOUS_MONTHS:
        if not ({"year", "spelled", "yrel", "rel", "edge"} & parts.keys()):
            return bool(_TIME_INTRODUCERS.search(text[max(0, start - 12) : start]))
    if kind == "quarter" and parts.keys() == {"q"}:
        return text[start : start + 4].lower() == "the "  # "the quarter", not "a quarter of"
    if kind == "season" and parts["season"].lower() == "fall":
        return bool({"year", "rel"} & parts.keys())
    return True
