"""Event precision and participants, round 12: error classes read on the study half of the
newswire pool (benchmarks/newswire.py), each fixed as a rule of grammar, TimeML or PLOVER.

Each rule has a sentence it must change and a near miss it must leave alone: a struggle for a
goal, what two sides have in common, an act wanted, a supposition put by inversion, an
infinitive's tense taken from its governor, a passive infinitive's controlled subject, a
violent happening named as the doer, a for-to clause under an epistemic "must", a noun of
possibility and a threat no one makes. Every sentence is invented.
"""

from __future__ import annotations

from event_checks import told as _told

# A fighting verb with no opponent whose infinitive names the goal is a struggle, no assault.


def test_fighting_to_win_custody_is_no_assault(events_of):
    text = "Her grandparents in Denver are fighting to win custody of the twins."
    assert not _told(events_of(text), "ASSAULT")


def test_fighting_in_court_for_a_goal_is_no_assault(events_of):
    text = "The tenants have fought in the courts for two years to keep their homes."
    assert not _told(events_of(text), "ASSAULT")


def test_fighting_to_take_a_town_stays_an_assault(events_of):
    text = "Rebels fought to take the town of Harn on Monday."
    assert _told(events_of(text), "ASSAULT")


def test_fighting_to_destroy_stays_an_assault(events_of):
    text = "Rebels fought to destroy the bridge near Harn."
    assert _told(events_of(text), "ASSAULT")


def test_fighting_an_opponent_stays_an_assault(events_of):
    text = "Rebels fought government troops near Harn on Monday."
    assert _told(events_of(text), "ASSAULT")


# "Share" with what the sides both have tells no cooperation; sharing information does.


def test_sharing_a_border_is_no_cooperation(events_of):
    text = "Sweden and Finland share a long border and a common history."
    assert not _told(events_of(text), "COOPERATE")


def test_sharing_a_distrust_is_no_cooperation(events_of):
    text = "Both parties share a deep distrust of the courts."
    assert not _told(events_of(text), "COOPERATE")


def test_sharing_intelligence_stays_cooperation(events_of):
    text = "Norway shared intelligence on the smugglers with Sweden last week."
    assert _told(events_of(text), "COOPERATE")


def test_sharing_data_stays_cooperation(events_of):
    text = "Norway shared data on the smugglers with Sweden last week."
    assert _told(events_of(text), "COOPERATE")


# An infinitive under a verb of wanting is an act wanted (TimeML I_STATE), not one done.


def test_wanting_to_question_is_no_questioning(events_of):
    text = "Detectives want to question the courier about the stolen paintings."
    assert not _told(events_of(text), "ACCUSE")


def test_questioning_told_stays(events_of):
    text = "Detectives questioned the courier about the stolen paintings."
    assert _told(events_of(text), "ACCUSE")


def test_wanting_others_to_meet_is_no_agreement_of_theirs(events_of):
    text = "The mayor wants envoys from the ministry to meet with the strikers."
    assert not _told(events_of(text), "AGREE")


def test_wanting_to_meet_oneself_stays_a_will_declared(events_of):
    text = "The union leaders want to meet the mayor."
    assert _told(events_of(text), "AGREE")


# A condition put by inversion ("had X done ...") is a supposition: no act is told.


def test_an_inverted_condition_tells_no_attack(events_of):
    text = "Had the rebels attacked the town, the army would have fired on them."
    assert not _told(events_of(text), "ASSAULT")


def test_an_attack_told_stays(events_of):
    text = "The rebels attacked the town, and the army fired on them."
    assert len(_told(events_of(text), "ASSAULT")) == 2


# A to-infinitive with its own subject takes its governor's tense and negation.


def _done(events, category: str) -> list:
    return [e for e in _told(events, category) if not e.future and not e.negated]


def test_an_infinitive_under_a_negated_future_is_not_told(events_of):
    text = "The embargo will not cause Velo to withdraw its troops, the envoy insisted."
    assert not _done(events_of(text), "RETREAT")


def test_an_infinitive_under_a_past_cause_is_told(events_of):
    text = "The embargo caused Velo to withdraw its troops from Harn in March."
    assert _done(events_of(text), "RETREAT")


# A passive infinitive with no subject of its own: the subject it takes undergoes the act.


def test_a_controlled_passive_makes_its_subject_the_target(events_of):
    text = "Ana Reyes crossed into Peru in 2019, only to be detained at the border for six weeks."
    [arrest] = _told(events_of(text), "COERCE")
    assert "Ana Reyes" in [p.name for p in arrest.recipients] and not arrest.actors


def test_an_active_infinitive_keeps_its_subject_the_actor(events_of):
    text = "Border guards went back to the camp in 2019, only to detain Ana Reyes."
    [arrest] = _told(events_of(text), "COERCE")
    assert "Ana Reyes" in [p.name for p in arrest.recipients]
    assert [p.name for p in arrest.actors] == ["Border guards"]


# A noun of violent happening (TimeML EVENT) heading an attack's subject is no actor.


def test_a_blast_is_no_actor(events_of):
    text = "The March 2 rebel blasts wounded 30 people in Orlo."
    for attack in _told(events_of(text), "ASSAULT"):
        assert not any("blast" in p.name.lower() for p in attack.actors)


def test_gunmen_stay_actors(events_of):
    text = "Gunmen killed 57 people in Velo City on Aug. 9."
    [attack] = _told(events_of(text), "ASSAULT")
    assert [p.name for p in attack.actors] == ["Gunmen"]


def test_a_happening_a_nationality_qualifies_keeps_its_doer(events_of):
    text = "Norwegian gunfire killed five people in Harn on Aug. 9."
    [attack] = _told(events_of(text), "ASSAULT")
    assert attack.actors


# A for-to clause under an epistemic "must" names a supposed act, as under "would".


def test_a_for_to_clause_under_must_is_not_told(events_of):
    text = '"The mayor must be joking for the board to allow rival agents inside the archive."'
    assert not _told(events_of(text), "CONCEDE")


def test_a_for_to_clause_judged_in_the_past_stays_told(events_of):
    text = "It was generous of the council to allow the inspectors inside the depot last week."
    assert _told(events_of(text), "CONCEDE")


# The event noun a noun of possibility is "of" may come; it is not told as done.


def test_the_chance_of_a_meeting_is_no_meeting(events_of):
    text = "The chance of a meeting between Mayor Lind and the Harn council faded on Friday."
    assert not _told(events_of(text), "CONSULT")


def test_a_meeting_that_took_place_stays(events_of):
    text = "A meeting between Mayor Lind and the Harn council took place on Friday."
    assert _told(events_of(text), "CONSULT")


# A threat noun no one makes and no verb carries names a danger, not a PLOVER THREATEN.


def test_rising_threats_to_tourists_are_no_threat_made(events_of):
    text = "Airports stepped up checks amid rising threats to tourists from abroad."
    assert not _told(events_of(text), "THREATEN")


def test_threats_made_by_a_side_stay(events_of):
    text = "Velo made new threats against Ostland on Friday."
    assert _told(events_of(text), "THREATEN")
