"""Who acts and who is acted on: the event coder's participants against annotated news sentences.

`../shared/data/events/cameo_actor_spans_train.txt` holds real news sentences, one token per
line with BIO tags for the main event's source actor (S), target (T) and a reciprocal party
(R, both sides); the event word itself is not marked. Each sentence is analysed alone, as an
article of one sentence, by the whole pipeline (`analyze` with `Stages.load()`), and the
participants of its events are scored against the gold spans.

Split (fixed, no stored list): a sentence is in the *train* part when the SHA-1 of
`splits.SEED`, a NUL and its text (the tokens joined by single spaces) read as a number is below
70 modulo 100, else in the *test* part. The train part may be read sentence by sentence and
trains the role model (scripts/train_roles.py); the test part is only scored.

Matching. The sentence's text is rebuilt from its tokens (single spaces, none before closing
punctuation), so each gold span has character offsets. A produced participant (actor or
recipient, with the character offsets of its mention) *matches* a gold span when the head of
one lies inside the other: the syntactic head (spaCy's span root) of the produced mention falls
inside the gold span's characters, or the head of the gold span falls inside the produced
mention. Matching is one to one, greedy in text order. A participant with no offsets (a place
resolved from the text's setting) matches nothing.

Which event: the gold annotates one event per sentence and the coder may produce several (or
none). Per sentence the produced event whose participants match the most gold spans (ties: the
fewest unmatched participants, then the earliest) is scored; a sentence with no event scores
its gold spans as missed. Every produced event counts, hypothetical and future ones too (the
gold marks who would act as well).

Printed per part, for the whole pipeline and for it without the learned "roles" stage (the
rules alone): participant precision, recall and F1 (matched produced / produced, matched
gold / gold); role accuracy over the matched pairs (actor for S, recipient for T, either for R);
the role-aware F1 (a match counts only with its role right); and the share of sentences whose
scored event has exactly the gold participants in the right roles.

    .venv/bin/python benchmarks/actor_spans.py [--data ../shared/data] [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from splits import SEED  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
FILE = Path("events") / "cameo_actor_spans_train.txt"
TRAIN, TEST = "train", "test"
TRAIN_SHARE = 70  # percent
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "’s", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}


@dataclass(frozen=True)
class Gold:
    """One gold participant: its role (S, T or R) and its characters in the rebuilt text."""

    role: str
    start: int
    end: int


@dataclass
class Sentence:
    text: str
    golds: list[Gold]
    key: str = ""  # the text the split hashes: tokens joined by single spaces


@dataclass(frozen=True)
class Part:
    """A produced participant: its role (actor or recipient) and its mention's characters."""

    role: str
    start: int | None
    end: int | None


@dataclass
class Tally:
    produced: int = 0
    gold: int = 0
    matched: int = 0
    role_right: int = 0
    sentences: int = 0
    exact: int = 0
    with_event: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("produced", "gold", "matched", "role_right", "sentences", "exact"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.with_event += other.with_event


def part_of(text: str) -> str:
    """The part of a sentence (train or test), from its text alone (see the module doc)."""
    digest = hashlib.sha1(f"{SEED}\x00{text}".encode()).hexdigest()
    return TRAIN if int(digest, 16) % 100 < TRAIN_SHARE else TEST


def rebuild(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text of a token list, with light detokenisation, and each token's characters."""
    out: list[str] = []
    spans = []
    length = 0
    for n, token in enumerate(tokens):
        if n and token not in NO_SPACE_BEFORE and tokens[n - 1] not in NO_SPACE_AFTER:
            out.append(" ")
            length += 1
        spans.append((length, length + len(token)))
        out.append(token)
        length += len(token)
    return "".join(out), spans


def parse_block(lines: Iterable[str]) -> Sentence:
    """One sentence of the BIO file: rebuilt text and gold spans."""
    tokens, tags = [], []
    for line in lines:
        word, _, tag = line.rstrip("\n").rpartition(" ")
        tokens.append(word)
        tags.append(tag)
    text, spans = rebuild(tokens)
    golds = []
    begin = None
    for n, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and begin is not None and tags[begin][2:] == tag[2:]
        if begin is not None and not inside:
            golds.append(Gold(tags[begin][2:], spans[begin][0], spans[n - 1][1]))
            begin = None
        if tag.startswith("B-") or (tag.startswith("I-") and begin is None):
            begin = n
    return Sentence(text, golds, " ".join(tokens))


def load(data: Path) -> list[Sentence]:
    """Every annotated sentence, in file order."""
    path = data / FILE
    blocks: list[list[str]] = [[]]
    for line in path.open(encoding="utf-8"):
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [parse_block(b) for b in blocks if b]


def parts(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    out: dict[str, list[Sentence]] = {TRAIN: [], TEST: []}
    for sentence in sentences:
        out[part_of(sentence.key)].append(sentence)
    return out


def head_char(doc, start: int, end: int) -> int | None:
    """The first character of the syntactic head of the characters start..end in `doc`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root.idx


def match(produced: Sequence[Part], golds: Sequence[Gold], doc) -> list[tuple[Part, Gold]]:
    """Produced participants paired one to one with gold spans, head-wise (module doc)."""
    pairs = []
    used: set[int] = set()
    heads = [head_char(doc, g.start, g.end) for g in golds]
    for part in produced:
        if part.start is None or part.end is None:
            continue
        own = head_char(doc, part.start, part.end)
        for n, gold in enumerate(golds):
            if n in used:
                continue
            inside = own is not None and gold.start <= own < gold.end
            covers = heads[n] is not None and part.start <= heads[n] < part.end
            if inside or covers:
                pairs.append((part, gold))
                used.add(n)
                break
    return pairs


def role_right(part: Part, gold: Gold) -> bool:
    return gold.role == "R" or (part.role, gold.role) in (("actor", "S"), ("recipient", "T"))


def event_parts(event) -> list[Part]:
    return [Part("actor", p.start, p.end) for p in event.actors] + [
        Part("recipient", p.start, p.end) for p in event.recipients
    ]


def best_event(events: Sequence, golds: Sequence[Gold], doc) -> list[Part] | None:
    """The participants of the produced event that best fits the gold (module doc)."""
    best, best_key = None, None
    for n, event in enumerate(events):
        found = event_parts(event)
        if not found:
            continue
        matched = len(match(found, golds, doc))
        key = (matched, -(len(found) - matched), -n)
        if best_key is None or key > best_key:
            best, best_key = found, key
    return best


def score_sentence(sentence: Sentence, events: Sequence, doc) -> Tally:
    tally = Tally(gold=len(sentence.golds), sentences=1)
    found = best_event(events, sentence.golds, doc)
    if found is None:
        return tally
    tally.with_event = 1
    pairs = match(found, sentence.golds, doc)
    tally.produced = len(found)
    tally.matched = len(pairs)
    tally.role_right = sum(role_right(p, g) for p, g in pairs)
    complete = len(pairs) == len(found) == len(sentence.golds)
    tally.exact = int(complete and tally.role_right == len(pairs))
    return tally


def analysed(sentences: list[Sentence], stages) -> list[tuple[Sentence, list, object]]:
    """Each sentence with the events the pipeline produces for it and its parse."""
    from newsledger import nlp
    from newsledger.model import Article
    from newsledger.pipeline import analyze

    articles = [Article(id=f"s{n}", body=s.text, language="en") for n, s in enumerate(sentences)]
    out = []
    done = list(analyze(articles, stages))
    docs = nlp.parse([a.body for a in done])
    for sentence, article, doc in zip(sentences, done, docs, strict=True):
        out.append((sentence, article.events, doc))
    return out


def tally(rows: list[tuple[Sentence, list, object]]) -> Tally:
    total = Tally()
    for sentence, events, doc in rows:
        total.add(score_sentence(sentence, events, doc))
    return total


def report(name: str, t: Tally) -> str:
    precision = t.matched / t.produced if t.produced else 0.0
    recall = t.matched / t.gold if t.gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    rp = t.role_right / t.produced if t.produced else 0.0
    rr = t.role_right / t.gold if t.gold else 0.0
    role_f1 = 2 * rp * rr / (rp + rr) if rp + rr else 0.0
    accuracy = t.role_right / t.matched if t.matched else 0.0
    return (
        f"[{name}] {t.sentences} sentences ({t.with_event} with an event), "
        f"{t.gold} gold, {t.produced} produced, {t.matched} matched | "
        f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f} | role acc {accuracy:.3f} | "
        f"role F1 {role_f1:.3f} | exact {t.exact}/{t.sentences} ({t.exact / t.sentences:.3f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="sentences per part")
    args = parser.parse_args()
    if not (args.data / FILE).is_file():
        print(f"no actor spans at {args.data / FILE} (the shared data set is not here)")
        return 0
    from newsledger.pipeline import Stages

    stages = Stages.load()
    print(f"Actor spans: {FILE} split {TRAIN_SHARE}/{100 - TRAIN_SHARE} by hash (seed {SEED!r})")
    runs = (("", stages), (", rules alone", stages.without("roles")))
    for name, sentences in parts(load(args.data)).items():
        sentences = sentences[: args.limit] if args.limit else sentences
        for label, run in runs:
            if label and "roles" not in stages.steps:
                continue
            started = time.perf_counter()
            t = tally(analysed(sentences, run))
            print(report(name + label, t) + f" | {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
