"""Pair phrases ("the two leaders", "both governments") resolved to an earlier pair."""

from __future__ import annotations

import pytest

from newsledger.model import Actor, Article, EventMention, Participant
from newsledger.pipeline import analyze
from newsledger.resolve.pairs import pair_kind, resolve_pairs


def _analyse(stages, body: str, published: str = "2024-06-12") -> Article:
    article = Article(id="t", title=body.split("\n")[0], body=body, published=published)
    return next(analyze([article], stages))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the two leaders", "person"),
        ("both presidents", "person"),
        ("The two heads of state", "person"),
        ("both foreign ministers", "person"),
        ("the two governments", "country"),
        ("both sides", "country"),
        ("the two companies", None),
        ("the leaders", None),
        ("two presidents", None),
    ],
)
def test_pair_phrases(text, kind):
    assert pair_kind(text) == kind


def test_the_two_leaders_join_the_meeting_named_before(stages):
    body = (
        "Macron hosts Scholz\n\n"
        "French President Emmanuel Macron received German Chancellor Olaf Scholz in Paris on "
        "Monday. The two leaders discussed defence spending over dinner."
    )
    article = _analyse(stages, body)
    both = {"Emmanuel Macron", "Olaf Scholz"}
    assert [e for e in article.events if both <= set(e.participant_names())]
    assert not any("two leaders" in name for e in article.events for name in e.participant_names())
    assert all("two leaders" not in a.name for a in article.actors)


def test_the_two_governments_are_the_pairs_countries(stages):
    body = (
        "Berlin and Paris align\n\n"
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. "
        "The two governments later held a joint cabinet meeting."
    )
    article = _analyse(stages, body)
    countries = [e for e in article.events if set(e.participant_names()) == {"France", "Germany"}]
    assert countries


def _person(name: str, role: str) -> Actor:
    return Actor(name=name, kind="person", country="XXX", role=role)


def test_the_office_named_decides_between_earlier_pairs():
    actors = {
        "A": _person("A", "Foreign Minister of Ruritania"),
        "B": _person("B", "Foreign Minister of Freedonia"),
        "C": _person("C", "Prime Minister of Freedonia"),
    }

    def mention(start: int, *names: str, text: str | None = None) -> EventMention:
        people = [Participant(n, "XXX", "GOV", text or n, start, start + 1) for n in names]
        return EventMention(type="CONSULT", actors=people, start=start, end=start + 10)

    first, second = mention(0, "A", "B"), mention(20, "B", "C")
    later = mention(40, "both ministers", text="both ministers")
    leaders = mention(60, "the two leaders", text="the two leaders")
    replaced = resolve_pairs([first, second, later, leaders], actors.get, lambda code: None)
    assert replaced == {"both ministers", "the two leaders"}
    assert later.participant_names() == ["A", "B"]  # the ministers, not the prime minister
    assert leaders.participant_names() == ["B", "C"]  # no office named: the latest pair


def test_no_earlier_pair_leaves_the_phrase():
    lone = EventMention(
        type="CONSULT",
        actors=[Participant("the two leaders", None, None, "the two leaders", 0, 15)],
        start=0,
        end=30,
    )
    assert resolve_pairs([lone], {}.get, lambda code: None) == set()
    assert lone.participant_names() == ["the two leaders"]
