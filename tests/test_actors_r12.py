"""Actors on wire news, round 12: who a bare surname names among kin, and who does a gerund.

Sentences written for these tests, with invented names and places. Where an article names two
people of one surname in full and calls one of them by the given name alone, the bare surname
is the other; the gerund of an adjunct phrase of time or manner ("after meeting X") is done
by its clause's subject (not after the non-veridical "before", nor after a topic's "on"), and
one that completes a verb's object after "for", "from", "into" or "of" ("assailed X for
holding Y") by that object.
"""

import re

from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase

DAY = "2021-03-01"


def resolve_nth(pipeline, text: str, word: str, nth: int = 0):
    """The actor the `nth` occurrence of the whole word `word` in `text` resolves to."""
    found = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))[nth]
    resolver = MentionResolver(pipeline(text), ActorBase.default(), DAY)
    return resolver.resolve(found.start(), found.end())


def _of(events, category: str) -> list:
    return [e for e in events if e.type == category]


def _names(parts) -> set[str]:
    return {p.name for p in parts}


# -- a shared surname: the bearer not called by the given name ----------------------------------


KIN = (
    "Pablo Okonkwo, 8, was reunited with his family in Veldport on Monday. "
    "His father, Tomas Okonkwo, flew in from Lisgard to collect him. "
    "Pablo smiled at reporters outside the school. "
    "Okonkwo thanked the mayor for her help."
)


def test_bare_surname_is_the_kin_not_called_by_given_name(pipeline):
    actor = resolve_nth(pipeline, KIN, "Okonkwo", 2)
    assert actor is not None and actor.name == "Tomas Okonkwo"


def test_bare_surname_of_a_single_bearer_stays_his(pipeline):
    text = (
        "Pablo Okonkwo, 8, was reunited with his family in Veldport on Monday. "
        "Pablo smiled at reporters outside the school. "
        "Okonkwo thanked the mayor for her help."
    )
    actor = resolve_nth(pipeline, text, "Okonkwo", 1)
    assert actor is not None and actor.name == "Pablo Okonkwo"


# -- the understood subject of a gerund after a preposition -------------------------------------


def test_adjunct_gerund_is_done_by_the_clause_subject(events_of):
    text = "Ana Lind toured the harbour after meeting with Foreign Minister Lars Holm."
    found = _of(events_of(text), "CONSULT")
    assert any({"Ana Lind", "Foreign Minister Lars Holm"} <= _names(e.actors) for e in found)


def test_gerund_after_before_is_done_by_the_clause_subject(events_of):
    # Round 18 changed this: "before" may be non-veridical, but left without its doer the
    # meeting kept only the other side ("met with X" made X the lone actor). Subject control
    # holds after "before" as after "after".
    text = "Ana Lind left the harbour before meeting with Foreign Minister Lars Holm."
    found = _of(events_of(text), "CONSULT")
    assert any({"Ana Lind", "Foreign Minister Lars Holm"} <= _names(e.actors) for e in found)


def test_object_completing_gerund_is_done_by_the_object(events_of):
    text = (
        "Last year, Veldish officials assailed Norway for holding joint naval exercises "
        "with NATO in the Barents Sea."
    )
    found = _of(events_of(text), "COOPERATE")
    assert any(_names(e.actors) == {"Norway", "NATO"} for e in found)


def test_adjunct_gerund_after_an_object_is_still_the_subjects(events_of):
    text = (
        "Last year, Veldish officials assailed Norway after holding joint naval exercises "
        "with NATO in the Barents Sea."
    )
    found = _of(events_of(text), "COOPERATE")
    assert found and all("Norway" not in _names(e.actors) for e in found)
    assert any("Veldish officials" in _names(e.actors) for e in found)


def test_purpose_gerund_tells_no_doer(events_of):
    text = "The man wanted for questioning over the killing of a judge in Portmar has fled."
    assert all("The man" not in _names(e.actors) for e in events_of(text))


def test_topic_gerund_after_on_gets_no_doer(events_of):
    # "reverse course on giving": the giving is what the change is about, not an act done
    text = "The Senate could still reverse course on giving the grant to Veldpower."
    assert all(not e.actors for e in _of(events_of(text), "AID"))


def test_gerund_after_after_is_done_by_the_clause_subject(events_of):
    text = "The Senate changed its mind after granting that licence to Veldpower."
    assert any("The Senate" in _names(e.actors) for e in _of(events_of(text), "AID"))


# -- a comma inside a number is no apposition ---------------------------------------------------


def test_thousands_comma_splits_no_name_off():
    from newsledger.resolve.phrases import name_and_description

    name, _ = name_and_description("Some 2,300 ethnic Veldish")
    assert name != "Some 2" and "300" not in name


def test_apposition_comma_still_splits_name_and_description():
    from newsledger.resolve.phrases import name_and_description

    assert name_and_description("Lars Holm, Veldland's foreign minister") == (
        "Lars Holm",
        "Veldland's foreign minister",
    )


# -- "its" bound by its clause's subject --------------------------------------------------------


def test_possessive_its_is_the_clause_subject_body(pipeline):
    text = "Norway kept up its condemnation of the treatment of the envoy in Oslo."
    actor = resolve_nth(pipeline, text, "its")
    assert actor is not None and actor.name == "Norway"


def test_possessive_its_of_a_thing_subject_is_no_actor(pipeline):
    text = "Norway sent an envoy to Oslo. The new plan kept its promise of lower fees."
    assert resolve_nth(pipeline, text, "its") is None
