"""Political news, round 19: each a rule of grammar, of press convention or of the codebook,
with a sentence it must change and a near miss it must leave alone. Every sentence is invented.

- the press's "no comment" in its other forms ("did not return a message seeking comment",
  "declined to speak on the record", "declined to respond to questions") rejects and returns
  nothing; refusing to talk with a named party, or returning seized goods, stay events;
- idioms of verbs with an event sense: "seize on a report", "rally the party behind a plan",
  "fired back a statement", "shut down questions", "pleaded guilty", "beat a fundraising goal"
  seize, protest, shoot, close, ask and hit nothing; "cut a deal" agrees;
- an attack on a programme or a policy is made in words (PLOVER ACCUSE), not with force;
- a bare participle opening an adverbial clause is passive ("when questioned, the minister
  ..."): its clause's subject is the one questioned;
- "X, Y and Z" with Y hung on X as an apposition is a list: Y takes part, and does not
  describe X;
- the American press's party-and-state tag after a lawmaker's name ("(R-Utah)") says the
  lawmaker is American.
"""

from __future__ import annotations

from analysis import analyse
from event_checks import told as _told


def _types(events) -> list[str]:
    return [e.type for e in events]


def _names(people) -> list[str]:
    return [p.name for p in people]


# "No comment" in its other forms.


def test_not_returning_a_message_for_comment_returns_nothing(events_of):
    text = "A spokesman for the governor did not return a message seeking comment."
    assert "RETREAT" not in _types(events_of(text))


def test_not_returning_calls_for_comment_returns_nothing(events_of):
    text = "A spokeswoman for the company did not return calls for comment on Friday."
    assert "RETREAT" not in _types(events_of(text))


def test_returning_seized_boats_stays_a_return(events_of):
    text = "The navy returned the seized fishing boats to their owners on Friday."
    assert _told(events_of(text), "RETREAT")


def test_declining_to_speak_on_the_record_rejects_nothing(events_of):
    text = "One worker at the plant declined to speak on the record, citing fear of reprisals."
    assert "REJECT" not in _types(events_of(text))


def test_refusing_to_talk_with_the_envoy_stays_a_refusal(events_of):
    text = "The rebel commander refused to talk with the envoy on Monday."
    assert _told(events_of(text), "REJECT")


def test_declining_to_respond_to_questions_rejects_nothing(events_of):
    text = "The campaign has declined to respond to questions about her position on the tax."
    assert "REJECT" not in _types(events_of(text))


def test_refusing_to_respond_to_a_demand_stays_a_rejection(events_of):
    text = "The junta refused to respond to the demand for elections."
    assert _told(events_of(text), "REJECT")


# Idioms.


def test_seizing_on_a_report_seizes_nothing(events_of):
    text = "Republicans in the legislature will seize on the report to push their bill."
    assert "COERCE" not in _types(events_of(text))


def test_seizing_weapons_stays_a_seizure(events_of):
    text = "Customs officers seized a shipment of rifles at the port on Monday."
    assert _told(events_of(text), "COERCE")


def test_rallying_a_city_behind_a_plan_is_no_demonstration(events_of):
    text = "The mayor rallied the city behind her housing plan on Monday."
    assert "PROTEST" not in _types(events_of(text))


def test_supporters_rallying_outside_a_court_demonstrate(events_of):
    text = "Hundreds of supporters rallied outside the court on Monday."
    assert _told(events_of(text), "PROTEST")


def test_firing_back_a_statement_shoots_no_one(events_of):
    text = "The council fired back a statement saying it would not drop the case."
    assert "ASSAULT" not in _types(events_of(text))


def test_troops_firing_back_at_gunmen_still_shoot(events_of):
    text = "Troops fired back at the gunmen near the checkpoint on Monday."
    assert _told(events_of(text), "ASSAULT")


def test_shutting_down_questions_closes_nothing(events_of):
    text = "The senator shut down such questions on Monday."
    assert "COERCE" not in _types(events_of(text))


def test_shutting_down_a_newspaper_stays_coercion(events_of):
    text = "The junta shut down the opposition newspaper on Monday."
    assert _told(events_of(text), "COERCE")


def test_pleading_guilty_asks_nothing(events_of):
    text = "After long negotiations, the general pleaded guilty to a misdemeanor charge."
    assert "REQUEST" not in _types(events_of(text))


def test_pleading_with_a_court_stays_an_appeal(events_of):
    text = "The mother pleaded with the court to spare her son."
    assert _told(events_of(text), "REQUEST")


def test_beating_a_fundraising_goal_hits_no_one(events_of):
    text = "The campaign is on pace to beat the senator's fundraising goal this quarter."
    assert "ASSAULT" not in _types(events_of(text))


def test_police_beating_protesters_stays_an_assault(events_of):
    text = "Police beat the protesters with batons on Monday."
    assert _told(events_of(text), "ASSAULT")


def test_cutting_a_deal_agrees(events_of):
    events = events_of("The senator cut a deal with the speaker to pass the budget.")
    assert "SANCTION" not in _types(events)
    assert _told(events, "AGREE")


def test_cutting_aid_stays_a_sanction(events_of):
    text = "The government cut aid to the province on Monday."
    assert _told(events_of(text), "SANCTION")


# Attacks on a programme.


def test_attacking_a_program_is_criticism(events_of):
    events = events_of("Three senators have attacked the program as a waste of money.")
    assert "ASSAULT" not in _types(events)
    assert _told(events, "ACCUSE")


def test_gunmen_attacking_a_convoy_stay_an_assault(events_of):
    assert _told(events_of("Gunmen attacked the convoy near the border."), "ASSAULT")


# A bare participle opening an adverbial clause.


def test_the_one_questioned_is_the_recipient():
    article = analyse("The minister left the hall in silence when questioned about the funds.")
    (event,) = [e for e in article.events if e.trigger == "questioned"]
    assert _names(event.recipients) == ["The minister"]
    assert not event.actors


def test_a_participle_with_its_own_subject_keeps_its_doer():
    article = analyse("The minister left the hall after police questioned the guards.")
    (event,) = [e for e in article.events if e.trigger == "questioned"]
    assert "police" in [n.lower() for n in _names(event.actors)]


# Lists of names.


def test_a_name_apposed_in_a_list_takes_part():
    article = analyse("Dana Corvin, Lars Madsen and Ana Varga met the governor in Reno on Monday.")
    (event,) = [e for e in article.events if e.type == "CONSULT"]
    names = _names(event.actors + event.recipients)
    assert {"Dana Corvin", "Lars Madsen", "Ana Varga"} <= set(names)


def test_a_title_apposed_to_a_name_still_describes_it():
    article = analyse("Lars Madsen, the Danish foreign minister, met Ana Varga in Oslo on Monday.")
    (event,) = [e for e in article.events if e.type == "CONSULT"]
    (madsen,) = [p for p in event.actors + event.recipients if p.name == "Lars Madsen"]
    assert madsen.country == "DNK"


# The party-and-state tag.


def test_a_party_and_state_tag_makes_a_lawmaker_american():
    article = analyse("Senator Ann Cole (R-Utah) sent a letter to the attorney general on Monday.")
    (event,) = [e for e in article.events if e.type == "COMMUNICATE"]
    (cole,) = [p for p in event.actors if p.name == "Ann Cole"]
    assert (cole.country, cole.sector) == ("USA", "LEG")


def test_a_name_without_the_tag_gets_no_country_from_it():
    article = analyse("Senator Ann Cole (2014) sent a letter to the attorney general on Monday.")
    (event,) = [e for e in article.events if e.type == "COMMUNICATE"]
    (cole,) = [p for p in event.actors if p.name == "Ann Cole"]
    assert cole.country is None


# A spelling of a known name.


def test_a_spelling_of_a_minister_long_gone_names_someone_else():
    article = analyse("The president called Prime Minister Ana Lind on Tuesday.", "2024-03-06")
    (event,) = [e for e in article.events if e.type == "CONSULT"]
    assert "Ana Lind" in _names(event.actors + event.recipients)


def test_a_spelling_of_a_sitting_leader_still_names_them():
    article = analyse("Abdelaziz Bouteflicka met the envoy in Algiers on Monday.", "2010-05-03")
    (event,) = [e for e in article.events if e.type == "CONSULT"]
    assert "Abdelaziz Bouteflika" in _names(event.actors + event.recipients)


# Support as a poll's share.


def test_a_share_of_support_is_no_act(events_of):
    text = "More than half of the senator's support comes from women, according to the poll."
    assert "SUPPORT" not in _types(events_of(text))


def test_support_among_a_group_is_no_act(events_of):
    text = "The governor had his greatest support among the farmers surveyed."
    assert "SUPPORT" not in _types(events_of(text))


def test_support_for_a_side_stays_an_act(events_of):
    text = "Norland's support for the rebels has grown since the summer."
    assert _told(events_of(text), "SUPPORT")


# A passive naming, the source's authority, a weighed act.


def test_what_was_called_a_name_rings_no_one(events_of):
    text = "The state eliminated what had been called the Golden Week of early voting."
    assert "CONSULT" not in _types(events_of(text))


def test_a_phone_call_to_a_named_minister_stays_a_call(events_of):
    text = "Dana Corvin called Lars Madsen on Tuesday to discuss the crisis."
    assert _told(events_of(text), "CONSULT")


def test_not_authorized_to_discuss_holds_no_talks(events_of):
    text = (
        "Officials, speaking on condition of anonymity because they were not authorized to "
        "discuss the investigation, said the server was breached."
    )
    assert "CONSULT" not in _types(events_of(text))


def test_not_authorized_to_negotiate_with_rebels_keeps_the_talks(events_of):
    events = events_of("The envoy said he was not authorized to negotiate with the rebels.")
    assert "CONSULT" in _types(events)


def test_considering_filing_an_appeal_is_not_told_as_done(events_of):
    events = events_of("The chairman said the party is considering filing an appeal.")
    assert not _told(events, "REQUEST")


def test_filing_an_appeal_is_told_as_done(events_of):
    events = events_of("The chairman said the party filed an appeal on Monday.")
    assert _told(events, "REQUEST")


# Records, reviews and sources.


def test_saying_in_an_email_sends_no_message(events_of):
    assert "COMMUNICATE" not in _types(events_of("The officer said in an email that it was over."))


def test_sending_an_email_to_staff_stays_a_message(events_of):
    events = events_of("The senator sent an email to his staff on Friday.")
    assert _told(events, "COMMUNICATE")


def test_delivering_a_critique_gives_no_aid(events_of):
    text = "Ann Lee delivered a critique of the governor's handling of the flood."
    assert "AID" not in _types(events_of(text))


def test_agreeing_to_talk_on_a_condition_of_anonymity_agrees_nothing(events_of):
    text = "The source agreed to talk on the condition that his last name not be used."
    assert "AGREE" not in _types(events_of(text))


def test_agreeing_to_talk_with_the_government_stays_an_agreement(events_of):
    assert _told(events_of("The rebels agreed to talk with the government in Geneva."), "AGREE")


def test_taking_a_call_from_a_ministry_is_a_phone_call(events_of):
    events = events_of("Ann Lee took only one call that evening from the ministry.")
    assert "REQUEST" not in _types(events)
    assert [e.mode for e in events if e.type == "CONSULT"] == ["phone"]


def test_a_description_hung_as_a_second_subject_is_no_party():
    article = analyse(
        "Ann Lee and Bo Chan, the parents of two soldiers killed in an attack on a base in "
        "Kandahar, Afghanistan, have filed a lawsuit against the general."
    )
    (event,) = [e for e in article.events if e.trigger == "lawsuit"]
    assert _names(event.actors) == ["Ann Lee", "Bo Chan"]


# Control, for-to clauses, signing and parades.


def test_the_object_of_forcing_does_what_the_infinitive_says():
    article = analyse("The protests forced the army to withdraw from the city on Monday.")
    (event,) = [e for e in article.events if e.type == "RETREAT"]
    assert _names(event.actors) == ["the army"]


def test_a_promise_to_withdraw_is_the_promiser_s():
    article = analyse("Norland promised Velia to withdraw its troops from the border.")
    withdrawals = [e for e in article.events if e.type == "RETREAT"]
    assert all("Velia" not in _names(e.actors) for e in withdrawals)


def test_calls_for_a_mayor_to_resign_do_not_tell_a_resignation(events_of):
    text = "The comment came amid calls for the mayor to resign."
    assert not _told(events_of(text), "RETREAT")


def test_an_unfair_resignation_is_still_told(events_of):
    text = "It was unfair for the mayor to quit a week before the vote, Ruiz said."
    assert _told(events_of(text), "RETREAT")


def test_silence_demonstrated_is_no_protest(events_of):
    text = "The comment highlighted the silence the party leaders have demonstrated all week."
    assert "PROTEST" not in _types(events_of(text))


def test_signing_an_executive_order_supports_no_one(events_of):
    text = "The governor signed an executive order on Friday that restores voting rights."
    assert "SUPPORT" not in _types(events_of(text))


def test_signing_a_trade_agreement_stays_support(events_of):
    text = "The two presidents signed a trade agreement in Hanoi on Friday."
    assert _told(events_of(text), "SUPPORT")


def test_marching_in_a_parade_is_no_protest(events_of):
    assert "PROTEST" not in _types(events_of("The senator marched in the city parade on Sunday."))


def test_marching_in_the_capital_stays_a_protest(events_of):
    text = "Thousands marched in the capital on Sunday to protest the new law."
    assert _told(events_of(text), "PROTEST")


# Towns with their state, and common surnames.


def test_a_town_with_its_state_abbreviation_is_american(kb):
    actor = kb.lookup("Police in Birmingham, Ala.", "2020-06-01")
    assert (actor.country, actor.sector) == ("USA", "COP")


def test_a_town_alone_keeps_its_own_country(kb):
    assert kb.lookup("Police in Birmingham", "2020-06-01").country == "GBR"


def test_a_foreign_body_in_an_american_town_keeps_its_country(kb):
    assert kb.lookup("the French consulate in Houston, Texas", "2020-06-01").country == "FRA"


def test_a_capital_spelt_with_a_state_is_the_american_town(kb):
    actor = kb.lookup("Paris, Texas", "2020-06-01")
    assert (actor.name, actor.country) == ("Paris", "USA")


def test_a_common_surname_alone_is_not_a_former_prime_minister(kb):
    actor = kb.lookup("Brown", "2015-05-01")
    assert actor is None or actor.country is None


def test_a_common_surname_names_the_sitting_prime_minister(kb):
    assert kb.lookup("Brown", "2008-05-01").name == "Gordon Brown"


def test_a_rare_surname_still_names_a_former_president(kb):
    assert kb.lookup("Obama", "2020-01-01").name == "Barack Obama"


# More idioms of political news.


def test_firing_off_attacks_in_a_debate_shoots_no_one(events_of):
    text = "The candidate kept interrupting his rivals and firing off endless attacks of his own."
    assert "ASSAULT" not in _types(events_of(text))


def test_troops_firing_off_rounds_still_shoot(events_of):
    assert _told(events_of("Troops fired off several rounds at the gunmen."), "ASSAULT")


def test_a_remark_that_does_not_cut_it_sanctions_nothing(events_of):
    assert "SANCTION" not in _types(events_of('"Bluster doesn\'t cut it," the governor said.'))


def test_hijacking_the_floor_abducts_no_one(events_of):
    text = "They hijacked the floor of the House for almost 26 hours."
    assert "ASSAULT" not in _types(events_of(text))


def test_hijacking_a_bus_stays_an_abduction(events_of):
    events = events_of("Gunmen hijacked a bus carrying 40 pilgrims on Monday.")
    assert [e.mode for e in _told(events, "ASSAULT")] == ["abduct"]


def test_seizing_the_floor_seizes_no_property(events_of):
    text = "House Democrats seized the floor from Republicans on Wednesday."
    assert "COERCE" not in _types(events_of(text))


def test_accepting_awards_agrees_nothing(events_of):
    text = "She was accepting awards from a business group and a veterans' charity."
    assert "AGREE" not in _types(events_of(text))


def test_accepting_a_ceasefire_offer_stays_an_agreement(events_of):
    text = "The rebels accepted the government's offer of a ceasefire on Monday."
    assert _told(events_of(text), "AGREE")


def test_an_address_to_be_delivered_gives_no_aid(events_of):
    text = "The governor was recasting an address about the army, to be delivered Wednesday."
    assert "AID" not in _types(events_of(text))


def test_food_delivered_to_the_camp_stays_aid(events_of):
    text = "The agency delivered food to the refugee camp on Monday."
    assert _told(events_of(text), "AID")


def test_an_attack_from_the_stage_is_in_words(events_of):
    text = "Dana Lee, who does not know me, viciously attacked me from the stage of the convention."
    assert "ASSAULT" not in _types(events_of(text))


def test_a_visit_to_a_childhood_apartment_meets_no_one(events_of):
    text = "He also made a visit to the Brooklyn apartment where he grew up."
    assert "CONSULT" not in _types(events_of(text))


def test_a_visit_to_a_capital_stays_a_visit(events_of):
    assert _told(events_of("The envoy made a visit to the capital on Monday."), "CONSULT")


def test_a_state_in_brackets_after_a_senator_makes_them_american():
    article = analyse(
        "Several leaders, including Sens. Tom Bale (Ariz.), Ann Cole (N.H.) and Ray Dunn (Pa.) "
        "have denounced the remarks."
    )
    (event,) = [e for e in article.events if e.type == "ACCUSE"]
    assert {(p.name, p.country) for p in event.actors} >= {
        ("Ann Cole", "USA"),
        ("Ray Dunn", "USA"),
    }


def test_cutting_attacks_cut_nothing_off(events_of):
    text = "The senator faced cutting criticism from the mayor on Monday."
    assert "SANCTION" not in _types(events_of(text))


def test_a_husband_cutting_in_sanctions_no_one(events_of):
    text = '"Tell her I promised you a picture," she said, and her husband cut in.'
    assert "SANCTION" not in _types(events_of(text))


def test_capturing_a_mood_attacks_no_one(events_of):
    text = "He is capturing the frustration of many voters after seven years of this government."
    assert "ASSAULT" not in _types(events_of(text))


def test_rebels_capturing_a_town_still_attack(events_of):
    assert _told(events_of("Rebels captured the town of Kerva on Sunday."), "ASSAULT")


def test_accepting_millions_agrees_nothing(events_of):
    text = "She has accepted millions from the financial industry, her rival said."
    assert "AGREE" not in _types(events_of(text))


def test_talking_doom_and_gloom_holds_no_talks(events_of):
    text = "The candidates for both parties are talking doom and gloom."
    assert "CONSULT" not in _types(events_of(text))


def test_talking_with_rebels_stays_talks(events_of):
    assert _told(events_of("The envoy talked with the rebels in Geneva on Monday."), "CONSULT")


def test_speaking_by_telephone_in_a_conversation_stays_a_call(events_of):
    text = (
        "Presidents Ana Varga and Lars Madsen last spoke by telephone on February 20, a "
        "conversation that both governments acknowledged at the time."
    )
    assert _told(events_of(text), "CONSULT")


def test_a_threat_to_break_off_relations_keeps_its_targets():
    article = analyse("Pakistan threatened to break off diplomatic relations with Congo and Peru.")
    (event,) = [e for e in article.events if e.type == "THREATEN"]
    assert {"Congo", "Peru"} <= set(_names(event.recipients))


def test_calling_off_talks_stays_a_retreat(events_of):
    assert _told(events_of("The rebels called off the talks on Monday."), "RETREAT")


# Stances on policies.


def test_supporting_a_foreign_policy_backs_no_one(events_of):
    text = "The candidate told the board that he supported a non-interventionist foreign policy."
    assert "SUPPORT" not in _types(events_of(text))


def test_support_for_universal_coverage_backs_no_one(events_of):
    text = "The ad links his amorphous support for universal health coverage with her campaigns."
    assert "SUPPORT" not in _types(events_of(text))


def test_signing_a_lease_supports_no_one(events_of):
    text = "The gallery signed a lease for a ground floor retail space on Friday."
    assert "SUPPORT" not in _types(events_of(text))


def test_praising_someone_s_accomplishments_stays_support(events_of):
    text = "The president praised the mayor's accomplishments on Monday."
    assert _told(events_of(text), "SUPPORT")


def test_backing_a_ceasefire_stays_support(events_of):
    assert _told(events_of("The rebels backed the ceasefire on Monday."), "SUPPORT")


def test_rejecting_a_plan_stays_a_rejection(events_of):
    assert _told(events_of("The council rejected the plan on Tuesday."), "REJECT")


# Polls, ideas, marches, calls and releases.


def test_a_percentage_approving_of_a_president_is_a_poll(events_of):
    text = "An average of 81 percent of Democrats approve of the president, the poll found."
    assert "SUPPORT" not in _types(events_of(text))


def test_a_party_approving_of_a_nominee_stays_support(events_of):
    assert _told(events_of("The party approved of the nominee on Monday."), "SUPPORT")


def test_the_idea_of_throwing_support_is_not_told_as_done(events_of):
    text = (
        "But on the streets of the city, where thousands of angry backers have descended this "
        "week to vent their frustration with the party, the idea of throwing their support to "
        "Ann Lee is a non-starter."
    )
    assert not _told(events_of(text), "SUPPORT")


def test_a_march_to_the_nomination_is_no_protest(events_of):
    text = "The senator's march to the nomination now seems all but certain."
    assert "PROTEST" not in _types(events_of(text))


def test_a_march_to_the_capital_stays_a_protest(events_of):
    assert _told(events_of("Thousands joined the march to the capital on Sunday."), "PROTEST")


def test_a_movie_set_for_release_frees_no_one(events_of):
    text = "The movie is set for release by a national studio on Feb. 5."
    assert "RETREAT" not in _types(events_of(text))


def test_the_release_of_hostages_stays_a_release(events_of):
    assert _told(events_of("The release of the hostages was announced on Monday."), "RETREAT")


def test_cutting_into_a_lead_sanctions_no_one(events_of):
    text = "He cut into the president's support across most of the state."
    assert "SANCTION" not in _types(events_of(text))


# Months, tiers, rallied support and criticism drawn.


def test_a_month_named_march_is_no_protest(events_of):
    text = "North Dakota's HB7 took effect on March 23 of this year."
    assert "PROTEST" not in _types(events_of(text))


def test_occupying_a_tier_of_the_field_attacks_no_one(events_of):
    text = "Senator Ann Cole and the governor occupied a third tier."
    assert "ASSAULT" not in _types(events_of(text))


def test_troops_occupying_a_town_still_attack(events_of):
    assert _told(events_of("Troops occupied the town of Kerva on Sunday."), "ASSAULT")


def test_support_rallied_in_a_relative_clause_is_no_protest(events_of):
    text = (
        "The mogul led among evangelical voters, whose support the senator rallied to win the "
        "caucuses."
    )
    assert "PROTEST" not in _types(events_of(text))


def test_criticism_drawn_from_a_council_is_the_council_s():
    article = analyse("The mayor drew sharp criticism from the council on Monday.")
    (event,) = [e for e in article.events if e.type == "ACCUSE"]
    assert _names(event.actors) == ["the council"]
    assert _names(event.recipients) == ["The mayor"]


def test_criticism_received_makes_its_receiver_the_target():
    article = analyse("The judge received widespread criticism for the remarks.")
    (event,) = [e for e in article.events if e.type == "ACCUSE"]
    assert _names(event.recipients) == ["The judge"]
    assert not event.actors


def test_aid_received_from_a_government_stays_the_government_s():
    article = analyse("The village received aid from the government on Monday.")
    (event,) = [e for e in article.events if e.type == "AID"]
    assert _names(event.actors) == ["the government"]


def test_abandoning_a_strategy_is_no_retreat(events_of):
    text = "The two rivals largely abandoned their strategy of brutally attacking him."
    assert "RETREAT" not in _types(events_of(text))


def test_abandoning_a_town_stays_a_retreat(events_of):
    assert _told(events_of("The rebels abandoned the town on Sunday."), "RETREAT")


def test_fighting_for_years_for_a_reform_attacks_no_one(events_of):
    text = "She fought for years for comprehensive immigration reform."
    assert "ASSAULT" not in _types(events_of(text))


def test_fighting_for_years_for_a_town_still_attacks(events_of):
    assert _told(events_of("Rebels fought for years for control of the town."), "ASSAULT")


def test_a_video_s_accusation_is_its_releaser_s():
    article = analyse(
        "Sen. Tom Bale has released a Web video that accuses Dan Moss of welcoming refugees."
    )
    (event,) = [e for e in article.events if e.type == "ACCUSE"]
    assert _names(event.actors) == ["Tom Bale"]


def test_a_video_with_no_releaser_names_no_accuser():
    article = analyse("The video accuses the mayor of lying about the budget.")
    (event,) = [e for e in article.events if e.type == "ACCUSE"]
    assert not event.actors


def test_capturing_dozens_of_soldiers_still_attacks(events_of):
    assert _told(events_of("Rebels captured dozens of soldiers on Monday."), "ASSAULT")


def test_police_beating_dozens_of_protesters_still_assault(events_of):
    assert _told(events_of("Police beat dozens of protesters on Monday."), "ASSAULT")


def test_capturing_hundreds_of_fighters_still_attacks(events_of):
    assert _told(events_of("The army captured hundreds of fighters on Monday."), "ASSAULT")
