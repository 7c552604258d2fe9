"""Whether a long text is spun content: sentences stitched from unrelated sources and put in
lower case (keyword-stuffed spam pages), rather than one story or a digest of several.

Why: a spam page made of sentences lifted from anywhere reads, sentence by sentence, like news
("X admitted abducting a child", "the governor pledged ..."), so every later stage would put
its fragments in the ledger as events and quotes. Two things give it away together:
- cohesion, the property of a text that its sentences keep coming back to the same things
  (Halliday & Hasan's lexical cohesion; Hearst's TextTiling finds topic shifts by the same
  overlap of words): in a story almost every sentence shares a content word with one of its
  neighbours;
- case: spinners lower-case what they copy, so names lose their capitals ("governor mitt
  romney"), where edited English capitalises a few words in every hundred past a sentence's
  first.
Neither alone will do: a news digest ("things to know today") or a page of readers' quotes is
as incohesive as spam (PolNeAR's 924 political articles score down to 0.25), and a transcript
may be all lower case. Each needs enough sentences to be steady, so short texts are never judged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

CONTENT = ("NOUN", "PROPN", "VERB", "ADJ")
WINDOW = 3  # neighbours on each side a sentence may share a word with
MIN_WORDS = 6  # shorter lines (headings, bylines, captions) are left out
MIN_SENTENCES = 20  # fewer and the rates are too unsteady to judge
LEAST_COHESION = 0.5  # news stories 0.67 and up, digests down to 0.25, spun pages about 0.4
LEAST_CAPITALS = 0.01  # edited news 0.034 and up (PolNeAR), spun pages 0.002


def _words(sentence: Span) -> set[str]:
    return {
        t.lemma_.lower()
        for t in sentence
        if t.pos_ in CONTENT and not t.is_stop and len(t.text) > 2
    }


def _sentences(doc: Doc) -> list[Span]:
    return [s for s in doc.sents if sum(t.is_alpha for t in s) >= MIN_WORDS]


def cohesion(doc: Doc) -> float | None:
    """The share of sentences that share a content word with a neighbour; None for a text too
    short to judge."""
    bags = [_words(s) for s in _sentences(doc)]
    if len(bags) < MIN_SENTENCES:
        return None
    linked = 0
    for i, words in enumerate(bags):
        near = range(max(0, i - WINDOW), min(len(bags), i + WINDOW + 1))
        linked += any(words & bags[j] for j in near if j != i)
    return linked / len(bags)


def capitals(doc: Doc) -> float | None:
    """The share of words past each sentence's first that begin with a capital letter; None
    for a text too short to judge."""
    sentences = _sentences(doc)
    if len(sentences) < MIN_SENTENCES:
        return None
    words = [t for s in sentences for t in list(s)[1:] if t.is_alpha and len(t.text) > 1]
    return sum(t.text[0].isupper() for t in words) / len(words) if words else None


def incoherent(doc: Doc) -> bool:
    """Whether the text is long enough to judge, does not hang together and has lost its case."""
    rate = cohesion(doc)
    if rate is None or rate >= LEAST_COHESION:
        return False
    case = capitals(doc)
    return case is not None and case < LEAST_CAPITALS
