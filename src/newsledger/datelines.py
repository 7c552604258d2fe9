"""Datelines: the place (and often the date and agency) a wire story was filed from, opening
its first paragraph: "LIMA (Agency) - ", "NEW DELHI, May 3 -", "OSLO, June 2 (Wire) — ", and
in title case with the agency named, as some agencies write it: "New York (Agency) – ".

A dateline tells where and when the story was written, not where or when anything in it
happened: its place is no actor and its date dates no event (the date is the report's own, the
same kind of anchor as the publication date). Stages that read actors or event times ask here
whether a stretch of text lies inside one.
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"(?:"
    r"[A-Z][A-Z.'’ -]*[A-Z.]"  # the place, in capitals
    r"(?:,[^–—\n-]{0,30})?"  # ", May 3"
    r"\s*(?:\([^)\n]{1,40}\))?"  # "(Agency)"
    r"|"  # or a place in title case, which some agencies use, with the agency named:
    r"[A-Z][a-z.'’]+(?: [A-Z][a-z.'’]+){0,3}"  # "New York", "Paris"
    r"(?:,[^–—\n()-]{0,30})?"  # ", Aug. 24"
    r"\s*\([A-Z][^)\n]{1,30}\)"  # "(AFP)"
    r")"
    r"\s*[–—-]+\s+"  # the dash that ends it
)


def dateline_end(text: str, offset: int) -> int | None:
    """The end offset of the dateline opening the line that holds `offset`, else None."""
    line = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    m = DATELINE.match(text, line, line_end if line_end >= 0 else len(text))
    return m.end() if m is not None else None


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` lies wholly inside a line's opening dateline."""
    stop = dateline_end(text, start)
    return stop is not None and end <= stop
