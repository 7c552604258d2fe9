"""Shared by the web, API and browser tests: a ledger of real ingested articles, a fresh
PostgreSQL database, and the app served by uvicorn on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsledger.ingest import ingest
from newsledger.ledger import Ledger
from newsledger.model import (
    Actor,
    Article,
    EventDate,
    EventMention,
    Participant,
    Quote,
    Source,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "examples" / "seed" / "article.txt"

# Hostile text written for these tests: markup and SQL in a title, a quote and the body.
HOSTILE = (
    'Minister <script>window.__pwned = 1</script> says <img src=x onerror="window.__pwned=2">\n'
    "\n"
    "Olaf Scholz met Emmanuel Macron in Berlin on Monday, the chancellery said.\n"
    "\n"
    '"Nothing <img src=x onerror=alert(1)> will stop us," Scholz said.\n'
    "\n"
    "A reader wrote '); DROP TABLE events; -- in the comments.\n"
)


INJECTION = "'); DROP TABLE events; --"
PEOPLE = [
    Actor("Ana Lima", "person", "BRA", "GOV", "President of Brazil"),
    Actor("Jon Berg", "person", "NOR", "GOV", "Prime Minister of Norway"),
]


def mention(type_, day, sources, sentence, start=0, mode=None):
    date = EventDate(day, day, day, day) if day else None
    return EventMention(
        type=type_,
        mode=mode,
        actors=[Participant("Ana Lima", "BRA", "GOV")],
        recipients=[Participant("Jon Berg", "NOR", "GOV")],
        date=date,
        sources=sources,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
    )


def articles() -> list[Article]:
    """Four small analysed articles, no NLP: a call and its denial (one disputed event), a
    dated visit, and an article whose title, body and quote carry markup and SQL."""
    call = "Lima phoned Berg on Friday about fishing quotas."
    denial = "Berg's office said no call with Lima took place."
    visit = "Lima visited Oslo in January to sign a trade accord."
    hostile_quote = f"We will not {INJECTION} bow to pressure"
    hostile_body = f'Markets {INJECTION}\n"{hostile_quote}," Lima said.'
    return [
        Article(
            id="call.txt",
            title="Lima and Berg talk fishing",
            published="2024-03-10",
            body=call,
            actors=list(PEOPLE),
            events=[
                mention("CONSULT", "2024-03-08", [Source("Wire", "asserts")], call, 0, "phone")
            ],
            quotes=[Quote("about fishing quotas", 27, 47, "indirect", speaker="Ana Lima")],
        ),
        Article(
            id="denial.txt",
            title="Oslo denies a call",
            published="2024-03-11",
            body=denial,
            actors=list(PEOPLE),
            events=[
                mention("CONSULT", "2024-03-08", [Source("Jon Berg", "denies")], denial, 0, "phone")
            ],
        ),
        Article(
            id="visit.txt",
            title="Lima in Oslo",
            published="2024-01-20",
            body=visit,
            actors=list(PEOPLE),
            events=[mention("AGREE", "2024-01-15", [Source("Wire", "asserts")], visit)],
        ),
        Article(
            id="hostile.txt",
            title=f"<script>alert(1)</script> {INJECTION}",
            published="2024-02-01",
            body=hostile_body,
            actors=list(PEOPLE),
            quotes=[
                Quote(
                    hostile_quote,
                    hostile_body.index(hostile_quote),
                    hostile_body.index(hostile_quote) + len(hostile_quote),
                    "direct",
                    speaker="Ana Lima",
                )
            ],
        ),
    ]


def published_dates() -> dict[str, str]:
    dates = {}
    for line in (EXAMPLES / "published.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, day = line.split("\t")
            dates[name] = day
    return dates


def fill(ledger: Ledger, stages, folder: Path) -> None:
    """Ingest the seed (when present), every example with its date, and the hostile article."""
    if SEED.is_file():
        ingest([str(SEED)], ledger, stages, published="2024-11-11")
    for name, day in published_dates().items():
        ingest([str(EXAMPLES / name)], ledger, stages, published=day)
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE)
    ingest([str(hostile)], ledger, stages, published="2024-12-02")


@contextmanager
def served(app) -> Iterator[str]:
    """The app served by uvicorn in a thread on 127.0.0.1; yields its base URL."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
