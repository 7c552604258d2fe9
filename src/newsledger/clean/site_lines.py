"""Site boilerplate learnt from a batch of page dumps: lines that repeat across different stories.

A menu, a footer or a newsletter prompt looks the same on every page of a site, while a story's
lines occur in that story only, so when several dumps are ingested together the lines they share
are furniture whatever their shape. Two copies of one story (a wire story reprinted, the same
page saved twice) share their body too, so near-copies are counted once: only lines that recur
across different stories count. A sentence-like line needs more stories than a short one,
because reports on one running story may reuse a background sentence.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from newsledger.clean.dedupe import NearDuplicateIndex, signature
from newsledger.clean.furniture_rules import PROSE_MIN_WORDS, is_terminal, words_of

# Lines this long are compared to tell copies of one story apart.
_STORY_LINE_WORDS = 12
# Longer lines are never taken for boilerplate: wire copy repeats whole paragraphs.
MAX_WORDS = 30
# A line must occur in this share of the distinct stories (and in two at least; three for a
# sentence-like line).
MIN_SHARE = 0.3


def normal_line(line: str) -> str:
    """The form lines are compared in: whitespace collapsed, lower case."""
    return " ".join(line.split()).lower()


def site_boilerplate(dumps: Iterable[str]) -> set[str]:
    """The normalised lines that repeat across the distinct stories among `dumps`.

    Only each dump's set of candidate lines and a MinHash sketch of its long lines are kept
    while reading, so a large batch is not held in memory.
    """
    index = NearDuplicateIndex()
    seen: Counter[str] = Counter()
    stories = 0
    for n, dump in enumerate(dumps):
        lines = [line.strip() for line in dump.splitlines() if line.strip()]
        story = "\n".join(line for line in lines if len(words_of(line)) >= _STORY_LINE_WORDS)
        if story:
            sketch = signature(story)  # once: finding and adding both need it
            if index.find_signature(sketch) is not None:
                continue  # a copy of a story already counted
            index.add_signature(str(n), sketch)
        stories += 1
        seen.update({normal_line(line) for line in lines if len(words_of(line)) <= MAX_WORDS})
    needed = max(2, math.ceil(MIN_SHARE * stories))
    return {
        line
        for line, count in seen.items()
        if count >= (max(3, needed) if _sentence_like(line) else needed)
    }


def _sentence_like(line: str) -> bool:
    return len(words_of(line)) >= PROSE_MIN_WORDS and is_terminal(line)
