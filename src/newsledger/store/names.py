"""Folding actor names for the --actor / --speaker filters.

Users type names without their diacritics and often only one word of them, so a filter matches
a stored name when its words occur in the name as a run of whole words, compared case- and
diacritics-insensitively: 'Erdogan' names 'Recep Tayyip Erdoğan', 'Scho' does not name 'Scholz'.
The store keeps each name's folded form (see schema.actor_names) so SQL can answer the filter.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Casefolded, without combining marks; the dotless ı of Turkish names becomes i."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def name_words(name: str) -> list[str]:
    """The folded words of a stored name; a hyphen separates words ('Jon-Berg')."""
    return fold(name).replace("-", " ").split()


def query_words(wanted: str) -> list[str]:
    """The folded words of what a user typed."""
    return fold(wanted).split()


def folded_name(name: str) -> str:
    """A stored name as ' word word ', so a run of whole words is a plain substring."""
    return " " + " ".join(name_words(name)) + " "


def name_matches(wanted: str, name: str) -> bool:
    """'Scholz' names 'Olaf Scholz'; 'olaf scholz' too; 'Scho' does not; 'Erdogan'
    names 'Recep Tayyip Erdoğan' (users type names without their diacritics)."""
    words = query_words(wanted)
    return bool(words) and " " + " ".join(words) + " " in folded_name(name)
