"""A pipeline's attribute ruler and rule lemmatizer, applied by table look-up.

In the English pipelines the attribute ruler (coarse part of speech and morphology from the
tagger's tag, plus word exceptions) and the rule lemmatizer cost about a fifth of the whole
parse: the ruler runs a Matcher of some 180 patterns over every word and the lemmatizer a
Python loop over every token. Their results depend on a few attributes of a word (its tag,
lower-case form, dependency label and whether it is white space; then its form, part of
speech and morphology), and news repeats the same words, so each distinct combination is
worked out once per process and every later word is a dictionary look-up; the results are
written back a column at a time.

The output is the two components' own, token for token: the rules are read from the loaded
components (whatever model `NEWSLEDGER_SPACY_MODEL` names), applied in the ruler's order, and
a lemma the table has not seen is made by the lemmatizer itself. Patterns this module cannot
read (operators such as `*`, attributes other than those below) leave the pipeline as shipped.
`tests/test_token_attributes.py` compares both on whole documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
# The token attributes a pattern may test here, in the column order of the key arrays.
_KEY_ATTRS = (TAG, LOWER, DEP, IS_SPACE)
_KEY_NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")
# Entries a table keeps before it starts again: memory stays flat over millions of articles.
_TABLE_LIMIT = 200_000
# Attributes written back a column at a time; any other a rule sets goes through spaCy's
# own setter, token by token (in the English rules: the tag and label of white space).
_COLUMNS = (POS, MORPH, LEMMA)

Test = Callable[[tuple], bool]  # a pattern position's test on (tag, lower, dep, is_space) strings


def replace_in(nlp: Language) -> bool:
    """Put the table look-up in place of the pipeline's ruler and lemmatizer when it can do
    their work exactly; whether it did. The two components stay loaded, disabled."""
    if RULER not in nlp.pipe_names or LEMMATIZER not in nlp.pipe_names:
        return False
    names = nlp.pipe_names
    if names.index(LEMMATIZER) != names.index(RULER) + 1:
        return False
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if getattr(lemmatizer, "mode", None) not in ("rule", "lookup"):
        return False
    try:
        rules = _Rules(nlp.get_pipe(RULER))
    except _Unreadable:
        return False
    nlp.add_pipe("newsledger_token_attributes", after=LEMMATIZER, config={})
    nlp.get_pipe("newsledger_token_attributes").setup(rules, lemmatizer)
    nlp.disable_pipe(RULER)
    nlp.disable_pipe(LEMMATIZER)
    return True


class _Unreadable(Exception):
    """A pattern this module does not evaluate: keep the shipped components."""


def _position_test(position: dict) -> Test:
    """The test one pattern position makes, on the key's attribute strings."""
    checks = []
    for name, wanted in position.items():
        if name not in _KEY_NAMES:
            raise _Unreadable(name)
        at = _KEY_NAMES.index(name)
        if not isinstance(wanted, dict):
            if not isinstance(wanted, str | bool):
                raise _Unreadable(name)
            checks.append((at, "==", wanted))
            continue
        for op, value in wanted.items():
            if op == "IN":
                checks.append((at, "in", frozenset(value)))
            elif op == "NOT_IN":
                checks.append((at, "not in", frozenset(value)))
            elif op == "REGEX":
                checks.append((at, "re", re.compile(value)))
            else:
                raise _Unreadable(op)

    def test(values: tuple) -> bool:
        for at, op, wanted in checks:
            value = values[at]
            if op == "==":
                ok = value == wanted
            elif op == "in":
                ok = value in wanted
            elif op == "not in":
                ok = value not in wanted
            else:
                ok = isinstance(value, str) and wanted.search(value) is not None
            if not ok:
                return False
        return True

    return test


class _Rules:
    """The ruler's pattern groups: single-word ones found through a word index or a table by
    (tag, label, space), several-word ones matched around a word they name."""

    def __init__(self, ruler) -> None:
        self.attrs: list[dict] = ruler.attrs  # group number -> {attribute id: value}
        strings = ruler.vocab.strings
        self.by_lower: dict[str, list[tuple[int, Test]]] = {}
        self.general: list[tuple[int, Test]] = []  # single-word groups not keyed by a word
        self.several: dict[str, list[tuple[int, int, int, list[Test]]]] = {}
        for group, pattern in enumerate(ruler.patterns):
            index = pattern["index"]
            for positions in pattern["patterns"]:
                if any("OP" in p for p in positions) or not positions:
                    raise _Unreadable("operator")
                tests = [_position_test(p) for p in positions]
                if len(positions) == 1:
                    words = _words(positions[0].get("LOWER"))
                    if words is None:
                        self.general.append((group, tests[0]))
                    for word in words or ():
                        self.by_lower.setdefault(word, []).append((group, tests[0]))
                else:  # found through the first of its words that a word test names
                    anchor = next(
                        (k for k, p in enumerate(positions) if _words(p.get("LOWER"))), None
                    )
                    if anchor is None:
                        raise _Unreadable("several-word pattern with no word named")
                    for word in _words(positions[anchor].get("LOWER")):
                        self.several.setdefault(word, []).append((group, index, anchor, tests))
        # Several-word patterns found by the hash of the word they are found through.
        self.several_by_hash = {strings[w]: groups for w, groups in self.several.items()}
        self._general_cache: dict[tuple, tuple[int, ...]] = {}
        # The general groups' results keyed without the word, unless one of them reads it.
        self._general_reads_word = any(
            "LOWER" in position
            for pattern in ruler.patterns
            for positions in pattern["patterns"]
            if len(positions) == 1 and _words(positions[0].get("LOWER")) is None
            for position in positions
        )

    def single(self, values: tuple) -> list[int]:
        """The single-word groups that match a word with these attribute strings."""
        tag, lower, dep, space = values
        key = values if self._general_reads_word else (tag, dep, space)
        general = self._general_cache.get(key)
        if general is None:
            general = self._general_cache[key] = tuple(
                g for g, test in self.general if test(values)
            )
        groups = list(general)
        for group, test in self.by_lower.get(lower, ()):
            if test(values):
                groups.append(group)
        return groups


def _words(lower) -> list[str] | None:
    """The words a LOWER test accepts when it names them (equality or IN), else None."""
    if isinstance(lower, str):
        return [lower]
    if isinstance(lower, dict) and set(lower) == {"IN"}:
        return list(lower["IN"])
    return None


@Language.factory("newsledger_token_attributes")
def _make(nlp, name):  # no annotations: spaCy's config reads them, and they are strings here
    return TokenAttributes(nlp)


class TokenAttributes:
    """The pipeline component: the ruler's and the lemmatizer's attributes from tables."""

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.rules: _Rules | None = None
        self.lemmatizer = None
        self._effects: dict[tuple, tuple] = {}  # key -> (pos, morph, lemma, groups by hand)
        self._lemmas: dict[tuple, int] = {}

    def setup(self, rules: _Rules, lemmatizer) -> None:
        self.rules, self.lemmatizer = rules, lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        self._rule(doc)
        self._lemmatize(doc)
        return doc

    # -- the attribute ruler ---------------------------------------------------------------

    def _rule(self, doc: Doc) -> None:
        keys = list(zip(*doc.to_array(list(_KEY_ATTRS)).T.tolist(), strict=True))
        several = self._several(keys) if self.rules.several else {}
        effects = self._effects
        if len(effects) > _TABLE_LIMIT:
            effects.clear()
        found = [effects.get(key) for key in keys]
        for i, effect in enumerate(found):
            if effect is None or i in several:
                effect = self._effect(keys[i], several.get(i, ()))
                if i not in several:
                    effects[keys[i]] = effect
                found[i] = effect
        columns = doc.to_array(list(_COLUMNS))
        changed = False
        for c in range(len(_COLUMNS)):
            new = [effect[c] for effect in found]
            at = [i for i, value in enumerate(new) if value is not None]
            if at:
                columns[at, c] = [new[i] for i in at]
                changed = True
        if changed:
            doc.from_array(list(_COLUMNS), columns)
        for i, effect in enumerate(found):
            if effect[3]:  # set through spaCy's own setter, in the ruler's order
                token = doc[i]
                for group in effect[3]:
                    set_token_attrs(token, self.rules.attrs[group])

    def _effect(self, key: tuple, extra: tuple[int, ...]) -> tuple:
        """What the ruler sets on a word: the value of each written column (None: left as
        it is), and the groups to apply token by token when one sets anything else."""
        strings = self.vocab.strings
        values = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
        groups = tuple(sorted(set(self.rules.single(values)) | set(extra)))
        final: dict = {}
        for group in groups:
            final.update(self.rules.attrs[group])
        by_hand = groups if any(attr not in _COLUMNS for attr in final) else ()
        return (*(final.get(attr) for attr in _COLUMNS), by_hand)

    def _several(self, keys: list) -> dict[int, tuple[int, ...]]:
        """Groups of several-word patterns that match, by the word they set."""
        strings = self.vocab.strings
        opening = self.rules.several_by_hash
        found: dict[int, set[int]] = {}
        for at, key in enumerate(keys):
            for group, index, anchor, tests in opening.get(key[1], ()):
                start = at - anchor
                end = start + len(tests)
                if start < 0 or end > len(keys):
                    continue
                if all(
                    test((strings[k[0]], strings[k[1]], strings[k[2]], bool(k[3])))
                    for test, k in zip(tests, keys[start:end], strict=True)
                ):
                    target = (start if index >= 0 else end) + index
                    if start <= target < end:
                        found.setdefault(target, set()).add(group)
        return {i: tuple(groups) for i, groups in found.items()}

    # -- the lemmatizer ----------------------------------------------------------------------

    def _lemmatize(self, doc: Doc) -> None:
        lemmatizer = self.lemmatizer
        overwrite = lemmatizer.overwrite
        if len(self._lemmas) > _TABLE_LIMIT:
            self._lemmas.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [row[3] for row in rows]
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = self._lemmas.get(key)
            if value is None:
                text = lemmatizer.lemmatize(doc[i])[0]
                value = self._lemmas[key] = self.vocab.strings.add(text)
            lemmas[i] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
