"""The event vocabulary: data/events.yaml (plus extra files) read once into checked tables.

Keeping the knowledge in YAML lets analysts extend PLOVER coverage without touching code: a new
event category is a new entry (its trigger words, modes and traits), not a new frozenset in
several modules. This module turns the files into one typed table of categories and fast
lemma -> categories / mode indexes, and refuses a file with an unknown trait, key, category or
mode, naming the file and entry, rather than letting a typo silently code nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsledger.errors import ConfigError

SHIPPED = "data/events.yaml"
# More vocabulary files, separated by os.pathsep, read on top of the shipped one.
VOCAB_ENV = "NEWSLEDGER_EVENTS_VOCAB"

# What each trait makes the coder (extract/events.py) or a later stage do with a category.
TRAITS = {
    "symmetric": "both sides are actors ('X met Y'); no recipient",
    "promisable": "promised or announced for the future it is an AGREE",
    "willing": "declared willing or committed to, it is an AGREE",
    "negated-rejects": "negated ('did not agree'), it is a REJECT",
    "violent": "vowed ('vowed to fight'), the vow is a THREATEN",
    "harmful": "announced for the future under a condition, it is a THREATEN",
    "physical": "done to things in a place: the place of its object is the event's",
    "targets-at": "'at X' names its target, not its place ('fired at X')",
    "addressed": "its target may be the subject of the clause it states ('demanded that X go')",
    "asks": "takes its mode from the act it asks for or refuses (the asked_mode of that act)",
    "message": "a reply may answer it (resolve/replies.py)",
    "about": "'about/on X' says what it was about (extract/topics.py)",
    "contact": "a next sentence may elaborate its subject matter (extract/topics.py)",
    "act": "its subject matter may sit on the act agreed or asked for (extract/topics.py)",
    "directed": "goes to someone ('sent aid to X'): with no recipient (nor place) no event",
    "deliberate": "done on purpose by someone: a thing as its doer ('floods destroyed homes') "
    "does nothing",
}
QUAD_CLASSES = frozenset({0, 1, 2, 3, 4})
# The categories the coder's rules produce by name ("did not agree" is a REJECT, "vowed to
# fight" a THREATEN, "said in a letter" a COMMUNICATE, "said that X must" a REQUEST).
RULE_CATEGORIES = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST", "CONSULT", "COMMUNICATE"})
CATEGORY_KEYS = frozenset({"quad", "traits", "asked_mode", "verbs", "nouns", "modes"})
WORD_LISTS = (
    "light_verbs",
    "occurrence_verbs",
    "needs_support",
    "promise_verbs",
    "speech_verbs",
    "attempt_verbs",
    "conditional_marks",
    "obligation_modals",
    "actor_preps",
    "recipient_preps",
    "agent_preps",
    "negators",
    "hypothetical_markers",
    "future_markers",
    "place_labels",
    "person_object_verbs",
    "acceptance_verbs",
    "verbal_attack_verbs",
    "question_verbs",
    "offer_verbs",
    "dismissal_verbs",
    "invitation_verbs",
    "reply_verbs",
    "relation_nouns",
    "schedule_verbs",
    "telling_verbs",
    "contact_object_verbs",
    "presence_verbs",
    "topic_object_verbs",
    "report_nouns",
    "furniture_labels",
    "generic_people",
    "characterising_verbs",
    "open_forum_modifiers",
    "negative_implicatives",
    "people_nouns",
    "transfer_verbs",
    "goods_nouns",
    "measure_nouns",
    "aim_verbs",
    "captive_verbs",
    "captor_verbs",
    "warning_verbs",
    "polity_nouns",
    "obstruct_verbs",
    "attitude_verbs",
    "object_only_verbs",
    "property_verbs",
    "other_verb_phrases",
    "signing_verbs",
    "force_verbs",
    "dispatch_verbs",
    "receipt_phrases",
    "cargo_nouns",
    "arrival_verbs",
    "proposal_nouns",
    "undergoing_verbs",
    "gaining_verbs",
    "matter_nouns",
    "duty_words",
    "meeting_modifiers",
    "call_verbs",
    "audience_nouns",
    "enforcer_nouns",
    "crowd_numbers",
    "official_protest_verbs",
    "office_nouns",
    "universal_people",
    "page_part_nouns",
    "page_pointers",
    "complaint_modifiers",
    "lodging_verbs",
    "opponent_verbs",
    "firing_verbs",
    "repression_verbs",
    "publishing_verbs",
    "injury_verbs",
    "instrument_nouns",
    "capacity_nouns",
    "aim_words",
    "suggestion_verbs",
    "relation_verbs",
    "need_verbs",
    "commitment_verbs",
    "candidacy_nouns",
    "other_noun_phrases",
    "information_nouns",
    "conversation_verbs",
    "assent_verbs",
    "possibility_adjectives",
    "trial_verbs",
    "press_nouns",
    "masthead_words",
    "press_contact_verbs",
    "vehicle_nouns",
    "road_user_nouns",
    "accident_nouns",
    "contest_nouns",
    "electoral_nouns",
    "winning_verbs",
    "rival_nouns",
    "speech_attack_words",
    "feeling_nouns",
    "campaign_words",
    "won_nouns",
    "memory_verbs",
    "rule_nouns",
    "bill_nouns",
    "margin_nouns",
    "prevention_verbs",
    "withholding_verbs",
    "breach_verbs",
    "danger_nouns",
    "money_nouns",
    "pledge_verbs",
    "voter_nouns",
    "theme_nouns",
    "verbal_settings",
    "text_nouns",
    "untrue_tale_nouns",
    "tale_nouns",
    "untrue_markers",
    "sending_verbs",
    "tally_words",
    "desire_verbs",
    "count_words",
    "evidencing_verbs",
    "common_verbs",
    "happening_nouns",
    "possibility_nouns",
    "anonymity_nouns",
    "identifying_verbs",
    "search_verbs",
    "recognition_words",
    "event_role_nouns",
    "keeping_verbs",
    "permission_verbs",
    "restriction_verbs",
    "meaning_verbs",
    "held_relation_nouns",
    "holding_verbs",
    "tribute_nouns",
    "post_nouns",
    "swap_verbs",
    "sight_nouns",
    "reply_nouns",
    "speaking_verbs",
    "gathering_verbs",
    "position_nouns",
    "striking_verbs",
    "plea_verbs",
    "plea_words",
    "question_nouns",
    "standing_nouns",
    "enactment_nouns",
    "parade_nouns",
    "hijack_verbs",
    "craft_nouns",
    "abandoning_verbs",
    "issuing_verbs",
)
TABLES = ("phrasal", "phrasal_bare", "contact_verbs", "category_preps", "object_senses")
TOP_KEYS = frozenset({"categories", *WORD_LISTS, *TABLES})


@dataclass(frozen=True)
class Category:
    """One event category: its trigger words, the modes it allows and how it is treated."""

    name: str
    quad: int
    traits: frozenset[str]
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    modes: Mapping[str, tuple[str, ...]]  # every allowed mode -> the lemmas that set it
    asked_mode: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """The category table plus the coder's trigger and argument tables, keyed by lower lemma."""

    categories: Mapping[str, Category]
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
    acceptance_verbs: frozenset[str] = field(default=frozenset())
    verbal_attack_verbs: frozenset[str] = field(default=frozenset())
    question_verbs: frozenset[str] = field(default=frozenset())
    offer_verbs: frozenset[str] = field(default=frozenset())
    dismissal_verbs: frozenset[str] = field(default=frozenset())
    invitation_verbs: frozenset[str] = field(default=frozenset())
    reply_verbs: frozenset[str] = field(default=frozenset())
    relation_nouns: frozenset[str] = field(default=frozenset())
    schedule_verbs: frozenset[str] = field(default=frozenset())
    telling_verbs: frozenset[str] = field(default=frozenset())
    contact_object_verbs: frozenset[str] = field(default=frozenset())
    presence_verbs: frozenset[str] = field(default=frozenset())
    topic_object_verbs: frozenset[str] = field(default=frozenset())
    report_nouns: frozenset[str] = field(default=frozenset())
    furniture_labels: frozenset[str] = field(default=frozenset())
    generic_people: frozenset[str] = field(default=frozenset())
    characterising_verbs: frozenset[str] = field(default=frozenset())
    open_forum_modifiers: frozenset[str] = field(default=frozenset())
    negative_implicatives: frozenset[str] = field(default=frozenset())
    people_nouns: frozenset[str] = field(default=frozenset())
    transfer_verbs: frozenset[str] = field(default=frozenset())
    captive_verbs: frozenset[str] = field(default=frozenset())
    captor_verbs: frozenset[str] = field(default=frozenset())
    warning_verbs: frozenset[str] = field(default=frozenset())
    polity_nouns: frozenset[str] = field(default=frozenset())
    obstruct_verbs: frozenset[str] = field(default=frozenset())
    attitude_verbs: frozenset[str] = field(default=frozenset())
    object_only_verbs: frozenset[str] = field(default=frozenset())
    property_verbs: frozenset[str] = field(default=frozenset())
    other_verb_phrases: frozenset[str] = field(default=frozenset())
    conversation_verbs: frozenset[str] = field(default=frozenset())
    assent_verbs: frozenset[str] = field(default=frozenset())
    possibility_adjectives: frozenset[str] = field(default=frozenset())
    trial_verbs: frozenset[str] = field(default=frozenset())
    signing_verbs: frozenset[str] = field(default=frozenset())
    force_verbs: frozenset[str] = field(default=frozenset())
    dispatch_verbs: frozenset[str] = field(default=frozenset())
    receipt_phrases: frozenset[str] = field(default=frozenset())
    cargo_nouns: frozenset[str] = field(default=frozenset())
    arrival_verbs: frozenset[str] = field(default=frozenset())
    proposal_nouns: frozenset[str] = field(default=frozenset())
    undergoing_verbs: frozenset[str] = field(default=frozenset())
    gaining_verbs: frozenset[str] = field(default=frozenset())
    matter_nouns: frozenset[str] = field(default=frozenset())
    duty_words: frozenset[str] = field(default=frozenset())
    meeting_modifiers: frozenset[str] = field(default=frozenset())
    call_verbs: frozenset[str] = field(default=frozenset())
    audience_nouns: frozenset[str] = field(default=frozenset())
    enforcer_nouns: frozenset[str] = field(default=frozenset())
    crowd_numbers: frozenset[str] = field(default=frozenset())
    official_protest_verbs: frozenset[str] = field(default=frozenset())
    office_nouns: frozenset[str] = field(default=frozenset())
    universal_people: frozenset[str] = field(default=frozenset())
    page_part_nouns: frozenset[str] = field(default=frozenset())
    page_pointers: frozenset[str] = field(default=frozenset())
    complaint_modifiers: frozenset[str] = field(default=frozenset())
    lodging_verbs: frozenset[str] = field(default=frozenset())
    opponent_verbs: frozenset[str] = field(default=frozenset())
    firing_verbs: frozenset[str] = field(default=frozenset())
    repression_verbs: frozenset[str] = field(default=frozenset())
    publishing_verbs: frozenset[str] = field(default=frozenset())
    injury_verbs: frozenset[str] = field(default=frozenset())
    instrument_nouns: frozenset[str] = field(default=frozenset())
    capacity_nouns: frozenset[str] = field(default=frozenset())
    aim_words: frozenset[str] = field(default=frozenset())
    suggestion_verbs: frozenset[str] = field(default=frozenset())
    relation_verbs: frozenset[str] = field(default=frozenset())
    need_verbs: frozenset[str] = field(default=frozenset())
    commitment_verbs: frozenset[str] = field(default=frozenset())
    candidacy_nouns: frozenset[str] = field(default=frozenset())
    other_noun_phrases: frozenset[str] = field(default=frozenset())
    information_nouns: frozenset[str] = field(default=frozenset())
    press_nouns: frozenset[str] = field(default=frozenset())
    masthead_words: frozenset[str] = field(default=frozenset())
    press_contact_verbs: frozenset[str] = field(default=frozenset())
    vehicle_nouns: frozenset[str] = field(default=frozenset())
    road_user_nouns: frozenset[str] = field(default=frozenset())
    accident_nouns: frozenset[str] = field(default=frozenset())
    contest_nouns: frozenset[str] = field(default=frozenset())
    electoral_nouns: frozenset[str] = field(default=frozenset())
    winning_verbs: frozenset[str] = field(default=frozenset())
    rival_nouns: frozenset[str] = field(default=frozenset())
    speech_attack_words: frozenset[str] = field(default=frozenset())
    feeling_nouns: frozenset[str] = field(default=frozenset())
    campaign_words: frozenset[str] = field(default=frozenset())
    won_nouns: frozenset[str] = field(default=frozenset())
    memory_verbs: frozenset[str] = field(default=frozenset())
    rule_nouns: frozenset[str] = field(default=frozenset())
    bill_nouns: frozenset[str] = field(default=frozenset())
    margin_nouns: frozenset[str] = field(default=frozenset())
    prevention_verbs: frozenset[str] = field(default=frozenset())
    withholding_verbs: frozenset[str] = field(default=frozenset())
    breach_verbs: frozenset[str] = field(default=frozenset())
    danger_nouns: frozenset[str] = field(default=frozenset())
    money_nouns: frozenset[str] = field(default=frozenset())
    pledge_verbs: frozenset[str] = field(default=frozenset())
    voter_nouns: frozenset[str] = field(default=frozenset())
    theme_nouns: frozenset[str] = field(default=frozenset())
    verbal_settings: frozenset[str] = field(default=frozenset())
    text_nouns: frozenset[str] = field(default=frozenset())
    untrue_tale_nouns: frozenset[str] = field(default=frozenset())
    tale_nouns: frozenset[str] = field(default=frozenset())
    untrue_markers: frozenset[str] = field(default=frozenset())
    sending_verbs: frozenset[str] = field(default=frozenset())
    tally_words: frozenset[str] = field(default=frozenset())
    desire_verbs: frozenset[str] = field(default=frozenset())
    count_words: frozenset[str] = field(default=frozenset())
    evidencing_verbs: frozenset[str] = field(default=frozenset())
    common_verbs: frozenset[str] = field(default=frozenset())
    happening_nouns: frozenset[str] = field(default=frozenset())
    possibility_nouns: frozenset[str] = field(default=frozenset())
    anonymity_nouns: frozenset[str] = field(default=frozenset())
    identifying_verbs: frozenset[str] = field(default=frozenset())
    search_verbs: frozenset[str] = field(default=frozenset())
    recognition_words: frozenset[str] = field(default=frozenset())
    event_role_nouns: frozenset[str] = field(default=frozenset())
    keeping_verbs: frozenset[str] = field(default=frozenset())
    permission_verbs: frozenset[str] = field(default=frozenset())
    restriction_verbs: frozenset[str] = field(default=frozenset())
    meaning_verbs: frozenset[str] = field(default=frozenset())
    held_relation_nouns: frozenset[str] = field(default=frozenset())
    holding_verbs: frozenset[str] = field(default=frozenset())
    tribute_nouns: frozenset[str] = field(default=frozenset())
    post_nouns: frozenset[str] = field(default=frozenset())
    swap_verbs: frozenset[str] = field(default=frozenset())
    sight_nouns: frozenset[str] = field(default=frozenset())
    reply_nouns: frozenset[str] = field(default=frozenset())
    speaking_verbs: frozenset[str] = field(default=frozenset())
    gathering_verbs: frozenset[str] = field(default=frozenset())
    position_nouns: frozenset[str] = field(default=frozenset())
    striking_verbs: frozenset[str] = field(default=frozenset())
    plea_verbs: frozenset[str] = field(default=frozenset())
    plea_words: frozenset[str] = field(default=frozenset())
    question_nouns: frozenset[str] = field(default=frozenset())
    standing_nouns: frozenset[str] = field(default=frozenset())
    enactment_nouns: frozenset[str] = field(default=frozenset())
    parade_nouns: frozenset[str] = field(default=frozenset())
    hijack_verbs: frozenset[str] = field(default=frozenset())
    craft_nouns: frozenset[str] = field(default=frozenset())
    abandoning_verbs: frozenset[str] = field(default=frozenset())
    issuing_verbs: frozenset[str] = field(default=frozenset())
    # verb -> its category with an object or passive subject (None: no event in that sense)
    object_senses: dict[str, str | None] = field(default_factory=dict)
    goods_nouns: frozenset[str] = field(default=frozenset())
    measure_nouns: frozenset[str] = field(default=frozenset())
    aim_verbs: frozenset[str] = field(default=frozenset())
    # A verb that is a contact when it takes someone as object ("called X"): -> (category, mode)
    contact_verbs: dict[str, tuple[str, str]] = field(default_factory=dict)
    agent_nouns: frozenset[str] = field(default=frozenset())
    with_trait: dict[str, frozenset[str]] = field(default_factory=dict)  # trait -> categories

    def having(self, trait: str) -> frozenset[str]:
        """The categories with `trait` (a name from TRAITS)."""
        if trait not in TRAITS:
            raise KeyError(f"unknown event trait {trait!r}")
        return self.with_trait.get(trait, frozenset())

    def asked_mode(self, category: str) -> str | None:
        """The mode of a request for (or refusal of) an act of `category`."""
        known = self.categories.get(category)
        return known.asked_mode if known else None

    def mode_for(self, category: str, lemmas: list[str]) -> str | None:
        """The first mode of `category` named by any of `lemmas` (trigger first, then modifiers)."""
        table = self.modes.get(category, {})
        for lemma in lemmas:
            if lemma in table:
                return table[lemma]
        return None

    def check_type(self, category: str) -> str:
        """`category` itself when the table has it; a ConfigError naming it otherwise."""
        if category not in self.categories:
            raise ConfigError(f"event type {category!r} is not in the event vocabulary")
        return category


def _words(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(v).lower() for v in values or ())


def _category(name: str, entry: dict[str, Any]) -> Category:
    modes = entry.get("modes") or {}
    return Category(
        name=name,
        quad=entry.get("quad"),
        traits=frozenset(entry.get("traits") or ()),
        verbs=_words(entry.get("verbs")),
        nouns=_words(entry.get("nouns")),
        modes={str(mode): _words(lemmas) for mode, lemmas in modes.items()},
        asked_mode=entry.get("asked_mode"),
    )


def _table(data: dict[str, Any]) -> dict[str, Category]:
    return {name: _category(name, entry) for name, entry in data["categories"].items()}


def _index(categories: Iterable[Category], key: str) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for category in categories:
        for lemma in getattr(category, key):
            index.setdefault(lemma, []).append(category.name)
    return {lemma: tuple(cats) for lemma, cats in index.items()}


def build(data: dict[str, Any], source: str = "<data>") -> Lexicon:
    """Build the checked tables from parsed YAML (separate from loading so tests can vary it)."""
    _check_shape(data, source)
    table = _table(data)
    _check_references(data, source, table)
    missing = RULE_CATEGORIES - set(table)
    if missing:
        raise ConfigError(f"{source}: categories: missing {sorted(missing)}, the coder needs them")
    cats = list(table.values())

    def words(key: str) -> frozenset[str]:
        return frozenset(_words(data.get(key)))

    return Lexicon(
        categories=table,
        verbs=_index(cats, "verbs"),
        nouns=_index(cats, "nouns"),
        modes={
            c.name: {lemma: mode for mode, lemmas in c.modes.items() for lemma in lemmas}
            for c in cats
        },
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
            category: frozenset(_words(preps))
            for category, preps in (data.get("category_preps") or {}).items()
        },
        agent_preps=words("agent_preps"),
        negators=words("negators"),
        hypothetical_markers=words("hypothetical_markers"),
        future_markers=words("future_markers"),
        place_labels=frozenset(data.get("place_labels") or ()),
        phrasal_bare={
            k.lower(): (str(v[0]), str(v[1])) for k, v in (data.get("phrasal_bare") or {}).items()
        },
        person_object_verbs=words("person_object_verbs"),
        acceptance_verbs=words("acceptance_verbs"),
        verbal_attack_verbs=words("verbal_attack_verbs"),
        question_verbs=words("question_verbs"),
        offer_verbs=words("offer_verbs"),
        dismissal_verbs=words("dismissal_verbs"),
        invitation_verbs=words("invitation_verbs"),
        reply_verbs=words("reply_verbs"),
        relation_nouns=words("relation_nouns"),
        schedule_verbs=words("schedule_verbs"),
        telling_verbs=words("telling_verbs"),
        contact_object_verbs=words("contact_object_verbs"),
        presence_verbs=words("presence_verbs"),
        topic_object_verbs=words("topic_object_verbs"),
        report_nouns=words("report_nouns"),
        furniture_labels=words("furniture_labels"),
        generic_people=words("generic_people"),
        characterising_verbs=words("characterising_verbs"),
        open_forum_modifiers=words("open_forum_modifiers"),
        negative_implicatives=words("negative_implicatives"),
        people_nouns=words("people_nouns"),
        transfer_verbs=words("transfer_verbs"),
        goods_nouns=words("goods_nouns"),
        measure_nouns=words("measure_nouns"),
        aim_verbs=words("aim_verbs"),
        captive_verbs=words("captive_verbs"),
        captor_verbs=words("captor_verbs"),
        warning_verbs=words("warning_verbs"),
        polity_nouns=words("polity_nouns"),
        obstruct_verbs=words("obstruct_verbs"),
        attitude_verbs=words("attitude_verbs"),
        object_only_verbs=words("object_only_verbs"),
        property_verbs=words("property_verbs"),
        other_verb_phrases=words("other_verb_phrases"),
        conversation_verbs=words("conversation_verbs"),
        assent_verbs=words("assent_verbs"),
        possibility_adjectives=words("possibility_adjectives"),
        trial_verbs=words("trial_verbs"),
        signing_verbs=words("signing_verbs"),
        force_verbs=words("force_verbs"),
        dispatch_verbs=words("dispatch_verbs"),
        receipt_phrases=words("receipt_phrases"),
        cargo_nouns=words("cargo_nouns"),
        arrival_verbs=words("arrival_verbs"),
        proposal_nouns=words("proposal_nouns"),
        undergoing_verbs=words("undergoing_verbs"),
        gaining_verbs=words("gaining_verbs"),
        matter_nouns=words("matter_nouns"),
        duty_words=words("duty_words"),
        meeting_modifiers=words("meeting_modifiers"),
        call_verbs=words("call_verbs"),
        audience_nouns=words("audience_nouns"),
        enforcer_nouns=words("enforcer_nouns"),
        crowd_numbers=words("crowd_numbers"),
        official_protest_verbs=words("official_protest_verbs"),
        office_nouns=words("office_nouns"),
        universal_people=words("universal_people"),
        page_part_nouns=words("page_part_nouns"),
        page_pointers=words("page_pointers"),
        complaint_modifiers=words("complaint_modifiers"),
        lodging_verbs=words("lodging_verbs"),
        opponent_verbs=words("opponent_verbs"),
        firing_verbs=words("firing_verbs"),
        repression_verbs=words("repression_verbs"),
        publishing_verbs=words("publishing_verbs"),
        injury_verbs=words("injury_verbs"),
        instrument_nouns=words("instrument_nouns"),
        capacity_nouns=words("capacity_nouns"),
        aim_words=words("aim_words"),
        suggestion_verbs=words("suggestion_verbs"),
        relation_verbs=words("relation_verbs"),
        need_verbs=words("need_verbs"),
        commitment_verbs=words("commitment_verbs"),
        candidacy_nouns=words("candidacy_nouns"),
        other_noun_phrases=words("other_noun_phrases"),
        information_nouns=words("information_nouns"),
        press_nouns=words("press_nouns"),
        masthead_words=words("masthead_words"),
        press_contact_verbs=words("press_contact_verbs"),
        vehicle_nouns=words("vehicle_nouns"),
        road_user_nouns=words("road_user_nouns"),
        accident_nouns=words("accident_nouns"),
        contest_nouns=words("contest_nouns"),
        electoral_nouns=words("electoral_nouns"),
        winning_verbs=words("winning_verbs"),
        rival_nouns=words("rival_nouns"),
        speech_attack_words=words("speech_attack_words"),
        feeling_nouns=words("feeling_nouns"),
        campaign_words=words("campaign_words"),
        won_nouns=words("won_nouns"),
        memory_verbs=words("memory_verbs"),
        rule_nouns=words("rule_nouns"),
        bill_nouns=words("bill_nouns"),
        margin_nouns=words("margin_nouns"),
        prevention_verbs=words("prevention_verbs"),
        withholding_verbs=words("withholding_verbs"),
        breach_verbs=words("breach_verbs"),
        danger_nouns=words("danger_nouns"),
        money_nouns=words("money_nouns"),
        pledge_verbs=words("pledge_verbs"),
        voter_nouns=words("voter_nouns"),
        theme_nouns=words("theme_nouns"),
        verbal_settings=words("verbal_settings"),
        text_nouns=words("text_nouns"),
        untrue_tale_nouns=words("untrue_tale_nouns"),
        tale_nouns=words("tale_nouns"),
        untrue_markers=words("untrue_markers"),
        sending_verbs=words("sending_verbs"),
        tally_words=words("tally_words"),
        desire_verbs=words("desire_verbs"),
        count_words=words("count_words"),
        evidencing_verbs=words("evidencing_verbs"),
        common_verbs=words("common_verbs"),
        happening_nouns=words("happening_nouns"),
        possibility_nouns=words("possibility_nouns"),
        anonymity_nouns=words("anonymity_nouns"),
        identifying_verbs=words("identifying_verbs"),
        search_verbs=words("search_verbs"),
        recognition_words=words("recognition_words"),
        event_role_nouns=words("event_role_nouns"),
        keeping_verbs=words("keeping_verbs"),
        permission_verbs=words("permission_verbs"),
        restriction_verbs=words("restriction_verbs"),
        meaning_verbs=words("meaning_verbs"),
        held_relation_nouns=words("held_relation_nouns"),
        holding_verbs=words("holding_verbs"),
        tribute_nouns=words("tribute_nouns"),
        post_nouns=words("post_nouns"),
        swap_verbs=words("swap_verbs"),
        sight_nouns=words("sight_nouns"),
        reply_nouns=words("reply_nouns"),
        speaking_verbs=words("speaking_verbs"),
        gathering_verbs=words("gathering_verbs"),
        position_nouns=words("position_nouns"),
        striking_verbs=words("striking_verbs"),
        plea_verbs=words("plea_verbs"),
        plea_words=words("plea_words"),
        question_nouns=words("question_nouns"),
        standing_nouns=words("standing_nouns"),
        enactment_nouns=words("enactment_nouns"),
        parade_nouns=words("parade_nouns"),
        hijack_verbs=words("hijack_verbs"),
        craft_nouns=words("craft_nouns"),
        abandoning_verbs=words("abandoning_verbs"),
        issuing_verbs=words("issuing_verbs"),
        object_senses={
            k.lower(): (str(v) if v else None) for k, v in (data.get("object_senses") or {}).items()
        },
        contact_verbs={
            k.lower(): (str(v[0]), str(v[1])) for k, v in (data.get("contact_verbs") or {}).items()
        },
        with_trait={
            trait: frozenset(c.name for c in cats if trait in c.traits) for trait in TRAITS
        },
    )


def _check_shape(data: Any, source: str) -> None:
    """Keys, trait names and value types of one file, before anything is merged or indexed."""
    if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
        raise ConfigError(f"{source}: expected a mapping with a 'categories' table")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown top-level entries {sorted(unknown)}")
    for name, entry in data["categories"].items():
        where = f"{source}: categories.{name}"
        if not isinstance(name, str) or not name.isupper():
            raise ConfigError(f"{where}: a category name is one upper-case word")
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: expected a mapping")
        if set(entry) - CATEGORY_KEYS:
            raise ConfigError(f"{where}: unknown keys {sorted(set(entry) - CATEGORY_KEYS)}")
        bad = set(entry.get("traits") or ()) - set(TRAITS)
        if bad:
            raise ConfigError(f"{where}: unknown traits {sorted(bad)} (known: {sorted(TRAITS)})")
        if "quad" in entry and entry["quad"] not in QUAD_CLASSES:
            raise ConfigError(f"{where}: quad must be one of {sorted(QUAD_CLASSES)}")
        modes = entry.get("modes") or {}
        if not isinstance(modes, dict) or not all(isinstance(v, list) for v in modes.values()):
            raise ConfigError(f"{where}: modes maps each mode to a list of lemmas")
    for key in WORD_LISTS:
        if not isinstance(data.get(key, []), list):
            raise ConfigError(f"{source}: {key}: expected a list of words")


def _check_references(data: dict[str, Any], source: str, table: Mapping[str, Category]) -> None:
    """Everything that names a category or mode must name one the (merged) table has."""

    def known(category: Any, where: str) -> Category:
        if category not in table:
            raise ConfigError(f"{source}: {where}: unknown event type {category!r}")
        return table[category]

    for name in data["categories"]:
        category = table[name]
        if category.quad is None:
            raise ConfigError(f"{source}: categories.{name}: no quad class")
        if category.asked_mode is not None:
            for asking in (c for c in table.values() if "asks" in c.traits):
                if category.asked_mode not in asking.modes:
                    raise ConfigError(
                        f"{source}: categories.{name}: asked_mode {category.asked_mode!r} is "
                        f"not a mode of {asking.name}"
                    )
    for phrase, category in (data.get("phrasal") or {}).items():
        known(category, f"phrasal.{phrase}")
    for key in ("phrasal_bare", "contact_verbs"):
        for phrase, value in (data.get(key) or {}).items():
            if not isinstance(value, list) or len(value) != 2:
                raise ConfigError(f"{source}: {key}.{phrase}: expected [category, mode]")
            if value[1] not in known(value[0], f"{key}.{phrase}").modes:
                raise ConfigError(f"{source}: {key}.{phrase}: {value[0]} has no mode {value[1]}")
    for category in data.get("category_preps") or {}:
        known(category, f"category_preps.{category}")
    for verb, category in (data.get("object_senses") or {}).items():
        if category is not None:
            known(category, f"object_senses.{verb}")


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """`extra` on top of `base`: new categories added, known ones extended (words, modes,
    traits; quad and asked_mode replaced), word lists extended and tables updated."""
    merged = dict(base)
    categories = {name: dict(entry) for name, entry in base["categories"].items()}
    for name, entry in (extra.get("categories") or {}).items():
        target = categories.setdefault(name, {})
        for key, value in entry.items():
            if key in ("verbs", "nouns", "traits"):
                target[key] = [*(target.get(key) or []), *value]
            elif key == "modes":
                modes = dict(target.get("modes") or {})
                for mode, lemmas in value.items():
                    modes[mode] = [*(modes.get(mode) or []), *lemmas]
                target["modes"] = modes
            else:
                target[key] = value
    merged["categories"] = categories
    for key, value in extra.items():
        if key in WORD_LISTS:
            merged[key] = [*(base.get(key) or []), *value]
        elif key in TABLES:
            merged[key] = {**(base.get(key) or {}), **value}
    return merged


HEAD_PREPS = frozenset({"of", "for", "in", "on", "to", "from", "at", "with", "without", "against"})
# The agents file's sector for natural events ("flood", "wildfire", "ice storm"): the NGEC
# coder's code for a doer that is no actor, so its words name no one.
NO_ACTOR_SECTOR = "JNK"


def before_head_prep(words: list[str]) -> list[str]:
    """A phrase's words up to its head, before a prepositional tail: "minister for economy"
    names a minister, so "economy" is no word for people."""
    cut = next((i for i, w in enumerate(words) if w in HEAD_PREPS and i), len(words))
    return words[:cut]


# Endings of English nouns of doers ("consultant", "investigator", "specialist", "trainee"):
# a phrase's head with one of them names a person even when the agents file uses it only once.
DOER_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ee", "eer")


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Head nouns of PLOVER agent phrases (data/actors/agents.tsv) that name people.

    A phrase's head names people when the file uses it as a people word: as a phrase of its
    own ("official"), as the head of several phrases ("party", "force"), or when its ending
    is a doer's ("criminal investigator", "drug peddler"). A head the file uses
    once, in a phrase whose people lie in the modifier ("organized crime", "intelligence
    activity"), names no one: "violent crime declined" has no actor."""
    singles: set[str] = set()
    heads: dict[str, int] = {}
    surface: set[str] = set()
    for phrase in _agent_phrases():
        words = before_head_prep(phrase.lower().split())
        if len(words) == 1:
            singles.add(_singular(words[0]))
        elif words:
            heads[_singular(words[-1])] = heads.get(_singular(words[-1]), 0) + 1
        if words:
            surface.add(words[-1])
    return frozenset(w for w in surface if _people_head(_singular(w), singles, heads))


def _people_head(head: str, singles: set[str], heads: dict[str, int]) -> bool:
    """Whether the agents file uses a head as a people word (see agent_nouns)."""
    return head in singles or heads.get(head, 0) > 1 or head.endswith(DOER_SUFFIXES)


def _singular(word: str) -> str:
    """A plural head's singular by the regular endings ("parties", "forces", "troops"), so a
    head counts the same in both numbers."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _agent_phrases() -> list[str]:
    """The agents file's phrases for actors (a natural event's phrase is no actor's)."""
    path = resources.files("newsledger").joinpath("data/actors/agents.tsv")
    if not path.is_file():
        return []
    phrases = []
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            phrase, _, sectors = line.partition("\t")
            if sectors.strip() != NO_ACTOR_SECTOR:
                phrases.append(phrase)
    return phrases


def extra_paths() -> tuple[Path, ...]:
    """The extra vocabulary files NEWSLEDGER_EVENTS_VOCAB names (none by default)."""
    value = os.environ.get(VOCAB_ENV, "")
    return tuple(Path(p) for p in value.split(os.pathsep) if p)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the event vocabulary: {exc}") from exc
    _check_shape(data, str(path))
    return data


@lru_cache(maxsize=4)
def _load(paths: tuple[Path, ...]) -> Lexicon:
    text = resources.files("newsledger").joinpath(SHIPPED).read_text("utf-8")
    data = yaml.safe_load(text)
    _check_shape(data, SHIPPED)
    sources = [(SHIPPED, data)] + [(str(p), _read(p)) for p in paths]
    for _, extra in sources[1:]:
        data = merge(data, extra)
    table = _table(data)
    for source, extra in sources[1:]:  # name the file whose entry is wrong
        _check_references(extra, source, table)
    return replace(build(data, SHIPPED), agent_nouns=agent_nouns())


def load(paths: Sequence[Path | str] | None = None) -> Lexicon:
    """The shipped vocabulary plus `paths` (default: NEWSLEDGER_EVENTS_VOCAB), parsed once."""
    chosen = extra_paths() if paths is None else tuple(Path(p) for p in paths)
    return _load(chosen)
