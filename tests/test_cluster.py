"""`ingest --cluster`: the same articles analysed in one process, in two worker processes and
on a two-worker Dask LocalCluster give identical PostgreSQL ledgers (issue 13's acceptance)."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest
from databases import postgres_url
from synthetic_articles import write_jsonl
from test_workers import snapshot

from newsledger.ingest import ingest
from newsledger.ledger import Ledger

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "quotes" / "polnear" / "dev" / "text"


@pytest.fixture
def databases():
    """A maker of fresh PostgreSQL ledgers, each closed and its database dropped after the test."""
    with ExitStack() as stack:
        made: list[Ledger] = []

        def make() -> Ledger:
            made.append(Ledger(stack.enter_context(postgres_url())))
            return made[-1]

        yield make
        for ledger in made:
            ledger.close()


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local.scheduler_address


def same_ledgers(inputs: list[str], databases, cluster: str, stages) -> list[dict]:
    runs = [
        dict(stages=stages),
        dict(workers=2),
        dict(cluster=cluster),
    ]
    snapshots = []
    for options in runs:
        ledger = databases()
        report = ingest(inputs, ledger, published="2024-11-11", **options)
        assert not report.skipped, report.skipped
        snapshots.append(snapshot(ledger))
    return snapshots


def test_workers_and_cluster_give_one_ledger(tmp_path, databases, cluster, stages):
    examples = sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))
    inputs = examples + [str(write_jsonl(tmp_path / "short.jsonl", 12))]
    one, two, dask = same_ledgers(inputs, databases, cluster, stages)
    assert one["counts"]["articles"] == 18 and one["counts"]["events"] > 18
    assert one == two == dask


@pytest.mark.slow
def test_three_hundred_articles_give_one_ledger(tmp_path, databases, cluster, stages):
    """Issue 13: 300 articles — the PolNeAR dev texts where present, the rest synthetic."""
    real = sorted(str(p) for p in POLNEAR_DEV.glob("*.txt")) if POLNEAR_DEV.is_dir() else []
    inputs = real + [str(write_jsonl(tmp_path / "short.jsonl", 300 - len(real)))]
    one, two, dask = same_ledgers(inputs, databases, cluster, stages)
    assert one["counts"]["articles"] == 300
    assert one == two == dask
