"""Event arguments for error classes seen on the second blind ledger set (own paraphrases)."""


def _recipients(event):
    return [r.name for r in event.recipients]


def test_ban_on_a_nations_goods_targets_the_nation(events_of):
    # PLOVER codes a sanction's target as an actor: the country whose goods are stopped.
    found = events_of("Freedonia halted purchases of Sylvanian wheat on March 3.")
    sanctions = [e for e in found if e.type == "SANCTION"]
    assert sanctions
    assert "Sylvanian" in _recipients(sanctions[0])


def test_suspended_imports_from_a_country_target_the_country(events_of):
    found = events_of("Freedonia suspended imports of fruit from Sylvania on Monday.")
    sanctions = [e for e in found if e.type == "SANCTION"]
    assert sanctions
    assert _recipients(sanctions[0]) == ["Sylvania"]


def test_a_places_site_is_no_target(events_of):
    # "at the capital's airport" says where the arrest happened, not whom it targets.
    found = events_of(
        "Police said officers had arrested a Ruritanian citizen, Karl Brenner, "
        "at the capital's airport on May 2."
    )
    arrests = [e for e in found if e.type == "COERCE"]
    assert arrests
    names = _recipients(arrests[0])
    assert "capital" not in " ".join(names)
    assert any("citizen" in n or "Brenner" in n for n in names), names


def test_recalled_that_is_no_recall_of_an_envoy(events_of):
    # "recalled that ...": remembering what happened, no envoy withdrawn (no SANCTION); the
    # meeting it recalls is the event.
    found = events_of(
        "The statement recalled that Halvorsen and Brandt had first met in Tromso, "
        "where they talked about fisheries."
    )
    assert not [e for e in found if e.type == "SANCTION"]
    meetings = [e for e in found if e.type == "CONSULT" and e.actors]
    assert any({"Halvorsen", "Brandt"} <= {a.name for a in e.actors} for e in meetings)


def test_recalling_an_ambassador_is_still_a_sanction(events_of):
    found = events_of("Ruritania recalled its ambassador on Monday.")
    assert [e for e in found if e.type == "SANCTION"]


def test_anaphoric_event_noun_keeps_the_date_of_the_event_it_names(events_of):
    # The time of "did not confirm ... on Tuesday" is the confirming clause's, not the arrest's.
    found = events_of(
        "Police detained a Ruritanian trader on Monday, a local paper said. "
        "The interior ministry did not confirm the detention on Tuesday."
    )
    arrests = [e for e in found if e.type == "COERCE"]
    assert len(arrests) == 2
    assert {e.date.value for e in arrests} == {"2024-11-11"}


def test_lone_party_meeting_abroad_is_a_visit(events_of):
    # PLOVER: visiting and hosting; a meeting in another party's country is no third-party one.
    found = events_of("Norway's trade minister holds talks in Madrid")
    meetings = [e for e in found if e.type == "CONSULT"]
    assert meetings
    assert meetings[0].mode == "visit"
