"""Political news, round 20: each a rule of grammar, of press convention or of the codebook,
with a sentence it must change and a near miss it must leave alone. Every sentence is invented.

- a name used as a modifier of a common noun ("a former Maria Mendes aide") brings no party into
  the story: a bare surname later means the bearer the article named as a party; nor is
  it the antecedent of "he" when the noun it modifies is a person ("a former X adviser");
- "spoke on the radio", "on condition of anonymity": the medium, setting or terms of a talk
  are no topic, so no quote;
- backing won ("won the endorsement of the paper", "received the support of the unions") is
  the giver's act toward the subject;
- a relative "who" stands for a person: hung on a body inside a description ("X, the head of
  the Acme Fund, who criticised Y") it tells of the person the description is apposed to, and
  it is no part of X's title; a description after a name ("X, a party donor who ...") is X;
- the occasion of an act ("blamed X at the debate") is no one it was aimed at;
- "asked the question" asks nothing PLOVER codes; a hearing that names nothing it looks into
  ("the committee held its hearing") investigates no one; "charged with overseeing the vote"
  gives a duty, no charge; "everything he is fighting for" is a goal, no fight;
- "dozens of workers protested" with the past tense tagged a participle still protest;
- "a staffer, who the congressman fired" is a dismissal, no shooting; an attack on a law or
  on someone "for voting against the bill" is made in words; "a conference call" is a
  meeting on the line, no request; "broke ranks with the party" severs nothing; "a press
  release" frees no one;
- "refrained from endorsing X" tells no endorsement; "executed the plan" puts no one to death;
  a job that "offers him a platform" offers nothing as an act;
- a possessive pronoun is bound by the subject of its own clause first ("X said Y will have
  to drop his attacks": Y's attacks);
- "has done little to fight X" tells the fight as hardly done; "made it easier for X to sue"
  tells a suit made possible, not filed; "the killing that was claimed by X" is X's;
  "searching for answers" raids nothing; "his appeal among voters" is popularity, no plea;
  "speaking Spanish" meets no Spaniard; "speak out about X" accuses no one; "X, a delegate
  and party donor" is one person, described twice;
- support "for" or "behind" someone goes to them ("Russia's support for the rebels", "threw
  his support behind the mayor"), and "voiced support" expresses it; support "cut into" is a
  poll share; "recognized the significance of X" recognises no one; "withheld her
  endorsement" and "unwillingness to affirm his support" tell no support given;
- a race's "front-runner" is a candidate (a party's), no drug runner; "questioned about X on
  ABC News" or by moderators is an interview, no investigation; "a complaint to the
  committee" is made to it, not against it;
- a past tense the tagger read as a participle, in a sentence with its stop and no agent, is
  active ("X, the front-runner, called on Y to ..."): a headline's passive drops its stop;
- "received calls" are phone calls, no requests; a law is no participant; "appeals to
  Reagan Democrats" in the present, asking nothing, attracts;
- "a group called Forward 90" names a group, no call; speaking to a packed house or to
  "Iowans" addresses an audience, no meeting; "his tough talk" is rhetoric, no talks;
  "agreed with him on the issue" shares a view, no accord; visiting a train station or a
  plant meets no host;
- "the document he released" frees no one; "economists agree that ..."
  shares a view; "frequently meets with lawmakers" tells a habit, no one meeting; "warned that
  such a ban would be unacceptable" judges, threatens nothing; "lifted a sign" eases no
  restriction; "support for X among Y" is a poll's measure; a speech by video to supporters
  meets no one;
- "the Trans-Pacific Partnership" is one name, no pair of sides; "neither X nor anyone has
  asked" asks nothing; "pressed by the host about X" and 'asked, "Do you think ...?"' put
  questions, no requests; "has beaten Okafor among primary voters" is a vote won;
- accepting congratulations agrees to nothing; "offered voters different approaches" offers
  views; "his appeal in New York" is popularity; 'called that "preposterous"' names what was
  said; attacks "levelled" are words; a primary that "threatens to knock a governor out" is a
  risk; "the candidate cut him off" interrupts, cutting off no ties;
- "gave him a heads up" gives nothing up; "called out X" criticises X; "ruled out cutting
  off ..." tells no act done; a poll "of 400 voters released on Friday" frees no one; "her
  numerous protests" are one person's objections; "head-to-head matchups" are a contest;
  attention that "helped" a candidate is no aid; a vision Democrats are "offering" is a view.
"""

from __future__ import annotations

from analysis import analyse


def _names(people) -> list[str]:
    return [p.name for p in people]


# A name used attributively is not the surname's referent.


def test_a_surname_after_an_attributive_namesake_means_the_party():
    text = (
        "A former Carlos Mendes adviser spoke on the radio on Monday. He said Maria Mendes faces a "
        "hard race in the north.\n\nThe governor of the province endorsed Mendes on Tuesday."
    )
    article = analyse(text)
    (event,) = [e for e in article.events if e.type == "SUPPORT"]
    assert _names(event.recipients) == ["Maria Mendes"]


def test_a_surname_after_two_parties_keeps_the_first():
    text = (
        "Carlos Mendes spoke on the radio on Monday. He said Maria Mendes faces a hard race in the "
        "north.\n\nThe governor of the province endorsed Mendes on Tuesday."
    )
    article = analyse(text)
    (event,) = [e for e in article.events if e.type == "SUPPORT"]
    assert _names(event.recipients) == ["Carlos Mendes"]


def test_he_after_an_unnamed_adviser_is_not_the_attributive_name():
    text = "A former Carlos Mendes adviser spoke on Monday. He said the race was close."
    article = analyse(text)
    (quote,) = [q for q in article.quotes if "race" in q.text]
    assert quote.speaker != "Carlos Mendes"


def test_he_after_a_named_subject_is_that_person():
    text = "Carlos Mendes spoke to an adviser on Monday. He said the race was close."
    article = analyse(text)
    (quote,) = [q for q in article.quotes if "race" in q.text]
    assert quote.speaker == "Carlos Mendes"


# The medium or terms of a talk are no topic.


def test_speaking_on_condition_of_anonymity_quotes_nothing():
    article = analyse("The official spoke on condition of anonymity on Monday.")
    assert [q.text for q in article.quotes] == []


def test_speaking_on_the_radio_quotes_nothing():
    article = analyse("The senator spoke on the radio on Monday.")
    assert [q.text for q in article.quotes] == []


def test_speaking_on_a_subject_quotes_the_subject():
    article = analyse("The senator spoke on immigration on Monday.")
    assert [q.text for q in article.quotes] == ["immigration"]


# Backing won: the "of" side gives it.


def _support(text: str):
    (event,) = [e for e in analyse(text).events if e.type == "SUPPORT"]
    return _names(event.actors), _names(event.recipients)


def test_winning_the_endorsement_of_a_paper_is_the_papers_act():
    assert _support("The senator won the endorsement of the Daily Courier on Monday.") == (
        ["Daily Courier"],
        ["The senator"],
    )


def test_receiving_the_support_of_the_unions_is_the_unions_act():
    actors, recipients = _support("The mayor received the support of the unions on Monday.")
    assert (actors, recipients) == (["the unions"], ["The mayor"])


def test_announcing_an_endorsement_of_the_mayor_backs_the_mayor():
    actors, recipients = _support("The union announced its endorsement of the mayor on Monday.")
    assert (actors, recipients) == (["The union"], ["the mayor"])


# "Who" and the description apposed to a name.


def _accusers(text: str):
    (event,) = [e for e in analyse(text).events if e.type == "ACCUSE"]
    return [(p.name, p.country) for p in event.actors]


def test_who_after_a_body_in_a_description_is_the_person():
    text = (
        "The panel heard Carlos Mendes, the director of the Fund for Coastal Towns, who often "
        "criticizes the Brazilian government."
    )
    assert _accusers(text) == [("Carlos Mendes", None)]


def test_which_after_a_body_in_a_description_stays_with_the_body():
    text = (
        "The panel heard Carlos Mendes, the director of the Fund for Coastal Towns, which often "
        "criticizes the Brazilian government."
    )
    assert "Carlos Mendes" not in [name for name, _ in _accusers(text)]


def test_a_description_after_a_name_is_the_person():
    text = "Carlos Mendes, a party donor who has sharply criticized the mayor, spoke on Monday."
    assert _accusers(text) == [("Carlos Mendes", None)]


# Occasions, questions, sittings, duties and goals.


def _raw(events_of, text: str):
    return [(e.type, _names(e.actors), _names(e.recipients)) for e in events_of(text)]


def test_the_debate_an_accusation_was_made_at_is_no_target(events_of):
    found = _raw(events_of, "At the debate on Wednesday, the senator blamed the fog of war.")
    assert found == [("ACCUSE", ["the senator"], [])]


def test_lashing_out_at_the_governor_at_a_rally_targets_the_governor(events_of):
    found = _raw(events_of, "The senator lashed out at the governor at a rally on Monday.")
    assert found == [("ACCUSE", ["The senator"], ["the governor"])]


def test_asking_a_question_requests_nothing(events_of):
    assert _raw(events_of, "She said she asked the question to build on his point.") == []


def test_asking_the_minister_to_resign_stays_a_request(events_of):
    found = _raw(events_of, "The senator asked the minister to resign.")
    assert ("REQUEST", ["The senator"], ["the minister"]) in found


def test_a_committee_holding_its_hearing_investigates_no_one(events_of):
    text = "Dozens of them gathered outside the hotel where the committee held its hearing."
    assert "ACCUSE" not in [t for t, _, _ in _raw(events_of, text)]


def test_a_hearing_into_a_shooting_stays_an_investigation(events_of):
    found = _raw(events_of, "The committee held a hearing into the shooting on Monday.")
    assert found == [("ACCUSE", ["The committee"], [])]


def test_an_office_charged_with_overseeing_a_vote_is_accused_of_nothing(events_of):
    text = "The mayor praised the office charged with overseeing the vote."
    assert "ACCUSE" not in [t for t, _, _ in _raw(events_of, text)]


def test_men_charged_with_killing_a_guard_stay_accused(events_of):
    found = _raw(events_of, "Two men were charged with killing a guard.")
    assert ("ACCUSE", [], ["Two men"]) in found


def test_everything_he_is_fighting_for_is_no_fight(events_of):
    text = "He should stay in the race until he gets everything he is fighting for."
    assert "ASSAULT" not in [t for t, _, _ in _raw(events_of, text)]


def test_the_town_the_rebels_are_fighting_for_is_a_fight(events_of):
    found = _raw(events_of, "It is the town the rebels are fighting for.")
    assert ("ASSAULT", ["the rebels"], []) in found


def test_dozens_of_workers_protesting_are_the_protesters(events_of):
    found = _raw(events_of, "Dozens of workers protested outside the hotel on Wednesday.")
    assert found == [("PROTEST", ["Dozens of workers"], [])]


def test_a_ruling_protested_by_the_unions_is_the_unions_protest(events_of):
    found = _raw(events_of, "The ruling was protested by the unions.")
    assert found == [("PROTEST", ["the unions"], ["The ruling"])]


# Dismissals, attacks in words, calls, ranks and releases.


def test_a_staffer_the_congressman_fired_is_dismissed_not_shot(events_of):
    text = "The staffer, who the congressman fired in June, sued him on Monday."
    assert "ASSAULT" not in [t for t, _, _ in _raw(events_of, text)]


def test_troops_who_fired_on_a_crowd_still_shot(events_of):
    text = "The troops, who fired on the crowd in June, left the town on Monday."
    assert "ASSAULT" in [t for t, _, _ in _raw(events_of, text)]


def test_an_attack_on_a_constitutional_amendment_is_in_words(events_of):
    text = "The group is bracing for the president's attack on the Second Amendment."
    assert [t for t, _, _ in _raw(events_of, text)] == ["ACCUSE"]


def test_attacking_a_rival_for_voting_is_blame(events_of):
    text = "The senator attacked the governor for vetoing the bill on Monday."
    assert ("ACCUSE", ["The senator"], ["the governor"]) in _raw(events_of, text)


def test_gunmen_attacking_a_convoy_still_assault(events_of):
    found = _raw(events_of, "Gunmen attacked the convoy near the border on Monday.")
    assert [t for t, _, _ in found] == ["ASSAULT"]


def test_a_conference_call_with_the_mayor_is_a_meeting(events_of):
    found = _raw(events_of, "The senator held a conference call with the mayor on Monday.")
    assert [t for t, _, _ in found] == ["CONSULT"]


def test_a_call_for_calm_stays_a_request(events_of):
    found = _raw(events_of, "The senator issued a call for calm on Monday.")
    assert [t for t, _, _ in found] == ["REQUEST"]


def test_breaking_ranks_with_a_party_severs_nothing(events_of):
    assert _raw(events_of, "The senator broke ranks with his own party on Monday.") == []


def test_breaking_ties_with_a_state_stays_a_sanction(events_of):
    found = _raw(events_of, "The country broke ties with Qatar on Monday.")
    assert [t for t, _, _ in found] == ["SANCTION"]


def test_a_press_release_frees_no_one(events_of):
    text = "The campaign sent out a press release saying the senator owes voters an answer."
    assert "RETREAT" not in [t for t, _, _ in _raw(events_of, text)]


def test_the_release_of_prisoners_stays_a_release(events_of):
    found = _raw(events_of, "The government announced the release of 20 prisoners on Monday.")
    assert "RETREAT" in [t for t, _, _ in found]


# Acts not done, plans carried out, things that afford, and possessives.


def test_refraining_from_endorsing_a_candidate_endorses_no_one():
    article = analyse("The governor has refrained from endorsing Carlos Mendes.")
    assert all(e.negated for e in article.events if e.type == "SUPPORT")


def test_endorsing_a_candidate_stays_an_endorsement():
    article = analyse("The governor endorsed Carlos Mendes on Monday.")
    assert [e.negated for e in article.events if e.type == "SUPPORT"] == [False]


def test_executing_a_plan_kills_no_one(events_of):
    assert _raw(events_of, "The campaign team executed the plan flawlessly on Monday.") == []


def test_executing_prisoners_stays_an_assault(events_of):
    found = _raw(events_of, "The regime executed three prisoners on Monday.")
    assert found == [("ASSAULT", ["The regime"], ["three prisoners"])]


def test_a_job_offering_a_platform_offers_nothing(events_of):
    text = "His seat in the Senate offers the senator a platform to speak out."
    assert _raw(events_of, text) == []


def test_a_government_offering_an_amnesty_stays_an_offer(events_of):
    found = _raw(events_of, "The government offered the rebels an amnesty on Monday.")
    assert found == [("AGREE", ["The government"], ["the rebels"])]


def test_a_possessive_is_bound_by_its_own_clause_subject():
    text = "John Reed said Tom Cole will have to drop his attacks on the mayor."
    (event,) = [e for e in analyse(text).events if e.recipients]
    assert _names(event.actors) == ["Tom Cole"]


# Acts hardly done or made possible, claims, searches, appeal, languages, descriptions.


def _flags(text: str, kind: str):
    return [(e.negated, e.hypothetical) for e in analyse(text).events if e.type == kind]


def test_doing_little_to_fight_militants_is_no_fight_told():
    text = "The kingdom has done little to fight the militants in the north."
    assert _flags(text, "ASSAULT") == [(True, False)]


def test_doing_much_to_fight_militants_stays_a_fight():
    text = "The kingdom has done much to fight the militants in the north."
    assert _flags(text, "ASSAULT") == [(False, False)]


def test_a_bill_making_it_easier_to_sue_tells_no_suit():
    text = "The Senate passed a bill making it easier for families to sue the airline."
    assert _flags(text, "ACCUSE") == [(False, True)]


def test_unfair_for_the_mayor_to_sue_still_tells_the_suit():
    text = "It was unfair for the mayor to sue the newspaper last week."
    assert _flags(text, "ACCUSE") == [(False, False)]


def test_a_killing_claimed_by_a_group_is_the_groups(events_of):
    text = "The bombing, which was claimed by the rebels, killed ten people on Monday."
    assert ("ASSAULT", ["the rebels"], ["ten people"]) in _raw(events_of, text)


def test_an_attack_the_army_denied_has_no_actor_from_the_denial(events_of):
    text = "The attack, which the army denied, killed ten people on Monday."
    assert ("ASSAULT", [], ["ten people"]) in _raw(events_of, text)


def test_searching_for_answers_raids_nothing(events_of):
    assert _raw(events_of, "Investigators are searching for answers after the crash.") == []


def test_soldiers_searching_a_village_for_arms_still_search(events_of):
    found = _raw(events_of, "Soldiers searched for weapons in the village on Monday.")
    assert [t for t, _, _ in found] == ["COERCE"]


def test_appeal_among_voters_is_no_plea(events_of):
    text = "Analysts discussed the senator's continued appeal among rural voters."
    assert "REQUEST" not in [t for t, _, _ in _raw(events_of, text)]


def test_an_appeal_to_residents_stays_a_plea(events_of):
    found = _raw(events_of, "The mayor issued an appeal to residents to stay home.")
    assert ("REQUEST", ["The mayor"], ["residents"]) in found


def test_speaking_spanish_meets_no_one(events_of):
    text = "The senator is more candid when speaking Spanish on the radio."
    assert _raw(events_of, text) == []


def test_speaking_with_the_chinese_is_a_meeting(events_of):
    found = _raw(events_of, "The minister spoke with the Chinese on Monday.")
    assert [t for t, _, _ in found] == ["CONSULT"]


def test_speaking_out_about_a_topic_accuses_no_one(events_of):
    assert _raw(events_of, "More voters now speak out about the housing crisis.") == []


def test_speaking_out_against_the_government_accuses_it(events_of):
    found = _raw(events_of, "The bishop spoke out against the government on Monday.")
    assert found == [("ACCUSE", ["The bishop"], ["the government"])]


def test_a_name_described_twice_is_one_accuser(events_of):
    text = (
        "Tom Mercer, a state delegate and Reed supporter who has accused the rival "
        "campaign of harassment, spoke on Monday."
    )
    (accusation,) = [(a, r) for t, a, r in _raw(events_of, text) if t == "ACCUSE"]
    assert accusation[0] == ["Tom Mercer"]


# Support given, shares eaten into, facts recognised, endorsements withheld.


def test_support_for_the_rebels_goes_to_the_rebels(events_of):
    found = _raw(events_of, "Russia's support for the rebels grew last year.")
    assert found == [("SUPPORT", ["Russia"], ["the rebels"])]


def test_support_thrown_behind_the_mayor_goes_to_the_mayor(events_of):
    found = _raw(events_of, "The governor threw his support behind the mayor on Monday.")
    assert [r for t, _, r in found if t == "SUPPORT"] == [["the mayor"]]


def test_support_for_a_policy_backs_no_one(events_of):
    found = _raw(events_of, "The governor voiced support for universal coverage on Monday.")
    assert [r for t, _, r in found if t == "SUPPORT"] in ([], [[]])


def test_voicing_support_for_a_country_is_support(events_of):
    found = _raw(events_of, "The senator voiced support for Ukraine on Monday.")
    assert found == [("SUPPORT", ["The senator"], ["Ukraine"])]


def test_cutting_into_a_rivals_support_backs_no_one(events_of):
    text = "The senator cut into the governor's support across most of the state."
    assert "SUPPORT" not in [t for t, _, _ in _raw(events_of, text)]


def test_recognizing_the_significance_of_a_win_recognizes_no_one(events_of):
    assert _raw(events_of, "The president recognized the significance of the victory.") == []


def test_recognizing_a_new_government_stays_support(events_of):
    found = _raw(events_of, "Kenya recognized the new government on Monday.")
    assert found == [("SUPPORT", ["Kenya"], ["the new government"])]


def test_withholding_an_endorsement_endorses_no_one():
    article = analyse("The governor has withheld her endorsement of Carlos Mendes.")
    assert all(e.negated for e in article.events if e.type == "SUPPORT")


# Front-runners, interviews and complaints.


def test_a_front_runner_is_a_candidate_not_a_criminal():
    article = analyse("The front-runner complained on Monday that the contest was rigged.")
    (event,) = [e for e in article.events if e.type == "ACCUSE"]
    assert [p.sector for p in event.actors] == ["PTY"]


def test_questioned_about_a_dispute_on_a_network_is_an_interview(events_of):
    text = "When the senator was questioned about the dispute on ABC News, he answered."
    assert "ACCUSE" not in [t for t, _, _ in _raw(events_of, text)]


def test_moderators_questioning_a_candidate_investigate_no_one(events_of):
    text = "The moderators questioned the candidate about his taxes on Monday."
    assert "ACCUSE" not in [t for t, _, _ in _raw(events_of, text)]


def test_police_questioning_two_men_investigate_them(events_of):
    found = _raw(events_of, "Police questioned two men about the robbery on Monday.")
    assert ("ACCUSE", ["Police"], ["two men"]) in found


def test_a_complaint_to_a_committee_is_not_against_it(events_of):
    text = "The party filed a formal complaint to the national committee on Monday."
    assert [r for t, _, r in _raw(events_of, text) if t == "ACCUSE"] == [[]]


def test_a_complaint_against_the_mayor_targets_the_mayor(events_of):
    found = _raw(events_of, "The council lodged a complaint against the mayor on Monday.")
    assert ("ACCUSE", ["The council"], ["the mayor"]) in found


# Past tenses read as participles, calls received, laws, appeal as attraction.


def test_a_participle_in_a_full_sentence_is_the_subjects_act(events_of):
    text = "Maria Lopez, the Democratic front-runner, called on tech companies to do more."
    assert ("REQUEST", ["Maria Lopez"], ["tech companies"]) in _raw(events_of, text)


def test_a_headline_participle_stays_passive(events_of):
    found = _raw(events_of, "Envoy summoned over spying row")
    assert all("Envoy" not in actors for _, actors, _ in found)


def test_calls_received_are_no_requests(events_of):
    text = "The women said they continued to receive calls after the assaults."
    assert "REQUEST" not in [t for t, _, _ in _raw(events_of, text)]


def test_a_call_for_calm_made_is_a_request(events_of):
    assert [t for t, _, _ in _raw(events_of, "The mayor made a call for calm on Monday.")] == [
        "REQUEST"
    ]


def test_a_law_named_in_a_request_is_no_party(events_of):
    text = "The group filed Freedom of Information Act requests with the agency."
    names = [n for _, a, r in _raw(events_of, text) for n in a + r]
    assert not any("Act" in n for n in names)


def test_appealing_to_a_bloc_of_voters_asks_nothing(events_of):
    assert _raw(events_of, "The senator appeals to rural Democrats.") == []


def test_appealing_to_donors_for_funds_asks(events_of):
    found = _raw(events_of, "The agency appeals to donors for funds.")
    assert [t for t, _, _ in found] == ["REQUEST"]


def test_a_protest_note_handed_to_an_envoy_targets_the_envoy(events_of):
    text = "The ministry handed a formal protest note to the Norlandian envoy on Sunday."
    found = _raw(events_of, text)
    assert [r for t, _, r in found if t == "ACCUSE"] == [["the Norlandian envoy"]]


# Names, audiences, rhetoric, views and sights.


def test_a_group_called_by_a_name_is_no_phone_call(events_of):
    text = "A newly formed group called Forward 90 ran its first ads in Ohio."
    assert "CONSULT" not in [t for t, _, _ in _raw(events_of, text)]


def test_a_president_who_called_the_king_made_a_call(events_of):
    found = _raw(events_of, "The president, who called the king on Monday, left for Oslo.")
    assert [t for t, _, _ in found] == ["CONSULT"]


def test_speaking_to_a_packed_house_meets_no_one():
    text = "The senator spoke to a packed house at the university on Monday."
    assert [e.type for e in analyse(text).events] == []


def test_speaking_to_a_people_by_name_meets_no_one():
    text = "The governor, speaking to Ohioans on Monday, said the vote had not started."
    assert "CONSULT" not in [e.type for e in analyse(text).events]


def test_speaking_to_an_ambassador_is_a_meeting():
    text = "The minister spoke to the Chinese ambassador on Monday."
    assert [e.type for e in analyse(text).events] == ["CONSULT"]


def test_tough_talk_holds_no_talks(events_of):
    assert _raw(events_of, "The senator seemed to mock his rival's vague tough talk.") == []


def test_a_long_talk_with_the_prime_minister_is_a_meeting(events_of):
    found = _raw(events_of, "The king had a long talk with the prime minister on Monday.")
    assert [t for t, _, _ in found] == ["CONSULT"]


def test_agreeing_with_a_candidate_on_an_issue_strikes_no_accord(events_of):
    text = "Many voters in the hall agreed with the senator on the issue."
    assert "AGREE" not in [t for t, _, _ in _raw(events_of, text)]


def test_agreeing_with_a_neighbour_on_a_ceasefire_is_an_accord(events_of):
    found = _raw(events_of, "Kenya agreed with Uganda on a ceasefire on Monday.")
    assert [t for t, _, _ in found] == ["AGREE"]


def test_agreeing_with_a_company_on_a_contract_is_an_accord(events_of):
    found = _raw(events_of, "The union agreed with the company on a new contract.")
    assert [t for t, _, _ in found] == ["AGREE"]


def test_visiting_a_train_station_meets_no_host():
    text = "The vice president visited a downtown train station on Thursday."
    assert [e.type for e in analyse(text).events] == []


# Documents, policies, views, habits, judgements, signs, polls and speeches.


def test_a_document_he_released_frees_no_one(events_of):
    text = "The plan would cost a trillion dollars, according to the document he released."
    assert _raw(events_of, text) == []


def test_economists_agreeing_that_change_is_slow_strike_no_accord(events_of):
    text = "Even economists who favor the tax agree that the change will be slow."
    assert "AGREE" not in [t for t, _, _ in _raw(events_of, text)]


def test_a_habitual_meeting_is_no_meeting_told():
    text = "The prime minister frequently meets with members of the opposition."
    assert all(e.hypothetical for e in analyse(text).events if e.type == "CONSULT")


def test_routine_criticism_in_the_perfect_stays_told():
    text = "The senator has routinely criticized the governor."
    assert [e.hypothetical for e in analyse(text).events if e.type == "ACCUSE"] == [False]


def test_warning_that_a_ban_would_be_unacceptable_threatens_nothing(events_of):
    text = "The league's leader warned that such a ban would be unacceptable."
    assert _raw(events_of, text) == []


def test_warning_that_the_rebels_would_pay_stays_a_threat(events_of):
    text = "The army warned that the rebels would pay a heavy price."
    assert [t for t, _, _ in _raw(events_of, text)] == ["THREATEN"]


def test_lifting_a_sign_eases_nothing(events_of):
    assert _raw(events_of, "The actress smiled and lifted a sign of her own.") == []


def test_lifting_a_curfew_stays_a_concession(events_of):
    found = _raw(events_of, "The government lifted the curfew on Monday.")
    assert [t for t, _, _ in found] == ["CONCEDE"]


def test_support_for_a_candidate_among_voters_is_a_poll(events_of):
    text = "A poll found growing support for the senator among rural voters."
    assert "SUPPORT" not in [t for t, _, _ in _raw(events_of, text)]


def test_a_speech_by_video_to_supporters_meets_no_one():
    text = "The senator will speak to supporters nationwide via video on Thursday night."
    assert "CONSULT" not in [e.type for e in analyse(text).events]


# Prefixed names, "neither ... nor", questions put, votes won.


def test_a_prefixed_name_is_no_pair_of_sides(events_of):
    text = "She turned against the Trans-Pacific Partnership trade pact, a deal she once backed."
    names = [n for _, a, r in _raw(events_of, text) for n in a + r]
    assert "Trans" not in names


def test_a_hyphenated_pair_of_countries_stays_two_sides(events_of):
    found = _raw(events_of, "The Norway-Sweden summit took place on Monday.")
    assert [len(a) for t, a, _ in found if t == "CONSULT"] == [2]


def test_neither_nor_asks_nothing():
    text = "Neither Speaker Lind nor anyone on his team has ever asked for the endorsement."
    assert all(e.negated for e in analyse(text).events if e.type == "REQUEST")


def test_pressed_by_a_host_about_remarks_is_an_interview(events_of):
    text = "The senator was pressed by the show's host about his remarks on Sunday."
    assert "REQUEST" not in [t for t, _, _ in _raw(events_of, text)]


def test_a_quoted_question_asked_requests_nothing(events_of):
    text = "The anchor asked, \u201cDo you think the director will charge them?\u201d"
    assert "REQUEST" not in [t for t, _, _ in _raw(events_of, text)]


def test_pressing_the_governor_to_resign_stays_a_request(events_of):
    found = _raw(events_of, "The senator pressed the governor to resign on Monday.")
    assert ("REQUEST", ["The senator"], ["the governor"]) in found


def test_beating_a_rival_among_primary_voters_is_a_vote_won(events_of):
    text = "She has generally beaten Okafor handily among primary voters."
    assert "ASSAULT" not in [t for t, _, _ in _raw(events_of, text)]


def test_police_beating_a_man_stays_an_assault(events_of):
    found = _raw(events_of, "Police beat Okafor during the election protest.")
    assert [t for t, _, _ in found] == ["ASSAULT"]


# Congratulations, views offered, appeal in a state, namings, words levelled, risks, cuts.


def test_accepting_congratulations_agrees_to_nothing(events_of):
    assert _raw(events_of, "Today the senator is accepting congratulations from his aides.") == []


def test_offering_voters_approaches_offers_nothing(events_of):
    text = "The two candidates offered Ohio voters different approaches to the presidency."
    assert _raw(events_of, text) == []


def test_appeal_in_a_state_is_popularity(events_of):
    text = "The governor is keeping a lid on the senator's appeal in New York."
    assert "REQUEST" not in [t for t, _, _ in _raw(events_of, text)]


def test_calling_a_claim_preposterous_calls_no_one(events_of):
    text = "The campaign manager called that \u201cbeyond preposterous.\u201d"
    assert _raw(events_of, text) == []


def test_levelling_attacks_against_rivals_is_in_words(events_of):
    text = "The candidates crossed the state on Monday, leveling attacks against one another."
    assert [t for t, _, _ in _raw(events_of, text)] == ["ACCUSE"]


def test_a_primary_threatening_to_knock_out_a_governor_is_a_risk(events_of):
    text = "The primary threatens to knock one of the governors out of the race."
    assert _raw(events_of, text) == []


def test_rebels_threatening_to_attack_a_city_threaten(events_of):
    found = _raw(events_of, "The rebels threatened to attack the city.")
    assert [t for t, _, _ in found] == ["THREATEN"]


def test_cutting_a_speaker_off_cuts_no_ties(events_of):
    text = "The host asked a question, but the candidate cut him off."
    assert "SANCTION" not in [t for t, _, _ in _raw(events_of, text)]


def test_cutting_off_ties_with_a_state_stays_a_sanction(events_of):
    found = _raw(events_of, "Qatar cut off ties with Egypt on Monday.")
    assert [t for t, _, _ in found] == ["SANCTION"]


# Heads up, call-outs, acts ruled out, polls released, objections, matchups, helping things.


def test_a_heads_up_gives_nothing_up(events_of):
    text = "The speaker gave the chairman a heads up about his declaration."
    assert "CONCEDE" not in [t for t, _, _ in _raw(events_of, text)]


def test_an_army_giving_up_a_town_concedes(events_of):
    found = _raw(events_of, "The army gave up the town on Monday.")
    assert [t for t, _, _ in found] == ["CONCEDE"]


def test_calling_out_a_rival_criticises_him(events_of):
    found = _raw(events_of, "Lind has previously called out Okafor, slamming his proposed ban.")
    assert ("ACCUSE", ["Lind"], ["Okafor"]) in found


def test_an_act_ruled_out_is_not_told_as_done():
    text = "The candidate did rule out cutting off aid to the rebels."
    assert all(e.negated for e in analyse(text).events if e.type == "SANCTION")


def test_a_poll_released_frees_no_one(events_of):
    text = "That is according to a poll of 400 registered voters released on Friday."
    assert _raw(events_of, text) == []


def test_prisoners_released_stay_freed(events_of):
    found = _raw(events_of, "The rebels released 400 prisoners on Friday.")
    assert [t for t, _, _ in found] == ["RETREAT"]


def test_one_persons_protests_are_no_demonstration(events_of):
    assert _raw(events_of, "Despite her numerous protests, the evidence kept growing.") == []


def test_leading_in_head_to_head_matchups_beats_no_one(events_of):
    text = "Several other candidates are now beating her in head-to-head matchups."
    assert "ASSAULT" not in [t for t, _, _ in _raw(events_of, text)]


def test_attention_that_helped_a_candidate_is_no_aid(events_of):
    assert _raw(events_of, "The fading attention on the race helped the senator.") == []


def test_a_vision_on_offer_is_a_view(events_of):
    text = "The senator spoke of the positive vision that Democrats are offering to voters."
    assert "AGREE" not in [t for t, _, _ in _raw(events_of, text)]
