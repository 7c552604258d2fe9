"""A verbless subheading inside the body labels a section; it is no event mention of its own."""

from __future__ import annotations

from newsledger.model import Article
from newsledger.pipeline import analyze


def _events(stages, body: str):
    title = body.split("\n")[0]
    article = Article(id="t", title=title, body=body, published="2024-06-12", title_start=0)
    return next(analyze([article], stages)).events


def test_subheading_adds_no_event_but_the_headline_does(stages):
    body = (
        "Macron-Scholz talks in Meseberg\n\n"
        "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Meseberg "
        "on Tuesday.\n"
        "Contacts with Gulf monarchs\n"
        "Scholz will travel to Warsaw next week."
    )
    events = _events(stages, body)
    sentences = [e.sentence for e in events]
    assert "Contacts with Gulf monarchs" not in sentences
    assert all("monarchs" not in n for e in events for n in e.participant_names())
    assert any(e.sentence.startswith("Macron-Scholz talks") for e in events)
