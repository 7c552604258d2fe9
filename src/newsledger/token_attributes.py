"""A pipeline's attribute ruler and rule lemmatizer, applied by table look-up.

In the English pipelines the attribute ruler (coarse part of speech and morphology from the
tagger's tag, plus word exceptions) and the rule lemmatizer cost about a fifth of the whole
parse: the ruler runs a Matcher of some 180 patterns over every word and the lemmatizer a
Python loop over every token. Their results depend on a few attributes of a word (its tag,
lower-case form, dependency label and whether it is white space; then its form, part of
speech and morphology), and news repeats the same words, so each distinct combination is
worked out once per process and the words of a doc are then looked up all at once with numpy;
the results are written back a column at a time.

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
from spacy.pipeline import Lemmatizer
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


def _position_test(position: dict, only: Callable[[str], bool] = lambda name: True) -> Test:
    """The test one pattern position makes, on the key's attribute strings; `only` keeps the
    checks of the attributes it accepts (the rest pass)."""
    checks = []
    for name, wanted in position.items():
        if not only(name):
            continue
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
        # Single-word groups not keyed by a word: their test of the tag, label and white
        # space, and of the word itself when they make one (None: they do not).
        self.general: list[tuple[int, Test, Test | None]] = []
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
                        self.general.append((group, *_split_test(positions[0])))
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
        # (tag, label, space) -> the general groups whose other tests that passes
        self._general_cache: dict[tuple, tuple[tuple[int, Test | None], ...]] = {}

    def single(self, values: tuple) -> list[int]:
        """The single-word groups that match a word with these attribute strings."""
        tag, lower, dep, space = values
        key = (tag, dep, space)
        general = self._general_cache.get(key)
        if general is None:
            general = self._general_cache[key] = tuple(
                (g, word) for g, other, word in self.general if other(values)
            )
        groups = [g for g, word in general if word is None or word(values)]
        for group, test in self.by_lower.get(lower, ()):
            if test(values):
                groups.append(group)
        return groups


def _split_test(position: dict) -> tuple[Test, Test | None]:
    """A position's test of everything but the word, and of the word (None: it makes none):
    most general groups test only the tag, so their result is kept per tag, label and space."""
    other = _position_test(position, lambda name: name != "LOWER")
    word = _position_test(position, lambda name: name == "LOWER") if "LOWER" in position else None
    return other, word


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


class _Table:
    """Distinct keys (rows of attribute values) and what each gives, looked up for a whole
    doc with numpy: a dictionary look-up per word in Python cost as much as the rest of the
    component. The keys (a word's attribute values as one opaque value, compared byte by
    byte, which numpy does several times faster than a record) stay sorted for
    numpy.searchsorted and point to rows of the result arrays, which only grow until the
    table starts again."""

    def __init__(self, key_names: tuple[str, ...], width: int) -> None:
        self.dtype = numpy.dtype(f"V{8 * len(key_names)}")
        self.width = width
        self.clear()

    def clear(self) -> None:
        self.keys = numpy.empty(0, self.dtype)
        self.ids = numpy.empty(0, numpy.intp)
        self.values = numpy.zeros((0, self.width), dtype="uint64")
        self.given = numpy.zeros((0, self.width), dtype=bool)  # False: left as it is
        self.flagged = numpy.zeros(0, dtype=bool)  # rows whose extra is not empty
        self.extra: list = []  # what else a row needs, in Python (groups set by hand)

    def __len__(self) -> int:
        return len(self.keys)

    def rows(self, columns: numpy.ndarray) -> numpy.ndarray:
        """The keys of a (words x attributes) array: one value per word."""
        return numpy.ascontiguousarray(columns, dtype="uint64").view(self.dtype).reshape(-1)

    def look_up(self, keys: numpy.ndarray, work_out: Callable[[int], tuple]) -> numpy.ndarray:
        """The result row of every key. `work_out(i)` gives the result for the key of word
        i, (values with None for "left as it is", extra), once for each key not seen yet."""
        if len(self) > _TABLE_LIMIT:
            self.clear()
        ids, found = self._find(keys)
        if not found.all():
            missing = numpy.flatnonzero(~found)
            new, first = numpy.unique(keys[missing], return_index=True)
            self._add(new, [work_out(int(i)) for i in missing[first]])
            ids, found = self._find(keys)
        return ids

    def _find(self, keys: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        if not len(self.keys):
            return numpy.zeros(len(keys), numpy.intp), numpy.zeros(len(keys), bool)
        at = numpy.minimum(numpy.searchsorted(self.keys, keys), len(self.keys) - 1)
        return self.ids[at], self.keys[at] == keys

    def _add(self, keys: numpy.ndarray, results: list[tuple]) -> None:
        first, need = len(self.extra), len(self.extra) + len(results)
        if need > len(self.values):  # room for twice as many: adding stays linear
            size = max(need, 2 * len(self.values))
            grown = [numpy.zeros((size, *a.shape[1:]), a.dtype) for a in self._arrays()]
            for old, new in zip(self._arrays(), grown, strict=True):
                new[: len(old)] = old
            self.values, self.given, self.flagged = grown
        for n, (values, extra) in enumerate(results, start=first):
            self.given[n] = [v is not None for v in values]
            self.values[n] = [v or 0 for v in values]
            self.flagged[n] = bool(extra)
            self.extra.append(extra)
        at = numpy.searchsorted(self.keys, keys)
        self.keys = numpy.insert(self.keys, at, keys)
        self.ids = numpy.insert(self.ids, at, numpy.arange(first, need))

    def _arrays(self) -> list[numpy.ndarray]:
        return [self.values, self.given, self.flagged]


class TokenAttributes:
    """The pipeline component: the ruler's and the lemmatizer's attributes from tables."""

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.rules: _Rules | None = None
        self.lemmatizer = None
        self._effects = _Table(_KEY_NAMES, len(_COLUMNS))  # extra: groups set by hand
        self._lemmas = _Table(("ORTH", "POS", "MORPH"), 1)
        self._openings = numpy.empty(0, dtype="uint64")  # words several-word patterns name

    def setup(self, rules: _Rules, lemmatizer) -> None:
        self.rules, self.lemmatizer = rules, lemmatizer
        self._lemma_of = _RuleLemmas.of(lemmatizer) or (lambda t: lemmatizer.lemmatize(t)[0])
        self._openings = numpy.array(sorted(rules.several_by_hash), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        self._rule(doc)
        self._lemmatize(doc)
        return doc

    # -- the attribute ruler ---------------------------------------------------------------

    def _rule(self, doc: Doc) -> None:
        array = doc.to_array(list(_KEY_ATTRS))
        table = self._effects

        def work_out(i: int) -> tuple:
            effect = self._effect(tuple(array[i].tolist()), ())
            return effect[:3], effect[3]

        ids = table.look_up(table.rows(array), work_out)
        values, given = table.values[ids], table.given[ids]
        by_hand = {int(i): table.extra[ids[i]] for i in numpy.flatnonzero(table.flagged[ids])}
        for i, groups in self._several(array).items():  # never kept: they depend on context
            effect = self._effect(tuple(array[i].tolist()), groups)
            given[i] = [v is not None for v in effect[:3]]
            values[i] = [v or 0 for v in effect[:3]]
            by_hand[i] = effect[3]
        if given.any():
            columns = doc.to_array(list(_COLUMNS))
            columns[given] = values[given]
            doc.from_array(list(_COLUMNS), columns)
        for i in sorted(by_hand):  # set through spaCy's own setter, in the ruler's order
            for group in by_hand[i]:
                set_token_attrs(doc[i], self.rules.attrs[group])

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

    def _several(self, array: numpy.ndarray) -> dict[int, tuple[int, ...]]:
        """Groups of several-word patterns that match, by the word they set; looked for
        only around the words such a pattern names."""
        if not len(self._openings):
            return {}
        strings = self.vocab.strings
        opening = self.rules.several_by_hash
        lowers = array[:, 1]
        found: dict[int, set[int]] = {}
        for at in numpy.flatnonzero(numpy.isin(lowers, self._openings)).tolist():
            for group, index, anchor, tests in opening[int(lowers[at])]:
                start = at - anchor
                end = start + len(tests)
                if start < 0 or end > len(array):
                    continue
                if all(
                    test((strings[k[0]], strings[k[1]], strings[k[2]], bool(k[3])))
                    for test, k in zip(tests, array[start:end].tolist(), strict=True)
                ):
                    target = (start if index >= 0 else end) + index
                    if start <= target < end:
                        found.setdefault(target, set()).add(group)
        return {i: tuple(groups) for i, groups in found.items()}

    # -- the lemmatizer ----------------------------------------------------------------------

    def _lemmatize(self, doc: Doc) -> None:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        need = numpy.ones(len(rows), bool) if self.lemmatizer.overwrite else rows[:, 3] == 0
        if not need.any():
            return
        at = numpy.flatnonzero(need)
        strings = self.vocab.strings

        def work_out(i: int) -> tuple:
            return [strings.add(self._lemma_of(doc[int(at[i])]))], None

        table = self._lemmas
        ids = table.look_up(table.rows(rows[at, :3]), work_out)
        lemmas = rows[:, 3].copy()
        lemmas[at] = table.values[ids, 0]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))


class _RuleLemmas:
    """spaCy's rule lemmatizer (Lemmatizer.rule_lemmatize), step for step, with each part of
    speech's word index as a set: the shipped code asks whether a form is in a list (57,000
    nouns in the English tables), which made the first lemma of each new word cost as much
    as the rest of its analysis. Used only where the pipeline's lemmatizer runs that very
    method in rule mode; a lemma this cannot make exactly is made by the lemmatizer."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        lookups = lemmatizer.lookups
        self.tables = [lookups.get_table(name, {}) for name in ("lemma_index", "lemma_exc")]
        self.rules_table = lookups.get_table("lemma_rules", {})
        self._by_pos: dict[str, tuple] = {}

    @classmethod
    def of(cls, lemmatizer) -> Callable[[object], str] | None:
        """The first lemma of a token, made this way, or None where this is not the
        lemmatizer's own method."""
        if getattr(lemmatizer, "mode", None) != "rule":
            return None
        if type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize:
            return None  # a language's own rules
        return cls(lemmatizer).first

    def _tables(self, pos: str) -> tuple:
        found = self._by_pos.get(pos)
        if found is None:
            index = self.tables[0].get(pos)
            exceptions = self.tables[1].get(pos)
            rules = self.rules_table.get(pos)
            known = any((index, exceptions, rules))
            found = self._by_pos[pos] = (set(index or ()), exceptions or {}, rules or [], known)
        return found

    def first(self, token) -> str:
        string = token.text
        pos = token.pos_.lower()
        if pos in ("", "eol", "space"):
            return self.lemmatizer.lemmatize(token)[0]  # (the shipped code warns on "")
        if self.lemmatizer.is_base_form(token):
            return string.lower()
        index, exceptions, rules, known = self._tables(pos)
        if not known:
            return string if pos == "propn" else string.lower()
        lowered = string.lower()
        forms: list[str] = []
        unknown: list[str] = []
        for old, new in rules:
            if lowered.endswith(old):
                form = lowered[: len(lowered) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    forms.append(form)
                else:
                    unknown.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(lowered, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or unknown or [string])[0]
