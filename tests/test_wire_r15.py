"""Wire-news constructs, round 15: each a rule of grammar or of the codebook, with a sentence it
must change and a near miss it must leave alone. Every sentence is invented.

- a country's force the tagger names alone ("Norland's navy", "its coast guard") is the
  country's force;
- "killed in clashes between X and Y": the two sides are the actors;
- "went on strike" carries the strike as "staged a strike" does;
- "recalled its ambassador" is no quotation, "recalled that ..." is one;
- "X denied Y's accusation that ...": the accusation was made (X answers it, as its target);
  its content is what X denies.
"""

from __future__ import annotations

from analysis import analyse
from event_checks import told as _told


def _names(people) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in people]


# A state's force named by its possessor, with the tagger's ORG on the force word alone.


def test_a_countrys_navy_is_that_countrys():
    article = analyse("China's navy attacked a Philippine vessel.")
    (event,) = _told(article.events, "ASSAULT")
    assert [p.country for p in event.actors] == ["CHN"]


def test_its_coast_guard_is_the_denying_states():
    article = analyse("China denied that its coast guard had attacked a Philippine vessel.")
    (event,) = _told(article.events, "ASSAULT")
    assert [p.country for p in event.actors] == ["CHN"]
    assert event.status == "denied"


def test_its_programme_stays_a_thing():
    article = analyse("Iran said its nuclear programme had been attacked by hackers.")
    actors = [p for e in article.events for p in e.actors]
    assert not any(p.country == "IRN" and "programme" in p.name for p in actors)


# The sides of a fight in which people died.


def test_killed_in_clashes_between_two_sides(events_of):
    text = "At least nine people were killed in clashes between Sudanese troops and militias."
    (event,) = _told(events_of(text), "ASSAULT")
    assert sorted(p.name for p in event.actors) == ["Sudanese troops", "militias"]
    assert [p.name for p in event.recipients] == ["At least nine people"]


def test_killed_in_a_crash_between_two_cars_names_no_sides(events_of):
    text = "Four people were killed in a crash between two lorries on the motorway."
    assert not any(e.actors for e in _told(events_of(text), "ASSAULT"))


# Light verbs.


def test_went_on_strike_is_a_strike(events_of):
    text = "Dock workers in Varna went on strike on Wednesday."
    (event,) = _told(events_of(text), "PROTEST")
    assert event.mode == "strike"


def test_went_on_holiday_is_nothing(events_of):
    assert not events_of("The minister went on holiday on Wednesday.")


# "recall": remembering speaks, withdrawing an envoy does not.


def test_recalled_its_ambassador_is_no_quote():
    article = analyse("Mexico recalled its ambassador to Peru for consultations on Monday.")
    assert not article.quotes
    assert _told(article.events, "SANCTION")


def test_recalled_that_is_a_quote():
    article = analyse("The minister recalled that the border treaty was signed in 1995.")
    (quote,) = article.quotes
    assert quote.cue == "recalled" and "treaty" in quote.text


# An accusation answered.


def test_denied_accusation_was_made_against_the_denier():
    article = analyse(
        "Kenya denied Uganda's accusation that it had armed rebels in the border region."
    )
    (event,) = _told(article.events, "ACCUSE")
    assert _names(event.actors) == [("Uganda", "UGA")]
    assert [p.country for p in event.recipients] == ["KEN"]
    assert event.status != "denied"
    assert [(s.name, s.stance) for s in event.sources if s.name == "Kenya"] == [
        ("Kenya", "asserts")
    ]


def test_denying_an_act_still_denies_it():
    article = analyse("Kenya denied that its troops had crossed into Uganda.")
    assert all(e.status == "denied" for e in article.events)


def test_accusation_without_accuser_adds_no_event():
    article = analyse(
        "Armenia said Azerbaijani troops shelled its villages on Monday. "
        "Baku denied the accusation."
    )
    assert not _told(article.events, "ACCUSE")
    (attack,) = _told(article.events, "ASSAULT")
    assert attack.status == "disputed"


# An infinitive of purpose shares the time and mood of the act it is the purpose of.


def test_travel_next_week_to_meet_is_ahead(events_of):
    text = "Varna's president will travel to Lusk next week to meet the Norlandic premier."
    meetings = [e for e in events_of(text) if e.trigger == "meet"]
    assert meetings and all(e.future for e in meetings)


def test_travelled_to_meet_is_told(events_of):
    text = "Varna's president travelled to Lusk last week to meet the Norlandic premier."
    (event,) = [e for e in events_of(text) if e.type == "CONSULT"]
    assert not event.future and not event.hypothetical


# Counted people are the victims of one act; "people" alone is anyone.


def test_counted_victims_make_the_event():
    article = analyse("An airstrike hit a market in Saada on Monday, killing 14 people.")
    (event,) = _told(article.events, "ASSAULT")
    assert [p.name for p in event.recipients] == ["14 people"]


def test_people_alone_are_no_participant():
    article = analyse("People were talking about the summit in Lusk.")
    assert not any(p.name == "People" for e in article.events for p in e.actors + e.recipients)


# A negation says something of an event noun that is its subject; it does not undo the event.


def test_talks_that_produced_no_deal_happened(events_of):
    text = "The talks between Peru and Chile did not produce a deal."
    (event,) = [e for e in events_of(text) if e.type == "CONSULT"]
    assert not event.negated


def test_a_meeting_that_did_not_take_place_is_negated(events_of):
    text = "The meeting between Peru and Chile did not take place."
    (event,) = [e for e in events_of(text) if e.type == "CONSULT"]
    assert event.negated


# "imposed X on Y": the parser hangs Y on the object; Y is the target.


def test_restrictions_imposed_on_officials_target_them():
    article = analyse("Washington imposed visa restrictions on Norlandic officials on Monday.")
    (event,) = [e for e in article.events if e.trigger == "imposed"]
    assert [p.name for p in event.recipients] == ["Norlandic officials"]


def test_fired_on_a_date_names_no_target(events_of):
    text = "The rebels fired rockets on Monday."
    assert not any(e.recipients for e in events_of(text))


# CAMEO 055, apologize: PLOVER SUPPORT.


def test_apologizing_to_a_country_is_support():
    article = analyse("Japan's prime minister apologized to South Korea for the remarks.")
    (event,) = _told(article.events, "SUPPORT")
    assert [p.country for p in event.recipients] == ["KOR"]


# Air defences are weapons systems: their owner's military acts through them.


def test_its_air_defences_shot_down_drones():
    article = analyse(
        "Russia's defence ministry said its air defences had shot down 14 Ukrainian drones."
    )
    (event,) = _told(article.events, "ASSAULT")
    assert [p.country for p in event.actors] == ["RUS"]
    assert [p.country for p in event.recipients] == ["UKR"]


def test_strengthening_air_defences_is_no_attack():
    assert not analyse("The country has strengthened its air defences.").events


# A message noun reports the act its "that"-clause tells, as "said that" does.


def test_a_statement_that_two_met_tells_the_meeting(events_of):
    text = "The ministry said in a statement that the prince had met the Norlandic president."
    (event,) = events_of(text)
    assert event.type == "CONSULT"
    assert sorted(p.name for p in event.actors) == ["the Norlandic president", "the prince"]


def test_an_agreement_that_x_would_withdraw_keeps_its_content(events_of):
    text = "Varna and Norland signed an agreement that Varna would withdraw its troops."
    assert not any(e.type == "RETREAT" and not e.hypothetical for e in events_of(text))


# "a call from X" is a telephone call; "calls ... for Y" ask.


def test_received_a_call_from_is_a_phone_call(events_of):
    (event,) = events_of("The prince received a call from the Norlandic president.")
    assert (event.type, event.mode) == ("CONSULT", "phone")


def test_a_call_for_talks_stays_a_request(events_of):
    text = "The Norlandic president issued a call for talks with Varna on Monday."
    assert [e.type for e in events_of(text)] == ["REQUEST"]


# Responsibility claimed or denied names who the act is of.


def test_claiming_responsibility_makes_the_claimant_the_attacker():
    article = analyse("Hezbollah claimed responsibility for the rocket attack on northern Israel.")
    (event,) = _told(article.events, "ASSAULT")
    assert [p.name for p in event.actors] == ["Hezbollah"]
    assert event.status == "confirmed"


def test_denying_responsibility_denies_the_own_act():
    article = analyse("The Varna Front denied responsibility for the attack on the convoy.")
    (event,) = _told(article.events, "ASSAULT")
    assert [p.name for p in event.actors] == ["Varna Front"]
    assert event.status == "denied"


def test_a_claim_of_another_kind_still_hedges():
    article = analyse("The rebels claimed that Varna had shelled the border town of Lusk.")
    assert all(
        s.stance == "hedges" for e in article.events for s in e.sources if s.name != "the outlet"
    )


# "called X" with a person parsed as a predicate is still a phone call, no quotation; a name
# and what it is called are one quotation.


def test_called_a_leader_to_discuss_is_no_quote():
    article = analyse("Macron called Scholz on Tuesday to discuss Ukraine.")
    assert not article.quotes
    (event,) = article.events
    assert (event.type, event.mode) == ("CONSULT", "phone")


def test_called_someone_a_name_quotes_both():
    (quote,) = analyse("He called Trump a liar.").quotes
    assert quote.text == "Trump a liar"


# RETREAT/release frees captives: a new product released frees no one.


def test_releasing_a_new_product_frees_no_one(events_of):
    assert not events_of("Apple released its new iPhone on Friday, drawing long lines.")


def test_releasing_hostages_stays_a_release(events_of):
    (event,) = events_of("The rebels released two Norlandic hostages on Friday.")
    assert (event.type, event.mode) == ("RETREAT", "release")


# People named by an "-ator" noun of a verb ("negotiators", "mediators") are someone.


def test_negotiators_meeting_is_a_meeting(events_of):
    text = "Chinese and American negotiators met in Geneva on Sunday."
    (event,) = events_of(text)
    assert event.type == "CONSULT"


# "exchanged fire" is a clash; prisoners swapped are an exchange.


def test_exchanging_fire_is_an_attack_not_cooperation(events_of):
    text = "Norlandic and Varnan troops exchanged fire across the border on Sunday."
    assert [e.type for e in events_of(text)] == ["ASSAULT"]


def test_swapping_prisoners_is_cooperation(events_of):
    text = "Norland and Varna swapped 150 prisoners each on Thursday."
    assert [e.type for e in events_of(text)] == ["COOPERATE"]


def test_swapping_a_logo_is_nothing(events_of):
    assert not events_of("The company swapped its old logo for a new one.")


# The act a verb of charging names is told on the accuser's word.


def test_accused_of_opening_fire_tells_the_attack():
    article = analyse("Varna's premier accused Norland on Thursday of opening fire on farmers.")
    (attack,) = _told(article.events, "ASSAULT")
    assert [p.name for p in attack.actors] == ["Norland"]
    assert any(s.stance == "asserts" and s.role == "other" for s in attack.sources)
    assert _told(article.events, "ACCUSE")


def test_a_clause_under_a_charged_act_stays_inside_it(events_of):
    text = "The senator is accused of pressing Varna into investigating his rivals."
    assert not any(e.type == "ACCUSE" and e.trigger == "investigating" for e in events_of(text))


# "had fired" is a perfect: the subject fired, nobody was dismissed.


def test_forces_had_fired_is_firing(events_of):
    text = "Norland said its forces had fired across the border."
    assert [e.type for e in events_of(text)] == ["ASSAULT"]


def test_the_coach_was_fired_is_no_attack(events_of):
    assert not events_of("The coach was fired on Monday.")


# "..., saying E": the participle reports E, its speaker the clause's subject.


def test_saying_its_forces_had_not_fired_denies_their_fire():
    article = analyse(
        "Kenya's foreign ministry rejected the accusations, saying its forces had not fired "
        "across the border."
    )
    (attack,) = _told(article.events, "ASSAULT")
    assert attack.negated and attack.status == "denied"
    assert [p.country for p in attack.actors] == ["KEN"]


# "X is said to have met Y": hearsay the writer does not vouch for; "is known to" is factive.


def test_is_said_to_have_met_is_hedged():
    article = analyse("Putin is said to have met Lukashenko in secret last week.")
    (event,) = article.events
    assert [s.stance for s in event.sources] == ["hedges"]


def test_is_known_to_have_met_is_asserted():
    article = analyse("Putin is known to have met Lukashenko in 2020.")
    (event,) = article.events
    assert [s.stance for s in event.sources] == ["asserts"]


# CAMEO 115, bringing a lawsuit against someone, is PLOVER ACCUSE.


def test_filing_a_case_against_a_state_accuses_it(events_of):
    text = "Varna filed a case against Norland at the regional court on Monday."
    (event,) = events_of(text)
    assert event.type == "ACCUSE"
    assert "Norland" in [p.name for p in event.recipients]


def test_revoking_an_agreement_with_a_state_is_a_sanction(events_of):
    text = "Niger's junta revoked a military cooperation agreement with the United States."
    (event,) = events_of(text)
    assert (event.type, event.mode) == ("SANCTION", "discontinue")


def test_revoking_a_licence_cuts_no_one_off(events_of):
    assert not events_of("The council revoked the licence of the bar.")


# PLOVER MOBILIZE/weapons: "test weapons systems". A missile fired at no one shows force; fired
# at someone it is an attack. The agent list's "missile" (the military) is no one dismissed.


def test_missiles_fired_into_the_sea_are_a_show_of_force(events_of):
    text = "North Korea fired two ballistic missiles into the sea on Thursday."
    (event,) = events_of(text)
    assert (event.type, event.mode) == ("MOBILIZE", "weapons")


def test_rockets_fired_at_a_city_are_an_attack(events_of):
    (event,) = events_of("The militia fired rockets at Lusk on Monday.")
    assert event.type == "ASSAULT"


def test_firing_a_coach_is_no_attack(events_of):
    assert not events_of("The club fired its coach on Monday.")
