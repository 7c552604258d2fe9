"""Quote attribution quality and cost on PolNeAR dev, side by side with textacy; FNC-1 denials.

PolNeAR dev's articles are cut into a tune half and a check half by benchmarks/splits.py (by
file name); every figure is printed for all, tune and check (PolNeAR train is a training set and
is not scored). Matching rule (printed with the tables): a predicted quote matches a gold
attribution when their content spans share at least half of the shorter one (one-to-one, greedy
by overlap); the stricter "longer" rows need at least half of the longer one, so a prediction
that covers a sliver of a long attribution, or swallows a short one, no longer counts; its
speaker is right when the predicted speaker span overlaps the gold Source span (or both have
none). One quote record is one prediction: the extractor gives a quotation its attribution
interrupts ('"Q1," she said. "Q2."', one discontinuous content in the gold) as one record whose
`parts` are the content spans. The "newsledger" rows also count a speaker given as the
antecedent of a relative pronoun ("Obama, who said ...") as the pronoun the gold marks; the
"per record" rows take the speaker span as given. Prints detection P/R/F1, speaker accuracy on
matches, end-to-end P/R/F1, and the time of each quote extractor against the spaCy parse; then
the same without the one-to-one constraint (a prediction is right when it matches any gold
attribution, a gold one found when any prediction matches it).

    .venv/bin/python benchmarks/quotes.py [--data ../shared/data] [--limit N] [--fnc1]
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from newsledger import nlp
from newsledger.extract import cues
from newsledger.extract.quotes import extract_quotes

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import split  # noqa: E402

RULES = {"shorter": min, "longer": max}  # a match shares at least half of this span


@dataclass
class Attribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]


@dataclass
class Predicted:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]


def read_ann(path: Path) -> list[Attribution]:
    """The attribution relations of one BRAT file (records may continue over several lines)."""
    records: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line[:1] in ("T", "E", "#") and "\t" in line and line.split("\t")[0][1:].isdigit():
            records.append(line)
        elif records:
            records[-1] += "\n" + line
    spans: dict[str, list[tuple[int, int]]] = {}
    relations: list[dict[str, str]] = []
    for record in records:
        ident, rest = record.split("\t", 1)
        if ident.startswith("T"):
            label_offsets = rest.split("\t", 1)[0]
            _, offsets = label_offsets.split(" ", 1)
            spans[ident] = [
                (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))
            ]
        elif ident.startswith("E"):
            relations.append(dict(arg.split(":", 1) for arg in rest.split()))
    return [
        Attribution(
            spans[r["Content"]], spans.get(r.get("Source", ""), []), spans.get(r.get("Cue", ""), [])
        )
        for r in relations
        if "Content" in r
    ]


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(spans: list[tuple[int, int]]) -> int:
    return sum(e - s for s, e in spans)


def score(
    preds: list[Predicted], golds: list[Attribution], rule: str = "shorter"
) -> tuple[int, int, int, int]:
    """(matched, matched with gold source, right speaker among matched, right end-to-end).

    `rule` names the span whose half must be shared: "shorter" or the stricter "longer".
    """
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            shared = overlap(p.content, g.content)
            if shared and shared * 2 >= RULES[rule](length(p.content), length(g.content)):
                pairs.append((shared, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = with_source = right_speaker = right = 0
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched += 1
        gold, pred = golds[j], preds[i]
        ok = overlap(pred.source, gold.source) > 0 if gold.source else not pred.source
        if gold.source:
            with_source += 1
            right_speaker += ok
        right += ok
    return matched, with_source, right_speaker, right


def score_any(preds: list[Predicted], golds: list[Attribution]) -> tuple[int, int, int, int]:
    """Without one-to-one matching: (predictions matching a gold, golds matched, predictions
    matching a gold with the right speaker, golds matched with the right speaker)."""

    def match(p: Predicted, g: Attribution) -> bool:
        shared = overlap(p.content, g.content)
        return bool(shared) and shared * 2 >= min(length(p.content), length(g.content))

    def right(p: Predicted, g: Attribution) -> bool:
        return overlap(p.source, g.source) > 0 if g.source else not p.source

    pairs = [(i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if match(p, g)]
    return (
        len({i for i, _ in pairs}),
        len({j for _, j in pairs}),
        len({i for i, j in pairs if right(preds[i], golds[j])}),
        len({j for i, j in pairs if right(preds[i], golds[j])}),
    )


def ours_per_quote(doc) -> list[Predicted]:
    """Each quote record as one prediction, its speaker span as given."""
    return [
        Predicted(
            q.spans(),
            [(q.speaker_start, q.speaker_end)] if q.speaker_start is not None else [],
        )
        for q in extract_quotes(doc)
    ]


def ours(doc) -> list[Predicted]:
    """Each quote record as one prediction (a split quotation is one record, its `parts` the
    discontinuous content the gold annotates), a relative pronoun's antecedent counting as
    the pronoun the gold marks as speaker."""
    preds = []
    for q in extract_quotes(doc):
        source = [(q.speaker_start, q.speaker_end)] if q.speaker_start is not None else []
        preds.append(Predicted(q.spans(), source + _relative_pronoun(doc, q)))
    return preds


def _relative_pronoun(doc, q) -> list[tuple[int, int]]:
    """ "Obama, who said ...": we give the antecedent as the speaker, PolNeAR (which has no
    coreference) marks the pronoun; either mention of the speaker counts."""
    if q.speaker_start is None or q.cue_start is None:
        return []
    cue = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    if cue is None or cue.root.dep_ != "relcl":
        return []
    return [
        (c.idx, c.idx + len(c.text))
        for c in cue.root.children
        if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")
    ]


def textacy_quotes(doc) -> list[Predicted]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except (ValueError, IndexError, TypeError):  # textacy raises on some quote layouts
        return out
    for t in triples:
        source = [(tok.idx, tok.idx + len(tok.text)) for tok in t.speaker]
        out.append(Predicted([(t.content.start_char, t.content.end_char)], source))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def polnear(data: Path, limit: int | None) -> None:
    root = data / "quotes" / "polnear" / "dev"
    texts = sorted((root / "text").glob("*.txt"))[:limit]
    articles = []
    for path in texts:
        anns = sorted((root / "attributions").glob(path.stem + "_*.ann"))
        if anns:
            with open(path, encoding="utf-8", newline="") as f:
                text = f.read()
            articles.append((path.stem, text, read_ann(anns[0])))
    pipeline = nlp.load()
    t0 = time.perf_counter()
    docs = list(pipeline.pipe([t for _, t, _ in articles], batch_size=16))
    parse_s = time.perf_counter() - t0
    names = [name for name, _, _ in articles]
    halves = {"all": names} | split(names, key=lambda n: n)

    systems = [("newsledger", ours), ("  per record", ours_per_quote)]
    if importlib.util.find_spec("textacy") is not None:
        systems.append(("textacy", textacy_quotes))
    else:
        print("textacy is not installed: its rows are left out")
    preds_of: dict[str, dict[str, list[Predicted]]] = {}
    seconds: dict[str, float] = {}
    for name, extractor in systems:
        t0 = time.perf_counter()
        preds_of[name] = {n: extractor(doc) for n, doc in zip(names, docs, strict=True)}
        seconds[name] = time.perf_counter() - t0
    golds = {name: gold for name, _, gold in articles}

    n = len(articles)
    print(f"PolNeAR dev: {n} articles, one annotator file each; spaCy {pipeline.meta['name']}")
    print(
        "matching rule: one-to-one, greedy by overlap; a prediction matches a gold attribution "
        "when their contents share at least half of the shorter span ('shorter' rows) or of the "
        "longer span ('longer' rows, stricter); the speaker is right when its span overlaps the "
        "gold Source (or both have none); one quote record = one prediction (a split "
        "quotation's parts are one record); 'per record' rows give no credit for a relative "
        "pronoun's antecedent"
    )
    head = f"{'system':<15}{'half':<6}{'rule':<8}{'pred':>6}{'gold':>6}{'det P':>8}{'det R':>8}"
    head += f"{'det F1':>8}{'spk acc':>9}{'e2e P':>8}{'e2e R':>8}{'e2e F1':>8}"
    print(head)
    print("-" * len(head))
    for name, _ in systems:
        for half, members in halves.items():
            for rule in RULES:
                totals = [0, 0, 0, 0]
                for member in members:
                    for k, v in enumerate(score(preds_of[name][member], golds[member], rule)):
                        totals[k] += v
                matched, with_source, right_speaker, right = totals
                n_pred = sum(len(preds_of[name][m]) for m in members)
                n_gold = sum(len(golds[m]) for m in members)
                dp, dr, df = prf(matched, n_pred, n_gold)
                ep, er, ef = prf(right, n_pred, n_gold)
                spk = right_speaker / with_source if with_source else 0.0
                print(
                    f"{name:<15}{half:<6}{rule:<8}{n_pred:>6}{n_gold:>6}{dp:>8.3f}{dr:>8.3f}"
                    f"{df:>8.3f}{spk:>9.3f}{ep:>8.3f}{er:>8.3f}{ef:>8.3f}"
                )
    print("\nwithout one-to-one matching (rule 'shorter')")
    print(f"{'system':<15}{'half':<6}{'pred':>6}{'gold':>6}{'det P':>8}{'det R':>8}{'det F1':>8}"
          f"{'e2e P':>8}{'e2e R':>8}{'e2e F1':>8}")  # fmt: skip
    for name, _ in systems:
        for half, members in halves.items():
            loose = [0, 0, 0, 0]
            for member in members:
                for k, v in enumerate(score_any(preds_of[name][member], golds[member])):
                    loose[k] += v
            pred_ok, gold_ok, pred_right, gold_right = loose
            n_pred = sum(len(preds_of[name][m]) for m in members)
            n_gold = sum(len(golds[m]) for m in members)
            dp, dr = pred_ok / n_pred if n_pred else 0.0, gold_ok / n_gold
            ep, er = pred_right / n_pred if n_pred else 0.0, gold_right / n_gold
            df = 2 * dp * dr / (dp + dr) if dp + dr else 0.0
            ef = 2 * ep * er / (ep + er) if ep + er else 0.0
            print(
                f"{name:<15}{half:<6}{n_pred:>6}{n_gold:>6}{dp:>8.3f}{dr:>8.3f}{df:>8.3f}"
                f"{ep:>8.3f}{er:>8.3f}{ef:>8.3f}"
            )
    ours_s = seconds["newsledger"]
    print(
        f"\nspaCy parse: {1000 * parse_s / n:.1f} ms/article; quote stages (ms/article): "
        + ", ".join(f"{name.strip()} {1000 * s / n:.1f}" for name, s in seconds.items())
        + f"; newsledger = {100 * ours_s / (parse_s + ours_s):.1f}% of parse + quotes"
    )


def fnc1(data: Path, per_class: int) -> None:
    """Does a `denies` quote in headline + body find FNC-1's "disagree" pairs?"""
    root = data / "claims" / "fnc1"
    with open(root / "competition_test_bodies.csv", encoding="utf-8", newline="") as f:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(f)}
    with open(root / "competition_test_stances.csv", encoding="utf-8", newline="") as f:
        pairs = list(csv.DictReader(f))
    rng = random.Random(4)
    disagree = [p for p in pairs if p["Stance"] == "disagree"]
    related = [p for p in pairs if p["Stance"] in ("agree", "discuss")]
    unrelated = [p for p in pairs if p["Stance"] == "unrelated"]
    sample = {
        "disagree": rng.sample(disagree, min(per_class, len(disagree))),
        "agree/discuss": rng.sample(related, min(per_class, len(related))),
        "unrelated": rng.sample(unrelated, min(per_class, len(unrelated))),
    }
    pipeline = nlp.load()
    texts = {}
    for group in sample.values():
        for p in group:
            texts[(p["Headline"], p["Body ID"])] = p["Headline"] + "\n\n" + bodies[p["Body ID"]]
    keys = list(texts)
    lex = cues.load()
    by_quote, by_any = {}, {}
    for key, doc in zip(keys, pipeline.pipe([texts[k] for k in keys], batch_size=16), strict=True):
        by_quote[key] = any(q.stance == "denies" for q in extract_quotes(doc))
        # The outlet's own voice too ("The story is a hoax."), as attach_sources reads it.
        by_any[key] = by_quote[key] or any(lex.denies_event(s) for s in doc.sents)
    n = {name: len(group) for name, group in sample.items()}
    print(f"\nFNC-1 competition test, sample of {per_class} pairs per group (seed 4)")
    print(f"{'denies found in':<22}{'group':<16}{'pairs':>7}{'denies':>8}{'rate':>7}")
    for label, denied in (("a quote", by_quote), ("a quote or sentence", by_any)):
        flagged = {
            name: sum(denied[(p["Headline"], p["Body ID"])] for p in group)
            for name, group in sample.items()
        }
        for name in sample:
            rate = flagged[name] / n[name]
            print(f"{label:<22}{name:<16}{n[name]:>7}{flagged[name]:>8}{rate:>7.2f}")
        tp = flagged["disagree"]
        for against, others in (("agree/discuss", ["agree/discuss"]), ("all others", None)):
            fp = sum(flagged[o] for o in others or ["agree/discuss", "unrelated"])
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / n["disagree"]
            print(f"  denies -> disagree vs {against:<14} P={p:.3f} R={r:.3f} (balanced sample)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N dev articles only")
    parser.add_argument("--fnc1", action="store_true", help="also run the FNC-1 denial check")
    parser.add_argument("--fnc1-pairs", type=int, default=200, help="pairs sampled per group")
    args = parser.parse_args()
    if not (args.data / "quotes" / "polnear" / "dev").is_dir():
        sys.exit(f"PolNeAR dev data not found under {args.data} (pass --data)")
    polnear(args.data, args.limit)
    if args.fnc1:
        if not (args.data / "claims" / "fnc1").is_dir():
            sys.exit(f"FNC-1 data not found under {args.data}")
        fnc1(args.data, args.fnc1_pairs)


if __name__ == "__main__":
    main()
