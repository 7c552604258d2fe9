"""Event precision, round 13: conventions of wire-news English read on the study half of the
newswire pool (benchmarks/newswire.py), each fixed as a rule of grammar or of the PLOVER
codebook.

Each rule has a sentence it must change and a near miss it must leave alone: a source's request
for anonymity, a company name with a plural last word saying something "in a statement", "ask"
framing a quoted question, "seek" with a noun of help or with a person sought, a promise kept,
recognition denied, an event word that only qualifies a noun of an event's role, and a
permission that describes a thing or marks where a restriction ends. Every sentence is
invented.
"""

from __future__ import annotations

from event_checks import told as _told

# A source's request not to be named is how the story cites it, no REQUEST between actors.


def test_requested_anonymity_is_no_request(events_of):
    text = "A Treasury official, who requested anonymity, said the ministry could freeze the funds."
    assert not _told(events_of(text), "REQUEST")


def test_asked_not_to_be_identified_is_no_request(events_of):
    text = "The spokesman asked not to be identified."
    assert not _told(events_of(text), "REQUEST")


def test_asked_for_anonymity_is_no_request(events_of):
    text = "The spokesman asked for anonymity."
    assert not _told(events_of(text), "REQUEST")


def test_requesting_an_inquiry_stays_a_request(events_of):
    text = "The mayor of Harn requested an inquiry into the fire."
    assert _told(events_of(text), "REQUEST")


def test_asking_a_ministry_not_to_be_lenient_stays_a_request(events_of):
    text = "Senator Ruiz asked the ministry not to be lenient with the smugglers."
    assert _told(events_of(text), "REQUEST")


# "Said in a statement" is the medium of saying: a one-company name with a plural last word
# ("Crestline Technologies") is one party, with no one the statement went to.


def test_statement_of_a_plural_word_company_is_no_message(events_of):
    text = "Crestline Technologies said in a statement that the plant would close."
    assert not _told(events_of(text), "COMMUNICATE")


def test_statement_of_a_holdings_company_is_no_message(events_of):
    text = "Redwood Holdings said in a statement that the deal was off."
    assert not _told(events_of(text), "COMMUNICATE")


def test_statement_issued_by_a_plural_word_company_is_no_message(events_of):
    text = "Crestline Technologies issued a statement on Monday denying the report."
    assert not _told(events_of(text), "COMMUNICATE")


def test_letter_sent_by_a_plural_word_company_to_customers_stays_a_message(events_of):
    text = "Crestline Technologies sent a letter to its customers on Monday."
    assert _told(events_of(text), "COMMUNICATE")


def test_letter_of_a_plural_word_company_to_a_governor_stays_a_message(events_of):
    text = "Crestline Technologies said in a letter to the governor that the plant would close."
    assert _told(events_of(text), "COMMUNICATE")


def test_two_presidents_meeting_stays_a_meeting(events_of):
    text = "The two presidents met on Monday."
    assert _told(events_of(text), "CONSULT")


# "Ask" framing a quoted question asks no one to act.


def test_asking_a_quoted_wh_question_is_no_request(events_of):
    text = 'As Judge Marta Ruiz asked in her dissent, "what sense does it make" to punish tenants?'
    assert not _told(events_of(text), "REQUEST")


def test_asking_a_quoted_yes_no_question_is_no_request(events_of):
    text = 'Senator Ruiz asked the minister, "Will you resign to end the crisis?"'
    assert not _told(events_of(text), "REQUEST")


def test_asking_a_minister_to_resign_stays_a_request(events_of):
    text = "Senator Ruiz asked the minister to resign."
    assert _told(events_of(text), "REQUEST")


def test_a_quoted_demand_stays_a_request(events_of):
    text = 'Senator Ruiz asked the minister: "You must resign to end the crisis."'
    assert _told(events_of(text), "REQUEST")


# "Seek" with a noun of help asks for it (REQUEST, not SUPPORT or AID); with a person sought it
# searches, and no one is asked for anything.


def test_seeking_support_is_a_request_not_support(events_of):
    events = events_of("The opposition leader sought support in parliament for a tax bill.")
    assert _told(events, "REQUEST")
    assert not _told(events, "SUPPORT")


def test_seeking_aid_from_a_country_is_a_request_not_aid(events_of):
    events = events_of("The opposition leader sought aid from Germany for the flood victims.")
    assert [e.type for e in _told(events, "REQUEST")] == ["REQUEST"]
    assert not _told(events, "AID")


def test_expressing_support_stays_support(events_of):
    text = "Valdia expressed support for Narva's bid to join the bloc."
    assert _told(events_of(text), "SUPPORT")


def test_being_sought_as_a_witness_is_no_request(events_of):
    text = "The lorry driver is being sought by detectives as a witness to the fire."
    assert not _told(events_of(text), "REQUEST")


def test_police_seeking_a_driver_is_no_request(events_of):
    text = "Police are seeking the driver of the van."
    assert not _told(events_of(text), "REQUEST")


def test_seeking_a_persons_help_stays_a_request(events_of):
    text = "Valdia sought Germany's help with the refugees."
    assert _told(events_of(text), "REQUEST")


# A promise kept tells the act done, by the ones who kept it; the promise is no AGREE now.


def test_promise_kept_is_no_agreement(events_of):
    events = events_of("Rebels kept their promise to free a hostage they took last week.")
    assert not _told(events, "AGREE")
    freed = _told(events, "RETREAT")
    assert freed and [a.text for a in freed[0].actors] == ["Rebels"]


def test_a_kept_promise_to_harm_names_the_keepers_as_attackers(events_of):
    events = events_of("The gang kept its promise to kill a hostage in Harn.")
    attacks = _told(events, "ASSAULT")
    assert attacks and [a.text for a in attacks[0].actors] == ["The gang"]
    assert not _told(events, "AGREE")


def test_a_promise_made_stays_an_agreement(events_of):
    text = "The rebels made a promise to free the hostage."
    assert _told(events_of(text), "AGREE")


# Recognition denied is a rejection, as a negated agreement is; other support denied is not.


def test_not_recognizing_a_court_is_a_rejection(events_of):
    text = (
        "Dorn wrote that his party does not recognize the authority of the Valdian election board."
    )
    events = events_of(text)
    assert _told(events, "REJECT")
    assert not _told(events, "SUPPORT")


def test_recognizing_independence_stays_support(events_of):
    events = events_of("Valdia recognized the independence of Narva.")
    assert _told(events, "SUPPORT")
    assert not _told(events, "REJECT")


def test_not_supporting_a_plan_stays_negated_support(events_of):
    events = events_of("Valdia does not support the plan of Narva.")
    assert [e.negated for e in _told(events, "SUPPORT")] == [True]
    assert not _told(events, "REJECT")


# An event word that only qualifies a noun of an event's role tells no new event.


def test_tribute_to_bombing_victims_is_no_assault(events_of):
    text = "Mayor Lund paid tribute Friday to shelling victims and clinic workers in Tarsa."
    assert not _told(events_of(text), "ASSAULT")


def test_bombing_villages_stays_an_assault(events_of):
    text = "Government jets began bombing villages near Tarsa on Tuesday."
    assert _told(events_of(text), "ASSAULT")


def test_arresting_suspects_stays_a_coercion(events_of):
    text = "Police in Tarsa began arresting suspects on Tuesday."
    assert _told(events_of(text), "COERCE")


def test_tribute_to_shooting_survivors_is_no_assault(events_of):
    text = "The governor paid tribute to shooting survivors in Harn."
    assert not _told(events_of(text), "ASSAULT")


# A permission that describes a thing, or marks where a restriction ends, concedes nothing.


def test_access_a_family_has_permitted_is_no_concession(events_of):
    text = "Nurses objected to the media access to the patient that her relatives have permitted."
    assert not _told(events_of(text), "CONCEDE")


def test_a_body_that_permitted_visits_stays_a_concession(events_of):
    text = "The ministry, which has permitted the visits, denied the claim."
    assert _told(events_of(text), "CONCEDE")


def test_the_day_a_ministry_permitted_visits_stays_a_concession(events_of):
    text = "Doctors welcomed the day the ministry permitted family visits to the prison."
    assert _told(events_of(text), "CONCEDE")


def test_police_barring_a_crowd_but_allowing_a_march_is_no_concession(events_of):
    text = (
        "Officers barred the students from entering the campus in Tarsa, "
        "but allowed them to gather outside the gates."
    )
    events = events_of(text)
    assert not _told(events, "CONCEDE")
    assert not _told(events, "PROTEST")  # the march allowed is not told as done


def test_lifting_a_curfew_and_allowing_returns_stays_a_concession(events_of):
    text = "The junta lifted the curfew and allowed exiled leaders to return."
    allowed = [e for e in _told(events_of(text), "CONCEDE") if e.trigger == "allowed"]
    assert allowed
