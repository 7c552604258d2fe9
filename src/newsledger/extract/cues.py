"""The reporting-cue lexicon (data/cues.yaml) and the stance it gives a span of text.

Quote extraction and source linking both ask the same two questions — "is this word a
reporting cue, and with which stance?" and "does this content deny that something happened?" —
so the lexicon and those two tests live here, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

_LEXICON = Path(__file__).resolve().parent.parent / "data" / "cues.yaml"


@dataclass(frozen=True)
class CueLexicon:
    """Cue words with stances and the stance markers, as loaded from data/cues.yaml."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    adjectives: dict[str, str]
    stance_holders: frozenset[str]
    clause_only: frozenset[str]
    refusal_objects: frozenset[str]
    topic_only: frozenset[str]
    agentless: frozenset[str]
    raising: frozenset[str]
    as_only: frozenset[str]
    as_views: frozenset[str]
    quotation_only: frozenset[str]
    documents: frozenset[str]
    press: frozenset[str]
    light_verbs: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_adjectives: frozenset[str]
    denial_predicates: frozenset[str]
    occurrence: frozenset[str]
    negators: frozenset[str]
    not_denials: frozenset[str]
    report_subjects: frozenset[str]
    refusals: frozenset[str]
    page_labels: frozenset[str]
    to_topic: frozenset[str]
    not_topics: frozenset[str]
    naming: frozenset[str]
    declaratives: frozenset[str]
    speaking: frozenset[str]
    contact_verbs: frozenset[str]
    questioning: frozenset[str] = frozenset()
    interrogatives: frozenset[str] = frozenset()
    negative_implicatives: frozenset[str] = frozenset()
    commitments: frozenset[str] = frozenset()
    demands: frozenset[str] = frozenset()
    plan_modals: frozenset[str] = frozenset()
    plan_verbs: frozenset[str] = frozenset()

    def verb_stance(self, token: Token) -> str | None:
        """The stance a reporting verb gives its content, or None if it is no cue."""
        return self.verbs.get(token.lemma_.lower())

    def hedged(self, tokens: Span | list[Token]) -> bool:
        """Whether the tokens carry a hedge marker ("reportedly", "alleged", "rumors of")."""
        for tok in tokens:
            low = tok.lower_
            if low in self.hedge_adverbs or low in self.hedge_adjectives:
                return True
            if tok.pos_ == "NOUN" and self.nouns.get(tok.lemma_.lower()) == "hedges":
                return True
            if _hearsay(tok):
                return True
        return False

    def denies_event(self, span: Span) -> bool:
        """Whether the content says a reported thing is false or did not happen.

        Two general forms: a falsity predicate about a report or a demonstrative ("this is
        untrue", "the reports are false", "pure fiction"), and a negated occurrence ("there was
        no conversation", "it never took place", "nothing happened").
        """
        return any(self._calls_false(t) or self._negated_occurrence(t) for t in span)

    def _calls_false(self, tok: Token) -> bool:
        if (
            tok.lemma_.lower() not in self.denial_predicates
            and tok.lower_ not in self.denial_predicates
        ):
            return False
        if any(c.dep_ == "neg" for c in tok.head.children) or any(
            c.dep_ == "neg" for c in tok.children
        ):
            return False
        role = tok
        while role.dep_ == "conj":  # "untrue and absurd": the first conjunct has the role
            role = role.head
        if role.dep_ == "ROOT":
            return True  # a verbless fragment: "Pure fiction."
        described_as = role.dep_ in ("pobj", "amod") and role.head.lower_ == "as"
        if role.dep_ not in ("acomp", "attr", "oprd") and not described_as:
            return False
        head = role.head.head if described_as else role.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        return not subjects or any(s.lemma_.lower() in self.report_subjects for s in subjects)

    def _negated_occurrence(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma == "take" and any(c.lower_ == "place" for c in tok.children):
            lemma = "take place"
        elif lemma == "hold" and any(c.dep_ == "auxpass" for c in tok.children):
            lemma = "be held"
        if lemma == "be" and any(c.dep_ == "expl" for c in tok.children):
            # "There was no conversation" — but not "there is no doubt", "nothing to it".
            things = [
                c
                for c in tok.children
                if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN")
                if c.lemma_.lower() not in self.not_denials
            ]
            return any(
                self._has_negator(tok) or any(d.lower_ == "no" for d in t.children) for t in things
            )
        if lemma not in self.occurrence:
            return False
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        return self._has_negator(tok) or any(
            d.lower_ in ("no", "nothing", "none") for s in subjects for d in [s, *s.children]
        )

    def _has_negator(self, tok: Token) -> bool:
        return any(
            c.dep_ == "neg" or c.lower_ in self.negators and c.dep_ == "advmod"
            for c in tok.children
        )


def _by_stance(section: dict[str, list[str]]) -> dict[str, str]:
    return {word: stance for stance, words in section.items() for word in words}


@lru_cache(maxsize=1)
def load() -> CueLexicon:
    """Read data/cues.yaml once."""
    raw = yaml.safe_load(_LEXICON.read_text(encoding="utf-8"))
    denial = raw["denial_content"]
    return CueLexicon(
        verbs=_by_stance(raw["verbs"]),
        nouns=_by_stance(raw["nouns"]),
        adjectives=_by_stance(raw["adjectives"]),
        stance_holders=frozenset(raw["stance_holders"]),
        clause_only=frozenset(raw["clause_only"]),
        refusal_objects=frozenset(raw["refusal_objects"]),
        topic_only=frozenset(raw["topic_only"]),
        agentless=frozenset(raw["agentless"]),
        raising=frozenset(raw["raising"]),
        as_only=frozenset(raw["as_only"]),
        as_views=frozenset(raw["as_views"]),
        quotation_only=frozenset(raw["quotation_only"]),
        documents=frozenset(raw["documents"]),
        press=frozenset(raw["press"]),
        light_verbs=frozenset(raw["light_verbs"]),
        hedge_adverbs=frozenset(raw["hedge_markers"]["adverbs"]),
        hedge_adjectives=frozenset(raw["hedge_markers"]["adjectives"]),
        denial_predicates=frozenset(denial["predicates"]),
        occurrence=frozenset(denial["occurrence"]),
        negators=frozenset(denial["negators"]),
        not_denials=frozenset(denial["not_denials"]),
        report_subjects=frozenset(denial["report_subjects"]),
        refusals=frozenset(raw["refusals"]),
        page_labels=frozenset(raw["page_labels"]),
        to_topic=frozenset(raw["to_topic"]),
        not_topics=frozenset(raw["not_topics"]),
        naming=frozenset(raw["naming"]),
        declaratives=frozenset(raw["declaratives"]),
        speaking=frozenset(raw["speaking"]),
        contact_verbs=frozenset(raw["contact_verbs"]),
        questioning=frozenset(raw.get("questioning", ())),
        interrogatives=frozenset(raw.get("interrogatives", ())),
        negative_implicatives=frozenset(raw.get("negative_implicatives", ())),
        commitments=frozenset(raw.get("commitments", ())),
        demands=frozenset(raw.get("demands", ())),
        plan_modals=frozenset(raw.get("plans", {}).get("modals", ())),
        plan_verbs=frozenset(raw.get("plans", {}).get("verbs", ())),
    )


# Verbs of saying and believing that, passive and with no agent, raise what is said of their
# subject into an infinitive ("X is said to have met Y", "is believed to be hiding"): hearsay
# the writer does not vouch for. "Is known to" is factive and stays out.
HEARSAY_VERBS = frozenset(
    {"say", "report", "believe", "think", "understand", "rumor", "rumour", "allege", "suspect",
     "reckon", "claim"}
)  # fmt: skip


def _hearsay(tok: Token) -> bool:
    return (
        tok.lemma_.lower() in HEARSAY_VERBS
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children
        )
    )
