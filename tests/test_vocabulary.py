"""The event vocabulary is data: a new category is a YAML entry, and a bad entry is refused.

A toy category ("TAUNT", triggered by "mock") in an extra vocabulary file is coded end to end
by the real pipeline; typos (an unknown trait, key, event type or mode) stop the load with an
error that names the file and the entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsledger.errors import ConfigError
from newsledger.extract import events_lexicon
from newsledger.model import Article
from newsledger.pipeline import Stages, analyze

TOY = {
    "categories": {
        "TAUNT": {
            "quad": 3,
            "traits": ["message"],
            "verbs": ["mock", "taunt"],
            "nouns": ["taunt"],
            "modes": {"public": ["publicly", "openly"]},
        }
    },
    "phrasal": {"poke fun": "TAUNT"},
}
SENTENCE = "French President Emmanuel Macron mocked German Chancellor Olaf Scholz on Tuesday."


def _vocab(tmp_path: Path, data: dict, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data))
    return path


def test_a_toy_category_is_coded_end_to_end(tmp_path, stages):
    toy = Stages.load(vocabulary=[_vocab(tmp_path, TOY)])
    assert toy.kb is stages.kb  # the actor base is shared, only the vocabulary differs
    article = Article(id="t", body=SENTENCE, published="2024-06-12")
    (event,) = [e for e in next(analyze([article], toy)).events if e.type == "TAUNT"]
    assert [a.name for a in event.actors] == ["Emmanuel Macron"]
    assert [r.name for r in event.recipients] == ["Olaf Scholz"]
    assert event.date is not None and event.date.start == "2024-06-11"
    assert event.status == "reported"
    # The shipped vocabulary knows no such category: the same text codes no TAUNT.
    shipped = next(analyze([Article(id="s", body=SENTENCE, published="2024-06-12")], stages))
    assert all(e.type != "TAUNT" for e in shipped.events)


def test_the_toy_category_joins_the_table_with_its_traits(tmp_path):
    lexicon = events_lexicon.load([_vocab(tmp_path, TOY)])
    taunt = lexicon.categories["TAUNT"]
    assert taunt.quad == 3 and taunt.verbs == ("mock", "taunt")
    assert "TAUNT" in lexicon.having("message") and "TAUNT" not in lexicon.having("symmetric")
    assert lexicon.verbs["mock"] == ("TAUNT",)
    assert lexicon.mode_for("TAUNT", ["openly"]) == "public"
    assert lexicon.phrasal["poke fun"] == "TAUNT"
    assert lexicon.check_type("TAUNT") == "TAUNT"
    # The shipped categories are all still there, unchanged.
    shipped = events_lexicon.load([])
    assert set(shipped.categories) < set(lexicon.categories)
    assert lexicon.categories["CONSULT"] == shipped.categories["CONSULT"]


def test_the_environment_names_extra_vocabulary_files(tmp_path, monkeypatch):
    monkeypatch.setenv(events_lexicon.VOCAB_ENV, str(_vocab(tmp_path, TOY)))
    assert "TAUNT" in events_lexicon.load().categories
    monkeypatch.delenv(events_lexicon.VOCAB_ENV)
    assert "TAUNT" not in events_lexicon.load().categories


def test_an_extra_file_adds_words_to_a_shipped_category(tmp_path):
    extra = {"categories": {"CONSULT": {"verbs": ["huddle"], "modes": {"phone": ["zoom"]}}}}
    lexicon = events_lexicon.load([_vocab(tmp_path, extra)])
    assert lexicon.verbs["huddle"] == ("CONSULT",)
    assert lexicon.mode_for("CONSULT", ["zoom"]) == "phone"
    assert lexicon.mode_for("CONSULT", ["telephone"]) == "phone"  # shipped words stay
    assert lexicon.categories["CONSULT"].quad == 1


def test_shipped_traits_drive_the_coder():
    lexicon = events_lexicon.load([])
    assert lexicon.having("symmetric") == {"CONSULT", "AGREE", "COOPERATE", "COMMUNICATE"}
    assert lexicon.asked_mode("CONSULT") == "meet" and lexicon.asked_mode("ASSAULT") is None
    # Every mode a REQUEST or REJECT can take from the act asked for is one it allows.
    asked = {c.asked_mode for c in lexicon.categories.values() if c.asked_mode}
    for name in lexicon.having("asks"):
        assert asked <= set(lexicon.categories[name].modes)
    with pytest.raises(KeyError):
        lexicon.having("symetric")
    with pytest.raises(ConfigError, match="'TAUNT'"):
        lexicon.check_type("TAUNT")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"categories": {"TAUNT": {**TOY["categories"]["TAUNT"], "traits": ["rude"]}}},
            r"categories\.TAUNT: unknown traits \['rude'\]",
        ),
        (
            {"categories": {"TAUNT": {**TOY["categories"]["TAUNT"], "verb": ["mock"]}}},
            r"categories\.TAUNT: unknown keys \['verb'\]",
        ),
        ({"categories": {"TAUNT": {"verbs": ["mock"]}}}, r"categories\.TAUNT: no quad class"),
        (
            {"categories": {"TAUNT": {**TOY["categories"]["TAUNT"], "quad": 7}}},
            r"categories\.TAUNT: quad must be one of",
        ),
        (
            {"categories": {}, "phrasal": {"poke fun": "TAUNT"}},
            r"phrasal\.poke fun: unknown event type 'TAUNT'",
        ),
        (
            {"categories": {}, "phrasal_bare": {"drop by": ["CONSULT", "dinner"]}},
            r"phrasal_bare\.drop by: CONSULT has no mode dinner",
        ),
        (
            {"categories": {}, "category_preps": {"TAUNTS": ["at"]}},
            r"category_preps\.TAUNTS: unknown event type",
        ),
        (
            {"categories": {"TAUNT": {**TOY["categories"]["TAUNT"], "asked_mode": "mockery"}}},
            r"categories\.TAUNT: asked_mode 'mockery' is not a mode of",
        ),
        ({"categories": {}, "light_verb": ["do"]}, r"unknown top-level entries \['light_verb'\]"),
    ],
)
def test_a_bad_entry_names_the_file_and_the_entry(tmp_path, change, message):
    path = _vocab(tmp_path, change, "bad.yaml")
    with pytest.raises(ConfigError, match=message) as caught:
        events_lexicon.load([path])
    assert str(caught.value).startswith(f"{path}: ")


def test_an_unreadable_vocabulary_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="missing.yaml"):
        events_lexicon.load([tmp_path / "missing.yaml"])
    broken = tmp_path / "broken.yaml"
    broken.write_text("categories: [unclosed\n")
    with pytest.raises(ConfigError, match="broken.yaml"):
        events_lexicon.load([broken])


def test_the_coder_needs_its_rule_categories():
    data = yaml.safe_load(
        (Path(events_lexicon.__file__).parents[1] / "data" / "events.yaml").read_text("utf-8")
    )
    del data["categories"]["THREATEN"]
    data["phrasal"] = {k: v for k, v in data["phrasal"].items() if v != "THREATEN"}
    data["category_preps"].pop("THREATEN", None)
    with pytest.raises(ConfigError, match=r"missing \['THREATEN'\]"):
        events_lexicon.build(data, "events.yaml")
