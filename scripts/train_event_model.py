"""Train the category chooser of the event coder (newsledger.extract.events_model).

Reads NGEC's synthetic PLOVER stories (ahalterman/NGEC, MIT; labels are the headline template's
PLOVER event) from ../shared/data/events/plover_synthetic and writes
src/newsledger/data/event_model.json: a TF-IDF vocabulary with idf weights and the coefficients
of a multinomial logistic regression over whole stories. The labels are machine-made and noisy
(cross-validated macro-F1 is printed), so the model only breaks ties between the categories
the lexicon allows for a word. Never trains on plover_gsr_dev.jsonl, the evaluation set.

    .venv/bin/python scripts/train_event_model.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import zipfile
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

from newsledger.extract.events_model import features

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsledger" / "data" / "event_model.json"


def load(data: Path) -> tuple[list[str], list[str]]:
    path = data / "events" / "plover_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    if not path.exists():
        sys.exit(f"training data not found: {path} (pass --data)")
    with zipfile.ZipFile(path) as archive:
        with archive.open(archive.namelist()[0]) as raw:
            rows = list(csv.DictReader(io.TextIOWrapper(raw, "utf-8")))
    rows = [r for r in rows if r.get("label") and r.get("text")]
    return [r["text"] for r in rows], [r["label"].strip().upper() for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    options = parser.parse_args()
    texts, labels = load(options.data)
    vectorizer = TfidfVectorizer(
        analyzer=lambda t: list(features(t).elements()),
        sublinear_tf=True,
        min_df=3,
        max_features=6000,
    )
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=4.0, max_iter=2000)
    cv = cross_val_score(model, matrix, labels, cv=5, scoring="f1_macro")
    print(f"5-fold macro-F1 on synthetic stories: {cv.mean():.3f}")
    model.fit(matrix, labels)
    vocab = {term: int(i) for term, i in vectorizer.vocabulary_.items()}
    payload = {
        "source": "NGEC synthetic PLOVER stories (ahalterman/NGEC, MIT), scripts/train_event_model",
        "classes": list(model.classes_),
        "vocab": vocab,
        "idf": [round(float(v), 4) for v in vectorizer.idf_],
        "coef": [[round(float(v), 4) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 4) for v in model.intercept_],
    }
    OUT.write_text(json.dumps(payload, separators=(",", ":")), "utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(vocab)} features)")


if __name__ == "__main__":
    main()
