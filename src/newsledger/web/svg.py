"""Charts drawn on the server as SVG: the pair timeline and counts over time.

Drawn server-side so the pages work without JavaScript and the charts print. Every piece of
text that comes from an article (names, types, dates) goes through `escape`; colours come from
CSS classes (the Content-Security-Policy forbids inline styles).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from markupsafe import Markup, escape

from newsledger.model import Event

WIDTH = 920
ROW = 30
AXIS = 46
LEFT, RIGHT = 24, 24
MARKED = ("disputed", "denied")


@dataclass
class _Tick:
    x: float
    label: str


def _day(value: str) -> date:
    return (
        date.fromisoformat(value[:10])
        if len(value) >= 10
        else date.fromisoformat(value[:7] + "-01")
    )


def timeline(events: list[Event], reported: dict[str, str] | None = None) -> Markup:
    """Events in time order: one row each, a mark at its date on a shared time axis.

    An event with no date of its own is drawn at the day it was first reported (`reported`:
    event id -> ISO date), labelled so and dashed. Disputed and denied events get a hollow
    diamond and their status written next to them; each row links to the event page.
    """
    reported = reported or {}
    placed = []
    for event in events:
        if event.date and event.date.start and not event.date.approximate:
            placed.append((event.date.start, event, False))
        elif event.id in reported:
            placed.append((reported[event.id], event, True))
    placed.sort(key=lambda item: (item[0], item[1].id))
    if not placed:
        return Markup("")
    days = [_day(when) for when, _, _ in placed]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    inner = WIDTH - LEFT - RIGHT

    def x(day: date) -> float:
        return LEFT + inner * ((day - first).days / span if last != first else 0.5)

    height = AXIS + ROW * len(placed) + 12
    parts = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'role="img" aria-label="Timeline of {len(placed)} events" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{LEFT}" y1="{AXIS - 16}" x2="{WIDTH - RIGHT}" y2="{AXIS - 16}"/>',
    ]
    for tick in _ticks(first, last, x):
        parts.append(
            f'<line class="tick" x1="{tick.x:.1f}" y1="{AXIS - 20}" x2="{tick.x:.1f}" '
            f'y2="{height - 6}"/>'
            f'<text class="tick-label" x="{tick.x:.1f}" y="{AXIS - 26}" text-anchor="middle">'
            f"{escape(tick.label)}</text>"
        )
    for row, ((when, event, undated), day) in enumerate(zip(placed, days, strict=True)):
        y = AXIS + ROW * row + ROW / 2
        cx = x(day)
        status = event.status if event.status in ("confirmed", "reported", *MARKED) else "reported"
        extra = " undated" if undated else ""
        if status in MARKED:
            shape = (
                f'<path class="mark st-{status}{extra}" '
                f'd="M{cx:.1f} {y - 8:.1f} l8 8 l-8 8 l-8 -8 z"/>'
            )
        else:
            shape = f'<circle class="mark st-{status}{extra}" cx="{cx:.1f}" cy="{y:.1f}" r="6"/>'
        names = " ↔ ".join(p.name for p in event.actors + event.recipients)
        label = f"reported {when}" if undated else (event.date.value or when)
        label += f" · {event.type}"
        if event.mode:
            label += f" ({event.mode})"
        label += f" · {names}"
        if status in MARKED:
            label += f" · {status.upper()}"
        anchor, dx = ("end", -14) if cx > LEFT + inner * 0.55 else ("start", 14)
        parts.append(
            f'<a href="/events/{quote(event.id)}"><g class="row">'
            f'<line class="guide" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>'
            f"{shape}"
            f'<text class="label st-text-{status}" x="{cx + dx:.1f}" y="{y + 4:.1f}" '
            f'text-anchor="{anchor}">{escape(label)}</text></g></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _ticks(first: date, last: date, x) -> list[_Tick]:
    """Month ticks for spans up to two years, year ticks beyond; at most about ten."""
    if (last - first).days > 730:
        return [_Tick(x(date(y, 1, 1)), str(y)) for y in range(first.year + 1, last.year + 1)]
    months = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        months.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    step = max(1, len(months) // 10)
    ticks = [d for d in months[::step] if first <= d <= last]
    if not ticks:
        return [_Tick(x(first), first.isoformat()), _Tick(x(last), last.isoformat())][
            : 1 if first == last else 2
        ]
    return [_Tick(x(d), d.strftime("%b %Y")) for d in ticks]


def bars(counts: list[tuple[str, int]], label: str = "events per month") -> Markup:
    """A bar chart of counts by period (YYYY-MM), oldest left; every bar carries its count."""
    if not counts:
        return Markup("")
    height, bottom, top = 180, 30, 18
    width = max(240, min(WIDTH, 36 * len(counts) + 40))
    inner = width - 40
    biggest = max(c for _, c in counts)
    slot = inner / len(counts)
    step = max(1, math.ceil(56 / slot))  # a YYYY-MM label is about 50 px wide
    parts = [
        f'<svg class="bars" viewBox="0 0 {width} {height}" width="{width}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="20" y1="{height - bottom}" x2="{width - 20}" '
        f'y2="{height - bottom}"/>',
    ]
    for i, (period, count) in enumerate(counts):
        h = (height - bottom - top) * count / biggest
        bx = 20 + i * slot + slot * 0.15
        parts.append(
            f'<rect class="bar" x="{bx:.1f}" y="{height - bottom - h:.1f}" '
            f'width="{slot * 0.7:.1f}" height="{h:.1f}"><title>{escape(period)}: {count}</title>'
            f'</rect><text class="bar-count" x="{bx + slot * 0.35:.1f}" '
            f'y="{height - bottom - h - 4:.1f}" text-anchor="middle">{count}</text>'
        )
        if i % step == 0:
            parts.append(
                f'<text class="tick-label" x="{bx + slot * 0.35:.1f}" y="{height - 10}" '
                f'text-anchor="middle">{escape(period)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
