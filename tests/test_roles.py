"""Source roles: the participant's side, the media, the outlet, others — from the actors
resolution finds and from the speaker's own phrase, through the real pipeline."""

import pytest

from newsledger.model import Actor, Article, Participant, Source, SourceRole
from newsledger.resolve.roles import source_role

LIMA = Participant("Ana Lima", "BRA", "GOV")
BERG = Participant("Jon Berg", "NOR", "GOV")
PLACES = {"Brazil": Actor("Brazil", "place", "BRA")}


def role(source, actor=None, owners=(), participants=(LIMA, BERG)):
    return source_role(source, actor, list(participants), PLACES.get, list(owners))


def spoken(name, text=None):
    return Source(name, "asserts", text or name, 0, len(text or name))


def test_roles_from_the_source_actor():
    assert role(Source("the outlet", "asserts")) == SourceRole.OUTLET
    assert role(spoken("Ana Lima")) == SourceRole.PARTICIPANT
    ministry = Actor("Ministry of Foreign Affairs of Brazil", "organization", "BRA", "GOV")
    assert role(spoken(ministry.name), ministry) == SourceRole.PARTICIPANT
    spokesman = Actor("Rui Costa", "person", "BRA", "GOV", "spokesman")
    assert role(spoken(spokesman.name), spokesman) == SourceRole.PARTICIPANT
    paper = Actor("Folha Diaria", "organization", "BRA", "JRN")
    assert role(spoken(paper.name), paper) == SourceRole.MEDIA
    # state television is media, not the government speaking
    tv = Actor("Brazilian state television", "organization", "BRA", None)
    assert role(spoken(tv.name), tv) == SourceRole.MEDIA
    # unnamed officials are no official record; another country's ministry is another party
    officials = Actor("Brazilian officials", "group", "BRA", "GOV")
    assert role(spoken(officials.name), officials) == SourceRole.OTHER
    other = Actor("Ministry of Foreign Affairs of Chile", "organization", "CHL", "GOV")
    assert role(spoken(other.name), other) == SourceRole.OTHER


def test_roles_from_the_speakers_phrase():
    assert role(spoken("both governments")) == SourceRole.PARTICIPANT
    assert role(spoken("both governments"), participants=(LIMA,)) == SourceRole.OTHER
    office = Actor("Lima's office", "organization", None, "GOV")
    assert role(spoken(office.name), office, [Actor("Lima", "person")]) == SourceRole.PARTICIPANT
    service = Actor("Information Service", "organization", None, None)
    assert role(spoken(service.name), service, [PLACES["Brazil"]]) == SourceRole.PARTICIPANT
    press = Actor("the presidential press service", "organization", "BRA", "JRN")
    assert role(spoken(press.name), press) == SourceRole.PARTICIPANT


@pytest.mark.parametrize(
    ("body", "source", "role", "status"),
    [
        (
            "Talks in Lisbon\nPortuguese Prime Minister Luis Montenegro met Spanish Prime "
            "Minister Pedro Sanchez in Lisbon on Monday, Montenegro's office said.",
            "office",
            "participant",
            "confirmed",
        ),
        (
            "Talks in Lisbon\nPortuguese Prime Minister Luis Montenegro met Spanish Prime "
            "Minister Pedro Sanchez in Lisbon on Monday, the newspaper Diario Atlantico "
            "reported.",
            "Diario",
            "media",
            "reported",
        ),
    ],
)
def test_roles_and_status_through_the_pipeline(stages, body, source, role, status):
    from newsledger.pipeline import analyze

    (article,) = analyze([Article(id="t.txt", body=body, published="2025-03-11")], stages)
    (event,) = [
        e for e in article.events if e.type == "CONSULT" and len(e.participant_names()) == 2
    ]
    found = [s for s in event.sources if source.lower() in s.name.lower()]
    assert found and found[0].role == role, event.sources
    assert event.status == status
