"""Whether a long text hangs together as one story, or is spun content stitched from unrelated
sentences (keyword-stuffed spam pages).

Why: a spam page made of sentences lifted from anywhere reads, sentence by sentence, like news
("X admitted abducting a child", "the governor pledged ..."), so every later stage would put
its fragments in the ledger as events and quotes. What gives it away is cohesion, the property
of a text that its sentences keep coming back to the same things (Halliday & Hasan's lexical
cohesion; Hearst's TextTiling finds topic shifts by the same overlap of words): in a news story
almost every sentence shares a content word with one of its neighbours, in spun text about a
third do. The measure needs enough sentences to be steady, so short texts are never judged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

CONTENT = ("NOUN", "PROPN", "VERB", "ADJ")
WINDOW = 3  # neighbours on each side a sentence may share a word with
MIN_WORDS = 6  # shorter lines (headings, bylines, captions) are left out
MIN_SENTENCES = 20  # fewer and the rate is too unsteady to judge
LEAST_COHESION = 0.5  # news stories measure 0.67 and up; spun pages about 0.4


def _words(sentence: Span) -> set[str]:
    return {
        t.lemma_.lower()
        for t in sentence
        if t.pos_ in CONTENT and not t.is_stop and len(t.text) > 2
    }


def cohesion(doc: Doc) -> float | None:
    """The share of sentences that share a content word with a neighbour; None for a text too
    short to judge."""
    bags = [_words(s) for s in doc.sents if sum(t.is_alpha for t in s) >= MIN_WORDS]
    if len(bags) < MIN_SENTENCES:
        return None
    linked = 0
    for i, words in enumerate(bags):
        near = range(max(0, i - WINDOW), min(len(bags), i + WINDOW + 1))
        linked += any(words & bags[j] for j in near if j != i)
    return linked / len(bags)


def incoherent(doc: Doc) -> bool:
    """Whether the text is long enough to judge and does not hang together."""
    rate = cohesion(doc)
    return rate is not None and rate < LEAST_COHESION
