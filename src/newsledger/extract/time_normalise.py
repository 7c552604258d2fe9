"""Normalisation: a recognised time expression -> its TIMEX3 type and value.

Relative and underspecified expressions are read against the document creation time (DCT), the
tense of the clause they sit in ("on Friday" in a past-tense clause is the Friday before the
DCT) and the last date the text mentioned ("a year earlier" after "the third quarter" is the
same quarter a year before). Every family of the grammar (time_grammar) has one reader here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsledger.extract.time_grammar import Candidate, lexicon
from newsledger.extract.time_values import (
    DAY,
    DECADE,
    HALF,
    MONTH,
    QUARTER,
    SEASON,
    WEEK,
    YEAR,
    Point,
    add_months,
    season_of,
    season_start,
    season_year,
    shift,
)

PAST, PRESENT, FUTURE = "past", "present", "future"
# How far back (characters) a mentioned date still anchors "a year earlier", "that day", ...
_ANCHOR_REACH = 400
_CLAUSE_REACH = 150  # ... and how far one anchors a comparison in the same sentence
_TOPIC_REACH = 1500  # a reporting period stays the topic of a results story ("a year earlier")
_PAIRED = re.compile(r"\d\s+(?:and|or|&)\s+(?:the\s+)?$", re.I)  # "2021 and Christmas"
_PAIR_REACH = 20
_FREQUENCY_BEFORE = re.compile(
    r"(?:\d|%|twice|once|times|dollars|cents|percent|million|billion|thousand)\s*$", re.I
)
_DURATION_BEFORE = re.compile(r"\b(?:for|during|over|throughout)\s+$", re.I)
_UNIT_GRAIN = {
    "day": DAY,
    "night": DAY,
    "week": WEEK,
    "weekend": WEEK,
    "fortnight": WEEK,
    "month": MONTH,
    "quarter": QUARTER,
    "year": YEAR,
    "decade": YEAR,
    "century": YEAR,
}


@dataclass
class Context:
    """What normalisation knows besides the span: DCT, clause tense, text before, last dates."""

    dct: date | None
    tense: str | None = None
    before: str = ""
    position: int = 0
    history: list[tuple[int, Point]] = field(default_factory=list)

    def recent(self, grains: tuple[str, ...], reach: int = _ANCHOR_REACH) -> Point | None:
        """The latest mentioned point of one of `grains`, if it is close enough to anchor."""
        for at, point in reversed(self.history):
            if self.position - at > reach:
                return None
            if point.grain in grains:
                return point
        return None

    def remember(self, point: Point) -> None:
        self.history.append((self.position, point))


@dataclass(frozen=True)
class Normalised:
    """The TIMEX3 type and value of an expression, and the calendar point when it has one."""

    type: str
    value: str | None
    point: Point | None = None


def normalise(candidate: Candidate, ctx: Context) -> Normalised | None:
    """The TIMEX3 reading of a candidate, or None when the match is not a time expression."""
    reader = _READERS[candidate.kind]
    result = reader(candidate.parts, ctx)
    if result is not None and result.point is not None:
        ctx.remember(result.point)
    return result


# --- numbers and units ---------------------------------------------------------------------


def number(text: str) -> float | None:
    """The quantity a number phrase gives; None when it is vague ("several", "a few")."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[0] in ("couple", "a") and len(words) > 1 and words[1] in ("couple", "of"):
        return 2.0
    if " ".join(words) in lexicon()["vague_numbers"] or words[0] in ("few", "a") and "few" in words:
        return None
    if words[0] in lexicon()["vague_numbers"]:
        return None
    total = 0.0
    values = lexicon()["numbers"]
    for word in words:
        if word in ("and", "of"):
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            total += float(word)
        elif m := re.fullmatch(r"(\d)/(\d)", word):
            total += int(m[1]) / int(m[2])
        elif word == "hundred":
            total = max(total, 1.0) * 100
        elif word == "half":
            total = total + 0.5 if total else 0.5
        elif word in values:
            total += values[word]
        else:
            return None
    return total


def unit_of(text: str) -> str:
    """The lexicon unit a (possibly plural) unit word names."""
    word = text.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in lexicon()["units"] else word


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: P2Y, PT1H, P2Y6M, PXM."""
    letter, is_time, factor = lexicon()["units"][unit]
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    amount *= factor
    whole = int(amount)
    rest = amount - whole
    if not rest:
        return f"{prefix}{whole}{letter}"
    smaller = {
        "Y": (12, "M", False),
        "H": (60, "M", True),
        "D": (24, "H", True),
        "W": (7, "D", False),
    }
    if letter in smaller:
        times, small, small_is_time = smaller[letter]
        head = f"{whole}{letter}" if whole else ""
        tail = f"{round(rest * times)}{small}"
        if small_is_time and not is_time:
            return f"P{head}T{tail}"
        return f"{prefix}{head}{tail}"
    return f"{prefix}{round(amount)}{letter}"


# --- anchoring by tense ----------------------------------------------------------------------


def _by_tense(
    candidate: date,
    dct: date,
    tense: str | None,
    step: Callable[[int], date],
    slack: int = 0,
) -> date:
    """Move an underspecified date a cycle back or on to agree with the clause tense.

    A past clause may still name a date up to `slack` days ahead ("was set for Jan. 14"), and a
    future one a date just behind. Without a past or future tense the nearest occurrence to the
    DCT is meant.
    """
    if tense == PAST:
        return step(-1) if (candidate - dct).days > slack else candidate
    if tense == FUTURE:
        return step(1) if (dct - candidate).days > slack else candidate
    return min((candidate, step(-1), step(1)), key=lambda d: abs((d - dct).days))


def _year_anchor(parts: dict[str, str], ctx: Context) -> int | None:
    if "year" in parts:
        return _full_year(parts["year"])
    if "spelled" in parts:
        return _spelled_year(parts["spelled"])
    return ctx.dct.year if ctx.dct else None


def _named_year(parts: dict[str, str], ctx: Context) -> int | None:
    """The year a day or month names: written out, or "last/this/next year" ("April last
    year"); None when it must be inferred from tense."""
    if "yrel" in parts and ctx.dct:
        return ctx.dct.year + {"last": -1, "next": 1}.get(parts["yrel"].lower(), 0)
    if "spelled" in parts:
        return _spelled_year(parts["spelled"])
    return _full_year(parts["year"]) if "year" in parts else None


def _spelled_year(text: str) -> int:
    """The year a spelled-out year names: "nineteen ninety-six", "two thousand and one"."""
    words = re.split(r"[\s-]+", text.lower())
    head = 2000 if words[:2] == ["two", "thousand"] else lexicon()["numbers"][words[0]] * 100
    rest = words[2:] if head == 2000 else words[1:]
    return head + int(number(" ".join(rest)) or 0)


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return year + (1900 if year > 30 else 2000)
    return year


def _month_number(text: str) -> int:
    lex = lexicon()
    name = text.rstrip(".")
    for table in (lex["months"], lex["month_abbreviations"]):
        for key, value in table.items():
            if key.lower() == name.lower():
                return value
    raise KeyError(text)


def _weekday_number(text: str) -> int:
    return next(v for k, v in lexicon()["weekdays"].items() if k.lower() == text.lower())


def _relative_weekday(dct: date, weekday: int, rel: str | None, tense: str | None) -> date:
    back = (dct.weekday() - weekday) % 7
    ahead = (weekday - dct.weekday()) % 7
    if rel in ("last", "past"):
        return dct - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return dct + timedelta(days=ahead or 7)
    if tense == FUTURE:
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back)


def _part_code(parts: dict[str, str]) -> str | None:
    if "part" not in parts:
        return None
    return "T" + lexicon()["parts_of_day"][parts["part"].lower()]


def _day_point(day: date, part: str | None) -> Normalised:
    if part:
        return Normalised("TIME", f"{day.isoformat()}{part}", Point(day, DAY))
    return _date(Point(day, DAY))


def _date(point: Point) -> Normalised:
    return Normalised("DATE", point.value(), point)


# --- readers, one per grammar family --------------------------------------------------------


def _read_iso(parts: dict[str, str], ctx: Context) -> Normalised | None:
    try:
        day = date(_full_year(parts["year"]), int(parts["mnum"]), int(parts["day"]))
    except ValueError:
        return None
    return _date(Point(day, DAY))


def _read_date(parts: dict[str, str], ctx: Context) -> Normalised | None:
    month, day_of_month = _month_number(parts["month"]), int(parts["day"])
    named = _named_year(parts, ctx)
    year = named or _year_anchor(parts, ctx)
    if year is None:
        return Normalised("DATE", f"XXXX-{month:02d}-{day_of_month:02d}")
    try:
        day = date(year, month, day_of_month)
    except ValueError:
        return None
    if named is None and ctx.dct:
        day = _date_year(day, parts, ctx)
    grain = WEEK if "weekof" in parts else DAY
    return _date(Point(day, grain))


def _date_year(day: date, parts: dict[str, str], ctx: Context) -> date:
    """The year of a day-and-month date: the one its weekday names, else by tense."""
    assert ctx.dct is not None
    if "weekday" in parts:
        weekday = _weekday_number(parts["weekday"])
        for years in (0, -1, 1):
            option = add_months(day, 12 * years)
            if option.weekday() == weekday and option.day == day.day:
                return option
    return _by_tense(day, ctx.dct, ctx.tense, lambda n: add_months(day, 12 * n), slack=45)


def _read_month(parts: dict[str, str], ctx: Context) -> Normalised | None:
    month = _month_number(parts["month"])
    named = _named_year(parts, ctx)
    year = named or _year_anchor(parts, ctx)
    if year is None:
        return Normalised("DATE", f"XXXX-{month:02d}")
    first = date(year, month, 1)
    rel = parts.get("rel", "").lower()
    if named is None and ctx.dct:
        this_month = ctx.dct.replace(day=1)
        if rel in ("last", "past", "previous"):
            first = first if first < this_month else add_months(first, -12)
        elif rel in ("next", "coming"):
            first = first if first > this_month else add_months(first, 12)
        elif rel != "this":
            first = _by_tense(
                first, ctx.dct, ctx.tense, lambda n: add_months(first, 12 * n), slack=31
            )
    return _date(Point(first, MONTH))


def _read_year(parts: dict[str, str], ctx: Context) -> Normalised | None:
    if "spelled" in parts:
        return _date(Point(date(_spelled_year(parts["spelled"]), 1, 1), YEAR))
    if "yy" in parts:
        century = ctx.dct.year // 100 if ctx.dct else 19
        decade_year = century * 100 + int(parts["yy"])
        if ctx.dct and decade_year > ctx.dct.year:
            decade_year -= 100
        return _decade(decade_year)
    year = int(parts["year"])
    if parts.get("decade") and year % 10 == 0:
        return _decade(year)
    return _date(Point(date(year, 1, 1), YEAR))


def _decade(first_year: int) -> Normalised:
    """A decade, written as TimeBank does ("the 1990s" -> 199X)."""
    return _date(Point(date(first_year, 1, 1), DECADE))


def _read_century(parts: dict[str, str], ctx: Context) -> Normalised | None:
    number_ = int(parts["cent"])
    return Normalised("DATE", f"{number_ - 1:02d}")


# Parts of day a weekday keeps in its value. TimeBank's annotators write "Tuesday evening" as
# a time (TEV) but mostly keep "Friday night" and "Friday morning" to the day (often marking
# only "Friday"), so those stay dates: the day is what an event ledger needs.
_TIMED_PARTS = ("evening", "afternoon")


def _read_weekday(parts: dict[str, str], ctx: Context) -> Normalised | None:
    if ctx.dct is None:
        return Normalised("DATE", None)
    rel = parts.get("rel", "").lower() or None
    if rel in ("the", "that", "same", "current", "latest", "recent", "previous", "following"):
        rel = None
    day = _relative_weekday(ctx.dct, _weekday_number(parts["weekday"]), rel, ctx.tense)
    if parts.get("part", "").lower() in _TIMED_PARTS:
        return _day_point(day, _part_code(parts))  # "Tuesday evening" -> 2024-05-28TEV
    return _date(Point(day, DAY))


def _read_dayref(parts: dict[str, str], ctx: Context) -> Normalised | None:
    if ctx.dct is None:
        return Normalised("DATE", None)
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[parts["dayref"].lower()]
    offset += {"before": -1, "after": 1}.get(parts.get("twice", "").lower(), 0)
    return _day_point(ctx.dct + timedelta(days=offset), _part_code(parts))


def _read_daypart(parts: dict[str, str], ctx: Context) -> Normalised | None:
    if ctx.dct is None:
        return Normalised("TIME", None)
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[parts["rel"].lower()]
    return _day_point(ctx.dct + timedelta(days=offset), _part_code(parts))


_SAME = ("this", "current", "the", "that", "same", "latest", "recent")
_BACK = ("last", "past", "previous")
_ON = ("next", "coming", "following")
_ANAPHORIC = ("that", "same", "previous", "following", "the")


def _read_relunit(parts: dict[str, str], ctx: Context) -> Normalised | None:
    rel, unit = parts["rel"].lower(), parts.get("unit", "year").lower()
    rel = {"before": "previous", "after": "following"}.get(rel, rel)  # "the day before."
    if rel == "year":  # "year-earlier", "year-ago": the period a year before the one in focus
        base = ctx.recent((QUARTER, HALF), _TOPIC_REACH) or (
            Point(ctx.dct, YEAR) if ctx.dct else None
        )
        if base is None:
            return Normalised("DATE", None)
        return _derived(
            shift(base, -4)
            if base.grain == QUARTER
            else shift(base, -2 if base.grain == HALF else -1)
        )
    if unit == "day" and rel == "the" and "edge" not in parts:
        return None  # "the day" is rarely a reference to a date; "earlier in the day" is
    if unit == "period":
        base = ctx.recent((QUARTER, HALF))
        if base is None or rel not in _SAME:
            return None
        return _date(base)
    if unit == "year" and rel == "the" and _DURATION_BEFORE.search(ctx.before):
        return Normalised("DURATION", "P1Y")
    if rel == "last" and unit == "year" and (focus := ctx.recent((QUARTER,), _CLAUSE_REACH)):
        return _derived(shift(focus, -4))  # "$2 a share in the quarter, up from $1 last year"
    if rel in ("past", "last") and unit in ("decade", "century"):
        return Normalised("DURATION", duration_value(1, unit))
    if ctx.dct is None:
        return Normalised("DATE", None)
    grain = {"morning": DAY, "weekend": WEEK, "decade": DECADE}.get(
        unit, _UNIT_GRAIN.get(unit, YEAR)
    )
    if unit == "century":
        grain = "century"
    anchor_day = ctx.dct
    if "article" in parts and rel == "next" and unit in ("day", "morning"):
        rel = "following"  # "appeared in court the next morning": the day after the one in focus
    if rel in _ANAPHORIC and (recent := ctx.recent((DAY, WEEK, MONTH, QUARTER, YEAR))):
        anchor_day = recent.day
    point = Point(anchor_day, grain, "WE" if unit == "weekend" else None)
    if unit == "weekend" and rel in _SAME and ctx.tense == PAST and anchor_day.weekday() < 5:
        point = shift(point, -1)  # "over the weekend", said on a weekday: the one just past
    if rel in _BACK:
        point = shift(point, -1)
    elif rel in _ON:
        point = shift(point, 1)
    if unit == "morning":
        return Normalised("TIME", f"{point.day.isoformat()}TMO", point)
    return _date(point)


def _read_season(parts: dict[str, str], ctx: Context) -> Normalised | None:
    code = lexicon()["seasons"][parts["season"].lower()]
    if named := _named_year(parts, ctx):
        return _date(Point(season_start(named, code), SEASON, code))
    if ctx.dct is None:
        return Normalised("DATE", f"XXXX-{code}")
    start = season_start(season_year(ctx.dct), code)
    current = season_start(season_year(ctx.dct), season_of(ctx.dct))
    rel = parts.get("rel", "").lower()
    if rel in _BACK:
        start = start if start < current else add_months(start, -12)
    elif rel in _ON:
        start = start if start > current else add_months(start, 12)
    elif rel != "this":
        start = _by_tense(start, ctx.dct, ctx.tense, lambda n: add_months(start, 12 * n))
    return _date(Point(start, SEASON, code))


def _read_quarter(parts: dict[str, str], ctx: Context) -> Normalised | None:
    is_half = parts.get("qh", "").lower() == "half"
    grain, months = (HALF, 6) if is_half else (QUARTER, 3)
    rel = re.sub(r"[\s-]+", " ", parts.get("rel", "").lower())
    if "ord" not in parts:
        base = ctx.recent((grain,))
        if "year" in parts:  # "the 1988 quarter": the quarter in focus, in that year
            quarter = base.day.month if base else ctx.dct.month if ctx.dct else 1
            return _date(Point(date(int(parts["year"]), quarter, 1), grain))
        if rel == "latest" or (base is None and ctx.dct is not None):
            base = Point(ctx.dct, grain) if ctx.dct else None
            if base and (rel in (*_BACK, "latest") or (not rel and ctx.tense == PAST)):
                base = shift(base, -1)
        if base is None:
            return Normalised("DATE", None)
        if rel in ("year earlier", "year ago") or parts.get("yrel", "").lower() == "last":
            base = shift(base, -12 // months)
        elif rel in _BACK and ctx.recent((grain,)):
            base = shift(base, -1)
        return _date(base)
    index = lexicon()["ordinals"][parts["ord"].lower()]
    if is_half and parts["ord"].lower() in ("last", "final"):
        index = 2  # "the last half of 1989"
    if is_half and index > 2:
        return None
    year = _year_anchor(parts, ctx)
    year_rel = (parts.get("yrel") or parts.get("ofrel") or "").lower()
    if year is None:
        return Normalised("DATE", f"XXXX-{'H' if is_half else 'Q'}{index}")
    year += {"last": -1, "next": 1}.get(year_rel, 0)
    if rel in ("year earlier", "year ago"):
        year -= 1
    first = date(year, (index - 1) * months + 1, 1)
    if "year" not in parts and not year_rel and ctx.dct and first > ctx.dct:
        first = add_months(first, -12)  # quarters are reported once they have begun
    return _date(Point(first, grain))


def _read_ago(parts: dict[str, str], ctx: Context) -> Normalised | None:
    unit = unit_of(parts["unit"])
    amount = number(parts["num"])
    direction = parts["dir"].lower()
    backwards = direction in ("ago", "earlier", "before")
    if amount is None or amount != int(amount):
        return Normalised("DATE", "PAST_REF" if backwards else "FUTURE_REF")
    if ctx.dct is None:
        return Normalised("DATE", None)
    steps = int(amount) * (-1 if backwards else 1)
    if unit in ("hour", "minute", "second"):
        return _date(Point(ctx.dct, DAY))
    grain = _UNIT_GRAIN[unit]
    steps *= {"decade": 10, "century": 100, "weekend": 1}.get(unit, 1)
    base = Point(ctx.dct, grain)
    if unit == "year" and amount == 1 and (focus := ctx.recent((QUARTER, HALF), _TOPIC_REACH)):
        return _derived(shift(focus, steps * (4 if focus.grain == QUARTER else 2)))
    if direction in ("earlier", "later", "before", "after") and (
        focus := ctx.recent((DAY, WEEK, MONTH, YEAR))
    ):
        return _derived(shift(Point(focus.day, grain), steps))
    return _date(shift(base, steps))


def _derived(point: Point) -> Normalised:
    """A date read off another mention: not itself an anchor, so shifts do not compound."""
    return Normalised("DATE", point.value())


def _read_duration(parts: dict[str, str], ctx: Context) -> Normalised | None:
    unit = unit_of(parts["unit"])
    if unit not in lexicon()["units"]:
        return None
    num = parts.get("num2") or parts.get("num")
    if num is None:
        return Normalised("DURATION", duration_value(None, unit))
    if unit == "second" and num.lower() in ("a", "an"):
        return None  # "a second round": the ordinal, not a unit
    amount = number(num)
    if num.lower() in ("a", "an", "one") and _FREQUENCY_BEFORE.search(ctx.before):
        return Normalised("SET", duration_value(1, unit))
    return Normalised("DURATION", duration_value(amount, unit))


_NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


def _read_time(parts: dict[str, str], ctx: Context) -> Normalised | None:
    if "named" in parts:
        clock = _NAMED_TIMES[parts["named"].lower()]
    else:
        hour, minute = int(parts["hour"]), int(parts.get("minute", "0"))
        ampm = parts.get("ampm", "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 24:
            return None
        clock = f"{hour:02d}:{minute:02d}"
    if ctx.dct is None:
        return Normalised("TIME", f"XXXX-XX-XXT{clock}")
    day = ctx.dct
    word = parts.get("dayword", "").lower()
    if "month" in parts:
        try:
            day = date(
                int(parts.get("year") or day.year), _month_number(parts["month"]), int(parts["day"])
            )
        except ValueError:
            return None
        if "year" not in parts:  # "9 p.m. March 17": the year by tense, as for a date
            day = _date_year(day, {}, ctx)
    elif word in ("yesterday", "tomorrow"):
        day += timedelta(days=-1 if word == "yesterday" else 1)
    elif word and word not in ("today", "tonight"):
        day = _relative_weekday(ctx.dct, _weekday_number(word), None, ctx.tense)
    elif recent := ctx.recent((DAY,)):
        day = recent.day
    return Normalised("TIME", f"{day.isoformat()}T{clock}", Point(day, DAY))


def _read_holiday(parts: dict[str, str], ctx: Context) -> Normalised | None:
    rule = next(v for k, v in lexicon()["holidays"].items() if k == parts["holiday"].lower())
    year = _year_anchor(parts, ctx)
    if year is None:
        return Normalised("DATE", None)
    day = holiday_date(rule, year)
    rel = parts.get("rel", "").lower()
    if "year" not in parts and not rel and (paired := _paired_year(ctx)):
        return _date(Point(_holiday_by_year(rule, paired), DAY))
    if "year" not in parts and ctx.dct:
        if rel in _BACK:
            year = year if day < ctx.dct else year - 1
        elif rel in _ON:
            year = year if day > ctx.dct else year + 1
        elif rel != "this":
            if ctx.tense == PAST and day > ctx.dct:
                year -= 1
            elif ctx.tense == FUTURE and day < ctx.dct:
                year += 1
        day = holiday_date(rule, year)
    return _date(Point(day, DAY))


def _paired_year(ctx: Context) -> int | None:
    """The year a holiday is coordinated with ("the upcoming 2021 and Christmas"), if any."""
    if not _PAIRED.search(ctx.before):
        return None
    point = ctx.recent((YEAR,), _PAIR_REACH)
    return point.day.year if point else None


def _holiday_by_year(rule: dict[str, int], year: int) -> date:
    """The holiday that goes with a year: the one in it, or the one seeing it in ("2021 and
    Christmas" are greeted together in December 2020)."""
    before = holiday_date(rule, year - 1)
    return before if before >= date(year - 1, 12, 15) else holiday_date(rule, year)


def holiday_date(rule: dict[str, int], year: int) -> date:
    """The date of a holiday rule from the lexicon in a given year."""
    if "easter" in rule:
        return _easter(year) + timedelta(days=rule["easter"])
    if "day" in rule:
        return date(year, rule["month"], rule["day"])
    first = date(year, rule["month"], 1)
    if rule["nth"] > 0:
        day = first + timedelta(
            days=(rule["weekday"] - first.weekday()) % 7 + 7 * (rule["nth"] - 1)
        )
    else:
        last = add_months(first, 1) - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - rule["weekday"]) % 7)
    return day + timedelta(days=rule.get("offset", 0))


def _easter(year: int) -> date:
    """Easter Sunday (Gregorian, anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def _read_vague(parts: dict[str, str], ctx: Context) -> Normalised | None:
    key = re.sub(r"\s+", " ", parts["vague"].lower())
    return Normalised("DATE", lexicon()["vague_refs"][key])


def _read_set(parts: dict[str, str], ctx: Context) -> Normalised | None:
    if "set" in parts:
        return Normalised("SET", lexicon()["sets"][parts["set"].lower()])
    unit = unit_of(parts["unit"])
    if unit in lexicon()["units"]:
        return Normalised("SET", duration_value(1, unit))
    if unit in ("morning", "evening"):
        return Normalised("SET", "P1D")
    return Normalised("SET", f"XXXX-WXX-{_weekday_number(parts['unit'].rstrip('sS')) + 1}")


_READERS: dict[str, Callable[[dict[str, str], Context], Normalised | None]] = {
    "iso": _read_iso,
    "numeric": _read_iso,
    "date": _read_date,
    "month": _read_month,
    "year": _read_year,
    "century": _read_century,
    "weekday": _read_weekday,
    "dayref": _read_dayref,
    "daypart": _read_daypart,
    "relunit": _read_relunit,
    "season": _read_season,
    "quarter": _read_quarter,
    "ago": _read_ago,
    "duration": _read_duration,
    "time": _read_time,
    "holiday": _read_holiday,
    "vague": _read_vague,
    "set": _read_set,
}
