"""Which PolNeAR *train* attributions the quote extractor misses, and which words are cues.

PolNeAR train (840 articles) is a training set: reading it to grow the cue lexicon and the
constructions of extract/quotes.py keeps the dev halves for measuring. This script prints
counts only (no text of the corpus), so its output may be pasted into a report:

1. recall on train, and the missed gold attributions by cue lemma and by construction
   ("according to", cue after content, nominal cue, colon, passive, ...);
2. for each lemma, how often its tokens in train are inside an annotated Cue span (the
   "cue rate") and how many attributions the extractor finds with it; a lemma is a candidate
   for data/cues.yaml when it is a cue in most of its train uses.

    PYTHONPATH=src .venv/bin/python scripts/polnear_cue_counts.py [--data ../shared/data]
        [--cache /tmp/polnear_train.spacy] [--top 60]

The parse is cached (DocBin) so a rerun after a rule change takes seconds per stage, not the
two minutes of the parse.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

from newsledger import nlp
from newsledger.extract import cues
from newsledger.extract.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from quotes import Attribution, Predicted, overlap, read_ann, score  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"


def articles(data: Path) -> list[tuple[str, str, list[Attribution]]]:
    """(name, text, gold) of each train article, the first annotator file of each."""
    root = data / "quotes" / "polnear" / "train"
    out = []
    for path in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(path.stem + "_*.ann"))
        if anns:
            with open(path, encoding="utf-8", newline="") as f:
                out.append((path.stem, f.read(), read_ann(anns[0])))
    return out


def parsed(texts: list[str], cache: Path) -> list:
    """The parses of `texts`, from the cache when it holds as many docs."""
    pipeline = nlp.load()
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(pipeline.vocab))
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts, strict=True)):
            return docs
    docs = list(pipeline.pipe(texts, batch_size=16))
    bin_ = DocBin(
        attrs=[
            "ORTH",
            "LEMMA",
            "POS",
            "TAG",
            "DEP",
            "HEAD",
            "ENT_IOB",
            "ENT_TYPE",
            "SENT_START",
            "MORPH",
            "SPACY",
        ]
    )
    for doc in docs:
        bin_.add(doc)
    bin_.to_disk(cache)
    return docs


def predictions(doc) -> list[Predicted]:
    out = []
    for q in extract_quotes(doc):
        source = [(q.speaker_start, q.speaker_end)] if q.speaker_start is not None else []
        out.append(Predicted(q.spans(), source))
    return out


def matched_golds(preds: list[Predicted], golds: list[Attribution]) -> set[int]:
    """Gold attributions some prediction matches (half of the shorter content shared)."""
    found = set()
    for j, g in enumerate(golds):
        for p in preds:
            shared = overlap(p.content, g.content)
            lengths = sum(e - s for s, e in p.content), sum(e - s for s, e in g.content)
            if shared and shared * 2 >= min(lengths):
                found.add(j)
                break
    return found


def cue_tokens(doc, gold: Attribution) -> list:
    toks = []
    for s, e in gold.cue:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            toks.extend(span)
    return toks


def cue_lemma(toks: list) -> str:
    """The cue's head word's lemma ("according to" and multi-word cues as their words)."""
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if not words:
        return "(none)"
    if len(words) > 1 and words[0].lower_ == "according":
        return "according to"
    heads = [t for t in words if t.head not in words or t.head == t]
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")] or heads
    return verbs[0].lemma_.lower()


def construction(doc, text: str, gold: Attribution, toks: list) -> str:
    """A rough class of the gold attribution's form, for counting misses."""
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if not gold.cue or not words:
        return "no cue"
    c0 = gold.content[0][0]
    cue0 = gold.cue[0][0]
    head = words[0]
    low = " ".join(t.lower_ for t in words)
    if low.startswith("according"):
        return "according to"
    if ":" in text[max(cue0, 0) : c0] and cue0 < c0:
        return "colon"
    if any(t.dep_ in ("auxpass", "nsubjpass") for t in head.children):
        return "passive"
    if head.pos_ == "NOUN":
        return "nominal cue"
    if head.pos_ == "ADJ":
        return "adjective cue"
    if head.pos_ == "ADP":
        return "preposition cue"
    if cue0 > c0:
        return "cue after content"
    if head.pos_ in ("VERB", "AUX"):
        if head.dep_ in ("acl", "relcl"):
            return "verb: participle/relative"
        if any(t.dep_ == "xcomp" for t in head.children) and not any(
            t.dep_ == "ccomp" for t in head.children
        ):
            return "verb + infinitive"
        if any(t.dep_ == "ccomp" for t in head.children):
            return "verb + clause"
        if any(t.dep_ == "dobj" for t in head.children):
            return "verb + object"
        return "verb: other"
    return f"other ({head.pos_})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/polnear_train.spacy"))
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--min-uses", type=int, default=5)
    args = parser.parse_args()
    arts = articles(args.data)[: args.limit]
    docs = parsed([t for _, t, _ in arts], args.cache)

    n_gold = n_pred = n_match = 0
    missed_by_lemma: Counter[str] = Counter()
    gold_by_lemma: Counter[str] = Counter()
    missed_by_form: Counter[str] = Counter()
    gold_by_form: Counter[str] = Counter()
    cue_uses: Counter[str] = Counter()  # verb/noun/adj tokens of a lemma inside a gold cue
    all_uses: Counter[str] = Counter()
    for (_, text, golds), doc in zip(arts, docs, strict=True):
        preds = predictions(doc)
        n_pred += len(preds)
        n_gold += len(golds)
        n_match += score(preds, golds)[0]
        found = matched_golds(preds, golds)
        in_cue = set()
        for j, g in enumerate(golds):
            toks = cue_tokens(doc, g)
            in_cue.update(t.i for t in toks)
            lemma, form = cue_lemma(toks), construction(doc, text, g, toks)
            gold_by_lemma[lemma] += 1
            gold_by_form[form] += 1
            if j not in found:
                missed_by_lemma[lemma] += 1
                missed_by_form[form] += 1
        for tok in doc:
            if tok.pos_ in ("VERB", "NOUN", "ADJ"):
                key = f"{tok.lemma_.lower()}/{tok.pos_}"
                all_uses[key] += 1
                cue_uses[key] += tok.i in in_cue
    print(
        f"PolNeAR train: {len(arts)} articles, {n_gold} gold, {n_pred} predicted, "
        f"{n_match} matched: P {n_match / max(n_pred, 1):.3f} R {n_match / n_gold:.3f}"
    )
    print("\nmissed by construction (missed / gold)")
    for form, k in missed_by_form.most_common():
        print(f"  {form:<28}{k:>6}{gold_by_form[form]:>7}")
    print(f"\nmissed by cue lemma, top {args.top} (missed / gold)")
    for lemma, k in missed_by_lemma.most_common(args.top):
        print(f"  {lemma:<20}{k:>6}{gold_by_lemma[lemma]:>7}")
    print(
        f"\nlemmas not in the lexicon that are a cue in most of their train uses "
        f"(>= {args.min_uses} uses), by cue uses"
    )
    known = known_lemmas()
    rows = [(cue_uses[k], all_uses[k], k) for k in all_uses if all_uses[k] >= args.min_uses]
    for c, a, k in sorted(rows, reverse=True):
        if c * 2 >= a and k not in known:
            print(f"  {k:<24}{c:>6}{a:>7}{c / a:>7.2f}")


def known_lemmas() -> set[str]:
    """ "lemma/POS" keys the lexicon already covers as a cue of that part of speech."""
    lex = cues.load()
    return (
        {f"{w}/VERB" for w in set(lex.verbs) | lex.as_views | lex.quotation_only | lex.as_only}
        | {f"{w}/NOUN" for w in set(lex.nouns) | lex.documents | lex.stance_holders}
        | {f"{w}/ADJ" for w in lex.adjectives}
    )


if __name__ == "__main__":
    main()
