"""The ledger benchmark's scenarios and real-page labels are well-formed (fast, no NLP).

A malformed expectation would silently score as a miss, or never be checked at all; these
tests keep every scenario within the closed vocabularies the ledger uses.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from newsledger.extract import events_lexicon
from newsledger.model import SourceRole, StanceKind, Status

# The event categories of the shipped vocabulary (data/events.yaml).
EVENT_TYPES = tuple(events_lexicon.load().categories)

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "benchmarks" / "scenarios"


def _load(name: str, path: Path):
    """The benchmarks are scripts, not a package: load one by path under the name its
    siblings import it by."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


benchmark = _load("ledger", ROOT / "benchmarks" / "ledger.py")
realpages = _load("realpages", ROOT / "benchmarks" / "realpages.py")
FOLDERS = sorted(p for p in SCENARIOS.iterdir() if p.is_dir())
# Every set: the main one, the holdout and the blind ones share the format.
ALL_FOLDERS = sorted(
    p for s in (ROOT / "benchmarks").glob("scenarios*") for p in s.iterdir() if p.is_dir()
)


def _spec(folder: Path) -> dict:
    return yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))


def _alternatives(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def test_the_set_is_large_enough() -> None:
    assert len(FOLDERS) >= 12
    assert sum(len(_spec(f)["articles"]) for f in FOLDERS) >= 30


@pytest.mark.parametrize("folder", ALL_FOLDERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_scenario_is_well_formed(folder: Path) -> None:
    spec = _spec(folder)
    articles = spec["articles"]
    assert len(articles) >= 2
    dates = []
    for entry in articles:
        assert (folder / entry["file"]).is_file(), entry["file"]
        dates.append(dt.date.fromisoformat(str(entry["published"])))
    assert dates == sorted(dates), "articles are ingested in publication order"
    assert spec["events"]
    for event in spec["events"]:
        assert event["type"] in EVENT_TYPES
        assert event["status"] in set(Status)
        assert event["participants"]
        assert all(
            n and isinstance(n, str) for p in event["participants"] for n in _alternatives(p)
        )
        if "date" in event:
            date = str(event["date"])
            assert date == "approximate" or dt.date.fromisoformat(date[:10])
        assert event.get("sources"), "every expected event says who tells it"
        for source in event["sources"]:
            assert source["stance"] in set(StanceKind)
            assert all(r in set(SourceRole) for r in _alternatives(source["role"]))
            assert all(isinstance(n, str) and n for n in _alternatives(source["name"]))


def test_names_match_as_whole_words() -> None:
    assert benchmark.names_match("Putin", "Vladimir Putin")
    assert benchmark.names_match("Erdogan", "Recep Tayyip Erdoğan")
    assert not benchmark.names_match("Rama", "Ramaphosa")


def test_pairing_is_one_to_one_by_type_and_participants() -> None:
    both = [{"name": "Bola Tinubu"}, {"name": "John Mahama"}]
    expected = [
        {"type": "CONSULT", "participants": ["Tinubu", "Mahama"], "status": "confirmed"},
        {"type": "CONSULT", "participants": ["Tinubu", "Mahama"], "mode": "phone", "status": "x"},
    ]
    vague = {"type": "CONSULT", "mode": None, "actors": both, "status": "confirmed"}
    call = {"type": "CONSULT", "mode": "phone", "actors": both, "status": "confirmed"}
    agree = {"type": "AGREE", "actors": both, "status": "confirmed"}
    pairs = benchmark.pair_events(expected, [agree, vague, call])
    # the call goes with the expected call (more facts met), the vague mention with the other
    assert [p for _, p in pairs] == [vague, call]
    assert benchmark.pair_events(expected[:1], [agree]) == [(expected[0], None)]


def test_a_missing_role_is_a_missed_fact() -> None:
    expected = {
        "type": "CONSULT",
        "participants": ["Lula"],
        "status": "confirmed",
        "sources": [{"name": "Lula", "stance": "asserts", "role": "participant"}],
    }
    produced = {
        "type": "CONSULT",
        "actors": [{"name": "Luiz Inácio Lula da Silva"}],
        "status": "confirmed",
        "sources": [{"name": "Luiz Inácio Lula da Silva", "stance": "asserts"}],
    }
    tally = benchmark.Tally()
    benchmark.score_event(expected, produced, "2025-01-01", tally)
    assert (tally.met, tally.expected) == (3, 4)
    assert "role" in tally.misses[0]


@pytest.mark.parametrize("name", ["realpages", "political"])
def test_real_page_labels_are_well_formed(name: str) -> None:
    path = ROOT / "benchmarks" / "labels" / f"{name}.yaml"
    labels = yaml.safe_load(path.read_text(encoding="utf-8"))["events"]
    assert len(labels) >= 60
    seen = set()
    for label in labels:
        key = (label["page"], label["type"], tuple(label["participants"]), label["start"])
        assert key not in seen
        seen.add(key)
        assert label["type"] in EVENT_TYPES
        assert 0 <= label["start"] < label["end"]
        for judgement in ("type_ok", "actors_ok", "status_ok", "date_ok"):
            assert isinstance(label[judgement], bool)
        assert label["judged"]["status"] in set(Status)
        gold = label.get("gold")
        if gold:
            assert gold["type"] in EVENT_TYPES and gold["status"] in set(Status)


def test_a_real_page_label_is_redone_from_gold_when_the_event_changes() -> None:
    label = {
        "page": "p.html",
        "type": "CONSULT",
        "participants": ["Donald Trump", "Recep Tayyip Erdoğan"],
        "start": 10,
        "end": 80,
        "judged": {"status": "reported", "date": "2020-01-02"},
        "type_ok": True,
        "actors_ok": True,
        "status_ok": False,
        "date_ok": True,
        "gold": {
            "type": "CONSULT",
            "participants": ["Trump", "Erdogan"],
            "status": "confirmed",
            "date": "2020-01-02",
        },
    }
    signature = realpages.Signature(
        "p.html", "CONSULT", ("Donald Trump", "Recep Tayyip Erdoğan"), 10, 80
    )
    labels = {signature: label}

    def produced(status: str) -> object:
        event = {
            "type": "CONSULT",
            "actors": [{"name": "Donald Trump"}, {"name": "Recep Tayyip Erdoğan"}],
            "status": status,
            "date": {"text": "Thursday", "value": "2020-01-02"},
        }
        return realpages.Produced(signature, event, "2020-01-03")

    assert not realpages.right(realpages.judge(produced("reported"), labels))
    assert realpages.right(realpages.judge(produced("confirmed"), labels))
    other = realpages.Produced(
        realpages.Signature("p.html", "AGREE", ("Donald Trump",), 10, 80), {}, "2020-01-03"
    )
    assert realpages.judge(other, labels) is None  # unlabelled: to be judged by hand
