"""Who an event's sources are (round 13): a source names someone who can speak. An unplaced
pronoun or a thing is no speaker (the outlet is left telling the event); a speaker's name that
closes a description is the speaker, speaking for the body whose inquiry they head; a bare
organisation name crediting the news as the press does is media; a possessive determiner is
only a pointer back; a place opening a body line with a colon is a dateline."""

from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.quotes import extract_quotes
from newsledger.model import Article
from newsledger.pipeline import analyze
from newsledger.resolve.roles import speaker_span


def _event(stages, body: str, kind: str):
    (article,) = analyze([Article(id="t", body=body, published="2024-04-08")], stages)
    return next(e for e in article.events if e.type == kind)


def _sources(event) -> list[tuple[str, str]]:
    return [(s.name, str(s.role)) for s in event.sources]


def _can_speak(text: str, phrase: str) -> bool:
    doc = nlp.load()(text)
    start = text.index(phrase)
    return speaker_span(doc, start, start + len(phrase))


# -- an unplaced pronoun is no speaker ---------------------------------------------------------


def test_an_unplaced_pronoun_gives_way_to_the_outlet(stages) -> None:
    body = "The bridge reopened on Monday. He said police had detained four protesters in Kestria."
    event = _event(stages, body, "COERCE")
    assert _sources(event) == [("the outlet", "outlet")]


def test_a_placed_pronoun_is_its_antecedent(stages) -> None:
    body = (
        "Kestria's foreign minister Ana Ruiz arrived on Monday. She said Rovena had expelled two "
        "Kestrian diplomats."
    )
    event = _event(stages, body, "SANCTION")
    assert ("Ana Ruiz", "other") in _sources(event)


@pytest.mark.parametrize("phrase", ["he", "which"])
def test_pronouns_alone_name_no_speaker(phrase: str) -> None:
    text = "Rovena and Kestria signed a trade plan, which calls for closer ties, and he said so."
    assert not _can_speak(text, phrase)


# -- a thing is no speaker ---------------------------------------------------------------------


def test_a_thing_cannot_vouch_for_an_event(stages) -> None:
    body = "The swabs could show that rebels had attacked the depot in Kestria."
    event = _event(stages, body, "ASSAULT")
    assert _sources(event) == [("the outlet", "outlet")]


def test_a_report_vouches_for_an_event(stages) -> None:
    body = "The inquiry's report showed that rebels had attacked the depot in Kestria."
    event = _event(stages, body, "ASSAULT")
    assert _sources(event) == [("The inquiry's report", "other")]


def test_a_nationality_speaks(stages) -> None:
    body = "Kestrians believe that Rovenan troops attacked the depot."
    event = _event(stages, body, "ASSAULT")
    assert ("Kestrians", "other") in _sources(event)


@pytest.mark.parametrize(
    ("phrase", "speaks"),
    [
        ("A broad trade pact", False),
        ("the swabs", False),
        ("the ministry", True),
        ("the county", True),
        ("a judicial source", True),
        ("the statement", True),
    ],
)
def test_who_can_speak(phrase: str, speaks: bool) -> None:
    text = f"{phrase} said that the border would stay closed."
    text = text[0].upper() + text[1:]
    assert _can_speak(text, text[: len(phrase)]) is speaks


# -- a name closing a description --------------------------------------------------------------


def test_a_name_closing_a_description_is_the_speaker(stages) -> None:
    body = (
        "The FBI questioned dozens of dockers in Port Vale. The head of the FBI inquiry in "
        "Port Vale, Milo Tervani, said the bureau had questioned dozens of dockers there."
    )
    event = _event(stages, body, "ACCUSE")
    assert ("Milo Tervani", "participant") in _sources(event)
    assert all("," not in name for name, _ in _sources(event))


def test_the_head_of_an_unowned_inquiry_speaks_for_no_participant(stages) -> None:
    body = (
        "The chief of the murder inquiry in Port Vale, Milo Tervani, said the FBI had questioned "
        "dozens of dockers there."
    )
    event = _event(stages, body, "ACCUSE")
    assert _sources(event) == [("Milo Tervani", "other")]


# -- "..., KTV reports." -----------------------------------------------------------------------


def test_a_bare_name_crediting_the_news_is_media(stages) -> None:
    body = "Police in Rovena arrested three smugglers on Monday, KTV reports."
    event = _event(stages, body, "COERCE")
    assert _sources(event) == [("KTV", "media")]


@pytest.mark.parametrize(
    "body",
    [
        "Police in Rovena arrested three smugglers on Monday, the Rovena Mining Company reports.",
        "Police in Rovena arrested three smugglers on Monday, KTV said.",
    ],
)
def test_a_named_body_or_a_past_report_is_not_the_press(stages, body: str) -> None:
    event = _event(stages, body, "COERCE")
    assert [role for _, role in _sources(event)] == ["other"]


# -- a possessive determiner points back -------------------------------------------------------


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_text for q in extract_quotes(nlp.load()(text))]


def test_a_possessive_determiner_points_to_its_clause_subject() -> None:
    speakers = _speakers("The two mayors kept their promise to reopen the bridge.")
    assert speakers == ["The two mayors"]


def test_a_possessive_determiner_disagreeing_with_the_subject_stays_for_coreference() -> None:
    speakers = _speakers("Officials ignored his warning that the dam would fail.")
    assert "his" in speakers
    assert speakers.count("Officials") <= 1  # the warning is not the officials'


# -- "Place: ..." opening a body line ----------------------------------------------------------


def test_a_place_opening_a_body_line_is_a_dateline() -> None:
    text = (
        "Police were on alert.\nNairobi: The Kestrian police on Monday arrested a suspended "
        "councillor from a court in the city."
    )
    assert "Nairobi" not in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kestria: troops will stay on the border\nThe talks stalled.",
        "Talks stall.\nKestria: we will not withdraw our troops from the border.",
    ],
)
def test_a_place_in_the_headline_or_in_its_own_voice_speaks(text: str) -> None:
    assert "Kestria" in _speakers(text)
