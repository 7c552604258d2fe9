"""Event topics: what a call, meeting, letter or agreement was about, from the real parse."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger import nlp
from newsledger.extract.events import extract_events
from newsledger.extract.times import extract_times
from newsledger.extract.topics import attach_topics
from newsledger.model import EventMention


@pytest.fixture(scope="module")
def parse():
    pipeline = nlp.load()

    def run(text: str) -> list[EventMention]:
        doc = pipeline(text)
        times = extract_times(doc, date(2024, 6, 3))
        mentions = extract_events(doc, times)
        attach_topics(doc, mentions)
        return mentions

    return run


def topics_of(mentions: list[EventMention], trigger: str) -> list[str]:
    found = [m for m in mentions if m.trigger == trigger]
    assert found, f"no mention with trigger {trigger!r} in {[m.trigger for m in mentions]}"
    return found[0].topics


@pytest.mark.parametrize(
    ("text", "trigger", "topics"),
    [
        # objects of a discussion verb, coordinated verbs and purpose clauses
        (
            "The Canadian prime minister met the Mexican president on Thursday and discussed "
            "migration, trade and security.",
            "met",
            ["migration", "trade", "security"],
        ),
        (
            "The Nigerian president met the Ghanaian leader in Accra to discuss the border crisis.",
            "met",
            ["border crisis"],
        ),
        (
            "The talks between Serbia and Kosovo focused on energy and the status of the "
            "northern municipalities.",
            "talks",
            ["energy", "status of the northern municipalities"],
        ),
        (
            "During the call, the leaders discussed the ceasefire in Gaza and humanitarian aid.",
            "call",
            ["ceasefire in Gaza", "humanitarian aid"],
        ),
        # subject-matter prepositions on the event word, its light verb or its party
        (
            "The Polish foreign minister wrote to his Czech counterpart about the gas pipeline.",
            "wrote",
            ["gas pipeline"],
        ),
        (
            "The Greek prime minister sent a letter to the Turkish president regarding maritime "
            "boundaries.",
            "letter",
            ["maritime boundaries"],
        ),
        (
            "Vietnam and the Philippines held talks over the South China Sea dispute.",
            "held",
            ["South China Sea dispute"],
        ),
        (
            "The Turkish foreign minister spoke with his Greek counterpart with regard to "
            "migrant boats.",
            "spoke",
            ["migrant boats"],
        ),
        ("Norway asked Russia for talks on fishing quotas.", "asked", ["fishing quotas"]),
        (
            "Germany and France agreed to present joint proposals on air defence.",
            "agreed",
            ["air defence"],
        ),
        # normalisation: "the situation in X" is X, a vague head gives way to what it names
        (
            "The foreign ministers of Brazil and Argentina discussed the situation with Venezuela.",
            "discussed",
            ["Venezuela"],
        ),
        (
            "The Indian minister and his Saudi counterpart discussed the issue of oil prices.",
            "discussed",
            ["oil prices"],
        ),
        (
            "In a joint statement, the ministers expressed deep concern about the situation in "
            "the Red Sea.",
            "statement",
            ["Red Sea"],
        ),
    ],
)
def test_topics_from_the_events_sentence(parse, text, trigger, topics):
    assert topics_of(parse(text), trigger) == topics


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Danish minister met her Swedish counterpart on the sidelines of the summit.", "met"),
        ("The two presidents talked on the phone over the weekend.", "talked"),
        ("The Irish and British prime ministers met over dinner in Dublin.", "met"),
        (
            "The Japanese prime minister spoke with the Korean president on behalf of the G7.",
            "spoke",
        ),
        ("The Kenyan president called on Somalia to withdraw its troops.", "called"),
        ("The Indonesian and Malaysian leaders discussed a wide range of issues.", "discussed"),
    ],
)
def test_times_modes_settings_and_vague_heads_are_no_topics(parse, text, trigger):
    assert topics_of(parse(text), trigger) == []


def test_agenda_sentence_in_the_same_sentence(parse):
    mentions = parse(
        "The Chilean and Bolivian presidents talked for two hours, the main topics were "
        "lithium exports and the situation around the border."
    )
    assert topics_of(mentions, "talked") == ["lithium exports", "border"]


def test_agenda_sentence_after_the_event(parse):
    mentions = parse(
        "Spain's prime minister met the Moroccan king in Rabat. "
        "The agenda included a range of issues, including water management."
    )
    assert topics_of(mentions, "met") == ["water management"]


def test_follow_up_sentence_adds_to_the_latest_contact(parse):
    mentions = parse(
        "Spain's prime minister met the Moroccan king in Rabat on Monday. "
        "They also discussed migration."
    )
    assert topics_of(mentions, "met") == ["migration"]


def test_follow_up_with_a_named_subject_is_its_own_event(parse):
    mentions = parse(
        "The Chilean president met the Bolivian president. "
        "Later that day, the Argentine minister discussed lithium with reporters."
    )
    assert topics_of(mentions, "met") == []
    assert topics_of(mentions, "discussed") == ["lithium"]


def test_follow_up_sentence_with_an_event_of_its_own_adds_nothing(parse):
    mentions = parse(
        "Spain's prime minister met the Moroccan king in Rabat. "
        "Separately, Portugal and Algeria signed a gas deal."
    )
    assert topics_of(mentions, "met") == []


def test_a_clause_of_its_own_keeps_its_topics(parse):
    mentions = parse(
        "The Kenyan president visited Uganda on Monday, while the two foreign ministers "
        "discussed the railway."
    )
    assert topics_of(mentions, "visited") == []


def test_relations_between_the_parties_drop_the_parties(parse):
    mentions = parse(
        "The Polish and Czech presidents discussed relations between Warsaw and Prague."
    )
    assert topics_of(mentions, "discussed") == ["relations"]


def test_pipeline_merges_the_topics_of_one_event(stages):
    from newsledger.model import Article
    from newsledger.pipeline import analyze

    text = (
        "Kenyan President William Ruto spoke by phone with Tanzanian President Samia Suluhu "
        "Hassan on Tuesday about the fuel shortage. The call also covered the railway project."
    )
    (article,) = analyze([Article(id="t", body=text, published="2024-06-05")], stages)
    consult = [e for e in article.events if e.type == "CONSULT"]
    assert len(consult) == 1
    assert consult[0].topics == ["fuel shortage", "railway project"]


@pytest.mark.parametrize(
    ("text", "trigger", "topics"),
    [
        (
            "The Danish minister asked Norway to speed up the construction of the gas pipeline.",
            "asked",
            ["construction of the gas pipeline"],
        ),
        (
            "The prime minister urged the company to stop the re-export of spare parts.",
            "urged",
            ["export of spare parts"],
        ),
        ("The mayor asked the police to protect the journalists.", "asked", []),
    ],
)
def test_what_is_asked_is_the_object_of_the_act_asked(parse, text, trigger, topics):
    assert topics_of(parse(text), trigger) == topics
