"""The time stage: each family of expressions, normalised against DCTs across year boundaries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.extract.time_values import value_range
from newsledger.extract.times import attached_time, extract_times, to_event_date

SEED_DCT = date(2024, 11, 11)
SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def parse():
    from newsledger import nlp

    pipeline = nlp.load()
    return pipeline


def times_of(parse, text: str, dct: date | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in extract_times(parse(text), dct)}


def test_seed_expressions(parse):
    text = (
        "The last call took place in July 2020. In July 2018, the summit was held in Helsinki. "
        "The call took place on February 12, 2022. They talked for more than an hour. "
        "He congratulated them on the upcoming 2021. In the past couple of years, he has not "
        "sent such letters. This summer, he mentioned a letter. The conflict will end within "
        "two, maximum three months."
    )
    found = times_of(parse, text, SEED_DCT)
    assert found["July 2020"] == ("DATE", "2020-07")
    assert found["July 2018"] == ("DATE", "2018-07")
    assert found["February 12, 2022"] == ("DATE", "2022-02-12")
    assert found["2021"] == ("DATE", "2021")
    assert found["more than an hour"] == ("DURATION", "PT1H")
    assert found["the past couple of years"] == ("DURATION", "P2Y")
    assert found["This summer"] == ("DATE", "2024-SU")
    assert found["two, maximum three months"][0] == "DURATION"


def test_seed_article_when_present(parse):
    if not SEED.is_file():
        pytest.skip("the shared seed article (../shared/examples/seed) is not present")
    values = {t.value for t in extract_times(parse(SEED.read_text()), SEED_DCT)}
    assert {"2020-07", "2018-07", "2022-02-12", "2024-SU", "2021", "PT1H", "P2Y"} <= values


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # Weekdays take the tense of their clause, across a year boundary.
        ("The minister resigned on Friday.", date(2025, 1, 1), ("Friday", "2024-12-27")),
        ("The minister will resign on Friday.", date(2024, 12, 30), ("Friday", "2025-01-03")),
        ("They met last Monday.", date(2025, 1, 2), ("last Monday", "2024-12-30")),
        # Months without a year: the previous one in a past-tense story, the next in the future.
        ("The talks collapsed in December.", date(2025, 1, 5), ("December", "2024-12")),
        ("Elections will be held in February.", date(2024, 12, 20), ("February", "2025-02")),
        ("The accord was signed on Dec. 30.", date(2025, 1, 3), ("Dec. 30", "2024-12-30")),
        # Relative days, weeks, months and years.
        ("Prices rose yesterday.", date(2025, 1, 1), ("yesterday", "2024-12-31")),
        ("The vote is due tomorrow.", date(2024, 12, 31), ("tomorrow", "2025-01-01")),
        ("Sales fell last year.", date(2025, 1, 10), ("last year", "2024")),
        ("The law passed last month.", date(2025, 1, 10), ("last month", "2024-12")),
        ("He arrived earlier this month.", date(2025, 1, 20), ("earlier this month", "2025-01")),
        ("They will meet next week.", date(2024, 12, 30), ("next week", "2025-W02")),
        ("The plant closed three days ago.", date(2025, 1, 2), ("three days ago", "2024-12-30")),
        ("She left two years ago.", date(2025, 3, 1), ("two years ago", "2023")),
        # Seasons, quarters, halves, decades, centuries.
        ("Last winter was cold.", date(2025, 1, 15), ("Last winter", "2023-WI")),
        ("The tour resumes next spring.", date(2024, 12, 1), ("next spring", "2025-SP")),
        (
            "Profit rose in the fourth quarter.",
            date(2025, 1, 20),
            ("the fourth quarter", "2024-Q4"),
        ),
        (
            "Output slowed in the first half of 1989.",
            date(1990, 1, 1),
            ("the first half of 1989", "1989-H1"),
        ),
        ("Inflation soared in the 1970s.", date(2024, 5, 1), ("1970s", "197X")),
        ("The 20th century saw two wars.", date(2024, 5, 1), ("The 20th century", "19")),
        # Durations.
        ("The strike lasted two weeks.", date(2024, 5, 1), ("two weeks", "P2W")),
        ("It took 2 1/2 years.", date(2024, 5, 1), ("2 1/2 years", "P2Y6M")),
        ("A five-year plan was approved.", date(2024, 5, 1), ("five-year", "P5Y")),
        ("They have waited for several months.", date(2024, 5, 1), ("several months", "PXM")),
        # Vague references and sets.
        ("Officials are now reviewing it.", date(2024, 5, 1), ("now", "PRESENT_REF")),
        ("The company recently hired him.", date(2024, 5, 1), ("recently", "PAST_REF")),
        ("Rates may rise in the future.", date(2024, 5, 1), ("the future", "FUTURE_REF")),
        ("The paper is published daily.", date(2024, 5, 1), ("daily", "P1D")),
        ("The board meets every week.", date(2024, 5, 1), ("every week", "P1W")),
        # Times of day and holidays.
        (
            "The blast came at 10:35 a.m. Tuesday.",
            date(2025, 1, 2),
            ("10:35 a.m. Tuesday", "2024-12-31T10:35"),
        ),
        ("Shops closed on Christmas.", date(2025, 1, 3), ("Christmas", "2024-12-25")),
        # A holiday coordinated with a year goes with it: the Christmas that sees 2021 in.
        (
            "He sent greetings on the upcoming 2021 and Christmas.",
            date(2024, 11, 11),
            ("Christmas", "2020-12-25"),
        ),
        (
            "The plan will be unveiled on Thanksgiving.",
            date(2024, 11, 1),
            ("Thanksgiving", "2024-11-28"),
        ),
        # A month or day with "last/this/next year" names its year.
        ("They met in April last year.", date(2024, 11, 11), ("April last year", "2023-04")),
        (
            "He visited on 29 September last year.",
            date(2024, 1, 15),
            ("29 September last year", "2023-09-29"),
        ),
        # Spelled years, ordinal quarters after a year, "the last half".
        ("It ends by the year two thousand.", date(1998, 2, 5), ("the year two thousand", "2000")),
        (
            "It took a charge in the 1988 second quarter.",
            date(1989, 11, 2),
            ("the 1988 second quarter", "1988-Q2"),
        ),
        (
            "Profit falls in the last half of 1989.",
            date(1989, 11, 2),
            ("the last half of 1989", "1989-H2"),
        ),
        (
            "Growth will slow in the coming years.",
            date(2024, 5, 1),
            ("the coming years", "FUTURE_REF"),
        ),
        ("Talks resume in the near future.", date(2024, 5, 1), ("the near future", "FUTURE_REF")),
        (
            "January nineteen ninety-seven. A bomb exploded.",
            date(1998, 2, 27),
            ("January nineteen ninety-seven", "1997-01"),
        ),
        (
            "Prices were low in the winter of nineteen ninety-four.",
            date(1998, 2, 23),
            ("the winter of nineteen ninety-four", "1994-WI"),
        ),
        # "earlier in the day" is the day in focus.
        (
            "They met later on Monday. Earlier in the day, both spoke.",
            date(2024, 7, 30),
            ("Earlier in the day", "2024-07-29"),
        ),
        # "the next morning" with its article follows the day in focus, not the DCT.
        (
            "He was held on Feb. 22 and appeared in court the next morning.",
            date(2000, 2, 24),
            ("the next morning", "2000-02-23TMO"),
        ),
    ],
)
def test_families(parse, text, dct, expected):
    found = {t.text: t.value for t in extract_times(parse(text), dct)}
    phrase, value = expected
    assert found.get(phrase) == value, found


def test_types(parse):
    found = times_of(
        parse,
        "This morning, after 30 minutes, they met weekly. On Friday night they left.",
        date(2024, 5, 8),
    )
    assert found["This morning"] == ("TIME", "2024-05-08TMO")
    assert found["30 minutes"] == ("DURATION", "PT30M")
    assert found["weekly"] == ("SET", "P1W")
    # TimeBank reads "Friday night" as the day: a DATE without the part of day; an evening
    # keeps its part.
    assert found["Friday night"] == ("DATE", "2024-05-03")
    found = times_of(parse, "They met on Tuesday evening.", date(2024, 5, 29))
    assert found["Tuesday evening"] == ("TIME", "2024-05-28TEV")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # A bare participle takes its head's tense ("was found ... clinging", not present).
        (
            "The boy was found Thanksgiving Day clinging to an inner tube.",
            date(2000, 1, 7),
            ("Thanksgiving Day", "1999-11-25"),
        ),
        # A passive present is present, not past: the nearest May.
        ("It will go on when the case is heard in May.", date(2000, 4, 10), ("May", "2000-05")),
        # A to-infinitive under a past perfect looks back.
        ("The offer had been due to expire Friday.", date(1989, 10, 30), ("Friday", "1989-10-27")),
        # Verbs and adjectives that look ahead to the time they govern.
        (
            "Officials postponed until Tuesday any action.",
            date(2000, 4, 3),
            ("Tuesday", "2000-04-04"),
        ),
        (
            "The firm declared a dividend payable Dec. 15.",
            date(1989, 10, 26),
            ("Dec. 15", "1989-12-15"),
        ),
        # "since" looks back; a day owning an event reports it as done.
        ("They will have worked there since Jan. 13.", date(1998, 3, 6), ("Jan. 13", "1998-01-13")),
        (
            "They will try to get around Wednesday's ruling.",
            date(2000, 1, 7),
            ("Wednesday", "2000-01-05"),
        ),
        # A date modifying an event noun reports the event as past.
        (
            "Police will close the Oct. 23 slaying case.",
            date(1999, 5, 6),
            ("Oct. 23", "1998-10-23"),
        ),
    ],
)
def test_tense_of_the_time(parse, text, dct, expected):
    found = {t.text: t.value for t in extract_times(parse(text), dct)}
    phrase, value = expected
    assert found.get(phrase) == value, found


def test_words_that_are_not_times(parse):
    found = times_of(
        parse, "You may march on. The company sold 1990 cars and won a second term.", None
    )
    assert found == {}


def test_without_dct_explicit_dates_still_resolve(parse):
    found = times_of(parse, "It was signed on March 5, 1946, and renewed last year.", None)
    assert found["March 5, 1946"] == ("DATE", "1946-03-05")
    assert found["last year"] == ("DATE", None)


def test_offsets_index_the_text(parse):
    text = "Talks began in July 2020 and ended on February 12, 2022."
    for t in extract_times(parse(text), SEED_DCT):
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2020-07", "2020-07-01", "2020-07-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2024-SU", "2024-06-01", "2024-08-31"),
        ("2023-WI", "2023-12-01", "2024-02-29"),
        ("2024-Q4", "2024-10-01", "2024-12-31"),
        ("2025-W01", "2024-12-30", "2025-01-05"),
        ("199", "1990-01-01", "1999-12-31"),
        ("199X", "1990-01-01", "1999-12-31"),
        ("2022-02-12T14:30", "2022-02-12", "2022-02-12"),
        ("PRESENT_REF", None, None),
        ("P2Y", None, None),
    ],
)
def test_value_range(value, start, end):
    assert value_range(value) == (start, end)


def test_attached_time_stays_in_its_clause(parse):
    text = (
        "In July 2018, the summit was held in Helsinki. The call, which Reuters reported on "
        "Monday, took place in July 2020. They talked on February 12."
    )
    doc = parse(text)
    times = extract_times(doc, SEED_DCT)

    def token(word: str, nth: int = 0):
        return [t for t in doc if t.text == word][nth]

    assert attached_time(doc, times, token("summit")).value == "2018-07"
    assert attached_time(doc, times, token("call")).value == "2020-07"
    assert attached_time(doc, times, token("reported")).text == "Monday"
    assert attached_time(doc, times, token("talked")).value == "2024-02-12"


def test_attached_time_of_a_when_clause(parse):
    doc = parse("He went to Delhi in March last year, when he met Modi and presented a plan.")
    times = extract_times(doc, date(2024, 7, 30))
    for word in ("met", "presented"):
        token = next(t for t in doc if t.text == word)
        assert attached_time(doc, times, token).value == "2023-03"


def test_attached_time_none_when_undated(parse):
    doc = parse("The minister said the two leaders talked. The meeting was in 2019.")
    times = extract_times(doc, SEED_DCT)
    assert attached_time(doc, times, [t for t in doc if t.text == "talked"][0]) is None


def test_to_event_date():
    from newsledger.model import TimeExpr

    event_date = to_event_date(
        TimeExpr("This summer", 0, 11, "DATE", "2024-SU", "2024-06-01", "2024-08-31")
    )
    assert (event_date.text, event_date.value) == ("This summer", "2024-SU")
    assert (event_date.start, event_date.end) == ("2024-06-01", "2024-08-31")
