"""Merging, round 9: a headline that describes the sides as its lead does ("Rebels shell
Dorvik" over "Rebel forces shelled the town of Dorvik ...") tells the lead's fact, not one of
its own; two descriptions of other kinds, countries or roles stay two facts. All names and
sentences are invented."""

from __future__ import annotations

from newsledger.model import Article, EventDate, EventMention, Participant
from newsledger.resolve.merge import _agent_plural, _same_kind, merge_mentions

PUBLISHED = "2026-10-12"
SATURDAY = EventDate("Saturday", "2026-10-10", "2026-10-10", "2026-10-10")


def _events(stages, body: str, kind: str) -> list[EventMention]:
    from newsledger.pipeline import analyze

    article = Article(id="r9", title=body.split("\n")[0], body=body, published=PUBLISHED)
    (analysed,) = analyze([article], stages)
    return [e for e in analysed.events if e.type == kind]


def _told(event: EventMention, headline: str) -> bool:
    return any(m.sentence.startswith(headline) for m in event.merged)


def test_a_headline_describing_the_rebels_joins_the_lead(stages) -> None:
    body = (
        "Rebels shell Dorvik\n\n"
        "Rebel forces shelled the town of Dorvik in northern Chad on Saturday, killing three "
        "civilians, local officials said.\n"
    )
    (event,) = _events(stages, body, "ASSAULT")
    assert "Dorvik" in event.participant_names()
    assert _told(event, "Rebels shell Dorvik")


def test_protesters_and_police_told_twice_are_one_clash(stages) -> None:
    body = (
        "Protesters clash with police in Marvell\n\n"
        "Protesters in the capital Marvell clashed with riot police on Sunday, the interior "
        "ministry said.\n"
    )
    (event,) = _events(stages, body, "ASSAULT")
    assert "riot police" in event.participant_names()
    assert _told(event, "Protesters clash")


def test_a_headline_of_other_doers_stays_its_own_fact(stages) -> None:
    """The near miss: the headline's rebels are not the lead's soldiers, and the rebels the
    lead names are shelled, not shelling."""
    body = (
        "Rebels shell Dorvik\n\n"
        "Government soldiers shelled rebel positions near the town of Dorvik in northern Chad "
        "on Saturday, local officials said.\n"
    )
    assert len(_events(stages, body, "ASSAULT")) == 2


def test_a_headline_about_other_people_stays_its_own_fact(stages) -> None:
    body = (
        "Police arrest journalists in Nassau\n\n"
        "Police arrested three students in the capital on Tuesday, a university official said.\n"
    )
    assert len(_events(stages, body, "COERCE")) == 2


def test_a_headline_describing_both_sides_as_the_lead_does_joins_it(stages) -> None:
    """Every side described in both, in the same words' heads: 'soldiers', 'fishermen'."""
    body = (
        "Radio says Chadian soldiers detained 12 fishermen off Bol\n"
        "Chadian soldiers detained 12 Nigerien fishermen on the lake off the town of Bol on "
        "Saturday, a local radio station reported.\n"
    )
    (event,) = _events(stages, body, "COERCE")
    assert _told(event, "Radio says")


def test_a_country_read_from_its_ministers_restates_a_headline_of_ministers(stages) -> None:
    """'the foreign ministers of Chile and Peru' resolve to the countries; the phrase's head,
    'ministers', is what the headline's 'ministers' restates."""
    body = (
        "Daily stands by account of ministers' weekend meeting\n"
        "A Lima daily said on Wednesday that it stood by its story that the foreign ministers "
        "of Chile and Peru held private talks in Arica on October 10.\n"
    )
    (event,) = _events(stages, body, "CONSULT")
    assert _told(event, "Daily stands by")


def test_an_unnamed_person_restates_the_headline_describing_them(stages) -> None:
    body = (
        "Football player arrested on fraud charge in Ostrava\n\n"
        "OSTRAVA (Wire) — Federal marshals have arrested a Valdoria University football player "
        "accused of defrauding a charity in the capital.\n"
    )
    (event,) = _events(stages, body, "COERCE")
    assert _told(event, "Football player arrested")


def _side(name: str, country=None, sector=None, text=None) -> Participant:
    return Participant(name, text=text or name, country=country, sector=sector)


def test_a_plural_of_an_agent_noun_is_a_description() -> None:
    assert _agent_plural("Rebels") and _agent_plural("Gunmen") and _agent_plural("Police")
    assert _agent_plural("Militiamen")
    # near misses: names, and singular nouns for people
    assert not _agent_plural("Dorvik") and not _agent_plural("Koski")
    assert not _agent_plural("Soldier") and not _agent_plural("News")


def test_descriptions_of_one_kind_agree_and_of_other_kinds_do_not() -> None:
    assert _same_kind(_side("Rebels", sector="REB"), _side("Rebel forces", sector="REB"))
    assert _same_kind(_side("Police"), _side("riot police"))
    assert _same_kind(_side("ministers"), _side("Peru", "PER", text="the ministers of Peru"))
    assert not _same_kind(_side("Soldiers"), _side("Protesters"))
    assert not _same_kind(_side("Police"), _side("a police car"))
    assert not _same_kind(
        _side("Rebel forces", sector="REB"), _side("government forces", sector="MIL")
    )
    assert not _same_kind(_side("Chadian soldiers", "TCD"), _side("Nigerien soldiers", "NER"))


def _assault(actors, recipients=(), sentence="s", start=0, date=None) -> EventMention:
    return EventMention(
        type="ASSAULT",
        actors=[_side(a) for a in actors],
        recipients=[_side(r) for r in recipients],
        date=date,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
    )


def test_a_description_restates_one_in_the_same_role_only() -> None:
    lead = _assault(
        ["Rebel forces"], ["Dorvik"], "Rebel forces shelled Dorvik on Saturday.", 30, SATURDAY
    )
    headline = _assault(["Rebels"], sentence="Rebels shell Dorvik")
    assert len(merge_mentions([headline, lead], PUBLISHED, "a")) == 1
    shelled = _assault(
        ["Government soldiers"],
        ["rebel fighters", "Dorvik"],
        "Government soldiers shelled rebel fighters at Dorvik on Saturday.",
        30,
        SATURDAY,
    )
    assert len(merge_mentions([_assault(["Rebels"], sentence=headline.sentence), shelled],
                              PUBLISHED, "a")) == 2  # fmt: skip


def test_a_body_sentence_describing_the_sides_tells_a_fact_of_its_own() -> None:
    """Only a headline restates its lead: a later sentence with closing punctuation may tell
    another shelling by the same kind of side."""
    lead = _assault(
        ["Rebel forces"], ["Dorvik"], "Rebel forces shelled Dorvik on Saturday.", 0, SATURDAY
    )
    later = _assault(["Rebels"], sentence="Rebels also shelled a market last month.", start=60)
    assert len(merge_mentions([lead, later], PUBLISHED, "a")) == 2
