"""The HTML pages over a small ledger (TestClient): facets narrow the events, the pair page
draws its timeline, article text is marked from offsets and escaped, raw input downloads."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from web_ledger import articles

from newsledger.ledger import Ledger
from newsledger.model import Entity
from newsledger.web import create_app
from newsledger.web.highlight import Span, excerpt, mark


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    ledger = Ledger(f"sqlite:///{tmp_path_factory.mktemp('pages') / 'ledger.db'}")
    for article in articles():
        if article.id == "call.txt":
            article = replace(
                article,
                raw=b"raw <b>bytes</b>",
                raw_kind="html",
                entities=[Entity("Lima", "PERSON", 0, 4, "Ana Lima")],
            )
        ledger.save_article(article)
    yield TestClient(create_app(ledger.url, ledger))
    ledger.close()


def rows(html: str) -> int:
    return html.count('<li class="event-row">')


def test_facets_count_and_narrow_the_events(client):
    html = client.get("/events").text
    assert rows(html) == 2
    assert re.search(r'status=disputed"[^>]*>disputed</a> <span class="n">1</span>', html)
    assert rows(client.get("/events?status=disputed").text) == 1
    assert rows(client.get("/events?month=2024-01").text) == 1
    assert rows(client.get("/events?country=NOR&mode=phone").text) == 1
    assert rows(client.get("/events?country=USA").text) == 0
    assert "<svg" in html  # events per month


def test_pair_page_draws_each_event_once_in_time_order(client):
    html = client.get("/pair?a=Lima&b=Berg").text
    labels = re.findall(r'<text class="label[^"]*"[^>]*>([^<]*)</text>', html)
    assert [x.split(" · ")[0] for x in labels] == ["2024-01-15", "2024-03-08"]
    assert "DISPUTED" in labels[1] and 'class="mark st-disputed"' in html
    assert client.get("/pair?a=Lima").text.count("<svg") == 0


def test_article_page_marks_spans_and_offers_the_raw_input(client):
    html = client.get("/articles/call.txt").text
    assert '<span class="ent ev" id="at-0" title="CONSULT (reported); PERSON: Ana Lima">' in html
    assert '<span class="ev q" title="CONSULT (reported); quote: Ana Lima">about fishing' in html
    raw = client.get("/raw/call.txt")
    assert raw.content == b"raw <b>bytes</b>"
    assert raw.headers["content-disposition"] == 'attachment; filename="call.txt.html"'
    assert raw.headers["content-type"] == "application/octet-stream"
    assert client.get("/raw/denial.txt").status_code == 404  # nothing kept to download


def test_missing_things_are_404_pages(client):
    for url in ("/events/nope", "/articles/nope.txt", "/actors/Nobody%20Atall"):
        response = client.get(url)
        assert response.status_code == 404 and "Not found" in response.text, url


def test_disputed_page_and_search_page(client):
    assert rows(client.get("/disputed").text) == 1
    html = client.get("/search?q=fishing&kind=quote").text
    assert html.count('<li class="hit kind-quote">') == 1
    assert '<span class="match">fishing</span>' in html
    bad = client.get("/search?q=fishing&since=yesterday").text
    assert "Ignored since" in bad


def test_mark_escapes_every_piece_and_combines_overlaps():
    text = "<b>A</b> & B"
    html = mark(text, [Span(0, 8, "q"), Span(3, 4, "ent", 'x" onmouseover="y')])
    assert html == (
        '<span class="q">&lt;b&gt;</span>'
        '<span class="ent q" title="x&#34; onmouseover=&#34;y">A</span>'
        '<span class="q">&lt;/b&gt;</span> &amp; B'
    )
    assert mark(text, [Span(5, 99, "q")]) == "&lt;b&gt;A&lt;/b&gt; &amp; B"  # bad span ignored
    assert (
        excerpt("One. <i>Two</i>. Three.", 5, 16)
        == "One. <mark>&lt;i&gt;Two&lt;/i&gt;.</mark> Three."
    )
