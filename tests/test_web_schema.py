"""Schemathesis against the app's OpenAPI schema: generated requests to every API operation
(bounded examples) never get a server error."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from web_ledger import articles

from newsledger.ledger import Ledger
from newsledger.web import create_app

_folder = tempfile.TemporaryDirectory(prefix="newsledger-schema-")
_ledger = Ledger(f"sqlite:///{Path(_folder.name) / 'ledger.db'}")
for _article in articles():
    _ledger.save_article(_article)
# Ingest is left out: with no NEWSLEDGER_TOKEN in the test's environment it must answer 403.
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_ledger.url, _ledger))


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors(case, monkeypatch):
    monkeypatch.delenv("NEWSLEDGER_TOKEN", raising=False)
    response = case.call()
    not_a_server_error_check(response, case)


def not_a_server_error_check(response, case) -> None:
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text}"
    if case.path == "/api/ingest":  # no token configured: nothing may be written
        assert response.status_code != 201
