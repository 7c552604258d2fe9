"""Actors on real news pages, round 9 (issue 11): spans, sectors and countries.

Sentences written for these tests, with invented names: a relative clause or apposition after
a "whose" phrase is no part of a participant's name; "such N as X" names X; a sector comes from
the head noun ("striking staff" are workers, a member is of the body named before it); a place
word inside a name the base knows is part of that name, not the actor's country; a legislature's
members and a party's are of the country the article is about, when its places make that plain.
"""

import re

import pytest

from newsledger.extract.events_args import participants_of
from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase

DAY = "2021-03-01"


def names_at(pipeline, text: str, word: str) -> list[str]:
    """The participants `participants_of` reads around the first token `word`."""
    doc = pipeline(text)
    head = next(t for t in doc if t.text == word)
    return [p.name for p in participants_of(head)]


def resolve(pipeline, text: str, phrase: str):
    start = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text).start()
    resolver = MentionResolver(pipeline(text), ActorBase.default(), DAY)
    return resolver.resolve(start, start + len(phrase))


# -- participant spans ---------------------------------------------------------------------------


def test_such_a_kind_as_a_name_is_the_name(pipeline):
    text = "Her new poem was praised by such peers as the poet Lena Morrow on Monday."
    assert names_at(pipeline, text, "peers") == ["the poet Lena Morrow"]


def test_such_a_kind_without_as_stays_the_kind(pipeline):
    text = "Such peers rarely praise a first book in public."
    assert names_at(pipeline, text, "peers") == ["Such peers"]


# -- sectors from the head noun ------------------------------------------------------------------


def test_striking_staff_are_workers_not_soldiers(kb):
    assert kb.lookup("striking staff", DAY).sector == "LAB"


def test_a_general_staff_is_still_military(kb):
    assert kb.lookup("the general staff", DAY).sector == "MIL"


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [("union members", "LAB"), ("cabinet members", "GOV"), ("120 House members", "LEG")],
)
def test_a_member_takes_the_sector_of_the_body_named_before_it(kb, phrase, sector):
    assert kb.lookup(phrase, DAY).sector == sector


def test_members_of_no_named_body_stay_unknown(kb):
    assert kb.lookup("members", DAY).sector == "UNK"


def test_a_party_s_members_are_party_people(kb):
    actor = kb.lookup("Republicans", DAY)
    assert (actor.kind, actor.sector) == ("group", "PTY")


def test_a_republic_is_a_country_not_a_party(kb):
    actor = kb.lookup("the Republic of Korea", DAY)
    assert actor.country == "KOR"
    assert actor.sector != "PTY"


# -- countries -----------------------------------------------------------------------------------


def test_a_place_word_inside_a_known_name_is_part_of_that_name(kb):
    # Santander is also a city of another country; the bank the base knows is Spanish.
    actor = kb.lookup("a Banco Santander executive", DAY)
    assert actor.country == "ESP"


def test_a_named_person_described_by_a_known_name_takes_its_country(kb):
    actor = kb.lookup("Banco Santander executive Lia Monreal", DAY)
    assert (actor.name, actor.country) == ("Lia Monreal", "ESP")


def test_a_country_the_rest_of_the_phrase_names_still_wins(kb):
    actor = kb.lookup("Chilean Banco Santander executive Lia Monreal", DAY)
    assert actor.country == "CHL"


# -- the article's country -----------------------------------------------------------------------

# Two sentences naming places of one country twice over, then the phrase to resolve.
_HOME = "Storms hit Ohio and Texas. Officials in Florida and Nevada agreed. "
_TWO_COUNTRIES = "Talks in Paris and Berlin went on. Officials in Lyon and Hamburg agreed. "


@pytest.mark.parametrize(
    ("text", "phrase", "wanted"),
    [
        (_HOME + "Then 120 House members signed a brief.", "120 House members", ("USA", "LEG")),
        (_HOME + "The Republicans said they would wait.", "The Republicans", ("USA", "PTY")),
        (_HOME + "The House approved a relief bill.", "The House", ("USA", "LEG")),
        (
            _HOME + "More than two dozen lawmakers signed a letter.",
            "two dozen lawmakers",
            ("USA", "LEG"),
        ),
        (
            "Fires burned near Sydney and Melbourne. Crews in Perth and Adelaide helped. "
            "The country's environment minister Mara Quell warned of losses.",
            "Mara Quell",
            ("AUS", "GOV"),
        ),
    ],
)
def test_a_home_body_given_no_country_is_of_the_country_the_article_is_about(
    pipeline, text, phrase, wanted
):
    actor = resolve(pipeline, text, phrase)
    assert (actor.country, actor.sector) == wanted


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (_TWO_COUNTRIES + "The Republicans said they would wait.", "The Republicans"),
        (_HOME + "Neighbours in Ohio threw many parties this spring.", "many parties"),
        (_HOME + "The house was destroyed on Tuesday.", "The house"),
        (
            "Fires burned near Sydney and Auckland. Crews in Perth and Wellington helped. "
            "The country's environment minister Mara Quell warned of losses.",
            "Mara Quell",
        ),
    ],
)
def test_no_country_from_the_article_when_it_is_not_clear_or_not_a_body(pipeline, text, phrase):
    actor = resolve(pipeline, text, phrase)
    assert actor is None or actor.country is None


def test_the_house_capitalised_is_an_organisation(pipeline):
    assert resolve(pipeline, _HOME + "The House approved a relief bill.", "The House").kind == (
        "organization"
    )


# -- buildings -----------------------------------------------------------------------------------


def test_the_headquarters_of_a_body_stand_for_the_body(kb):
    actor = kb.lookup("The headquarters of the small Pelara union", DAY)
    assert (actor.name, actor.sector) == ("the small Pelara union", "LAB")


def test_a_known_name_before_an_installation_holds_it(kb):
    assert kb.lookup("a NATO base", DAY).name == "NATO"


def test_a_headquarters_of_no_one_named_is_no_actor(kb):
    assert kb.lookup("the headquarters", DAY) is None


def test_a_town_inside_a_college_name_is_not_the_player_s_country(pipeline):
    text = (
        "Police in Ohio and Texas searched for him. Officers in Florida and Nevada helped. "
        "They arrested a Kingston College football player on Monday."
    )
    actor = resolve(pipeline, text, "a Kingston College football player")
    assert actor.country != "JAM"


def test_a_town_inside_a_college_name_stays_in_an_article_about_its_country(pipeline):
    text = (
        "Police in Montego Bay and Spanish Town searched for him. Officers in Kingston helped. "
        "They arrested a Kingston College football player on Monday."
    )
    actor = resolve(pipeline, text, "a Kingston College football player")
    assert actor.country == "JAM"
