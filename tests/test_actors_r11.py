"""Actors on real news pages, round 11: pronouns resolved by clause role.

Sentences written for these tests, with invented names. An object pronoun is never its own
clause's subject (binding theory's Principle B), also when that subject is the understood one
of a participle ("X said ..., accusing her of ..."); a subject "it" takes up the singular body
or country that is the subject before it, and nothing when that subject is a thing.
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


# -- Principle B: an object pronoun is not its clause's subject ---------------------------------


def test_participle_object_is_not_its_understood_subject(pipeline):
    text = (
        "The spokeswoman Jane Roe said it is up to Maria Lodge to restart the talks, "
        "accusing her of staging political theatre."
    )
    actor = resolve_nth(pipeline, text, "her")
    assert actor is not None and actor.name == "Maria Lodge"


def test_object_pronoun_skips_its_own_subject(pipeline):
    text = "Maria Lodge spoke first at the hearing. Anna Berg then criticised her sharply."
    actor = resolve_nth(pipeline, text, "her")
    assert actor is not None and actor.name == "Maria Lodge"


def test_possessive_pronoun_may_be_its_subject(pipeline):
    text = "Maria Lodge spoke first at the hearing. Anna Berg then said her plan would pass."
    actor = resolve_nth(pipeline, text, "her")
    assert actor is not None and actor.name == "Anna Berg"


def test_object_pronoun_in_a_lower_clause_may_be_the_higher_subject(pipeline):
    text = "Anna Berg thanked the voters who had backed her in the election."
    actor = resolve_nth(pipeline, text, "her")
    assert actor is not None and actor.name == "Anna Berg"


# -- "it": the body or country before it ---------------------------------------------------------


def test_it_takes_up_the_country_of_the_sentence_before(pipeline):
    text = (
        "Greece, which has backed the rebels for years, stepped up its campaign last week. "
        "On Monday it shot down two Albanian planes near the river."
    )
    actor = resolve_nth(pipeline, text, "it")
    assert actor is not None and actor.country == "GRC"


def test_it_takes_up_the_body_subject_of_its_own_sentence(pipeline):
    text = "The ministry said on Monday that it had expelled two diplomats."
    actor = resolve_nth(pipeline, text, "it")
    assert actor is not None and actor.name.lower() == "the ministry"


def test_it_for_a_thing_is_no_actor(pipeline):
    text = "The new plan was published on Monday. It calls for sanctions on Albania."
    assert resolve_nth(pipeline, text, "It") is None


def test_it_after_a_person_is_no_actor(pipeline):
    text = "Anna Berg visited the border on Monday. It shelled the town later that day."
    assert resolve_nth(pipeline, text, "It") is None


def test_expletive_it_is_no_actor(pipeline):
    text = "Greece sent troops to the border. It is unclear whether talks will resume."
    assert resolve_nth(pipeline, text, "It") is None


def test_it_after_an_owned_thing_is_no_actor(pipeline):
    text = "The retailer's new platform means that it must fight counterfeit goods."
    assert resolve_nth(pipeline, text, "it") is None


# -- "the company", "the group": the body named before, by its kind ------------------------------


def test_the_company_recalls_the_business_named_before(pipeline):
    text = (
        "Vantor Mining Corporation said on Monday it would cut 300 jobs. "
        "The company sued the government of Albania last year."
    )
    actor = resolve_nth(pipeline, text, "The company")
    assert actor is not None and actor.name == "Vantor Mining Corporation"


def test_the_group_after_people_told_of_stays_unnamed(pipeline):
    text = (
        "Police in Tirana detained 12 protesters on Monday. "
        "The group had blocked the road to the parliament."
    )
    actor = resolve_nth(pipeline, text, "The group")
    assert actor is None or actor.name == "The group"


def test_the_company_does_not_recall_a_state_body(pipeline):
    text = (
        "The Albanian Ministry of Finance said on Monday it would cut 300 jobs. "
        "The company sued the government last year."
    )
    actor = resolve_nth(pipeline, text, "The company")
    assert actor is None or "Ministry" not in actor.name


# -- a place's adjectives are no part of its name ------------------------------------------------


def test_a_place_qualified_by_adjectives_is_the_place(pipeline):
    text = (
        "Militias advanced on government-held Benghazi on Friday, and clashes broke out in "
        "southern Lebanon."
    )
    for word in ("Benghazi", "Lebanon"):
        actor = resolve_nth(pipeline, text, word)
        assert actor is not None and actor.kind == "place" and actor.name == word


def test_a_place_named_with_a_noun_before_keeps_its_reading(pipeline):
    text = "Dockers in the Kenyan port city Mombasa went on strike on Monday."
    actor = resolve_nth(pipeline, text, "Mombasa")
    assert actor is not None and actor.country == "KEN"


def test_it_passes_over_a_line_with_no_subject(pipeline):
    text = (
        "Greece, which has backed the rebels for years, stepped up its campaign last week.\n"
        "See also:\n"
        "Read more:\n"
        "On Monday it shot down two Albanian planes near the river."
    )
    actor = resolve_nth(pipeline, text, "it")
    assert actor is not None and actor.country == "GRC"
