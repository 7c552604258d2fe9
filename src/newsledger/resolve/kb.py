"""The actor knowledge base: who a mention names, with country, PLOVER sector and role as of a date.

Built on `kbdata.ActorIndex` (the shipped data, loaded once into dictionaries), so a lookup is
a handful of dict hits: full names and aliases, surnames of office
holders, role phrases ("the Russian president" on a date -> the holder of that office then),
countries by name, adjective, demonym, capital or city, organisations and outlets, and
descriptions of people the base does not know ("Armenian Prime Minister Nikol Pashinyan" ->
ARM, GOV, role from the description). A place word inside a name the base knows is part of
that name, not the country ("a Banco Santander executive" is Spanish); one who serves a body
takes its sector, and a known body's country ("union members", "the rebel spokesman",
"Pentagon officials"); a headquarters stands for whoever holds it. A place word written in lower
case is a common word ("most voters"); a full name spelt as another transliteration of a known
person's is that person ("Bouteflicka").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from newsledger.model import Actor
from newsledger.resolve import sectors
from newsledger.resolve.kbdata import DEFAULT_TITLES, ActorIndex, Entry
from newsledger.resolve.phrases import (
    BODY_NOUNS,
    CHANNELS,
    INSTITUTION_WORDS,
    INSTITUTIONS,
    NOT_CURRENT,
    OFFICE_NOUNS,
    OFFICE_RE,
    OUTLET_NOUNS,
    PRESS_NOUNS,
    PRONOUNS,
    TITLES,
    day_of,
    military_title,
    name_and_description,
    norm,
    singular,
    spelling_key,
    strip_leading,
    strip_the,
)

# The start of a relative clause inside a mention (lower-case pronoun: "WHO" is a body).
_RELATIVE_CLAUSE = re.compile(r",? (?:who|whom|whose|which) ")

# Sectors of state posts: a surname with a title names a holder of one of them.
_STATE = frozenset({"GOV", "MIL", "LEG", "JUD"})
# Honorifics that say a person's gender: "Mr Lane" is no woman the base knows as Lane.
HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
# A middle or first initial written as a capital and a full stop ("L.").
_INITIAL = re.compile(r"^[A-Z]\.$")

# A capitalised name joined to a word of control ("Hamas-run", "Taliban-led").
_CONTROLLED = re.compile(
    r"\b([A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*)-(?:run|led|controlled|ruled|held)\b"
)

# Office-holders' seats: "the Elysee spokesman" is the French president's spokesperson.
_OFFICE_SEATS = {"kremlin": "RUS", "white house": "USA", "downing street": "GBR", "elysee": "FRA"}


# Dictionary people sharing a surname from which it counts as a common one ("Brown", "Jones"):
# alone it names a known former office holder no more than anyone else of that name.
_COMMON_SURNAME = 5

_MEMO_LIMIT = 50_000  # phrases per memo; a long-running watch starts afresh past it


# Bodies whose spokesperson is their own, not the head of state's or government's.
_SPOKEN_FOR_BODIES = frozenset({"ministry", "department", "military", "army", "navy", "police"})


# Sectors of a body that operates vehicles and weapons ("navy", "air force", "police",
# "government", "rebel"); a modifier of another sector ("passenger plane") is no operator.
_OPERATOR_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "SPY"})
# Modifiers that tell who built or sold a thing, not who uses it ("US-made drones").
_MAKERS = ("-made", "-built", "-supplied", "-designed")
# Quantifiers that leave a bare plural as vague as it was ("many states", "other courts").
_VAGUE_QUANTIFIERS = frozenset({"many", "some", "other", "several", "most", "all", "more", "few",
                                "various", "numerous"})  # fmt: skip
# Quantities before "of" that leave the head to the noun after it ("dozens of drones").
_QUANTITIES = frozenset(
    {"scores", "dozens", "hundreds", "thousands", "number", "pair", "couple", "fleet", "swarm",
     "squadron", "column", "convoy", "a", "an", "the", "two", "three", "several", "some"}
)  # fmt: skip


def _words_of_mention(mention: str, words: list[str]) -> str:
    """The run of a mention's own words (its casing) that normalises to `words`, or the
    normalised words when the mention cannot be matched word for word."""
    wanted = " ".join(words)
    tokens = mention.replace("'s", " 's").replace("’s", " 's").split()
    for start in range(len(tokens)):
        for end in range(start + 1, len(tokens) + 1):
            if norm(" ".join(tokens[start:end])) == wanted:
                return " ".join(tokens[start:end]).replace(" 's", "'s")
    return wanted


class _Instrument(NamedTuple):
    """A phrase headed by a vehicle, craft or weapon noun, as `ActorBase._instrument` reads it."""

    modifiers: list[str]  # the normalised words before the head
    owner: str  # the phrase after "of" ("drones of the navy"), or ""
    military: bool  # a weapon of armed forces, not any owner's vehicle
    head: str


def _capitalised_inside(mention: str, word: str) -> bool:
    """Whether a word stands capitalised past the mention's first word: part of a name
    ("Jim Tank", "the Red Rocket"), not the common noun."""
    return any(w[:1].isupper() and w.lower() == word for w in mention.split()[1:])


def _bounded(memo: dict) -> dict:
    """The memo, emptied once it holds more phrases than a batch could reuse."""
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    return memo


class ActorBase(ActorIndex):
    """The actor knowledge base: lookups by name, role phrase, place and description.

    The base is not changed after it is loaded, so the phrase look-ups that every mention
    repeats (country, office, institution) are memoised per phrase: the same names and roles
    recur across a batch's articles, and each look-up otherwise scans every seat of government.
    """

    def __init__(self) -> None:
        super().__init__()
        self._memo_country: dict[str, str | None] = {}
        self._memo_office: dict[str, tuple[str | None, str, str] | None] = {}
        self._memo_institution: dict[str, tuple[str, str] | None] = {}
        self._memo_lookup: dict[tuple[str, str, str | None], Actor | None] = {}
        # Seats of government by name -> (their order in `seats`, country); and the most words
        # a seat's name has.
        self._seat_rank = {seat: (n, iso) for n, (seat, iso) in enumerate(self.seats.items())}
        self._seat_words = max((len(seat.split(" ")) for seat in self.seats), default=0)

    @classmethod
    @cache
    def default(cls) -> ActorBase:
        """The base built from the shipped data, loaded once per process."""
        return cls()

    def actor(self, name: str, day: str | None = None) -> Actor | None:
        """The actor known by exactly this name or alias, as of `day` (ISO; default today)."""
        entry = self.entry(name, day)
        return entry.as_of(day_of(day)) if entry else None

    def entry(self, name: str, day: str | None = None) -> Entry | None:
        """The base's entry for a name or alias; of several, one active on `day`."""
        key = strip_the(norm(name))
        ids = self.names.get(key)
        if not ids:
            # A full name spelt as another transliteration of a known person's, who holds a
            # post on the day: "Ana Lind" in 2024 is no spelling of a minister dead since 2003.
            idx = self.spellings.get(spelling_key(key)) if " " in key else None
            if idx is None or not self._active(idx, day_of(day)):
                return None
            return self.entries[idx]
        day = day_of(day)
        entry = self.entries[next((i for i in ids if self._active(i, day)), ids[0])]
        if self._common_surname_of_former(key, entry, day):
            return None
        return entry

    def _common_surname_of_former(self, key: str, entry: Entry, day: str) -> bool:
        """Whether a bare surname matches a known person only by a surname many others bear
        (the dictionaries hold several people of that name) while that person holds no post
        on the day: "Brown" in 2015 is no longer likely the British prime minister of 2010,
        though "Obama" or a sitting "Khan" still name theirs."""
        if " " in key or entry.kind != "person" or norm(entry.name) == key:
            return False
        if norm(entry.name).split()[-1] != key:
            return False  # an alias of its own ("Bibi"), not a surname
        if len(self.surnames.get(key, ())) < _COMMON_SURNAME:
            return False
        return bool(entry.roles) and not any(r.active(day) for r in entry.roles)

    def _active(self, idx: int, day: str) -> bool:
        entry = self.entries[idx]
        return entry.curated or any(r.active(day) and r.dated for r in entry.roles)

    def is_seat(self, text: str) -> bool:
        """Whether a normalised name is a seat of government ("white house", "casa rosada")."""
        return text in self.seats or text in _OFFICE_SEATS

    def holder(self, country: str, office: str, day: str | None = None) -> str | None:
        """Who held `office` ('president', 'foreign_minister', ...) of `country` on `day`."""
        day = day_of(day)
        if office == "leader":
            office = self.leader_office.get(country, "president")
        for name, start, end in reversed(self.offices.get((country, office), [])):
            if (not start or start <= day) and (not end or day < end):
                return name
        return None

    def office_of(self, mention: str) -> tuple[str | None, str, str] | None:
        """(country, office, title) for a role phrase such as 'the Elysee spokesman'.

        The country comes from an adjective, name or seat of government in the phrase (None
        when it names none); phrases for a former holder or a ministry's spokesperson give None.
        """
        memo = _bounded(self._memo_office)
        if mention not in memo:
            memo[mention] = self._office_of(mention)
        return memo[mention]

    def _office_of(self, mention: str) -> tuple[str | None, str, str] | None:
        text = norm(mention)
        words = text.split()
        if NOT_CURRENT & set(re.split(r"[- ]", text)):
            return None
        matches = list(OFFICE_RE.finditer(text))
        if not matches:
            return None
        # The head noun is the last role noun before any "of" ("the president's spokesman").
        cut = text.find(" of ")
        heads = [m for m in matches if cut < 0 or m.start() < cut]
        m = heads[-1] if heads else matches[0]
        if m.group(2):  # plural ("Western leaders"): a group, not one holder
            return None
        if text[m.end() :].startswith(" 's"):  # "the president's office": not the president
            return None
        noun, at = m.group(1), m.start()
        office = OFFICE_NOUNS[noun]
        before = re.split(r"[- ]", text[:at].strip())  # "foreign-ministry" is two words
        # A ministry's or an army's spokesperson, named before or after ("the army spokesman",
        # "a spokesman for the army"), is that body's, not the leader's press secretary.
        owner = re.split(r"[- ]", text[m.end() :]) if text[m.end() :].startswith(" for ") else []
        if office == "spokesperson" and _SPOKEN_FOR_BODIES & (set(before) | set(owner)):
            return None
        if office == "spokesperson" and self._other_body(owner[2:]):
            return None  # "a spokesperson for Leeds University": the university's, no state's
        if office == "president" and {"european", "commission"} <= set(words):
            office = "commission_president"
        if {"deputy", "vice", "assistant", "acting"} & set(before[-2:]):
            return None
        if self._other_body(before):
            return None  # "the opposition leader", "the party president": not the state's
        country = self.country_in(text)
        owner_text = text[:at].strip()
        if country is None and owner_text.endswith(" 's"):  # "Erdogan's spokesman"
            owner = self.entry(owner_text[:-3])
            country = owner.country if owner is not None and owner.kind == "person" else None
        if country is None:
            return None, office, noun
        if office == "leader":
            office = self.leader_office.get(country, "president")
        title = self.titles.get((country, office))
        if title is None:
            name = self.country_names.get(country, country)
            title = DEFAULT_TITLES.get(office, "{}").format(name)
        return country, office, title

    def _other_body(self, words: list[str]) -> bool:
        """Whether words before an office noun name a body outside the executive ("opposition",
        "party", "union", "rebel", "army", "senate"): its leader or president holds that body's
        office, not the state's. Ranks ("deputy") and country words are no such body."""
        for word in words:
            if word in TITLES or word in self.places:
                continue
            if self.agents.get(word) not in (None, "GOV", "UNK", sectors.NO_ACTOR):
                return True
        return False

    def country_in(self, text: str) -> str | None:
        """The first country an (already normalised) phrase names, by any of its words."""
        memo = _bounded(self._memo_country)
        if text not in memo:
            memo[text] = self._country_in(text)
        return memo[text]

    def _country_in(self, text: str) -> str | None:
        for seat, iso in _OFFICE_SEATS.items():
            if seat in text:
                return iso
        # "a Moncloa source", "the Palazzo Chigi spokesman": a seat is a run of whole words;
        # of several, the first in the base's order wins (a dict hit per run of words, where
        # a scan of every seat cost more than the rest of the look-up).
        runs = text.split(" ")
        hit: tuple[int, str] | None = None
        for n in range(1, min(self._seat_words, len(runs)) + 1):
            for i in range(len(runs) - n + 1):
                found = self._seat_rank.get(" ".join(runs[i : i + n]))
                if found is not None and (hit is None or found < hit):
                    hit = found
        if hit is not None:
            return hit[1]
        words = text.split()
        for n in (4, 3, 2, 1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i : i + n])
                if gram in self.bodies:
                    return self.bodies[gram]
                if n == 1 and "-" in gram and gram not in self.places:
                    # "Greek-Cypriot", "Vietnamese-led", "NATO-member Norway"
                    parts = [self.places.get(p) for p in gram.split("-")]
                    hit = next((p for p in parts if p and p[1] in ("name", "adjective")), None)
                    if hit:
                        return hit[0]
                hit = self.places.get(gram) or self._demonym(gram, n)
                if hit and (n > 1 or len(gram) > 2 or gram in ("us", "uk")):
                    return hit[0]
        return None

    def _demonym(self, word: str, n: int) -> tuple[str, str] | None:
        """A plural nationality word ("Afghans", "Sri Lankans", "Equatorial Guineans": the
        longest run of words wins); only adjectives take that plural, so a name or town that
        happens to end in -s ("the Zetas") is not read as a place."""
        hit = self.places.get(word[:-1]) if word.endswith("s") else None
        return hit if hit is not None and hit[1] == "adjective" else None

    def agent_sector(self, text: str) -> str | None:
        """PLOVER sector of the agent noun a (normalised) phrase contains, longest match first."""
        words = [w.rstrip(".") for w in text.split()]
        best: tuple[int, int, str] | None = None
        for n in (4, 3, 2, 1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i : i + n])
                sector = self.agents.get(gram) or self.agents.get(singular(gram))
                if sector is None and gram.endswith("ses"):  # "nurses": -s, not -es
                    sector = self.agents.get(gram[:-1])
                if sector and (best is None or (n, i) > best[:2]):
                    best = (n, i, sector)
            if best:
                break
        if best is None:
            return None
        n, i, sector = best
        gram = " ".join(words[i : i + n])
        if gram in self.serving_nouns or (sector == "UNK" and n == 1):
            # "union members", "the rebel spokesman", "the head of the army": one who serves
            # a body is coded by that body (the agent list codes "member" UNK).
            return self._served_sector(words, i, n) or sector
        return sector

    def _served_sector(self, words: list[str], at: int, n: int) -> str | None:
        """The sector of the body a serving noun at words[at:at+n] names: after it by "of" or
        "for" ("the head of the army"), else before it ("the police chief", "the party's
        leaders"); titles before it ("deputy", "chief") are ranks, not bodies."""
        after = words[at + n :]
        if after[:1] in (["of"], ["for"]) and len(after) > 1:
            return self.agent_sector(" ".join(after[1:]))
        before = [w for w in words[:at] if w != "'s" and w not in TITLES]
        return self.agent_sector(" ".join(before)) if before else None

    def lookup(
        self, mention: str, date: str | None = None, context: str | None = None
    ) -> Actor | None:
        """Resolve a mention, alone or with a description, to an actor as of `date`.

        In order: a curated name; a role phrase naming an office ('the US president') -> its
        holder then; a name the dictionaries know; a country, capital or demonym; a named
        person with a description; otherwise country and sector from the words themselves.
        """
        day = day_of(date)
        key = (mention, day, context)
        memo = _bounded(self._memo_lookup)
        if key not in memo:
            memo[key] = self._lookup(mention, day, context)
        found = memo[key]
        # A copy each time: callers fill in or correct the actor they are given.
        return replace(found, aliases=list(found.aliases)) if found is not None else None

    def _lookup(self, mention: str, day: str, context: str | None) -> Actor | None:
        mention = re.sub(r"\s*\([^)]*\)", "", mention)  # "Hizbollah (Party of God)"
        town, region = self._town_in_region(mention)
        if region is not None:
            actor = self._lookup(town, day, context)
            return self._in_region(actor, town, region)
        # A relative clause tells more of the actor, it does not name it ("refugees, whom
        # the authorities blame"): its nouns are other people.
        mention = _RELATIVE_CLAUSE.split(mention, maxsplit=1)[0]
        text = strip_leading(norm(mention))
        if not text or text in PRONOUNS:
            return None
        known = self.entry(text, day)
        if known is not None and self.gender_clash((mention.split() or [""])[0], known.name):
            known = None  # "Mrs Lane": not the base's "Tom Lane", known by the surname
        if known is not None and known.curated:
            return known.as_of(day)
        institution = self.institution(text)
        if institution is not None:
            return institution
        instrument = self._instrument(text)
        if instrument is not None and not _capitalised_inside(mention, instrument.head):
            return self._operator(mention, instrument, day)
        name_part, description = self._name_of_place(mention) or name_and_description(mention)
        if name_part and (self._not_a_name(name_part) or _relational(description)):
            name_part, description = "", mention
        name_part, description = self._job_before_name(name_part, description)
        office = self.office_of(description if name_part else text)
        if office and office[0] and not name_part:
            return self._office_actor(office, day)
        if known is not None:
            return known.as_of(day)
        place = self._place_actor(text, mention)
        if place is not None:
            return place
        if name_part:
            person = self.actor(name_part, day)
            if person is None and len(name_part.split()) > 2:
                person = self.actor(" ".join(name_part.split()[-2:]), day)
                if person is not None and person.kind != "person":
                    person = None  # "the Kenyan Red Cross": a country's branch, read below
            if person is None and " " not in name_part.strip():
                person = self._by_surname(name_part, self._title(description, office), day)
            if person is not None and self.gender_clash(description, person.name):
                person = None  # "Mr Lane" is not the base's "Ana Lane"
            if person is not None:
                return self._described(person, description, office)
        return self._unknown(mention, text, name_part, description, office, context, day)

    def _town_in_region(self, mention: str) -> tuple[str, str | None]:
        """A mention ending in a town and its state or province ("police in Birmingham, Ala.")
        split there: the words before the comma and the region's country."""
        front, comma, region = mention.rstrip().rstrip(",").rpartition(",")
        iso = self.regions.get(region.strip()) if comma else None
        if iso is None or not front.strip() or not front.strip()[-1:].isalpha():
            return mention, None
        return front.strip(), iso

    def _in_region(self, actor: Actor | None, town: str, iso: str) -> Actor | None:
        """The actor of the words before a region, moved into the region's country when the
        country came from the town's name ("Birmingham" alone is English): a body of another
        country named there ("the French consulate in Houston, Texas") keeps its own."""
        last = town.split(" in ")[-1].split(" of ")[-1]
        found = {
            self.capital_country(words) or (self.town_country(words) or ("",))[0]
            for words in (last, last.split()[-1])
        }
        if actor is None:
            return Actor(name=town, kind="place", country=iso, sector="CVL")
        if actor.country is None or actor.country in found:
            if actor.kind == "place" and actor.country != iso:  # "Paris, Texas": the town
                return Actor(name=last, kind="place", country=iso, sector="CVL")
            return replace(actor, country=iso)
        return actor

    def bodies_of_a_kind(self, mention: str) -> bool:
        """A bare plural of a noun for bodies of which there are many ("courts", "many
        states", "agencies"): the kind, or some of it unnamed, not one participant. A
        determiner, numeral, possessive or any other modifier makes it a particular set."""
        words = mention.split()
        while len(words) > 1 and words[0].lower() in _VAGUE_QUANTIFIERS:
            words.pop(0)
        if len(words) != 1 or not words[0].isalpha() or not words[0][1:].islower():
            return False
        word = words[0].lower()
        return word != singular(word) and singular(word) in self.class_nouns

    def _instrument(self, text: str) -> _Instrument | None:
        """A (normalised) phrase headed by a vehicle, craft or weapon noun: its modifiers, the
        owner an "of" phrase names ("drones of the navy"), whether armed forces use it and the
        head word; None for any other phrase. A quantity before "of" ("scores of tanks") is
        no head."""
        head_part, _, owner = text.partition(" of ")
        words = head_part.split()
        if owner and all(w in _QUANTITIES or w.isdigit() for w in words):
            return self._instrument(owner)
        if not words or not words[-1].isalpha():
            return None
        head = words[-1]
        military = self.instruments.get(head, self.instruments.get(singular(head)))
        if military is None:
            return None
        return _Instrument(words[:-1], owner, military, head)

    def _operator(self, mention: str, instrument: _Instrument, day: str) -> Actor | None:
        """Who a vehicle or weapon stands for: the thing used is not the actor (PLOVER codes
        the user of a weapon, and its agent list reads "warplane" as the military). Its own
        words may name the operator: an "of" owner, a body among its modifiers ("a Cameroonian
        air force transport plane", "the navy's drones"), else a country ("two Chilean
        warplanes": Chile, its military for a weapon); with none of these it names no one."""
        if instrument.owner:
            return self.lookup(_words_of_mention(mention, instrument.owner.split()), day)
        modifiers = [w for w in instrument.modifiers if w != "'s" and not w.endswith(_MAKERS)]
        for i in range(len(modifiers) - 1, -1, -1):
            for gram in (" ".join(modifiers[max(i - 1, 0) : i + 1]), modifiers[i]):
                if self.agents.get(gram) in _OPERATOR_SECTORS:
                    return self.lookup(_words_of_mention(mention, modifiers[: i + 1]), day)
        named = self._inner_name(" ".join(mention.split()[:-1]), day) if modifiers else None
        if named is not None:
            return named  # "a NATO base", "the Rivera Cartel headquarters": the name holds it
        iso = self.country_in(" ".join(modifiers)) if modifiers else None
        if iso is None:
            return None
        name = self.country_names.get(iso, iso)
        sector = "MIL" if instrument.military else None
        return Actor(name=name, kind="place", country=iso, sector=sector)

    def institution(self, mention: str) -> Actor | None:
        """A country's ministry, government or presidency, by the name it is known by."""
        memo = _bounded(self._memo_institution)
        if mention not in memo:
            memo[mention] = self._institution(mention)
        found = memo[mention]
        if found is None:
            return None
        name, iso = found  # a fresh Actor each time: callers may fill in its fields
        return Actor(name=name, kind="organization", country=iso, sector="GOV")

    def _institution(self, mention: str) -> tuple[str, str] | None:
        text = strip_leading(norm(mention))
        if not any(word in text for word in INSTITUTION_WORDS):
            return None  # every pattern needs one of these words: most phrases stop here
        for pattern, name in INSTITUTIONS:
            m = pattern.match(text)
            place = self.places.get(m.group("c")) if m else None
            if place is not None and place[1] in ("name", "adjective", "capital"):
                country = self.country_names.get(place[0], place[0])
                return name.format(country), place[0]
        return None

    def _office_actor(self, office: tuple[str | None, str, str], day: str) -> Actor:
        """The holder of an office on a day, or the office itself when the base has no holder."""
        country, key, title = office
        holder = self.holder(country, key, day) if country else None
        if holder:
            return self.actor(holder, day)
        code = self.body_code.get(country, country)
        return Actor(name=title, kind="person", country=code, sector="GOV", role=title)

    def _unknown(
        self,
        mention: str,
        text: str,
        name_part: str,
        description: str,
        office: tuple | None,
        context: str | None,
        day: str,
    ) -> Actor | None:
        """An actor the base does not know, from the mention's own words (and its context)."""
        outlet = self._outlet(mention, day) if not name_part else None
        if outlet is not None:
            return outlet
        # An unknown name says nothing of its country ("Mark Cuban") unless a word of it is a
        # country's name ("Montenegro Assembly", "Greek-Cypriot"); its description might.
        own = norm(description) if name_part else text
        # Place words the mention writes in lower case are common words ("most voters", "a
        # male nurse", "us"): English capitalises names of places and peoples.
        placed = self._without_lowercase_places(own, mention)
        country = self.country_in(placed) or (self.country_in(norm(context)) if context else None)
        country = self.body_code.get(country, country)  # "UN peacekeepers": the UN's code
        named_country = self._country_named_in(name_part) if name_part and not country else None
        country = country or named_country
        sector = self.agent_sector(own) if own else None
        if sector is None and not name_part:
            sector = self._guessed_sector(mention)
        if " and " in placed:  # "his US and French colleagues": no single country
            found = {self.country_in(part) for part in placed.split(" and ")} - {None}
            country = country if len(found) <= 1 else None
        # A body named in a person's description ("IAEA Director General Rafael Grossi") says
        # where they work, not who they are: only a name inside the name itself stands for it.
        personal = self._personal(name_part)
        # "China's envoy to the UN": the body after "to" is where one is sent, not one's own.
        inner = self._inner_name(name_part if personal else _before_to(mention), day)
        if inner is None and not name_part:
            inner = self._serving_body(mention, day)  # "Microsoft executives"
        if personal and inner is not None and inner.kind == "person":
            if not _same_person(name_part, inner.name):
                inner = None  # "Joan Ortiz" is not the Ortiz the base knows by surname
        elif inner is not None and name_part and self.gender_clash(description, inner.name):
            inner = None  # "Mr Lane" is not the base's "Ana Lane"
        elif personal and inner is not None and self._surname_of_person(name_part, inner):
            inner = None  # "Ana Ford": a person of that surname, not the company Ford
        if inner is None and name_part and description:
            country, sector = self._described_by_body(own, description, country, sector, day)
        if country is None and not name_part:
            country, sector = self._people_of_body(mention, text, inner, sector, day)
        head = text.split()[-1]
        head_is_agent = self._head_is_agent(mention, head, sector, inner)
        if inner is not None and not head_is_agent and country and inner.country is None:
            # "the Kenyan Red Cross": a country's branch of a body the base knows without one
            return Actor(name=mention.strip(), kind=inner.kind, country=country,
                         sector=inner.sector or sector)  # fmt: skip
        if (
            inner is not None
            and not head_is_agent
            and (country is None or inner.country in (None, country))
        ):
            if inner.kind != "person" and sector and sector != inner.sector:
                inner.sector = inner.sector or sector
            return inner
        if country is not None:
            country = self._country_of_named(own, inner, country)
        last = mention.split()[-1] if mention.split() else ""
        if (
            not name_part
            and office is None
            and last.islower()
            and self.is_thing(head)
            and self.country_in(placed) is None
        ):
            # "a state of emergency order", "his powers": a thing, no actor; but a country's
            # act told as a noun ("US mediation", "Turkish shelling") is coded as that country.
            return None
        if office and not sector:
            sector = "GOV"
        if sector in ("GOV", "MIL", "LEG", "JUD") and NOT_CURRENT & set(re.split(r"[- ]", text)):
            sector = "ELI"
        if name_part:
            role = office[2] if office and office[0] else (description or None)
            if role and role.startswith("of "):
                role = None  # "Jane Roe of Kenya": where she is from, not a role
            if description and military_title(description):
                sector = "MIL"
            # People rarely bear a country's name; a name an outlet noun describes is the outlet.
            outlet = norm(description).split()[-1:] if description else []
            kind = "organization" if named_country or set(outlet) & OUTLET_NOUNS else "person"
            if set(outlet) & PRESS_NOUNS:
                sector = sector or "JRN"  # "the weekly X", "the Jacmel station X": the press
            return Actor(name=name_part, kind=kind, country=country, sector=sector, role=role)
        if country is None and sector is None:
            return None
        kind = self._kind_of_description(text, office)
        words = mention.split()
        if kind != "group" and words[0].lower() in ("a", "an") and len(words) > 1:
            # "an Iranian diplomat": one person the article does not name
            if norm(words[-1]) not in OUTLET_NOUNS | BODY_NOUNS | self.class_nouns:
                name = " ".join(words[1:])
                return Actor(name=f"{name} (unnamed)", kind="person", country=country,
                             sector=sector, role=name)  # fmt: skip
        return Actor(name=mention.strip(), kind=kind, country=country, sector=sector)

    def _head_is_agent(
        self, mention: str, head: str, sector: str | None, inner: Actor | None
    ) -> bool:
        """Whether a phrase's head noun names who acts rather than being part of the name
        inside it: an agent noun the tables list, or one the mention writes in lower case after
        a name ("UN peacekeepers": a name's own words are capitalised); not a channel ("the
        Elysee website") nor the known name's own last word."""
        if not sector or head in CHANNELS:
            return False
        if inner is not None and norm(inner.name).split()[-1] == head:
            return False
        return self._not_a_name(head) or mention.split()[-1].islower()

    def _described_by_body(
        self, own: str, description: str, country: str | None, sector: str | None, day: str
    ) -> tuple[str | None, str | None]:
        """Country and sector of a named person whose description names a body the base knows
        ("IAEA Director General X", "Microsoft chief executive X"): the body places them, and
        a serving noun at the end of the description takes the body's sector."""
        body = self._inner_name(description, day) or self._serving_body(description, day)
        country = self._country_of_named(own, body, country)
        if body is not None and body.kind != "person" and body.sector and own:
            if own.split()[-1] in self.serving_nouns:
                sector = body.sector
        return country, sector

    def _people_of_body(
        self, mention: str, text: str, inner: Actor | None, sector: str | None, day: str
    ) -> tuple[str | None, str | None]:
        """Country and sector of an unnamed phrase with no country word, from a body the base
        knows: one that runs it ("the Hamas-run ministry"; only an agent, not "X-held
        areas"), or one its people serve ("Pentagon officials", "Hamas fighters": the body's
        country, and for a serving noun its sector too)."""
        controller = self._controller(mention, day) if sector else None
        if controller is not None:
            return controller.country, sector
        if inner is None or inner.kind == "person":
            return None, sector
        if self._kind_of_description(text, None) == "organization":
            return None, sector  # "the Zetas cartel": the body itself, named otherwise
        if inner.sector and text.split()[-1] in self.serving_nouns:
            sector = inner.sector
        return inner.country, sector

    def _serving_body(self, phrase: str, day: str) -> Actor | None:
        """The body the base knows by the capitalised words right before a phrase's serving
        nouns and titles ("Microsoft chief executive", "Acme Corp spokesmen"): one word is
        enough here, where a lone capitalised word elsewhere may be anyone's surname."""
        words = phrase.split()
        while words and self._serving_word(words[-1]):
            words.pop()
        if not words or len(words) == len(phrase.split()):
            return None
        for n in (3, 2, 1):
            run = words[-n:]
            if len(run) == n and all(w[:1].isupper() for w in run):
                entry = self.entry(" ".join(run), day)
                if entry is not None and entry.kind != "person":
                    return entry.as_of(day)
        return None

    def _controller(self, mention: str, day: str) -> Actor | None:
        """The known body that runs what a mention names ("the Hamas-run health ministry", "a
        Taliban-led government"): a body's own organ is of its country. A backer or ally
        ("Iran-backed") is another actor, so only words of control count."""
        for name in _CONTROLLED.findall(mention):
            entry = self.entry(name, day)
            if entry is not None and entry.kind != "person":
                return entry.as_of(day)
        return None

    def _serving_word(self, word: str) -> bool:
        key = norm(word).rstrip(".")
        return key in self.serving_nouns or key in TITLES

    def _title(self, description: str, office: tuple | None) -> str:
        """The title a description before a name ends in ("president", "gen"), or ""."""
        words = norm(description).split()
        last = words[-1].rstrip(".") if words else ""
        return last if last in TITLES or office is not None else ""

    def _by_surname(self, name: str, title: str, day: str) -> Actor | None:
        """The one dictionary person holding a state post on `day` whom a surname alone can
        mean ("President Bouteflika", "Kagame"); None when none or several can, or when the
        word is a given name, a place or an agent noun. With a title any state post counts;
        without one only a named office (head of state or government, minister), and not a
        short word."""
        key, titled = norm(name), bool(title)
        if key in self.given_names or key in self.places or self._not_a_name(key):
            return None
        if not titled and (len(key) < 5 or len(self.surnames.get(key, ())) >= _COMMON_SURNAME):
            return None  # "Kim", "Brown": too many bear it for the word alone to say who
        held = [
            i
            for i in self.surnames.get(key, ())
            if self._personal(self.entries[i].name)  # "General Assembly": no such person
            and any(
                r.dated and r.active(day) and r.sector in _STATE and (titled or r.role)
                for r in self.entries[i].roles
            )
        ]
        if len(held) > 1 and title:  # "President Museveni": the one whose office it names
            held = [i for i in held if self._holds(i, title, day)]
        return self.entries[held[0]].as_of(day) if len(held) == 1 else None

    def gender_clash(self, honorific: str, name: str) -> bool:
        """Whether an honorific ("Mr", "Mrs", "Ms") says the other gender than the given name
        of a known person: "Mr Lane" is not the base's "Ana Lane", whatever the surname."""
        said = HONORIFIC_GENDER.get(norm(honorific).rstrip("."))
        first = norm(name).split()[:1]
        known = self.given_names.get(first[0]) if first else None
        return said is not None and known is not None and said != known

    def _holds(self, idx: int, title: str, day: str) -> bool:
        """Whether an entry's office on `day` is named with this title word ("president")."""
        return any(
            r.role and r.active(day) and title in r.role.lower() for r in self.entries[idx].roles
        )

    def _name_of_place(self, mention: str) -> tuple[str, str] | None:
        """'Jane Roe of Kenya', 'Sam Tate of Ohio': a person's name (a known given name first)
        and the place they are of, which gives their country; None for any other shape ("the
        Bank of Kenya", "Institute of Technology")."""
        head, sep, place = mention.strip().partition(" of ")
        words = head.split()
        if not sep or not 2 <= len(words) <= 3 or norm(words[0]) not in self.given_names:
            return None
        if not all(w[:1].isupper() for w in words) or self._not_a_name(head.replace(" of ", " ")):
            return None
        if strip_the(norm(place)) not in self.places:
            return None
        return head, f"of {place}"

    def _job_before_name(self, name_part: str, description: str) -> tuple[str, str]:
        """'CEO Sam Tate', 'Professor Ann Lee': capitalised job nouns (the agent table's, with
        a sector) before a known given name and a surname describe the person; they are not
        part of the name. TITLES holds the usual ranks; this covers every other job noun. A
        word that is itself a given name ("Hunter", "Mason") stays in the name."""
        words = name_part.split()
        k = 0
        while k < len(words) - 2 and self._job_noun(words[k]):
            k += 1
        if k == 0 or norm(words[k]) not in self.given_names:
            return name_part, description
        return " ".join(words[k:]), " ".join([description, *words[:k]]).strip()

    def _job_noun(self, word: str) -> bool:
        key = norm(word).rstrip(".")
        sector = self.agents.get(key)
        return sector not in (None, "UNK", sectors.NO_ACTOR) and key not in self.given_names

    def _kind_of_description(self, text: str, office: tuple | None) -> str:
        """Person, group or organisation, by the head noun of a (normalised) description, the
        noun before any "of", "to", "in"...: a title or a serving noun in the singular names
        one person ("the governor of Texas", not a group for the -s of Texas; "the police
        chief"), a body noun an organisation, a plural (or "a majority of voters") a group."""
        named_as = re.split(r" (?:of|to|in|for|from|at) ", text)[0].split()
        noun = named_as[-1] if named_as else ""
        if office is not None or OFFICE_RE.fullmatch(f" {noun}"):  # a role, no known holder
            return "person"
        if noun in BODY_NOUNS:
            return "organization"  # "the ministry of internal affairs": a body heads the name
        if noun in TITLES or (noun in self.serving_nouns and singular(noun) == noun != "staff"):
            return "person"
        if text.endswith("s") and not text.endswith("ss"):
            return "group"
        return "organization"

    def _without_lowercase_places(self, text: str, mention: str) -> str:
        """A normalised phrase with the place words the mention wrote only in lower case
        masked out: "most" (a Czech town), "male" (a capital), "us" (the pronoun), "turkey"
        are common words there; the same word capitalised ("Most", "US") stays a place."""
        lowered = {norm(w) for w in re.findall(r"[\w'’.-]+", mention) if w.islower()}
        if not lowered:
            return text
        lowered -= {norm(w) for w in re.findall(r"[\w'’.-]+", mention) if not w.islower()}
        words = text.split(" ")
        masked = [
            "_" if w in lowered and (w in self.places or self._demonym(w, 1)) else w for w in words
        ]
        return " ".join(masked)

    def _country_of_named(self, own: str, named: Actor | None, country: str | None) -> str | None:
        """The country of a phrase that holds a name the base knows: a place word inside that
        name ("a Midtown College player", Midtown a capital elsewhere) is part of the name,
        so the name's country wins unless the rest of the phrase names a country itself."""
        if named is None or not named.country or country in (None, named.country):
            return country or (named.country if named is not None else None)
        key = norm(named.name)
        rest = " ".join(own.replace(key, " ").split()) if key in own else own
        return named.country if self.country_in(rest) is None else country

    def _guessed_sector(self, mention: str) -> str | None:
        """The sector model's reading of a common-noun phrase the agent table lacks
        ("striking dockworkers"); capitalised heads are names, which it cannot read."""
        words = re.findall(r"[\w'’-]+", mention)
        if not words or not words[-1].islower() or norm(words[-1]) in PRONOUNS:
            return None
        if norm(words[-1]) in self.places:
            return None
        # A nationality says where, not what: "Indian dockworkers" is read as "dockworkers".
        words = [w for w in words[:-1] if norm(w) not in self.places] + words[-1:]
        guessed = sectors.guess(" ".join(words))
        return guessed.sector if guessed else None

    def is_thing(self, head: str) -> bool:
        """Whether a phrase's head noun names a thing, not people or a body: the agent table
        marks it no actor ("power"), or the sector model reads a noun it knows so ("order")."""
        head = head.rstrip(".")
        if not head.isalpha() or not head.islower():
            return False
        marked = self.agents.get(head) or self.agents.get(singular(head))
        if marked is not None:
            return marked == sectors.NO_ACTOR
        return sectors.reads_as_no_actor(head)

    def _personal(self, name_part: str) -> bool:
        """Two or more capitalised words, none a known place or an agent noun: a person's name."""
        words = name_part.split()
        return (
            len(words) >= 2
            and all(w[:1].isupper() and (_INITIAL.match(w) or not w.isupper()) for w in words)
            and not self._not_a_name(name_part)
            and self._country_named_in(name_part) is None
        )

    def _surname_of_person(self, name: str, inner: Actor) -> bool:
        """Whether a body the base knows by one word is only the last word of a name that
        starts with a known given name: that word is a person's surname there."""
        words = norm(name).split()
        return (
            inner.kind != "person"
            and len(words) >= 2
            and words[0] in self.given_names
            and norm(inner.name) == words[-1]
        )

    def _outlet(self, mention: str, day: str) -> Actor | None:
        """'The Nikkei newspaper': the outlet named by the capitalised words before the noun."""
        words = mention.split()
        while words and words[0].lower() in ("the", "a", "an"):
            words.pop(0)
        if len(words) < 2 or norm(words[-1]) not in OUTLET_NOUNS:
            return None
        name = " ".join(words[:-1])
        if not all(w[:1].isupper() for w in words[:-1]) or norm(name) in self.places:
            return None
        sector = self.agent_sector(norm(words[-1])) or "JRN"
        return self.actor(name, day) or Actor(name=name, kind="organization", sector=sector)

    def _country_named_in(self, name: str) -> str | None:
        """A country a capitalised phrase names outright: by its name anywhere, or by an
        adjective before the last word or in a hyphenated word ("Greek-Cypriot")."""
        words = norm(name).split()
        for i, word in enumerate(words):
            if i == 0 and len(words) == 2 and word in self.given_names:
                continue  # "Chad Okafor", "Georgia Lane": a given name, not the country
            for part in word.split("-") if "-" in word else [word]:
                hit = self.places.get(part)
                if (
                    hit
                    and len(part) > 2
                    and (
                        hit[1] == "name"
                        or (hit[1] == "adjective" and (i < len(words) - 1 or part != word))
                    )
                ):
                    return hit[0]
        return None

    def _not_a_name(self, name_part: str) -> bool:
        """A capitalised phrase that is a place, an organisation's full name ('Institute of
        Technology') or ends in an agent noun ('National Guard') is not a person's name."""
        key = norm(name_part)
        if key in self.places or re.search(r" (of|for|and) ", key):
            return True
        words = key.split()
        if 2 <= len(words) <= 3 and words[0] in self.given_names:
            # "Grace Bishop", "John Monk": a given name before a surname that is also a
            # common noun is a person's name, not a description ending in an agent noun.
            return False
        for n in range(1, min(len(words), 4) + 1):
            tail = " ".join(words[-n:])
            if tail in self.agents or singular(tail) in self.agents:
                return True
        return False

    def town_country(self, name: str) -> tuple[str, str] | None:
        """For a city or town the base knows (not a country, nor a capital standing for its
        government): its country's code and name."""
        place = self.places.get(strip_leading(norm(name)))
        if place is None or place[1] != "city":
            return None
        return place[0], self.country_names.get(place[0], place[0])

    def capital_country(self, name: str) -> str | None:
        """For a capital the base knows: its country's code (the capital may stand for the
        government, or be the place where something went)."""
        place = self.places.get(strip_leading(norm(name)))
        return place[0] if place is not None and place[1] == "capital" else None

    def _place_actor(self, text: str, mention: str) -> Actor | None:
        """A country, capital (its government), city, or a demonym's people."""
        if self._without_lowercase_places(text, mention) != text:
            return None  # "us", "most": a common word, not the place it could spell
        place = self.places.get(text)
        if place is not None and (len(text) > 2 or mention.strip().isupper()):
            iso, how = place
            name = self.country_names.get(iso, iso)
            if how == "capital":
                return Actor(name=name, kind="place", country=iso, sector="GOV")
            if how == "city":
                return Actor(name=text.title(), kind="place", country=iso, sector="CVL")
            return Actor(name=name, kind="place", country=iso)
        plural = self.places.get(text[:-1]) if text.endswith("s") else None
        if plural is not None and plural[1] == "adjective":  # a demonym: "Russians"
            name = self.country_names.get(plural[0], plural[0])
            return Actor(name=f"people of {name}", kind="group", country=plural[0])
        return None

    def _described(self, person: Actor, description: str, office: tuple | None) -> Actor:
        """A known person with the role and sector the mention's description gives, if any."""
        if not description:
            return person
        desc = norm(description)
        sector = self.agent_sector(desc)
        if military_title(desc):
            sector = "MIL"
        if office and office[0]:
            person.role, person.sector = office[2], "GOV"
            person.country = person.country or office[0]
        elif sector:
            person.sector = sector
            person.role = description.strip()
        person.country = person.country or self.country_in(desc)
        return person

    def _inner_name(self, mention: str, day: str) -> Actor | None:
        """A known name inside a longer phrase ('members of SANDF'), capitalised words only."""
        tokens = [re.sub(r"['’]s$", "", t) for t in re.findall(r"[\w.'’-]+", mention)]
        for n in range(min(len(tokens), 6), 0, -1):
            for i in range(len(tokens) - n + 1):
                gram = tokens[i : i + n]
                if not all(t[:1].isupper() for t in gram if t.lower() not in ("of", "the", "and")):
                    continue
                if n == 1 and gram[0].lower() in _GENERATIONS:
                    continue  # "III" in "Charles Elliott III": a numeral, no acronym
                if n == 1 and not (gram[0].isupper() and len(gram[0]) > 1):
                    entry = self.entry(gram[0], day)  # one word: an acronym or a curated name
                    if entry is None or not entry.curated:
                        continue
                actor = self.actor(" ".join(gram), day)
                if actor is not None:
                    return actor
        return None


# Nouns for the people around someone: "the family of X" is that family, not X.
_RELATIONAL = frozenset("family relatives parents children widow wife husband son daughter "
                        "brother sister mother father friends friend supporters lawyer lawyers "
                        "attorney attorneys neighbours neighbors colleagues".split())  # fmt: skip


def _before_to(mention: str) -> str:
    """A mention up to a "to" phrase ("the envoy to the UN" -> "the envoy")."""
    return re.split(r" to ", mention, maxsplit=1)[0]


def _relational(description: str) -> bool:
    """Whether a description before a name is "<people around> of" or "<someone> to": the
    name is not the actor."""
    words = [w for w in norm(description).split() if w != "the"]
    if len(words) >= 2 and words[-1] == "to":
        return True  # "China's envoy to the UN": the name is where the envoy is sent
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _RELATIONAL


def _same_person(name: str, known: str) -> bool:
    """Whether a full name can be the known person's: one name's words (initials aside) are
    all words of the other ("Mohammad Javad Zarif" and "Javad Zarif"). A surname shared
    with another given name ("Joan Ortiz" and "Pedro Ortiz") is someone else, and so is a
    name that differs from one ending in a numeral ("Charles Elliott III", "Charles III")."""

    def words(text: str) -> set[str]:
        return {w for w in norm(text).removesuffix(" 's").split() if len(w.rstrip(".")) > 1}

    mine, theirs = words(name), words(known)
    if (mine ^ theirs) and (mine | theirs) & _GENERATIONS:
        return False  # "Charles Elliott III" is not "Charles III": a numeral ends one name
    return (mine <= theirs or theirs <= mine) and _initials_agree(name, known)


# Numerals and suffixes that end a name ("Charles III", "Martin Luther King Jr."): a name that
# carries one is that whole name, so a longer or shorter name is someone else.
_GENERATIONS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "jr", "jr.", "sr", "sr."})


def _initials_agree(name: str, known: str) -> bool:
    """Whether each middle initial the mention writes starts a middle name of the known
    person, where both give a middle part: an initial that none starts ("Jo L. Tate" for
    "Jo R. Tate" or "Jo Rhys Tate") names another person; a name without a middle part
    contradicts none. The base's own initials are not held against the mention, whose
    middle names may be spelt another way."""

    def middle(text: str) -> list[str]:
        words = text.replace("’s", "").replace("'s", "").split()[1:-1]
        return [w for w in words if w[:1].isalpha()]

    mine, theirs = middle(name), middle(known)
    if not mine or not theirs:
        return True

    def fits(initials: list[str], others: list[str]) -> bool:
        firsts = {w[0].lower() for w in others}
        return all(w[0].lower() in firsts for w in initials if _INITIAL.match(w))

    return fits(mine, theirs)


def resolve_record(text: str, date: str | None, context: str | None = None) -> dict:
    """`newsledger resolve` for one mention: {text, name, kind, country, sector, role}."""
    actor = ActorBase.default().lookup(text, date, context)
    if actor is None:
        return {"text": text, "name": None, "kind": None, "country": None, "sector": None,
                "role": None}  # fmt: skip
    return {"text": text, "name": actor.name, "kind": actor.kind, "country": actor.country,
            "sector": actor.sector, "role": actor.role}  # fmt: skip
