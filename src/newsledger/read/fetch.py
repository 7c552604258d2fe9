"""Fetch one URL over HTTP(S) safely: guarded addresses, robots.txt, size cap, retries.

Users hand newsledger URLs and feeds from anywhere, so a fetch must never become a way to reach
the machine's own network (loopback, private, link-local ... addresses are refused unless the
caller allows them), never hang (timeouts plus an overall deadline), never fill memory (the body
is streamed and cut off at a cap) and must respect sites (robots.txt, a clear user agent).
Redirects are followed by hand so that every hop goes through the same checks, and each
connection goes to the address that was checked, so a second DNS answer cannot slip past.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsledger import errors, settings

USER_AGENT = "newsledger/0.1 (+https://newsledger.invalid/bot)"
ROBOTS_AGENT = "newsledger"
MAX_REDIRECTS = 5
REDIRECT_CODES = (301, 302, 303, 307, 308)
RETRY_CODES = (500, 502, 503, 504)
ROBOTS_TTL = 24 * 3600  # seconds a site's robots.txt is trusted, as RFC 9309 suggests
MAX_CLIENTS = 32  # connection pools kept open, one per host name, least recently used closed


class FetchError(errors.FetchError):
    """A URL that could not be fetched; the message is one line meant for the user.

    `transient` marks failures worth retrying later (server errors, timeouts, broken
    connections), so a feed poller can try such an entry again on its next round.
    """

    def __init__(self, message: str, *, transient: bool = False):
        super().__init__(message)
        self.transient = transient


@dataclass
class FetchResult:
    """A fetched response: where we asked, where we ended up, and the body as bytes."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    fetched_at: str  # ISO 8601 UTC


@dataclass
class _Target:
    """A URL split into what the connection needs: the checked address and the host name."""

    url: str
    scheme: str
    host: str
    port: int
    address: str


@dataclass
class Fetcher:
    """One HTTP client with its settings and a robots.txt cache per host; reuse it for a batch."""

    allow_private: bool = False
    # Networks allowed even without allow_private, e.g. ("127.0.0.0/8",) for one local service.
    allowed_networks: tuple[str, ...] = ()
    # Seconds per connect/read, and the whole fetch may take at most 3x (NEWSLEDGER_FETCH_TIMEOUT).
    timeout: float = field(default_factory=settings.fetch_timeout)
    max_bytes: int = field(default_factory=settings.fetch_max_bytes)
    retries: int = 2
    backoff: float = 0.5  # seconds before the first retry, doubling after each
    user_agent: str = USER_AGENT
    obey_robots: bool = True
    # Per origin: when its robots.txt was read, and its rules (None: no rules, allow all).
    _robots: dict[str, tuple[float, RobotFileParser | None]] = field(
        default_factory=dict, repr=False
    )
    _clients: OrderedDict[str, httpx.Client] = field(default_factory=OrderedDict, repr=False)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        while self._clients:
            self._clients.popitem()[1].close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> FetchResult:
        """Fetch `url` (following redirects, each hop checked); raise FetchError on failure.

        A 304 answer to conditional `headers` is returned as a result, not an error; other
        4xx/5xx answers raise.
        """
        result = self._follow(url, headers or {}, check_robots=self.obey_robots)
        if result.status >= 400:
            raise FetchError(
                f"HTTP {result.status} for {result.final_url}",
                transient=result.status in RETRY_CODES or result.status == 429,
            )
        return result

    def _follow(self, url: str, headers: dict[str, str], *, check_robots: bool) -> FetchResult:
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            target = self._target(current)
            if check_robots:
                self._check_robots(target)
            status, response_headers, content = self._with_retries(target, headers)
            location = response_headers.get("location")
            if status in REDIRECT_CODES and location:
                current = urljoin(current, location.strip())
                continue
            return FetchResult(url, current, status, response_headers, content, fetched_at)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects from {url}")

    def _target(self, url: str) -> _Target:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"unsupported URL scheme {scheme!r} in {url}")
        if not parts.hostname:
            raise FetchError(f"no host in URL {url}")
        try:
            host = parts.hostname.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise FetchError(f"bad host name in URL {url}") from exc
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError(f"bad port in URL {url}") from exc
        address = resolve_checked(
            host,
            port,
            allow_private=self.allow_private,
            allowed_networks=self.allowed_networks,
        )
        return _Target(url, scheme, host, port, address)

    def _check_robots(self, target: _Target) -> None:
        key = f"{target.scheme}://{target.host}:{target.port}"
        read_at, rules = self._robots.get(key, (0.0, None))
        if key not in self._robots or time.monotonic() - read_at > ROBOTS_TTL:
            rules = self._load_robots(key)
            self._robots[key] = (time.monotonic(), rules)
        if rules is not None and not rules.can_fetch(ROBOTS_AGENT, target.url):
            raise FetchError(f"disallowed by robots.txt: {target.url}")

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        """The site's rules; None (allow all) when it has none, as robots.txt conventions say.

        Access denied (401/403) or a server error means "stay away", as RFC 9309 and
        urllib.robotparser read them.
        """
        robots_url = origin + "/robots.txt"
        try:
            result = self._follow(robots_url, {}, check_robots=False)
        except FetchError as exc:
            raise FetchError(f"cannot read {robots_url}: {exc}", transient=exc.transient) from exc
        rules = RobotFileParser(robots_url)
        if result.status in (401, 403) or result.status >= 500:
            rules.disallow_all = True
        elif result.status >= 400:
            return None
        else:
            rules.parse(result.content.decode("utf-8", errors="replace").splitlines())
        return rules

    def _with_retries(
        self, target: _Target, headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                status, response_headers, content = self._request(target, headers)
            except httpx.TransportError as exc:
                if last:
                    reason = type(exc).__name__
                    raise FetchError(f"{reason} for {target.url}", transient=True) from exc
            except httpx.HTTPError as exc:  # e.g. a body that fails to decompress: no retry
                raise FetchError(f"{type(exc).__name__} for {target.url}: {exc}") from exc
            else:
                if status not in RETRY_CODES or last:
                    return status, response_headers, content
            time.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _request(self, target: _Target, headers: dict[str, str]) -> tuple[int, dict, bytes]:
        """One GET to the checked address, with the Host header and TLS name of the URL."""
        parts = urlsplit(target.url)
        address = f"[{target.address}]" if ":" in target.address else target.address
        pinned = f"{target.scheme}://{address}:{target.port}{parts.path or '/'}"
        if parts.query:
            pinned += "?" + parts.query
        host = f"[{target.host}]" if ":" in target.host else target.host
        if target.port != (443 if target.scheme == "https" else 80):
            host += f":{target.port}"
        client = self._client_for(target.host)
        request = client.build_request(
            "GET",
            pinned,
            headers={**headers, "Host": host},
            extensions={"sni_hostname": target.host},
        )
        deadline = time.monotonic() + self.timeout * 3
        response = client.send(request, stream=True)
        try:
            response_headers = {k.lower(): v for k, v in response.headers.items()}
            if response.status_code in REDIRECT_CODES or response.status_code >= 400:
                return response.status_code, response_headers, b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise self._too_large(target)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise self._too_large(target)
                if time.monotonic() > deadline:
                    raise FetchError(
                        f"took longer than {self.timeout * 3:g} s: {target.url}", transient=True
                    )
                chunks.append(chunk)
            return response.status_code, response_headers, b"".join(chunks)
        finally:
            response.close()

    def _too_large(self, target: _Target) -> FetchError:
        return FetchError(f"response larger than the {self.max_bytes:,} byte cap: {target.url}")

    def _client_for(self, host: str) -> httpx.Client:
        """A client per host name: its pool is keyed by the address we connect to, and two
        sites on one address (a CDN) must not share a TLS connection made for the other."""
        client = self._clients.pop(host, None)
        if client is None:
            client = httpx.Client(
                timeout=httpx.Timeout(self.timeout),
                follow_redirects=False,
                trust_env=False,  # a proxy would connect somewhere other than the checked address
                headers={"User-Agent": self.user_agent},
            )
            if len(self._clients) >= MAX_CLIENTS:
                self._clients.popitem(last=False)[1].close()
        self._clients[host] = client
        return client


def fetch(url: str, *, allow_private: bool = False, **settings: Any) -> FetchResult:
    """Fetch one URL with a one-off Fetcher (see Fetcher for the settings)."""
    with Fetcher(allow_private=allow_private, **settings) as fetcher:
        return fetcher.get(url)


def resolve_checked(
    host: str, port: int, *, allow_private: bool = False, allowed_networks: tuple[str, ...] = ()
) -> str:
    """Resolve `host` and return an address to connect to, refusing non-public ones.

    Every address the name resolves to is checked (not just the first), so a name that mixes a
    public and a private answer is refused as a whole. Addresses inside `allowed_networks` pass.
    """
    allowed = [ipaddress.ip_network(net, strict=False) for net in allowed_networks]
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}", transient=True) from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}", transient=True)
    if not allow_private:
        for address in addresses:
            kind = non_public_kind(address)
            if kind and not any(_plain_ip(address) in net for net in allowed):
                raise FetchError(
                    f"refused {host}: resolves to {kind} address {address} "
                    "(pass --allow-private to allow it)"
                )
    return addresses[0]


def non_public_kind(address: str) -> str | None:
    """Which non-public range `address` is in ('loopback', 'private', ...), or None if public."""
    ip = _plain_ip(address)
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or _nat64(ip)
        if embedded is not None:
            ip = embedded
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("non-global", not ip.is_global),
    )
    return next((kind for kind, hit in checks if hit), None)


def _nat64(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside a NAT64 address (64:ff9b::/96), which a NAT64 gateway reaches.

    Python 3.11 counts 64:ff9b::a9fe:a9fe as global, yet through a gateway it is the cloud
    metadata address 169.254.169.254.
    """
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _plain_ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The address without an IPv6 zone index ('fe80::1%eth0')."""
    return ipaddress.ip_address(address.split("%", 1)[0])
