"""The web application: server-rendered pages and the JSON API over one ledger.

`create_app(url)` opens the ledger once and shares it between the pages (pages.py) and the API
(api.py). Every response carries a Content-Security-Policy that allows only this server's own
scripts and styles (no inline code, so injected markup could not run even if it got through
escaping) and `X-Content-Type-Options: nosniff`. Requests carrying NUL characters are refused
up front: no ledger field can hold one, and PostgreSQL rejects them in parameters.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse
from fastapi.staticfiles import StaticFiles

from newsledger.ledger import Ledger
from newsledger.web.ingest import Ingester

if TYPE_CHECKING:
    from newsledger.pipeline import Stages

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def create_app(url: str, ledger: Ledger | None = None, stages: Stages | None = None) -> FastAPI:
    """The app over the ledger at `url` (or an already open `ledger`); `stages` is the loaded
    NLP pipeline for ingest, loaded on the first ingest when not given."""
    from newsledger.web import api, pages

    app = FastAPI(
        title="newsledger",
        summary="Events, quotes and articles of a news ledger, with sources and their stances.",
        version="1",
        docs_url=None,  # the interactive docs load scripts from a CDN; the app works offline
        redoc_url=None,
    )
    app.state.ledger = ledger or Ledger(url)
    app.state.ingest = Ingester(stages)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        raw = unquote(request.url.path) + unquote(request.url.query)
        if "\x00" in raw:
            response = PlainTextResponse("NUL characters are not allowed", status_code=400)
        else:
            response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app
