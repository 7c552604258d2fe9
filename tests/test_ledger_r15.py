"""Two wire stories on one meeting, written for these tests: a state's unnamed officials are
that state across articles, "its officials" after a dateline is the denying state's, and "the
two presidents" after a meeting of two countries' officials are the two countries' leaders."""

from __future__ import annotations

import pytest
from analysis import analyse, titled_article

from newsledger.ledger import Ledger
from newsledger.model import EventMention, Participant
from newsledger.pipeline import analyze
from newsledger.resolve.merge import compare, side_name

FIRST = (
    "Norland and Varna hold border talks in Lusk\n\n"
    "LUSK, March 4 (Wire) - French and German officials met in Lusk on Monday to discuss a "
    "dispute over fishing rights, a French government spokesman said.\n\n"
    "Germany has not confirmed the meeting.\n"
)
SECOND = (
    "Berlin denies Lusk talks\n\n"
    "BERLIN, March 5 (Wire) - Germany's foreign ministry on Tuesday denied that its officials "
    "had met French counterparts in Lusk, calling the report false.\n"
)


def test_its_officials_after_a_dateline_are_the_denying_states():
    article = analyse(SECOND, "2024-03-05")
    (event,) = [e for e in article.events if e.type == "CONSULT"]
    assert {p.country for p in event.actors} == {"DEU", "FRA"}
    assert "its officials" not in [p.name for p in event.actors]  # named as the state's
    assert event.status == "denied"


def test_a_denial_of_officials_meeting_lands_on_the_countries_meeting(tmp_path, stages):
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        for article in analyze(
            [titled_article("a", FIRST, "2024-03-04"), titled_article("b", SECOND, "2024-03-05")],
            stages,
        ):
            ledger.save_article(article)
        meetings = [e for e in ledger.events() if e.type == "CONSULT"]
        assert len(meetings) == 1
        assert meetings[0].status == "disputed"
    finally:
        ledger.close()


def _mention(name: str, country: str) -> EventMention:
    return EventMention(
        type="CONSULT",
        actors=[Participant(name, country, "GOV"), Participant("France", "FRA")],
        sentence="s",
    )


def test_officials_are_their_state_only_across_articles():
    officials, state = _mention("German officials", "DEU"), _mention("Germany", "DEU")
    assert compare(state, officials, "2024-03-04", "2024-03-05", across=True) is not None
    assert compare(state, officials, "2024-03-04", "2024-03-04") is None


def test_a_named_house_is_no_state_officials():
    house = Participant("House of Representatives", "USA", "GOV")
    assert side_name(house, officials=True) == "House of Representatives"


@pytest.mark.parametrize(
    "pair, holders",
    [
        ("The two leaders", ["Emmanuel Macron", "Olaf Scholz"]),
        # Séjourné took office on 11 January 2024: the holders on the day of the call
        ("The two foreign ministers", ["Annalena Baerbock", "Stéphane Séjourné"]),
    ],
)
def test_a_pair_after_two_countries_met_is_their_office_holders(pair, holders):
    article = analyse(
        f"French and German officials met in Lusk on Monday. "
        f"{pair} last spoke by phone on January 12.",
        "2024-03-06",
    )
    (call,) = [e for e in article.events if e.mode == "phone"]
    assert sorted(p.name for p in call.actors) == holders


def test_a_pair_compound_names_each_side_and_a_dateline_describes_no_one():
    article = analyse(
        "Qatar hosts US-Iran contacts\n\n"
        "DOHA, May 13 (Wire) - American and Iranian diplomats met in Doha on Sunday.",
        "2024-05-13",
    )
    names = {e.text: e.actor for e in article.entities}
    assert all(actor is None or "-" not in actor for actor in names.values())
    assert all(actor is None or "May 13" not in actor for actor in names.values())


def test_us_iran_compound_is_two_states():
    article = analyse("Qatar hosts US-Iran contacts\n\nThe talks were held in Doha.", "2024-05-13")
    (event,) = [e for e in article.events if e.type == "CONSULT"]
    assert {p.country for p in event.actors} >= {"USA", "IRN"}
    assert all("-" not in p.name for p in event.actors)


def test_a_states_forces_are_the_state_across_articles():
    forces, state = _mention("Norway's forces", "NOR"), _mention("Norway", "NOR")
    forces.actors[0].sector = "MIL"
    assert compare(state, forces, "2024-03-04", "2024-03-05", across=True) is not None


def test_the_foreign_ministers_of_two_states_are_their_ministers():
    article = analyse(
        "The foreign ministers of France and Germany met in Berlin on Friday.", "2024-03-06"
    )
    (event,) = article.events
    assert sorted(p.name for p in event.actors) == ["Annalena Baerbock", "Stéphane Séjourné"]
