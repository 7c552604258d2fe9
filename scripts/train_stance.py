"""Train the article-stance reading (newsledger.extract.lead_stance): data/stance_model.json.

Training data, all of it training material under the tune/check protocol (benchmarks/splits.py):
- the TUNE half of the FNC-1 dev set that benchmarks/stance.py builds (lead sentence of each body,
  gold agree -> for, disagree -> against, discuss -> observing), cut by claim so that no story
  has bodies in both halves. Its check half is never read here: `dev_set` is split first and
  only the tune rows are featurised;
- unless --no-factuality, every sentence of factuality_uw and factuality_meantime (train and
  dev, Jiang & de Marneffe 2021 splits; research use) whose main verb is an annotated event,
  labelled by that event's factuality: >= FOR_AT for, <= AGAINST_AT against, between observing.
  They teach the cues (negation, modals, hedges, reporting verbs) from thousands of sentences;
  they carry a `domain:factuality` feature, so their very different class mix goes into that
  feature's weight rather than into the model's priors, and a weight of FACTUALITY_WEIGHT each.
Words outside the codebook (`lemma:` features) are kept only when the tune leads use them in
stories about at least MIN_CLAIMS different claims (bodies linked through the headlines FNC-1
pairs them with), so no story's topic word ships. Each text is parsed and run through the
shipped pipeline up to its `stance` stage, so the features are those the stage sees at run time.
Prints repeated 5-fold cross-validated figures on the FNC-1 tune rows, grouped by claim so that
copies of one story never sit on both sides of a fold (a training figure; benchmarks/stance.py
scores the check half).

    .venv/bin/python scripts/train_stance.py [--data ../shared/data] [--no-factuality] [--C 0.3]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from newsledger import nlp
from newsledger.extract import lead_stance
from newsledger.model import Article
from newsledger.pipeline import Stages

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsledger" / "data" / "stance_model.json"
sys.path.insert(0, str(ROOT / "benchmarks"))
from splits import TUNE  # noqa: E402
from stance import claim_groups, dev_set, halves  # noqa: E402

FOR_AT, AGAINST_AT = 2.5, -1.5  # factuality of the main event -> reading
FACTUALITY_WEIGHT = 0.1
AGAINST_WEIGHT = 2.0  # the rare class counts double: a model must not learn to never deny
MIN_CLAIMS = 5
DOMAIN = "domain:factuality"
FACTUALITY_FILES = ("uw/train", "uw/dev", "meantime/train", "meantime/dev")
CLITIC = re.compile(r" ([,.;:!?%)\]]|'s|n't|'re|'ll|'ve|'m|'d)(?=\s|$)")


def fnc_tune_rows(data: Path) -> list[tuple[str, str, str]]:
    """(lead, gold, claim) of the tune half of benchmarks/stance.py's FNC-1 dev set."""
    rows = dev_set(data)
    tune = halves(rows, data)[TUNE]
    claims = claim_groups(data)
    return [(lead, gold, claims[body]) for body, lead, gold in tune]


def factuality_rows(data: Path) -> list[tuple[str, list[dict]]]:
    """(detokenised sentence, its annotated events) of the factuality sets."""
    out = []
    for name in FACTUALITY_FILES:
        path = data / "claims" / f"factuality_{name}.jsonl"
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            out.append((_detokenise(row["text"]), row["targets"]))
    return out


def _detokenise(text: str) -> str:
    text = CLITIC.sub(r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    return text.replace("`` ", '"').replace(" ''", '"')


def featurise(texts: list[str], stages: Stages) -> Iterable[tuple[dict[str, float], str]]:
    """Each text's stance features, as the pipeline's `stance` stage computes them, and the
    word of its first sentence's main verb."""
    before = []
    for name, step in stages.steps.items():
        if name == "stance":
            break
        before.append(step)
    for text, doc in zip(texts, nlp.parse(texts, batch_size=64), strict=True):
        article, ctx = Article(id="training", body=text), stages.context()
        for step in before:
            step(doc, article, ctx)
        lead = lead_stance.lead_span(doc)
        root = next(iter(doc.sents)).root.text if len(doc) else ""
        found = lead_stance.features(lead, ctx.events, ctx.quotes) if lead is not None else {}
        yield found, root


def shared_words(rows: list[dict[str, float]], claims: list[str]) -> set[str]:
    """The `lemma:` features found in leads about at least MIN_CLAIMS different claims."""
    seen: dict[str, set[str]] = {}
    for found, claim in zip(rows, claims, strict=True):
        for name in found:
            if name.startswith("lemma:"):
                seen.setdefault(name, set()).add(claim)
    return {name for name, where in seen.items() if len(where) >= MIN_CLAIMS}


def keep_words(found: dict[str, float], words: set[str]) -> dict[str, float]:
    """The features without the `lemma:` ones of too few claims."""
    return {k: v for k, v in found.items() if not k.startswith("lemma:") or k in words}


def factuality_reading(value: float) -> str:
    if value >= FOR_AT:
        return "for"
    return "against" if value <= AGAINST_AT else "observing"


def cross_validate(
    fnc: list[dict[str, float]],
    gold: list[str],
    claims: list[str],
    extra: list[dict[str, float]],
    extra_gold: list[str],
    C: float,
) -> Counter[str]:
    """Repeated 5-fold CV over the FNC-1 rows, folds by claim (extra rows always train)."""
    labels, figures = np.array(gold), Counter()
    repeats = 5
    for seed in range(repeats):
        predicted = np.empty(len(labels), dtype=object)
        shuffled = np.random.RandomState(seed).permutation(sorted(set(claims)))
        order = {claim: n for n, claim in enumerate(shuffled)}
        groups = [order[c] for c in claims]
        for train, test in GroupKFold(5).split(fnc, labels, groups):
            model, vectoriser = fit(
                [fnc[i] for i in train] + extra,
                [gold[i] for i in train] + extra_gold,
                len(extra),
                C,
            )
            predicted[test] = model.predict(vectoriser.transform([fnc[i] for i in test]))
        figures["accuracy"] += (predicted == labels).mean() / repeats
        for reading in lead_stance.READINGS:
            mask = labels == reading
            figures[reading] += (predicted[mask] == reading).mean() / repeats
    return figures


def fit(rows, gold, n_extra: int, C: float):
    weights = [1.0] * (len(rows) - n_extra) + [FACTUALITY_WEIGHT] * n_extra
    weights = [
        w * (AGAINST_WEIGHT if g == "against" else 1.0) for w, g in zip(weights, gold, strict=True)
    ]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(rows)
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(matrix, gold, sample_weight=weights)
    return model, vectoriser


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--no-factuality", action="store_true", help="FNC-1 tune rows only")
    parser.add_argument("--C", type=float, default=0.3, help="inverse regularisation strength")
    options = parser.parse_args()
    if not (options.data / "claims" / "fnc1" / "competition_test_stances.csv").is_file():
        sys.exit(f"FNC-1 data not found under {options.data} (pass --data)")
    stages = Stages.load()
    fnc = fnc_tune_rows(options.data)
    fnc_rows = [found for found, _ in featurise([t for t, _, _ in fnc], stages)]
    fnc_gold, claims = [g for _, g, _ in fnc], [c for _, _, c in fnc]
    words = shared_words(fnc_rows, claims)
    extra, extra_gold, sources = [], [], ["FNC-1 dev tune half"]
    if not options.no_factuality:
        rows = factuality_rows(options.data)
        for (_, targets), (found, root) in zip(
            rows, featurise([t for t, _ in rows], stages), strict=True
        ):
            value = next((t["label"] for t in targets if t["span_text"] == root), None)
            if value is not None:
                extra.append(keep_words(found, words) | {DOMAIN: 1.0})
                extra_gold.append(factuality_reading(value))
        sources.append(
            f"factuality_uw + factuality_meantime main events (weight {FACTUALITY_WEIGHT})"
        )
    print(f"training rows: FNC-1 tune {len(fnc_rows)} {dict(Counter(fnc_gold))}")
    print(f"  factuality {len(extra)} {dict(Counter(extra_gold))}")
    fnc_rows = [keep_words(found, words) for found in fnc_rows]
    print(f"words of at least {MIN_CLAIMS} claims kept: {len(words)}")
    figures = cross_validate(fnc_rows, fnc_gold, claims, extra, extra_gold, options.C)
    balanced = sum(figures[r] for r in lead_stance.READINGS) / len(lead_stance.READINGS)
    baseline = fnc_gold.count("observing") / len(fnc_gold)
    print(
        f"5x5-fold CV by claim on the FNC-1 tune rows: accuracy {figures['accuracy']:.3f} "
        f"(always observing {baseline:.3f}), balanced accuracy {balanced:.3f}, recall "
        + ", ".join(f"{r} {figures[r]:.3f}" for r in lead_stance.READINGS)
    )
    model, vectoriser = fit(fnc_rows + extra, fnc_gold + extra_gold, len(extra), options.C)
    payload = {
        "source": f"scripts/train_stance.py on {', '.join(sources)}, C={options.C}",
        "cross_validated": {k: round(float(v), 3) for k, v in figures.items()},
        "classes": [str(c) for c in model.classes_],
        "vocab": {term: int(i) for term, i in vectoriser.vocabulary_.items()},
        "coef": [[round(float(v), 4) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 4) for v in model.intercept_],
    }
    OUT.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=True), "utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(payload['vocab'])} features)")


if __name__ == "__main__":
    main()
