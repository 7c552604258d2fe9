"""Event words read as what they are (round 9b), and the dates of reported past acts.

Each rule has a sentence it must read one way and a near miss it must read the other: raising
reserves is a mobilization and no phone call, recalling staff is no phone call, "such peers as
X" names X, the "what" of a free relative tells no act agreed or asked; an act told in the past
by a dated report happened before the report, at a time the text does not give (TimeML).
"""

from __future__ import annotations

from datetime import date

from event_checks import told as _told

# "Call up" forces is PLOVER MOBILIZE; calling up a person is a phone call.


def test_calling_up_reservists_is_a_mobilization(events_of):
    events = events_of("Dravia called up 5,000 reservists on Monday.")
    assert _told(events, "MOBILIZE")
    assert not _told(events, "CONSULT")


def test_calling_up_a_relative_stays_a_phone_call(events_of):
    events = events_of("The minister called up her brother on Monday.")
    assert not _told(events, "MOBILIZE")
    assert any(e.mode == "phone" for e in _told(events, "CONSULT"))


def test_the_call_up_of_reserves_is_a_mobilization(events_of):
    text = "The premier launched the largest peacetime call-up of reserves in Dravia."
    events = events_of(text)
    assert _told(events, "MOBILIZE")
    assert not _told(events, "REQUEST")


def test_a_call_for_calm_stays_a_request(events_of):
    events = events_of("The premier of Dravia issued a call for calm to the protesters.")
    assert not _told(events, "MOBILIZE")


def test_a_call_up_of_players_is_no_mobilization(events_of):
    events = events_of("The coach announced a call-up of young footballers to the Dravian squad.")
    assert not _told(events, "MOBILIZE")


# "Call back" a plural of people recalls them; returning a call goes to one counterpart.


def test_calling_back_employees_is_no_phone_call(events_of):
    text = "Many other agencies have been calling back employees to their offices."
    assert not _told(events_of(text), "CONSULT")


def test_calling_back_a_senator_stays_a_phone_call(events_of):
    events = events_of("The minister called back Senator Ana Duval on Tuesday.")
    assert any(e.mode == "phone" for e in _told(events, "CONSULT"))


# "By such N as X": X is the agent, N only its kind.


def test_such_peers_as_a_named_poet_praise(events_of):
    text = "The minister was praised by such peers as the poet Ana Duval."
    praise = _told(events_of(text), "SUPPORT")
    assert praise and any("Duval" in a.name for p in praise for a in p.actors)


def test_such_means_as_reviews_name_no_agent(events_of):
    text = "The minister was praised by such means as reviews."
    praise = _told(events_of(text), "SUPPORT")
    assert all(not p.actors for p in praise)


# A free relative ("what X agreed to") names a thing by the act; it tells no act agreed.


def test_what_a_parliament_agreed_to_is_no_agreement(events_of):
    text = "But that contrasts with what the Dravian parliament agreed to on Thursday."
    assert not _told(events_of(text), "AGREE")


def test_what_a_union_asked_for_is_no_request(events_of):
    assert not _told(events_of("That is not what the dockers' union asked for."), "REQUEST")


def test_agreeing_to_what_was_proposed_stays_an_agreement(events_of):
    text = "The Dravian parliament agreed to what the minister proposed."
    assert _told(events_of(text), "AGREE")


def test_a_pseudo_cleft_keeps_its_demand(events_of):
    assert _told(events_of("What the rebels demanded was a ceasefire."), "REQUEST")


# A gerund after "as" that completes an object says what the object is taken to be or do.


def test_efforts_described_as_appealing_ask_no_one(events_of):
    text = "He described the current efforts as appealing to a much broader group."
    assert not _told(events_of(text), "REQUEST")


def test_a_plan_seen_as_threatening_threatens_no_one(events_of):
    text = "Critics saw the plan as threatening the tenants of Varna."
    assert not _told(events_of(text), "THREATEN")


def test_an_act_by_which_an_offensive_began_stays(events_of):
    text = "The rebels began the offensive by shelling the town of Varna."
    assert any(e.trigger == "shelling" for e in _told(events_of(text), "ASSAULT"))


# "No" on the direct object negates the clause (no = not any); inside a phrase it does not.


def test_seeking_no_conflict_is_no_request(events_of):
    asks = [e for e in events_of("Dravia insists it seeks no conflict with Varnia.")]
    assert not [e for e in asks if e.type == "REQUEST" and not e.negated]


def test_arresting_no_one_is_no_arrest(events_of):
    arrests = _told(events_of("Police in Varna arrested no one on Monday."), "COERCE")
    assert all(e.negated for e in arrests)


def test_talks_with_no_preconditions_stay_talks(events_of):
    # Seeking talks asks for a meeting (CAMEO 106, PLOVER REQUEST/meet); "no preconditions"
    # negates nothing.
    talks = _told(events_of("Dravia seeks talks with Varnia with no preconditions."), "REQUEST")
    assert talks and not any(e.negated for e in talks)
    assert [e.mode for e in talks] == ["meet"]


# A past act a dated report tells: before the report, at a time the text does not give.

PUBLISHED = date(2025, 3, 8)  # a Saturday: "Wednesday" is 2025-03-05


def _arrest(events_of, text: str):
    found = _told(events_of(text, published=PUBLISHED), "COERCE")
    assert found
    return found[0].date


def test_a_reported_simple_past_ends_at_the_report(events_of):
    text = "Police detained two men in Varna, the ministry said on Wednesday."
    when = _arrest(events_of, text)
    assert when is not None and when.approximate
    assert when.value is None and when.end == "2025-03-05"


def test_a_reported_passive_past_ends_at_the_report(events_of):
    text = "The ministry said on Wednesday that two men were detained in Varna."
    when = _arrest(events_of, text)
    assert when is not None and when.approximate and when.end == "2025-03-05"


def test_a_reported_act_with_its_own_time_keeps_it(events_of):
    text = "Police detained two men in Varna on Tuesday, the ministry said on Wednesday."
    when = _arrest(events_of, text)
    assert when is not None and when.value == "2025-03-04" and not when.approximate


def test_a_reported_ongoing_act_keeps_the_report_time(events_of):
    text = "The ministry said on Wednesday that police are detaining protesters in Varna."
    when = _arrest(events_of, text)
    assert when is not None and when.value == "2025-03-05"


def test_an_act_told_with_its_time_is_dated_there(events_of):
    when = _arrest(events_of, "Police in Varna on Wednesday detained two men.")
    assert when is not None and when.value == "2025-03-05"


def test_a_quoted_past_act_ends_at_the_report(events_of):
    text = "“We detained two men in Varna,” the ministry said on Wednesday."
    when = _arrest(events_of, text)
    assert when is not None and when.approximate and when.end == "2025-03-05"


def test_a_report_placed_in_a_period_keeps_the_period(events_of):
    text = "Last week, the ministry said that police detained two men in Varna."
    when = _arrest(events_of, text)
    assert when is not None and when.value == "2025-W09"


# A finite adverbial clause has a time of its own unless "when", "while" or "as" opens it.


def _dates(events_of, text: str) -> dict:
    return {e.trigger: e.date for e in events_of(text, published=PUBLISHED)}


def test_a_call_after_a_dated_meeting_is_not_dated_with_it(events_of):
    text = "The minister met Ana Duval on Monday after the premier of Dravia phoned her."
    dates = _dates(events_of, text)
    assert dates["met"].value == "2025-03-03"
    assert dates["phoned"] is None or dates["phoned"].value != "2025-03-03"


def test_a_visit_when_they_met_shares_the_meeting_day(events_of):
    dates = _dates(events_of, "The minister met Ana Duval on Monday when she visited Varna.")
    assert dates["visited"].value == "2025-03-03"


def test_a_purpose_infinitive_shares_the_trip_day(events_of):
    text = "The minister flew to Varna on Monday to meet her Dravian counterpart."
    assert _dates(events_of, text)["meet"].value == "2025-03-03"


# A "when" that opens another clause than the verb's own dates nothing for that verb.


def test_a_statement_after_a_when_clause_of_others_is_not_dated_there(events_of):
    text = (
        "Ana Duval had gone to a store near her home at 9 p.m. March 17, 2015, when an "
        "argument ensued with men there, officials of Varna said in a statement to the press."
    )
    when = _dates(events_of, text)["statement"]
    assert when is None or when.value != "2015-03-17T21:00"


def test_a_when_clause_takes_the_time_it_follows(events_of):
    text = "In March last year, when the premier met Ana Duval in Varna, he presented a plan."
    assert _dates(events_of, text)["met"].value == "2024-03"
