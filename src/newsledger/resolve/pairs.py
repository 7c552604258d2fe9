"""'The two leaders', 'both governments': a pair of actors named by an earlier event.

A story about a meeting names the two sides once and then calls them "the two presidents",
"both leaders" or "the two governments". Coreference by name cannot resolve a plural like that,
and left as it is the event has an actor nobody can look up, so it neither merges with the
named mentions of the same meeting nor shows on the pair's timeline. The antecedent is the
latest earlier event with exactly two participants: people for "leaders"/"presidents" (people
holding that office first, when the phrase names one), their countries for "governments"/"sides".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsledger.model import Actor, EventMention, Participant

# "the two presidents", "both leaders", "both the foreign ministers", "the two heads of state"
PAIR = re.compile(
    r"^(?:the two|both(?: the)?|these two|the 2)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+(?: of (?:state|government))?)$",
    re.IGNORECASE,
)
PERSON_NOUNS = frozenset(
    """leaders presidents ministers chancellors premiers counterparts men women politicians
    heads""".split()
)
# Offices a pair phrase may name: the role text each person must show (and must not).
OFFICES = {
    "presidents": ("president", ("vice", "prime")),
    "chancellors": ("chancellor", ()),
    "ministers": ("minister", ("prime",)),
    "prime ministers": ("prime minister", ()),
    "premiers": ("prime minister", ()),
}
# Titles a writer uses loosely for any two leaders ("the two presidents" for a president and
# a chancellor); "the two ministers" are never the leaders themselves.
LEADING_TITLES = frozenset({"president", "chancellor", "prime minister"})
# The office test of the loose reading: any leading title.
LEADERS: tuple[str, tuple[str, ...]] = ("", ())
# "both ministries" too: each side's ministry is its state speaking (product.md: a ministry
# of a participant is that participant's side), so the pair stands for the two countries.
COUNTRY_NOUNS = frozenset(
    """countries nations governments cabinets sides delegations capitals states neighbours
    neighbors administrations ministries""".split()
)


# "The ministers discussed trade" right after a sentence naming two ministers: a bare definite
# plural of an office points back like "the two ministers", but only to the nearest earlier
# event naming several people, and only when they are exactly two holding the office, so a
# larger group is never taken for a pair. ("The leaders" names no office: a summit's, left alone.)
DEFINITE_OFFICE = re.compile(
    r"^the\s+(?:foreign\s+|prime\s+)?(?:presidents|ministers|premiers|chancellors)$",
    re.IGNORECASE,
)


def pair_kind(text: str | None) -> str | None:
    """'person' or 'country' for a pair phrase, else None."""
    text = (text or "").strip()
    if DEFINITE_OFFICE.match(text):
        return "person"
    m = PAIR.match(text)
    if m is None:
        return None
    noun = m.group("noun").lower().split()[0]
    if noun in PERSON_NOUNS:
        return "person"
    if noun in COUNTRY_NOUNS:
        return "country"
    return None


def _office(text: str) -> tuple[str, tuple[str, ...]] | None:
    words = text.lower().split()
    if words[-2:] == ["prime", "ministers"]:
        return OFFICES["prime ministers"]
    return OFFICES.get(words[-1])


# Pair nouns for the two states' leaders: after a meeting of two countries' officials, "the
# two presidents" are the leaders of those countries on the day of what they did, and "the two
# foreign ministers" their foreign ministers (the base's office keys).
LEADER_NOUNS = frozenset({"leaders", "presidents", "premiers", "chancellors", "heads"})
STATE_OFFICES = {"foreign ministers": "foreign_minister", "defence ministers": "defence_minister",
                 "defense ministers": "defence_minister"}  # fmt: skip


def resolve_pairs(
    events: list[EventMention],
    actor_of: Callable[[str], Actor | None],
    country_actor: Callable[[str], Participant | None],
    leader_of: Callable[[str, str, EventMention], Participant | None] | None = None,
) -> set[str]:
    """Replace each pair phrase among the events' participants by the pair it points back to.

    `actor_of` gives a resolved name's actor; `country_actor` a country code's place actor;
    `leader_of` the holder of an office ("leader", "foreign_minister") of a country code when
    the event told takes place.
    Returns the names of the pair phrases replaced (they are no actors of their own).
    """
    replaced: set[str] = set()
    ordered = sorted(events, key=lambda e: e.start)
    for n, event in enumerate(ordered):
        for role in ("actors", "recipients"):
            out: list[Participant] = []
            for p in getattr(event, role):
                kind = pair_kind(p.text)
                pair = None
                if kind and p.text:
                    # The office the phrase names decides between pairs; when no earlier pair
                    # holds it, the writer was loose ("the two presidents" for a president
                    # and a chancellor) and the latest pair stands.
                    office = _office(p.text)
                    earlier = ordered[:n]
                    if DEFINITE_OFFICE.match(p.text.strip()):
                        earlier = _nearest_with_people(earlier, actor_of)
                    pair = _antecedent(earlier, kind, office, actor_of, country_actor)
                    if pair is None and office and office[0] in LEADING_TITLES:
                        pair = _antecedent(ordered[:n], kind, LEADERS, actor_of, country_actor)
                    held = _state_office(p.text)
                    if pair is None and leader_of is not None and held is not None:
                        pair = _holders_of_pair(ordered[:n], event, held, actor_of, leader_of)
                if pair is None:
                    out.append(p)
                    continue
                replaced.add(p.name)
                for q in pair:
                    if all(q.name != o.name for o in out):
                        out.append(Participant(q.name, q.country, q.sector, p.text, p.start, p.end))
            setattr(event, role, out)
        event.recipients = [
            r for r in event.recipients if all(r.name != a.name for a in event.actors)
        ]
    return replaced


def _nearest_with_people(
    earlier: list[EventMention], actor_of: Callable[[str], Actor | None]
) -> list[EventMention]:
    """The latest earlier event naming two or more people (as a one-item list), or none: a
    bare "the ministers" after a meeting of three is that group, never an earlier pair."""
    for event in reversed(earlier):
        people = {
            p.name
            for p in event.actors + event.recipients
            if pair_kind(p.text) is None
            and (actor := actor_of(p.name)) is not None
            and actor.kind == "person"
        }
        if len(people) >= 2:
            return [event]
    return []


def _antecedent(
    earlier: list[EventMention],
    kind: str,
    office: tuple[str, tuple[str, ...]] | None,
    actor_of: Callable[[str], Actor | None],
    country_actor: Callable[[str], Participant | None],
) -> list[Participant] | None:
    """The two participants of the latest earlier event that has exactly two such people."""
    for event in reversed(earlier):
        # Only the people count: a topic parsed as a participant ("joint patrols") does not
        # make a meeting of two people a meeting of three.
        people: dict[str, Participant] = {}
        actors: list[Actor] = []
        for p in event.actors + event.recipients:
            actor = actor_of(p.name)
            if pair_kind(p.text) is None and actor is not None and actor.kind == "person":
                if p.name not in people:
                    people[p.name] = p
                    actors.append(actor)
        if len(people) != 2:
            continue
        if office is LEADERS and not all(_leads(a) for a in actors):
            continue
        if office and office is not LEADERS and not all(_holds(a, office) for a in actors):
            continue
        if kind == "person":
            return list(people.values())
        codes = [p.country for p in people.values()]
        if None in codes or codes[0] == codes[1]:
            continue
        places = [country_actor(code) for code in codes if code]
        if all(places):
            return [p for p in places if p]
    return None


def _state_office(text: str) -> str | None:
    """The office each state's holder of which a pair phrase names ("the two presidents":
    "leader"), or None."""
    m = PAIR.match(text.strip())
    if m is None:
        return None
    lowered = " ".join(text.lower().split())
    for words, office in STATE_OFFICES.items():
        if lowered.endswith(words):
            return office
    return "leader" if m.group("noun").lower().split()[0] in LEADER_NOUNS else None


def _holders_of_pair(
    earlier: list[EventMention],
    event: EventMention,
    office: str,
    actor_of: Callable[[str], Actor | None],
    holder_of: Callable[[str, str, EventMention], Participant | None],
) -> list[Participant] | None:
    """The holders of `office` in the two countries of the latest earlier event between two
    countries and no people ("Kenyan and Ugandan officials met ... The two presidents last
    spoke in January"), as of `event`'s date."""
    for before in reversed(earlier):
        actors = [actor_of(p.name) for p in before.actors + before.recipients]
        if any(a is not None and a.kind == "person" for a in actors):
            return None  # a pair of people was named nearer: _antecedent's to judge
        codes = sorted({a.country for a in actors if a is not None and a.kind == "place"})
        if len(codes) != 2 or any(code is None for code in codes):
            continue
        holders = [holder_of(code, office, event) for code in codes if code]
        return [p for p in holders if p] if all(holders) else None
    return None


def fits_office(text: str, people: list[Actor]) -> bool:
    """Whether two people can be the pair a phrase names by office: "the two foreign
    ministers" are ministers, "the two presidents" leaders (a writer may be loose among
    leading titles); a phrase naming no office fits any two people."""
    office = _office(text)
    if office is None:
        return True
    if all(_holds(a, office) for a in people):
        return True
    return office[0] in LEADING_TITLES and all(_leads(a) for a in people)


def _leads(actor: Actor) -> bool:
    """Whether a person holds one of the leading titles (unknown roles do not exclude): "the
    two presidents" may be a president and a chancellor, never a minister and an envoy."""
    if _unstated(actor.role):
        return True
    role = actor.role.lower()
    return any(title in role for title in LEADING_TITLES) and "vice" not in role


def _holds(actor: Actor, office: tuple[str, tuple[str, ...]]) -> bool:
    """Whether the person's role is the office a phrase names (unknown roles do not exclude)."""
    if _unstated(actor.role):
        return True
    role = actor.role.lower()
    title, unlike = office
    return title in role and not any(f"{word} {title}" in role for word in unlike)


def _unstated(role: str | None) -> bool:
    """Whether a role says no office of its own: none known, or "his Ecuadorian counterpart",
    which holds whatever office the person it is the counterpart of holds."""
    return not role or "counterpart" in role.lower()
