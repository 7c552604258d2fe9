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


def test_only_the_message_types_given_can_be_answered(stages):
    """Which event types a reply may answer comes from the vocabulary's `message` trait."""
    from newsledger import nlp
    from newsledger.model import EventMention, Participant
    from newsledger.resolve.replies import address_replies

    text = "Scholz sent Macron a letter. Macron replied."
    doc = nlp.load()(text)
    scholz, macron = Participant("Olaf Scholz"), Participant("Emmanuel Macron")

    def events() -> list[EventMention]:
        begin = text.index("replied")
        letter = EventMention(type="COMMUNICATE", actors=[scholz], recipients=[macron], start=0)
        reply = EventMention(
            type="COMMUNICATE",
            actors=[macron],
            start=text.index("Macron replied"),
            trigger="replied",
            trigger_start=begin,
            trigger_end=begin + len("replied"),
        )
        return [letter, reply]

    answered = events()
    address_replies(doc, answered, stages.lexicon.having("message"), stages.lexicon.reply_verbs)
    assert [r.name for r in answered[1].recipients] == ["Olaf Scholz"]
    unanswered = events()
    address_replies(doc, unanswered, frozenset({"REQUEST"}), stages.lexicon.reply_verbs)
    assert unanswered[1].recipients == []
