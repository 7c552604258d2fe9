"""In-article resolution: which actor a mention (name, surname, pronoun, role noun) refers to.

Runs once per article over its spaCy doc. People are registered as the article introduces
them, with the description it gives ("German government spokesman Steffen Hebestreit",
"Steffen Hebestreit, the chancellor's spokesman"), so later mentions resolve to them first: a
surname, a role noun naming the same office ("the government spokesman"), a pronoun (the
nearest compatible antecedent by clause role: a subject, a passive's agent, an unnamed "a
man" that leaves it unnamed, before the possessor of a subject or the most recent person; a
plural "they" only for a plural group subject); "the chancellor", "the Japanese minister" are
the most recently mentioned person the article described with that title; countries listed
after a plural role ("the presidents of Kazakhstan and Uzbekistan") are their office holders;
"the German newspaper Bild" is Bild; "the Court" after "the Supreme Court" is that court; "X's
plan" is X. Whatever the article does not settle goes to the knowledge base as of the
article's date, but a bare surname the article gives in full to someone else is that person;
of kin sharing a surname, the bare surname is the one the article has not called by the given
name alone. A possessive "its" is the singular body or country subject of its clause.
An unowned "the ministry spokeswoman" speaks for the state body named before it (roles read
that body from here). A name after a possessive is the actor ("the league's X"). Spans come
trimmed of what extraction glues to them (a dateline, even one the span starts inside, an
unclosed bracket, a reduced relative clause after a name: "the Board urging that ..."), and a
plural common noun capitalised only by its sentence's start is read as no name. A
legislature's or a named party's members given no country ("House members", "Republicans",
"the House"), and "the country's minister", are of the country the article's places name far
more than any other; a town inside an organisation's name ("a Kingston College player") is no
country in an article about another. The
small spaCy model mislabels names (a hyphenated pair such as "Macron-Scholz" as one PERSON,
some capitals as PERSON), so hyphenated pairs are split and the base's kind wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsledger import datelines, docindex
from newsledger.model import Actor, Entity
from newsledger.resolve.kb import HONORIFIC_GENDER, ActorBase
from newsledger.resolve.phrases import (
    BODY_NOUNS,
    NAME_PARTICLES,
    OFFICE_NOUNS,
    OUTLET_NOUNS,
    TITLE_WORDS,
    TITLES,
    day_of,
    name_and_description,
    norm,
    singular,
    strip_leading,
)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_LABEL_OF_KIND = {"person": "PERSON", "organization": "ORG", "group": "ORG", "place": "GPE"}
_PRONOUN_GENDER = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}  # fmt: skip
# A full name of capitalised words (initials too), and several joined by "and" or commas.
_CREDIT_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
_CREDIT_NAMES = rf"{_CREDIT_NAME}(?:(?:,| and| &) {_CREDIT_NAME})*"
# "By Jane Roe:" or "By Jane Roe and Sam Tate" alone on a line: the writer's byline.
_BYLINE = re.compile(rf"(?m)^[ \t]*(?:By|BY) ({_CREDIT_NAMES})[ \t]*(?::|\||$| [-–—] )")
# "Reporting by Jo Tate", "Editing by ...", "Photo: Ana Ruiz", "Photograph by ...".
_CREDIT = re.compile(
    r"(?:(?:Additional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten) by "
    rf"({_CREDIT_NAMES})|(?:Photo(?:graph)?s?|Image|Picture|Credit)(?: by|:) ({_CREDIT_NAMES})"
)
_HONORIFIC_GENDER = {"mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female",
                     "ms": "female", "ms.": "female", "miss": "female"}  # fmt: skip
# Titles that say a person's gender ("spokeswoman Mao Ning", "King Abdullah").
_TITLE_GENDER = {
    **dict.fromkeys("spokeswoman chairwoman congresswoman businesswoman queen princess "
                    "empress duchess countess baroness dame".split(), "female"),
    **dict.fromkeys("spokesman chairman congressman businessman king prince emperor duke "
                    "count baron sir".split(), "male"),
}  # fmt: skip
# Verbs by which a body tells what someone did ("the ministry said X spoke with Y").
_SAYING = frozenset({"say", "tell", "announce", "state", "report", "confirm", "add", "note"})
# Verbs by which a body takes a stance on reports of what someone did ("the ministry dismissed
# reports that Foreign Minister X had met ..."): the body tells of its own people too.
_STANCE_VERBS = frozenset({"deny", "dismiss", "reject", "refute"})
# Documents that speak for whoever issued them ("The statement also said ...").
_DOCUMENTS = frozenset({"statement", "readout", "communique", "communiqué", "declaration"})
# Entity labels of times ("the ministry on Wednesday said": no part of the ministry's name).
_TIMES = frozenset({"DATE", "TIME"})
# Bodies a bare "the spokesman" speaks for, when the phrase names none.
_SPEAKING_BODIES = ("ministry", "government", "office", "department")
# Sectors of a state's own bodies and officers: described without a country ("border
# officers"), in a clause one of its state bodies tells, they are that state's.
_STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD"})


def _listed_person(person: Token, appos: Token) -> bool:
    """Whether a person's name the parser hung on another as an apposition is rather the next
    in a list ("X, Y and Z": Y apposed to X, Z coordinated with Y): a named person coordinated
    with a third is no description of the first."""
    return person.ent_type_ == "PERSON" and appos.ent_type_ == "PERSON" and bool(appos.conjuncts)


# A party letter and a state after a name, as the American press tags members of a
# legislature: "(R-Utah)", "(D-N.Y.)", ", D-Calif.,".
_PARTY_TAG = re.compile(r"\s*[(,]\s*[RDI]\s*[-–]\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\s*[),]")

# A state or province in brackets after a name: "(N.H.)", "(Iowa)".
_REGION_TAG = re.compile(r"\s*\(\s*([A-Z][A-Za-z. ]{1,20}?)\s*\)")

_PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
# Dependents that belong to a name's description when they stand before it.
_DESCRIPTION_DEPS = {"compound", "amod", "nmod", "poss", "case", "npadvmod", "nummod", "punct"}
_SUBJECTS = {"nsubj", "nsubjpass"}
# Nouns for a body's kind that a definite description recalls a named body by ("the group",
# "the company"), with the kind they call for ("BUS": a business; "any": no state body).
_BODY_KINDS = {"group": "any", "organization": "any", "organisation": "any",
               "company": "BUS", "firm": "BUS"}  # fmt: skip
# Dependencies of an object pronoun ("accused her", "gave him", "spoke to her").
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "pobj"})
# Tags of a verb with no subject of its own (a participle or infinitive): its understood
# subject is the one of the clause it hangs on.
_NONFINITE = frozenset({"VBG", "VB", "VBN"})
# Subjects that refer to nothing ("it is up to X", "there is"): they control no participle.
_EXPLETIVES = frozenset({"it", "there"})
# Nouns for someone's kin ("the boy's father", "her two grandmothers"): unnamed people.
_KIN_NOUNS = frozenset("father mother son daughter brother sister husband wife parent "
                       "grandmother grandfather grandparent uncle aunt cousin nephew niece "
                       "stepfather stepmother".split())  # fmt: skip
# People named by whom they stand with ("X's supporters", "her relatives"): people, not a thing
# of X's, so an act of theirs is not X's own.
_FOLLOWER_NOUNS = frozenset("relative supporter follower loyalist backer admirer disciple "
                            "sympathizer sympathiser partisan".split())  # fmt: skip
_RANKS = {"deputy", "vice", "assistant", "acting", "first", "chief"}
# Common nouns for one person that a pronoun may point back to ("a man ... he"), besides the
# agent nouns of the base; and nouns of the base that name a body or a crowd, never one person.
_PERSON_NOUNS = frozenset("man woman boy girl person father mother husband wife son daughter "
                          "brother sister child friend resident suspect victim witness driver "
                          "agent official officer source "
                          # people by what they do for someone, common in political news and
                          # missing from the PLOVER agent list
                          "adviser advisor aide pollster strategist consultant staffer operative "
                          "donor supporter critic opponent rival challenger nominee candidate "
                          "chairman chairwoman founder owner executive host anchor author editor "
                          "lobbyist negotiator mediator investigator whistleblower defendant "
                          "plaintiff juror veteran survivor patient".split())  # fmt: skip
_COLLECTIVE_NOUNS = frozenset("police military navy staff crowd public media press "
                              "administration authority leadership opposition regime parliament "
                              "congress senate assembly cabinet embassy team family community "
                              "people clergy personnel management board jury panel commission "
                              "agency service unit squad guard population".split())  # fmt: skip
# People a place stands for: "residents in Lyon" are Lyon's people, the place as actor.
_INHABITANTS = frozenset(
    "resident residents inhabitant inhabitants local locals citizen citizens villager "
    "villagers townspeople population people public".split()
)
# Singular nouns that name many people at once, as a plural does ("police in Lyon").
_COLLECTIVE_PEOPLE = frozenset({"police", "military", "army", "personnel", "staff", "clergy"})
# Words for people in general: as a whole participant they name no one.
_GENERIC_PEOPLE = frozenset(
    {"people", "persons", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
     "others", "nobody", "no one"}
)  # fmt: skip
# Generic names of a legislature or government body, which every country has.
# Entity labels of the tagger that never name an actor: "in May" is a month, not a surname.
_NOT_ACTOR_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL",
                               "ORDINAL"})  # fmt: skip
# Common nouns for places, which a definite "the state" means rather than a named body.
_PLACE_NOUNS = frozenset("state country nation city town region province county republic "
                         "kingdom territory island district area".split())  # fmt: skip
# Sectors of a country's own legislators and parties: named without one ("House members",
# "Republicans"), they are of the country the article is about.
_HOME_SECTORS = frozenset({"LEG", "PTY"})
# Generic names of a legislature ("the House"), capitalised as the name of one.
_LEGISLATURES = frozenset({"house", "senate", "congress", "parliament", "assembly",
                           "national assembly"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "many", "some", "all", "most", "several", "other"})
_GENERIC_BODIES = _LEGISLATURES | {"cabinet", "council"}
_NOUN_GENDER = {
    **_TITLE_GENDER,
    **dict.fromkeys("man boy father husband son brother".split(), "male"),
    **dict.fromkeys("woman girl mother wife daughter sister".split(), "female"),
}  # fmt: skip


@dataclass
class _Mention:
    start: int
    end: int
    actor: Actor
    office: tuple[str, str] | None = None  # (country, office) the article gave this person


class MentionResolver:
    """Resolves mentions in one article: first to people it introduced, then to the base."""

    def __init__(self, doc: Doc, kb: ActorBase, dct: str | None) -> None:
        self.doc, self.kb, self.dct = doc, kb, dct
        self.index = docindex.of(doc)
        self.text = self.index.text  # `doc.text` is rebuilt on every access
        self._mentions: list[_Mention] = []
        # Look-ups kept as mentions are added, so no question scans every mention:
        self._starts_of: dict[str, list[int]] = {}  # actor name -> its mentions' starts, sorted
        # office key -> (start, actor name) of the mentions the article gave that office
        self._office_mentions: dict[str, list[tuple[int, str]]] = {}
        self._known: dict[str, Actor] = {}  # actor name -> the article's version of it
        self._aliases: dict[str, Actor] = {}  # normalised name / surname -> actor
        self._offices: dict[tuple[str, str], str] = {}  # (country, office) -> actor name
        self._entities: list[Entity] = []
        # (country, words, head noun) of each description the article gave a person
        self._described: list[tuple[str | None, set[str], str, Actor]] = []
        # (country, office) -> the people the article titled with that office, the country
        # from the title ("Jordanian King Abdullah") or else the person's own ("King Abdullah")
        self._titled: dict[tuple[str, str], list[str]] = {}
        self._person_words: set[str] | None = None  # one-word PERSON entities, on demand
        self._surname_bearers: dict[str, list[Actor]] = {}  # surname -> people named in full
        self._named_as_party: set[str] = set()  # people named in full other than attributively
        self._standalone_names: dict[str, int] | None = None  # see _given_name_mentions
        self._country_counts: dict[str, int] | None = None  # country -> places named, on demand
        self._ents: list[Span] | None = None  # the doc's entities, on demand
        self._genders: dict[str, str] = {}  # person's name -> gender the article shows
        self._full_names: dict[str, Actor | None] = {}  # one-word name -> its full name's
        self._word_positions: dict[str, list[int]] | None = None  # see _positions
        # the doc's noun chunks by their last normalised word, on demand
        self._chunks: dict[str, list[tuple[int, Span, list[str]]]] | None = None
        # A paragraph's quoted stretches and reporting verbs' subjects (_quoted_self).
        self._quoted_paragraphs: dict[tuple[int, int], tuple[list, list[Token]]] = {}
        # a body's spokesperson (see `_body_spokesperson`) -> the span of the body it speaks for
        self._spokesperson_bodies: dict[str, tuple[int, int]] = {}
        self._credits = _credit_spans(self.text)  # bylines and credits: no actors
        for ent in doc.ents:
            if ent.label_ in ACTOR_LABELS and not self._credited(ent.start_char, ent.end_char):
                self._add_entity(ent)
        self._add_missed_names()
        self._add_role_nouns()
        self._mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]
        self._at: dict[tuple[int, int], _Mention] = {}
        for m in self._mentions:
            self._at.setdefault((m.start, m.end), m)
        self._other_gender: dict[str, set[str]] = {}  # gender -> people the article shows not so

    # -- building ----------------------------------------------------------------------------

    def _add_entity(self, ent: Span) -> None:
        parts = [(ent.start_char, ent.end_char)]
        if ent.label_ in ("PERSON", "ORG"):
            pair = _split_pair(ent)
            if len(pair) > 1 and all(self._is_person(self.text[s:e]) for s, e in pair):
                parts = pair
        words = ent.text.split()
        if ent.label_ == "PERSON" and len(words) > 2 and norm(words[0]) in self.kb.places:
            # "Pennsylvania Stephanie McCrummen": a dateline or place glued to the name
            parts = [(ent.start_char + len(words[0]) + 1, ent.end_char)]
        if _sentence_case(ent, ent.text) != ent.text:
            return  # "Commuters were stranded": a plural common noun the tagger took for a name
        for start, end in parts:
            text = self.text[start:end]
            if text.endswith(("'s", "’s")):  # "Clinton's": the possessive is not the name
                text, end = text[:-2], end - 2
            actor, office = self._entity_actor(ent, text, len(parts) > 1)
            label = ent.label_
            if actor is not None and actor.kind in _LABEL_OF_KIND and ent.label_ != "NORP":
                label = _LABEL_OF_KIND[actor.kind]
            place = self.kb.places.get(_key(text))
            if (label == "NORP" or (place and place[1] == "adjective")) and _is_modifier(ent):
                label, actor = "NORP", None
            self._entities.append(
                Entity(text=text, label=label, start=start, end=end, actor=actor and actor.name)
            )
            if actor is not None:
                self._register(start, end, actor, office, text)
                before = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
                if before not in _HONORIFIC_GENDER and len(ent) > 1:
                    before = ent[0].lower_  # "Mrs Lane" tagged whole: the honorific inside
                if actor.kind == "person" and before in _HONORIFIC_GENDER:
                    self._genders.setdefault(actor.name, _HONORIFIC_GENDER[before])

    def _entity_actor(
        self, ent: Span, text: str, split: bool
    ) -> tuple[Actor | None, tuple[str, str] | None]:
        """The actor of a named entity, read with the description the article gives it."""
        owned = self._owned_body(ent, text)
        if owned is not None:
            return owned, None
        alias = self._aliases.get(_key(text)) or self._aliases.get(_key(_without_honorific(text)))
        if alias is not None and self._honorific_clash(ent, alias.name):
            alias = None  # "Zoe Lane ... Mr Lane": her father or husband, not her
        filed = datelines.in_dateline(self.text, ent.start_char, ent.end_char)
        description = "" if split or filed else self._description(ent)
        if self._place_epithet(ent, description):
            description = ""  # "government-held Benghazi", "southern Lebanon": the place
        if alias:
            # A surname the article used before ("Scholz ... German Chancellor Olaf Scholz"):
            # the same person, but the description still tells the office it gives them.
            actor = self._canonical(self._kin_by_surname(ent.start_char, text, alias))
        else:
            actor = self._namesake(ent, text) or self._shortened(ent, text)
            actor = actor or self.kb.lookup(self._described_text(ent, text, description), self.dct)
            actor = self._local_body(text, actor)
            if actor is None or (
                actor.kind == "person"
                and not _name_like(text, actor, self.kb)
                and not _titled_word(ent, text, description)
            ):
                return None, None
            if (
                ent.label_ == "ORG"
                and actor.kind == "person"
                and not self.kb.entry(actor.name)
                and not self._surname_elsewhere(text)
                and not (
                    text.endswith(" " + actor.name)
                    and self._unknown_titled(actor.name, text[: -len(actor.name)])
                )  # "County Executive Ed Day" tagged whole as an organisation
                and not (
                    self._possessor_state(ent) and norm(text.split()[0]) in self.kb.given_names
                )  # "Chile's Ana Ruiz": a state's person, by a given name, tagged a body
            ):
                actor.kind = "organization"  # a name the base does not know: trust the tagger
        if actor.kind == "person" and not split and _PARTY_TAG.match(self.text, ent.end_char):
            # "Ann Cole (R-Utah)": the American press's tag of a lawmaker's party and state
            actor = replace(actor, country="USA", sector=actor.sector or "LEG")
        elif actor.kind == "person" and not split and (region := self._region_tag(ent)):
            # "Sens. Ann Cole (N.H.) and ...": the state a lawmaker represents
            actor = replace(actor, country=region)
        if actor.kind == "person" and not actor.country and not split:
            country = self._possessor_state(ent) or self._of_state(ent)
            if country is not None:
                # "Norway's Ana Lind", "Ana Lind of Norway": the state is the person's own
                actor = replace(actor, country=country)
        if not description and actor.kind == "person" and not split:
            description = name_and_description(text)[1]  # the tagger took "King X" whole
        if not description or actor.kind != "person":
            return actor, None
        if not actor.country and re.match(r"(the )?(country|nation) 's ", norm(description)):
            # "the country's environment minister X": of the country the article is about
            home = self._home_country()
            if home is not None:
                sector = actor.sector or self.kb.agent_sector(norm(description))
                actor = replace(actor, country=home, sector=sector)
        office = self.kb.office_of(description)
        if office and office[0] and not actor.country:
            # "President X" (a caption) before "Namibian President X": the later title tells
            # the country the earlier one left out.
            actor = replace(actor, country=office[0], sector=actor.sector or "GOV", role=office[2])
        elif office is None and not actor.sector and self._official(description):
            # "his Czech counterpart, X", "a spokeswoman for Colombia's defence ministry, X":
            # the country the description names is the official's own.
            country = actor.country or self.kb.country_in(norm(description))
            if country is not None:
                actor = replace(actor, country=country, sector="GOV")
        elif office is None and not actor.country:
            # "ministry spokesman X" after "Norway's foreign ministry ...": the spokesperson of
            # the state body the article named before (the rule of the unnamed one)
            body = self._body_spokesperson(f"the {norm(description)}", ent.start_char)
            if body is not None:
                actor = replace(actor, country=body.country, sector=actor.sector or "GOV")
        elif office and not office[0] and not actor.country:
            country = self._reporting_state(ent)
            if country is not None:
                # "Pakistan's foreign ministry said Foreign Minister X ...": a title without
                # a country, told by a state's own body, is that state's office.
                actor = replace(actor, country=country, sector=actor.sector or "GOV")
        desc = norm(description)
        words = {w.rstrip(".") for w in desc.split()}
        words |= {TITLE_WORDS[w] for w in words if w in TITLE_WORDS}  # "Sen." is a senator
        gender = {_TITLE_GENDER[w] for w in words if w in _TITLE_GENDER}
        if len(gender) == 1:  # "spokeswoman Mao Ning": "his" is someone else
            self._genders.setdefault(actor.name, gender.pop())
        head = (desc.split(" of ")[0].split() or [""])[-1].rstrip(".")  # "the head of ...": head
        head = TITLE_WORDS.get(head, head)
        self._described.append((self.kb.country_in(desc) or actor.country, words, head, actor))
        self._title(actor, office)
        return actor, (office[0], office[1]) if office and office[0] else None

    def _place_epithet(self, ent: Span, description: str) -> bool:
        """Whether the words before a place's name only qualify it: adjectives and
        participles ("southern Lebanon", "government-held Benghazi", "the war-torn country of ..."),
        no noun of their own. A place has no titles: such words tell its part or state, so
        the actor is the place the name names, not a body the words and name would make."""
        if ent.label_ not in ("GPE", "LOC") or not description:
            return False
        if not self.text[: ent.start_char].rstrip().endswith(description):
            return False
        before = [
            t for t in self.doc[: ent.start] if t.idx >= ent.start_char - len(description) - 1
        ]
        top = [t for t in before if t.head.i >= ent.start]
        return bool(top) and all(t.dep_ in ("amod", "det") for t in top)

    def _owned_body(self, ent: Span, text: str) -> Actor | None:
        """'Pakistan's Foreign Ministry', the tagger giving only "Foreign Ministry": the
        state body its possessor owns, not a body with no owner (or a dangling "'s")."""
        if ent.label_ != "ORG" or ent.start < 2 or self.doc[ent.start - 1].text not in ("'s", "’s"):
            return None
        owner = self.doc[ent.start - 2]
        if owner.ent_type_ not in ("GPE", "NORP"):
            return None
        first = owner.i
        while first > 0 and self.doc[first].ent_iob_ == "I":  # "South Korea's": whole name
            first -= 1
        possessor = self.doc[first : owner.i + 1].text
        return self.kb.institution(f"{possessor}'s {text}")

    def _possessor_state(self, ent: Span) -> str | None:
        """The country a state's name in the possessive before a name gives ("Ecuador's X")."""
        if ent.start < 2 or self.doc[ent.start - 1].text not in ("'s", "’s"):
            return None
        owner = self.doc[ent.start - 2]
        if owner.ent_type_ != "GPE" or owner.dep_ != "poss":
            return None
        first = owner.i
        while first > 0 and self.doc[first].ent_iob_ == "I":  # "South Korea's": whole name
            first -= 1
        place = self.kb.places.get(_key(self.doc[first : owner.i + 1].text))
        return place[0] if place is not None and place[1] == "name" else None

    def _official(self, description: str) -> bool:
        """Whether a description's head noun makes a state's official of the person ("his
        Czech counterpart", "a spokeswoman for the ministry"), so a country it names is
        theirs; a critic or an analyst of a country is not its official."""
        head = re.split(r" (?:of|for|at|in) ", norm(description))[0].split()
        word = head[-1].rstrip(".") if head else ""
        return word in _COUNTERPARTS or self.kb.agent_sector(word) == "GOV"

    def _described_text(self, ent: Span, text: str, description: str) -> str:
        """The name with its description as the base reads them: a title before the name
        ("Foreign Minister X"), an apposition after it as "X, associate director of ...", so
        the last words of the apposition ("the Office of Management and Budget") are not
        taken for the start of the name."""
        if (
            description
            and len(text.split()) >= 2
            and (
                self.text.find(description, ent.end_char) == self._after(ent)
                or self.text[: ent.start_char].rstrip(" ,").endswith(description)
                and self.text[: ent.start_char].rstrip().endswith(",")
            )
        ):
            # after the name, or before it and a comma ("a spokeswoman for X, Ana Lucero")
            return f"{text}, {description}"
        return f"{description} {text}".strip()

    def _after(self, ent: Span) -> int:
        """Where the words after a name start, past the comma that opens an apposition."""
        i = ent.end_char
        while i < len(self.text) and self.text[i] in " ,":
            i += 1
        return i

    def _local_body(self, text: str, actor: Actor | None) -> Actor | None:
        """'Congress', 'the Senate' in an article about another country: that country's body.

        The base knows such a generic name as one country's legislature; an article that
        names places of other countries and none of that one speaks of its own country's
        (the one it names most)."""
        if actor is None or actor.kind != "organization" or not actor.country:
            return actor
        if _key(text) not in _GENERIC_BODIES:
            return actor
        counts = self._countries()
        if not counts or actor.country in counts:
            return actor
        home = max(counts, key=lambda c: counts[c])
        return Actor(name=text, kind="organization", country=home, sector=actor.sector)

    def _home_body(self, actor: Actor | None, said: str) -> Actor | None:
        """A legislature's or a party's members named without a country ("dozens of House
        members", "Republicans") are of the country the article is about, when its places
        name one country far more than any other (see `_home_country`). A party is one by
        its name: "many parties" in lower case may be gatherings, or parties to a deal;
        a legislature by its name or an agent noun for its members ("lawmakers")."""
        words = said.split()
        if _key(said) in _LEGISLATURES and words and words[-1][:1].isupper():
            if actor is None or (actor.kind == "person" and not actor.sector):
                # "The House approved ...": a legislature by its generic name, not a person
                name = " ".join(words[1:] if words[0].lower() == "the" else words)
                actor = Actor(name=name, kind="organization", sector="LEG")
        if actor is None or actor.country or actor.sector not in _HOME_SECTORS:
            return actor
        if words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        if not any(w[:1].isupper() for w in words) and (
            actor.sector == "PTY" or self.kb.agent_sector(_key(said)) != actor.sector
        ):
            return actor  # named by neither a name nor a noun the agent lists know
        home = self._home_country()
        return replace(actor, country=home) if home is not None else actor

    def _not_from_a_name(self, actor: Actor | None, start: int, end: int) -> Actor | None:
        """A town inside an organisation's name ("a Kingston College player", in an article
        about another country) is no GPE the article uses as a place, so it does not tell
        the person's country (towns share names across countries). Only an unknown person
        or group described so loses the country; the base's own names keep theirs."""
        if actor is None or not actor.country or actor.kind not in ("person", "group"):
            return actor
        if self.kb.entry(actor.name) is not None:
            return actor
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return actor
        inside = [t for t in span if t.ent_type_ == "ORG"]
        outside = " ".join(t.text for t in span if t.ent_type_ != "ORG")
        if not inside or self.kb.country_in(norm(outside)) is not None:
            return actor
        towns = [self.kb.places.get(t.lower_) for t in inside]
        if not any(p and p[0] == actor.country and p[1] in ("capital", "city") for p in towns):
            return actor
        home = self._home_country()
        return replace(actor, country=None) if home not in (None, actor.country) else actor

    def _home_country(self) -> str | None:
        """The country the article's places name most, when unambiguous: at least twice, and
        more than twice as often as any other country."""
        ranked = sorted(self._countries().values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] <= 2 * ranked[1]):
            return None
        counts = self._countries()
        return max(counts, key=lambda c: counts[c])

    def _countries(self) -> dict[str, int]:
        """How often the article names each country (by a place, capital, city or adjective)."""
        if self._country_counts is None:
            counts: dict[str, int] = {}
            for ent in self._doc_ents():
                if ent.label_ not in ("GPE", "NORP", "LOC"):
                    continue
                place = self.kb.places.get(_key(ent.text))
                if place is not None:
                    counts[place[0]] = counts.get(place[0], 0) + 1
            self._country_counts = counts
        return self._country_counts

    def _doc_ents(self) -> list[Span]:
        """The doc's entities, listed once (each `doc.ents` walks every token)."""
        if self._ents is None:
            self._ents = list(self.doc.ents)
        return self._ents

    def _shortened(self, ent: Span, text: str) -> Actor | None:
        """'The Court' after 'the Supreme Court': a definite body named by the last word of
        a longer name the article gave before, the most recent such body (when the base knows
        no body by the short name itself)."""
        if ent.label_ != "ORG" or len(ent) != 1 or ent.start == 0:
            return None
        if self.doc[ent.start - 1].lower_ != "the" or self.kb.entry(text, self.dct) is not None:
            return None
        word = norm(text)
        for m in reversed(self._mentions):
            if m.start >= ent.start_char or m.actor.kind != "organization":
                continue
            key = _key(m.actor.name)
            if self.kb.is_seat(key):
                continue  # "the White House" is a seat of government, not a house
            words = key.split()
            if len(words) >= 2 and words[-1] == word:
                return self._canonical(m.actor)
        return None

    def _namesake(self, ent: Span, text: str) -> Actor | None:
        """A bare surname the base knows for someone else (or for a body: a company, an
        outlet), when the tagger reads a person and the article names one person with that
        surname in full ("Jane Okafor" ... "Okafor"): that person, not the base's.

        The base keeps a surname as an alias of the one office holder it knows by it; in an
        article about someone else of that name, the article's own naming wins, even in a
        headline above the full name."""
        bare = _without_honorific(text)  # "Ms Lane": the surname Lane
        if len(bare.split()) != 1 or ent.label_ != "PERSON":
            return None
        entry = self.kb.entry(bare, self.dct)
        if entry is None and bare != text:
            found = self.kb.lookup(text, self.dct)
            entry = self.kb.entry(found.name, self.dct) if found is not None else None
        if entry is None or (entry.kind == "person" and norm(entry.name) == norm(bare)):
            return None  # a word the base knows for a body counts: the tagger reads a person
        surname = norm(bare)
        full = {
            e.text.strip()
            for e in self._doc_ents()
            if e.label_ == "PERSON"
            and len(e.text.split()) >= 2
            and norm(e.text).removesuffix(" 's").split()[-1:] == [surname]
        }
        if len(full) != 1:
            return None
        name = full.pop().removesuffix("'s").removesuffix("’s")
        if self._honorific_clash(ent, name):
            return None  # "Mr Lane" beside "Zoe Lane": someone else of her family
        if self.kb.entry(name, self.dct) is entry:
            return None  # the base's own person, named in full
        return self.kb.lookup(name, self.dct)

    def _kin_by_surname(self, start: int, text: str, alias: Actor) -> Actor:
        """The bearer a bare surname names when the article gave it in full to several people.

        Where two people share a surname (a parent and child, spouses), news style tells them
        apart by calling one by the given name alone ("Ana Ruiz ... her father Tomas Ruiz ...
        Ana ... Ruiz said"): the bare surname is then the other bearer, the one the article
        has not called by the given name before this mention. With no such single other
        bearer, the surname stays the alias it was (the first bearer named)."""
        bare = _without_honorific(text)
        surname = norm(bare)
        if bare != text or len(surname.split()) != 1 or alias.kind != "person":
            return alias
        bearers = self._surname_bearers.get(surname, [])
        if len(bearers) < 2:
            return alias
        parties = [a for a in bearers if a.name in self._named_as_party]
        if alias.name not in self._named_as_party and len(parties) == 1:
            return parties[0]  # "a former Bill Clinton pollster ... Hillary Clinton ... Clinton"
        first = self._given_name_mentions()

        def called_by_given_name(actor: Actor) -> bool:
            given = " ".join(norm(actor.name).split()[:-1])
            return bool(given) and first.get(given, start) < start

        if not called_by_given_name(alias):
            return alias
        others = [a for a in bearers if a.name != alias.name and not called_by_given_name(a)]
        return others[0] if len({a.name for a in others}) == 1 else alias

    def _attributive(self, start: int, end: int) -> bool:
        """A name used as a modifier of a common noun ("a Bill Clinton pollster", "the Obama
        administration"): it qualifies the noun and brings no party into the story, so a bare
        surname later is not taken to mean this bearer over one named as a party."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= span.end

    def _given_name_mentions(self) -> dict[str, int]:
        """Each run of proper nouns standing alone (no surname after it) -> its first offset.

        Built once per doc: a person called "Ana" alone has the run "ana" here, while the
        run of "Ana Ruiz" is the full name."""
        if self._standalone_names is None:
            self._standalone_names = {}
            run: list[Token] = []
            for tok in [*self.doc, None]:
                if (
                    tok is not None
                    and tok.text[:1].isupper()
                    and (tok.pos_ == "PROPN" or tok.lower_ in self.kb.given_names)
                ):  # the small model tags some given names at a sentence's start as nouns
                    run.append(tok)
                    continue
                if run:
                    words = norm(" ".join(t.text for t in run))
                    self._standalone_names.setdefault(words, run[0].idx)
                run = []
        return self._standalone_names

    def _tagged_person(self, word: str) -> bool:
        """Whether the tagger reads this one (normalised) word alone as a person somewhere."""
        if self._person_words is None:
            self._person_words = {norm(e.text) for e in self.doc.ents if e.label_ == "PERSON"}
        return word in self._person_words

    def _honorific_clash(self, ent: Span, name: str) -> bool:
        """Whether the honorific before a name ("Mr", "Mrs", "Ms") says the other gender than
        the one the article or the given name gives the person `name`: another person."""
        words = [ent[0].lower_] + ([self.doc[ent.start - 1].lower_] if ent.start else [])
        said = next(
            (HONORIFIC_GENDER[w.rstrip(".")] for w in words if w.rstrip(".") in HONORIFIC_GENDER),
            None,
        )
        if said is None:
            return False
        known = self._genders.get(name) or self.kb.given_names.get((norm(name).split() or [""])[0])
        return known is not None and known != said

    def _surname_elsewhere(self, text: str) -> bool:
        """Whether the tagger takes this name's last word alone for a person elsewhere in the
        article (a headline's "Dar" for the body's "Ishaq Dar", tagged as an organisation)."""
        words = text.split()
        if len(words) < 2:
            return False
        if self._person_words is None:
            self._person_words = {norm(e.text) for e in self.doc.ents if e.label_ == "PERSON"}
        return norm(words[-1]) in self._person_words

    def _title(self, actor: Actor, office: tuple[str | None, str, str] | None) -> None:
        """Note the office a title before a person's name gives them (see `_titled`)."""
        country = (office[0] or actor.country) if office else None
        if office is None or country is None:
            return
        titled = self._titled.setdefault((country, office[1]), [])
        if actor.name not in titled:
            titled.append(actor.name)
        actor.role = actor.role or office[2]  # "King Abdullah II": a king, whatever else

    def _is_person(self, text: str) -> bool:
        if _key(text) in self._aliases:
            return self._aliases[_key(text)].kind == "person"
        entry = self.kb.entry(text, self.dct)
        return entry is not None and entry.kind == "person"

    def _description(self, ent: Span) -> str:
        """Title and role words before a name, or an apposition after it."""
        doc, text, i = self.doc, self.text, ent.start
        words: list[Token] = []
        while i > 0 and len(words) < 8:
            tok = doc[i - 1]
            if tok.dep_ not in _DESCRIPTION_DEPS:
                break
            if tok.ent_type_ == "PERSON" and norm(tok.text) not in self.kb.places:
                break
            if tok.dep_ == "punct" and tok.text != "-":
                break
            if tok.text == "-" and i > 1 and _pair_hyphen(doc, i - 1, self.kb):
                break  # "US-Iran": the other side of a pair, no description of the name
            if "\n" in text[tok.idx : ent.start_char]:
                break  # a headline or heading line above the name
            if tok.dep_ == "poss" and tok.head.i >= ent.start:
                break  # "Lula's aide": the name is not described by its possessor
            words.insert(0, tok)
            i -= 1
        while words and words[0].dep_ == "case":
            words.pop(0)  # "Ecuador's X": the possessive's "'s" without its possessor
        described = text[words[0].idx : ent.start_char].strip() if words else ""
        head = ent.root.head
        if not described and self._town_and_country(ent):
            return ""  # "Mombasa, Kenya": where the town lies, neither describes the other
        if not described and ent.root.dep_ == "appos" and _listed_person(head, ent.root):
            return ""  # "X, Y and Z": a list of people, none describes the next
        if not described and ent.root.dep_ == "appos" and _apposed_to(doc, head, ent.start):
            # "the German newspaper Bild", "his Czech counterpart, X", "a spokeswoman for
            # the ministry, X": the noun phrase the name stands in apposition to
            last = doc[ent.start - 1] if doc[ent.start - 1].text != "," else doc[ent.start - 2]
            described = text[head.left_edge.idx : last.idx + len(last.text)]
        if not described:
            for child in ent.root.children:
                if child.dep_ == "appos" and child.i >= ent.end:
                    if _listed_person(ent.root, child):
                        break
                    if doc[child.left_edge.i - 1].text == "(" and self._region_tag(ent):
                        break  # "Ann Cole (N.H.)": her state, told below, no description
                    end = child.right_edge.i + 1
                    for t in child.subtree:
                        if t.dep_ == "relcl" and t.left_edge.i > child.i:
                            end = min(end, t.left_edge.i)  # "..., who criticises X": no title
                    span = doc[child.left_edge.i : end]
                    described = span.text.rstrip(" ,")
                    break
        return described

    def _region_tag(self, ent: Span) -> str | None:
        """The country of a state or province in brackets right after a name ("Ann Cole
        (N.H.)"), as the press tags a lawmaker with the state they represent."""
        tag = _REGION_TAG.match(self.text, ent.end_char)
        return self.kb.regions.get(tag.group(1).strip()) if tag else None

    def _of_state(self, ent: Span) -> str | None:
        """The country of a place in an "of" phrase right after a person's name ("Foreign
        Minister Maria Lenz of Chile", "Senator X of Ohio"): wire style's way of saying
        whose official or representative someone is, as "Chile's X" says before the name."""
        for child in ent.root.children:
            if child.dep_ != "prep" or child.lower_ != "of" or child.i != ent.end:
                continue
            place = next((c for c in child.children if c.dep_ == "pobj"), None)
            if place is None or place.pos_ != "PROPN":
                return None
            bounds = self.index.entity(self.doc, place.i)
            if bounds is not None and bounds.label_ == "GPE" and bounds.start == place.left_edge.i:
                found = self.kb.places.get(_key(bounds.text))  # a state, province or city
                return found[0] if found else None
            # untagged: only a country's own name ("of Chile" the tagger missed)
            words = self.doc[place.left_edge.i : place.i + 1].text
            found = self.kb.places.get(_key(words))
            return found[0] if found and found[1] == "name" else None
        return None

    def _town_and_country(self, ent: Span) -> bool:
        """Whether a name stands in a "Town, Country" pair the parser read as apposition
        ("in Mombasa, Kenya"): one of the two is a country the base knows by name, and the
        other a proper name, so the pair tells a place, not a description of either. A
        country's own name is never read with an apposition ("Kenya (AP)" in a dateline, "Kenya,
        a member of the union"): it names the country whatever follows."""
        country = self.kb.places.get(_key(ent.text))
        if country is not None and country[1] == "name":
            return True
        root = ent.root
        pairs = [(root.head, root)] if root.dep_ == "appos" else []
        pairs += [(root, c) for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
        for head, appos in pairs:
            if head.pos_ != "PROPN" or appos.pos_ != "PROPN" or head.i > appos.i:
                continue
            country = self.kb.places.get(norm(appos.text))
            if country is not None and country[1] == "name":
                return True
        return False

    def _register(
        self, start: int, end: int, actor: Actor, office: tuple[str, str] | None, text: str
    ) -> None:
        known = self._known.get(actor.name)
        if (
            known is None
            or (office and not self._offices_of(actor.name))
            or (actor.country and not known.country and known.kind == actor.kind == "person")
        ):
            # a later mention that tells a person's country the first left out counts too
            self._known[actor.name] = actor
        if office:
            self._offices.setdefault(office, actor.name)
        self._add_mention(_Mention(start, end, self._known[actor.name], office))
        if actor.kind == "person":
            words = norm(actor.name).split()
            keys = {_key(text), norm(actor.name), words[-1] if words else ""}
            if len(words) > 2 and words[-2] in NAME_PARTICLES:
                keys.add(" ".join(words[-2:]))  # "van Klaveren", "da Silva"
            for key in keys - {""}:
                self._aliases.setdefault(key, actor)
            surname = words[-1] if len(words) >= 2 else ""
            if surname and len(_key(text).split()) >= 2:
                bearers = self._surname_bearers.setdefault(surname, [])
                if all(b.name != actor.name for b in bearers):
                    bearers.append(self._known[actor.name])
                if not self._attributive(start, end):
                    self._named_as_party.add(actor.name)
            held = self._aliases.get(surname)
            if held is not None and held.kind != "person" and self._tagged_person(surname):
                # "Bloomberg" in a headline, read as the outlet, before "Michael Bloomberg":
                # the tagger reads the bare word as a person too, so the surname is his
                self._aliases[surname] = actor
        else:
            self._aliases.setdefault(_key(text), actor)

    def _add_mention(self, mention: _Mention) -> None:
        self._mentions.append(mention)
        insort(self._starts_of.setdefault(mention.actor.name, []), mention.start)
        if mention.office:
            # Entities come in text order, so each office's list stays sorted by start.
            self._office_mentions.setdefault(mention.office[1], []).append(
                (mention.start, mention.actor.name)
            )

    def _offices_of(self, name: str) -> list[tuple[str, str]]:
        return [k for k, v in self._offices.items() if v == name]

    def _add_missed_names(self) -> None:
        """Names the tagger missed ('Lula-Milei' tagged as nothing, a bare 'Amorim'): surnames
        of people the article introduced, and curated people of the base."""
        taken = {(m.start, m.end) for m in self._mentions}
        covered = {i for ent in self.doc.ents for i in range(ent.start, ent.end)}
        for tok in self.doc:
            if tok.pos_ != "PROPN" or tok.i in covered:
                continue
            if (tok.idx, tok.idx + len(tok.text)) in taken:
                continue
            known = self._titled_name(tok, covered)
            if known is not None:
                continue
            actor = self._aliases.get(_key(tok.text))
            if actor is not None and actor.kind == "person":
                actor = self._kin_by_surname(tok.idx, tok.text, actor)
            if actor is None or actor.kind != "person":
                entry = self.kb.entry(tok.text, self.dct)
                if entry is None or not entry.curated or entry.kind != "person":
                    continue
                actor = entry.as_of(day_of(self.dct))
            actor = self._canonical(actor)
            start, end = tok.idx, tok.idx + len(tok.text)
            title = self._description(self.doc[tok.i : tok.i + 1])  # "King Abdullah"
            if title:
                self._title(actor, self.kb.office_of(title))
            self._entities.append(Entity(tok.text, "PERSON", start, end, actor.name))
            self._register(start, end, actor, None, tok.text)
        self._entities.sort(key=lambda e: e.start)

    def _titled_name(self, tok: Token, covered: set[int]) -> Actor | None:
        """A titled name the tagger missed whose name the base knows by two words or more
        ("King Abdullah II"): registered with the office its title gives, its tokens covered."""
        first = tok.i
        while first > 0 and self.doc[first - 1].pos_ == "PROPN" and first - 1 not in covered:
            first -= 1
        last = tok.i
        while last + 1 < len(self.doc) and self.doc[last + 1].pos_ == "PROPN":
            if last + 1 in covered or "\n" in self.doc[last].whitespace_:
                break
            last += 1
        run = self.doc[first : last + 1]
        name, title = name_and_description(run.text)
        previous = self.doc[first - 1] if first > 0 else None
        if (
            not title
            and name == run.text
            and previous is not None
            and previous.ent_type_
            and norm(previous.text).rstrip(".") in TITLES
            and "\n" not in previous.whitespace_
        ):
            # "County Executive" tagged as an organisation before an untagged "Ed Day"
            title = previous.text
        if not title or len(name.split()) < 2 or not run.text.endswith(name):
            return None
        entry = self.kb.entry(name, self.dct)
        if entry is None and self._unknown_titled(name, title):
            # "County Executive Ed Day": a person the base does not know, titled as one
            actor = self.kb.lookup(f"{title} {name}", self.dct)
            if actor is None or actor.kind != "person" or actor.name != name:
                return None
        elif entry is None or entry.kind != "person":
            return None
        else:
            actor = self._canonical(entry.as_of(day_of(self.dct)))
        office = self.kb.office_of(title)
        self._title(actor, office)
        end = run.end_char
        start = end - len(name)
        self._entities.append(Entity(name, "PERSON", start, end, actor.name))
        self._register(start, end, actor, None, name)
        covered.update(range(first, last + 1))
        return actor

    def _unknown_titled(self, name: str, title: str) -> bool:
        """Whether a name after a title is a person's the base does not know: a title word
        ends the description, and the name is two or three capitalised words, none a place,
        title or agent noun ("Police Officer Jane Roe", not "Interior Ministry Building")."""
        words = name.split()
        last = norm(title).split()[-1:] if title else []
        if not last or last[0].rstrip(".") not in TITLES or not 2 <= len(words) <= 3:
            return False
        if any(not w[:1].isupper() or w.isupper() or not w.isalpha() for w in words):
            return False
        return not any(
            norm(w) in self.kb.places or norm(w) in TITLES or norm(w) in self.kb.agents
            for w in words
        )

    def _add_role_nouns(self) -> None:
        """Role noun phrases ('the Russian president') become mentions of the people they name."""
        covered = sorted({(m.start, m.end) for m in self._mentions})
        starts = [s for s, _ in covered]
        longest = max((e - s for s, e in covered), default=0)
        for chunk in self.doc.noun_chunks:
            if chunk.root.pos_ != "NOUN" or chunk.root.ent_type_:
                continue
            if not _role_phrase(chunk) and not _agentive(chunk.root.lemma_.lower(), self.kb):
                continue  # "President X's original plan": a named person's thing, no role
            # A mention reaching into the chunk starts at most the longest one's length before.
            low, high = chunk.start_char - longest, chunk.end_char
            near = covered[bisect_left(starts, low) : bisect_right(starts, high)]
            if any(s < chunk.end_char and chunk.start_char < e for s, e in near):
                if not any(s >= chunk.start_char and e <= chunk.end_char for s, e in near):
                    continue
            actor = self.kb.institution(chunk.text) or self._role_actor(
                chunk.text, chunk.start_char
            )
            if actor is not None and not self._owned_elsewhere(chunk, actor):
                self._add_mention(_Mention(chunk.start_char, chunk.end_char, actor))

    def _owned_elsewhere(self, chunk: Span, actor: Actor) -> bool:
        """Whether a role phrase names its own owner, and not the one of the person it would
        recall: "a spokesman for the newspaper" after "presidency spokesman X" is the paper's
        spokesman, not X ("the spokesman for the presidency" still is X). The owner is an "of"
        or "for" phrase on the role noun; it must share a word with what the article or the
        base said the person is."""
        if actor.kind != "person":
            return False
        owners = [
            o
            for prep in chunk.root.children
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        if not owners:
            return False
        owner = {t.lower_ for t in owners[0].subtree if t.is_alpha} - {"the", "a", "an"}
        known = set(norm(actor.role or "").split()) | set(norm(actor.name).split())
        for _, words, _, described in self._described:
            if described.name == actor.name:
                known |= words
        return not owner & known

    # -- resolving ---------------------------------------------------------------------------

    def resolve(self, start: int, end: int, day: str | None = None) -> Actor | None:
        """The actor a mention at character offsets [start, end) refers to, as of the article.

        `day` (ISO) is the date of a past event the mention takes part in: an office named
        without a name ("the US leader") is then its holder on that day, not at publication.
        """
        actor = self._home_body(self._resolve(start, end, day), self.text[start:end])
        actor = self._not_from_a_name(actor, start, end)
        if (
            actor is None
            or actor.country
            or actor.kind not in ("group", "organization")
            or actor.sector not in _STATE_SECTORS
        ):
            return actor
        start, end = _trimmed(self.text, start, end)
        said = self.text[start:end].split()
        if not said or any(w[:1].isupper() for w in said[1:]) or not said[-1].islower():
            return actor  # a named body is the base's to place
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return actor
        country = self._reporting_state_of(span.root, span.start)
        if country is None:
            return actor
        # "Moldova's interior ministry said that border officers had arrested ...": a state's
        # body tells of its own officers, described without a country.
        return replace(actor, country=country)

    def _credited(self, start: int, end: int) -> bool:
        """Whether a span lies in a byline or credit ("By Jane Roe:", "Reporting by ...")."""
        return any(s <= start and end <= e for s, e in self._credits)

    def _resolve(self, start: int, end: int, day: str | None = None) -> Actor | None:
        """`resolve` before a state's officers get the country of the body that tells of them."""
        start, end = _trimmed(self.text, start, end)
        if self._credited(start, end):
            return None  # the writer or photographer credited, no participant of the story
        end = _before_reduced_relative(self.doc, start, end)
        text = self.text[start:end].strip()
        key = _key(text)
        if not key:
            return None
        if key in _PRONOUN_GENDER:
            return self._antecedent(start, _PRONOUN_GENDER[key])
        if key in _PLURAL_PRONOUNS:
            return self._plural_antecedent(start)
        if key == "it":
            return self._body_antecedent(start)
        if key == "its":
            return self._possessive_it(start)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if strip_leading(key) in _GENERIC_PEOPLE and not _counted(span):
            return None  # "people were talking": anyone at all, no actor the ledger can follow
        owned = self._its_official(span, day) if span is not None else None
        if owned is not None:
            return owned
        if span is not None and len(span) == 1 and span[0].pos_ in ("PRON", "DET"):
            # "we", "our", "it", "this": no person the article named, unless quoted
            return self._quoted_self(span[0])
        if span is not None and self.kb.bodies_of_a_kind(text) and _generic_clause(span):
            return None  # "states must fund the vote": the kind, no participant to follow
        earlier = self._definite_plural(span) if span is not None else None
        if earlier is not None:
            return earlier
        if (
            span is not None
            and not _crowd_number(span)
            and all(
                t.ent_type_ in _NOT_ACTOR_LABELS or t.pos_ in ("DET", "PUNCT", "ADP") for t in span
            )
        ):
            return None  # "in May": a month the tagger read, not the surname May
        dated = span is not None and any(
            t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children)
            for t in span
        )
        if day and day != self.dct and span is not None and _role_phrase(span):
            then = self._holder_then(text, day)
            if then is not None:
                return then
        holder = self._holder_of_listed(span) if span is not None else None
        if holder is not None:
            return holder
        apposed = self._apposed_name(span, end)
        if apposed is not None:
            return apposed
        housed = self._housed(span, start)
        if housed is not None:
            return housed
        earlier = (
            self._earlier_body(text, start)
            or self._named_body(text, start)
            or self._kind_body(text, start)
        )
        if earlier is not None:
            return earlier
        author = self._document_author(span)
        if author is not None:
            return author
        exact = self._at.get((start, end))
        if exact is not None:
            return self._canonical(exact.actor)
        if key in self._aliases:
            return self._canonical(self._kin_by_surname(start, text, self._aliases[key]))
        named = self._named_after(end)
        noun = norm(text).split()[-1]
        if named is not None and (noun in self.kb.agents or noun in OUTLET_NOUNS):
            return named  # "the German newspaper Bild": the name the noun introduces
        institution = self.kb.institution(text)  # "the Ukrainian presidency": not its holder
        if institution is not None:
            return institution
        owner = self._titled_person(span, end) or self._possessor(span)
        if owner is not None:
            return owner
        actor = self._former_holder(text, start) or self._role_actor(text, start)
        if actor is not None:
            return actor
        first, past = bisect_left(self._starts, start), bisect_right(self._starts, end)
        inside = [m for m in self._mentions[first:past] if m.end <= end]
        stationed = self._stationed(span, text, inside[-1]) if inside else None
        if stationed is not None:
            return stationed
        if (
            inside
            and inside[-1].end == end
            and (
                _heads(span, inside[-1])
                or (inside[-1].actor.kind != "person" and self._people(span))
            )
        ):
            # "senior diplomats from Britain" is Britain; "the family of X" is not X.
            return self._owned(span, inside[-1]) or self._canonical(inside[-1].actor)
        if dated and span is not None:
            text = _without_dates(span)  # "a letter in May" is no letter of May's
        possessed = self._possessed_name(span)
        if possessed is not None:
            return possessed
        if span is not None and _crowd_number(span):
            # "thousands marched": a crowd of people, civilians unless told otherwise
            return Actor(name=text.strip(), kind="group", sector="CVL")
        return (
            self._full_name(span)
            or self._apposed_body(span, text)
            or self._common_noun_actor(span, text)
            or self._kin(span, text)
        )

    def _kin(self, span: Span | None, text: str) -> Actor | None:
        """'The boy's father', 'her two grandmothers': kin of someone are people the article
        does not name, each a participant (one met or spoken to) though the base has no
        entry for the noun; the possessor's country, when it has one, is theirs."""
        if span is None or span.root.lemma_.lower() not in _KIN_NOUNS:
            return None
        owners = [c for c in span.root.children if c.dep_ == "poss" and c.i < span.root.i]
        if not owners or span.root.i != span.end - 1:
            return None  # "the father of the plan", "father figure": no one's kin
        owner = owners[0]
        actor = self._resolve(owner.left_edge.idx, owner.idx + len(owner.text))
        country = actor.country if actor is not None else None
        kind = "group" if span.root.tag_ == "NNS" else "person"
        return Actor(name=text.strip(), kind=kind, country=country, role=span.root.lemma_.lower())

    def _quoted_self(self, pronoun: Token) -> Actor | None:
        """A quoted "we"/"us"/"our" is the quotation's speaker's side in every sentence of the
        quotation, not only the one its reporting verb governs ('"We struck the depot. Our
        units are safe," the army said'): the body a spokesperson speaks for, else the
        speaker. A pronoun outside quotation marks, in a quoted question (a reporter's
        "will we ...?"), or in a paragraph whose speakers differ or are not known stays
        unresolved; so does one in the sentence of the reporting verb, where extraction
        (events_args.quoted_self) already put the speaker in its place."""
        if pronoun.lower_ not in _QUOTED_SELF:
            return None
        bounds = _paragraph(self.text, pronoun.idx)
        # Read once per paragraph: an article's every "we" would otherwise walk it again.
        known = self._quoted_paragraphs
        if bounds not in known:
            inside = _quoted_stretches(self.text, *bounds)
            known[bounds] = (inside, self._speaker_subjects(bounds, inside) if inside else [])
        inside, subjects = known[bounds]
        if not any(s <= pronoun.idx < e for s, e in inside):
            return None
        sentence = self._sentence(pronoun.idx)
        if sentence is None or sentence.text.rstrip(" \"'”’").endswith("?"):
            return None
        if any(t.sent.start == sentence.start for t in subjects):
            return None  # the reporting verb's own sentence: extraction's quoted_self reads it
        sides = [self._speaker_side(t) for t in subjects]
        names = {side.name if side is not None else None for side in sides}
        return sides[0] if len(names) == 1 else None

    def _speaker_subjects(
        self, bounds: tuple[int, int], inside: list[tuple[int, int]]
    ) -> list[Token]:
        """Subjects of the reporting verbs of a paragraph outside its quotation marks."""
        span = self.doc.char_span(*bounds, alignment_mode="expand")
        if span is None:
            return []

        def quoted(tok: Token) -> bool:
            return any(s <= tok.idx < e for s, e in inside)

        found = []
        for verb in span:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _QUOTING_VERBS or quoted(verb):
                continue
            for c in verb.children:
                if c.dep_ == "nsubj" and not quoted(c):
                    found.append(c)
        return found

    def _speaker_side(self, subject: Token) -> Actor | None:
        """The actor a reporting verb's subject is, or the body it speaks for."""
        if subject.lower_ in _QUOTED_SELF or subject.lower_ in ("i", "me", "you"):
            return None
        start, end = subject.left_edge.idx, subject.idx + len(subject.text)
        body = self.spoken_for(start, end)
        if body is not None:
            return self.resolve(*body)
        return self.resolve(start, end)

    def _document_author(self, span: Span | None) -> Actor | None:
        """'The statement also said ...': a definite document with no author in its own
        phrase takes up the last document of that kind the article gave an author ("the
        ministry said in a statement", "X's readout", "a communique issued by X"). A document
        speaks for whoever issued it."""
        if span is None or not hasattr(self, "_starts") or len(span) > 3:
            return None
        noun = span.root.lemma_.lower()
        if noun not in _DOCUMENTS or span[0].lower_ not in ("the", "this", "that"):
            return None
        if any(c.dep_ in ("poss", "prep") for c in span.root.children):
            return None  # "the ministry's statement", "the statement by X": its own author
        for tok in reversed(self.doc[: span.start]):
            if tok.lemma_.lower() == noun and tok.pos_ == "NOUN":
                author = self._author_of(tok)
                if author is not None:
                    return author
        return None

    def _author_of(self, document: Token) -> Actor | None:
        """Who issued a document, as its phrase or its clause says: a possessor ("X's
        statement"), "by"/"from" X, directly or after "issued"/"released", or the subject of
        the saying it was told in ("X said in a statement")."""
        found: list[Token] = [c for c in document.children if c.dep_ == "poss"]
        for child in document.children:
            preps = [child] if child.dep_ == "prep" else []
            if child.dep_ == "acl":  # "a statement issued by X"
                preps = [c for c in child.children if c.dep_ == "agent" or c.dep_ == "prep"]
            for prep in preps:
                if prep.lower_ in ("by", "from"):
                    found += [c for c in prep.children if c.dep_ == "pobj"]
        verb = document.head.head
        if not found and document.dep_ == "pobj" and document.head.lower_ == "in":
            if verb.pos_ == "VERB" and verb.lemma_.lower() in _SAYING:
                found = [c for c in verb.children if c.dep_ == "nsubj"]
        for tok in found:
            if tok.pos_ in ("PRON", "DET"):
                continue
            phrase = self.doc[tok.left_edge.i : tok.i + 1]
            actor = self.resolve(phrase.start_char, phrase.end_char)
            if actor is not None and actor.kind != "place":
                return actor
        return None

    def _common_noun_actor(self, span: Span | None, text: str) -> Actor | None:
        """The base's actor for a mention, read in sentence case (see `_sentence_case`);
        the actor keeps the words the article wrote."""
        lowered = _sentence_case(span, text)
        actor = self.kb.lookup(lowered, self.dct)
        if actor is not None and lowered != text and actor.name == lowered.strip():
            actor = replace(actor, name=text.strip())
        return actor

    def _possessed_name(self, span: Span | None) -> Actor | None:
        """A name after a possessive is the actor ("the league's Velmora Hawks"); the
        possessor only places it (a state possessor gives it that state's country). Only a
        name the tagger missed comes here: a tagged one is a mention of its own."""
        if span is None:
            return None
        marks = [t for t in span if t.dep_ == "case" and t.text in ("'s", "’s")]
        if len(marks) != 1 or marks[0].i + 1 >= span.end or marks[0].i == span.start:
            return None
        named = self.doc[marks[0].i + 1 : span.end]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in named):
            return None
        actor = self._resolve(named.start_char, named.end_char)
        if actor is None or actor.country:
            return actor
        owner = self.doc[span.start : marks[0].i]
        place = self.kb.places.get(_key(owner.text))
        country = place[0] if place is not None and place[1] == "name" else None
        return replace(actor, country=country) if country else actor

    def _apposed_body(self, span: Span | None, text: str) -> Actor | None:
        """'The Morning Star, a Leeds newspaper' when the tagger saw no name: the name read
        with the apposition that says what it is (a newspaper, a company) and where."""
        if span is None or not all(w[:1].isupper() for w in text.split()[1:]):
            return None
        for child in span.root.children:
            if (
                child.dep_ == "appos"
                and child.i >= span.end
                and child.lemma_.lower() in (OUTLET_NOUNS | BODY_NOUNS)
            ):
                described = self.doc[child.left_edge.i : child.right_edge.i + 1].text
                actor = self.kb.lookup(f"{text}, {described}", self.dct)
                return actor if actor is not None and actor.kind == "organization" else None
        return None

    def _former_holder(self, text: str, start: int) -> Actor | None:
        """'The former vice president' after 'Jane Roe': the person named before it whose
        past office, as the base knows it, the description gives; the nearest such.

        A definite description with "former" names someone the article has already named:
        one whose record shows that office ended before the article's date."""
        words = norm(text).split()
        if len(words) < 3 or words[0] not in ("the", "this", "that"):
            return None
        former = [i for i, w in enumerate(words) if w in ("former", "ex")]
        if not former or former[0] + 1 >= len(words):
            return None
        role = " ".join(words[former[0] + 1 :])
        if self.kb.country_in(role) is not None:
            return None  # "the former Chilean president": the base's own reading
        day = day_of(self.dct)
        i = bisect_left(self._starts, start) - 1
        seen: set[str] = set()
        while i >= 0:
            m = self._mentions[i]
            i -= 1
            if m.actor.kind != "person" or m.actor.name in seen:
                continue
            seen.add(m.actor.name)
            entry = self.kb.entry(m.actor.name)
            if entry is None or entry.kind != "person":
                continue
            for held in entry.roles:
                if not held.role:
                    continue  # a record with dates but no office says nothing of this one
                title = norm(held.role)
                ended = bool(held.end) and (not day or held.end <= day)
                if ended and (title == role or title.startswith(role + " ")):
                    return self._canonical(m.actor)
        return None

    def _full_name(self, span: Span | None) -> Actor | None:
        """'Day', 'Hayee' alone after 'County Executive Ed Day', 'Ambassador Bilal Hayee'
        (names the tagger missed): the one person the article names in full with that word
        as surname, or as given name in a name the tagger read as a person's.

        Only a capitalised word the base does not know: a known surname is the base's (or the
        article's namesake, see `_namesake`)."""
        if span is None or len(span) != 1:
            return None
        tok = span[0]
        word = tok.text
        if tok.pos_ != "PROPN" or not word[:1].isupper() or word.isupper() or len(word) < 3:
            return None
        key = norm(word)
        if key in self.kb.places or key in TITLES or self.kb.entry(word, self.dct) is not None:
            return None
        if word in self._full_names:
            found = self._full_names[word]
            return replace(found, aliases=list(found.aliases)) if found is not None else None
        self._full_names[word] = None  # until found below
        names: set[str] = set()
        for i in self._positions(word):
            if i == tok.i:
                continue
            other = self.doc[i]
            before = self.doc[other.i - 1] if other.i > 0 else None
            after = self.doc[other.i + 1] if other.i + 1 < len(self.doc) else None
            if before is not None and _given_name(before, self.kb) and before.whitespace_ == " ":
                names.add(f"{before.text} {word}")
            if (
                after is not None
                and other.ent_type_ == "PERSON"
                and after.ent_type_ == "PERSON"
                and after.ent_iob_ == "I"
                and _given_name(after, self.kb)
                and "\n" not in other.whitespace_
            ):
                names.add(f"{word} {after.text}")
        if len(names) != 1:
            return None
        name = names.pop()
        known = self._aliases.get(_key(name))
        actor = self._canonical(known) if known is not None else self.kb.lookup(name, self.dct)
        if actor is not None and actor.kind == "person":
            self._full_names[word] = actor
            return replace(actor, aliases=list(actor.aliases))
        return None

    def _positions(self, word: str) -> list[int]:
        """The token indexes where `word` occurs, from a table built once per article: a scan
        of the doc for each word looked up made the cost grow with names times tokens."""
        if self._word_positions is None:
            table: dict[str, list[int]] = {}
            for token in self.doc:
                table.setdefault(token.text, []).append(token.i)
            self._word_positions = table
        return self._word_positions.get(word, [])

    def _apposed_name(self, span: Span | None, end: int) -> Actor | None:
        """'his Cambodian counterpart, X': a description is the person named in apposition
        right after it (past a comma)."""
        if span is None or span.root.pos_ != "NOUN":
            return None
        for child in span.root.children:
            if child.dep_ != "appos" or child.idx < end:
                continue
            words = self.text[end : child.left_edge.idx]
            if words.strip(" ,") and not self._relative_between(span.root, end, child):
                return None
            mention = self._mention_at(child.idx)
            if mention is None:
                return None
            if mention.actor.kind == "person" or self._body_named(span.root, mention.actor):
                return self._canonical(mention.actor)
            return None
        return self._name_before(span) or self._name_closing_subject(span.root, end)

    def _name_before(self, span: Span) -> Actor | None:
        """'Cornel West, a pastor who criticised X': a description in apposition to a person
        named right before it (past a comma) is that person, so the relative clause it opens
        tells of them."""
        root = span.root
        if root.dep_ != "appos" or root.head.i >= span.start:
            return None
        name = root.head
        mention = self._mention_at(name.idx)
        if mention is None or mention.actor.kind != "person":
            return None
        if self.text[mention.end : span.start_char].strip(" ,") or root.tag_ != "NN":
            return None
        return self._canonical(mention.actor)

    def _name_closing_subject(self, head: Token, end: int) -> Actor | None:
        """'The group that runs the system, Acme Network, objects': a name the parser hung on
        the relative clause's last noun, standing between the clause and the verb the
        description is subject of, names the description: a name closing a subject tells
        who the subject is, and a body's kind ("the group") is what a body's name is for."""
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.i <= head.i:
            return None
        for clause in (c for c in head.children if c.dep_ == "relcl" and c.idx >= end):
            for host in clause.subtree:
                for name in (c for c in host.children if c.dep_ == "appos" and c.i > host.i):
                    last = max([name.right_edge.i, *(c.right_edge.i for c in name.conjuncts)])
                    if name.pos_ != "PROPN" or last + 2 != verb.i:
                        continue
                    if self.doc[last + 1].text != "," or self.doc[name.left_edge.i - 1].text != ",":
                        continue
                    actor = self._bare_name(name)
                    if actor is not None and self._body_named(head, actor):
                        return actor
        return None

    def _bare_name(self, name: Token) -> Actor | None:
        """The body a name token's entity names by itself, without the noun the parser made
        it an apposition to (that noun is not what it is called); a name the base does not
        know, tagged an organisation, is one by that name (as the tagger says)."""
        ent = self.index.entity(self.doc, name.i)
        if ent is None:
            return None
        actor = self.kb.lookup(ent.text, self.dct)
        if actor is None or (actor.kind == "person" and ent.label_ == "ORG"):
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            actor = Actor(name=text, kind="organization") if ent.label_ == "ORG" else None
        return actor

    def _relative_between(self, head: Token, end: int, appos: Token) -> bool:
        """Whether all that stands between a description and its apposed name is a relative
        clause on it ("The private group that runs the grid, Acme Network, objects"): the
        clause says which one is meant, and the name after it is still what it is called."""
        if appos.pos_ != "PROPN":
            return False  # "the lie that doubted X, the first president": X's, not the lie's
        first = appos.left_edge.i
        between = [t for t in head.doc[head.i + 1 : first] if t.idx >= end and not t.is_space]
        clauses = [c for c in head.children if c.dep_ in ("relcl", "acl") and c.idx >= end]
        if not clauses or not between or between[-1].text != ",":
            return False  # the name must follow the clause past a comma, not stand inside it
        if any(c.right_edge.i >= first for c in clauses):
            return False
        inside = {t.i for c in clauses for t in c.subtree}
        return all(t.i in inside or t.text == "," for t in between)

    @staticmethod
    def _body_named(head: Token, actor: Actor) -> bool:
        """Whether a description by a body's kind ("the group", "the company") may be the
        organisation named in apposition to it: a body, not a person or place."""
        return actor.kind in ("organization", "group") and head.lemma_.lower() in BODY_NOUNS

    def _housed(self, span: Span | None, start: int) -> Actor | None:
        """'Peru's embassy in Bogota': a body its phrase gives an owner ("Peru's", "the
        Chilean") is that owner's; the place after "in"/"at" is only where it sits."""
        if span is None or span.root.pos_ != "NOUN":
            return None
        for prep in span.root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or prep.i <= span.start:
                continue
            owner = self.text[start : prep.idx].strip()
            country = self.kb.country_in(norm(owner))
            site = self.kb.country_in(norm(self.text[prep.idx + len(prep.text) : span.end_char]))
            if prep.i >= span.end or country is None or site in (None, country):
                return None  # only where owner and site disagree does the owner win
            actor = self.resolve(start, start + len(owner))
            return actor if actor is not None and actor.country else None
        return None

    def _earlier_body(self, text: str, start: int) -> Actor | None:
        """'the embassy', 'the presidency' with no owner: the body the article named so
        before with its owner ("Peru's embassy", "Ghana's presidency"), the nearest such."""
        words = norm(text).split()
        if len(words) < 2 or words[0] != "the" or self.kb.country_in(" ".join(words)):
            return None
        if any(w[:1].isupper() for w in text.split()[1:]):
            return None  # "the Foreign Office": a body's proper name, the base's to tell
        tail = words[1:]
        if not _agentive(tail[-1], self.kb) and self.kb.office_of(text) is None:
            return None
        until = start  # "X's foreign ministry summoned Y ..., the ministry said": so far
        ending = self._chunks_ending(tail[-1])
        for _end, chunk, said in reversed(ending[: bisect_left(ending, (until + 1,))]):
            if len(said) <= len(tail) or said[-len(tail) :] != tail:
                continue
            if not self._state_named(said[: -len(tail)]):
                continue  # "the foreign ministry" before is no owner, nor a city's police
            actor = self.resolve(chunk.start_char, chunk.end_char)
            if actor is not None and actor.kind in ("organization", "group") and actor.country:
                return actor
        return self._lead_body(tail, start)

    def _named_body(self, text: str, start: int) -> Actor | None:
        """'the university' after 'Georgetown University', 'the company' after 'Acme
        Company': a definite common noun recalls the nearest organisation named before whose
        name ends in that noun."""
        words = text.split()
        if len(words) != 2 or words[0].lower() not in ("the", "this") or not words[1].islower():
            return None
        noun = norm(words[1])
        if noun in _PLACE_NOUNS:
            return None  # "the state" is rarely the "Islamic State" named before
        i = bisect_left(self._starts, start) - 1
        while i >= 0:
            m = self._mentions[i]
            i -= 1
            if m.actor.kind != "organization" or m.end > start:
                continue
            key = _key(m.actor.name).split()
            if len(key) >= 2 and noun in _name_heads(key) and not self.kb.is_seat(" ".join(key)):
                return self._canonical(m.actor)
        return None

    def _kind_body(self, text: str, start: int) -> Actor | None:
        """'The group', 'the militant group', 'the company' after a name that does not end in
        the noun ("Acme said ... The group is considering ..."): a definite description by the
        body's kind, with or without modifiers, takes
        up the nearest organisation named in its sentence or the three before, of that kind
        (a company is a business; a group or organisation is no state body nor outlet). A
        state's body, a person, a place or any other name nearer stops the search: "the
        group" is then more likely the people just told of than a body further back."""
        words = text.split()
        if not 2 <= len(words) <= 4 or words[0].lower() not in ("the", "this"):
            return None
        if not all(w.islower() for w in words[1:]):
            return None  # "the militant group", "the tech company": described, not named
        kind = _BODY_KINDS.get(norm(words[-1]))
        sentence = self._sentence(start)
        if kind is None or sentence is None:
            return None
        for _ in range(3):
            sentence = self._previous_sentence(sentence) or sentence
        i = bisect_left(self._starts, start) - 1
        while i >= 0 and self._mentions[i].start >= sentence.start_char:
            m, i = self._mentions[i], i - 1
            if m.end > start:
                continue
            actor = self._canonical(m.actor)
            if actor.kind in ("organization", "group") and _of_kind(actor, kind):
                return None if self._name_between(m.end, start) else actor
            if actor.kind == "person" or actor.sector in _STATE_SECTORS:
                return None  # a place is no body: "X attacked a post near Gaza. The group"
        return None

    def _name_between(self, begin: int, end: int) -> bool:
        """Whether the tagger saw a name in [begin, end) that resolved to no mention: a
        nearer name the description may recall, which blocks a body further back. A country
        or town the tagger took for an organisation ("Cameroon's shipment") is no body."""
        return any(
            e.label_ in ACTOR_LABELS
            and begin <= e.start_char
            and e.end_char <= end
            and not _no_body(e)
            and strip_leading(norm(e.text)) not in self.kb.places
            for e in self.doc.ents
        )

    def _state_named(self, words: list[str]) -> bool:
        """Whether words name a state by its name or nationality ("Peru 's", "the Chilean"),
        not by a town: a state's body ("embassy", "presidency") is what a bare one recalls."""
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                place = self.kb.places.get(" ".join(words[i : i + n]))
                if place is not None and place[1] in ("name", "adjective"):
                    return True
        return False

    def _lead_body(self, tail: list[str], start: int) -> Actor | None:
        """'the presidency', 'the foreign ministry' that no owned body before explains: the
        state body of the country the article's lead is about (its first main subject with
        a country), not of whichever place was named last."""
        country = self._lead_country(start)
        if country is None:
            return None
        name = self.kb.country_names.get(country, country)
        body = self.kb.institution(f"{name}'s {' '.join(tail)}")
        return body if body is not None and body.country == country else None

    def _lead_country(self, start: int) -> str | None:
        """The country of the first main-clause subject (before `start`) the article names
        with a country: whom the story is about."""
        at = 0
        for _ in range(3):
            if at >= len(self.doc):
                return None
            sentence = self.index.sentence(self.doc, at)  # the index, not a walk of the doc
            at = sentence.end
            if sentence.start_char >= start:
                return None
            for tok in sentence:
                if tok.dep_ not in _SUBJECTS or tok.head.dep_ != "ROOT":
                    continue
                mention = self._mention_at(tok.idx)
                actor = self._canonical(mention.actor) if mention is not None else None
                if actor is not None and actor.country and actor.kind != "place":
                    return actor.country
        return None

    def _chunks_ending(self, word: str) -> list[tuple[int, Span, list[str]]]:
        """The doc's noun chunks whose last word is `word`, in order, with their end and
        normalised words: indexed once, so each bare body looks only at its namesakes."""
        if self._chunks is None:
            self._chunks = {}
            for chunk in self.doc.noun_chunks:
                said = norm(chunk.text).split()
                if said:
                    self._chunks.setdefault(said[-1], []).append((chunk.end_char, chunk, said))
        return self._chunks.get(word, [])

    def _titled_person(self, span: Span | None, end: int) -> Actor | None:
        """'President X' as one span: the named person its head is, not whoever the article
        last gave the title."""
        head = self._mention_at(span.root.idx) if span is not None else None
        if head is None or head.actor.kind != "person" or head.end > end:
            return None
        return self._canonical(head.actor)

    def _possessor(self, span: Span | None) -> Actor | None:
        """'X's original plan', 'X's new poem': a thing is no actor, so an event told of it is
        told of its owner, the person or body named as its possessor. A phrase whose head is
        itself an actor ("X's spokesman", "Kenya's parliament", a named body) is not a thing."""
        if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
            return None
        root = span.root
        if self._mention_at(root.idx) is not None or root.ent_type_ in ACTOR_LABELS:
            return None
        word = root.lemma_.lower()
        if _agentive(word, self.kb) or self.kb.office_of(root.text) is not None:
            return None
        owners = [c for c in root.children if c.dep_ == "poss" and c.i >= span.start]
        if (
            owners
            and owners[0].lower_ in ("his", "her")
            and owners[0].pos_ == "PRON"
            and root.text.islower()
            and self.kb.is_thing(root.lower_)
        ):
            # "his powers", "her new poem": the thing is its owner's, the person the
            # pronoun points back to
            return self._antecedent(owners[0].idx, _PRONOUN_GENDER[owners[0].lower_])
        mention = self._mention_at(owners[0].idx) if owners else None
        if mention is None or mention.actor.kind not in ("person", "organization"):
            return None
        return self._canonical(mention.actor)

    def _reporting_state(self, ent: Span) -> str | None:
        """The country whose state body reports the clause a name stands in: the subject of
        the verb of saying above it, when that subject is a country's institution ("Pakistan's
        Ministry of Foreign Affairs said ...")."""
        return self._reporting_state_of(ent.root, ent.start)

    def _reporting_state_of(self, tok: Token, start: int) -> str | None:
        """`_reporting_state` for the phrase headed by `tok`, starting at token `start`."""
        for _ in range(4):
            if tok.head is tok:
                return None
            tok = tok.head
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _SAYING | _STANCE_VERBS:
                break
        else:
            return None
        subjects = [self._past_dateline(c) for c in tok.children if c.dep_ in _SUBJECTS]
        subjects = [c for c in subjects if c is not None]
        if not subjects or subjects[0].i >= start:
            return None
        head = subjects[0]
        # the subject without a time hung from it ("the ministry on Wednesday rejected ...")
        # and without the dateline the parse may have hung from it
        times = [
            c.i
            for c in head.children
            if c.i > head.i and c.dep_ == "prep" and any(g.ent_type_ in _TIMES for g in c.children)
        ]
        subject = self.doc[head.left_edge.i : min([head.right_edge.i + 1, *times])]
        said = self.text[slice(*_trimmed(self.text, subject.start_char, subject.end_char))]
        body = self.kb.institution(said)
        if body is None and any(c.dep_ == "poss" for c in head.children):
            # "Moldova's interior ministry": a state's own body the base has no name for
            body = self.kb.lookup(said, self.dct)
            if body is not None and (body.kind == "person" or body.sector != "GOV"):
                body = None
        return body.country if body is not None else None

    def _subjects(self, verb: Token) -> list[Token]:
        """A verb's subjects, not counting a dateline the parse took for one."""
        found = (self._past_dateline(c) for c in verb.children if c.dep_ == "nsubj")
        return [c for c in found if c is not None]

    def _past_dateline(self, tok: Token) -> Token | None:
        """A subject as the sentence means it: the parse may take a dateline's place for the
        subject ("OSLO, May 2 (Wire) - Norway's ministry said") and hang the real one from it
        as an apposition. The place is only where the story was filed."""
        end = datelines.dateline_end(self.text, tok.idx)
        if end is None or tok.idx >= end:
            return tok
        return next((c for c in tok.children if c.dep_ == "appos" and c.idx >= end), None)

    def _people(self, span: Span | None) -> bool:
        """Whether a phrase's head names people ("senior diplomats from Britain"), whom the
        country at its end stands for."""
        if span is None:
            return True
        word = span.root.lemma_.lower()
        return word in self.kb.agents or singular(word) in self.kb.agents

    def _stationed(self, span: Span | None, text: str, place: _Mention) -> Actor | None:
        """'Police in Lyon', 'troops in Arvel, France': people a place holds by "in" are those
        people, of the place's country (as "French police" is), not the place. People the
        place stands for ("residents in Lyon") stay the place, and a single body ("the
        embassy in Lima") is left to `_housed`, since it may belong to another state."""
        if span is None or place.actor.kind != "place" or place.end != span.end_char:
            return None
        root = span.root
        if root.pos_ != "NOUN" or root.lemma_.lower() in _INHABITANTS:
            return None
        if root.tag_ != "NNS" and root.lower_ not in _COLLECTIVE_PEOPLE:
            return None  # "the embassy in Lima": one body, whose owner the place is not
        sector = self.kb.agents.get(root.lower_) or self.kb.agents.get(root.lemma_.lower())
        if sector in (None, "NON") and not self._people(span):
            return None
        preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"]
        if not preps or preps[0].i >= span.end or preps[0].idx > place.start:
            return None  # the place must sit inside the "in" phrase of the head
        actor = self._common_noun_actor(span, text)
        if actor is None or actor.kind == "place" or not actor.country:
            return None
        return actor

    def _owned(self, span: Span | None, named: _Mention) -> Actor | None:
        """'Kenya's National Intelligence Service' when the base knows that name as another
        country's body: the body of the country that owns it in the phrase, not the base's.
        The same for a body the tagger named without a country ("China's navy")."""
        actor = named.actor
        if span is None or actor.kind != "organization":
            return None
        owners = [c for c in span.root.children if c.dep_ == "poss" and c.i < span.root.i]
        place = self.kb.places.get(norm(owners[0].text)) if owners else None
        if not actor.country:
            # "China's navy" with the tagger's ORG on "navy" alone: the owner's body, read
            # as the base reads the whole phrase.
            if place is None or place[1] not in ("name", "capital"):
                return None
            whole = self.kb.lookup(span.text, self.dct)
            return whole if whole is not None and whole.country == place[0] else None
        if place is None or place[1] not in ("name", "capital") or place[0] == actor.country:
            return None
        country = self.kb.country_names.get(place[0], place[0])
        name = f"{self.text[named.start : named.end]} of {country}"
        return Actor(name=name, kind="organization", country=place[0], sector=actor.sector)

    def _holder_of_listed(self, span: Span) -> Actor | None:
        """'the presidents of Kazakhstan, Uzbekistan and ...': each country's office holder."""
        tok = span.root
        if tok.tag_ == "NNS":  # the span is the plural role itself: its first country
            tok = next((c for p in tok.children if p.lower_ == "of" for c in p.children
                        if c.dep_ == "pobj"), tok)  # fmt: skip
        place = self.kb.places.get(norm(tok.text))
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        prep = tok.head if tok.dep_ == "pobj" else None
        role = prep.head if prep is not None and prep.lower_ == "of" else None
        if place is None or role is None or role.tag_ != "NNS":
            return None
        # "the foreign ministers of X and Y": the office with its modifiers
        words = [c.lower_ for c in role.lefts if c.dep_ in ("compound", "amod")]
        office = OFFICE_NOUNS.get(" ".join([*words, role.lemma_.lower()]))
        office = office or OFFICE_NOUNS.get(role.lemma_.lower())
        if office is None or span.root.i not in {tok.i, role.i, *(c.i for c in tok.conjuncts)}:
            return None  # the country is not one of the listed ones
        name = self.kb.holder(place[0], office, self.dct)
        actor = self.kb.actor(name, self.dct) if name else None
        return self._canonical(actor) if actor is not None else None

    def _named_after(self, end: int) -> Actor | None:
        """The organisation or person named right after a span ends (one space between)."""
        i = bisect_right(self._starts, end + 1) - 1
        if i < 0:
            return None
        m = self._mentions[i]
        if m.start not in (end, end + 1) or self.text[end : m.start].strip():
            return None
        return self._canonical(m.actor) if m.actor.kind != "place" else None

    def _canonical(self, actor: Actor) -> Actor:
        """A person as the article describes them; other actors as they were mentioned."""
        return self._known.get(actor.name, actor) if actor.kind == "person" else actor

    def _role_actor(self, text: str, start: int) -> Actor | None:
        """A role noun phrase: the person the article gave that office, else the base's holder."""
        office = self.kb.office_of(text)
        described = self._described_as(text, start)
        if office is None or described is not None:
            # The article's own description ("German Chancellor Olaf Scholz" for "the
            # chancellor", "Japanese Foreign Minister ..." for "the Japanese minister") beats
            # an office merely of the same rank ("Polish Prime Minister").
            return described or self._body_spokesperson(text, start)
        country, key, _ = office
        if country is None:
            given = self._office_mentions.get(key, [])
            i = bisect_left(given, (start,)) - 1
            if i >= 0:
                return self._known[given[i][1]]
            return self._body_spokesperson(text, start)
        if key == "leader":
            key = self.kb.leader_office.get(country, "president")
        name = self._offices.get((country, key))
        if name:
            return self._known[name]
        actor = self.kb.lookup(text, self.dct)
        if actor is not None and actor.kind == "person":
            if actor.role and actor.name == actor.role:
                # The base knows no holder ("Jordan's king" is only its title): the one
                # person the article itself titles so ("King Abdullah II of Jordan").
                titled = self._titled.get((country, key), [])
                if len(titled) == 1 and titled[0] in self._known:
                    return self._known[titled[0]]
            return self._known.get(actor.name, actor)
        return None

    def _body_spokesperson(self, text: str, start: int) -> Actor | None:
        """'the ministry spokeswoman', 'a ministry spokesman', 'the spokesman' with no owner
        and no name: the spokesperson of the state body the article named before it (the
        nearest such, whose name has the body noun the phrase gives), of that body's country.
        A spokesperson speaks for a body; left unowned, it is the body the story told."""
        words = re.findall(r"[\w-]+", norm(text))
        if not words or OFFICE_NOUNS.get(words[-1]) != "spokesperson":
            return None
        if self.kb.country_in(" ".join(words)) or any(w[:1].isupper() for w in text.split()[1:]):
            return None  # "the Elysee spokesman", "the Chinese spokesman": the office's own
        nouns = [w for w in words[:-1] if w in BODY_NOUNS]
        said_of = words[1:-1]  # "the foreign ministry spokesman": words its body's name has
        if words[0] not in ("the", "a", "an", "this") or set(said_of) & (_RANKS | {"former"}):
            return None  # "the deputy spokesman", "Lee's spokesman": not the plain office
        # Bodies named before: mentions (maybe still in the making, unsorted: called from
        # `_add_role_nouns`) and noun chunks ending in the body noun ("Peru's foreign ministry").
        bodies: list[tuple[int, int, Actor | None]] = [
            (m.start, m.end, m.actor)
            for m in self._mentions
            if m.end <= start and m.actor.kind == "organization"
        ]
        for noun in nouns or _SPEAKING_BODIES:
            for end, chunk, _said in self._chunks_ending(noun):
                if end <= start:
                    bodies.append((chunk.start_char, end, None))
        body, body_span = None, (0, 0)
        for at, end, actor in sorted(bodies, key=lambda b: b[:2], reverse=True):
            said = self.text[at:end]
            if actor is None:
                built = hasattr(self, "_starts")
                # before the index is built, the base reads the phrase ("Norway's ministry")
                actor = (
                    self.resolve(at, end)
                    if built
                    else self.kb.institution(said) or self.kb.lookup(said, self.dct)
                )
            if actor is None or actor.kind != "organization" or not actor.country:
                continue
            if not set(said_of) <= set(norm(actor.name).split()) | set(norm(said).split()):
                continue
            body, body_span = actor, (at, end)
            break
        if body is None or body.sector != "GOV":
            return None  # the body told last is no state's: not for a guess
        actor = Actor(name=f"{words[-1]} of {body.name}", kind="person",
                      country=body.country, sector="GOV", role=words[-1])  # fmt: skip
        self._spokesperson_bodies.setdefault(actor.name, body_span)
        if words[-1] in _TITLE_GENDER and actor.name not in self._genders:
            self._genders[actor.name] = _TITLE_GENDER[words[-1]]
            getattr(self, "_other_gender", {}).clear()  # genders known changed
        return actor

    def spoken_for(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of the state body a mention speaks for when it is (or takes up) a
        spokesperson known only by that body ("the ministry spokeswoman ... She said"): the
        body `_body_spokesperson` chose for it; None for any other mention."""
        actor = self.resolve(start, end)
        return self._spokesperson_bodies.get(actor.name) if actor is not None else None

    def _holder_then(self, text: str, day: str) -> Actor | None:
        """The holder on `day` of the office a role phrase names with its country."""
        office = self.kb.office_of(text)
        if office is None or office[0] is None:
            return None
        country, key, _ = office
        if key == "leader":
            key = self.kb.leader_office.get(country, "president")
        name = self.kb.holder(country, key, day)
        if name is None:
            return None
        if name in self._known:
            return self._known[name]
        return self.kb.actor(name, day)

    def _described_as(self, text: str, start: int) -> Actor | None:
        """'The Moldovan minister': the last person the article described with that noun."""
        words = norm(text).split()
        if len(words) < 2 or words[0] not in ("the", "this", "that"):
            return None
        head = words[-1]
        if head not in self.kb.agents:
            return None
        country = self.kb.country_in(" ".join(words[:-1]))
        # Rank and agent words must agree: "the deputy minister" is not the foreign minister.
        qualifiers = {w for w in words[1:-1] if w in _RANKS or w in self.kb.agents}
        best, best_at = None, -1
        for described_country, description, noun, actor in self._described:
            if head != noun or (country is not None and country != described_country):
                continue  # "the foreign ministry" is not its "foreign ministry spokesman"
            if not qualifiers <= description:
                continue
            # The most recently mentioned of the people the article described so.
            starts = self._starts_of.get(actor.name, [])
            i = bisect_left(starts, start) - 1
            last = starts[i] if i >= 0 else -1
            if last > best_at:
                best, best_at = actor, last
        return self._canonical(best) if best is not None else None

    def _antecedent(self, start: int, gender: str) -> Actor | None:
        """He/she/his: the nearest person of the right gender the text offers, by clause role.

        In the pronoun's own sentence, a subject before it, else a possessor before it ("In
        X's speech, he said"). Else in the previous sentence: its subject, the agent of its
        passive ("was flagged by X"), an unnamed person as its subject ("A protester was
        detained. He ..." is that protester: no named actor), the possessor of its subject,
        then its first person mention (a heading glued to the sentence is skipped). Failing all
        that, the most recent person mentioned. A person coordinated with the pronoun ("He and
        Olaf Scholz") is never its antecedent, nor a person whose given name or title says the
        other gender. An unnamed person noun standing closer than any name ("In an FBI
        agent's testimony, he ...") takes the pronoun: None, rather than a name further back.
        """
        sentence = self._sentence(start)
        if sentence is None:
            return None
        pronoun = next((t for t in sentence if t.idx == start), None)
        excluded = self._coordinated(pronoun) if pronoun is not None else set()
        local = self._clause_mates(pronoun) if pronoun is not None else set()
        excluded |= local | self._not_of_gender(gender)
        excluded |= self._named_objects(pronoun) if pronoun is not None else set()
        before = [t for t in sentence if t.idx < start]
        own = self._own_clause_subject(pronoun) if pronoun is not None else None
        if own is not None:
            actor = self._person_at(own, False)
            if actor is not None and self._agrees(actor, gender, excluded):
                return actor
        for deps, owners in ((_SUBJECTS, True), ({"poss"}, False)):
            for tok in before:
                if tok.dep_ not in deps:
                    continue
                actor = self._person_at(tok, owners)
                if actor is not None and self._agrees(actor, gender, excluded):
                    return actor
                if actor is None and self._unnamed_person(tok, gender):
                    return None
        if local:
            nearest = self._nearest_person(sentence.start_char, start, gender, excluded)
            if nearest is not None:
                return nearest
        previous = self._previous_sentence(sentence)
        if previous is not None:
            found = self._previous_antecedent(previous, gender, excluded)
            if found is not None:
                return found[0]
            body = previous.start_char + previous.text.rfind("\n") + 1
            first, past = (
                bisect_left(self._starts, body),
                bisect_left(self._starts, previous.end_char),
            )
            for m in self._mentions[first:past]:
                if m.actor.kind == "person":
                    if m.actor.name not in excluded:
                        return self._known.get(m.actor.name, m.actor)
            found = None
            if not self._person_before(sentence.start_char, start, excluded):
                found = self._earlier_subject(previous, gender, excluded)
            if found is not None:
                return found
        i = bisect_right(self._starts, start) - 1
        while i >= 0:
            m = self._mentions[i]
            if m.actor.kind == "person" and m.end <= start and m.actor.name not in excluded:
                return self._known.get(m.actor.name, m.actor)
            i -= 1
        return None

    @staticmethod
    def _own_clause_subject(pronoun: Token) -> Token | None:
        """The subject of the clause a possessive pronoun stands in, when it comes before the
        pronoun: "Rendell said Sanders will have to tone down his attacks" binds "his" to
        Sanders, the nearest subject, not to the sentence's first."""
        if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her"):
            return None
        verb = pronoun.head
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX"):
                break
            if verb.head == verb:
                return None
            verb = verb.head
        while verb.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < pronoun.i]
            if subjects:
                return subjects[0]
            if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head == verb:
                return None
            verb = verb.head  # "will have to tone down": the subject of "have"
        return None

    def _clause_mates(self, pronoun: Token) -> set[str]:
        """The people an object pronoun cannot stand for: its own clause's subject (binding
        theory's Principle B: in "X accused her", "her" is not X, or "herself" would be
        said), also the understood subject of a participle or infinitive it is the object of
        ("X said ..., accusing her of lying": the accuser is X). A possessive or a subject
        pronoun is free ("X said her plan ..."), and so is an object in a clause of its own."""
        if pronoun.dep_ not in _OBJECT_DEPS or pronoun.lower_.endswith("self"):
            return set()
        verb = pronoun.head
        if pronoun.dep_ == "pobj":
            if verb.dep_ != "prep" or verb.head.pos_ not in ("VERB", "AUX"):
                return set()  # "a letter to her" in a noun phrase binds nothing
            verb = verb.head
        names: set[str] = set()
        controlled = False
        for _ in range(4):
            subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
            if controlled and subjects and all(t.lower_ in _EXPLETIVES for t in subjects):
                subjects = []  # "X said it is up to Y, accusing her": "it" accuses no one
            if subjects:
                for tok in subjects:
                    actor = self._person_at(tok, owners=False)
                    if actor is not None:
                        names.add(actor.name)
                break
            if verb.dep_ == "ccomp" and controlled:
                verb = verb.head
                continue
            if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.tag_ not in _NONFINITE:
                break
            verb, controlled = verb.head, True  # the controller of "accusing": the subject above
        return names

    def _named_objects(self, pronoun: Token) -> set[str]:
        """The people a subject pronoun cannot stand for: those named as objects of its own
        verb (binding theory's Principle C: in "He urged Lind to ...", "he" is not Lind, or
        "himself" would be said)."""
        if pronoun.dep_ != "nsubj" or pronoun.head.pos_ not in ("VERB", "AUX"):
            return set()
        names: set[str] = set()
        for child in pronoun.head.children:
            if child.dep_ in ("dobj", "obj", "dative", "iobj") and child.pos_ == "PROPN":
                mention = self._mention_at(child.idx)
                if mention is not None and mention.actor.kind == "person":
                    names.add(mention.actor.name)
        return names

    def _nearest_person(
        self, begin: int, start: int, gender: str, excluded: set[str]
    ) -> Actor | None:
        """The person named last in [begin, start) who may be a pronoun's antecedent: when its
        clause's own subject is ruled out, the sentence's other people come before any in an
        earlier sentence (the nearer, the more salient)."""
        first, past = bisect_left(self._starts, begin), bisect_left(self._starts, start)
        for m in reversed(self._mentions[first:past]):
            if m.actor.kind == "person" and m.end <= start:
                actor = self._known.get(m.actor.name, m.actor)
                if self._agrees(actor, gender, excluded):
                    return actor
        return None

    def _body_antecedent(self, start: int) -> Actor | None:
        """It: the body or country a subject "it" takes up ("Greece said it ...", "The
        ministry sent troops. On Sunday it shot down ..."), by the same clause roles as "he":
        the first subject before it in its sentence, else the main subject of the sentence
        before (or, past one naming no singular body, the one before that; a line with no
        subject at all, a heading, is passed over). The nearest singular non-person subject
        is the antecedent: when its head noun names no people or body ("The plan was leaked.
        It calls for ..."), or the pronoun is an object or "it is", no actor."""
        sentence = self._sentence(start)
        pronoun = next((t for t in sentence if t.idx == start), None) if sentence else None
        if pronoun is None or pronoun.dep_ not in _SUBJECTS or pronoun.head.lemma_ == "be":
            return None
        candidates = [t for t in sentence if t.idx < start and t.dep_ in _SUBJECTS]
        earlier, looked = self._previous_sentence(sentence), 0
        while not candidates and earlier is not None and looked < 2:
            candidates = [t for t in earlier if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"]
            if any(t.dep_ in _SUBJECTS for t in earlier):
                looked += 1  # a line with no subject ("Read more:", a heading) is no clause
            earlier = self._previous_sentence(earlier)
            candidates = [t for t in candidates if t.tag_ in ("NN", "NNP")]
        for tok in candidates[:1]:
            if tok.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in tok.children):
                return None  # "they", "X and Y", a plural: not what "it" takes up
            if tok.tag_ == "NN" and not _agentive(tok.lemma_.lower(), self.kb):
                return None  # "the retailer's platform ... it": a thing, whoever owns it
            end = max([tok.i, *(c.right_edge.i for c in tok.rights if c.lower_ == "of")])
            phrase = self.doc[tok.left_edge.i : end + 1]  # "the Ministry of Defence of X"
            actor = self.resolve(phrase.start_char, phrase.end_char)
            if actor is None or actor.kind == "person":
                return None
            if actor.kind in ("group", "organization") or actor.country:
                return actor
        return None

    def _its_official(self, span: Span, day: str | None) -> Actor | None:
        """'Iran denied that its foreign minister had met ...': an office or body owned by
        "its" is the office or body of the state "its" points back to, read as the base
        reads "Iran's foreign minister" (its holder on the day, or the office). The owner
        may be the subject of the clause that reports the one the phrase is in."""
        if len(span) < 2 or span[0].lower_ != "its" or span[0].dep_ != "poss":
            return None
        root = span.root
        owned = span[1:].text
        if not (
            _agentive(root.lemma_.lower(), self.kb)
            or _agentive(norm(owned), self.kb)  # "its coast guard": the agent list's phrase
            or self.kb.office_of(owned)
            or self.kb.instruments.get(root.lemma_.lower())  # "its warplanes": its military's
        ):
            return None  # "its nuclear programme": a thing, whoever owns it
        owner = self._possessive_it(span[0].idx, reported=True)
        if owner is None or not owner.country or owner.kind not in ("place", "organization"):
            return None
        # a state's government owns its state's offices and forces: "Kenya's troops"
        state = owner.kind == "place" or owner.sector == "GOV"
        name = self.kb.country_names.get(owner.country, owner.name) if state else owner.name
        actor = self.kb.lookup(f"{name}'s {span[1:].text}", day or self.dct)
        if actor is None or actor.country != owner.country:
            return None
        return actor

    def _possessive_it(self, start: int, reported: bool = False) -> Actor | None:
        """Its: the singular body or country that is the subject of the clause the possessed
        noun sits in ("Veldland kept up its criticism of ...", "the ministry renewed its
        call"): a possessive pronoun inside a clause is bound first by that clause's subject.
        Nothing when the subject is the possessed noun's own phrase ("its army said"), a
        person, a plural or a coordination, or a thing (its head no body)."""
        sentence = self._sentence(start)
        pronoun = next((t for t in sentence if t.idx == start), None) if sentence else None
        if pronoun is None or pronoun.dep_ != "poss":
            return None
        clause = pronoun.head
        for _ in range(4):
            if clause.pos_ in ("VERB", "AUX") or clause.head is clause:
                break
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return None
        subjects = self._subjects(clause)
        if len(subjects) != 1:
            return None
        tok = subjects[0]
        if tok.left_edge.i <= pronoun.i <= tok.right_edge.i:
            if not reported or clause.dep_ != "ccomp":
                return None  # "its army said": the pronoun is inside the subject
            # "Iran denied that its minister had ...": bound by the reporting clause's subject
            clause = clause.head
            subjects = self._subjects(clause)
            if not subjects and clause.dep_ == "advcl" and clause.tag_ == "VBG":
                # "X rejected the claims, saying its forces had not fired": the participle's
                # understood subject is its clause's
                clause = clause.head
                subjects = self._subjects(clause)
            if len(subjects) != 1:
                return None
            tok = subjects[0]
        if tok.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in tok.children):
            return None
        if tok.tag_ == "NN" and not _agentive(tok.lemma_.lower(), self.kb):
            return None
        end = max([tok.i, *(c.right_edge.i for c in tok.rights if c.lower_ == "of")])
        phrase = self.doc[tok.left_edge.i : end + 1]
        actor = self.resolve(phrase.start_char, phrase.end_char)
        if actor is None or actor.kind == "person":
            return None
        return actor if actor.kind in ("group", "organization") or actor.country else None

    def _plural_antecedent(self, start: int) -> Actor | None:
        """They/their: a plural subject naming a group, before the pronoun in its sentence or
        as the previous sentence's main subject ("The Republicans argue ... They then ask").

        Only a plural noun the article resolves to a group or body counts; a coordination
        ("X and Y ... they") is several actors, and "they" for things is no actor: None."""
        sentence = self._sentence(start)
        if sentence is None:
            return None
        subjects = [t for t in sentence if t.idx < start and t.dep_ in _SUBJECTS]
        previous = self._previous_sentence(sentence)
        if not subjects and previous is not None:
            subjects = [t for t in previous if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"]
        for tok in subjects[:1]:
            if tok.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children):
                return None
            phrase = self.doc[tok.left_edge.i : tok.i + 1]
            actor = self.resolve(phrase.start_char, phrase.end_char)
            if actor is None or actor.kind == "place":
                return None
            if tok.tag_ == "NNPS" and actor.name.endswith(tok.text):
                return actor  # a plural name ("Republicans"): the group it names
            if actor.kind in ("group", "organization") and (actor.country or actor.sector):
                return actor
        return None

    def _definite_plural(self, span: Span) -> Actor | None:
        """'The men' after '23 Haitian fishermen': a definite plural noun with no modifier of
        its own takes up the nearest fuller phrase before it (this or the two sentences
        before) whose plural head is the same noun or a compound ending in it ("fishermen"
        are men), so the group keeps the most specific description the article gave it."""
        if len(span) != 2 or span[0].lower_ != "the" or span[1].tag_ != "NNS":
            return None
        noun = span[1].lower_
        sentence = self._sentence(span.start_char)
        if sentence is None or not noun.isalpha():
            return None
        tokens = list(sentence[: span.start - sentence.start])
        for _ in range(2):
            sentence = self._previous_sentence(sentence)
            if sentence is None:
                break
            tokens = list(sentence) + tokens
        for tok in reversed(tokens):
            if (
                tok.tag_ == "NNS"
                and _compound_of(tok.lower_, noun)
                and any(c.dep_ in ("nummod", "amod", "compound") for c in tok.children)
            ):
                phrase = self.doc[tok.left_edge.i : tok.i + 1]
                actor = self.resolve(phrase.start_char, phrase.end_char)
                return actor if actor is not None and actor.kind != "place" else None
        return None

    def _previous_antecedent(
        self, previous: Span, gender: str, excluded: set[str]
    ) -> tuple[Actor | None] | None:
        """The previous sentence's main-clause antecedent, as a 1-tuple (its actor, or None
        for an unnamed person); None when the main clause offers no person."""
        subjects = [t for t in previous if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"]
        agents = [
            o
            for t in previous
            if t.dep_ == "agent" and t.head.dep_ == "ROOT"
            for o in t.children
            if o.dep_ == "pobj"
        ]

        def named(tokens: list[Token], owners: bool) -> Actor | None:
            for tok in tokens:
                actor = self._person_at(tok, owners) or self._chained(tok, gender)
                if actor is not None and self._agrees(actor, gender, excluded):
                    return actor
            return None

        actor = named(subjects, False) or named(agents, False)
        if actor is not None:
            return (actor,)
        if any(self._unnamed_person(t, gender) for t in subjects):
            return (None,)
        actor = named(subjects, True)
        return (actor,) if actor is not None else None

    def _chained(self, tok: Token, gender: str) -> Actor | None:
        """The person an earlier subject pronoun of the same gender stands for: a story goes
        on with one topic ("... ," he said. "We are friends." He also urged ...), so a
        pronoun subject after a pronoun subject is the same person, not whoever was named
        last (often the one spoken to or about)."""
        if tok.lower_ not in ("he", "she") or _PRONOUN_GENDER[tok.lower_] != gender:
            return None
        return self._antecedent(tok.idx, gender)

    def _unnamed_person(self, tok: Token, gender: str) -> bool:
        """Whether a token heads a phrase for one person the text does not name ("a man",
        "an FBI agent's"), of a gender the pronoun allows."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or self._mention_at(tok.idx) is not None:
            return False
        word = tok.lemma_.lower()
        if word in _COLLECTIVE_NOUNS or word in BODY_NOUNS or word in OUTLET_NOUNS:
            return False
        compounds = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        phrase = " ".join([*compounds, word])  # "police officer": the base's agent noun
        if word not in _PERSON_NOUNS and word not in self.kb.agents:
            if phrase not in self.kb.agents:
                return False
        if any(c.dep_ == "appos" for c in tok.children):
            return False  # "the poet, Jane Doe": the name will be what is meant
        return _NOUN_GENDER.get(word, gender) == gender

    def _agrees(self, actor: Actor, gender: str, excluded: set[str]) -> bool:
        """Whether a person found for a pronoun may be its antecedent: not excluded, and of no
        other gender (a role noun resolved just now, "the ministry spokeswoman", says its own)."""
        return actor.name not in excluded and self._gender(actor) in (None, gender)

    def _not_of_gender(self, gender: str) -> set[str]:
        """The people whose given name or title says they are not of `gender`."""
        if gender not in self._other_gender:
            # the people named, and those only a role noun gave ("the ministry spokeswoman")
            people = [*self._known.values(), *(m.actor for m in self._mentions)]
            self._other_gender[gender] = {
                a.name
                for a in people
                if a.kind == "person" and self._gender(a) not in (None, gender)
            }
        return self._other_gender[gender]

    def _gender(self, actor: Actor) -> str | None:
        """A person's gender as the article's titles or the given name show it, else None."""
        if actor.name in self._genders:
            return self._genders[actor.name]
        first = norm(actor.name).split()[:1]
        return self.kb.given_names.get(first[0]) if first else None

    def _coordinated(self, tok: Token) -> set[str]:
        """Names of the people coordinated with a token ('He and Olaf Scholz')."""
        names = set()
        for other in [*tok.conjuncts]:
            mention = self._mention_at(other.idx)
            if mention is not None:
                names.add(mention.actor.name)
        return names

    def _person_at(self, tok: Token, owners: bool = True) -> Actor | None:
        """The person a subject token names: itself, its possessor ('Modi's call') when
        `owners`, or None."""
        possessors = [c for c in tok.children if c.dep_ == "poss"] if owners else []
        named = _appositions(tok)  # "a contributor, the poet Jane Doe, says"
        for candidate in [tok, *named, *possessors]:
            mention = self._mention_at(candidate.idx)
            if mention is None and candidate.pos_ == "NOUN":
                chunk = self.doc[candidate.left_edge.i : candidate.i + 1]
                actor = self._role_actor(chunk.text, chunk.start_char)
                if actor is not None and actor.kind == "person":
                    return actor
            if mention is not None and mention.actor.kind == "person":
                return self._known.get(mention.actor.name, mention.actor)
        return None

    def _mention_at(self, offset: int) -> _Mention | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self._mentions[i].start <= offset < self._mentions[i].end:
            return self._mentions[i]
        return None

    def _sentence(self, offset: int) -> Span | None:
        return self.index.sentence_at_char(self.doc, offset)

    def _person_before(self, begin: int, start: int, excluded: set[str]) -> bool:
        """Whether a person not excluded is mentioned in [begin, start): the pronoun's own
        sentence names one, nearer than any sentence before."""
        first, past = bisect_left(self._starts, begin), bisect_left(self._starts, start)
        return any(
            m.actor.kind == "person" and m.actor.name not in excluded
            for m in self._mentions[first:past]
        )

    def _earlier_subject(self, sentence: Span, gender: str, excluded: set[str]) -> Actor | None:
        """When the previous sentence offers no person ("The letter warned:"), the subject of
        the sentence before it: the topic the text goes on with, before an object that stands
        nearer ("The CMO told the minister ... The letter warned: He also warned ...")."""
        earlier, looked = self._previous_sentence(sentence), 0
        while earlier is not None and looked < 2:
            if any(t.is_alpha for t in earlier):  # a list's bullet "-" is no sentence
                found = self._previous_antecedent(earlier, gender, excluded)
                if found is not None:
                    return found[0]
                looked += 1
            earlier = self._previous_sentence(earlier)
        return None

    def _previous_sentence(self, sentence: Span) -> Span | None:
        if sentence.start == 0:
            return None
        return self.index.sentence(self.doc, sentence.start - 1)

    # -- outputs -----------------------------------------------------------------------------

    def entities(self) -> list[Entity]:
        """The doc's actor-like named entities, with the actor each resolves to (or None)."""
        return list(self._entities)

    def actors(self) -> list[Actor]:
        """Each person, organisation or group the article mentions, once, as of its date."""
        seen: dict[str, Actor] = {}
        for m in self._mentions:
            actor = self._known.get(m.actor.name, m.actor)
            if actor.kind != "place" and actor.name not in seen:
                seen[actor.name] = replace(actor, aliases=list(actor.aliases))
        return list(seen.values())


# A quoted first person plural: the speaker's side (see MentionResolver._quoted_self).
_QUOTED_SELF = frozenset({"we", "us", "our", "ours"})
# Verbs that attribute a quotation to its speaker ('"...," the army said').
_QUOTING_VERBS = _SAYING | {"insist", "warn", "explain", "write", "stress", "declare", "claim"}
_OPEN_MARKS = "“«„"
_CLOSE_MARKS = "”»"


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    """The bounds of the line (paragraph) holding `offset`."""
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def _quoted_stretches(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The stretches of text[begin:end] between paired double quotation marks: a curly or
    guillemet opener closes at its closer, a straight mark at the next straight mark."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for i in range(begin, end):
        ch = text[i]
        if opened is None and (ch in _OPEN_MARKS or ch == '"'):
            opened = i
        elif opened is not None and (ch in _CLOSE_MARKS or ch == '"'):
            out.append((opened, i + 1))
            opened = None
    return out


def _generic_clause(span: Span) -> bool:
    """Whether the clause a phrase takes part in speaks of what holds in general: a verb in
    the simple present or under a modal ("states have", "courts must"), not a past or
    progressive happening ("courts halted", "states are suing")."""
    verb = span.root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if tags & {"VBD", "VBN", "VBG"} and "MD" not in tags:
        return False
    return bool(tags & {"VBZ", "VBP", "MD"})


def _compound_of(word: str, noun: str) -> bool:
    """Whether a word is the noun or a compound ending in it ("fishermen" of "men"; "women"
    is no compound of it: a compound's first part is a word of its own)."""
    return word == noun or (word.endswith(noun) and len(word) - len(noun) >= 3)


def _heads(span: Span | None, named: _Mention) -> bool:
    """Whether a name at the end of a phrase is what the phrase names: its head word is in
    the name ("Egypt's State Information Service"), not outside it ("the reopening of the
    crossings to Jordan" is no Jordan)."""
    if span is None:
        return True
    root = span.root
    return named.start <= root.idx < named.end


def _apposed_to(doc: Doc, head: Token, start: int) -> bool:
    """Whether a name at token `start` stands right after the noun it is in apposition to,
    or after that noun and a comma ("his Czech counterpart, X")."""
    if head.i == start - 1:
        return True
    if head.i >= start - 1 or doc[start - 1].text != ",":
        return False
    # the noun and its own modifiers, up to the comma ("a spokeswoman for the ministry,")
    return all(head in tok.ancestors for tok in doc[head.i + 1 : start - 1])


# Descriptions that give a person an office like another's, in their own country.
_COUNTERPARTS = frozenset({"counterpart", "counterparts", "opposite", "number"})


def _role_phrase(span: Span) -> bool:
    """A common-noun phrase naming no person ("the French leader", not "President Macron")."""
    return span.root.pos_ == "NOUN" and not any(t.ent_type_ == "PERSON" for t in span)


def _appositions(tok: Token) -> list[Token]:
    """The heads of a token's appositions, and of theirs, nearest first."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "appos"]
    while todo and len(out) < 4:
        head = todo.pop(0)
        out.append(head)
        todo.extend(c for c in head.children if c.dep_ == "appos")
    return out


def _name_heads(words: list[str]) -> set[str]:
    """The head noun of an organisation's name, which a definite description recalls it by:
    the last word ("the university" for "Georgetown University") or, in a name built on
    "of", the word before it ("the bureau" for "Federal Bureau of Investigation", "the
    department" for "Department of Justice"), never what follows "of" (a bureau is no
    investigation)."""
    if "of" in words[1:-1]:
        before = words[words.index("of", 1) - 1]
        return {before} if before.isalpha() else set()
    return {words[-1]}


def _no_body(ent: Span) -> bool:
    """Whether a name cannot be what "the group" or "the company" recalls: a place, or a
    nationality that modifies a noun ("an Israeli army post")."""
    if ent.label_ in ("GPE", "LOC", "FAC"):
        return True
    return ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound")


def _of_kind(actor: Actor, kind: str) -> bool:
    """Whether a named organisation is of the kind a definite description names: a company
    is a business (or a body of no known sector), a group any body but a state's or an
    outlet."""
    if kind == "BUS":
        return actor.sector in ("BUS", None)
    return actor.sector not in (*_STATE_SECTORS, "JRN", "LEG", "PTY")


def is_agentive(word: str, kb: ActorBase) -> bool:
    """Whether a head noun names people or a body (an actor), not a thing."""
    return _agentive(word, kb)


def _pair_hyphen(doc: Doc, at: int, kb: ActorBase) -> bool:
    """Whether the hyphen at token `at` joins two names with no space ("US-Iran talks")."""
    before, hyphen = doc[at - 1], doc[at]
    name = before.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") or norm(before.text) in kb.places
    return name and not before.whitespace_ and not hyphen.whitespace_


def _crowd_number(span: Span) -> bool:
    """Whether a mention is a round number in the plural standing alone for a crowd
    ("thousands marched", "hundreds were arrested"): a plural noun the tagger took for a
    number, spelled out in letters (no year like "the 1990s")."""
    word = span[0]
    return len(span) == 1 and word.tag_ == "NNS" and word.is_alpha and word.ent_type_ == "CARDINAL"


def _counted(span: Span | None) -> bool:
    """Whether a phrase counts its people ("14 people were killed"): the victims of one act,
    a set the ledger can follow, where "people" alone is anyone."""
    return span is not None and len(span) > 1 and span[0].like_num


def _agentive(word: str, kb: ActorBase) -> bool:
    """Whether a head noun names people or a body (an actor), not a thing."""
    marked = kb.agents.get(word) or kb.agents.get(singular(word))
    return (
        (marked is not None and marked != "NON")  # the table's "power" is no actor
        or word in OFFICE_NOUNS
        or word in OUTLET_NOUNS
        or word in BODY_NOUNS
        or word in _PERSON_NOUNS
        or word in _KIN_NOUNS  # "X's grandmothers" are people, not a thing of X's
        or singular(word) in _FOLLOWER_NOUNS  # "X's supporters" rallied, not X
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without what extraction may glue to an actor: a story's dateline before it,
    a bracket opened and not closed at its end ("the family of X (26"), a stray one at its
    start."""
    dateline = datelines.dateline_end(text, start)
    if dateline is not None and start < dateline:
        # a dateline before the span, or one the span starts inside ("Norland - Thousands of
        # farmers" of "VELMORA, Norland - Thousands ..."): the place the story was filed from
        # is no actor, and a span wholly inside it is none
        start = min(dateline, end)
    span = text[start:end]
    opened = span.rfind("(")
    if opened > 0 and ")" not in span[opened:]:
        end = start + len(span[:opened].rstrip(" ,;:-–—"))
    span = text[start:end]
    closed = span.find(")")
    if closed >= 0 and "(" not in span[:closed]:
        start += closed + 1
        while start < end and text[start] in " ,;:-–—":
            start += 1
    return start, end


def _before_reduced_relative(doc: Doc, start: int, end: int) -> int:
    """Where a mention ends when a reduced relative clause follows its name: in "letters to
    Westmark Office urging the dredging freeze be lifted" the present participle right after
    the name opens a clause about it (a participle modifying a noun stands before the noun,
    "the striking staff", or after a hyphen, "state-backed"), so the name alone is the actor."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return end
    for tok in span[1:-1]:
        before = doc[tok.i - 1]
        if (
            tok.tag_ == "VBG"
            and tok.pos_ == "VERB"
            and not tok.ent_type_
            and before.pos_ == "PROPN"
            and before.whitespace_
        ):
            return before.idx + len(before.text)
    return end


def _sentence_case(span: Span | None, text: str) -> str:
    """A mention's text with the capital that only its sentence's start gives it lowered:
    "Commuters were stranded" names commuters, not someone called Commuters. A word the
    tagger reads as a common noun, with no name in the phrase, is no proper name."""
    if span is None or not span[0].is_sent_start or not text.startswith(span[0].text):
        return text
    first = span[0].text
    if not first[:1].isupper() or first.isupper() or any(t.pos_ == "PROPN" for t in span):
        return text  # a name, or an acronym ("NATO"), keeps its capitals
    if any(t.ent_type_ in ("NORP", "GPE", "LOC") for t in span):
        return text  # "Palestinians", "Europeans": a people's name is always capitalised
    if span.root.tag_ != "NNS" or any(w[:1].isupper() for w in text.split()[1:]):
        return text  # only a plural common noun: a name is rarely plural ("Nordhaf said")
    return text[:1].lower() + text[1:]


def _key(text: str) -> str:
    key = norm(text)
    if key.endswith(" 's"):
        key = key[:-3]
    return key[4:] if key.startswith("the ") else key


def _credit_spans(text: str) -> list[tuple[int, int]]:
    """The names a byline or credit gives ("By Jane Roe:" opening a line, "(Reporting by Jo
    Tate; Editing by Sam Lee)", "Photo: Ana Ruiz"): the article's makers, whom an event
    never has as participants. A "By" counts only before a full name that ends its line or
    a colon, so "By Monday, the agency ..." is no byline."""
    spans = []
    for pattern in (_BYLINE, _CREDIT):
        for m in pattern.finditer(text):
            group = m.lastindex or 0  # the credit's names, whichever form matched
            spans.append((m.start(group), m.end(group)))
    return spans


def _without_honorific(text: str) -> str:
    """A name without a gendered honorific before it ("Ms Lane" -> "Lane")."""
    words = text.split()
    if len(words) > 1 and norm(words[0]).rstrip(".") in HONORIFIC_GENDER:
        return " ".join(words[1:])
    return text


def _split_pair(ent: Span) -> list[tuple[int, int]]:
    """'Macron-Scholz' -> the two names' offsets; other entities stay whole."""
    text = ent.text
    if "-" not in text or " " in text:
        return [(ent.start_char, ent.end_char)]
    parts, offset = [], ent.start_char
    for part in text.split("-"):
        if not part[:1].isupper():
            return [(ent.start_char, ent.end_char)]
        parts.append((offset, offset + len(part)))
        offset += len(part) + 1
    return parts


def _is_modifier(ent: Span) -> bool:
    """A nationality adjective ('Russian president') rather than a group ('Russians')."""
    return ent.root.dep_ in ("amod", "compound") or ent.root.pos_ == "ADJ"


def _titled_word(ent: Span, text: str, description: str) -> bool:
    """A one-word name the tagger took for a person right after a title ("Major Okafor",
    "Mr. Okafor"): a person the article names, though the base does not know them."""
    if ent.label_ != "PERSON" or len(text.split()) != 1 or not text[:1].isupper():
        return False
    words = norm(description).split()
    return bool(words) and words[-1].rstrip(".") in TITLES


def _without_dates(span: Span) -> str:
    """A phrase's text without the phrases that date it ("a letter in May" -> "a letter"):
    a month is no name; "a 26-year-old man" keeps its age."""
    dropped: set[int] = set()
    for t in span:
        if t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children):
            dropped.update(d.i for d in t.subtree)
    kept = [t for t in span if t.i not in dropped]
    return "".join(t.text_with_ws for t in kept).strip()


def _given_name(tok: Token, kb: ActorBase) -> bool:
    """Whether a token can be one part of a personal name beside another: a capitalised
    proper noun that is no title, place, agent noun or known name of something else."""
    word = norm(tok.text).rstrip(".")
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    if len(word) < 2 or tok.ent_type_ in ("GPE", "NORP", "LOC", "ORG", "FAC", "DATE"):
        return False
    return word not in TITLES and word not in kb.places and word not in kb.agents


def _name_like(text: str, actor: Actor, kb: ActorBase) -> bool:
    """Keep a person only when the base knows it or the text looks like a personal name."""
    if kb.entry(actor.name) is not None or kb.entry(text) is not None:
        return True
    words = text.split()
    # an initial ("Jo L. Tate") is part of a name, though all its letters are capitals
    return len(words) >= 2 and all(
        w[:1].isupper() and (_is_initial(w) or not w.isupper()) for w in words
    )


def _is_initial(word: str) -> bool:
    """Whether a word is one capital and a full stop ("L.")."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."
