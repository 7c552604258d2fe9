"""The shipped actor data loaded into dictionaries: entries with dated roles, places, offices.

`ActorIndex` reads src/newsledger/data/actors/ (sources in its SOURCES.md) once: curated
offices, people and organisations first, then CountryInfo offices to 2012, the Phoenix
dictionaries to 2015 and the rest of CountryInfo's government lists (ministers, central
bankers, envoys Phoenix lacks) for everyone else, and the agent nouns. Lookups live in
`kb.ActorBase`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from newsledger.model import Actor
from newsledger.resolve.phrases import PRONOUNS, norm, spelling_key

# CAMEO role codes that PLOVER names differently.
_CAMEO_SECTOR = {"MED": "JRN", "HLH": "MED", "CHR": "REL", "MOS": "REL", "JEW": "REL"}
SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "JRN", "EDU", "BUS",
    "CRM", "CVL", "REL", "LEG", "ELI", "AGR", "LAB", "NGO", "REF", "UAF", "PRM", "SOC",
    "PRE", "IGO", "HLH", "CHR", "MOS", "JEW", "BUD", "HIN", "ENV", "HRI", "DEV", "SET",
}  # fmt: skip
# CAMEO country codes that differ from ISO 3166 alpha-3.
_CAMEO_COUNTRY = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BUI": "BDI"}
_ORG_PREFIX = {"IGO": "GOV", "NGO": "NGO", "MNC": "BUS", "IMG": "REB", "NGM": "REB", "UIS": "REB"}

DEFAULT_TITLES = {
    "president": "President of {}",
    "president_elect": "President-elect of {}",
    "vice_president": "Vice President of {}",
    "prime_minister": "Prime Minister of {}",
    "monarch": "Monarch of {}",
    "supreme_leader": "Supreme Leader of {}",
    "foreign_minister": "Foreign Minister of {}",
    "defence_minister": "Defence Minister of {}",
    "spokesperson": "Press Secretary of the leader of {}",
    "secretary_general": "Secretary General of {}",
    "commission_president": "President of the Commission of {}",
}
RANK = {
    "president": 0, "supreme_leader": 0, "monarch": 1, "prime_minister": 1,
    "secretary_general": 1, "commission_president": 1, "president_elect": 2,
    "vice_president": 3, "foreign_minister": 4, "defence_minister": 5, "spokesperson": 6,
}  # fmt: skip


@dataclass
class Role:
    """One dated code of an actor: sector and role text between start and end (ISO or '')."""

    sector: str | None
    role: str | None = None
    start: str = ""
    end: str = ""
    country: str | None = None
    rank: int = 9  # lower wins when several roles are active at once

    def active(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day < self.end)

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)


@dataclass
class Entry:
    """An actor of the base with all its dated roles."""

    name: str
    kind: str = "person"
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    curated: bool = False

    def as_of(self, day: str) -> Actor:
        """The actor with country, sector and role as of `day`."""
        active = sorted((r for r in self.roles if r.dated and r.active(day)), key=lambda r: r.rank)
        country, sector, role = self.country, self.sector, None
        if active:
            best = active[0]
            country, sector, role = best.country or country, best.sector, best.role
        else:
            past = [r for r in self.roles if r.dated and r.end and r.end <= day]
            undated = [r for r in self.roles if not r.dated]
            if undated:
                country = undated[0].country or country
                sector = undated[0].sector or sector
            elif past and self.kind == "person":
                last = max(past, key=lambda r: (r.end, -r.rank))
                country = last.country or country
                sector = "ELI" if last.sector in ("GOV", "MIL", "LEG", "JUD") else last.sector
                role = f"former {last.role}" if last.role else None
            elif self.roles:
                first = min(self.roles, key=lambda r: r.start or "9")
                country = first.country or country
                sector = sector or (first.sector if self.kind != "person" else None)
        return Actor(name=self.name, kind=self.kind, country=country, sector=sector, role=role)


def _split(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code ('RUSGOV', 'IGOUNO', 'MNCUSA', 'MED') -> (country, PLOVER sector)."""
    head, rest = code[:3], code[3:]
    if head in _ORG_PREFIX:
        country = rest[:3] if rest[:3] and rest[:3] not in SECTORS else None
        return (country or ("IGO" if head == "IGO" else None)), _ORG_PREFIX[head]
    if head in SECTORS and not rest:
        return None, _CAMEO_SECTOR.get(head, head)
    sector = rest[:3] or None
    if sector and sector not in SECTORS:
        sector = None
    country = _CAMEO_COUNTRY.get(head, head)
    return country, _CAMEO_SECTOR.get(sector, sector) if sector else None


def _read_tsv(name: str) -> list[list[str]]:
    text = resources.files("newsledger").joinpath("data", "actors", name).read_text("utf-8")
    return [r for r in csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
            if r and not r[0].startswith("#")]  # fmt: skip


def _read_yaml(name: str) -> Any:
    path = resources.files("newsledger").joinpath("data", "actors", name)
    # libyaml's loader where it is built in: the pure-Python one took most of the base's load
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def _dated(line: str) -> tuple[str, str, str]:
    parts = [p.strip() for p in line.split("|")] + ["", ""]
    return parts[0], parts[1], parts[2]


# Countries whose people's names put the family name first, also in English news.
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})

_PLACE_RANK = {"name": 0, "capital": 1, "adjective": 2, "city": 3}
# Provinces and regions named by a common geographic word: as a bare word in news text they
# almost never mean that one region, so they are not taken as a country's place.
_GENERIC_PLACE_WORDS = frozenset(
    """gulf bay bays lake lakes delta plateau plateaux littoral coast coastal river rivers island
    islands highlands lowlands valley mountain mountains central centre center north south east
    west northern southern eastern western interior capital border borders upper lower middle
    savanes sea""".split()
)


class ActorIndex:
    """All shipped actor knowledge, indexed for dictionary lookups."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.names: dict[str, list[int]] = {}  # normalised alias -> entry ids, best first
        self.places: dict[str, tuple[str, str]] = {}  # word -> (ISO3, name|adjective|capital|city)
        self.country_names: dict[str, str] = {}  # ISO3 -> short English name for roles
        self.offices: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        self.leader_office: dict[str, str] = {}
        self.titles: dict[tuple[str, str], str] = {}
        self.agents: dict[str, str] = {}  # agent noun phrase -> PLOVER sector
        self.bodies: dict[str, str] = {}  # name of a non-country body -> its offices' key
        self.body_code: dict[str, str] = {}  # offices' key -> actor code (NATO -> IGO)
        # normalised given name -> "female" | "male" | None (borne by both)
        self.given_names: dict[str, str | None] = {}
        self.seats: dict[str, str] = {}  # normalised seat of government name -> its country
        self.regions: dict[str, str] = {}  # a state or province as written -> its country
        self.instruments: dict[str, bool] = {}  # vehicle or weapon noun -> used by armed forces
        self.class_nouns: frozenset[str] = frozenset()  # bodies of which there are many
        self.serving_nouns: frozenset[str] = frozenset()  # people coded by the body they serve
        self._by_name: dict[str, int] = {}
        self.spellings: dict[str, int] = {}  # spelling key of a person's full name -> entry id
        self.surnames: dict[str, list[int]] = {}  # family name of a dated dictionary person
        self._load()

    def _entry(self, name: str, kind: str = "person", curated: bool = False) -> Entry:
        key = norm(name)
        if key in self._by_name:
            return self.entries[self._by_name[key]]
        self.entries.append(Entry(name=name, kind=kind, curated=curated))
        self._by_name[key] = len(self.entries) - 1
        self._alias(name, len(self.entries) - 1)
        return self.entries[-1]

    def _alias(self, alias: str, idx: int, first: bool = False) -> None:
        key = norm(alias)
        if key.startswith("the "):
            key = key[4:]
        if not key or key in PRONOUNS:
            return
        ids = self.names.setdefault(key, [])
        if idx not in ids:
            ids.insert(0, idx) if first else ids.append(idx)

    def _load(self) -> None:
        self._load_places()
        self._load_offices()
        self._load_people()
        self._load_organizations()
        self._load_seats()
        self._load_phoenix()
        self._close_stale_roles()
        self._index_spellings()
        self._index_name_words()
        for gender, names in _read_yaml("given_names.yaml").items():
            # "either": a given name of women and men alike, known as a name but no gender
            sex = gender if gender in ("female", "male") else None
            self.given_names.update({norm(name): sex for name in names})
        for phrase, code in _read_tsv("agents_extra.tsv"):
            self.agents[phrase] = code
        for phrase, codes in _read_tsv("agents.tsv"):  # already PLOVER codes
            self.agents.setdefault(phrase, codes[:3])
        for use, nouns in _read_yaml("instruments.yaml").items():
            self.instruments.update(dict.fromkeys(nouns, use == "military"))
        self.class_nouns = frozenset(_read_yaml("class_nouns.yaml"))
        self.serving_nouns = frozenset(_read_yaml("serving_nouns.yaml"))

    def _load_places(self) -> None:
        """Country words; where two countries claim a word, a name beats a capital beats an
        adjective beats a city ("Tokyo" is Japan's capital before it is anyone's city)."""
        for iso, name, aliases, capitals, cities in _read_tsv("countries.tsv"):
            self.country_names[iso] = name
            for kind, words in (("city", cities), ("adjective", aliases), ("capital", capitals)):
                for word in words.split("|"):
                    self._place(word, iso, kind)
            self._place(name, iso, "name")
        for iso, info in _read_yaml("countries_extra.yaml").items():
            self.country_names[iso] = info.get("name", self.country_names.get(iso, iso))
            for kind, key in (("city", "cities"), ("adjective", "adjectives"),
                              ("capital", "capitals"), ("name", "names")):  # fmt: skip
                for word in info.get(key, []):
                    self.places[norm(word)] = (iso, kind)  # curated: overrides
            self.places[norm(info.get("name", iso))] = (iso, "name")
        for iso, regions in _read_yaml("regions.yaml").items():  # "Ala.", "Ont."
            for region in regions:
                self.regions[region] = iso
        for iso, adjectives in _read_tsv("demonyms.tsv"):  # every country's adjective
            for word in adjectives.split("|"):
                self._place(word, iso, "adjective")
        for name, iso in _read_tsv("cities.tsv"):  # GeoNames: the cities CountryInfo lacks
            self._place(name, iso, "city")
        self.places.pop("", None)

    def _place(self, word: str, iso: str, kind: str) -> None:
        key = norm(word)
        if kind == "city" and key in _GENERIC_PLACE_WORDS:
            return  # a province called "Gulf" must not make "the Gulf states" Papua New Guinean
        old = self.places.get(key)
        if old is None or _PLACE_RANK[kind] < _PLACE_RANK[old[1]]:
            self.places[key] = (iso, kind)

    def _load_offices(self) -> None:
        for country, office in _read_tsv("leaders.tsv"):  # "the New Zealand leader": its PM
            self.leader_office[country] = office
        for country, info in _read_yaml("offices.yaml").items():
            code = info.get("country", country)  # the actor code of a non-country body
            self.body_code[country] = code
            self.country_names.setdefault(country, info["name"])
            for alias in info.get("aliases", []):
                self.bodies[norm(alias)] = country
            self.leader_office[country] = info.get(
                "leader", self.leader_office.get(country, "president")
            )
            for office, holders in info.items():
                if office not in DEFAULT_TITLES:
                    continue
                title = info.get("titles", {}).get(office) or DEFAULT_TITLES[office].format(
                    info["name"]
                )
                self.titles[(country, office)] = title
                for line in holders:
                    name, start, end = _dated(line)
                    self.offices.setdefault((country, office), []).append((name, start, end))
                    entry = self._entry(name, curated=True)
                    entry.country = entry.country or code
                    entry.roles.append(Role("GOV", title, start, end, code, RANK[office]))
        # CountryInfo leaders and ministers to 2012, for dates the curated table does not cover.
        curated_offices = {key: list(holders) for key, holders in self.offices.items()}
        for holder, iso, office, start, end in _read_tsv("offices_to_2012.tsv"):
            name = " ".join(w.capitalize() for w in holder.split())
            title = self.titles.get((iso, office)) or DEFAULT_TITLES[office].format(
                self.country_names.get(iso, iso)
            )
            curated = curated_offices.get((iso, office), [])
            if not end and any(s <= "2012-12-31" for _, s, _ in curated):
                continue  # open-ended in 2012; the curated table knows when it ended
            idx = self._by_name.get(norm(name))
            entry = self.entries[idx] if idx is not None else self._entry(name)
            entry.country = entry.country or iso
            if not any(r.role == title and r.start[:4] == start[:4] for r in entry.roles):
                entry.roles.append(Role("GOV", title, start, end, iso, RANK[office] + 1))
            # In the office table an open end means "still in office in 2012", not today; and
            # the curated table wins wherever it covers the same years.
            until = end or "2013-01-01"
            if not any((not e or start < e) and s < until for _, s, e in curated):
                self.offices.setdefault((iso, office), []).append((name, start, until))
                self.titles.setdefault((iso, office), title)

    def _load_people(self) -> None:
        surnames: dict[str, set[int]] = {}
        for key, info in _read_yaml("people.yaml").items():
            entry = self._entry(key, curated=True)
            idx = self._by_name[norm(key)]
            entry.curated = True
            entry.country = entry.country or info.get("country")
            for alias in info.get("aliases", []):
                self._alias(alias, idx, first=True)
            for line in info.get("roles", []):
                sector, role, start, end = (
                    [p.strip() for p in line.split("|")] + ["", "", "", ""]
                )[:4]
                entry.roles.append(Role(sector, role, start, end, entry.country, 7))
        for idx, entry in enumerate(self.entries):
            if entry.curated and entry.kind == "person":
                words = norm(entry.name).split()
                if len(words) > 1 and len(words[-1]) > 2:
                    surnames.setdefault(words[-1], set()).add(idx)
                    if words[-1].startswith(("al-", "el-")):
                        surnames.setdefault(words[-1][3:], set()).add(idx)
        for surname, ids in surnames.items():
            if len(ids) == 1 and surname not in self.places:
                self._alias(surname, next(iter(ids)), first=True)

    def _load_organizations(self) -> None:
        for name, info in _read_yaml("organizations.yaml").items():
            entry = self._entry(name, info.get("kind", "organization"), curated=True)
            idx = self._by_name[norm(name)]
            entry.curated = True
            entry.country, entry.sector = info.get("country"), info.get("sector")
            for alias in info.get("aliases", []):
                self._alias(alias, idx, first=True)
            for line in info.get("roles", []):
                sector, role, start, end = ([p.strip() for p in line.split("|")] + [""] * 4)[:4]
                entry.roles.append(Role(sector, role, start, end, entry.country, 0))

    def _load_seats(self) -> None:
        """Seats of government named for their occupants ("the Moncloa said"): each the
        country's government, unless organizations.yaml already tells it."""
        for name, aliases, iso, sector in _read_tsv("seats.tsv"):
            names = [name, *(a for a in aliases.split("|") if a)]
            for word in names:
                self.seats[norm(word)] = iso
            if norm(name) in self._by_name:
                continue
            entry = self._entry(name, "organization", curated=True)
            entry.country, entry.sector = iso, sector
            idx = self._by_name[norm(name)]
            for alias in names[1:]:
                self._alias(alias, idx, first=True)

    def _load_phoenix(self) -> None:
        for file in ("phoenix_people.tsv", "phoenix_orgs.tsv", "countryinfo_people.tsv"):
            for name, aliases, kind, codes in _read_tsv(file):
                if kind == "place" or norm(name) in self.places:
                    iso = codes.split(":")[0][:3]
                    if iso in self.country_names:
                        for word in [name, *aliases.split("|")]:
                            self._place(word, iso, "city")
                    continue
                idx = self._by_name.get(norm(name))
                if idx is not None and self.entries[idx].curated:
                    entry = self.entries[idx]
                    for alias in aliases.split("|") if aliases else []:
                        self._alias(alias, idx)
                    continue
                entry = self._entry(name, kind)
                idx = self._by_name[norm(name)]
                for alias in aliases.split("|") if aliases else []:
                    self._alias(alias, idx)
                for code in codes.split(";"):
                    raw, start, end = (code.split(":") + ["", ""])[:3]
                    country, sector = _split(raw)
                    entry.roles.append(Role(sector, None, start, end, country))
                    entry.country = entry.country or country

    def _index_name_words(self) -> None:
        """People of the dictionaries (not curated: those have surname aliases) with a dated
        role, by their family name: "President Bouteflika", "Premier Wen" names the one such
        person in office then. The family name is the last word of a name, but the first in
        Chinese and Korean names, which English news keeps in their own order."""
        for idx, entry in enumerate(self.entries):
            if entry.curated or entry.kind != "person" or not any(r.dated for r in entry.roles):
                continue
            words = norm(entry.name).split()
            if len(words) >= 2:
                family = words[0] if entry.country in _FAMILY_NAME_FIRST else words[-1]
                self.surnames.setdefault(family, []).append(idx)

    def _index_spellings(self) -> None:
        """People's full names (two words or more) by their spelling key, for names the text
        transliterates otherwise than the base ("Bouteflicka"); a key two people share is
        dropped, so a variant never picks one of them at random."""
        owners: dict[str, set[int]] = {}
        for key, ids in self.names.items():
            if " " in key and self.entries[ids[0]].kind == "person":
                owners.setdefault(spelling_key(key), set()).add(ids[0])
        self.spellings = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}

    def _close_stale_roles(self) -> None:
        """End CountryInfo offices left open in 2012 where Phoenix (to 2015) saw them end."""
        for entry in self.entries:
            if entry.curated:
                continue
            coded = [r for r in entry.roles if r.role is None and r.dated and r.sector == "GOV"]
            if not coded or any(not r.end for r in coded):
                continue
            last = max(r.end for r in coded)
            for role in entry.roles:
                if role.role and not role.end and role.start < last:
                    role.end = last
