"""Campaign news, round 18: each a rule of grammar or of the codebook, with a sentence it must
change and a near miss it must leave alone. Every sentence is invented.

- winning a vote ("beat her rival in the caucuses", "captured Vermont and Maine" in a story
  about a primary) attacks no one: PLOVER codes no election result;
- an attack in words ("attacking a rival", "an attack against X, calling him ...", "sexist
  attacks") criticises (CAMEO 111, PLOVER ACCUSE/disapprove); an attack with a weapon, by
  gunmen, or between armed groups stays an ASSAULT;
- a campaign rally is no demonstration (CAMEO 141); a rally against a reform is;
- a verb of attempt whose infinitive the parser hung after a time ("sought on Wednesday to
  ease worries") attempts the infinitive, and easing worries eases no restriction;
- "excerpts of his speech released by the office" free no captive; prisoners released do;
- an outlet the actor base knows ("speaking to Channel Nine Tonight") is how the story was
  gathered, no side of a meeting;
- "providing a boost to X" or "a lead" gives no goods;
- "called Wednesday for X to resign" asks X; a poll margin ("beat out X by one point") and
  bills blocked are no attack or blockade; an attack prevented or an endorsement withheld
  is not told as done; one speaker speaking at a place meets no one; "demanded to know"
  asks a question; easing a tone concedes nothing;
- a title-case dateline with its agency ("Oslo (Wire) –") is no actor; "shot back" with a
  quotation is a retort; helping investigate, writing songs, compromising computers,
  warning of dangers and accepting donations are no aid, message, concession, threat or
  agreement.
"""

from __future__ import annotations

from analysis import analyse
from event_checks import told as _told


def _names(people) -> list[str]:
    return [p.name for p in people]


def _types(events) -> list[str]:
    return [e.type for e in events]


# Votes won.

PRIMARY = (
    "Dana Corvin won the Vermont primary on Tuesday, and the delegates she gathered put her "
    "ahead in the race for the nomination. "
)


def test_a_candidate_beating_a_rival_in_caucuses_attacks_no_one(events_of):
    text = "Dana Corvin beat rival Lars Madsen in the state's caucuses on Saturday."
    assert "ASSAULT" not in _types(events_of(text))


def test_a_candidate_capturing_states_in_a_primary_story_attacks_no_one(events_of):
    text = PRIMARY + "Lars Madsen captured Maine and Ohio."
    assert "ASSAULT" not in _types(events_of(text))


def test_rebels_capturing_towns_still_attack(events_of):
    text = PRIMARY + "Rebels captured Idlib and Hama on Sunday."
    (event,) = _told(events_of(text), "ASSAULT")
    assert "Rebels" in _names(event.actors)


def test_a_general_capturing_a_city_in_a_story_with_no_vote_still_attacks(events_of):
    text = "General Omar Haddad captured Sirte in June after a month of fighting."
    assert "ASSAULT" in _types(events_of(text))


# Attacks in words.


def test_a_candidate_attacking_a_rival_criticises(events_of):
    text = "Dana Corvin spent Monday in Reno attacking a rival, Governor Lars Madsen."
    (event,) = _told(events_of(text), "ACCUSE")
    assert event.mode == "disapprove"
    assert "ASSAULT" not in _types(events_of(text))


def test_an_attack_against_a_person_calling_him_names_criticises(events_of):
    text = (
        "Dana Corvin spoke in Reno. At a press conference, Corvin launched an attack against "
        "Lars Madsen, calling him the weakest governor in decades."
    )
    assert "ACCUSE" in _types(events_of(text))
    assert "ASSAULT" not in _types(events_of(text))


def test_sexist_attacks_are_words(events_of):
    text = "The campaign said the senator's backers were waging sexist attacks on Dana Corvin."
    assert "ASSAULT" not in _types(events_of(text))


def test_a_man_attacking_a_senator_with_a_knife_assaults(events_of):
    text = "A man attacked Senator Dana Corvin with a knife outside her home on Friday."
    assert "ASSAULT" in _types(events_of(text))


def test_an_armed_group_attacking_an_army_assaults(events_of):
    text = "Hezbollah attacked the Israel Defense Forces on Sunday."
    assert "ASSAULT" in _types(events_of(text))


# Rallies.


def test_a_campaign_kickoff_rally_is_no_protest(events_of):
    text = "State Sen. Ralph Alvez introduced Corvin at her presidential campaign kickoff rally."
    assert "PROTEST" not in _types(events_of(text))


def test_a_rally_against_a_reform_is_a_protest(events_of):
    text = "Thousands held a rally against the pension reform in Lyon on Sunday."
    assert "PROTEST" in _types(events_of(text))


def test_a_rally_in_a_vote_story_against_the_government_is_a_protest(events_of):
    text = PRIMARY + "Opposition supporters held a rally against the government in Harare."
    assert "PROTEST" in _types(events_of(text))


# Attempts and easing.


def test_seeking_on_a_day_to_ease_worries_asks_and_concedes_nothing(events_of):
    text = "President Ana Varga sought on Wednesday to ease growing worries about the vote."
    types = _types(events_of(text))
    assert "REQUEST" not in types and "CONCEDE" not in types


def test_easing_sanctions_concedes(events_of):
    text = "The European Union eased sanctions on Belarus on Monday."
    assert "CONCEDE" in _types(events_of(text))


def test_seeking_talks_with_a_purpose_still_asks(events_of):
    text = "The opposition sought talks with the army to end the strike."
    assert "REQUEST" in _types(events_of(text))


# Releases.


def test_excerpts_released_by_an_office_free_no_one(events_of):
    text = "The president will say so, according to excerpts of his speech released by his office."
    assert "RETREAT" not in _types(events_of(text))


def test_prisoners_released_by_a_state_are_freed(events_of):
    text = "The prisoners released by Iran on Friday arrived in Geneva."
    (event,) = _told(events_of(text), "RETREAT")
    assert event.mode == "release"


# The press as the channel.


def test_speaking_to_a_known_outlet_meets_no_one():
    article = analyse(
        "Speaking to Al Jazeera on Monday, Governor Lars Madsen said the count was fair."
    )
    assert "CONSULT" not in _types(article.events)


def test_a_visit_keeps_its_host_without_the_reporters_told():
    article = analyse(
        "Lars Madsen praised the vote, telling reporters during a visit to Scotland on Friday "
        "that it was a great thing."
    )
    (visit,) = [e for e in article.events if e.type == "CONSULT"]
    assert visit.mode == "visit"
    assert all(p.sector != "JRN" for p in visit.actors + visit.recipients)


def test_a_meeting_of_two_officials_keeps_both():
    article = analyse("Governor Lars Madsen met Mayor Ana Varga in Reno on Monday.")
    (meeting,) = [e for e in article.events if e.type == "CONSULT"]
    assert len(meeting.actors) + len(meeting.recipients) == 2


# Boosts.


def test_providing_a_boost_gives_no_aid():
    article = analyse(
        "A majority of voters looking for an outsider supported Corvin, providing a boost to "
        "the first-time candidate."
    )
    assert "AID" not in _types(article.events)


# More votes won.


def test_beating_back_a_challenge_in_an_election_attacks_no_one(events_of):
    text = "The governor beat back a challenge from Dana Corvin in a home-state election Tuesday."
    assert "ASSAULT" not in _types(events_of(text))


def test_capturing_wins_in_states_attacks_no_one(events_of):
    text = "She has led in the South, capturing wins in South Carolina, Alabama and Georgia."
    assert "ASSAULT" not in _types(events_of(text))


def test_beating_a_rival_named_so_attacks_no_one(events_of):
    text = "Dana Corvin took the state, beating rival Lars Madsen in his home state."
    assert "ASSAULT" not in _types(events_of(text))


def test_police_beating_protesters_still_assault(events_of):
    text = "Police beat protesters in Harare during the election on Sunday."
    assert "ASSAULT" in _types(events_of(text))


# Words that are another act.


def test_a_fronted_setting_is_no_particle_of_a_call(events_of):
    text = 'On Twitter, former Governor Lars Madsen called Dana Corvin "unhinged."'
    assert "CONSULT" not in _types(events_of(text))


def test_calling_on_a_state_after_a_fronted_day_still_asks(events_of):
    text = "On Monday the minister called on Kenya to free the men."
    assert "REQUEST" in _types(events_of(text))


def test_offering_an_evaluation_agrees_to_nothing(events_of):
    text = "Corvin offered the crowd an emotional evaluation of the state of politics."
    assert "AGREE" not in _types(events_of(text))


def test_offering_talks_still_agrees(events_of):
    text = "Norland offered talks to Velo on Monday."
    assert "AGREE" in _types(events_of(text))


def test_delivering_a_defense_of_values_gives_no_aid(events_of):
    text = "Lars Madsen has delivered an impassioned defense of his city's values."
    assert "AID" not in _types(events_of(text))


def test_recalling_someones_generosity_remembers(events_of):
    text = "He recalled Corvin's generosity in support of an anti-hunger program in the city."
    assert "SANCTION" not in _types(events_of(text))


def test_recalling_an_ambassador_is_a_sanction(events_of):
    text = "Norland recalled its ambassador from Velo on Monday."
    assert "SANCTION" in _types(events_of(text))


def test_breaking_with_tradition_breaks_with_no_one(events_of):
    text = "Lars Madsen is once again breaking with tradition, skipping the dinner in Reno."
    assert "SANCTION" not in _types(events_of(text))


def test_breaking_with_a_state_is_a_sanction(events_of):
    text = "Norland broke with Velo over the border dispute in May."
    assert "SANCTION" in _types(events_of(text))


def test_party_rules_requiring_a_vote_ask_nothing(events_of):
    text = "Party rules require delegates to vote for the candidate who won them."
    assert "REQUEST" not in _types(events_of(text))


def test_a_state_requiring_a_withdrawal_asks(events_of):
    text = "Norland required Velo to withdraw its troops from the border."
    assert "REQUEST" in _types(events_of(text))


def test_accepting_a_nomination_agrees_to_nothing(events_of):
    text = "Corvin received a briefing on Saturday, a month after accepting her party's nomination."
    assert "AGREE" not in _types(events_of(text))


def test_pulling_out_credentials_retreats_from_nothing(events_of):
    text = "Dana Corvin is pulling out her New York credentials fast."
    assert "RETREAT" not in _types(events_of(text))


def test_pulling_out_troops_retreats(events_of):
    text = "Norland pulled out its troops from the border region on Monday."
    assert "RETREAT" in _types(events_of(text))


def test_a_press_conference_is_no_meeting(events_of):
    text = "Lars Madsen held an election night press conference in Reno on Tuesday."
    assert "CONSULT" not in _types(events_of(text))


def test_talks_between_two_ministers_are_a_meeting(events_of):
    text = "The two ministers held talks in Oslo on Tuesday."
    assert "CONSULT" in _types(events_of(text))


# Calls, polls, bills.


def test_calling_on_a_day_for_someone_to_resign_asks_them(events_of):
    text = "Lars Madsen called Wednesday for Justice Ana Varga to resign over her remarks."
    (event,) = _told(events_of(text), "REQUEST")
    assert any("Varga" in n for n in _names(event.recipients))
    assert "CONSULT" not in _types(events_of(text))


def test_beating_someone_out_by_a_point_in_a_poll_attacks_no_one(events_of):
    text = "Dana Corvin beat out Lars Madsen by just one point, with 47 percent to 46 percent."
    assert "ASSAULT" not in _types(events_of(text))


def test_lawmakers_blocking_measures_obstruct_nothing(events_of):
    text = "Republicans have blocked a number of gun control measures over the years."
    assert "PROTEST" not in _types(events_of(text))


def test_protesters_blocking_a_road_obstruct_it(events_of):
    text = "Protesters blocked the main road to the airport on Monday."
    assert "PROTEST" in _types(events_of(text))


def test_an_attack_prevented_is_not_told_as_done(events_of):
    text = "The patrols prevented an attack on the Norlandic embassy in Velo on Monday."
    attacks = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert attacks and all(e.hypothetical for e in attacks)


def test_an_attack_on_an_embassy_is_told_as_done(events_of):
    text = "Gunmen carried out an attack on the Norlandic embassy in Velo on Monday."
    assert _told(events_of(text), "ASSAULT")


def test_withholding_an_endorsement_negates_it(events_of):
    text = "Lars Madsen stunned his party by withholding his endorsement of Corvin last week."
    supports = _told(events_of(text), "SUPPORT")
    assert supports and all(e.negated for e in supports)


def test_one_speaker_speaking_at_a_place_meets_no_one(events_of):
    text = "Governor Lars Madsen spoke at a memorial service in Reno on Tuesday."
    assert "CONSULT" not in _types(events_of(text))


def test_one_leader_speaking_with_another_meets_them(events_of):
    text = "The minister spoke to his Kenyan counterpart on Tuesday."
    assert "CONSULT" in _types(events_of(text))


def test_demanding_to_know_asks_a_question(events_of):
    text = "A woman demanded to know whether Corvin would give up donations from oil companies."
    assert "REQUEST" not in _types(events_of(text))


def test_demanding_to_see_files_asks_for_them(events_of):
    text = "The union demanded to see the ministry's files on Monday."
    assert "REQUEST" in _types(events_of(text))


def test_easing_a_tone_concedes_nothing(events_of):
    text = "On the eve of the talks, Lars Madsen eased his defiant tone of recent days."
    assert "CONCEDE" not in _types(events_of(text))


# Datelines in title case.


def test_a_title_case_dateline_with_its_agency_is_no_actor():
    article = analyse(
        "Oslo (Wire) – Governor Lars Madsen on Monday accused Dana Corvin of misleading voters."
    )
    (event,) = [e for e in article.events if e.type == "ACCUSE"]
    assert "Oslo" not in " ".join(_names(event.actors))
    assert any("Madsen" in n for n in _names(event.actors))


def test_a_capitals_dateline_still_reads():
    from newsledger.datelines import dateline_end

    assert dateline_end("OSLO, May 3 (Wire) — Text", 0) == len("OSLO, May 3 (Wire) — ")
    assert dateline_end("Oslo (Wire) – Text", 0) == len("Oslo (Wire) – ")
    assert dateline_end("The minister (who spoke) said - no", 0) is None


# More attacks in words, and retorts.


def test_withering_attacks_against_a_rival_are_words(events_of):
    text = "Corvin unleashed withering attacks against Lars Madsen in Saturday's debate."
    assert "ASSAULT" not in _types(events_of(text))


def test_a_candidates_attacks_in_a_vote_story_are_words(events_of):
    text = PRIMARY + "Dana Corvin's attacks were echoed by her campaign across the state."
    assert "ASSAULT" not in _types(events_of(text))


def test_shooting_back_a_quotation_is_a_retort(events_of):
    text = 'After Madsen criticized her, Corvin shot back, "I chose to fulfil my profession."'
    assert "ASSAULT" not in _types(events_of(text))


def test_troops_firing_back_and_killing_assault(events_of):
    text = "The troops fired back, killing two gunmen near the border post."
    assert "ASSAULT" in _types(events_of(text))


# Help, writing, breaches, warnings, money.


def test_helping_investigate_gives_no_aid(events_of):
    text = "Ana Varga, an expert who has helped investigate some of the breaches, saw no proof."
    assert "AID" not in _types(events_of(text))


def test_helping_a_country_is_aid(events_of):
    text = "The agency helped Kenya with food aid in May."
    assert "AID" in _types(events_of(text))


def test_writing_songs_sends_no_message(events_of):
    text = "He said his band and Lars Madsen wrote a host of new songs for the album."
    assert "COMMUNICATE" not in _types(events_of(text))


def test_writing_a_letter_to_an_envoy_is_a_message(events_of):
    text = "The minister wrote a letter to the envoy on Monday."
    assert "COMMUNICATE" in _types(events_of(text))


def test_hackers_compromising_computers_concede_nothing(events_of):
    text = "In all, hackers compromised 12 workstations at the agency, the report said."
    assert "CONCEDE" not in _types(events_of(text))


def test_a_state_compromising_on_a_deal_concedes(events_of):
    text = "Norland compromised on the border deal with Velo in May."
    assert "CONCEDE" in _types(events_of(text))


def test_warning_of_dangers_threatens_no_one(events_of):
    text = "In a later vote, he warned of the dangers of owners of technology."
    assert "THREATEN" not in _types(events_of(text))


def test_warning_of_retaliation_threatens(events_of):
    text = "Norland warned of retaliation if Velo moved troops to the border."
    assert "THREATEN" in _types(events_of(text))


def test_accepting_donations_agrees_to_nothing(events_of):
    text = "He only accepts small donations from individuals, the singer said."
    assert "AGREE" not in _types(events_of(text))


def test_accepting_an_offer_of_talks_agrees(events_of):
    text = "Velo accepted the offer of talks on Monday."
    assert "AGREE" in _types(events_of(text))


def test_providing_a_lead_gives_no_aid():
    article = analyse(
        "Lars Madsen has won the most state contests, providing him a comfortable lead in "
        "delegates."
    )
    assert "AID" not in _types(article.events)


# Names.


def test_a_name_ending_in_a_numeral_is_not_a_monarch_sharing_it():
    article = analyse(
        "During the service, assistant pastor Charles Elliott III asked the congregation to stand."
    )
    names = [p.name for e in article.events for p in e.actors]
    assert "Charles III" not in names and any("Elliott" in n for n in names)


def test_the_monarch_himself_is_still_known():
    article = analyse("King Charles III met the prime minister in London on Monday.")
    assert any(
        p.name == "Charles III" and p.country == "GBR" for e in article.events for p in e.actors
    )


def test_a_live_blog_time_stamp_is_no_part_of_a_name():
    article = analyse("3:30 p.m. EDT Dana Corvin criticized Lars Madsen in December.")
    names = [p.name for e in article.events for p in e.actors]
    assert "Dana Corvin" in names


# Who met.


def test_meeting_after_before_has_the_clause_subject_as_its_doer(events_of):
    text = "Lars Madsen toured the town before meeting with the flood victims in Reno."
    (meeting,) = _told(events_of(text), "CONSULT")
    assert "Lars Madsen" in _names(meeting.actors)


def test_meeting_with_one_side_and_with_another_meets_both(events_of):
    text = "The envoy met with the rebel leaders in Goma and with the army chiefs on Monday."
    (meeting,) = _told(events_of(text), "CONSULT")
    names = _names(meeting.actors + meeting.recipients)
    assert any("rebel leaders" in n for n in names) and any("army chiefs" in n for n in names)


# Pledges.


def test_pledging_to_win_delegates_agrees_to_nothing(events_of):
    text = "Dana Corvin is pledging to win many hundreds of delegates on Tuesday."
    assert "AGREE" not in _types(events_of(text))


def test_vowing_that_the_rich_will_pay_agrees_to_nothing(events_of):
    text = "He vowed that billionaires would have to pay their fair share."
    assert "AGREE" not in _types(events_of(text))


def test_pledging_to_work_together_agrees(events_of):
    text = "Lars Madsen and Dana Corvin pledged to work together despite their differences."
    assert "AGREE" in _types(events_of(text))


def test_pledging_to_withdraw_troops_agrees(events_of):
    text = "Norland pledged to withdraw its troops from the border."
    assert "AGREE" in _types(events_of(text))


def test_promising_a_state_loans_agrees(events_of):
    text = "Norland promised Velo new loans on Monday."
    assert "AGREE" in _types(events_of(text))


# Support that is no endorsement, and relations that are a topic.


def test_relations_named_as_a_topic_are_no_event(events_of):
    text = (
        "Across the region, leaders were startled by remarks that challenged Norland's "
        "relations with the region."
    )
    assert "SUPPORT" not in _types(events_of(text))


def test_relations_that_improve_are_an_event(events_of):
    text = "Relations between Norland and Velo improved in May."
    assert "SUPPORT" in _types(events_of(text))


def test_a_candidate_backed_by_a_majority_of_women_is_a_poll(events_of):
    text = "Dana Corvin was backed by a majority of women and college educated voters."
    assert "SUPPORT" not in _types(events_of(text))


def test_a_party_backing_a_candidate_endorses(events_of):
    text = "The party backed Dana Corvin on Monday."
    assert "SUPPORT" in _types(events_of(text))


def test_a_group_backing_a_candidate_is_a_description(events_of):
    text = "Wealthy donors gave 25 million dollars last month to an outside group backing Corvin."
    assert "SUPPORT" not in _types(events_of(text))


def test_restoring_relations_is_an_event(events_of):
    text = "Norland restored diplomatic relations with Velo in May."
    assert "SUPPORT" in _types(events_of(text))


# Messages as themes; laws that allow.


def test_sticking_to_a_campaign_message_sends_none(events_of):
    text = "Instead, Corvin is sticking to her campaign message, hoping to avoid any misstep."
    assert "COMMUNICATE" not in _types(events_of(text))


def test_sending_a_message_to_a_leader_is_a_message(events_of):
    text = "The president sent a message to the Velonian prime minister on Monday."
    assert "COMMUNICATE" in _types(events_of(text))


def test_a_law_that_allows_towns_to_vote_concedes_nothing(events_of):
    text = (
        "They all qualify to hold midnight votes under a Norland law that allows towns with "
        "fewer than 100 voters to open their polls early."
    )
    assert "CONCEDE" not in _types(events_of(text))


def test_a_state_allowing_aid_trucks_in_concedes(events_of):
    text = "Norland allowed aid trucks to enter Velo on Monday."
    assert "CONCEDE" in _types(events_of(text))


# More votes won, and clashes in words.

VOTE = "Bernie Sanders won the primary and the delegates in the vote on Tuesday. "


def test_he_capturing_his_home_state_in_a_vote_story_attacks_no_one(events_of):
    assert "ASSAULT" not in _types(events_of(VOTE + "He also captured his home state of Vermont."))


def test_a_rival_named_in_apposition_capturing_states_attacks_no_one(events_of):
    text = VOTE + "His rival, Dana Corvin, captured Virginia, Georgia and Texas."
    assert "ASSAULT" not in _types(events_of(text))


def test_beating_expectations_attacks_no_one(events_of):
    text = "But Corvin is suggesting she beat expectations because she started far behind."
    assert "ASSAULT" not in _types(events_of(text))


def test_clashing_at_a_debate_is_words(events_of):
    text = "Lars Madsen, with whom she clashed at Saturday's debate, answered on Monday."
    assert "ASSAULT" not in _types(events_of(text))


def test_police_clashing_with_protesters_in_a_square_assault(events_of):
    text = "Police and protesters clashed in the main square on Sunday."
    assert "ASSAULT" in _types(events_of(text))


def test_ads_attacking_a_candidate_are_words(events_of):
    text = "The group replaced planned ads supporting Corvin and attacking Lars Madsen."
    assert "ASSAULT" not in _types(events_of(text))


# Tales marked untrue.


def test_an_act_in_a_discredited_story_is_not_told_as_done(events_of):
    text = (
        "He told the unsubstantiated tale of General Omar Haddad shooting rebel prisoners in "
        "Kenya in 1910."
    )
    assert not _told(events_of(text), "ASSAULT")


def test_an_act_in_a_story_not_marked_untrue_is_told(events_of):
    text = "He repeated the story of how the troops shot five prisoners in 1998."
    assert "ASSAULT" in _types(events_of(text))


def test_an_arrest_in_a_rumour_is_not_told_as_done(events_of):
    text = "A rumour that the minister was arrested spread on Monday."
    assert not _told(events_of(text), "COERCE")
