"""The JSON API against the real app (TestClient) on SQLite and on a fresh PostgreSQL database:
paging, filters, search, actors, articles, the token on ingest, and the security headers."""

from __future__ import annotations

import pytest
from databases import postgres_url
from fastapi.testclient import TestClient
from web_ledger import INJECTION, articles

from newsledger.ledger import Ledger
from newsledger.output import events_json
from newsledger.web import create_app


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger(request, tmp_path):
    if request.param == "sqlite":
        db = Ledger(f"sqlite:///{tmp_path / 'ledger.db'}")
        for a in articles():
            db.save_article(a)
        yield db
        db.close()
        return
    with postgres_url() as url:
        db = Ledger(url)
        for a in articles():
            db.save_article(a)
        try:
            yield db
        finally:
            db.close()


@pytest.fixture
def client(ledger, stages):
    return TestClient(create_app(ledger.url, ledger, stages))


def test_events_page_through_to_exactly_the_cli_json(client, ledger):
    items, url, pages = [], "/api/events?limit=1", 0
    while url:
        body = client.get(url).json()
        assert len(body["items"]) <= 1
        items += body["items"]
        url, pages = body["next"], pages + 1
    assert pages == len(items) == 2  # the call and its denial merged into one event
    assert items == events_json(ledger.events())


def test_event_filters_match_the_ledger(client, ledger):
    both = client.get("/api/events", params={"actor": ["Lima", "Berg"], "status": "disputed"})
    assert both.status_code == 200
    (call,) = both.json()["items"]
    assert call["type"] == "CONSULT" and call["status"] == "disputed"
    assert {(s["name"], s["stance"]) for s in call["sources"]} == {
        ("Wire", "asserts"),
        ("Jon Berg", "denies"),
    }
    january = client.get("/api/events", params={"since": "2024-01", "until": "2024-01-31"})
    assert [e["type"] for e in january.json()["items"]] == ["AGREE"]
    assert client.get("/api/events", params={"type": "agree"}).json()["items"][0]["type"] == "AGREE"
    assert client.get("/api/events", params={"actor": "Nobody"}).json() == {
        "items": [],
        "next": None,
    }
    one = client.get(f"/api/events/{call['id']}")
    assert one.json() == call
    assert client.get("/api/events/nope").status_code == 404


def test_bad_parameters_are_client_errors(client):
    assert client.get("/api/events?cursor=abc").status_code == 400
    assert client.get("/api/events?status=maybe").status_code == 422
    assert client.get("/api/events?since=last-week").status_code == 422
    assert client.get("/api/events?limit=0").status_code == 422
    assert client.get("/api/search?q=%00").status_code == 400


def test_search_ranks_articles_quotes_and_events(client):
    hits = client.get("/api/search", params={"q": "fishing"}).json()["items"]
    kinds = {h["kind"] for h in hits}
    assert kinds == {"article", "quote", "event"}
    ranks = [h["rank"] for h in hits]
    assert ranks == sorted(ranks, reverse=True)
    assert all("fishing" in h["snippet"].lower() for h in hits)
    events = client.get("/api/search", params={"q": "call", "kind": "event"}).json()["items"]
    assert events and {h["kind"] for h in events} == {"event"}
    assert events[0]["status"] == "disputed"
    january = client.get("/api/search", params={"q": "Oslo", "until": "2024-01"}).json()["items"]
    assert {h["id"] for h in january} >= {"visit.txt"}
    assert all(h["published"] <= "2024-01-31" for h in january)


def test_sql_in_text_is_stored_and_searched_as_text(client, ledger):
    hits = client.get("/api/search", params={"q": INJECTION}).json()["items"]
    assert {h["article_id"] for h in hits} == {"hostile.txt"}
    quotes = client.get("/api/quotes", params={"search": "DROP TABLE"}).json()["items"]
    assert len(quotes) == 1 and INJECTION in quotes[0]["text"]
    assert client.get("/api/actors/" + INJECTION).status_code == 404
    assert ledger.counts()["events"] == 2  # the events table is still there, untouched


def test_actor_article_and_quote_endpoints(client):
    lima = client.get("/api/actors/Lima").json()
    assert lima["name"] == "Ana Lima"
    assert lima["counts"] == {"events": 2, "quotes": 2}
    assert lima["events_by_month"] == {"2024-01": 1, "2024-03": 1}
    article = client.get("/api/articles/call.txt").json()
    assert article["title"] == "Lima and Berg talk fishing"
    assert article["events"][0]["type"] == "CONSULT"
    assert client.get("/api/articles/missing.txt").status_code == 404
    page = client.get("/api/quotes", params={"speaker": "Lima", "limit": 1}).json()
    assert len(page["items"]) == 1 and page["next"]
    rest = client.get(page["next"]).json()
    assert rest["next"] is None and rest["items"][0] != page["items"][0]


def test_every_response_has_the_security_headers(client):
    for url in ("/", "/events", "/api/events", "/openapi.json", "/nowhere", "/static/style.css"):
        response = client.get(url)
        assert "script-src 'self'" in response.headers["content-security-policy"], url
        assert response.headers["x-content-type-options"] == "nosniff", url


def test_pages_escape_article_text(client):
    for url in ("/articles/hostile.txt", "/search?q=alert", "/actors/Ana%20Lima"):
        html = client.get(url).text
        assert "<script>alert(1)" not in html, url
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get("/articles/hostile.txt").text


def test_openapi_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/search", "/api/quotes", "/api/ingest"} <= set(paths)
    assert "/api/actors/{name}" in paths and "/api/articles/{article_id}" in paths


TEXT = (
    "Lima and Berg sign accord\n\nPresident Ana Lima met Prime Minister Jon Berg in Oslo on "
    "Tuesday, the Brazilian government said.\n"
)


def test_ingest_needs_the_token(client, ledger, monkeypatch):
    body = {"kind": "text", "content": TEXT, "name": "accord", "published": "2024-04-04"}
    monkeypatch.delenv("NEWSLEDGER_TOKEN", raising=False)
    # No Authorization header: 401, as the contract says, whether or not a token is set.
    anonymous = client.post("/api/ingest", json=body)
    assert anonymous.status_code == 401 and "NEWSLEDGER_TOKEN" in anonymous.json()["detail"]
    # A token sent to a server started without one: writes are off, 403.
    refused = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
    assert refused.status_code == 403 and "NEWSLEDGER_TOKEN" in refused.json()["detail"]
    monkeypatch.setenv("NEWSLEDGER_TOKEN", "s3cret")
    assert client.post("/api/ingest", json=body).status_code == 401
    wrong = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    before = ledger.counts()["articles"]
    done = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
    assert done.status_code == 201, done.text
    (saved,) = done.json()["saved"]
    assert saved["article_id"] == "api/accord.txt" and saved["outcome"] == "added"
    assert ledger.counts()["articles"] == before + 1
    assert client.get("/api/articles/api/accord.txt").json()["published"] == "2024-04-04"
    hits = client.get("/api/search", params={"q": "accord Tuesday"}).json()["items"]
    assert "api/accord.txt" in {h["article_id"] for h in hits}


def test_ingest_refuses_private_urls(client, monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_TOKEN", "s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    url = {"kind": "url", "content": "http://127.0.0.1:9/secret"}
    done = client.post("/api/ingest", json=url, headers=auth)
    assert done.status_code == 201
    assert done.json()["saved"] == []
    (skipped,) = done.json()["skipped"]
    assert "private" in skipped["reason"] or "loopback" in skipped["reason"]
    bad = client.post("/api/ingest", json={"kind": "url", "content": "file:///etc"}, headers=auth)
    assert bad.status_code == 400


def test_ingest_takes_a_jsonl_record_as_posted(client, ledger, monkeypatch):
    """The body may be the specification's input record itself: its text verbatim as the
    body, its id, title and date kept. A body that is neither that nor {kind, content} is a
    422, not a guess."""
    monkeypatch.setenv("NEWSLEDGER_TOKEN", "s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    text = "  Ana Lima phoned Jon Berg on Friday, her office said.\n"
    record = {"id": "wire-7", "text": text, "title": "Lima calls Berg", "published": "2024-04-06"}
    done = client.post("/api/ingest", json=record, headers=auth)
    assert done.status_code == 201, done.text
    assert [s["article_id"] for s in done.json()["saved"]] == ["wire-7"]
    stored = client.get("/api/articles/wire-7").json()
    assert (stored["body"], stored["title"], stored["published"]) == (
        text,
        "Lima calls Berg",
        "2024-04-06",
    )
    neither = client.post("/api/ingest", json={"body": text}, headers=auth)
    assert neither.status_code == 422
