"""Event precision, round 9: readings of event words that tell no PLOVER event.

Each rule has a sentence it must reject and a near miss it must keep: a cause that cannot act
on purpose, an act a noun of capacity only makes possible, a warning that forecasts, a pledge
of nothing, a thing that hosts, a need that asks no one.
"""

from __future__ import annotations

from event_checks import told as _told

# A deliberate act (PLOVER ASSAULT) needs a doer that can act, or a means of violence.


def test_a_thing_that_harms_is_no_attacker(events_of):
    assert not _told(
        events_of("Frequent power cuts are killing the town's small shops."), "ASSAULT"
    )


def test_a_natural_disaster_is_no_attacker(events_of):
    assert not _told(events_of("The floods destroyed hundreds of homes in Varna."), "ASSAULT")


def test_a_fire_that_burns_is_no_attack(events_of):
    text = "The bushfire, which has been burning for three months, destroyed forty homes."
    assert not _told(events_of(text), "ASSAULT")


def test_people_and_weapons_still_attack(events_of):
    assert _told(events_of("Gunmen killed two guards near the depot."), "ASSAULT")
    assert _told(events_of("The blast killed ten soldiers at the checkpoint."), "ASSAULT")
    assert _told(events_of("Clashes killed five protesters in Varna."), "ASSAULT")
    assert _told(events_of("Varnan fire killed two fishermen near the reef."), "ASSAULT")


# An infinitive completing a noun of capacity names a possible act (irrealis).


def test_an_act_a_noun_of_disposition_completes_is_not_told(events_of):
    text = "It is the station's unwillingness to yield that viewers will remember."
    events = events_of(text)
    assert not _told(events, "CONCEDE") and not _told(events, "REJECT")


def test_time_to_approve_tells_no_approval(events_of):
    text = "The senator said he has plenty of time to approve the nominee before the vote."
    assert not _told(events_of(text), "SUPPORT")


def test_a_failure_to_act_stays_a_negated_act(events_of):
    deal = _told(events_of("The minister failed to reach a deal with the dockers' union."), "AGREE")
    assert deal and deal[0].negated


def test_an_approval_told_as_done_stays(events_of):
    assert _told(events_of("The senator approved the nominee on Monday."), "SUPPORT")


# An event noun that refers back to an event shares its modality.


def test_a_noun_referring_to_a_possible_act_is_no_act(events_of):
    text = (
        "Residents can make donations to local candidates. "
        "The commission regulates these donations."
    )
    assert not _told(events_of(text), "AID")


def test_a_noun_referring_to_an_act_told_stays_told(events_of):
    text = "Norland sent aid to the flood victims. The aid reached the valley on Monday."
    assert len(_told(events_of(text), "AID")) == 2


# A warning threatens when it holds out what the warner (or an act of its side) will do.


def test_a_warning_of_what_a_thing_may_do_is_no_threat(events_of):
    text = "The mayor was warned by his aide that his proposed ban could hurt him in the election."
    assert not _told(events_of(text), "THREATEN")


def test_a_warning_of_what_someone_will_do_is_a_threat(events_of):
    assert _told(events_of("Norland warned that Varna would pay a heavy price."), "THREATEN")
    assert _told(events_of("The dockers' union warned that a strike would follow."), "THREATEN")


# "Commit" pledges an act or a thing; it perpetrates with a deed, devotes with a reflexive.


def test_committing_oneself_to_a_pastime_is_no_pledge(events_of):
    text = "He and his wife committed themselves to writing every day."
    assert not _told(events_of(text), "AGREE")


def test_committing_a_crime_is_no_pledge(events_of):
    assert not _told(events_of("The guard committed a crime."), "AGREE")


def test_committing_to_an_act_or_an_event_is_a_pledge(events_of):
    assert _told(events_of("Norland committed itself to a ceasefire."), "AGREE")
    assert _told(events_of("Norland committed to withdraw its troops by May."), "AGREE")


# A meeting needs a host or visitor who is someone or somewhere (PLOVER CONSULT).


def test_a_thing_that_hosts_parties_meets_no_one(events_of):
    text = "Their garden, which has hosted countless barbecues over the years, is for sale."
    assert not _told(events_of(text), "CONSULT")


def test_a_minister_who_hosts_a_counterpart_meets_her(events_of):
    assert _told(events_of("The minister hosted her Varnan counterpart."), "CONSULT")


# "Try and V" attempts V (pseudo-coordination); trying someone is a trial.


def test_try_and_is_an_attempt_not_a_trial(events_of):
    text = "The mayor will declare an emergency on Monday to try and combat the outbreak."
    assert not [e for e in events_of(text) if e.type == "ACCUSE"]


def test_trying_someone_is_still_a_trial(events_of):
    assert [
        e for e in events_of("The court will try the two smugglers in May.") if e.type == "ACCUSE"
    ]


# "Require" demands an act of someone; otherwise it tells a need.


def test_requiring_a_thing_is_a_need(events_of):
    assert not _told(events_of("The hospital requires more ventilators."), "REQUEST")
    text = "Patients requiring emergency care must wait outside the clinic."
    assert not _told(events_of(text), "REQUEST")


def test_requiring_someone_to_act_is_a_demand(events_of):
    text = "The regulator required the banks to hold more capital."
    assert _told(events_of(text), "REQUEST")


# Verbs of mending ties (PLOVER SUPPORT) mend relations, not order or integrity.


def test_restoring_integrity_mends_no_ties(events_of):
    text = "Norland launched an offensive to restore its territorial integrity."
    assert not _told(events_of(text), "SUPPORT")


def test_restoring_ties_is_support(events_of):
    assert _told(events_of("Norland and Varna restored diplomatic ties in May."), "SUPPORT")


# Declining to name someone is declining to speak, no rejection.


def test_declining_to_identify_someone_rejects_nothing(events_of):
    assert not _told(events_of("Senator Kessler declined to identify the donor."), "REJECT")


def test_declining_to_join_is_a_rejection(events_of):
    assert _told(events_of("Senator Kessler declined to join the coalition."), "REJECT")


# Seeking an office is a candidacy; seeking something from someone is a request.


def test_seeking_reelection_asks_no_one(events_of):
    assert not _told(events_of("The four-term senator is seeking reelection."), "REQUEST")
    assert not _told(events_of("The governor is seeking a third term."), "REQUEST")


def test_seeking_compensation_is_a_request(events_of):
    text = "The dockers' union sought compensation from the port company."
    assert _told(events_of(text), "REQUEST")


# A compound noun of its own ("roll call") is no event noun.


def test_a_roll_call_is_no_request(events_of):
    events = events_of("The chair held a roll call of the delegates.")
    assert not [e for e in events if e.type in ("REQUEST", "CONSULT")]


def test_a_call_held_with_someone_is_a_contact(events_of):
    events = events_of("The minister held a call with her Varnan counterpart.")
    assert _told(events, "CONSULT")


# Giving information tells; PLOVER AID gives material aid.


def test_providing_details_is_no_aid(events_of):
    assert not _told(events_of("The agency provided details to reporters."), "AID")


def test_providing_goods_is_aid(events_of):
    text = "Norland provided food and blankets to the refugees."
    assert _told(events_of(text), "AID")
