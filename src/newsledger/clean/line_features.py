"""Features of each line of a text dump, for the furniture model.

A dump has lost its markup, so a line is described by its shape (length, sentence punctuation,
stop words, digits, separators, furniture words), by its words' standing in the training pages
(a vocabulary of words that mark furniture or article lines across many sites, learnt by
learn_vocabulary), by its overlap with the page's first line (usually the page title), by where
it sits (the run of prose that is the article, its segment, its position) and by its neighbours;
the model's second stage adds its neighbours' first-stage scores (context_features). The model's
weights and vocabulary (data/furniture_model.json) are tied to FEATURE_NAMES: change one, retrain
the other (benchmarks/train_furniture.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from newsledger.clean.furniture_rules import (
    PROSE_MIN_WORDS,
    is_terminal,
    lexicon,
    lexicon_hits,
    rule_kind,
    words_of,
)

_SEPARATORS = re.compile(r"[|•·›»«/>]| - ")
_URL = re.compile(r"https?://|www\.|\S+@\S+\.\w+|\.(?:com|de|org|net|html?)\b", re.I)
_DATE = re.compile(
    r"\b\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"
)


_BASE_NAMES = (
    "log_chars",
    "log_words",
    "terminal",
    "colon_end",
    "punct_rate",
    "comma_rate",
    "alpha_ratio",
    "digit_ratio",
    "upper_ratio",
    "title_ratio",
    "stop_ratio",
    "separators",
    "lexicon_cover",
    "lexicon_words",
    "reader_words",
    "rule_hit",
    "has_url",
    "starts_symbol",
    "date_like",
    "mean_word_len",
    "prose",
)
_NEIGHBOUR_BASE = ("log_words", "terminal", "stop_ratio", "prose", "rule_hit", "lexicon_words")
FEATURE_NAMES: tuple[str, ...] = (
    *_BASE_NAMES,
    "duplicate",
    "rel_pos",
    "rel_char",
    "prose_win2",
    "prose_win5",
    "prose_win10",
    "inside_prose_span",
    "log_dist_prose",
    "in_main_block",
    "log_dist_main_block",
    "chars_vs_max",
    "short_in_block",
    "segment_share",
    "words_vs_prose",
    "stop_vs_prose",
    "cohesion_prose",
    "cohesion_block",
    "after_block",
    "pos_in_block",
    "vocab_mean",
    "vocab_max",
    "vocab_min",
    "vocab_known",
    "vocab_lead",
    "title_overlap",
    "in_title",
    *(f"prev_{n}" for n in _NEIGHBOUR_BASE),
    *(f"next_{n}" for n in _NEIGHBOUR_BASE),
    *(f"prev2_{n}" for n in _NEIGHBOUR_BASE),
    *(f"next2_{n}" for n in _NEIGHBOUR_BASE),
    "prev_vocab_mean",
    "next_vocab_mean",
)


def _base_features(line: str) -> list[float]:
    # C loops (map, filter, str methods) where they can: this runs for every line of a dump.
    lex = lexicon()
    words = words_of(line)
    lowered = [w.lower() for w in words]
    n_words = max(len(words), 1)
    letters = "".join(filter(str.isalpha, line))
    n_letters = max(len(letters), 1)
    alpha_words = [w for w in words if w[0].isalpha()]
    stop = sum(map(lex.stopwords.__contains__, lowered))
    _kind, cover, hits = lexicon_hits(words)
    terminal = is_terminal(line)
    return [
        math.log1p(len(line)),
        math.log1p(len(words)),
        float(terminal),
        float(line.rstrip().endswith(":")),
        sum(line.count(p) for p in ".,;:!?") / n_words,
        line.count(",") / n_words,
        len(letters) / max(len(line), 1),
        sum(map(str.isdigit, line)) / max(len(line), 1),
        sum(map(str.isupper, letters)) / n_letters,
        sum(map(str.isupper, [w[0] for w in alpha_words])) / max(len(alpha_words), 1),
        stop / n_words,
        min(len(_SEPARATORS.findall(line)), 3) / 3,
        cover,
        min(hits, 3) / 3,
        min(sum(map(lex.reader_words.__contains__, lowered)), 3) / 3,
        float(rule_kind(line) is not None),
        float(bool(_URL.search(line))),
        float(not line[:1].isalnum() and line[:1] not in "\"'„“«(‘"),
        float(bool(_DATE.search(line))),
        min(sum(map(len, words)) / n_words, 15) / 15,
        float(len(words) >= PROSE_MIN_WORDS and (terminal or "," in line)),
    ]


def _main_block(words: list[int], prose: list[float]) -> tuple[int, int]:
    """The run of lines with the most prose words (maximum-sum segment): where the article is."""
    best, best_span, run, start = 0.0, (0, -1), 0.0, 0
    for i, (n, p) in enumerate(zip(words, prose, strict=True)):
        score = n if p else -3.0
        if run <= 0:
            run, start = score, i
        else:
            run += score
        if run > best:
            best, best_span = run, (start, i)
    return best_span


def _content_words(line: str) -> list[str]:
    stop = lexicon().stopwords
    return [w for w in (w.lower() for w in words_of(line)) if len(w) >= 4 and w not in stop]


def _cohesion(words: list[str], vocab: Counter[str], counted: bool) -> float:
    """Share of a line's content words that other lines of `vocab` also use: the article's lines
    share its topic words, while teasers and prompts are about something else."""
    if not words:
        return 0.0
    own = 1 if counted else 0
    return sum(vocab[w] - own > 0 for w in set(words)) / len(set(words))


def _segment_shares(words: list[int], prose: np.ndarray, gap: int = 3) -> list[float]:
    """For each line, the share of the page's prose words in its segment, segments being split
    by `gap` or more non-prose lines in a row: the article is usually the biggest segment."""
    segment_of, segment_words, current, run = [], [0.0], 0, 0
    for n, p in zip(words, prose, strict=True):
        run = 0 if p else run + 1
        if run == gap:
            current += 1
            segment_words.append(0.0)
        segment_of.append(current)
        if p:
            segment_words[current] += n
    total = max(sum(segment_words), 1.0)
    return [segment_words[s] / total for s in segment_of]


# A word enters the vocabulary when at least this many training pages use it.
VOCAB_MIN_PAGES = 4


def _vocab_words(line: str) -> set[str]:
    return {w.lower() for w in words_of(line)}


def learn_vocabulary(
    pages: Iterable[tuple[Sequence[str], Sequence[int]]], min_pages: int = VOCAB_MIN_PAGES
) -> tuple[dict[str, int], dict[str, int]]:
    """For each word, on how many pages it occurs in furniture lines (label 0) and on how many in
    article lines (label 1); lines labelled otherwise are left out.

    Counted by page, not by line, so that one site's menu repeated fifty times weighs like one
    page: what is left are the words that mark furniture (or article text) across sites.
    """
    furniture: Counter[str] = Counter()
    body: Counter[str] = Counter()
    for lines, labels in pages:
        seen: tuple[set[str], set[str]] = (set(), set())
        for line, label in zip(lines, labels, strict=True):
            if label in (0, 1):
                seen[label].update(_vocab_words(line))
        furniture.update(seen[0])
        body.update(seen[1])
    keep = {w for w in furniture.keys() | body.keys() if furniture[w] + body[w] >= min_pages}
    return {w: furniture[w] for w in keep}, {w: body[w] for w in keep}


def vocabulary_scores(furniture: Mapping[str, int], body: Mapping[str, int]) -> dict[str, float]:
    """Smoothed log odds that a page uses a word in furniture rather than in article text."""
    return {
        w: round(math.log((furniture.get(w, 0) + 1) / (body.get(w, 0) + 1)), 3)
        for w in furniture.keys() | body.keys()
    }


def _vocab_features(line: str, vocabulary: Mapping[str, float]) -> list[float]:
    words = [w.lower() for w in words_of(line)]
    scores = [vocabulary[w] for w in words if w in vocabulary]
    if not scores:
        return [0.0, 0.0, 0.0, 0.0, 0.0]
    return [
        sum(scores) / len(scores),
        max(scores),
        min(scores),
        len(scores) / len(words),
        vocabulary.get(words[0], 0.0),
    ]


def _title_features(lines: Sequence[str]) -> np.ndarray:
    """Overlap of each line with the first line, which in a page dump is usually the page
    title ("Headline | Section | Site"): the headline repeats it, teasers and menus do not."""
    rows = np.zeros((len(lines), 2))
    if not lines:
        return rows
    title = lines[0].lower()
    title_words = _vocab_words(title)
    for i, line in enumerate(lines[1:], start=1):
        words = _vocab_words(line)
        if words:
            rows[i, 0] = len(words & title_words) / len(words)
            rows[i, 1] = float(len(words) >= 3 and " ".join(line.lower().split()) in title)
    return rows


def features(lines: Sequence[str], vocabulary: Mapping[str, float] | None = None) -> np.ndarray:
    """One feature row per line (FEATURE_NAMES order); lines are the non-blank lines of a dump.
    `vocabulary` maps words to their furniture log odds (vocabulary_scores)."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    base = np.array([_base_features(line) for line in lines])
    idx = {name: i for i, name in enumerate(_BASE_NAMES)}
    prose = base[:, idx["prose"]]
    n_words = [len(words_of(line)) for line in lines]
    counts = Counter(line.strip().lower() for line in lines)
    chars = np.array([len(line) for line in lines], dtype=float)
    before = np.concatenate([[0.0], np.cumsum(chars)[:-1]])
    prose_idx = np.flatnonzero(prose)
    block_start, block_end = _main_block(n_words, list(prose))
    neighbour_cols = [idx[name] for name in _NEIGHBOUR_BASE]
    segment_share = _segment_shares(n_words, prose)
    prose_rows = base[prose > 0] if prose.any() else base
    mean_words = prose_rows[:, idx["log_words"]].mean()
    mean_stop = prose_rows[:, idx["stop_ratio"]].mean()
    content = [_content_words(line) for line in lines]
    prose_vocab = Counter(w for c, p in zip(content, prose, strict=True) if p for w in set(c))
    block_vocab = Counter(w for c in content[block_start : block_end + 1] for w in set(c))
    vocab = np.array([_vocab_features(line, vocabulary or {}) for line in lines])
    vocab_mean = np.array([0.0, *vocab[:, 0], 0.0])
    title = _title_features(lines)
    pad = np.zeros((2, base.shape[1]))
    padded = np.vstack([pad, base, pad])[:, neighbour_cols]
    # Column by column over all lines at once: one Python step per line made this loop cost
    # as much as the rest of reading a dump.
    at = np.arange(n)
    in_block = (block_start <= at) & (at <= block_end)
    dist_block = np.where(in_block, 0, np.minimum(abs(at - block_start), abs(at - block_end)))
    columns = [
        *base.T,
        np.array([float(counts[line.strip().lower()] > 1) for line in lines]),
        at / max(n - 1, 1),
        before / max(chars.sum(), 1.0),
        _prose_around(prose, 2),
        _prose_around(prose, 5),
        _prose_around(prose, 10),
        ((prose_idx[0] <= at) & (at <= prose_idx[-1])).astype(float)
        if len(prose_idx)
        else np.zeros(n),
        _log_distance_to_other(prose_idx, n),
        in_block.astype(float),
        np.array([math.log1p(d) for d in dist_block.tolist()]),
        chars / max(chars.max(), 1.0),
        (in_block & (np.array(n_words) < 8)).astype(float),
        np.array(segment_share, dtype=float),
        base[:, idx["log_words"]] - mean_words,
        base[:, idx["stop_ratio"]] - mean_stop,
        np.array([_cohesion(content[i], prose_vocab, bool(prose[i])) for i in range(n)]),
        np.array([_cohesion(content[i], block_vocab, bool(in_block[i])) for i in range(n)]),
        (at > block_end).astype(float),
        np.where(in_block, (at - block_start) / max(block_end - block_start, 1), 0.0),
        *vocab.T,
        *title.T,
        *padded[1 : n + 1].T,
        *padded[3 : n + 3].T,
        *padded[0:n].T,
        *padded[4 : n + 4].T,
        vocab_mean[:n],
        vocab_mean[2 : n + 2],
    ]
    return np.column_stack(columns).astype(float)


def _prose_around(prose: np.ndarray, k: int) -> np.ndarray:
    """Per line, the share of prose among the other lines at most `k` away."""
    n = len(prose)
    at = np.arange(n)
    low, high = np.maximum(0, at - k), np.minimum(n, at + k + 1)
    total = np.concatenate([[0.0], np.cumsum(prose)])
    return (total[high] - total[low] - prose) / np.maximum(high - low - 1, 1)


def _log_distance_to_other(prose_idx: np.ndarray, n: int) -> np.ndarray:
    """Per line, log1p of the distance to the nearest prose line other than itself (log1p of
    the line count when there is none)."""
    at = np.arange(n)
    if len(prose_idx) == 0:
        return np.full(n, math.log1p(n))
    left = np.searchsorted(prose_idx, at, "left")  # first prose line at or after
    right = np.searchsorted(prose_idx, at, "right")  # first prose line after
    far = n + 1
    before = np.where(left > 0, at - prose_idx[np.maximum(left - 1, 0)], far)
    last = len(prose_idx) - 1
    after = np.where(right <= last, prose_idx[np.minimum(right, last)] - at, far)
    nearest = np.minimum(before, after).tolist()
    return np.array([math.log1p(d) if d != far else math.log1p(n) for d in nearest])


CONTEXT_NAMES: tuple[str, ...] = (
    "p",
    "p_prev",
    "p_next",
    "p_prev2",
    "p_next2",
    "p_win3",
    "p_win8",
    "p_vs_max",
    "p_max",
    "p_between",
)


def context_features(p: np.ndarray) -> np.ndarray:
    """Second-stage features (CONTEXT_NAMES) from the first stage's body probabilities `p`.

    Why: furniture comes in blocks and the article is one contiguous region, so a line's
    neighbours' scores say much about it; `p_between` is high for a line with article text
    both above and below it (a subheading or list item inside the story).
    """
    n = len(p)
    if n == 0:
        return np.zeros((0, len(CONTEXT_NAMES)))
    pad = np.concatenate([[0.0, 0.0], p, [0.0, 0.0]])
    cumulative = np.concatenate([[0.0], np.cumsum(p)])
    positions = np.arange(n)

    def window(k: int) -> np.ndarray:
        lo, hi = np.maximum(positions - k, 0), np.minimum(positions + k + 1, n)
        return (cumulative[hi] - cumulative[lo] - p) / np.maximum(hi - lo - 1, 1)

    top = max(float(p.max()), 1e-6)
    above = np.maximum.accumulate(np.concatenate([[0.0], p[:-1]]))
    below = np.maximum.accumulate(np.concatenate([p[1:], [0.0]])[::-1])[::-1]
    return np.column_stack(
        [
            p,
            pad[1 : n + 1],
            pad[3 : n + 3],
            pad[0:n],
            pad[4 : n + 4],
            window(3),
            window(8),
            p / top,
            np.full(n, top),
            np.minimum(above, below) / top,
        ]
    )
