"""`watch`: feeds polled from a real HTTP server on loopback, state kept in the ledger."""

import json

from click.testing import CliRunner
from loopback_server import reply, serve

from newsledger.cli import main

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{text}</p><p>Officials in both capitals confirmed the talks on Wednesday and said that
further meetings would follow in the spring, according to a statement.</p></article>
</body></html>"""

STORIES = {
    "/one": (
        "Ministers meet in Lisbon",
        "The foreign ministers of Portugal and Spain met in Lisbon on Tuesday to discuss "
        "water sharing on the Tagus river, the Portuguese foreign ministry said.",
    ),
    "/two": (
        "Presidents speak by phone",
        "The presidents of Chile and Argentina spoke by telephone on Monday about a new "
        "border crossing in the Andes, the Chilean government said in a statement.",
    ),
}


def feed_xml(base):
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        f"<pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate></item>"
        for path, (title, _) in STORIES.items()
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>{base}</link><description>d</description>{items}</channel></rss>"
    ).encode()


def _serve_stories(server, feed_headers: dict | None = None) -> None:
    """The feed, its two story pages and an empty robots.txt on the loopback server."""
    server.routes["/feed.xml"] = lambda h: reply(
        h, 200, feed_xml(server.base), "application/rss+xml", feed_headers or {}
    )
    for path, (title, text) in STORIES.items():
        server.routes[path] = (
            lambda t, x: lambda h: reply(h, 200, PAGE.format(title=t, text=x).encode())
        )(title, text)
    server.routes["/robots.txt"] = lambda h: reply(h, 200, b"", "text/plain")


def test_watch_once_twice_adds_nothing_new(tmp_path):
    with serve() as server:
        _serve_stories(server, {"ETag": '"v1"'})
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"# test feeds\n{server.url('/feed.xml')}\n")
        db = str(tmp_path / "w.db")
        runner = CliRunner()
        args = ["watch", str(feeds), "--db", db, "--once", "--allow-private"]
        first = runner.invoke(main, args)
        assert first.exit_code == 0, first.output
        assert first.stderr.count("added ") == 2
        second = runner.invoke(main, args)
        assert second.exit_code == 0
        assert "added " not in second.stderr
        assert "ledger: 2 articles" in second.stderr
        # the second poll was conditional on the stored ETag and fetched no page again
        feed_requests = [hdrs for path, hdrs in server.requests if path == "/feed.xml"]
        assert feed_requests[-1].get("If-None-Match") == '"v1"'
        assert server.paths().count("/one") == 1

    events = json.loads(runner.invoke(main, ["events", "--db", db, "--format", "json"]).stdout)
    assert events, "the stories' contacts reach the ledger"


def test_watch_refuses_loopback_without_flag(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n")
    result = CliRunner().invoke(
        main, ["watch", str(feeds), "--db", str(tmp_path / "x.db"), "--once"]
    )
    assert result.exit_code == 0
    assert "skipped http://127.0.0.1:9/feed.xml" in result.stderr


def test_ctrl_c_stops_watch_with_summary_and_130(tmp_path):
    """A real watch process, stopped with Ctrl-C between polls: it says what the ledger
    holds and exits 130 like every interrupted command, keeping what it stored."""
    import os
    import signal
    import subprocess
    import sys
    import time

    with serve() as server:
        _serve_stories(server)
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"{server.url('/feed.xml')}\n")
        db = tmp_path / "w.db"
        process = subprocess.Popen(
            [sys.executable, "-m", "newsledger.cli", "watch", str(feeds), "--db", str(db)]
            + ["--interval", "3600", "--allow-private"],
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 180
        while _stored(db) < 2 and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read()
            time.sleep(0.2)
        os.kill(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    lines = stderr.strip().splitlines()
    assert lines[-2] == "stopped"
    assert lines[-1].startswith("ledger: 2 articles, ")
    assert "Traceback" not in stderr


def _stored(db) -> int:
    """Articles committed to the watch's ledger so far (0 before it exists)."""
    import sqlite3

    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # created but its tables not yet there
        return 0
