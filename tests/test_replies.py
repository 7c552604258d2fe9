"""A reply with no recipient of its own goes to whoever last wrote to the replier."""

from __future__ import annotations

import pytest

from newsledger.model import Article
from newsledger.pipeline import analyze

LETTER = (
    "Letters between Berlin and Paris\n\n"
    "German Chancellor Olaf Scholz sent French President Emmanuel Macron a letter on defence "
    "in April. "
)


def _events(stages, body: str):
    article = Article(id="t", title=body.split("\n")[0], body=body, published="2024-06-12")
    return next(analyze([article], stages)).events


@pytest.mark.parametrize(
    "reply",
    [
        "Macron responded in writing that Europe must act together.",
        "Macron replied in a letter that Europe must act together.",
    ],
)
def test_a_written_response_goes_to_the_letters_sender(stages, reply):
    events = _events(stages, LETTER + reply)
    replies = [e for e in events if e.sentence == reply]
    assert [a.name for e in replies for a in e.actors] == ["Emmanuel Macron"]
    assert [r.name for r in replies[0].recipients] == ["Olaf Scholz"]


def test_a_response_with_no_message_before_it_stays_unaddressed(stages):
    body = (
        "Macron on Europe\n\n"
        "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in April. "
        "French President Emmanuel Macron responded in writing that Europe must act together."
    )
    replies = [e for e in _events(stages, body) if "responded" in e.sentence]
    assert replies and all(not e.recipients for e in replies)
