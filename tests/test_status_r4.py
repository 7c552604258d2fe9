"""Statuses, sources and merges (issue 11, round 4): who vouches for an event and which
mentions are one event. Each rule has a case it fires on and a near miss it must leave alone;
every text runs through the real pipeline."""

from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.quotes import extract_quotes
from newsledger.model import Article, EventMention, SourceRole, StanceKind
from newsledger.pipeline import analyze
from newsledger.resolve.pairs import pair_kind


@pytest.fixture(scope="module")
def events_in(stages):
    """The resolved events of an article (its first line the headline)."""

    def run(text: str, published: str = "2026-05-08") -> list[EventMention]:
        article = Article(id="t", body=text, published=published, title_start=0)
        return next(iter(analyze([article], stages))).events

    return run


def _sources(events: list[EventMention], kind: str) -> list[tuple[str, str, str | None]]:
    return [(s.name, s.stance, s.role) for e in events if e.type == kind for s in e.sources]


# A negated verb of saying under another ("he said he could not confirm E"): no stance.


def test_saying_that_one_could_not_confirm_is_no_stance(events_in):
    text = (
        "Fishermen held off Arica\n"
        "Chilean soldiers detained 12 Peruvian fishermen near Arica on Saturday, a radio "
        "station reported. A spokesman for the Chilean army said he could not confirm the "
        "detentions.\n"
    )
    found = _sources(events_in(text), "COERCE")
    assert all(s[2] != SourceRole.PARTICIPANT for s in found)
    assert all(s[1] != StanceKind.DENIES for s in found)


def test_saying_that_one_confirms_is_a_stance(events_in):
    text = (
        "Fishermen held off Arica\n"
        "Chilean soldiers detained 12 Peruvian fishermen near Arica on Saturday, a radio "
        "station reported. A spokesman for the Chilean army said he could confirm the "
        "detentions.\n"
    )
    found = _sources(events_in(text), "COERCE")
    assert any(s[1] == StanceKind.ASSERTS and s[2] == SourceRole.PARTICIPANT for s in found)


# A reporting verb after a clause reports that clause only when its own complement slot is
# empty ("E, X says"); "E, X demands release" reports the demand, not E.


def _quote_texts(text: str, cue: str) -> list[str]:
    doc = nlp.load()(text)
    return [q.text for q in extract_quotes(doc) if q.cue == cue]


def test_a_postposed_verb_with_its_own_complement_does_not_report_the_clause_before():
    text = "Chilean police detained the truckers on Friday, Bolivia demanded to know why.\n"
    assert _quote_texts(text, "demanded") == ["to know why"]


def test_a_postposed_verb_with_its_slot_empty_reports_the_clause_before():
    text = "Chilean police detained the truckers on Friday, Bolivia said.\n"
    assert any("detained the truckers" in t for t in _quote_texts(text, "said"))


# "Both ministries" speak for both sides, as "both governments" do.


def test_both_ministries_is_a_pair_of_countries():
    assert pair_kind("both ministries") == "country"
    assert pair_kind("both ministers") == "person"
    assert pair_kind("the ministries") is None


def test_a_call_both_ministries_announced_is_confirmed(events_in):
    text = (
        "Ministers of Peru and Chile spoke\n"
        "Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Tomas Vial spoke by "
        "telephone on May 4, a call that both ministries announced at the time.\n"
    )
    found = _sources(events_in(text), "CONSULT")
    assert ("both ministries", StanceKind.ASSERTS, SourceRole.PARTICIPANT) in found


# A "government spokesman" of no country speaks for the one government taking part.


def test_a_government_spokesman_speaks_for_the_government_taking_part(events_in):
    text = (
        "Ghana asks Togo for patrol boats\n"
        "Ghana's government on Monday asked Togo to lend it two patrol boats to search the "
        "lagoon, government spokesman Kojo Ampofo said.\n"
    )
    found = _sources(events_in(text), "REQUEST")
    assert ("Kojo Ampofo", StanceKind.ASSERTS, SourceRole.PARTICIPANT) in found


def test_an_opposition_spokesman_does_not(events_in):
    text = (
        "Ghana asks Togo for patrol boats\n"
        "Ghana's government on Monday asked Togo to lend it two patrol boats to search the "
        "lagoon, opposition spokesman Kojo Ampofo said.\n"
    )
    found = _sources(events_in(text), "REQUEST")
    assert ("Kojo Ampofo", StanceKind.ASSERTS, SourceRole.OTHER) in found


# "its ministry said": the pronoun takes the subject of the clause it reports.


def test_its_ministry_speaks_for_the_subject_of_the_report(events_in):
    text = (
        "Uruguay halts Argentine wheat imports\n"
        "Uruguay suspended imports of wheat from Argentina on Thursday, its Ministry of "
        "Industry said, widening a row over port fees.\n"
    )
    roles = [s[2] for s in _sources(events_in(text), "SANCTION") if s[0] != "the outlet"]
    assert roles and all(r == SourceRole.PARTICIPANT for r in roles)


def test_a_ministry_of_no_one_stays_another_party(events_in):
    text = (
        "Uruguay halts Argentine wheat imports\n"
        "Uruguay suspended imports of wheat from Argentina on Thursday, the Ministry of "
        "Industry said, widening a row over port fees.\n"
    )
    roles = [s[2] for s in _sources(events_in(text), "SANCTION") if s[0] != "the outlet"]
    assert roles and all(r != SourceRole.PARTICIPANT for r in roles)


# A headline naming a side its lead leaves untold (the addressee of a demand) joins the lead
# and names that side.


def test_a_headline_names_the_side_its_lead_leaves_untold(events_in):
    text = (
        "Peru asks Chile to free fishermen\n"
        "Peruvian Foreign Minister Ana Ruiz on Tuesday demanded the immediate release of the "
        "fishermen, calling their arrest unlawful.\n"
    )
    requests = [e for e in events_in(text) if e.type == "REQUEST"]
    assert len(requests) == 1
    names = {p.name for p in requests[0].actors + requests[0].recipients}
    assert "Chile" in names and any("Ruiz" in n for n in names)


def test_a_headline_of_another_side_stays_apart(events_in):
    text = (
        "Peru asks Chile to free fishermen\n"
        "Bolivian Foreign Minister Ana Ruiz on Tuesday demanded the immediate release of the "
        "fishermen, calling their arrest unlawful.\n"
    )
    requests = [e for e in events_in(text) if e.type == "REQUEST"]
    assert len(requests) == 2


# A minister titled by a participant ministry's portfolio speaks for it.


def _note(title: str) -> str:
    return (
        "Chile protests to Peru\n"
        "Chile's foreign ministry on Sunday handed a formal protest note to the Peruvian "
        f"ambassador in Santiago over the arrests, {title} Laura Vidal said.\n"
    )


def test_the_minister_of_the_ministry_taking_part_speaks_for_it(events_in):
    roles = [s.role for e in events_in(_note("Foreign Minister")) for s in e.sources]
    assert SourceRole.PARTICIPANT in roles


def test_a_minister_of_another_portfolio_does_not(events_in):
    roles = [s.role for e in events_in(_note("Health Minister")) for s in e.sources]
    assert roles and SourceRole.PARTICIPANT not in roles


# Negative implicatives ("failed to", "declined to", "unable to") over a verb of saying, and
# a negated "address", take no stance; the same verbs unnegated do.


def _shelling(second: str) -> list[tuple[str, str, str | None]]:
    return (
        "Kenyan artillery shelled the Somali town of Dhobley on Saturday, the daily Nation "
        f"Star reported. {second}\n"
    )


@pytest.mark.parametrize(
    "second",
    [
        "Kenya's army declined to confirm the shelling.",
        "Kenya's army failed to confirm the shelling.",
        "A monitoring group said it was unable to verify the shelling.",
        "Kenya's army did not address the shelling.",
    ],
)
def test_a_refused_or_failed_confirmation_is_no_stance(events_in, second):
    found = _sources(events_in("Shelling reported\n" + _shelling(second)), "ASSAULT")
    assert all(s[0] == "Nation Star" or s[1] == StanceKind.HEDGES for s in found)


@pytest.mark.parametrize(
    "second",
    [
        "Kenya's army confirmed the shelling.",
        "A monitoring group said it had verified the shelling.",
    ],
)
def test_a_confirmation_is_a_stance(events_in, second):
    found = _sources(events_in("Shelling reported\n" + _shelling(second)), "ASSAULT")
    assert any(s[0] != "Nation Star" and s[1] == StanceKind.ASSERTS for s in found)
