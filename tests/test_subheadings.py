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


def test_the_event_stage_drops_subheadings_but_not_the_headline_or_paragraphs(stages):
    from newsledger import nlp
    from newsledger.extract.events import extract_events

    body = (
        "Talks with Gulf monarchs\n"
        "Macron held talks with the Saudi crown prince on Monday.\n"
        "Contacts with Gulf monarchs\n"
        "Talks with Gulf monarchs resumed. More talks with Gulf monarchs\n"
    )
    doc = nlp.load()(body)

    def lines(title_start):
        found = extract_events(doc, [], stages.lexicon, stages.country_of, title_start)
        return sorted({body.count("\n", 0, e.start) for e in found})

    # Line 0 is the headline only when the article says so; line 2 is a subheading; line 3's
    # verbless tail shares its line with a sentence, so it is part of a paragraph.
    assert lines(title_start=0) == [0, 1, 3]
    assert lines(title_start=None) == [1, 3]
