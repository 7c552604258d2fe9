"""The shared spaCy pipeline: a line break ends a sentence, a paragraph's second word does not."""

from __future__ import annotations

from newsledger import nlp
from newsledger.extract.events import extract_events


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in nlp.load()(text).sents if s.text.strip()]


def test_a_headline_without_full_stop_is_its_own_sentence():
    assert _sentences("Talks in Berlin\nThe chancellor met the president on Monday.") == [
        "Talks in Berlin",
        "The chancellor met the president on Monday.",
    ]


def test_a_one_word_subject_stays_with_its_verb_after_a_headline():
    doc = nlp.load()("Title here\n\nScholz met Merz on Tuesday.")
    assert "Scholz met Merz on Tuesday." in [s.text.strip() for s in doc.sents]
    events = extract_events(doc, [])
    assert [sorted(p.text for p in e.actors + e.recipients) for e in events] == [["Merz", "Scholz"]]


def test_a_one_word_line_stays_apart():
    assert _sentences("Photo\nThe minister arrived in Oslo.") == [
        "Photo",
        "The minister arrived in Oslo.",
    ]


def test_pipeline_is_loaded_once():
    assert nlp.load() is nlp.load()


def test_bench_parses_with_the_package_as_shipped():
    """`bench` compares ingest with spaCy alone: newsledger's own components are not in it."""
    from newsledger import nlp

    assert "newsledger_paragraphs" in nlp.load().pipe_names
    assert "newsledger_paragraphs" not in nlp.bare().pipe_names
    assert "newsledger_token_attributes" not in nlp.bare().pipe_names
    assert nlp.bare() is nlp.bare()  # loaded once
    shipped = nlp.assemble(table_attributes=False).pipe_names
    ours = ("newsledger_paragraphs", "newsledger_entity_edges")
    assert [p for p in shipped if p not in ours] == nlp.bare().pipe_names


def test_a_dateline_belongs_to_the_sentence_it_opens():
    """The parser would cut after the capitalised place; the dateline and its first
    sentence stay one."""
    opening = "ELMIRA, N.Y. (Wire) — State troopers detained two men on Sunday."
    text = "Flood barriers ordered\n\n" + opening
    assert _sentences(text)[-1] == opening


def test_a_line_opening_in_capitals_with_no_dateline_splits_as_usual():
    text = "Summit ends\n\nNATO envoys met in Riga on Monday. They agreed on a plan."
    assert _sentences(text)[-2:] == ["NATO envoys met in Riga on Monday.", "They agreed on a plan."]


def test_the_pipeline_is_loaded_once_however_it_is_named():
    """Stages.load() asks for `nlp.load()` and the parse for `nlp.load(None)`: one pipeline,
    not a second copy loaded (and held in memory) on the first parse."""
    from newsledger import settings

    first = nlp.load()
    assert nlp.load(None) is first
    assert nlp.load(settings.spacy_model()) is first
