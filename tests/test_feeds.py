"""Feed polling against a real HTTP server on 127.0.0.1: ETag, seen entries, full text, errors."""

import pytest
from loopback_server import reply, serve

from newsledger.model import Article, Skipped
from newsledger.read.feeds import FeedState, looks_like_feed, poll_feed
from newsledger.read.fetch import Fetcher

PARAGRAPH = (
    "The regional council voted on Tuesday to extend the night bus service to the new housing "
    "estates on the city's northern edge, after a campaign by residents who said they had no "
    "way to get home from late shifts. "
)


def page(title: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
    ).encode()


def item(base: str, number: int, extra: str = "") -> str:
    return (
        f"<item><title>Story {number}</title><link>{base}/story/{number}</link>"
        f"<guid>urn:story:{number}</guid><pubDate>Mon, 0{number} Jul 2024 10:00:00 GMT</pubDate>"
        f"{extra}</item>"
    )


def rss(items: list[str]) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local news'
        f"</title><link>http://news.example/</link>{''.join(items)}</channel></rss>"
    ).encode()


class FeedSite:
    """A feed that answers 304 to a matching If-None-Match, with pages for its entries."""

    def __init__(self, server, count: int = 2):
        self.server = server
        self.items = [item(server.base, n) for n in range(1, count + 1)]
        self.version = 1
        server.routes["/feed.xml"] = self.feed
        for n in range(1, 10):
            server.routes[f"/story/{n}"] = lambda h, n=n: reply(h, 200, page(f"Story {n}"))

    def feed(self, handler):
        etag = f'"v{self.version}"'
        if handler.headers.get("If-None-Match") == etag:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.end_headers()
            return
        reply(handler, 200, rss(self.items), "application/rss+xml", {"ETag": etag})

    def add(self, number: int) -> None:
        self.items.insert(0, item(self.server.base, number))
        self.version += 1


@pytest.fixture
def server():
    with serve() as running:
        yield running


def articles(items) -> list[Article]:
    return [one for one in items if isinstance(one, Article)]


def test_poll_reads_entries_then_etag_makes_second_poll_empty(server):
    site = FeedSite(server)
    items, state = poll_feed(server.url("/feed.xml"), None, allow_private=True)
    found = articles(items)
    assert [a.url for a in found] == [server.url("/story/1"), server.url("/story/2")]
    assert [a.published for a in found] == ["2024-07-01", "2024-07-02"]
    assert "night bus" in found[0].body
    assert found[0].fetched_at
    assert state.etag == '"v1"'
    assert set(state.seen) >= {"urn:story:1", "urn:story:2"}

    again, state2 = poll_feed(server.url("/feed.xml"), state, allow_private=True)
    assert again == []
    assert state2 == state
    feed_requests = [h for path, h in server.requests if path == "/feed.xml"]
    assert feed_requests[1]["If-None-Match"] == '"v1"'

    site.add(3)
    items3, state3 = poll_feed(server.url("/feed.xml"), state2, allow_private=True)
    assert [a.title for a in articles(items3)] == ["Story 3"]
    assert state3.etag == '"v2"'
    assert server.paths().count("/story/1") == 1


def test_seen_entries_not_returned_even_without_etag(server):
    FeedSite(server)
    _, state = poll_feed(server.url("/feed.xml"), None, allow_private=True)
    state.etag = None  # e.g. a server that sends no validators
    items, _ = poll_feed(server.url("/feed.xml"), state, allow_private=True)
    assert items == []


def test_full_text_entry_used_without_fetching_its_page(server):
    paragraphs = f"<p>{PARAGRAPH}</p>" * 3
    content = f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded>"
    feed = rss([item(server.base, 7, content)]).replace(
        b'version="2.0"', b'version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    )
    server.routes["/full.xml"] = lambda h: reply(h, 200, feed, "application/rss+xml")
    items, _ = poll_feed(server.url("/full.xml"), None, allow_private=True)
    (article,) = articles(items)
    assert "night bus" in article.body
    assert article.url == server.url("/story/7")
    assert article.published == "2024-07-07"
    assert "/story/7" not in server.paths()


def test_malformed_feed_skipped_with_reason_and_state_kept(server):
    server.routes["/bad.xml"] = lambda h: reply(h, 200, b"this is not a feed <<<", "text/xml")
    state = FeedState(etag='"old"', seen=["urn:x"])
    items, after = poll_feed(server.url("/bad.xml"), state, allow_private=True)
    (skipped,) = items
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("malformed feed")
    assert after == state


def test_broken_entry_page_skipped_rest_goes_in(server):
    FeedSite(server)
    server.routes["/story/2"] = lambda h: reply(h, 404, b"gone")
    items, state = poll_feed(server.url("/feed.xml"), None, allow_private=True)
    assert [a.title for a in articles(items)] == ["Story 1"]
    (skipped,) = [one for one in items if isinstance(one, Skipped)]
    assert "HTTP 404" in skipped.reason
    assert "urn:story:2" in state.seen  # a permanent failure is not retried every poll


def test_transient_failure_retried_on_next_poll(server):
    FeedSite(server)
    server.routes["/story/2"] = lambda h: reply(h, 503, b"busy")
    with Fetcher(allow_private=True, retries=0) as fetcher:
        items, state = poll_feed(server.url("/feed.xml"), None, fetcher=fetcher)
        assert len(articles(items)) == 1
        assert "urn:story:2" not in state.seen
        server.routes["/story/2"] = lambda h: reply(h, 200, page("Story 2"))
        state.etag = None
        items2, _ = poll_feed(server.url("/feed.xml"), state, fetcher=fetcher)
    assert [a.title for a in articles(items2)] == ["Story 2"]


def test_feed_refused_on_loopback_without_allow_private(server):
    FeedSite(server)
    (skipped,), state = poll_feed(server.url("/feed.xml"), None)
    assert "loopback" in skipped.reason
    assert state == FeedState()
    assert server.requests == []


def test_feed_from_a_file(tmp_path, server):
    FeedSite(server)
    path = tmp_path / "saved.rss"
    path.write_bytes(rss([item(server.base, 1)]))
    items, state = poll_feed(str(path), None, allow_private=True)
    assert [a.title for a in articles(items)] == ["Story 1"]
    assert state.seen


def test_feed_file_over_the_input_limit_skipped(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_MAX_INPUT_BYTES", "100")
    path = tmp_path / "saved.rss"
    path.write_bytes(rss([item("http://news.example", 1)]))
    items, state = poll_feed(str(path))
    assert items == [Skipped(str(path), "input larger than the limit of 100 bytes")]
    assert state == FeedState()


def test_looks_like_feed():
    assert looks_like_feed("application/atom+xml; charset=utf-8", b"")
    assert looks_like_feed("text/xml", b'<?xml version="1.0"?>\n<rss version="2.0">')
    assert looks_like_feed(None, b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')
    assert not looks_like_feed("text/html", b"<html><body><rss>")
    assert not looks_like_feed("text/xml", b"<sitemap></sitemap>")


def test_relative_entry_links_resolved_against_the_feed_url(server):
    FeedSite(server)
    entry = "<item><title>Rel</title><link>/story/4</link><guid>rel-4</guid></item>"
    server.routes["/rel.xml"] = lambda h: reply(h, 200, rss([entry]), "application/rss+xml")
    items, _ = poll_feed(server.url("/rel.xml"), None, allow_private=True)
    (article,) = articles(items)
    assert article.url == server.url("/story/4")
    assert article.title == "Story 4"
