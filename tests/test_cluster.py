"""`ingest --cluster`: the same articles analysed in one process, in two worker processes and
on a two-worker Dask LocalCluster give identical PostgreSQL ledgers (issue 13's acceptance)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from synthetic_articles import write_jsonl
from test_workers import snapshot

from newsledger.ingest import ingest
from newsledger.ledger import Ledger

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "quotes" / "polnear" / "dev" / "text"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def databases():
    """A maker of fresh PostgreSQL databases, each dropped after the test."""
    psycopg = pytest.importorskip("psycopg")
    try:
        admin = psycopg.connect(PG_ADMIN.replace("postgresql", "postgres", 1), autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server on 127.0.0.1:5432 ({str(exc).splitlines()[0]})")
    made: list[tuple[str, Ledger]] = []

    def make() -> Ledger:
        name = f"newsledger_test_{uuid.uuid4().hex[:12]}"
        admin.execute(f'CREATE DATABASE "{name}"')
        ledger = Ledger(PG_ADMIN.rsplit("/", 1)[0] + "/" + name)
        made.append((name, ledger))
        return ledger

    yield make
    for name, ledger in made:
        ledger.close()
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    admin.close()


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
