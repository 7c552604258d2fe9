"""Wire-news constructs, round 16: each a rule of grammar or of the codebook, with a sentence it
must change and a near miss it must leave alone. Every sentence is invented.

- forces sent ("sent troops to the border") move forces (PLOVER MOBILIZE), with the mode the
  forces moved give; weapons sent to someone stay aid, forces sent to help are that help;
- summoning a state's envoy, and a state protesting, complain officially (CAMEO 114, ACCUSE);
  a crowd protesting demonstrates;
- a round number alone ("thousands marched", "arrested hundreds") is a crowd of people;
- police who say someone was arrested, naming no other arrester, tell of their own arrest;
- fining someone is a penalty (SANCTION), and the one who pays a fine or suffers an attack is
  its target;
- "made a call to X" is a phone call; "a call to action" asks.
"""

from __future__ import annotations

import pytest
from analysis import analyse
from event_checks import told as _told


def _countries(people) -> list[str | None]:
    return [p.country for p in people]


# Forces sent.


def test_troops_sent_to_a_border_are_a_mobilization(events_of):
    (event,) = _told(events_of("Russia sent troops to the border on Tuesday."), "MOBILIZE")
    assert event.mode == "troops"
    assert "Russia" in [p.name for p in event.actors]


def test_riot_police_dispatched_move_police(events_of):
    text = "The government dispatched riot police to the capital after the protests."
    (event,) = _told(events_of(text), "MOBILIZE")
    assert event.mode == "police"


@pytest.mark.parametrize(
    "text",
    [
        "Norland sent weapons to Eastland.",  # aid, not a move of one's forces
        "Norland sent an envoy to Eastland.",
        "Officials moved the meeting to Friday.",
    ],
)
def test_sending_no_forces_moves_none(events_of, text):
    assert not _told(events_of(text), "MOBILIZE")


def test_troops_sent_to_support_a_government_are_that_support(events_of):
    events = events_of("Norland is sending troops to support the government of Eastland.")
    assert _told(events, "SUPPORT") and not _told(events, "MOBILIZE")


def test_deployed_soldiers_give_the_troops_mode(events_of):
    text = "The United States deployed 3,000 soldiers to Poland last week."
    (event,) = _told(events_of(text), "MOBILIZE")
    assert event.mode == "troops"


# Official complaints and demonstrations.


def test_summoning_an_ambassador_complains_to_his_state():
    article = analyse("Germany summoned the Russian ambassador on Monday over the poisoning.")
    (event,) = _told(article.events, "ACCUSE")
    assert _countries(event.actors) == ["DEU"]
    assert _countries(event.recipients) == ["RUS"]


def test_summoning_a_witness_is_no_complaint(events_of):
    assert not _told(events_of("The committee summoned the chief executive to testify."), "ACCUSE")


def test_a_state_that_protests_complains_officially():
    article = analyse("Japan protested China's move to expand its air defence zone.")
    (event,) = _told(article.events, "ACCUSE")
    assert _countries(event.actors) == ["JPN"] and _countries(event.recipients) == ["CHN"]
    assert not _told(article.events, "PROTEST")


def test_students_who_protest_demonstrate(events_of):
    events = events_of("Students protested the tuition hike on Monday.")
    assert _told(events, "PROTEST") and not _told(events, "ACCUSE")


# A crowd counted in round numbers.


def test_thousands_who_march_are_the_protesters():
    article = analyse("Thousands marched in Paris on Saturday against the pension reform.")
    (event,) = _told(article.events, "PROTEST")
    assert [p.name for p in event.actors] == ["Thousands"]
    assert event.location == "Paris"


def test_hundreds_arrested_are_the_targets():
    article = analyse("Police arrested hundreds during the protests.")
    (event,) = _told(article.events, "COERCE")
    assert [p.name for p in event.recipients] == ["hundreds"]
    assert [p.sector for p in event.actors] == ["COP"]


def test_a_year_in_the_plural_is_no_crowd():
    article = analyse("In the 1990s, the rebels attacked the city.")
    names = [p.name for e in article.events for p in e.actors + e.recipients]
    assert "1990s" not in " ".join(names)


# Who arrested.


@pytest.mark.parametrize(
    "text",
    [
        "Police said two men were arrested on Friday.",
        "Two men were detained on Friday, police said.",
    ],
)
def test_police_telling_of_an_arrest_made_it(text):
    (event,) = _told(analyse(text).events, "COERCE")
    assert [p.sector for p in event.actors] == ["COP"]
    assert event.status == "confirmed"


def test_a_lawyer_telling_of_an_arrest_did_not_make_it():
    text = "The lawyer of Jan Novak said Novak was arrested on Friday."
    for event in _told(analyse(text).events, "COERCE"):
        assert not event.actors


# Penalties.


def test_a_fine_imposed_is_a_sanction():
    article = analyse("France fined Apple 25 million euros.")
    (event,) = _told(article.events, "SANCTION")
    assert _countries(event.actors) == ["FRA"]
    assert [p.name for p in event.recipients] == ["Apple"]


def test_the_payer_of_a_fine_is_its_target(events_of):
    (event,) = _told(events_of("The company paid a fine of $3 million."), "SANCTION")
    assert not event.actors
    assert [p.name for p in event.recipients] == ["The company"]


def test_the_town_that_suffered_an_attack_was_attacked(events_of):
    (event,) = _told(events_of("The town suffered a rocket attack on Monday."), "ASSAULT")
    assert [p.name for p in event.recipients] == ["The town"] and not event.actors


def test_a_loan_paid_back_is_no_harm(events_of):
    assert not events_of("Norland paid the loan in full.")


def test_a_fine_day_is_no_penalty(events_of):
    assert not events_of("It was a fine day in the capital.")


# Calls made.


def test_a_call_made_to_someone_is_a_phone_call():
    article = analyse("Macron made a call to Putin on Tuesday.")
    (event,) = _told(article.events, "CONSULT")
    assert event.mode == "phone"
    assert not _told(article.events, "REQUEST")


def test_a_call_to_action_asks(events_of):
    events = events_of("The minister issued a call to action on climate.")
    assert not _told(events, "CONSULT")


# Acts intended or proposed.


def test_an_act_a_state_plans_is_ahead(events_of):
    (event,) = _told(events_of("The government plans to ban the video app."), "COERCE")
    assert event.future


def test_an_act_a_bill_proposes_is_not_told_done(events_of):
    text = "The senator introduced a bill to ban the video app."
    assert all(e.hypothetical for e in _told(events_of(text), "COERCE"))


def test_an_effort_to_arrest_is_no_arrest(events_of):
    text = "Police launched an effort to arrest the gang leaders."
    assert all(e.hypothetical for e in _told(events_of(text), "COERCE"))


def test_a_ban_imposed_stays_told(events_of):
    (event,) = _told(events_of("The government banned the video app."), "COERCE")
    assert not (event.hypothetical or event.future)


# A dateline is no subject.


def test_a_dateline_the_parser_took_for_the_subject_yields_to_it():
    text = (
        "NAIROBI, Kenya (AP) — Kenyan President William Ruto met Ugandan President "
        "Yoweri Museveni in Kampala on Tuesday."
    )
    (event,) = _told(analyse(text).events, "CONSULT")
    assert sorted(_countries(event.actors)) == ["KEN", "UGA"]


# A body described by its kind.


@pytest.mark.parametrize("description", ["The militant group", "The group"])
def test_the_group_recalls_the_armed_group_past_a_place_and_a_nationality(description):
    text = (
        "Hamas fighters attacked an Israeli army post near Gaza on Saturday. "
        f"{description} said it had captured two soldiers."
    )
    captured = [e for e in analyse(text).events if e.trigger == "captured"]
    assert [p.name for e in captured for p in e.actors] == ["Hamas"]


def test_the_group_after_a_person_named_between_stays_open():
    text = (
        "Hamas fighters attacked an Israeli army post on Saturday. Defence Minister "
        "Yoav Gallant visited the post. The group said it had captured two soldiers."
    )
    captured = [e for e in analyse(text).events if e.trigger == "captured"]
    assert "Hamas" not in [p.name for e in captured for p in e.actors]


# Whom an attack's result clause names.


def test_those_killed_by_an_airstrike_are_its_targets(events_of):
    text = "U.S. forces carried out an airstrike in Somalia on Sunday, killing four militants."
    (event,) = _told(events_of(text), "ASSAULT")
    assert [p.name for p in event.recipients] == ["four militants"]
    assert event.location == "Somalia"


def test_a_village_attacked_stays_the_target(events_of):
    (event,) = _told(
        events_of("Rebels attacked a village in Darfur, killing 12 civilians."), "ASSAULT"
    )
    assert [p.name for p in event.recipients] == ["a village"]


# Aid received, shipped and arrived.


def test_aid_received_from_a_donor_goes_from_the_donor():
    (event,) = _told(
        analyse("Norway said Malawi received aid from Zambia on Monday.").events, "AID"
    )
    assert _countries(event.actors) == ["ZMB"] and _countries(event.recipients) == ["MWI"]


def test_goods_taken_delivery_of_come_from_their_owner():
    text = "Malawi said it had taken delivery of the Zambian maize on Tuesday."
    (event,) = _told(analyse(text).events, "AID")
    assert _countries(event.actors) == ["ZMB"] and _countries(event.recipients) == ["MWI"]


def test_a_shipment_of_aid_that_arrived_went_where_it_arrived(events_of):
    text = "A shipment of maize from Zambia arrived in Blantyre on Tuesday."
    (event,) = _told(events_of(text), "AID")
    assert [p.name for p in event.actors] == ["Zambia"]
    assert [p.name for p in event.recipients] == ["Blantyre"]


@pytest.mark.parametrize(
    "text", ["The shipment of phones reached stores in Europe.", "The pizza delivery arrived late."]
)
def test_goods_of_trade_that_arrive_are_no_aid(events_of, text):
    assert not _told(events_of(text), "AID")


def test_goods_a_relative_clause_says_were_sent_are_aid(events_of):
    text = "The maize Zambia sent to Malawi on February 10 covered two weeks of needs."
    (event,) = _told(events_of(text), "AID")
    assert [p.name for p in event.recipients] == ["Malawi"]


def test_goods_from_a_donor_that_arrive_come_from_the_donor(events_of):
    (event,) = _told(events_of("Tents from Norway arrived in Nsanje on Saturday."), "AID")
    assert [p.name for p in event.actors] == ["Norway"]
    assert [p.name for p in event.recipients] == ["Nsanje"]


def test_prices_that_reach_a_record_are_no_aid(events_of):
    assert not events_of("Food prices reached a record in May.")


# A message told by what it asks.


@pytest.mark.parametrize(
    "text",
    [
        "Costa Rica sent a diplomatic note to Panama on Monday asking it to lift the ban.",
        "The ministry issued a statement calling on Panama to withdraw its troops.",
    ],
)
def test_a_message_asking_an_act_is_the_request(events_of, text):
    (event,) = _told(events_of(text), "REQUEST")
    assert event.mode == "yield"
    assert [p.name for p in event.recipients] == ["Panama"]
    assert not _told(events_of(text), "COMMUNICATE")


def test_a_letter_written_to_someone_is_a_letter_to_them(events_of):
    (event,) = _told(events_of("Macron wrote a letter to Putin on Monday."), "COMMUNICATE")
    assert [p.name for p in event.recipients] == ["Putin"]


def test_a_letter_that_asks_nothing_stays_a_letter(events_of):
    events = events_of("The president sent a letter to Congress on Friday.")
    assert _told(events, "COMMUNICATE") and not _told(events, "REQUEST")


# Embargoes and bans.


@pytest.mark.parametrize(
    "text",
    [
        "Panama banned imports of Costa Rican milk on Wednesday.",
        "Panama imposed a ban on Costa Rican milk and cheese.",
    ],
)
def test_a_ban_on_a_states_goods_is_an_embargo(text):
    (event,) = _told(analyse(text).events, "SANCTION")
    assert _countries(event.recipients) == ["CRI"]


@pytest.mark.parametrize(
    "text", ["Norland banned the opposition party.", "The city banned plastic bags."]
)
def test_a_ban_on_a_party_or_a_thing_stays_coercion(events_of, text):
    assert _told(events_of(text), "COERCE") and not _told(events_of(text), "SANCTION")


# A light verb in a relative clause carries its event noun.


def test_the_ban_a_state_imposed_is_told_with_its_date():
    text = (
        "Costa Rica asked Panama to lift the ban on Costa Rican milk and cheese that Panama "
        "imposed last Wednesday."
    )
    (ban,) = _told(analyse(text).events, "SANCTION")
    assert _countries(ban.actors) == ["PAN"] and _countries(ban.recipients) == ["CRI"]
    assert ban.date is not None and ban.date.value == "2024-02-28"


def test_a_month_with_a_when_clause_is_no_march(events_of):
    text = "They last met in March, when the president travelled to Berlin for talks."
    assert not _told(events_of(text), "PROTEST")


# An event noun's "of" phrase and date that the parser hung elsewhere.


def test_the_detention_on_a_day_of_someone_is_theirs_on_that_day():
    text = (
        "Norland's defence ministry on Wednesday confirmed the detention on Saturday of 23 "
        "Varnian fishermen."
    )
    (event,) = _told(analyse(text).events, "COERCE")
    assert event.date is not None and event.date.value == "2024-03-02"
    assert [p.name for p in event.recipients] == ["23 Varnian fishermen"]


def test_shipments_a_donor_owns_are_aid(events_of):
    text = "The group said that Norway's shipment of July 14 had reached Nsanje."
    (event,) = _told(events_of(text), "AID")
    assert [p.name for p in event.actors] == ["Norway"]


# Denials: of a claim just told, and in the passive.


def test_an_unnamed_army_denying_the_claim_just_told_disputes_it():
    text = (
        "The rebels said they had shot down a government helicopter over Norlund. "
        "The army denied the claim."
    )
    (event,) = _told(analyse(text).events, "ASSAULT")
    assert event.status == "disputed"
    assert "The army" in [s.name for s in event.sources if s.stance == "denies"]


def test_a_claim_told_three_sentences_before_needs_a_tie():
    text = (
        "The rebels said they had shot down a government helicopter. Fighting went on. "
        "Aid groups sent food to the town. Shops reopened. The army denied the claim."
    )
    shootings = [e for e in analyse(text).events if e.type == "ASSAULT" and e.trigger == "shot"]
    assert all(e.status != "disputed" for e in shootings)


def test_a_passive_denial_is_the_agents():
    text = "Claims that the army shelled the village were rejected by the defence ministry."
    article = analyse(text)
    (event,) = _told(article.events, "ASSAULT")
    assert event.status == "denied"
    assert [s.name for s in event.sources] == ["the defence ministry"]
    assert not _told(article.events, "REJECT")


def test_a_strike_carried_out_is_an_attack(events_of):
    events = events_of("Israel carried out the strike on Tuesday.")
    assert _told(events, "ASSAULT") and not _told(events, "PROTEST")
    assert _told(events_of("Dock workers staged a strike at the port."), "PROTEST")


# A claim to have done something is the claimant's.


def test_a_claim_to_have_done_an_act_is_the_claimants_hedged_word():
    article = analyse("The rebels claimed to have shot down a government helicopter.")
    (event,) = _told(article.events, "ASSAULT")
    assert [(s.name, s.stance) for s in event.sources] == [("The rebels", "hedges")]


def test_a_decision_to_act_stays_the_outlets_report():
    (event,) = _told(analyse("NATO decided to invite Sweden.").events, "AGREE")
    assert [s.name for s in event.sources] == ["the outlet"]


def test_schoolchildren_kidnapped_are_the_targets(events_of):
    (event,) = _told(events_of("Gunmen kidnapped 30 schoolchildren in Kaduna state."), "ASSAULT")
    assert [p.name for p in event.recipients] == ["30 schoolchildren"]


# A body recalled in its own sentence; a thing's owner by its passive agent.


def test_the_ministry_said_at_the_end_of_its_own_sentence_is_the_ministry_named():
    text = (
        "Lithuania's foreign ministry summoned Belarus's ambassador on Friday after a border "
        "shooting, the ministry said."
    )
    (event,) = _told(analyse(text).events, "ACCUSE")
    assert event.status == "confirmed"
    assert [s.role for s in event.sources] == ["participant"]


def test_the_protest_lodged_by_a_state_is_that_states():
    text = "Belarus's foreign ministry on Sunday rejected the protest lodged by Lithuania."
    (event,) = _told(analyse(text).events, "REJECT")
    assert _countries(event.recipients) == ["LTU"]


def test_an_approval_anticipated_is_not_told(events_of):
    text = "The county said it anticipates approval of the permits by the end of the year."
    assert not [e for e in events_of(text) if not (e.hypothetical or e.future)]


@pytest.mark.parametrize(
    "text", ["China sent warships to the strait on Monday.", "Belarus sent coast guard vessels."]
)
def test_warships_sent_move_forces(events_of, text):
    (event,) = _told(events_of(text), "MOBILIZE")
    assert event.mode == "troops"


def test_ferries_sent_to_evacuate_move_no_forces(events_of):
    assert not _told(
        events_of("Greece sent ferries to the island to evacuate tourists."), "MOBILIZE"
    )
