"""The attribute ruler and lemmatizer as table look-ups give the shipped components' output."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger import nlp, token_attributes

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# Words the English rules treat apart: contractions over two tokens ("ai|n't", "gon|na",
# "let|'s", "y'|all"), an expletive's verb ("There's"), runs of white space and a tab.
AWKWARD = (
    "I ain't gonna wait, let's go. Y'all know it.  There's a vote; there are two.\n\n"
    "\tThe minister's aides c'mon   said it gets worse.  She got it, we've got ta run!\n"
    "MEPs were told: it's over.  Gotta say, they'd've agreed.\u00a0Fine.\n"
)


def _attributes(pipeline, texts):
    return [
        [(t.text, t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for t in doc]
        for doc in pipeline.pipe(texts)
    ]


@pytest.fixture(scope="module")
def pipelines():
    return nlp.assemble(table_attributes=True), nlp.assemble(table_attributes=False)


def test_the_table_replaces_the_two_components(pipelines):
    table, shipped = pipelines
    assert "newsledger_token_attributes" in table.pipe_names
    assert "attribute_ruler" not in table.pipe_names
    assert "lemmatizer" not in table.pipe_names
    assert "attribute_ruler" in shipped.pipe_names and "lemmatizer" in shipped.pipe_names


def test_same_attributes_as_the_shipped_components(pipelines):
    texts = [AWKWARD, AWKWARD.upper(), ""]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    table, shipped = pipelines
    # Twice: the second pass reads every word from the tables the first one filled.
    for _ in range(2):
        assert _attributes(table, texts) == _attributes(shipped, texts)


def test_contractions_keep_their_rule_lemmas(pipelines):
    table, _ = pipelines
    lemmas = {t.text: t.lemma_ for t in table("I ain't gonna go, let's see.")}
    assert lemmas["ai"] == "be" and lemmas["gon"] == "go" and lemmas["'s"] == "us"


def test_rules_it_cannot_read_leave_the_pipeline_as_shipped():
    pipeline = nlp.bare(cached=False)
    ruler = pipeline.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x"}, {"OP": "*"}]], {"LEMMA": "y"})  # an operator: not read here
    assert token_attributes.replace_in(pipeline) is False
    assert "attribute_ruler" in pipeline.pipe_names


def test_the_setting_turns_it_off(monkeypatch):
    from newsledger import settings

    monkeypatch.setenv("NEWSLEDGER_TABLE_ATTRIBUTES", "0")
    assert settings.table_attributes() is False
    monkeypatch.setenv("NEWSLEDGER_TABLE_ATTRIBUTES", "1")
    assert settings.table_attributes() is True


def test_tables_that_start_again_give_the_same_attributes(monkeypatch):
    """A table over its size limit is emptied mid-run: later words are worked out again."""
    monkeypatch.setattr(token_attributes, "_TABLE_LIMIT", 3)
    table = nlp.assemble(table_attributes=True)
    shipped = nlp.assemble(table_attributes=False)
    texts = [AWKWARD, "The envoys met twice. Their talks, held in two cities, ended."] * 2
    assert _attributes(table, texts) == _attributes(shipped, texts)
    component = table.get_pipe("newsledger_token_attributes")
    last = table("The envoys met.")
    assert 0 < len(component._effects) <= len(last)  # the run's other words were let go


def test_rule_lemmas_with_set_indexes_are_the_lemmatizers_own():
    """The set-index copy of spaCy's rule lemmatizer gives its first lemma on every token."""
    pipeline = nlp.bare(cached=False)
    lemmatizer = pipeline.get_pipe("lemmatizer")
    first = token_attributes._RuleLemmas.of(lemmatizer)
    assert first is not None
    texts = [AWKWARD] + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    with pipeline.select_pipes(disable=["lemmatizer"]):
        docs = list(pipeline.pipe(texts))
    tokens = [t for doc in docs for t in doc]
    assert len(tokens) > 1000
    assert [first(t) for t in tokens] == [lemmatizer.rule_lemmatize(t)[0] for t in tokens]


def test_a_language_with_its_own_rules_keeps_its_lemmatizer():
    from spacy.pipeline import Lemmatizer

    class Own(Lemmatizer):
        def rule_lemmatize(self, token):
            return ["x"]

    lemmatizer = nlp.bare(cached=False).get_pipe("lemmatizer")
    lemmatizer.__class__ = Own
    assert token_attributes._RuleLemmas.of(lemmatizer) is None
