"""Article text with spans marked, built from character offsets.

The text is cut at every span boundary and each piece is escaped on its own before it is
wrapped, so no article text ever reaches the page unescaped, whatever it contains, and
overlapping spans (an entity inside a quote inside an event sentence) simply combine classes.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    css: str  # a class name chosen by the caller, never article text
    title: str | None = None  # tooltip (escaped like everything else)
    anchor: bool = False  # give the span's first piece id="at-START" so links can point at it


def mark(text: str, spans: list[Span]) -> Markup:
    """`text` as HTML, each piece covered by spans wrapped in one <span> with their classes."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    out: list[str] = []
    anchored: set[int] = set()
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[start:end])
        covering = [s for s in valid if s.start <= start and end <= s.end]
        if not covering:
            out.append(piece)
            continue
        classes = " ".join(sorted({s.css for s in covering}))
        titles = "; ".join(s.title for s in covering if s.title)
        title = f' title="{escape(titles)}"' if titles else ""
        anchor = ""
        if start not in anchored and any(s.anchor and s.start == start for s in covering):
            anchored.add(start)
            anchor = f' id="at-{start}"'
        out.append(f'<span class="{escape(classes)}"{anchor}{title}>{piece}</span>')
    return Markup("".join(out))


def excerpt(text: str, start: int, end: int, context: int = 220) -> Markup:
    """The span [start, end) of `text` highlighted with <mark>, with some text around it."""
    if not (0 <= start < end <= len(text)):
        return Markup("")
    lo = max(0, text.rfind("\n", 0, max(0, start - context)) + 1, start - context)
    hi = min(len(text), end + context)
    before = ("…" if lo > 0 else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) else "")
    return Markup(f"{escape(before)}<mark>{escape(text[start:end])}</mark>{escape(after)}")
