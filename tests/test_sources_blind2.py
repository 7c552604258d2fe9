"""Sources and their roles: a spokesperson taken up by definite anaphora ("the ministry
spokeswoman" after "X's ministry", a later "She said"), a state body telling of its own
unnamed agents, and "without saying whether" as no stance. Unit checks on the role rules and
the speaker's owners, and one end-to-end check through the stance stage."""

from newsledger import nlp
from newsledger.extract.quotes import extract_quotes
from newsledger.extract.stance import attach_sources
from newsledger.model import Actor, Participant, Source, SourceRole, StanceKind
from newsledger.resolve.roles import source_role, speakers_owners


def owners_of(text: str, speaker: str, nth: int = 0) -> list[str]:
    doc = nlp.load()(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(speaker, start + 1)
    return [text[s:e] for s, e in speakers_owners(doc, start, start + len(speaker))]


def test_a_ministry_spokesperson_belongs_to_the_ministry_just_named():
    text = (
        "Norway's defence ministry on Friday rejected the account of the exercise. "
        '"Nothing of the kind took place," the ministry spokeswoman told reporters. '
        "She said the drills had ended on Monday."
    )
    assert owners_of(text, "the ministry spokeswoman") == ["Norway"]
    assert owners_of(text, "She") == ["Norway"]
    indefinite = (
        "Chile's foreign ministry said on Monday the talks had gone well. "
        '"They agreed on nothing yet," a ministry spokesman said. '
        "The spokesman said the envoy would leave on Sunday."
    )
    assert owners_of(indefinite, "a ministry spokesman") == ["Chile"]
    assert owners_of(indefinite, "The spokesman") == ["Chile"]


def test_a_pronoun_after_someone_else_or_of_the_other_gender_is_not_taken_up():
    other_gender = (
        "Norway's defence ministry rejected the account. "
        '"Nothing took place," the ministry spokeswoman said. He said the drills had ended.'
    )
    assert owners_of(other_gender, "He") == []
    named_between = (
        "Norway's defence ministry rejected the account. "
        '"Nothing took place," the ministry spokeswoman said. '
        "Kari Holm, an opposition lawmaker, disagreed, and she said the drills went on."
    )
    assert owners_of(named_between, "she") == []
    # a ministry that names no owner gives none
    assert (
        owners_of("The ministry said so. A ministry spokesman said more.", "A ministry spokesman")
        == []
    )


def test_a_state_body_speaks_for_its_own_unnamed_agents():
    officers = Participant("border guards", None, "COP")
    held = Participant("Lars Dahl", "SWE", "BUS")
    found = {
        "border guards": Actor("border guards", "group", None, "COP"),
        "Lars Dahl": Actor("Lars Dahl", "person", "SWE", "BUS"),
    }
    ministry = Actor("Ministry of Interior of Norway", "organization", "NOR", "GOV")
    told = Source(ministry.name, "asserts", "Norway's interior ministry", 0, 26)
    assert source_role(told, ministry, [officers, held], found.get) == SourceRole.PARTICIPANT
    # a group of officials speaks for no one; an unplaced person is no state body
    officials = Actor("Norwegian officials", "group", "NOR", "GOV")
    said = Source(officials.name, "asserts", officials.name, 0, 19)
    assert source_role(said, officials, [officers, held], found.get) == SourceRole.OTHER
    guard = Participant("Per Lund", None, "COP")
    found["Per Lund"] = Actor("Per Lund", "person", None, "COP")
    assert source_role(told, ministry, [guard, held], found.get) == SourceRole.OTHER


def test_without_saying_whether_takes_no_stance(events_of):
    from datetime import date

    from newsledger.extract.times import extract_times

    text = (
        '"The man is in custody," the ministry spokesman said, without saying whether '
        "Sweden had sent a formal request."
    )
    doc = nlp.load()(text)
    events = events_of(text, date(2025, 3, 11))
    extract_times(doc, date(2025, 3, 11))
    attach_sources(doc, events, extract_quotes(doc), "the outlet")
    asked = [e for e in events if e.type == "REQUEST"]
    assert asked, [e.type for e in events]
    for event in asked:
        assert all(s.name != "the ministry spokesman" for s in event.sources), event.sources
        assert all(s.stance != StanceKind.ASSERTS for s in event.sources), event.sources


def speaker_of(text: str) -> list[str]:
    doc = nlp.load()(text)
    return [q.speaker_text for q in extract_quotes(doc) if q.speaker_text]


def test_an_outlet_described_before_its_name_speaks_by_its_name():
    found = speaker_of(
        "Police in Lund held two men on Monday, the regional news site Nordpost Idag reported."
    )
    assert any("Nordpost Idag" in s for s in found), found
    assert all(not s.startswith("the regional") for s in found), found
    described = speaker_of(
        "Bergen daily Vestlandet Posten reported on Monday that the mayor had resigned."
    )
    assert any(s.endswith("Vestlandet Posten") and "Bergen" not in s for s in described), described


def test_an_outlet_described_before_its_name_is_media():
    site = Actor("Nordpost Idag", "person", None, None, "regional news site")
    told = Source(site.name, "asserts", "site Nordpost Idag", 0, 18)
    parts = [Participant("Lars Dahl", "SWE", "BUS")]
    assert source_role(told, site, parts, {}.get) == SourceRole.MEDIA
    bare = Source(site.name, "asserts", site.name, 0, 13)
    described = source_role(bare, site, parts, {}.get)
    assert described == SourceRole.MEDIA  # what the article called it
    plain = Actor("Nordpost Idag", "person", None, None, None)
    assert source_role(bare, plain, parts, {}.get) == SourceRole.OTHER


def test_the_time_setting_of_a_denied_act_is_not_denied(events_of):
    from datetime import date

    text = (
        "Chile's foreign ministry on Friday rejected reports that Foreign Minister Ana Rojas "
        "had signed a mining agreement during her visit to Peru."
    )
    doc = nlp.load()(text)
    events = events_of(text, date(2025, 3, 11))
    attach_sources(doc, events, extract_quotes(doc), "the outlet")
    visits = [e for e in events if e.trigger == "visit"]
    assert visits, [(e.type, e.trigger) for e in events]
    for event in visits:
        assert all(s.stance != StanceKind.DENIES for s in event.sources), event.sources
    signed = [e for e in events if e.trigger == "signed"]
    assert signed and all(any(s.stance == StanceKind.DENIES for s in e.sources) for e in signed), [
        (e.trigger, e.sources) for e in signed
    ]


def test_a_person_or_a_named_agency_is_not_taken_as_own_agents():
    agency = Participant("The Food Safety Agency", None, "GOV")
    found = {agency.name: Actor(agency.name, "organization", None, "GOV")}
    leader = Actor("Ola Berg", "person", "NOR", "GOV", "prime minister")
    said = Source(leader.name, "asserts", leader.name, 0, 8)
    assert source_role(said, leader, [agency], found.get) == SourceRole.OTHER
    ministry = Actor("Ministry of Health of Norway", "organization", "NOR", "GOV")
    told = Source(ministry.name, "asserts", "Norway's health ministry", 0, 24)
    assert source_role(told, ministry, [agency], found.get) == SourceRole.OTHER
