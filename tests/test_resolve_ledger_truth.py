"""Ledger truth rules of resolution (issue 11), each on invented text: names with particles and
"of" titles, role phrases of offices the base has no holder for, titles that give a gender,
bodies named after an office, the ledger placing a source an article could not, a rejection
of "the report" as a denial of the event reported, "the day before", the town of a meeting."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
import yaml

from newsledger import nlp
from newsledger.extract import events_lexicon
from newsledger.extract.times import extract_times
from newsledger.ledger import Ledger
from newsledger.model import (
    Actor,
    Article,
    Participant,
    Source,
    SourceRole,
    StanceKind,
    Status,
    to_json,
)
from newsledger.pipeline import analyze
from newsledger.resolve.phrases import name_and_description
from newsledger.resolve.roles import ledger_role, source_role


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Egyptian President Abdel Fattah al-Sisi", ("Abdel Fattah al-Sisi", "Egyptian President")),
        ("Presidents Luiz Inacio Lula da Silva", ("Luiz Inacio Lula da Silva", "Presidents")),
        ("King Abdullah II of Jordan", ("Abdullah II", "King of Jordan")),
        ("Governor Ana Ruiz of Oaxaca", ("Ana Ruiz", "Governor of Oaxaca")),
        # not a titled name with "of": an office, an organisation
        ("Secretary of State Marco Rubio", ("Secretary of State Marco Rubio", "")),
        ("Institute of Technology", ("Institute of Technology", "")),
    ],
)
def test_names_keep_their_particles_and_titles_their_of_phrase(mention, expected):
    assert name_and_description(mention) == expected


def _article(stages, body: str, published: str = "2025-03-12", id: str = "t"):
    article = Article(id=id, title=body.split("\n")[0], body=body, published=published)
    return next(analyze([article], stages))


def test_a_role_phrase_the_base_has_no_holder_for_is_the_person_the_article_titles(stages):
    body = (
        "Morocco's king welcomes Senegalese minister\n"
        "King Mohammed VI of Morocco received Senegal's foreign minister in Rabat on Monday, "
        "the royal cabinet said."
    )
    events = _article(stages, body).events
    names = {p.name for e in events for p in e.actors + e.recipients}
    assert "Monarch of Morocco" not in names  # the headline's king is the one named below
    assert len([e for e in events if e.type == "CONSULT"]) == 1


def test_a_spokeswoman_is_not_his(stages):
    body = (
        "Spokeswoman announces trip\n"
        "Foreign office spokeswoman Lina Okafor said on Tuesday that Tomas Brandt would travel "
        "to Oslo next week, two days after his telephone call with Erna Vik."
    )
    calls = [e for e in _article(stages, body).events if e.mode == "phone"]
    assert calls
    assert "Lina Okafor" not in {p.name for e in calls for p in e.actors + e.recipients}


def test_a_court_named_royal_speaks_for_the_one_king_taking_part():
    king = Participant("Harald Vell", None, "GOV")
    president = Participant("Ana Lima", "BRA", "GOV")
    actors = {
        "Harald Vell": Actor("Harald Vell", "person", None, "GOV", role="king"),
        "Ana Lima": Actor("Ana Lima", "person", "BRA", "GOV", role="President of Brazil"),
    }
    court = Source("the Royal Court", "asserts", "the Royal Court", 0, 15)
    body = Actor("the Royal Court", "organization", None, "JUD")
    role = source_role(court, body, [king, president], actors.get)
    assert role == SourceRole.PARTICIPANT
    # with two kings taking part the court could be either's: no side
    actors["Ana Lima"].role = "queen"
    assert source_role(court, body, [king, president], actors.get) == SourceRole.OTHER


def test_the_ledger_places_a_state_body_by_a_participants_country_from_elsewhere():
    office = Actor("Office of the President of Namibia", "organization", "NAM", "GOV")
    unknown_here = Participant("Netumbo Vale", None, None)
    stored = {"Netumbo Vale": Actor("Netumbo Vale", "person", "NAM", "GOV")}
    assert ledger_role(office, [unknown_here], stored.get) == SourceRole.PARTICIPANT
    assert ledger_role(office, [unknown_here], {}.get) is None
    paper = Actor("Namibian Daily", "organization", "NAM", "JRN")
    assert ledger_role(paper, [unknown_here], stored.get) is None


def _ledger_events(stages, articles: list[tuple[str, str]]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(f"sqlite:///{Path(tmp) / 'l.db'}")
        try:
            for n, (published, body) in enumerate(articles):
                ledger.save_article(_article(stages, body, published, id=f"a{n}"))
            return [to_json(e) for e in ledger.events()]
        finally:
            ledger.close()


def test_a_rejected_report_disputes_the_reported_meeting_not_an_earlier_call(stages):
    body = (
        "Chile rejects report of talks with Peru\n"
        "The Peruvian daily La Voz Andina reported on Monday that Chilean Foreign Minister "
        "Alberto van Klaveren and Peruvian Foreign Minister Elmer Schialer held a secret "
        "meeting in Arica on Saturday.\n"
        "Chile's foreign ministry rejected the report on Tuesday, saying no such meeting had "
        "taken place.\n"
        "Van Klaveren and Schialer last spoke by telephone on February 3."
    )
    events = _ledger_events(stages, [("2025-03-11", body)])
    assert not [e for e in events if e["type"] == "REJECT"]
    meetings = [e for e in events if e["type"] == "CONSULT" and e["mode"] != "phone"]
    meeting = next(e for e in meetings if (e["date"] or {}).get("value") == "2025-03-08")
    assert meeting["status"] == "disputed"
    denial = [s for s in meeting["sources"] if s["stance"] == "denies"]
    assert denial and denial[0]["role"] == "participant"
    assert any("the report" in " ".join(m["because"]) for m in meeting["merged"])
    calls = [e for e in events if e["mode"] == "phone"]
    assert all(s["name"] != denial[0]["name"] for e in calls for s in e["sources"])
    assert all(not e["location"] for e in calls)


def test_a_meeting_dated_the_day_before_joins_the_day_it_was_told_on(stages):
    first = (
        "Tunis and Algiers\n"
        "Tunisian President Kais Saied received Algerian President Abdelmadjid Tebboune in "
        "Tunis on Sunday, the Tunisian presidency said on Monday."
    )
    second = (
        "Border trade\n"
        "Algeria's presidency said on Monday that Abdelmadjid Tebboune and Kais Saied had "
        "discussed border trade during their talks in Tunis the day before."
    )
    events = _ledger_events(stages, [("2025-06-02", first), ("2025-06-02", second)])
    consults = [e for e in events if e["type"] == "CONSULT"]
    assert len(consults) == 1
    assert consults[0]["date"]["value"] == "2025-06-01"
    assert consults[0]["status"] == "confirmed"
    assert len({s["name"] for s in consults[0]["sources"] if s["role"] == "participant"}) == 2


def test_the_town_a_person_is_met_in_is_where_the_meeting_was(stages):
    body = (
        "Baltic neighbours\n"
        "Estonian Prime Minister Kristen Michal met Finnish President Alexander Stubb in "
        "Helsinki on Friday, the Estonian government said."
    )
    meetings = [e for e in _article(stages, body, "2025-05-10").events if e.type == "CONSULT"]
    assert [e.location for e in meetings] == ["Helsinki"]


def test_the_day_before_is_the_day_before_the_one_in_focus(stages):
    text = "The court said on Monday that the two had met in Cairo the day before."
    doc = next(iter(nlp.parse([text], batch_size=1)))
    values = {t.text: t.value for t in extract_times(doc, date(2025, 7, 8))}
    assert values.get("the day before") == "2025-07-06"  # the Monday is 2025-07-07
    doc = next(iter(nlp.parse(["They met the day before the summit."], batch_size=1)))
    assert not [t for t in extract_times(doc, date(2025, 7, 8)) if "day" in t.text]


HOLDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "scenarios_holdout"


@pytest.mark.parametrize(
    "folder", sorted(p for p in HOLDOUT.iterdir() if p.is_dir()), ids=lambda p: p.name
)
def test_held_out_scenarios_are_well_formed(folder: Path) -> None:
    spec = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    assert len(spec["articles"]) >= 2
    assert all((folder / a["file"]).is_file() for a in spec["articles"])
    types = set(events_lexicon.load().categories)
    for event in spec["events"]:
        assert event["type"] in types
        assert event["status"] in {s.value for s in Status}
        assert event["participants"]
        for source in event.get("sources") or []:
            assert source["stance"] in {s.value for s in StanceKind}
            roles = source["role"] if isinstance(source["role"], list) else [source["role"]]
            assert set(roles) <= {r.value for r in SourceRole}
