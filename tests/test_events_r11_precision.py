"""Event precision, round 11: readings of event words that tell no PLOVER event on news pages.

Each rule has a sentence it must reject and a near miss it must keep: an act wished for, a
duty laid on no one, a question asked, a post shared with no counterpart, a game hosted, a
crowd leaving, and a body approving its own business. Every sentence is invented.
"""

from __future__ import annotations

from event_checks import told as _told

# An infinitive completing a noun of desire, or "has time to", names an act wished for.


def test_a_desire_to_approve_is_no_approval(events_of):
    text = "The assembly's desire to endorse the Velo envoy quickly grew last week."
    assert not _told(events_of(text), "SUPPORT")


def test_time_to_approve_parsed_as_an_adjunct_is_no_approval(events_of):
    text = "Senator Ruiz has said he has plenty of time to endorse a judicial pick before May."
    assert not _told(events_of(text), "SUPPORT")


def test_an_endorsement_told_stays(events_of):
    text = "The assembly endorsed the Velo envoy quickly last week."
    assert _told(events_of(text), "SUPPORT")


# A duty stated for everyone or for no one demands nothing of an actor.


def test_a_duty_for_no_one_is_no_demand(events_of):
    text = "The mayor of Varna said that no one should have to pay the new toll."
    assert not _told(events_of(text), "REQUEST")


def test_a_duty_for_a_named_body_stays_a_demand(events_of):
    text = "The mayor of Varna said that the council must repeal the new toll."
    assert _told(events_of(text), "REQUEST")


# "Asked why ..." asks a question; an infinitive inside it is no act asked for.


def test_asking_why_is_no_request(events_of):
    text = "A reader asked why the agency was not doing more to negotiate for cheaper fuel."
    assert not _told(events_of(text), "REQUEST")


def test_asking_someone_to_act_stays_a_request(events_of):
    text = "The governor asked the minister of Velo to resign on Monday."
    assert _told(events_of(text), "REQUEST")


# Cooperation takes two: sharing with no counterpart posts to the public.


def test_an_account_sharing_photos_cooperates_with_no_one(events_of):
    text = "The museum's official account shared a thread of photos from the parade."
    assert not _told(events_of(text), "COOPERATE")


def test_sharing_intelligence_with_a_state_stays_cooperation(events_of):
    text = "Norland shared intelligence with Velo about the smuggling ring."
    assert _told(events_of(text), "COOPERATE")


# Teams that meet for a game play under rules; a meeting at a game stays a meeting.


def test_hosting_a_team_for_a_game_is_no_meeting(events_of):
    text = "The Varna Rovers hosted the Velo Wanderers for a game on Sunday afternoon."
    assert not _told(events_of(text), "CONSULT")


def test_hosting_a_delegation_for_talks_stays_a_meeting(events_of):
    text = "The city of Varna hosted the Velo delegation for talks on Sunday."
    assert _told(events_of(text), "CONSULT")


def test_leaders_meeting_at_a_final_stay_a_meeting(events_of):
    text = "The president of Norland met the prime minister of Velo at the final."
    assert _told(events_of(text), "CONSULT")


# A crowd of people leaving before a storm is no party's withdrawal.


def test_people_evacuating_before_a_storm_make_no_retreat(events_of):
    text = "During the storm nearly two million people evacuated, with many going to shelters."
    assert not _told(events_of(text), "RETREAT")


def test_troops_evacuating_a_town_stay_a_retreat(events_of):
    text = "Norland's troops evacuated the border town on Monday."
    assert _told(events_of(text), "RETREAT")


def test_rebels_withdrawing_stay_a_retreat(events_of):
    text = "The rebels withdrew from the town of Saro on Monday."
    assert _told(events_of(text), "RETREAT")


# Approval is PLOVER SUPPORT of another actor or its act, not a body's own business.


def test_a_board_approving_new_dates_supports_no_one(events_of):
    text = "The league's council approved the new dates for the tournament this week."
    assert not _told(events_of(text), "SUPPORT")


def test_approving_another_bodys_proposal_stays_support(events_of):
    text = "The council of Varna approved the Velo proposal on Monday."
    assert _told(events_of(text), "SUPPORT")


def test_approving_a_nominee_stays_support(events_of):
    text = "The committee approved the nominee on Monday."
    assert _told(events_of(text), "SUPPORT")


# An act aimed at, suggested to others or awaited is not told as done.


def test_relief_in_a_suggested_bill_is_not_told(events_of):
    text = "The aide has suggested smaller bills to address relief for the fishing industry."
    assert not _told(events_of(text), "AID")


def test_relief_provided_stays_aid(events_of):
    text = "Norland provided relief to the flood victims in Velo on Monday."
    assert _told(events_of(text), "AID")


def test_a_chamber_focused_on_providing_relief_gives_none(events_of):
    text = "The senator said the chamber was still focused on providing relief to farmers."
    assert not _told(events_of(text), "AID")


def test_a_suspect_held_pending_extradition_is_not_extradited(events_of):
    text = "Tomas Ruiz was being held in Norland pending extradition to Velo."
    assert not _told(events_of(text), "COOPERATE")


def test_an_extradition_told_stays(events_of):
    text = "Norland extradited Tomas Ruiz to Velo on Monday."
    assert _told(events_of(text), "COOPERATE")


# Marching towards an act is progress; marching towards a place stays a march.


def test_a_company_marching_towards_an_upgrade_makes_no_protest(events_of):
    text = "The drill results grew as the miner marches towards its long awaited upgrade."
    assert not _told(events_of(text), "PROTEST")


def test_students_marching_towards_an_embassy_stay_a_protest(events_of):
    text = "Thousands of students marched towards the embassy of Velo on Friday."
    assert _told(events_of(text), "PROTEST")


# Blocking another party's offer obstructs no passage (PLOVER PROTEST/obstruct).


def test_an_offering_blocked_is_no_obstruction(events_of):
    text = "The $300 billion offering by the ruling party was blocked by the opposition on Monday."
    assert not _told(events_of(text), "PROTEST")


def test_dockers_blocking_a_port_stay_an_obstruction(events_of):
    text = "Striking dockers blocked the port of Varna on Monday."
    assert _told(events_of(text), "PROTEST")


# A meeting is between sides or their envoys; a mass counted in thousands is no side met.


def test_hosting_millions_of_refugees_is_no_meeting(events_of):
    text = "Already hosting 2.5 million refugees, Norland wants to stop any further influx."
    assert not _told(events_of(text), "CONSULT")


def test_meeting_thirty_envoys_stays_a_meeting(events_of):
    text = "The minister of Norland met 30 envoys in Varna on Monday."
    assert _told(events_of(text), "CONSULT")


# Support by an act is that act; support by an actor stays PLOVER SUPPORT.


def test_backed_by_shelling_is_no_support(events_of):
    text = "Backed by heavy shelling and air strikes, the rebels say they retook two villages."
    assert not _told(events_of(text), "SUPPORT")


def test_a_plan_backed_by_a_council_stays_support(events_of):
    text = "The Velo plan was backed by the council of Varna on Monday."
    assert _told(events_of(text), "SUPPORT")
