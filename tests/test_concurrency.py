"""Several processes writing one ledger: concurrent ingestion, and a kill in the middle of a batch.

Each scenario runs real OS processes (the library's ingestion path: read, analyse, save) on the
project's examples against a fresh SQLite file and a fresh PostgreSQL database, and compares the
resulting ledger with one process ingesting the union of their inputs in this test's process.
"""

import json
import os
import signal
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from databases import ledger_url

from newsledger.ledger import Ledger
from newsledger.model import to_json

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _published() -> list[tuple[str, str]]:
    rows = []
    for line in (EXAMPLES / "published.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, published = line.split("\t")
            rows.append((str(EXAMPLES / name), published))
    return rows


BATCH = _published()
OUTCOMES = {"added", "replaced", "unchanged", "duplicate", "near-duplicate"}
FIRST, SECOND = BATCH[:4], BATCH[2:]  # two overlapping halves of the six examples

# The worker: load the pipeline, wait for the others (so the saves really overlap), then read,
# analyse and save each file, reporting each outcome on stderr as it is committed. Each worker
# marks itself ready under its own pid: naming the mark by counting the directory raced (two
# workers counting at once both wrote "0" and then waited for a second mark forever).
WORKER = """
import os, sys, time
from pathlib import Path
from newsledger.ledger import Ledger
from newsledger.pipeline import Stages, analyze
from newsledger.read.dispatch import iter_articles

url, ready, parties, *pairs = sys.argv[1:]
stages = Stages.load()
Path(ready, str(os.getpid())).touch()
while len(list(Path(ready).iterdir())) < int(parties):
    time.sleep(0.05)
ledger = Ledger(url)
for pair in pairs:
    path, published = pair.rsplit("=", 1)
    for article in analyze(iter_articles([path], published=published), stages):
        result = ledger.save_article(article)
        print(result.outcome, result.article_id, file=sys.stderr, flush=True)
ledger.close()
"""


def worker(url: str, ready: Path, parties: int, pairs) -> subprocess.Popen:
    args = [f"{path}={published}" for path, published in pairs]
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, url, str(ready), str(parties), *args],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def snapshot(url: str) -> str:
    """The ledger as canonical JSON: events (ids, type, mode, date, participants, status,
    sources, evidence), articles and quotes."""
    ledger = Ledger(url, create=False)
    try:
        events = sorted((to_json(e) for e in ledger.events()), key=lambda e: e["id"])
        articles = sorted((a.id, a.published, a.title) for a in ledger.articles())
        quotes = sorted((asdict(q) for q in ledger.quotes()), key=json.dumps)
        return json.dumps(
            {"events": events, "articles": articles, "quotes": quotes}, sort_keys=True, indent=1
        )
    finally:
        ledger.close()


@pytest.fixture(scope="module")
def union(tmp_path_factory, stages) -> str:
    """One process (this one) ingesting every example once, in order."""
    from newsledger.pipeline import analyze
    from newsledger.read.dispatch import iter_articles

    url = f"sqlite:///{tmp_path_factory.mktemp('union') / 'union.db'}"
    ledger = Ledger(url)
    for path, published in BATCH:
        for article in analyze(iter_articles([path], published=published), stages):
            ledger.save_article(article)
    ledger.close()
    return snapshot(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request, tmp_path):
    """A URL of an empty ledger: a new SQLite file, or a new database on the local server."""
    with ledger_url(request.param, tmp_path) as url:
        yield url


def test_two_processes_with_overlapping_inputs_make_the_union_ledger(fresh_url, tmp_path, union):
    ready = tmp_path / "ready"
    ready.mkdir()
    procs = [worker(fresh_url, ready, 2, FIRST), worker(fresh_url, ready, 2, SECOND)]
    outputs = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    outcomes = [line.split(" ", 1) for out in outputs for line in out.splitlines()]
    outcomes = [o for o in outcomes if o[0] in OUTCOMES]
    # each overlapping article was added by exactly one process and found by the other
    added = sorted(article for outcome, article in outcomes if outcome == "added")
    assert added == sorted(path for path, _ in BATCH)
    assert len(outcomes) == len(FIRST) + len(SECOND)
    assert snapshot(fresh_url) == union


@pytest.mark.slow  # about 35 s per backend
def test_killed_batch_rerun_equals_one_clean_run(fresh_url, tmp_path, union):
    ready = tmp_path / "ready"
    ready.mkdir()
    proc = worker(fresh_url, ready, 1, BATCH)
    first = ""
    while not first.startswith("added ") and proc.poll() is None:
        first = proc.stderr.readline()
    assert first.startswith("added "), first
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert 1 <= Ledger(fresh_url, create=False).counts()["articles"] < len(BATCH)

    for mark in ready.iterdir():
        mark.unlink()
    rerun = worker(fresh_url, ready, 1, BATCH)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    saved = [line for line in err.splitlines() if line.split(" ", 1)[0] in OUTCOMES]
    assert saved[0] == first.strip().replace("added", "unchanged")
    assert snapshot(fresh_url) == union


def test_concurrent_first_opens_of_a_fresh_database(fresh_url, tmp_path):
    """Four processes open (and so create and migrate) the same new ledger at once."""
    ready = tmp_path / "ready"
    ready.mkdir()
    opener = (
        "import sys, time\nfrom pathlib import Path\nfrom newsledger.ledger import Ledger\n"
        "ready = Path(sys.argv[2])\nPath(ready, sys.argv[3]).touch()\n"
        "while len(list(ready.iterdir())) < 4:\n    time.sleep(0.01)\n"
        "Ledger(sys.argv[1]).set_state('opened-' + sys.argv[3], 'yes')\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", opener, fresh_url, str(ready), str(i)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(4)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, errors
    ledger = Ledger(fresh_url, create=False)
    assert [ledger.get_state(f"opened-{i}") for i in range(4)] == ["yes"] * 4
    assert ledger.counts() == {"articles": 0, "events": 0, "quotes": 0}
    ledger.close()
