"""Train the quad-class reading (newsledger.extract.quad): src/newsledger/data/quad_model.json.

Training data, all of it training material under the tune/check protocol (benchmarks/splits.py):
- cameo_quadclass_train.tsv (ConfliBERT, research use): news sentences with their CAMEO quad
  class, the training set proper;
- unless --no-synthetic, the lead sentence of NGEC's synthetic PLOVER stories (MIT), their PLOVER
  label mapped to a quad class by the codebook's category table (`quad.category_quads`);
- with --plover-tune, the TUNE half of plover_gsr_dev.jsonl, mapped the same way. Its check half
  is never read here.
Each sentence is parsed and event-coded by the shipped pipeline, so the event features (category,
trigger, negation) are those the model sees at run time. Prints 5-fold cross-validated macro-F1
on the training rows (a training figure, not the benchmark; benchmarks/events.py scores the
shipped model on PLOVER dev's check half).

    .venv/bin/python scripts/train_quad_model.py [--data ../shared/data] [--no-synthetic]
        [--plover-tune]

The shipped weights come from the defaults (training set + synthetic leads, no PLOVER rows), so
both PLOVER dev halves stay unseen by the quad model.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import zipfile
from datetime import date
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import cross_val_predict

from newsledger import nlp
from newsledger.extract.events import extract_events
from newsledger.extract.quad import category_quads, features, lead_event, settled_class
from newsledger.extract.times import extract_times

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsledger" / "data" / "quad_model.json"
sys.path.insert(0, str(ROOT / "benchmarks"))
from splits import TUNE, split  # noqa: E402

FIRST_SENTENCE = re.compile(r"^(.{40,400}?[.!?])\s+[A-Z\"]", re.S)


def cameo_rows(data: Path) -> list[tuple[str, int]]:
    path = data / "events" / "cameo_quadclass_train.tsv"
    lines = path.read_text("utf-8").splitlines()
    return [
        (t, int(label)) for t, label in (line.rsplit("\t", 1) for line in lines if "\t" in line)
    ]


def synthetic_rows(data: Path) -> list[tuple[str, int]]:
    path = data / "events" / "plover_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    with zipfile.ZipFile(path) as archive, archive.open(archive.namelist()[0]) as raw:
        rows = list(csv.DictReader(io.TextIOWrapper(raw, "utf-8")))
    quads = category_quads()
    out = []
    for row in rows:
        label = (row.get("label") or "").strip().upper()
        text = (row.get("text") or "").strip()
        if label in quads and text:
            match = FIRST_SENTENCE.match(text)
            out.append((match.group(1) if match else text[:400], quads[label]))
    return out


def plover_tune_rows(data: Path) -> list[tuple[str, int]]:
    path = data / "events" / "plover_gsr_dev.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    halves = split(rows, key=lambda r: r["id"], stratum=lambda r: r["event_plover2"])
    return [(r["text"], category_quads()[r["event_plover2"]]) for r in halves[TUNE]]


def featurise(texts: list[str]) -> tuple[list, list[int | None]]:
    """Each sentence's feature counts, with its lead event as the pipeline codes it, and the
    codebook's class for the sentence where it settles the reading (`quad.settled_class`)."""
    counts, coded = [], []
    for text, doc in zip(texts, nlp.load().pipe(texts, batch_size=64), strict=True):
        lead = lead_event(extract_events(doc, extract_times(doc, date(2000, 1, 1))))
        counts.append(features(text, lead))
        coded.append(settled_class(lead) if lead is not None else None)
    return counts, coded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--no-synthetic", action="store_true", help="leave out NGEC's leads")
    parser.add_argument("--plover-tune", action="store_true", help="add PLOVER dev's tune half")
    parser.add_argument("--C", type=float, default=2.0, help="inverse regularisation strength")
    options = parser.parse_args()
    if not (options.data / "events" / "cameo_quadclass_train.tsv").is_file():
        sys.exit(f"training data not found under {options.data} (pass --data)")
    rows = cameo_rows(options.data)
    sources, sizes = ["cameo_quadclass_train.tsv"], [len(rows)]
    extra = []
    if not options.no_synthetic:
        extra.append(("NGEC synthetic PLOVER leads", synthetic_rows(options.data)))
    if options.plover_tune:
        extra.append(("plover_gsr_dev tune half", plover_tune_rows(options.data)))
    for name, more in extra:
        rows += more
        sources.append(name)
        sizes.append(len(more))
    texts, labels = [t for t, _ in rows], [q for _, q in rows]
    counts, coded = featurise(texts)
    vectorizer = TfidfVectorizer(
        analyzer=lambda c: list(c.elements()), sublinear_tf=True, min_df=2, max_features=20000
    )
    matrix = vectorizer.fit_transform(counts)
    model = LogisticRegression(C=options.C, max_iter=3000, class_weight="balanced")
    predicted = cross_val_predict(model, matrix, labels, cv=5)
    print(f"training rows: {len(rows)} ({', '.join(sources)})")
    cv_f1 = f1_score(labels, predicted, average="macro")
    print(f"5-fold CV macro-F1 on the training rows: {cv_f1:.3f}")
    # The shipped reading (extract/quad.py): the codebook where an event is coded, else the model.
    # Printed per source, since the decision rests on real news (the first source), not on GPT's.
    shipped = [c if c is not None else int(p) for c, p in zip(coded, predicted, strict=True)]
    start = 0
    for name, size in zip(sources, sizes, strict=True):
        part = slice(start, start + size)
        start += size
        alone = f1_score(labels[part], predicted[part], average="macro")
        both = f1_score(labels[part], shipped[part], average="macro")
        print(
            f"  {name} ({size} rows): model {alone:.3f}, codebook where coded else model {both:.3f}"
        )
    model.fit(matrix, labels)
    payload = {
        "source": f"scripts/train_quad_model.py on {', '.join(sources)}",
        "classes": [int(c) for c in model.classes_],
        "vocab": {term: int(i) for term, i in vectorizer.vocabulary_.items()},
        "idf": [round(float(v), 4) for v in vectorizer.idf_],
        "coef": [[round(float(v), 4) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 4) for v in model.intercept_],
    }
    OUT.write_text(json.dumps(payload, separators=(",", ":")), "utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(payload['vocab'])} features)")


if __name__ == "__main__":
    main()
