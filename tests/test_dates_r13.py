"""Event dates, TimeML-minded: a vague reference gives way to a specific date beside it, and
"dated X" after a document noun dates that document (and the saying it carries), not a verb."""

from __future__ import annotations

from newsledger.model import Article
from newsledger.pipeline import analyze


def _events(stages, body: str, published: str = "2000-03-16"):
    (article,) = analyze([Article(id="t", body=body, published=published)], stages)
    return article.events


def test_most_recently_last_october_is_last_october(stages) -> None:
    body = (
        "Three times, judges on the list were attacked, most recently last October when a "
        "judge was shot at his home in Tarvel."
    )
    dated = [e.date.value for e in _events(stages, body) if e.type == "ASSAULT" and e.date]
    assert dated and all(value == "1999-10" for value in dated)


def test_recently_alone_stays_vague(stages) -> None:
    body = "Judges on the list were attacked recently in Tarvel."
    events = [e for e in _events(stages, body) if e.type == "ASSAULT"]
    assert events and all(e.date is None or e.date.value in (None, "PAST_REF") for e in events)


def test_a_letter_dated_a_day_dates_what_it_says(stages) -> None:
    events = _events(stages, "Marek condemned the arrests in a letter dated March 3.")
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert accuse.date is not None and accuse.date.value == "2000-03-03"


def test_a_quote_said_in_a_dated_letter_takes_its_day(stages) -> None:
    body = '"I protest against the arrests by the police," Marek said in the letter, dated Monday.'
    dated = [e.date.value for e in _events(stages, body) if e.date and not e.date.approximate]
    assert dated and set(dated) == {"2000-03-13"}


def test_a_dated_letter_read_out_does_not_date_another_verb(stages) -> None:
    body = "A letter dated March 3 was read out as Marek condemned the arrests on Friday."
    accuse = next(e for e in _events(stages, body) if e.type == "ACCUSE")
    assert accuse.date is not None and accuse.date.value == "2000-03-10"


def _drills(stages, when: str):
    body = (
        f"{when}Chilean diplomats scolded Peru for holding military exercises with NATO near Arica."
    )
    events = _events(stages, body, published="2000-02-16")
    return next(e for e in events if e.type == "COOPERATE")


def test_an_act_blamed_in_a_season_is_placed_in_it(stages) -> None:
    assert _drills(stages, "Last spring, ").date.value == "1999-SP"


def test_an_act_blamed_on_a_day_happened_by_that_day(stages) -> None:
    date = _drills(stages, "On Tuesday, ").date
    assert date.approximate and date.end == "2000-02-15"


def test_an_act_blamed_at_no_given_time_ends_at_publication(stages) -> None:
    date = _drills(stages, "").date
    assert date.approximate and date.end == "2000-02-16"
