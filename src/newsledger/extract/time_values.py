"""TIMEX3 value arithmetic: calendar points at a granularity, shifts, and the dates they span.

Normalisation reasons in calendar points ("the month of a date", "the quarter before") rather
than strings, so this module owns the one mapping between a `Point` and its TIMEX3 value, and
between a value and the ISO interval it covers (what events store as `start`/`end`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# Granularities, finest first; a Point formats itself at its own granularity.
DAY, WEEK, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY = (
    "day",
    "week",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
)
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_ORDER = ["WI", "SP", "SU", "FA"]


@dataclass(frozen=True)
class Point:
    """A calendar unit containing `day` (any day in it), read at granularity `grain`.

    `part` carries the sub-unit code for seasons (SU), day parts (MO) and times (14:30).
    """

    day: date
    grain: str
    part: str | None = None

    def value(self) -> str:
        """The TIMEX3 value of this point, e.g. 2020-07, 2024-SU, 1998-W02, 199X."""
        d = self.day
        if self.grain == DAY:
            text = d.isoformat()
            return f"{text}T{self.part}" if self.part else text
        if self.grain == WEEK:
            year, week, _ = d.isocalendar()
            return f"{year}-W{week:02d}" + (f"-{self.part}" if self.part else "")
        if self.grain == MONTH:
            return f"{d.year}-{d.month:02d}"
        if self.grain == QUARTER:
            return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
        if self.grain == HALF:
            return f"{d.year}-H{1 if d.month <= 6 else 2}"
        if self.grain == SEASON:
            return f"{season_year(d)}-{self.part or season_of(d)}"
        if self.grain == YEAR:
            return str(d.year)
        if self.grain == DECADE:
            return f"{d.year // 10}X"  # TimeBank writes "the 1990s" as 199X
        return f"{d.year // 100:02d}"


def season_of(d: date) -> str:
    """The meteorological season a date falls in (December opens the winter of its year)."""
    return _SEASON_ORDER[(d.month % 12) // 3]


def season_year(d: date) -> int:
    """The year a season is named by: January and February belong to the previous winter."""
    return d.year - 1 if d.month <= 2 else d.year


def season_start(year: int, code: str) -> date:
    return date(year, SEASON_MONTHS[code], 1)


def add_months(d: date, months: int) -> date:
    """`d` moved by whole months, clamped to the last day of the target month."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def shift(point: Point, amount: int) -> Point:
    """The point `amount` units of its own granularity later (earlier when negative)."""
    d = point.day
    if point.grain == DAY:
        moved = d + timedelta(days=amount)
    elif point.grain == WEEK:
        moved = d + timedelta(weeks=amount)
    elif point.grain == MONTH:
        moved = add_months(d, amount)
    elif point.grain in (QUARTER, SEASON):
        moved = add_months(d, 3 * amount)
    elif point.grain == HALF:
        moved = add_months(d, 6 * amount)
    elif point.grain == YEAR:
        moved = add_months(d, 12 * amount)
    elif point.grain == DECADE:
        moved = add_months(d, 120 * amount)
    else:
        moved = add_months(d, 1200 * amount)
    return Point(moved, point.grain, point.part)


_DAY_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_MONTH_RE = re.compile(r"^(\d{4})-(\d\d)$")
_SUB_RE = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")


def value_range(value: str | None) -> tuple[str | None, str | None]:
    """The first and last ISO date a DATE/TIME value covers; (None, None) when it has none."""
    if not value:
        return None, None
    span = _range(value)
    if span is None:
        return None, None
    return span[0].isoformat(), span[1].isoformat()


def _range(value: str) -> tuple[date, date] | None:
    if m := _DAY_RE.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _WEEK_RE.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m := _MONTH_RE.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m := _SUB_RE.match(value):
        year, code = int(m[1]), m[2]
        if code[0] in "QH":
            months = 3 if code[0] == "Q" else 6
            first = date(year, (int(code[1]) - 1) * months + 1, 1)
        else:
            first = season_start(year, code)
            months = 3
        return first, add_months(first, months) - timedelta(days=1)
    if value.endswith("X") and value[:-1].isdigit() and len(value) == 4:
        value = value[:-1]  # a decade, 199X
    if value.isdigit():
        width = {4: 1, 3: 10, 2: 100}.get(len(value))
        if width is None:
            return None
        first_year = int(value) * width
        return date(first_year, 1, 1), date(first_year + width - 1, 12, 31)
    return None
