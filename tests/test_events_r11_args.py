"""Event participants, round 11: who acted and on whom, read from the grammar of the clause.

Each rule has a sentence it must change and a near miss it must keep: the one found wounded
is the one wounded, not the place it happened in; an attack's "by" phrase names the attacker;
the "of" phrase of a retreat is who retreats; forces deployed are the side that moves, never
the target; a call for someone's resignation is aimed at them; property destroyed is no
party, its named owner is; an event noun's "at" a thing is a site; a subject the parser hung
inside an opening participle clause is the main clause's. Every sentence is invented.
"""

from __future__ import annotations


def _of(events, category: str) -> list:
    return [e for e in events if e.type == category]


def _names(parts) -> set[str]:
    return {p.name for p in parts}


# "X was found wounded", "police found X wounded": X was wounded, the finder did nothing.


def test_the_one_found_wounded_is_the_target(events_of):
    text = "Mr Lindqvist was found fatally wounded in East Harbor, police said."
    found = _of(events_of(text), "ASSAULT")
    assert found and all(_names(e.recipients) == {"Mr Lindqvist"} for e in found)


def test_the_one_police_found_wounded_is_no_attacker(events_of):
    found = _of(events_of("Police found Mr Lindqvist badly wounded in East Harbor."), "ASSAULT")
    assert found and all(_names(e.recipients) == {"Mr Lindqvist"} for e in found)
    assert all(not e.actors for e in found)


def test_an_attacker_named_as_subject_stays(events_of):
    found = _of(events_of("Gunmen wounded Mr Lindqvist in East Harbor."), "ASSAULT")
    assert any(
        _names(e.actors) == {"Gunmen"} and _names(e.recipients) == {"Mr Lindqvist"} for e in found
    )


# "wounded in shelling by X": X did the harm; a gapped "was" keeps the conjunct passive.


def test_the_agent_of_the_attack_a_harm_happened_in_is_the_attacker(events_of):
    text = "Two soldiers were wounded in shelling by government forces near Kerva on Monday."
    found = _of(events_of(text), "ASSAULT")
    assert any(_names(e.actors) == {"government forces"} for e in found)
    assert all("Kerva" not in _names(e.recipients) for e in found)


def test_a_gapped_passive_shares_its_conjuncts_attacker(events_of):
    text = "One soldier was killed and another wounded in shelling by government forces."
    found = _of(events_of(text), "ASSAULT")
    assert len(found) == 2
    assert all(_names(e.actors) == {"government forces"} for e in found)
    assert all("another" not in _names(e.actors) for e in found)


def test_shelling_with_no_agent_names_no_attacker(events_of):
    text = "Two soldiers were wounded in shelling near Kerva on Monday."
    found = _of(events_of(text), "ASSAULT")
    assert found and all(not e.actors for e in found)


# "the retreat of X": X retreats; "the release of X by Y": Y releases X.


def test_the_of_phrase_of_a_retreat_is_who_retreats(events_of):
    found = _of(events_of("The army entered the town after the retreat of the rebels."), "RETREAT")
    assert found and all(_names(e.actors) == {"the rebels"} and not e.recipients for e in found)


def test_the_of_phrase_of_a_release_stays_who_is_released(events_of):
    text = "The army entered the town after the release of the hostages by the rebels."
    found = _of(events_of(text), "RETREAT")
    assert any(
        _names(e.actors) == {"the rebels"} and _names(e.recipients) == {"the hostages"}
        for e in found
    )


# MOBILIZE: the forces deployed are what is moved; "against X" names the target.


def test_forces_deployed_are_no_target(events_of):
    found = _of(events_of("The premier deployed the army to the flooded north."), "MOBILIZE")
    assert found and all("The premier" in _names(e.actors) for e in found)
    assert all("the army" not in _names(e.recipients) for e in found)


def test_a_call_up_of_reserves_targets_no_one(events_of):
    text = "The premier launched a call-up of reserves on Monday."
    found = _of(events_of(text), "MOBILIZE")
    assert all("reserves" not in _names(e.recipients) for e in found)


def test_forces_deployed_against_someone_target_them(events_of):
    found = _of(events_of("The premier deployed the army against the rebels."), "MOBILIZE")
    assert any(_names(e.recipients) == {"the rebels"} for e in found)


def test_troops_deployed_are_the_side_that_moves(events_of):
    found = _of(events_of("Ruritanian troops were deployed to the border."), "MOBILIZE")
    assert any("Ruritanian troops" in _names(e.actors) for e in found)
    assert all("Ruritanian troops" not in _names(e.recipients) for e in found)


# A request for someone's own act (resigning, withdrawing) is aimed at them.


def test_a_call_for_someones_resignation_targets_them(events_of):
    text = "Thousands of farmers are calling for their governor's resignation."
    found = _of(events_of(text), "REQUEST")
    assert any(_names(e.recipients) == {"their governor"} for e in found)


def test_a_demand_for_the_resignation_of_someone_targets_them(events_of):
    found = _of(events_of("Protesters demanded the resignation of the mayor."), "REQUEST")
    assert any(_names(e.recipients) == {"the mayor"} for e in found)


def test_a_call_for_someones_release_does_not_target_the_captive(events_of):
    found = _of(events_of("The premier called for the minister's release."), "REQUEST")
    assert found and all("the minister" not in _names(e.recipients) for e in found)


# ASSAULT destroy: property destroyed is no party; its named owner is.


def test_destroyed_things_are_no_target_but_their_owner_is(events_of):
    text = "Rebel forces destroyed five radar systems and two Ruritanian tanks."
    found = _of(events_of(text), "ASSAULT")
    assert found and all(_names(e.recipients) == {"Ruritanian"} for e in found)


def test_destroyed_property_of_no_one_named_has_no_target(events_of):
    text = "Rebel forces destroyed eight helicopters and five air defence systems."
    found = _of(events_of(text), "ASSAULT")
    assert found and all(not e.recipients for e in found)


def test_a_place_destroyed_stays_the_target(events_of):
    found = _of(events_of("Rebel forces destroyed Kerva."), "ASSAULT")
    assert any(_names(e.recipients) == {"Kerva"} for e in found)


# An event noun's "at" a thing is where it happened; "at" a person is whom it was aimed at.


def test_an_inquiry_at_machines_does_not_target_them(events_of):
    text = "A man was arrested after an inquiry into fraud at the ticket machines."
    found = _of(events_of(text), "ACCUSE")
    assert all("the ticket machines" not in _names(e.recipients) for e in found)


def test_an_attack_at_a_minister_targets_the_minister(events_of):
    found = _of(events_of("Her attack at the minister drew criticism."), "ASSAULT")
    assert any(_names(e.recipients) == {"the minister"} for e in found)


# "Speaking with A and B, C said ...": C is the main clause's subject, whom the parser may
# hang inside the participle clause.


def test_the_speaker_after_an_opening_participle_clause_is_a_party(events_of):
    text = (
        "Speaking with Professor Ann Lee and Professor Bo Kim, Dr Sato said he firmly "
        "believed it was possible to keep shops open."
    )
    found = _of(events_of(text), "CONSULT")
    assert any("Dr Sato" in _names(e.actors) for e in found)


def test_a_subject_of_its_own_stays_the_party(events_of):
    text = "Speaking with Professor Ann Lee, the mayor said he firmly believed it."
    found = _of(events_of(text), "CONSULT")
    assert any(_names(e.actors) == {"the mayor", "Professor Ann Lee"} for e in found)
