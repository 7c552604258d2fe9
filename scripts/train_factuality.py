"""Train the factuality reading of event words (newsledger.extract.factuality).

Learns from the training halves of the two event factuality sets (Jiang & de Marneffe's splits
of UW and MEANTIME, research use): each annotated event word is one row, its features the
word's grammatical setting as `factuality.features` computes it on the spaCy parse of the
set's own tokens, its class whether the annotators' mean score is below ASSERTED (the text does
not tell it as having happened: uncertain, wished, planned or negated). The dev halves are held
out: the script prints the dev figures and picks the flagging threshold there, the lowest
probability at which the flagged dev events are at least PRECISION right (see
pick_threshold). Writes src/newsledger/data/factuality_model.json.

    .venv/bin/python scripts/train_factuality.py [--data ../shared/data] [--C 0.5]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from spacy.tokens import Doc

from newsledger import nlp
from newsledger.extract import events_lexicon
from newsledger.extract.factuality import features, source_words

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsledger" / "data" / "factuality_model.json"
ASSERTED = 1.5  # UW's scale runs from -3 (did not happen) to +3 (happened)
PRECISION = 0.75
SETS = ("uw", "meantime")


def stop_lemmas() -> frozenset[str]:
    """Saying and stance words: where a source's word on the event begins (as in use)."""
    lexicon = events_lexicon.load()
    return source_words(lexicon.speech_verbs, lexicon.report_nouns)


def rows(data: Path, half: str, stop: frozenset[str]) -> tuple[list[list[str]], list[int]]:
    """(features, unasserted?) of every annotated event word of one half of both sets."""
    records = []
    for name in SETS:
        path = data / "claims" / f"factuality_{name}" / f"{half}.jsonl"
        records += [json.loads(line) for line in path.open(encoding="utf-8")]
    language = nlp.load()
    docs = (Doc(language.vocab, words=r["text"].split(" ")) for r in records)
    found, classes = [], []
    for record, doc in zip(records, language.pipe(docs, batch_size=64), strict=True):
        for target in record["targets"]:
            start, _end = target["span1"]
            found.append(features(doc[start], stop))
            classes.append(int(target["label"] < ASSERTED))
    return found, classes


def pick_threshold(probabilities: np.ndarray, truth: np.ndarray) -> float:
    """The lowest probability whose flagged dev events are at least PRECISION right.

    The rules of the event coder have already set most unasserted events aside, so among the
    events this model sees the unasserted are rarer than in the factuality sets, and a flag
    that is right there only a little more often than not would be wrong here more often
    than right; an event flagged wrongly is lost from the ledger. So the bar is precision."""
    for cut in np.arange(0.30, 0.96, 0.01):
        flagged = probabilities >= cut
        if flagged.sum() >= 20 and truth[flagged].mean() >= PRECISION:
            return round(float(cut), 2)
    return 0.95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--C", type=float, default=0.2)
    options = parser.parse_args()
    stop = stop_lemmas()
    train_x, train_y = rows(options.data, "train", stop)
    dev_x, dev_y = rows(options.data, "dev", stop)
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([dict.fromkeys(f, 1) for f in train_x])
    model = LogisticRegression(C=options.C, max_iter=2000, class_weight="balanced")
    model.fit(x, train_y)
    dev = model.predict_proba(vectoriser.transform([dict.fromkeys(f, 1) for f in dev_x]))[:, 1]
    truth = np.array(dev_y, dtype=bool)
    cut = pick_threshold(dev, truth)
    flagged = dev >= cut
    print(f"train: {len(train_y)} event words, {sum(train_y)} not asserted")
    print(f"dev:   {len(dev_y)} event words, {int(truth.sum())} not asserted")
    print(f"dev ROC AUC {roc_auc_score(truth, dev):.3f}")
    print(
        f"threshold {cut}: flags {int(flagged.sum())}, precision {truth[flagged].mean():.3f}, "
        f"recall {truth[flagged].sum() / truth.sum():.3f}"
    )
    names = vectoriser.get_feature_names_out()
    coef = {
        n: round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) > 1e-4
    }
    payload = {
        "source": "scripts/train_factuality.py on factuality_uw + factuality_meantime train",
        "asserted_at": ASSERTED,
        "threshold": cut,
        "intercept": round(float(model.intercept_[0]), 4),
        "coef": dict(sorted(coef.items())),
    }
    OUT.write_text(json.dumps(payload, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(coef)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
