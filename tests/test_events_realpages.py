"""Precision on real news pages: what the coder must not read as an event, beside its twin that
is one. Every sentence is invented; each pair holds the rule to the codebook's argument
structure rather than to a word list."""

from __future__ import annotations

import pytest

from newsledger.model import EventMention


@pytest.fixture(scope="module")
def parse(events_of):
    return events_of


def types(events: list[EventMention]) -> list[str]:
    return [e.type for e in events]


def test_offer_of_nothing_to_no_one_is_no_agreement(parse):
    assert "AGREE" not in types(parse("The new series offers a wry look at the city's past."))
    assert "AGREE" in types(parse("Norland offered to mediate between the two neighbours."))


def test_swearing_in_is_a_ceremony_not_a_promise(parse):
    events = parse("The new mayor, Ola Brandt, was sworn in on Monday by Governor Ivo Lenk.")
    assert "AGREE" not in types(events)


def test_a_question_asked_is_no_request(parse):
    assert "REQUEST" not in types(parse("Coach Ivo Marek was asked about the transfer."))
    events = parse("Minister Ana Velo asked the parliament to approve the budget.")
    assert "REQUEST" in types(events)


def test_metaphor_of_harm_between_things_is_no_assault(parse):
    # No one acts and no one is harmed. (Things that kill people, "airstrikes killed ten
    # civilians", are harm done: a thing as actor alone is no metaphor.)
    assert "ASSAULT" not in types(parse("The long lockdown is killing the local economy."))
    assert "ASSAULT" in types(parse("Airstrikes killed ten civilians in Varna on Monday."))
    assert "ASSAULT" in types(parse("Rebels killed three soldiers near Varna on Monday."))


def test_firing_a_person_is_a_dismissal(parse):
    assert "ASSAULT" not in types(parse("The club fired its coach, Tom Berg, on Friday."))
    assert "ASSAULT" not in types(parse("The owner tried to get him fired."))
    assert "ASSAULT" in types(parse("Soldiers fired on protesters in Varna on Monday."))


def test_one_way_contact_needs_someone_it_goes_to(parse):
    events = parse("Minister Lena Ostrova said in a statement that talks would resume.")
    assert "COMMUNICATE" not in types(events)
    events = parse("Minister Lena Ostrova sent a letter to the Velorian ambassador on Monday.")
    assert "COMMUNICATE" in types(events)


def test_a_meeting_needs_a_counterpart(parse):
    events = parse("President Arvo Kask spoke during a news conference on Monday.")
    assert "CONSULT" not in types(events)
    events = parse("President Arvo Kask spoke with Prime Minister Maria Lind on Monday.")
    assert "CONSULT" in types(events)


def test_a_visit_to_a_thing_is_no_meeting(parse):
    events = parse("President Arvo Kask began the year with a visit to a golf course.")
    assert "CONSULT" not in types(events)


def test_advice_to_the_reader_is_no_event(parse):
    assert parse("To attend the hearing, go to the county website and use the meeting code.") == []
    assert parse("Ease yourself into meeting new people with a larger group activity.") == []


def test_what_can_be_done_did_not_happen(parse):
    events = parse("Donations can be made to political candidates in various amounts.")
    assert all(e.hypothetical for e in events)


def test_a_role_set_off_by_a_name_is_that_person(parse):
    events = parse("The former county clerk, Mira Dalton, resigned on Monday.")
    retreat = [e for e in events if e.type == "RETREAT"]
    assert retreat and [p.text for p in retreat[0].actors] == ["Mira Dalton"]


def test_an_invitation_to_act_is_a_request_and_to_visit_an_agreement(parse):
    events = parse("The county invited the state agency to review the flood plan.")
    assert "REQUEST" in types(events) and "AGREE" not in types(events)
    assert "AGREE" in types(
        parse("President Arvo Kask invited Prime Minister Maria Lind to visit.")
    )


def test_a_name_with_and_inside_stays_one_participant(parse):
    events = parse("The Securities and Exchange Commission accused two banks of fraud.")
    assert [p.text for p in events[0].actors] == ["The Securities and Exchange Commission"]
    events = parse("Hungarian and Romanian officials met in Vienna on Monday.")
    assert len(events[0].actors) == 2


def test_the_target_of_an_act_against_a_plan_is_its_owner(parse):
    events = parse("Thousands protested against the Velorian government's pension plan.")
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest and [p.text for p in protest[0].recipients] == ["the Velorian government"]


def test_releasing_a_text_frees_no_captive(parse):
    assert "RETREAT" not in types(parse("Police in Dorval have not released further details."))
    assert "RETREAT" not in types(parse("The weather office released its storm outlook today."))
    assert "RETREAT" in types(parse("The rebels released three hostages on Friday."))
    assert "RETREAT" in types(parse("The journalist Ola Brandt was released by the militia."))


def test_a_warning_that_tells_what_others_do_is_no_threat(parse):
    claim = "Union leaders warned that the agency is ignoring the needs of nurses."
    assert "THREATEN" not in types(parse(claim))
    threat = "The nurses warned that they would stop work if their demands were ignored."
    assert "THREATEN" in types(parse(threat))
    assert "THREATEN" in types(parse("Norland threatened to close the border."))


def test_striking_a_target_is_an_attack_and_striking_work_a_protest(parse):
    attack = parse("Norland's drones struck rebel positions near Varna on Sunday.")
    assert "ASSAULT" in types(attack) and "PROTEST" not in types(attack)
    annulled = parse("The court struck down the law that the governor had signed.")
    assert "PROTEST" not in types(annulled) and "ASSAULT" not in types(annulled)
    assert "PROTEST" in types(parse("Dock workers in Varna struck on Monday over pay."))


def test_demonstrating_a_quality_is_no_protest(parse):
    shown = parse("Senators said the judge had demonstrated hostility to labour unions.")
    assert "PROTEST" not in types(shown)
    assert "PROTEST" in types(parse("Thousands of farmers demonstrated outside parliament."))


def test_a_noun_called_by_a_name_is_no_phone_call(parse):
    named = parse("Lawyers represent members of a new group in Varna called FreeVarna.")
    assert "CONSULT" not in types(named)
    assert "CONSULT" in types(parse("Premier Ola Brandt called Chancellor Ivo Lenk on Tuesday."))


def test_a_rule_or_a_fund_asks_and_helps_no_one(parse):
    rule = parse("The ordinance also requires shops to post a sign at the door.")
    assert "REQUEST" not in types(rule)
    assert "REQUEST" in types(parse("The mayor asked shops to post a sign at the door."))
    fund = parse("So far the plan includes a new fund to support rural schools in Varna.")
    assert "SUPPORT" not in types(fund)
    assert "AID" in types(parse("The Red Cross is providing free meals to nurses in Varna."))


def test_a_warning_of_what_befalls_someone_stays_a_threat(parse):
    assert "THREATEN" in types(parse("Norland warned that Varna would pay a heavy price."))
    assert "THREATEN" in types(parse("The ministry warned that it would expel the envoys."))
    assert "THREATEN" in types(parse("Norland warned that the talks would end in failure."))


def test_a_past_act_by_an_unnamed_doer_stays(parse):
    assert "AID" in types(parse("A convoy delivered food and medicine to Varna on Monday."))


def test_a_headline_passive_names_the_one_acted_on(parse):
    events = parse("Varna opposition leader arrested on fraud charge in Dorval")
    arrest = next(e for e in events if e.type == "COERCE")
    assert [p.text for p in arrest.recipients] == ["Varna opposition leader"]
    assert arrest.actors == []
    told = parse("Police arrested the Varna opposition leader in Dorval on Monday.")
    assert [p.text for p in next(e for e in told if e.type == "COERCE").actors] == ["Police"]


def test_blocking_is_a_protest_only_at_a_place_someone_blocks(parse):
    stuck = parse("Ivo Lenk says he knows of many novelists currently blocked.")
    assert "PROTEST" not in types(stuck)
    bill = parse("Senators in Varna can block the return of clerks to the office.")
    assert "PROTEST" not in types(bill)
    assert "PROTEST" in types(parse("Striking dockers blocked the port of Varna on Friday."))
    assert "PROTEST" in types(parse("The port of Varna was blocked by fishermen on Friday."))


def test_a_participle_of_attitude_describes_and_tells_no_act(parse):
    opposed = parse("Farmers opposed to the tax reform gathered outside a theatre in Varna.")
    assert "REJECT" not in types(opposed)
    assert "REJECT" in types(parse("Farmers in Varna rejected the tax reform on Monday."))


def test_a_show_someone_hosted_is_no_meeting(parse):
    show = parse("The prize went to Ola Brandt and the gala she hosted in Varna last year.")
    assert "CONSULT" not in types(show)
    assert "CONSULT" in types(parse("Premier Ola Brandt hosted Chancellor Ivo Lenk in Varna."))
