"""Train the sector model for unknown mentions (newsledger.resolve.sectors): sector_model.json.

Training data, all dictionaries (none of it a dev set): NGEC's PLOVER agents (MIT, already
PLOVER sectors; its NON/JNK rows, phrases that are not actors, become the no-actor class),
Phoenix's CAMEO agents (openeventdata/Dictionaries, MIT; CAMEO role codes mapped to PLOVER as
the knowledge base maps them; nearly all already in NGEC's list), and newsledger's own
agents_extra.tsv. Where the sources code a phrase differently, agents_extra wins, then NGEC,
then Phoenix. The event nouns of the codebook's category table (data/events.yaml) join the
no-actor class: they name what actors do.

Cross-validation holds out whole head nouns (GroupKFold by the singular head), since the model
exists for nouns the table lacks; the shipped confidence threshold is the lowest at which the
held-out predictions reach --precision. Prints coverage and accuracy per threshold.

    .venv/bin/python scripts/train_sector_model.py [--data ../shared/data] [--precision 0.8]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict

from newsledger.extract import events_lexicon
from newsledger.resolve.kbdata import _CAMEO_SECTOR, SECTORS
from newsledger.resolve.phrases import norm, singular
from newsledger.resolve.sectors import NO_ACTOR, features

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsledger" / "data" / "sector_model.json"
sys.path.insert(0, str(ROOT / "scripts"))
from build_actor_data import agents  # noqa: E402

NOT_ACTORS = {"NON", "JNK"}


def labelled(rows: list[list[str]], cameo: bool) -> dict[str, str]:
    """Phrase -> class from (phrase, codes) rows; unknown and unmappable codes are left out."""
    out: dict[str, str] = {}
    for phrase, codes in rows:
        code = codes[:3].upper()
        if code in NOT_ACTORS:
            out.setdefault(norm(phrase), NO_ACTOR)
            continue
        if cameo:
            code = _CAMEO_SECTOR.get(code, code)
        if code in SECTORS and norm(phrase):
            out.setdefault(norm(phrase), code)
    return out


def training_rows(data: Path) -> dict[str, str]:
    dicts = data / "actors" / "dictionaries"
    extra_path = ROOT / "src" / "newsledger" / "data" / "actors" / "agents_extra.tsv"
    extra = [
        line.split("\t")
        for line in extra_path.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    rows = labelled(extra, cameo=False)
    for phrase, label in labelled(agents(dicts / "NGEC_PLOVER_agents.txt"), cameo=False).items():
        rows.setdefault(phrase, label)
    for phrase, label in labelled(agents(dicts / "Phoenix.agents.txt"), cameo=True).items():
        rows.setdefault(phrase, label)
    for noun in events_lexicon.load().nouns:
        rows.setdefault(norm(noun), NO_ACTOR)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--precision", type=float, default=0.8, help="held-out accuracy wanted")
    parser.add_argument("--C", type=float, default=4.0, help="inverse regularisation strength")
    options = parser.parse_args()
    if not (options.data / "actors" / "dictionaries").is_dir():
        sys.exit(f"actor dictionaries not found under {options.data} (pass --data)")
    rows = training_rows(options.data)
    phrases, labels = list(rows), list(rows.values())
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(features(p), 1) for p in phrases])
    groups = [singular(p.split()[-1]) for p in phrases]
    model = LogisticRegression(C=options.C, max_iter=3000)
    held_out = cross_val_predict(
        model, matrix, labels, groups=groups, cv=GroupKFold(5), method="predict_proba"
    )
    classes = sorted(set(labels))
    best = held_out.argmax(axis=1)
    right = np.array([classes[b] == g for b, g in zip(best, labels, strict=True)])
    given = np.array([classes[b] != NO_ACTOR for b in best])
    print(f"training phrases: {len(phrases)} in {len(classes)} classes")
    print("held-out head nouns (GroupKFold 5): threshold, coverage, accuracy where given")
    threshold = 1.0
    for t in np.arange(0.95, 0.15, -0.05):
        covered = given & (held_out.max(axis=1) >= t)
        accuracy = right[covered].mean() if covered.any() else 0.0
        print(f"  {t:.2f}  {covered.mean():.3f}  {accuracy:.3f}")
        if accuracy >= options.precision:
            threshold = round(float(t), 2)
    print(f"shipped threshold: {threshold}")
    model.fit(matrix, labels)
    weights: dict[str, dict[str, float]] = {}
    for feature, column in vectorizer.vocabulary_.items():
        values = {
            str(i): round(float(v), 2)
            for i, v in enumerate(model.coef_[:, column])
            if abs(v) >= 0.02
        }
        if values:
            weights[feature] = values
    payload = {
        "source": "scripts/train_sector_model.py on NGEC PLOVER agents, Phoenix agents, "
        "agents_extra.tsv",
        "classes": [str(c) for c in model.classes_],
        "intercept": [round(float(v), 3) for v in model.intercept_],
        "threshold": threshold,
        "weights": weights,
    }
    OUT.write_text(json.dumps(payload, separators=(",", ":")), "utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(weights)} features)")


if __name__ == "__main__":
    main()
