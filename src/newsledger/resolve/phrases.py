"""How mention text is read: normalised keys, role nouns, names versus descriptions, dates.

Shared by the knowledge base and in-article resolution so both read "Russian presidential press
spokesman Steffen Hebestreit" the same way: a description (role words, country words) and a name.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date as Date
from functools import cache, lru_cache

# Role nouns -> office keys of offices.yaml (longest phrases are tried first).
OFFICE_NOUNS = {
    "president-elect": "president_elect",
    "president elect": "president_elect",
    "vice president": "vice_president",
    "vice-president": "vice_president",
    "president": "president",
    "presidency": "president",
    "prime minister": "prime_minister",
    "premier": "prime_minister",
    "pm": "prime_minister",
    "chancellor": "prime_minister",
    "foreign minister": "foreign_minister",
    "foreign secretary": "foreign_minister",
    "secretary of state": "foreign_minister",
    "top diplomat": "foreign_minister",
    "foreign affairs minister": "foreign_minister",
    "minister of foreign affairs": "foreign_minister",
    "external affairs minister": "foreign_minister",
    "high representative": "foreign_minister",
    "foreign policy chief": "foreign_minister",
    "defence minister": "defence_minister",
    "defense minister": "defence_minister",
    "defence secretary": "defence_minister",
    "defense secretary": "defence_minister",
    "secretary of defense": "defence_minister",
    "minister of defence": "defence_minister",
    "minister of defense": "defence_minister",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "press secretary": "spokesperson",
    "king": "monarch",
    "queen": "monarch",
    "emperor": "monarch",
    "emir": "monarch",
    "sultan": "monarch",
    "monarch": "monarch",
    "supreme leader": "supreme_leader",
    "secretary general": "secretary_general",
    "secretary-general": "secretary_general",
    "leader": "leader",
    "head of state": "leader",
}
# One pattern for all role nouns, longest first, so the first match is the most specific.
OFFICE_RE = re.compile(
    r"(?:^| )("
    + "|".join(re.escape(n) for n in sorted(OFFICE_NOUNS, key=len, reverse=True))
    + r")(s?)(?= |$)"
)
# Words that keep a role phrase from meaning the current holder.
NOT_CURRENT = {"former", "ex", "late", "then", "previous", "ousted", "exiled", "retired", "past"}
# An organisation's own channels: "the Elysee website" speaks for the Elysee.
CHANNELS = {
    "website",
    "site",
    "statement",
    "account",
    "channel",
    "service",
    "office",
    "spokesperson",
}
# Nouns for news outlets: the name beside one ("the newspaper Bild", "the Nikkei newspaper")
# is an organisation's, not a person's.
OUTLET_NOUNS = {
    "newspaper", "paper", "daily", "weekly", "magazine", "tabloid", "broadcaster", "agency",
    "network", "outlet", "television", "radio", "channel", "website", "portal", "station",
}  # fmt: skip
# Outlet nouns that say a name is the press's (not "agency", "network", "channel": a state's
# agency or a network of people are named so too).
PRESS_NOUNS = OUTLET_NOUNS - {"agency", "network", "channel", "outlet"}
# Nouns for bodies, not people: "a ministry" is no unnamed person.
BODY_NOUNS = {
    "ministry", "government", "company", "firm", "group", "party", "bank", "council", "court",
    "committee", "organisation", "organization", "office", "department", "body", "union",
    "state", "country", "city", "army", "force", "coalition", "alliance", "delegation",
}  # fmt: skip
# Determiners, numbers and quantifiers stripped from the front of a mention.
# Time-zone abbreviations that end a live blog's time stamp ("3:30 p.m. EDT").
TIME_ZONES = frozenset(
    "edt est cdt cst mdt mst pdt pst akdt hst gmt utc bst cet cest eet eest".split()
)

LEADING = {
    "the", "a", "an", "some", "several", "many", "two", "three", "four", "five", "six", "ten",
    "dozens", "hundreds", "thousands", "members", "member", "of", "group", "groups", "team",
    "one", "his", "her", "their", "its", "our", "largest", "other", "both", "all",
}  # fmt: skip
PRONOUNS = {
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "we",
    "i", "you", "himself", "herself", "themselves", "who", "this", "that",
}  # fmt: skip
# Honorifics and ranks in front of a name: a description of the person, not part of the name.
TITLES = {
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "gen", "general", "lt", "col",
    "maj", "capt", "adm", "admiral", "sgt", "rev", "sen", "rep", "gov", "pres", "prof",
    "sheikh", "ayatollah", "prince", "princess", "president", "minister", "secretary",
    "deputy", "senator", "judge", "justice", "chancellor", "premier", "ambassador", "mayor",
    "governor", "king", "queen", "pope", "chairman", "chairwoman", "commander", "marshal",
    "colonel", "major", "captain", "lieutenant", "brigadier", "spokesman", "spokeswoman",
    "archbishop", "bishop", "cardinal", "imam", "rabbi", "patriarch", "cleric", "maulana",
    "mullah", "emir", "sultan", "crown", "chief", "commissioner", "envoy", "vice", "speaker",
    # office words of local government, the police and firms, capitalised before a name
    # ("County Executive Jane Roe", "Police Officer Jane Roe", "Finance Director Jane Roe")
    "executive", "director", "sheriff", "officer", "superintendent", "councilman",
    "councilwoman", "councillor", "councilor", "congressman", "congresswoman", "assemblyman",
    "assemblywoman", "detective", "sergeant", "inspector", "administrator", "attorney",
}  # fmt: skip
# Abbreviated titles and the words they stand for ("Sen. X" ... "the senator").
TITLE_WORDS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "prof": "professor", "dr": "doctor", "lt": "lieutenant", "col": "colonel",
    "maj": "major", "capt": "captain", "adm": "admiral", "sgt": "sergeant", "pres": "president",
    "supt": "superintendent", "det": "detective", "insp": "inspector",
}  # fmt: skip
MILITARY_TITLES = {
    "gen", "general", "lt", "col", "maj", "capt", "adm", "admiral", "sgt", "colonel", "major",
    "captain", "lieutenant", "brigadier", "marshal",
}  # fmt: skip


# Letters that Unicode does not decompose into an ASCII base letter.
_ASCII = str.maketrans(
    {"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
     "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "’": "'", "‘": "'"}
)  # fmt: skip


_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"[a-z0-9]+(?:[-'.][a-z0-9]+)*\.?|'s")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lower-case ASCII words joined by single spaces; the key of every index.

    Memoised: resolving one article normalises the same few hundred names and phrases over a
    thousand times (every look-up, alias key and role test starts here)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_ASCII))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_WORD.findall(_POSSESSIVE.sub(" 's", text.lower())))


def day_of(date: str | None) -> str:
    """An ISO day for a date given as ISO, 'today', '' or a loose phrase ('1 july 2021')."""
    if not date or date.strip().lower() in ("today", "now"):
        return Date.today().isoformat()
    date = date.strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        return (date + "-01-01")[:10] if len(date) < 10 else date
    return _parse_loose(date)


@cache
def _parse_loose(text: str) -> str:
    import dateparser  # loaded only for non-ISO dates, which the pipeline never passes

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else Date.today().isoformat()


# A country's institutions named by a phrase ("the Turkish foreign ministry", "Japan's Ministry
# of Foreign Affairs", "the German government"): pattern on the normalised phrase, with the
# country words in group `c`, and the name they are known by (ministries in the
# "Ministry of Foreign Affairs of Turkey" form national governments use in English).
_OWNER = r"(?P<c>[\w.' -]+?)(?: 's)?"
_MINISTRIES = {"foreign": "Foreign Affairs", "foreign affairs": "Foreign Affairs",
               "external affairs": "Foreign Affairs", "defence": "Defence",
               "defense": "Defence"}  # fmt: skip
# What a ministry is called ("the foreign office", "the Department of Foreign Affairs").
_BODY = r"(?:ministry|department|office)"
INSTITUTIONS: list[tuple[re.Pattern, str]] = [
    *(
        (re.compile(pattern.format(o=_OWNER, k=key, b=_BODY)), f"Ministry of {name} of {{}}")
        for key, name in _MINISTRIES.items()
        for pattern in ("^{o} {k} {b}$", "^{k} {b} of (?P<c>.+)$",
                        "^{o} {b} of {k}$", "^{b} of {k} of (?P<c>.+)$")  # fmt: skip
    ),
    (re.compile(rf"^{_OWNER} government$"), "Government of {}"),
    (re.compile(r"^government of (?P<c>.+)$"), "Government of {}"),
    (re.compile(rf"^{_OWNER} (?:presidency|presidential office)$"),
     "Office of the President of {}"),
]  # fmt: skip
# Every pattern above needs one of these words, so a phrase without any is no institution.
INSTITUTION_WORDS = ("ministry", "department", "office", "government", "presidency")


# Spellings that English transliterations of one name vary between (Arabic, Russian, Persian
# and other names reach English news through several systems): each is read as one letter.
_ONE_LETTER = str.maketrans({"y": "i", "w": "v", "q": "k"})
_DIGRAPHS = (("ck", "k"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"),
             ("zh", "z"), ("ou", "u"), ("oo", "u"), ("ee", "i"))  # fmt: skip
_HARD_C = re.compile(r"c(?=[aou])")
_NOT_LETTER = re.compile(r"[^a-z ]+")
_DOUBLED = re.compile(r"(.)\1+")


def spelling_key(key: str) -> str:
    """A normalised name's key across transliterations: "bouteflika" and "bouteflicka",
    "zelenskyy" and "zelensky", "kadhafi" and "qaddafi" share one. The base matches only
    full names of people by it, and only keys no two people share."""
    key = key.translate(_ONE_LETTER)
    for pair, letter in _DIGRAPHS:
        if pair in key:
            key = key.replace(pair, letter)
    if "c" in key:
        key = _HARD_C.sub("k", key)
    return _DOUBLED.sub(r"\1", _NOT_LETTER.sub("", key))


def words_of(text: str) -> set[str]:
    return {w.strip(".") for w in norm(text).split()}


# Civil titles that end or start in "general": not an army rank.
_CIVIL_GENERAL = re.compile(
    r"\b(director|secretary|attorney|governor|consul|solicitor|inspector|auditor|postmaster)"
    r"[- ]general\b|\bgeneral (secretary|counsel|manager|assembly)\b"
)


def military_title(text: str) -> bool:
    """Whether a description holds a military rank ('Gen.', 'Colonel'), not 'Director General'."""
    return bool(MILITARY_TITLES & words_of(_CIVIL_GENERAL.sub(" ", norm(text))))


def strip_the(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


def strip_leading(text: str) -> str:
    words = text.split()
    while len(words) > 1 and (words[0] in LEADING or words[0].isdigit()):
        words.pop(0)
    return " ".join(words)


def singular(text: str) -> str:
    if text.endswith("ies"):
        return text[:-3] + "y"
    if text.endswith(("ses", "xes", "ches", "shes")):
        return text[:-2]
    return text[:-1] if text.endswith("s") else text


# Lower-case particles inside a personal name ("Abdel Fattah al-Sisi", "Lula da Silva",
# "Mohammed bin Salman"): part of the name, not the end of a description.
NAME_PARTICLES = frozenset(
    "al el bin ibn bint ben abu ould de da do dos das di du del van von der den la le".split()
)


def _particle(tok: str, hyphenated_only: bool = False) -> bool:
    """A name particle: bare ("da") or glued to the next name part ("al-Sisi")."""
    head, dash, rest = tok.partition("-")
    if dash and head.lower() in NAME_PARTICLES and rest[:1].isupper():
        return True
    return not hyphenated_only and tok in NAME_PARTICLES


def _name_word(tok: str) -> bool:
    return tok[:1].isupper() or _particle(tok, hyphenated_only=True)


def _title_name_of(tokens: list[str]) -> tuple[str, str] | None:
    """'King Abdullah II of Jordan', 'Governor Kathy Hochul of New York': title words, a
    name, then "of" and what the title is of. None for any other shape ("Secretary of State
    Marco Rubio", "Institute of Technology")."""
    if "of" not in tokens:
        return None
    cut = tokens.index("of")
    titles = 0
    while titles < cut and norm(tokens[titles]).rstrip(".") in TITLES:
        titles += 1
    name = tokens[titles:cut]
    if not titles or not name or not _name_word(name[0]) or not _name_word(name[-1]):
        return None
    for tok in name:
        bare = norm(tok).rstrip(".")
        if not (_name_word(tok) or _particle(tok)) or bare in TITLES or bare in OFFICE_NOUNS:
            return None
    return " ".join(name), " ".join(tokens[:titles] + tokens[cut:])


def name_and_description(mention: str) -> tuple[str, str]:
    """Split 'German government spokesman Steffen Hebestreit' into name and description.

    The name is the run of capitalised words at the end that are neither titles, countries nor
    role nouns (with the particles names carry inside: "al-Sisi", "da Silva"); the description
    is what comes before it, and an "of" phrase after a titled name ("King Abdullah II of
    Jordan": name "Abdullah II", description "King of Jordan"). A mention that is all
    description ('the Russian president') has no name.
    """
    text = mention.strip().rstrip(",.")
    if text[:4].lower() == "the ":
        text = text[4:]
    # "Harry Tseng, Taiwan's deputy foreign minister": name, description; a comma inside a
    # number ("Some 2,300 marchers") separates thousands, no apposition
    parts = re.split(r",(?!\d)", text, maxsplit=1)
    if len(parts) == 2:
        head, tail = parts
        if head.strip()[:1].isupper() and len(head.split()) >= 2:
            return head.strip(), tail.strip()
    tokens = text.split()
    titled = _title_name_of(tokens)
    if titled is not None:
        return titled
    name: list[str] = []
    if all(t[:1].isupper() or t in ("of", "and", "for", "the", "de", "al") for t in tokens):
        if len(tokens) > 2 and any(t in ("of", "and", "for") for t in tokens):
            return " ".join(tokens), ""  # an organisation's full name
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        bare = norm(tok).rstrip(".")
        inner = bool(name) and i > 0 and _particle(tok) and tokens[i - 1][:1].isupper()
        if not (_name_word(tok) or inner) or bare in TITLES or bare in OFFICE_NOUNS:
            break
        if singular(bare) in TITLES:  # "Presidents Lula and Milei": a plural title
            break
        if bare in ("of", "the") or bare in TIME_ZONES:
            break  # "3:30 p.m. EDT Muhammad Ali": a live blog's time stamp ends before the name
        name.insert(0, tok)
    if len(name) == len(tokens) and name and norm(name[0]).rstrip(".") not in TITLES:
        return " ".join(name), ""
    if not name:
        return "", text
    description = " ".join(tokens[: len(tokens) - len(name)])
    return " ".join(name), description
