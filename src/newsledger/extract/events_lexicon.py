"""The event lexicon: data/events.yaml read once into lookup tables for the event coder.

Keeping the knowledge in YAML lets analysts extend PLOVER coverage without touching code; this
module only turns the file into fast lemma -> categories / mode indexes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Lexicon:
    """Trigger and argument tables of the event coder, all keyed by lower-case lemma."""

    verbs: dict[str, tuple[str, ...]]
    nouns: dict[str, tuple[str, ...]]
    modes: dict[str, dict[str, str]]  # category -> lemma -> mode
    phrasal: dict[str, str]
    light_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    needs_support: frozenset[str]
    promise_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    obligation_modals: frozenset[str]
    actor_preps: frozenset[str]
    recipient_preps: frozenset[str]
    category_preps: dict[str, frozenset[str]]  # extra recipient prepositions per category
    agent_preps: frozenset[str]
    negators: frozenset[str]
    hypothetical_markers: frozenset[str]
    future_markers: frozenset[str]
    place_labels: frozenset[str]
    phrasal_bare: dict[str, tuple[str, str]] = field(default_factory=dict)  # -> (category, mode)
    person_object_verbs: frozenset[str] = field(default=frozenset())
    relation_nouns: frozenset[str] = field(default=frozenset())
    schedule_verbs: frozenset[str] = field(default=frozenset())
    agent_nouns: frozenset[str] = field(default=frozenset())

    def mode_for(self, category: str, lemmas: list[str]) -> str | None:
        """The first mode of `category` named by any of `lemmas` (trigger first, then modifiers)."""
        table = self.modes.get(category, {})
        for lemma in lemmas:
            if lemma in table:
                return table[lemma]
        return None


def _index(categories: dict[str, Any], key: str) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for category, entry in categories.items():
        for lemma in entry.get(key, []) or []:
            index.setdefault(str(lemma).lower(), []).append(category)
    return {lemma: tuple(cats) for lemma, cats in index.items()}


def build(data: dict[str, Any]) -> Lexicon:
    """Build the lookup tables from the parsed YAML (separate from loading so tests can vary it)."""
    categories = data["categories"]
    modes = {
        category: {
            str(lemma).lower(): mode
            for mode, lemmas in (entry.get("modes") or {}).items()
            for lemma in lemmas
        }
        for category, entry in categories.items()
    }

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return Lexicon(
        verbs=_index(categories, "verbs"),
        nouns=_index(categories, "nouns"),
        modes=modes,
        phrasal={k.lower(): v for k, v in (data.get("phrasal") or {}).items()},
        light_verbs=words("light_verbs"),
        occurrence_verbs=words("occurrence_verbs"),
        needs_support=words("needs_support"),
        promise_verbs=words("promise_verbs"),
        speech_verbs=words("speech_verbs"),
        attempt_verbs=words("attempt_verbs"),
        conditional_marks=words("conditional_marks"),
        obligation_modals=words("obligation_modals"),
        actor_preps=words("actor_preps"),
        recipient_preps=words("recipient_preps"),
        category_preps={
            category: frozenset(str(w).lower() for w in preps)
            for category, preps in (data.get("category_preps") or {}).items()
        },
        agent_preps=words("agent_preps"),
        negators=words("negators"),
        hypothetical_markers=words("hypothetical_markers"),
        future_markers=words("future_markers"),
        place_labels=frozenset(data.get("place_labels", [])),
        phrasal_bare={
            k.lower(): (str(v[0]), str(v[1])) for k, v in (data.get("phrasal_bare") or {}).items()
        },
        person_object_verbs=words("person_object_verbs"),
        relation_nouns=words("relation_nouns"),
        schedule_verbs=words("schedule_verbs"),
    )


def _agent_nouns() -> frozenset[str]:
    """Head nouns of PLOVER agent phrases (data/actors/agents.tsv): words that name people."""
    path = resources.files("newsledger").joinpath("data/actors/agents.tsv")
    if not path.is_file():
        return frozenset()
    heads = set()
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            heads.add(line.split("\t", 1)[0].split()[-1].lower())
    return frozenset(heads)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The shipped lexicon, parsed once per process."""
    text = resources.files("newsledger").joinpath("data/events.yaml").read_text("utf-8")
    lexicon = build(yaml.safe_load(text))
    return replace(lexicon, agent_nouns=_agent_nouns())
