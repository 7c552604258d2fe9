"""The PLOVER event coder: categories, modes, participants, flags and the anaphora post-pass."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from newsledger.extract import events_lexicon, events_model
from newsledger.model import EventMention

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "examples" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def parse(events_of):
    return events_of


def one(events: list[EventMention], type_: str) -> EventMention:
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


def names(participants) -> list[str]:
    return [p.text for p in participants]


@pytest.mark.parametrize(
    ("sentence", "category", "mode"),
    [
        ("The foreign ministers of Chile and Peru agreed to hold talks.", "AGREE", None),
        ("The Kenyan president phoned the Tanzanian leader on Tuesday.", "CONSULT", "phone"),
        ("The Canadian prime minister praised the Mexican government.", "SUPPORT", None),
        ("The government of Chile eased restrictions on foreign journalists.", "CONCEDE", None),
        ("Portugal and Spain cooperated on fighting forest fires.", "COOPERATE", None),
        ("Japan sent humanitarian aid to the Philippines.", "AID", None),
        ("The rebels released twelve hostages on Sunday.", "RETREAT", "release"),
        ("Egypt urged Israel to allow aid into Gaza.", "REQUEST", "yield"),
        ("The Hungarian minister accused Slovakia of fraud.", "ACCUSE", "allege"),
        ("Bolivia rejected the proposal from Paraguay.", "REJECT", None),
        ("North Korea threatened to strike South Korea.", "THREATEN", None),
        ("Thousands of farmers protested in Paris against the new tax.", "PROTEST", "demo"),
        ("The European Union imposed sanctions on Iran.", "SANCTION", None),
        ("Pakistan deployed troops along the border.", "MOBILIZE", "troops"),
        ("Police arrested twenty opposition activists in Dhaka.", "COERCE", "arrest"),
        ("Rebel fighters attacked the village at dawn.", "ASSAULT", None),
        ("The Czech president sent a telegram to the Slovak president.", "COMMUNICATE", "telegram"),
    ],
)
def test_each_category(parse, sentence, category, mode):
    event = one(parse(sentence), category)
    assert event.mode == mode


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("The German chancellor sent a letter to the French president.", "letter"),
        ("The Chilean president sent a message to the Argentine president.", "message"),
        ("The Italian president congratulated the new Greek prime minister.", "greeting"),
        ("France and Germany issued a joint statement on the crisis.", "statement"),
    ],
)
def test_communicate_modes(parse, sentence, mode):
    event = one(parse(sentence), "COMMUNICATE")
    assert event.mode == mode
    assert event.actors


def test_consult_modes_from_place(parse):
    visit = one(parse("The Turkish president met his Brazilian counterpart in Ankara."), "CONSULT")
    assert visit.mode == "visit" and visit.location == "Ankara"
    third = one(parse("Hungarian and Romanian officials met in Vienna."), "CONSULT")
    assert third.mode == "third-party"
    assert one(parse("The Kenyan president visited Tanzania."), "CONSULT").mode == "visit"


def test_multilateral_meeting(parse):
    event = one(parse("Norway hosted talks between Colombia and the rebels."), "CONSULT")
    assert event.mode == "multilateral"
    assert names(event.actors) == ["Norway", "Colombia", "the rebels"]


def test_meeting_puts_all_participants_in_actors(parse):
    event = one(parse("The Polish president met the Lithuanian prime minister."), "CONSULT")
    assert names(event.actors) == ["The Polish president", "the Lithuanian prime minister"]
    assert event.recipients == []


def test_compound_actors_split_per_conjunct(parse):
    event = one(parse("Hungarian and Romanian officials met in Vienna."), "CONSULT")
    assert names(event.actors) == ["Hungarian", "Romanian"]  # each its country


def test_passive_swaps_actor_and_recipient(parse):
    event = one(parse("The village was attacked by rebel fighters."), "ASSAULT")
    assert names(event.actors) == ["rebel fighters"]
    assert names(event.recipients) == ["The village"]


def test_recipients_from_objects_and_to(parse):
    event = one(
        parse("The Czech president sent a telegram to the Slovak president."), "COMMUNICATE"
    )
    assert names(event.actors) == ["The Czech president"]
    assert names(event.recipients) == ["the Slovak president"]
    assert event.trigger == "telegram"
    sentence = "The Czech president sent a telegram to the Slovak president."
    assert sentence[event.trigger_start : event.trigger_end] == "telegram"


def test_negated(parse):
    event = one(parse("The Polish president did not meet the Lithuanian leader."), "CONSULT")
    assert event.negated and not event.future


def test_hypothetical(parse):
    event = one(parse("The two presidents could discuss trade."), "CONSULT")
    assert event.hypothetical and not event.negated


def test_future_consult_is_agree(parse):
    event = one(
        parse("The Indian prime minister will meet the Japanese leader next week."), "AGREE"
    )
    assert event.future
    assert names(event.actors) == ["The Indian prime minister", "the Japanese leader"]


def test_promised_cooperation_is_agree(parse):
    events = parse("Portugal and Spain will cooperate on fighting forest fires.")
    assert [e.type for e in events] == ["AGREE"]


def test_refusing_to_agree_is_reject(parse):
    event = one(parse("The union did not agree to the new contract."), "REJECT")
    assert not event.negated


def test_conditional_harm_is_threat(parse):
    events = parse("Nigeria will withdraw its troops from Chad unless the rebels disarm.")
    assert one(events, "THREATEN").future


def test_promised_force_is_threat(parse):
    events = parse("The rebels vowed to attack the capital.")
    assert [e.type for e in events] == ["THREATEN"]


def test_participle_modifier_is_no_event(parse):
    assert parse("Settlers moved into the newly occupied hills.") == []


def test_pronoun_subject_of_reported_clause_is_the_speaker(parse):
    event = one(parse("Ruritania said it would release the prisoners."), "RETREAT")
    assert names(event.actors) == ["Ruritania"]


def test_place_is_the_recipient_when_no_one_else_is(parse):
    event = one(parse("Police imposed a curfew in Dhaka."), "COERCE")
    assert names(event.recipients) == ["Dhaka"] and event.location == "Dhaka"


def test_withdrawal_recipient_is_who_one_leaves(parse):
    event = one(parse("Ruritania withdrew its troops from Freedonia."), "RETREAT")
    assert names(event.recipients) == ["Freedonia"]


def test_place_of_the_object_is_the_event_place(parse):
    event = one(parse("Israeli tanks fired shells at targets in Jericho."), "ASSAULT")
    assert event.location == "Jericho"


def test_willingness_is_agree_with_the_speaker_as_actor(parse):
    event = one(parse("Ruritania says it is willing to withdraw its troops."), "AGREE")
    assert names(event.actors) == ["Ruritania"]


def test_subject_keeps_its_place_phrase(parse):
    event = one(parse("Rebels in the Ivory Coast attacked the town."), "ASSAULT")
    assert names(event.actors) == ["Rebels in the Ivory Coast"]


def test_governed_event_is_part_of_governor(parse):
    events = parse("The minister condemned the attack on the embassy.")
    assert [e.type for e in events] == ["ACCUSE"]


def test_demand_in_reported_speech_is_request(parse):
    event = one(parse("The minister replied that Ruritania must stop the shelling."), "REQUEST")
    assert names(event.actors) == ["The minister"]
    assert names(event.recipients) == ["Ruritania"]


def test_nominal_event_with_participants_and_place(parse):
    event = one(parse("The meeting between the two ministers took place in Malmo."), "CONSULT")
    assert event.location == "Malmo"
    assert names(event.actors) == ["the two ministers"]


def test_anaphoric_noun_takes_antecedent(parse):
    events = parse(
        "Reports of a phone call between the Chilean president and the Peruvian president "
        "spread. The ministry said the call never took place."
    )
    later = [e for e in events if e.trigger == "call"][-1]
    assert later.type == "CONSULT" and later.mode == "phone" and later.negated
    assert names(later.actors) == ["the Chilean president", "the Peruvian president"]


def test_bare_event_noun_without_antecedent_is_dropped(parse):
    assert parse("The statement was long.") == []


def test_model_only_chooses_among_allowed_categories():
    text = "Workers went on strike at the port to demand higher wages."
    assert events_model.choose(text, ("PROTEST", "ASSAULT")) == "PROTEST"
    assert events_model.choose(text, ("ASSAULT",)) == "ASSAULT"
    assert set(events_model.scores(text)) >= {"PROTEST", "ASSAULT", "AGREE"}


def test_lexicon_entries_are_strings():
    """YAML turns bare on/no/off into booleans; every entry must stay a word."""
    text = (Path(events_lexicon.__file__).parents[1] / "data" / "events.yaml").read_text()
    data = yaml.safe_load(text)

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                assert isinstance(key, str), key
                walk(item)
        elif isinstance(value, list):
            for item in value:
                assert isinstance(item, str), item

    walk(data)
    lexicon = events_lexicon.load()
    assert "on" in lexicon.category_preps["ASSAULT"] and "no" in lexicon.negators


# --- the seed article -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(parse):
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    body = SEED.read_text("utf-8").split("\n", 4)[4]  # after the tickers and the headline
    return body, parse(body)


def find(events, trigger, text=None):
    found = [e for e in events if e.trigger == trigger and (text is None or text in e.sentence)]
    assert found, f"no event on {trigger!r}"
    return found[0]


def test_seed_alleged_call(seed):
    _, events = seed
    event = find(events, "call", "alleged phone call")
    assert (event.type, event.mode) == ("CONSULT", "phone")
    assert " ".join(names(event.actors)).count("Putin") == 1
    assert any("Trump" in n for n in names(event.actors))
    denied = find(events, "conversation", "never took place")
    assert denied.negated and names(denied.actors) == names(event.actors)


def test_seed_july_2020_call(seed):
    _, events = seed
    event = find(events, "call", "July 2020")
    assert (event.type, event.mode) == ("CONSULT", "phone")
    assert names(event.actors) == ["Putin", "Trump"]
    assert event.date is not None and event.date.value == "2020-07"


def test_seed_helsinki_summit(seed):
    _, events = seed
    event = find(events, "summit")
    assert event.type == "CONSULT" and event.location == "Helsinki"


def test_seed_he_and_biden_talked(seed):
    _, events = seed
    event = find(events, "talked", "Joe Biden")
    assert (event.type, event.mode) == ("CONSULT", "phone")
    assert names(event.actors) == ["He", "Joe Biden"]


def test_seed_letter_telegram_greeting(seed):
    _, events = seed
    letter = find(events, "letter")
    assert (letter.type, letter.mode) == ("COMMUNICATE", "letter")
    assert names(letter.actors) == ["Biden"] and names(letter.recipients) == ["him"]
    # "This summer, ... mentioned that ... sent him a letter": the report's time bounds it
    assert letter.date is not None and letter.date.value == "2024-SU"
    telegram = find(events, "telegram")
    assert (telegram.type, telegram.mode) == ("COMMUNICATE", "telegram")
    assert names(telegram.recipients) == ["Trump"]
    greeting = find(events, "congratulated")
    assert (greeting.type, greeting.mode) == ("COMMUNICATE", "greeting")
    assert names(greeting.recipients) == ["Trump", "Biden"]


def test_seed_request(seed):
    body, events = seed
    event = one(events, "REQUEST")
    assert names(event.recipients) == ["Washington"]
    assert body[event.start : event.end] == event.sentence


# Real-looking news sentences: who met whom, where and when (own sentences).


def test_place_of_a_meeting_is_its_location_not_a_recipient(parse):
    event = one(
        parse(
            "The Chilean president received the Peruvian president at the Moneda Palace in "
            "Santiago on Friday."
        ),
        "CONSULT",
    )
    assert names(event.actors) == ["The Chilean president", "the Peruvian president"]
    assert event.recipients == []
    assert event.location == "Santiago"


def test_apposed_visit_is_its_own_event_with_its_own_date(parse):
    found = parse(
        "The Chilean president received the Peruvian president in Santiago on Friday, the "
        "Peruvian leader's first visit to Chile since May last year.",
        date(2024, 3, 9),
    )
    met = [e for e in found if e.trigger == "received"]
    visit = [e for e in found if e.trigger == "visit"]
    assert met and met[0].date.value == "2024-03-08"
    assert visit and visit[0].date.value == "2023-05"
    assert names(visit[0].actors) == ["the Peruvian leader"]


def test_received_needs_someone_to_be_a_meeting(parse):
    assert not any(e.type == "CONSULT" for e in parse("The bill received forty votes."))


def test_held_talks_with_makes_both_sides_actors(parse):
    event = one(
        parse("The Greek premier held talks with the Cypriot president in Nicosia."), "CONSULT"
    )
    assert names(event.actors) == ["The Greek premier", "the Cypriot president"]


def test_met_the_presidents_of_several_countries_splits_per_country(parse):
    event = one(
        parse("The chancellor met the presidents of Chile, Peru and Bolivia at a summit."),
        "CONSULT",
    )
    assert names(event.actors) == ["The chancellor", "the presidents of Chile", "Peru", "Bolivia"]
    assert event.mode == "multilateral"


def test_group_from_countries_keeps_its_from_phrase(parse):
    event = one(
        parse("The Iraqi deputy minister met senior diplomats from Spain and Italy in Vienna."),
        "CONSULT",
    )
    assert names(event.actors)[1:] == ["senior diplomats from Spain", "Italy"]


def test_called_on_someone_is_a_visit_and_called_on_to_act_a_request(parse):
    visit = one(parse("The Indian minister called on the Japanese prime minister."), "CONSULT")
    assert visit.mode == "visit"
    assert "the Japanese prime minister" in names(visit.actors)
    request = one(parse("The mayor called on the government to act."), "REQUEST")
    assert names(request.recipients) == ["the government"]
    assert one(parse("The bishop called on Sunday for an end to the war."), "REQUEST")


def test_relative_pronoun_subject_is_the_noun_it_describes(parse):
    event = one(
        parse("The plan was backed by the Polish minister, who turned down Berlin's offer."),
        "REJECT",
    )
    assert names(event.actors) == ["the Polish minister"]
    assert names(event.recipients) == ["Berlin"]  # the one who made the offer


def test_exchanged_congratulatory_messages_is_a_greeting(parse):
    event = one(parse("The two presidents exchanged congratulatory messages."), "COMMUNICATE")
    assert event.mode == "greeting"


def test_meeting_in_a_when_clause_is_its_own_event(parse):
    found = parse(
        "The leaders last met in March, when the Dutch premier and the Danish premier "
        "travelled to Oslo for talks with the Norwegian premier."
    )
    talks = [e for e in found if e.trigger == "talks"]
    assert talks and talks[0].type == "CONSULT"
    assert names(talks[0].actors) == [
        "the Dutch premier",
        "the Danish premier",
        "the Norwegian premier",
    ]
    assert talks[0].mode == "multilateral"


def test_phone_call_as_setting_of_another_act(parse):
    found = parse("The two ministers clashed over the budget in a tense phone call in May.")
    call = one(found, "CONSULT")
    assert call.mode == "phone"
    assert names(call.actors) == ["The two ministers"]
    prepared = one(
        parse(
            "The visit was prepared by Greek Foreign Minister Nikos Dendias and his Turkish "
            "counterpart Mevlut Cavusoglu in a phone call on 3 May."
        ),
        "CONSULT",
    )
    assert prepared.mode == "phone"
    assert names(prepared.actors) == [
        "Greek Foreign Minister Nikos Dendias",
        "his Turkish counterpart Mevlut Cavusoglu",
    ]


def test_expected_meeting_stays_a_future_consult_but_will_meet_is_agree(parse):
    expected = one(
        parse("The minister is expected to meet his Polish counterpart in July."), "CONSULT"
    )
    assert expected.future
    assert one(parse("The two leaders will meet next week in Paris."), "AGREE").future
    planned = parse("The next joint cabinet meeting is planned for the autumn.")
    assert not any(e.type == "AGREE" for e in planned)


def test_named_event_noun_is_not_a_reference_back(parse):
    found = parse("The Dutch premier met the Danish premier. Prices rose ahead of the NATO summit.")
    assert not any(e.trigger == "summit" and e.actors for e in found)


def test_member_of_meeting_and_its_with_phrase_are_participants(parse):
    event = one(
        parse(
            "Both ministers took part in a meeting of Nordic foreign ministers with the Estonian "
            "foreign minister."
        ),
        "CONSULT",
    )
    assert names(event.actors) == [
        "Both ministers",
        "Nordic foreign ministers",
        "the Estonian foreign minister",
    ]


def test_demand_and_threat_target_the_subject_of_their_clause(parse):
    demand = one(parse("Canada demanded that Venezuela release the prisoners."), "REQUEST")
    assert names(demand.recipients) == ["Venezuela"]
    threat = one(
        parse("Farmers threatened to block the roads unless the government cut fuel taxes."),
        "THREATEN",
    )
    assert "the government" in names(threat.recipients)
    ties = one(
        parse("The parliament threatened to break relations with Moldova."),
        "THREATEN",
    )
    assert "Moldova" in names(ties.recipients)


def test_nominal_attack_takes_its_of_object_as_target(parse):
    event = one(parse("Ruritania launched an invasion of Freedonia."), "ASSAULT")
    assert names(event.recipients) == ["Freedonia"]


def test_rejected_calls_by_someone_names_the_caller(parse):
    event = one(parse("Oslo rejected recent calls by Sweden's government for aid."), "REJECT")
    assert names(event.recipients) == ["Sweden's government"]


def test_dialogue_after_which_they_agreed_is_its_own_event(parse):
    found = parse("The two ministers agreed to meet again, after their annual dialogue in Lima.")
    dialogue = [e for e in found if e.trigger == "dialogue"]
    assert dialogue and names(dialogue[0].actors) == ["their"]  # the resolver names "their"


def test_coordinated_act_shares_the_time_of_its_first_verb(parse):
    found = parse(
        "The British minister spoke by phone with the Iranian minister on Monday and urged Iran "
        "to restore access.",
        date(2024, 3, 9),
    )
    assert one(found, "REQUEST").date.value == "2024-03-04"
    assert names(one(found, "CONSULT").actors) == ["The British minister", "the Iranian minister"]


def test_whole_entity_name_is_kept(parse):
    event = one(
        parse(
            "Japan demanded that the Democratic People's Republic of Korea free the journalists."
        ),
        "REQUEST",
    )
    assert names(event.recipients) == ["the Democratic People's Republic of Korea"]


def test_coordinated_plain_adjectives_are_not_split_into_actors(parse):
    event = one(
        parse(
            "The Kurds of northern Iraq are demanding political and economic autonomy from Baghdad."
        ),
        "REQUEST",
    )
    assert "political" not in names(event.actors + event.recipients)


def test_with_and_for_phrases_on_objects_name_the_other_side(parse):
    shared = one(parse("Danish officials shared evidence with Norway."), "COOPERATE")
    assert "Norway" in names(shared.actors)
    aid = one(parse("The ministers agreed to provide aid for Moldova and Georgia."), "AGREE")
    assert {"Moldova", "Georgia"} <= set(names(aid.recipients))
    cut = one(parse("Spain announced a suspension of air links with Morocco."), "SANCTION")
    assert names(cut.recipients) == ["Morocco"]


def test_accused_of_an_act_keeps_the_act_out_of_the_accused(parse):
    event = one(
        parse("EU officials have accused Serbian firms of re-exporting Western goods to Belarus."),
        "ACCUSE",
    )
    assert names(event.recipients)[0] == "Serbian firms"


def test_his_host_is_a_recipient_but_its_troops_are_not(parse):
    thanks = one(parse("The Moldovan president thanked his host for the support."), "SUPPORT")
    assert names(thanks.recipients) == ["his host"]
    withdrawal = one(parse("The army withdrew its troops from the town."), "RETREAT")
    assert "its troops" not in names(withdrawal.recipients)


def test_the_meeting_refers_to_the_main_event_not_an_aside(parse):
    found = parse(
        "The Chilean president received the Peruvian president in Santiago on Friday, the "
        "Peruvian leader's first visit to Chile since May last year. The Peruvian president "
        "described the meeting as useful."
    )
    meeting = [e for e in found if e.trigger == "meeting"]
    assert meeting and names(meeting[0].actors) == [
        "The Chilean president",
        "the Peruvian president",
    ]


def test_anaphoric_call_takes_the_nearest_sentences_event(parse):
    found = parse(
        "According to the palace, the two leaders had spoken by phone last week. "
        "A newspaper reported that Lula and Boric had clashed in a tense phone call in March. "
        "A spokesman denied that such a call had taken place."
    )
    calls = [e for e in found if e.type == "CONSULT" and e.trigger == "call"]
    assert [p.text for p in calls[-1].actors] == ["Lula", "Boric"]
