"""Train the category chooser of the event coder (newsledger.extract.events_model).

Learns from every labelled set that may be used under the tune/check protocol
(benchmarks/splits.py), and writes src/newsledger/data/event_model.json: a TF-IDF vocabulary
with idf weights and the coefficients of a multinomial logistic regression.
- NGEC's synthetic PLOVER stories (ahalterman/NGEC, MIT), whole stories, label = the headline
  template's PLOVER event (machine-made, so noisy);
- the TUNE half of plover_gsr_dev.jsonl (its check half is never read here);
- the TUNE half of the PETRARCH2 unit tests, each expected CAMEO coding mapped to PLOVER with
  plover_CAMEO2PLOVER-2021.txt (longest listed prefix);
- the TABARI validation suite's expected codings, mapped the same way, leaving out every record
  whose text is also a PETRARCH2 check-half record (the unit tests were derived from it).
cameo_quadclass_train.tsv carries only a quad class, not a category, so it trains the quad
reading (scripts/train_quad_model.py) instead. Real sentences weigh `--real-weight` times a
synthetic story. Prints the rows per source and a 5-fold cross-validated macro-F1 over them all
(a training figure; benchmarks/events.py scores the coder on PLOVER dev's halves).

    .venv/bin/python scripts/train_event_model.py [--data ../shared/data] [--real-weight 3]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from newsledger.extract import events_lexicon
from newsledger.extract.events_model import features

# The event categories of the shipped vocabulary (data/events.yaml).
EVENT_TYPES = tuple(events_lexicon.load().categories)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsledger" / "data" / "event_model.json"
sys.path.insert(0, str(ROOT / "benchmarks"))
from splits import CHECK, TUNE, split  # noqa: E402

Rows = list[tuple[str, str]]
TRIPLE = re.compile(r"(-?)\{\s*[^{}/]*/[^{}/]*/\s*(\d{2,4})\s*\}")


def synthetic(data: Path) -> Rows:
    path = data / "events" / "plover_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    with zipfile.ZipFile(path) as archive, archive.open(archive.namelist()[0]) as raw:
        rows = list(csv.DictReader(io.TextIOWrapper(raw, "utf-8")))
    return [(r["text"], r["label"].strip().upper()) for r in rows if r.get("label") and r["text"]]


def plover_tune(data: Path) -> Rows:
    path = data / "events" / "plover_gsr_dev.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    halves = split(rows, key=lambda r: r["id"], stratum=lambda r: r["event_plover2"])
    return [(r["text"], r["event_plover2"]) for r in halves[TUNE]]


def cameo_table(data: Path) -> dict[str, str]:
    table = {}
    for line in (data / "events" / "plover_CAMEO2PLOVER-2021.txt").open(encoding="utf-8"):
        match = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if match:
            table.setdefault(match.group(1), match.group(2))
    return table


def to_plover(code: str, table: dict[str, str]) -> str | None:
    """A CAMEO code's PLOVER category, by the longest listed prefix."""
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


def petrarch_halves(data: Path) -> dict[str, list[dict]]:
    path = data / "events" / "petrarch_unit_tests.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    return split(rows, key=lambda r: r["id"], stratum=lambda r: r["category"])


def petrarch_tune(halves: dict[str, list[dict]], table: dict[str, str]) -> Rows:
    out = []
    for row in halves[TUNE]:
        for event in row.get("events") or []:
            category = to_plover(str(event.get("cameo", "")), table)
            if category in EVENT_TYPES:
                out.append((row["text"], category))
    return out


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def tabari(data: Path, table: dict[str, str], held_out: set[str]) -> Rows:
    """Expected (not "-{...}" forbidden) codings of TABARI's validation records."""
    text = (data / "events" / "tabari_validation" / "Validate.text").read_text("latin-1")
    out = []
    for record in re.split(r"\n\s*\n", text):
        match = re.search(r"^\d{6}\s+\S+\s*\n(.*?)/\*(.*?)\*/", record, re.S | re.M)
        if not match:
            continue
        sentence = " ".join(match.group(1).split())
        if not sentence or _norm(sentence) in held_out:
            continue
        for negative, code in TRIPLE.findall(match.group(2)):
            category = to_plover(code, table)
            if not negative and category in EVENT_TYPES:
                out.append((sentence, category))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--real-weight", type=float, default=3.0, help="weight of real sentences")
    parser.add_argument("--C", type=float, default=4.0, help="inverse regularisation strength")
    options = parser.parse_args()
    if not (options.data / "events" / "plover_synthetic").is_dir():
        sys.exit(f"training data not found under {options.data} (pass --data)")
    table = cameo_table(options.data)
    halves = petrarch_halves(options.data)
    held_out = {_norm(r["text"]) for r in halves[CHECK]}
    sources = {
        "NGEC synthetic stories": synthetic(options.data),
        "plover_gsr_dev tune half": plover_tune(options.data),
        "PETRARCH2 unit tests tune half": petrarch_tune(halves, table),
        "TABARI validation (less PETRARCH2 check texts)": tabari(options.data, table, held_out),
    }
    texts, labels, weights = [], [], []
    for name, rows in sources.items():
        print(f"{name}: {len(rows)} rows")
        weight = 1.0 if name.startswith("NGEC") else options.real_weight
        texts += [t for t, _ in rows]
        labels += [c for _, c in rows]
        weights += [weight] * len(rows)
    labels_array, weights_array = np.array(labels), np.array(weights)
    vectorizer = TfidfVectorizer(
        analyzer=lambda t: list(features(t).elements()),
        sublinear_tf=True,
        min_df=3,
        max_features=8000,
    )
    matrix = vectorizer.fit_transform(texts)
    predicted = np.empty_like(labels_array)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train, test in folds.split(texts, labels_array):
        model = LogisticRegression(C=options.C, max_iter=2000)
        model.fit(matrix[train], labels_array[train], sample_weight=weights_array[train])
        predicted[test] = model.predict(matrix[test])
    cv_f1 = f1_score(labels_array, predicted, average="macro")
    print(f"5-fold CV macro-F1 over all rows: {cv_f1:.3f}")
    model = LogisticRegression(C=options.C, max_iter=2000)
    model.fit(matrix, labels_array, sample_weight=weights_array)
    vocab = {term: int(i) for term, i in vectorizer.vocabulary_.items()}
    payload = {
        "source": "scripts/train_event_model.py on " + ", ".join(sources),
        "classes": [str(c) for c in model.classes_],
        "vocab": vocab,
        "idf": [round(float(v), 4) for v in vectorizer.idf_],
        "coef": [[round(float(v), 4) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 4) for v in model.intercept_],
    }
    OUT.write_text(json.dumps(payload, separators=(",", ":")), "utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(vocab)} features)")


if __name__ == "__main__":
    main()
