"""`newsledger serve` as a user starts it: a real server process on loopback answering pages
and the API over an existing ledger."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
from web_ledger import articles

from newsledger.ledger import Ledger


def test_serve_answers_on_loopback(tmp_path):
    path = tmp_path / "ledger.db"
    ledger = Ledger(f"sqlite:///{path}")
    for article in articles():
        ledger.save_article(article)
    ledger.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "newsledger.cli",
        "serve",
        "--db",
        str(path),
        "--port",
        str(port),
    ]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(base + "/api/events", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert len(response.json()["items"]) == 2
        page = httpx.get(base + "/pair?a=Lima&b=Berg", timeout=5)
        assert page.status_code == 200 and "Ana Lima" in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
    finally:
        server.terminate()
        server.wait(timeout=20)
