"""Event precision, round 10: readings of event words that tell no PLOVER event on news pages.

Each rule has a sentence it must reject and a near miss it must keep: a name given with
"called", a cause that cannot strike or protest, a wish in the subjunctive, a group speaking
with no counterpart, an opinion shared with "agree", a state felt, a warning of the course of
things, and verbs whose event sense needs something acted on.
"""

from __future__ import annotations

from event_checks import told as _told

# "Called" with a name complement names; it rings no one.


def test_a_thing_called_a_name_is_no_call(events_of):
    text = "Neighbours laughed at the idea of something called the Varna Plan."
    assert not _told(events_of(text), "CONSULT")


def test_a_nickname_in_a_relative_clause_is_no_call(events_of):
    text = "The senator kept mocking the rival he calls Little Tomas."
    assert not _told(events_of(text), "CONSULT")


def test_a_quoted_name_is_no_call(events_of):
    text = (
        "A club called 'We back Ruiz', with 500 members, meets weekly, "
        "while another called 'Ruiz Fans' has 200 members."
    )
    assert not _told(events_of(text), "CONSULT")


def test_calling_someone_stays_a_call(events_of):
    calls = _told(events_of("The minister called Tomas Ruiz on Monday."), "CONSULT")
    assert calls and calls[0].mode == "phone"


# People strike and protest on purpose; a cause that cannot act does neither.


def test_tragedy_striking_is_no_strike(events_of):
    text = "The divers told police that while they were diving on Friday night disaster struck."
    events = events_of(text)
    assert not _told(events, "PROTEST") and not _told(events, "ASSAULT")


def test_disaster_striking_a_village_is_no_attack(events_of):
    assert not _told(events_of("Disaster struck the village of Orno last spring."), "ASSAULT")


def test_workers_striking_and_weapons_striking_stay(events_of):
    assert _told(events_of("Dock workers in Varna struck on Monday over pay."), "PROTEST")
    assert _told(events_of("A missile struck the depot near Orno."), "ASSAULT")
    assert _told(events_of("Thousands of farmers marched through Varna on Sunday."), "PROTEST")


# A that-clause in the mandative subjunctive tells what is wanted, not what was done.


def test_a_subjunctive_release_is_not_told(events_of):
    text = "The pamphlet says it is essential that the hostages be released."
    assert not _told(events_of(text), "RETREAT")


def test_a_release_told_in_the_indicative_stays(events_of):
    text = "Officials said that the hostages were released on Monday."
    assert _told(events_of(text), "RETREAT")


# A meeting needs a counterpart: a group speaking to no one named addresses an audience.


def test_people_who_spoke_at_a_hearing_met_no_one(events_of):
    text = "Farmers who spoke at Monday's council session were worried about the new road."
    assert not _told(events_of(text), "CONSULT")


def test_victims_speaking_up_meet_no_one(events_of):
    assert not _told(events_of("More nurses are speaking up about long shifts."), "CONSULT")


def test_talks_with_a_counterpart_stay_meetings(events_of):
    assert _told(events_of("The two leaders spoke on Tuesday."), "CONSULT")
    assert _told(events_of("Kervan officials spoke with the envoy on Friday."), "CONSULT")


# PLOVER AGREE is agreeing to cooperate; agreeing that something is so shares a view.


def test_agreeing_that_something_is_so_is_no_agreement(events_of):
    text = "The mayor of Orno agrees that the budget is too small."
    assert not _told(events_of(text), "AGREE")


def test_agreeing_with_a_statement_is_no_agreement(events_of):
    text = "Most Orno farmers agree with the claim that prices are too low."
    assert not _told(events_of(text), "AGREE")


def test_an_agreement_quoted_after_a_colon_is_an_opinion(events_of):
    text = 'A second mayor agreed: "We have paid enough."'
    assert not _told(events_of(text), "AGREE")


def test_agreeing_to_an_act_stays_an_agreement(events_of):
    assert _told(events_of("Varna agreed to release the prisoners."), "AGREE")
    assert _told(events_of("Varna and Kerva agreed on a ceasefire."), "AGREE")


# A participle completing "feel" or "seem" tells a state, not an act done to someone.


def test_feeling_blamed_is_no_accusation(events_of):
    assert not _told(events_of("Orno's nurses are feeling blamed for the delays."), "ACCUSE")


def test_being_blamed_stays_an_accusation(events_of):
    assert _told(events_of("The minister was blamed for the delay."), "ACCUSE")


# A warning of what things will do forecasts; a warning of what someone will do threatens.


def test_a_warning_of_the_course_of_things_is_no_threat(events_of):
    text = "Dr Ruiz warned that the infection could spread quickly among the crews."
    assert not _told(events_of(text), "THREATEN")


def test_a_warning_of_a_price_to_pay_stays_a_threat(events_of):
    text = "Kerva warned that Varna would pay a heavy price."
    assert _told(events_of(text), "THREATEN")


# Verbs whose event sense needs something acted on: burning, alerting, setting free someone.


def test_land_burning_is_no_attack(events_of):
    assert not _told(
        events_of("More land has burned in Varna in May than in all of April."), "ASSAULT"
    )


def test_burning_something_stays_an_attack(events_of):
    assert _told(events_of("Rioters burned cars in Orno on Friday."), "ASSAULT")


def test_a_dog_alerting_to_a_smell_mobilises_nothing(events_of):
    text = "Officers brought in a police dog who alerted to the presence of drugs in the van."
    assert not _told(events_of(text), "MOBILIZE")


def test_alerting_forces_stays_a_mobilisation(events_of):
    assert _told(events_of("The Kervan army alerted its reserve units."), "MOBILIZE")


def test_releasing_identities_frees_no_one(events_of):
    text = "Investigators released the identities of the victims of a fire in Orno, Kerva."
    assert not _told(events_of(text), "RETREAT")


def test_releasing_people_stays_a_release(events_of):
    assert _told(events_of("The rebels released two of the hostages."), "RETREAT")
    assert _told(events_of("Kerva released 20 Varnan fishermen."), "RETREAT")


# SANCTION/discontinue cuts someone off: relations, aid, goods, or someone named.


def test_cutting_ones_own_emissions_is_no_sanction(events_of):
    text = "Orno Steel plans to cut its emissions by 40 percent by 2035."
    assert not _told(events_of(text), "SANCTION")


def test_cutting_ties_or_trade_stays_a_sanction(events_of):
    assert _told(events_of("Kerva cut diplomatic ties with Varna."), "SANCTION")
    assert _told(events_of("Varna halted oil exports to Kerva."), "SANCTION")
    assert _told(events_of("Varna froze the assets of Tomas Ruiz."), "SANCTION")


# An infinitive after an adjective of possibility, a wh-word or "for X to" (under a modal or
# in the present) names a possible act; a gerund subject names a kind of act.


def test_free_to_back_tells_no_backing(events_of):
    text = "Mayors in Orno may feel free to support whichever candidate they like."
    assert not _told(events_of(text), "SUPPORT")


def test_which_candidate_to_endorse_tells_no_endorsement(events_of):
    text = "If you are an official weighing which candidate to endorse, the choice is hard."
    assert not _told(events_of(text), "SUPPORT")


def test_hard_for_someone_to_endorse_tells_no_endorsement(events_of):
    text = "It would be hard for the Orno council to endorse the plan."
    assert not _told(events_of(text), "SUPPORT")


def test_a_past_for_to_clause_and_a_feeling_keep_the_act(events_of):
    text = "It was unfair for the mayor to quit a week before the vote, Ruiz said."
    assert _told(events_of(text), "RETREAT")
    assert _told(events_of("The bank is delighted to support the new museum."), "SUPPORT")


def test_a_gerund_subject_names_no_occurrence(events_of):
    text = "Evacuating the island by boat is a risky option."
    assert not _told(events_of(text), "RETREAT")


def test_a_withdrawal_told_stays(events_of):
    assert _told(events_of("Kervan troops withdrew from Orno on Monday."), "RETREAT")


# The page speaking to its reader ("you", "your") outside a quotation tells no news.


def test_a_newsletter_offer_to_the_reader_is_no_event(events_of):
    events = events_of("Sign up and we will send you a weekly letter about Orno.")
    assert not _told(events, "COMMUNICATE")


def test_a_privacy_notice_is_no_event(events_of):
    events = events_of("We will not share your details with other firms.")
    assert not _told(events, "COOPERATE")


def test_you_in_a_quotation_stays_a_party(events_of):
    text = '"Kerva will attack you," the general told the rebels.'
    assert events_of(text)


# A demand needs someone asked and an act still to do.


def test_should_have_tells_a_regret_not_a_demand(events_of):
    text = "But the actor Tomas Ruiz said the drama prize should have gone to a Kervan series."
    assert not _told(events_of(text), "REQUEST")


def test_we_must_is_no_request(events_of):
    text = '"We must trim our own budget," the Orno mayor said.'
    assert not _told(events_of(text), "REQUEST")


def test_a_demand_on_someone_else_stays_a_request(events_of):
    assert _told(events_of("The minister said Kerva must withdraw its troops."), "REQUEST")


# Being met with a reaction is no meeting; someone met stays a meeting.


def test_a_plan_met_with_resistance_is_no_meeting(events_of):
    text = "The new tax has been met with resistance in Orno."
    assert not _told(events_of(text), "CONSULT")


def test_an_envoy_met_by_a_king_stays_a_meeting(events_of):
    assert _told(events_of("The envoy was met by the king at the airport."), "CONSULT")


# Charging and trying accuse someone; a fee charged or a dish tried accuses no one.


def test_a_fee_charged_is_no_charge(events_of):
    text = "The bank doubled a fee that it has charged for years."
    assert not _told(events_of(text), "ACCUSE")


def test_a_dish_tried_is_no_trial(events_of):
    assert not _told(events_of("At the Orno cafe we tried the house stew."), "ACCUSE")


def test_someone_charged_or_tried_stays_accused(events_of):
    assert _told(events_of("Prosecutors charged Tomas Ruiz with fraud."), "ACCUSE")
    assert _told(events_of("Three men were charged with theft."), "ACCUSE")
    assert _told(events_of("A Varna court tried the former minister in absentia."), "ACCUSE")


# A refusal is someone's act; a thing that "declines" falls.


def test_prices_declining_refuse_nothing(events_of):
    text = "In a year when tourism declined sharply in Orno, the mayor resigned."
    assert not _told(events_of(text), "REJECT")


def test_someone_declining_stays_a_refusal(events_of):
    text = "Asked whether he would attend, the minister declined."
    assert _told(events_of(text), "REJECT")
    assert _told(events_of("Kerva declined to attend the summit."), "REJECT")


def test_declining_an_interview_is_declining_to_speak(events_of):
    text = "Ruiz declined to be interviewed for this story."
    assert not _told(events_of(text), "REJECT")


# A negative quantifier as subject denies the act.


def test_none_of_them_endorsing_is_a_denied_endorsement(events_of):
    events = _told(events_of("None of the harbour unions endorsed Ruiz."), "SUPPORT")
    assert events and all(e.negated for e in events)


def test_some_of_them_endorsing_stays_asserted(events_of):
    events = _told(events_of("Three of the harbour unions endorsed Ruiz."), "SUPPORT")
    assert events and not any(e.negated for e in events)


# Words quoted as a name after "called" or "dubbed" are a name, not a statement.


def test_a_group_named_with_a_slogan_tells_no_support(events_of):
    text = "A fan club called 'We support Tomas Ruiz' meets on Fridays."
    assert not _told(events_of(text), "SUPPORT")


def test_a_quoted_statement_stays_told(events_of):
    text = "The general called the raid a crime, and Kerva said 'we support Varna'."
    assert _told(events_of(text), "SUPPORT")
