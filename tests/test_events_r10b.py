"""Event precision, round 10b: event words on news pages that tell no PLOVER event.

Each rule has a sentence it must reject and a near miss it must keep: an event noun that
names a count compared or an act wished for, a road accident read as an attack, a game read
as a fight, and the press's own contact with a source read as a meeting or a message.
"""

from __future__ import annotations

from event_checks import told as _told

# A count compared or an act wished for names no particular occurrence.


def test_the_most_endorsements_is_a_ranking(events_of):
    text = "Senator Varga has the most endorsements among county mayors in Lorin."
    assert not _told(events_of(text), "SUPPORT")


def test_the_most_recent_attack_stays_an_attack(events_of):
    text = "The most recent attack killed five villagers in Tarsa on Monday."
    assert _told(events_of(text), "ASSAULT")


def test_dialogue_needed_is_no_meeting(events_of):
    text = "We need constructive daily dialogue with the Government of Lorin."
    assert not _told(events_of(text), "CONSULT")


def test_talks_held_stay_a_meeting(events_of):
    text = "The union held talks with the ministry of Lorin on Monday."
    assert _told(events_of(text), "CONSULT")


# A crash has no attacker.


def test_a_vehicle_striking_is_a_collision(events_of):
    text = "The truck struck two police officers on the bridge in Tarsa."
    assert not _told(events_of(text), "ASSAULT")


def test_a_driver_striking_a_pillar_is_a_collision(events_of):
    text = "The driver lost control of the car, striking one of the concrete pillars."
    assert not _told(events_of(text), "ASSAULT")


def test_a_driver_killed_with_no_doer_is_an_accident(events_of):
    text = "Police said the young driver was killed, and paramedics took the passenger away."
    assert not _told(events_of(text), "ASSAULT")


def test_killed_in_a_crash_is_an_accident(events_of):
    text = "Two soldiers were killed in a crash on the coast road near Tarsa."
    assert not _told(events_of(text), "ASSAULT")


def test_a_driver_striking_marchers_stays_an_attack(events_of):
    text = "A man drove his van into the crowd in Tarsa, striking ten marchers."
    assert _told(events_of(text), "ASSAULT")


def test_a_driver_killed_by_gunmen_stays_an_attack(events_of):
    text = "A driver was killed by gunmen on the highway near Tarsa."
    assert _told(events_of(text), "ASSAULT")


def test_a_truck_bomb_stays_an_attack(events_of):
    text = "The truck bomb killed twelve people outside the ministry in Tarsa."
    assert _told(events_of(text), "ASSAULT")


# A game under rules is no fight.


def test_a_scoreline_is_a_game(events_of):
    text = "Rovers beat the Lorin Lions 3-1 on Saturday."
    assert not _told(events_of(text), "ASSAULT")


def test_a_fixture_is_a_game(events_of):
    text = "The Islanders will oppose Varnia on June 2, followed by an away fixture to Tarsa."
    assert not _told(events_of(text), "REJECT")


def test_troops_beating_protesters_stay_an_attack(events_of):
    text = "Government troops beat protesters in the capital of Lorin on Friday."
    assert _told(events_of(text), "ASSAULT")


# The press is no party of a political contact.


def test_speaking_to_reporters_is_no_meeting(events_of):
    text = "The mayor of Tarsa spoke to reporters on Monday."
    assert not _told(events_of(text), "CONSULT")


def test_speaking_with_an_outlet_is_no_meeting(events_of):
    text = "Speaking with the Valley Herald on Thursday, the victim's sister said he had left home."
    assert not _told(events_of(text), "CONSULT")


def test_reached_by_phone_is_no_meeting(events_of):
    text = "Reached last week in a brief phone call, Ruiz declined to be interviewed."
    assert not _told(events_of(text), "CONSULT")


def test_speaking_with_a_governor_stays_a_meeting(events_of):
    text = "The minister spoke with Governor Alvarez of Lorin on Tuesday."
    assert _told(events_of(text), "CONSULT")


def test_a_phone_call_between_leaders_stays_a_meeting(events_of):
    text = "President Varga held a phone call with Governor Alvarez on Tuesday."
    assert _told(events_of(text), "CONSULT")


def test_a_count_of_endorsements_held_is_a_tally(events_of):
    text = "Somewhat surprisingly, Varga also has seven endorsements from the reformers."
    assert not _told(events_of(text), "SUPPORT")


def test_not_a_single_endorsement_is_a_tally(events_of):
    text = "Varga is doing worse: she does not have a single endorsement outside Lorin."
    assert not _told(events_of(text), "SUPPORT")


def test_endorsing_a_candidate_stays_support(events_of):
    text = "Seven reformers endorsed Senator Varga in Lorin on Monday."
    assert _told(events_of(text), "SUPPORT")


def test_a_headline_driver_killed_is_an_accident(events_of):
    text = "Teenage driver killed, passenger critical in coast road crash"
    assert not _told(events_of(text), "ASSAULT")


def test_lightning_strikes_are_weather(events_of):
    text = "During the blackouts, Lorin had unusually intense lightning strikes."
    events = events_of(text)
    assert not _told(events, "PROTEST") and not _told(events, "ASSAULT")


def test_a_rail_strike_stays_a_strike(events_of):
    text = "Rail workers in Lorin staged a strike on Monday over pay."
    assert _told(events_of(text), "PROTEST")


def test_trips_with_no_traveller_are_no_visit(events_of):
    text = "Despite a dozen trips to Tarsa, I never learned to like the stuff."
    assert not _told(events_of(text), "CONSULT")


def test_a_ministers_visit_stays_a_visit(events_of):
    text = "The minister's visit to Tarsa on Monday lasted two hours."
    assert _told(events_of(text), "CONSULT")


# A predicate or a disposition shown is no act.


def test_becoming_a_threat_is_a_characterisation(events_of):
    text = "Why has the old movement become a threat to the democracy of Lorin?"
    assert not _told(events_of(text), "THREATEN")


def test_threatening_villagers_stays_a_threat(events_of):
    text = "The rebel commander threatened the villagers of Tarsa on Monday."
    assert _told(events_of(text), "THREATEN")


def test_a_commitment_shown_is_no_pledge(events_of):
    text = "The budget is a chance for the Government to show its commitment to farmers."
    assert not _told(events_of(text), "AGREE")


def test_a_commitment_made_stays_a_pledge(events_of):
    text = "The minister made a commitment to fund the schools of Tarsa on Monday."
    assert _told(events_of(text), "AGREE")


def test_close_contact_is_no_meeting(events_of):
    text = "They omitted to mention that they had been in close contact with a friend or a cousin."
    assert not _told(events_of(text), "CONSULT")


def test_contact_with_rebels_stays_a_meeting(events_of):
    text = "Ruiz had contact with the rebel leaders in Tarsa on Monday."
    assert _told(events_of(text), "CONSULT")


def test_more_visits_than_anyone_is_a_ranking(events_of):
    text = "Varga made more visits to Tarsa than any other minister of Lorin."
    assert not _told(events_of(text), "CONSULT")


def test_more_attacks_stay_attacks(events_of):
    text = "More attacks on the villages of Tarsa followed on Monday."
    assert _told(events_of(text), "ASSAULT")


def test_a_range_of_victims_is_no_scoreline(events_of):
    text = "Gunmen killed 20-30 villagers in Tarsa on Monday."
    assert _told(events_of(text), "ASSAULT")


def test_cutting_ties_is_no_game(events_of):
    text = "Kerva cut diplomatic ties with Varna on Monday."
    assert _told(events_of(text), "SANCTION")


def test_writing_to_an_outlet_is_no_message(events_of):
    text = "The mayor of Tarsa wrote to the Valley Herald on Monday."
    assert not _told(events_of(text), "COMMUNICATE")


def test_a_statement_to_the_press_stays_a_statement(events_of):
    text = "Officials of Varna said in a statement to the press on Monday that the bridge was shut."
    assert _told(events_of(text), "COMMUNICATE")
