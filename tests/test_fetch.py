"""URL fetching against a real HTTP server on 127.0.0.1: errors, guards, caps, robots."""

import socket
import time

import pytest
from loopback_server import reply, serve

from newsledger import errors
from newsledger.errors import ConfigError
from newsledger.model import Article, Skipped
from newsledger.read.dispatch import iter_articles
from newsledger.read.fetch import Fetcher, FetchError, fetch, non_public_kind, resolve_checked

PAGE = b"<html><head><title>T</title></head><body><p>Hello</p></body></html>"


@pytest.fixture
def server():
    with serve() as running:
        yield running


def test_page_fetched_with_user_agent_when_private_allowed(server):
    server.routes["/page"] = lambda h: reply(h, 200, PAGE)
    result = fetch(server.url("/page"), allow_private=True)
    assert result.status == 200
    assert result.content == PAGE
    assert result.final_url == server.url("/page")
    assert result.headers["content-type"].startswith("text/html")
    assert result.fetched_at.endswith("+00:00")
    page_headers = dict(server.requests)["/page"]
    assert page_headers["User-Agent"].startswith("newsledger/")


def test_loopback_refused_without_allow_private(server):
    server.routes["/page"] = lambda h: reply(h, 200, PAGE)
    with pytest.raises(FetchError, match="loopback address 127.0.0.1"):
        fetch(server.url("/page"))
    assert server.requests == []


def test_404_is_a_clear_error(server):
    with pytest.raises(FetchError, match=r"^HTTP 404 for http://127\.0\.0\.1:\d+/missing$") as err:
        fetch(server.url("/missing"), allow_private=True)
    assert not err.value.transient


def test_slow_response_times_out(server):
    def slow(handler):
        time.sleep(3)
        reply(handler, 200, PAGE)

    server.routes["/slow"] = slow
    started = time.monotonic()
    with pytest.raises(FetchError, match="Timeout") as err:
        fetch(server.url("/slow"), allow_private=True, timeout=0.5, retries=0)
    assert time.monotonic() - started < 2.5
    assert err.value.transient


def test_redirect_to_private_address_refused_before_connecting(server):
    server.routes["/hop"] = lambda h: reply(h, 302, b"", headers={"Location": "http://10.0.0.1/x"})
    # Only the test server's loopback network is allowed, so the hop to 10.0.0.1 must be
    # refused by the address check; no connection to it is ever attempted.
    with Fetcher(allowed_networks=("127.0.0.0/8",), retries=0, timeout=1) as fetcher:
        with pytest.raises(FetchError, match="private address 10.0.0.1"):
            fetcher.get(server.url("/hop"))
    assert server.paths() == ["/robots.txt", "/hop"]


def test_redirects_followed_and_reported(server):
    server.routes["/old"] = lambda h: reply(h, 301, b"", headers={"Location": "/new"})
    server.routes["/new"] = lambda h: reply(h, 200, PAGE)
    result = fetch(server.url("/old"), allow_private=True)
    assert result.url == server.url("/old")
    assert result.final_url == server.url("/new")
    assert result.content == PAGE


def test_redirect_loop_stops(server):
    server.routes["/loop"] = lambda h: reply(h, 302, b"", headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server.url("/loop"), allow_private=True)


def test_huge_streamed_response_cut_off_at_cap(server):
    sent = []

    def huge(handler):
        # No Content-Length: the client can only notice the size while streaming.
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        chunk = b"x" * 65536
        try:
            for _ in range(50 * 16):  # 50 MB, produced lazily
                handler.wfile.write(chunk)
                sent.append(len(chunk))
        except OSError:
            pass  # the client hung up, as it should

    server.routes["/huge"] = huge
    with pytest.raises(FetchError, match="larger than the 10,485,760 byte cap"):
        fetch(server.url("/huge"), allow_private=True)  # the default cap
    time.sleep(0.2)
    assert sum(sent) < 20 * 1024 * 1024  # the server stopped long before 50 MB


def test_declared_length_over_cap_refused_before_reading(server):
    server.routes["/big"] = lambda h: reply(h, 200, b"y" * 200_000)
    with pytest.raises(FetchError, match="byte cap"):
        fetch(server.url("/big"), allow_private=True, max_bytes=100_000)


def test_robots_disallow_honoured_and_cached(server):
    robots = b"User-agent: *\nDisallow: /private/\n"
    server.routes["/robots.txt"] = lambda h: reply(h, 200, robots, "text/plain")
    server.routes["/private/page"] = lambda h: reply(h, 200, PAGE)
    server.routes["/public"] = lambda h: reply(h, 200, PAGE)
    with Fetcher(allow_private=True) as fetcher:
        with pytest.raises(FetchError, match="disallowed by robots.txt"):
            fetcher.get(server.url("/private/page"))
        assert fetcher.get(server.url("/public")).status == 200
    assert server.paths() == ["/robots.txt", "/public"]


def test_server_error_retried_with_backoff(server):
    answers = [503, 503, 200]
    server.routes["/flaky"] = lambda h: reply(h, answers.pop(0), PAGE)
    result = fetch(server.url("/flaky"), allow_private=True, retries=2, backoff=0.01)
    assert result.status == 200
    assert server.paths().count("/flaky") == 3


def test_server_error_after_retries_is_transient(server):
    server.routes["/down"] = lambda h: reply(h, 500, b"oops")
    with pytest.raises(FetchError, match="HTTP 500") as err:
        fetch(server.url("/down"), allow_private=True, retries=1, backoff=0.01)
    assert err.value.transient
    assert server.paths().count("/down") == 2


def test_non_http_scheme_refused():
    with pytest.raises(FetchError, match="unsupported URL scheme 'file'"):
        fetch("file:///etc/passwd")


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.0.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("fd00:ec2::254", "private"),
        ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 for the metadata address
        ("64:ff9b::808:808", None),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-global"),
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
    ],
)
def test_non_public_ranges(address, kind):
    assert non_public_kind(address) == kind


@pytest.mark.parametrize(
    ("target", "kind"),
    [
        ("http://169.254.169.254/latest/meta-data/", "link-local address 169.254.169.254"),
        ("http://[fd00:ec2::254]/latest/meta-data/", "private address fd00:ec2::254"),
        ("http://[64:ff9b::a9fe:a9fe]/latest/", "link-local address 64:ff9b::a9fe:a9fe"),
        ("http://127.0.0.2/", "loopback address 127.0.0.2"),
    ],
)
def test_redirect_from_an_allowed_server_to_metadata_or_private_refused(server, target, kind):
    server.routes["/hop"] = lambda h: reply(h, 302, b"", headers={"Location": target})
    with Fetcher(allowed_networks=("127.0.0.1/32",), retries=0, timeout=1) as fetcher:
        with pytest.raises(FetchError, match=f"refused .*{kind}"):
            fetcher.get(server.url("/hop"))
    assert server.paths() == ["/robots.txt", "/hop"]


def test_host_name_checked_by_its_dns_answers_and_connection_pinned(server):
    if socket.getaddrinfo("localhost", 80, type=socket.SOCK_STREAM)[0][4][0] != "127.0.0.1":
        pytest.skip("localhost does not resolve to 127.0.0.1 first on this machine")
    port = server.server_address[1]
    server.routes["/page"] = lambda h: reply(h, 200, PAGE)
    with pytest.raises(FetchError, match="refused localhost: resolves to loopback"):
        fetch(f"http://localhost:{port}/page")
    assert server.requests == []
    with pytest.raises(FetchError, match="loopback"):
        resolve_checked("localhost", port)
    assert resolve_checked("localhost", port, allow_private=True) == "127.0.0.1"
    # Allowed: the request goes to the address that was checked, under the URL's own host name.
    result = fetch(f"http://localhost:{port}/page", allow_private=True)
    assert result.content == PAGE
    assert dict(server.requests)["/page"]["Host"] == f"localhost:{port}"


def test_iter_articles_refuses_loopback_unless_allowed(server):
    body = b"<html><head><title>Pier</title></head><body><article><p>" + b"Pier news. " * 40
    server.routes["/story"] = lambda h: reply(h, 200, body + b"</p></article></body></html>")
    (refused,) = iter_articles([server.url("/story")])
    assert isinstance(refused, Skipped) and "loopback" in refused.reason
    (read,) = iter_articles([server.url("/story")], allow_private=True)
    assert isinstance(read, Article) and "Pier news" in read.body


def test_timeout_and_size_cap_are_settings(server, monkeypatch):
    def slow(handler):
        time.sleep(3)
        reply(handler, 200, PAGE)

    server.routes["/slow"] = slow
    server.routes["/big"] = lambda h: reply(h, 200, b"y" * 5000)
    monkeypatch.setenv("NEWSLEDGER_FETCH_TIMEOUT", "0.5")
    monkeypatch.setenv("NEWSLEDGER_FETCH_MAX_BYTES", "4000")
    assert Fetcher().timeout == 0.5 and Fetcher().max_bytes == 4000
    started = time.monotonic()
    with pytest.raises(FetchError, match="Timeout"):
        fetch(server.url("/slow"), allow_private=True, retries=0)
    assert time.monotonic() - started < 2.5
    with pytest.raises(FetchError, match="4,000 byte cap"):
        fetch(server.url("/big"), allow_private=True)
    monkeypatch.setenv("NEWSLEDGER_FETCH_TIMEOUT", "soon")
    with pytest.raises(ConfigError, match="NEWSLEDGER_FETCH_TIMEOUT must be a positive number"):
        Fetcher()


def test_fetch_error_is_a_newsledger_error():
    assert issubclass(FetchError, errors.FetchError)
    assert issubclass(FetchError, errors.NewsledgerError)
