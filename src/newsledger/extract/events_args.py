"""Arguments of an event word from the dependency parse: participant spans, place and flags.

PLOVER needs who acted (actors) and on whom (recipients). The parse gives them as subjects,
objects, datives and prepositional objects; this module reads those relations, splits
coordinations into one participant per conjunct ("such peers as X" is X) and reads negation,
modality and tense.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsledger import datelines, docindex
from newsledger.extract.events_lexicon import Lexicon
from newsledger.model import Participant

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
OBJECTS = ("dobj", "obj")
DATIVES = ("dative", "iobj")
OF_PLACE = ("of", "from")
NAMED = ("GPE", "NORP", "ORG", "LOC")
# Subjects that deny the act for everyone they range over ("none", "nobody", "no one").
NEGATIVE_QUANTIFIERS = frozenset({"none", "nobody", "nothing", "noone", "no-one"})
NEGATED_ROLES = ("nsubj", "nsubjpass", "dobj")


def participant(doc_tokens: Span | list[Token]) -> Participant:
    """A participant for a contiguous token run, with character offsets into the doc."""
    first, last = doc_tokens[0], doc_tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    text = docindex.text(first.doc)[start:end]
    return Participant(name=text, text=text, start=start, end=end)


def mention_tokens(head: Token, loose: bool = False) -> list[Token]:
    """The smallest sensible nominal span around `head`: modifiers and name parts, no clauses.

    Keeps compounds, adjectives, determiners, possessors and flat name parts to the left, the
    rest of a name to the right and, for a common noun, the "of"/"in"/"from" phrase that says
    whose it is ("members of X"), so "Kenyan President William Ruto" stays whole while
    "Ruto, who ..." does not swallow the clause. A name right after a common noun is its
    apposition ("her counterpart Maria Lopez"); with `loose`, see `whose_prep`.
    """
    keep_left = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "quantmod", "punct"}
    left = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in keep_left:
            break
        left = child.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat") and child.i == right + 1:
            right = child.right_edge.i
        else:
            break
    index = docindex.of(head.doc)
    ent = index.entity(head.doc, head.i)
    if ent is not None and head.pos_ == "PROPN":
        right = max(right, ent.end - 1)  # "the Democratic People's Republic of Korea"
    whose = whose_prep(head, loose)
    if whose is not None:
        right = max(right, whose.right_edge.i)  # "supporters of X", "forces in Y": who they are
    elif right == head.i and head.pos_ == "NOUN" and head.i + 1 < len(head.doc):
        name = head.doc[head.i + 1]
        if name.ent_type_ == "PERSON" and name.ent_iob_ == "B":
            right = index.ent_bounds[index.ent_at[name.i]][1] - 1  # the name's entity
    tokens = list(head.doc[left : right + 1])
    breaks = [t.i for t in tokens if t.is_space and "\n" in t.text]
    before = [i for i in breaks if i < head.i]
    after = [i for i in breaks if i > head.i]
    tokens = [
        t for t in tokens if (not before or t.i > before[-1]) and (not after or t.i < after[0])
    ]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens or [head]


def whose_prep(head: Token, loose: bool = False) -> Token | None:
    """The "of"/"from" phrase that says who a common noun is ("members of X").

    With `loose`, also a "from" phrase the parser hung on the verb right after its object:
    "met senior diplomats from Britain" (meeting verbs take no "from" of their own).
    """
    if head.pos_ not in ("NOUN", "NUM"):  # "one of its soldiers": whom the number counts
        return None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _whose(head):
            # "members of X", not "accused companies of re-exporting goods" (an act)
            deps = {o.dep_ for o in child.children}
            if any(o.dep_ == "pobj" and o.tag_ == "VBG" for o in child.children):
                return None  # "accused by the opposition of lying": the charge, not the owner
            return child if "pobj" in deps and "pcomp" not in deps else None
        if child.dep_ == "prep" and child.lower_ == "for" and _names_body(child):
            return child  # "a spokeswoman for X's foreign ministry": whom she speaks for
    after = head.right_edge.i + 1
    if loose and head.dep_ in OBJECTS and after < len(head.doc):
        prep = head.doc[after]
        if prep.lower_ == "from" and prep.head == head.head and prep.dep_ == "prep":
            if any(o.dep_ == "pobj" and o.ent_type_ in NAMED for o in prep.children):
                return prep
    return None


def _such_as(head: Token) -> Token | None:
    """The named instances of "such N as X" ("praised by such peers as the poet X"): X is the
    participant, "such peers" only its kind. The parser often hangs "as" on the verb."""
    if not any(c.dep_ in ("amod", "predet") and c.lower_ == "such" for c in head.lefts):
        return None
    after = head.right_edge.i + 1
    if after >= len(head.doc) or head.doc[after].lower_ != "as":
        return None
    return next((c for c in head.doc[after].children if c.dep_ == "pobj"), None)


def _names_body(prep: Token) -> bool:
    """Whether a preposition's object is a named body or country, or a noun one owns ("X's
    ministry")."""
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        if obj.ent_type_ in NAMED:
            return True
        if any(c.dep_ == "poss" and c.ent_type_ in NAMED for c in obj.children):
            return True
    return False


def _whose(head: Token) -> tuple[str, ...]:
    """Prepositions that tell who a common noun is: "of"/"from", and "in" for a subject
    ("rebels in the Ivory Coast attacked ..."), where a place phrase describes the group."""
    return (*OF_PLACE, "in") if head.dep_ in ("nsubj", "nsubjpass") else OF_PLACE


def conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it ("X, Y and Z"), including those the
    parser hangs on its apposition ("Minister X and Minister Y": Y a conjunct of X)."""
    found = [token, *[c for c in token.conjuncts if c.i > token.i]]
    appositions = [c for c in token.children if c.dep_ == "appos"]
    for appos in appositions:
        if token.ent_type_ == "PERSON" and appos.ent_type_ == "PERSON" and appos.conjuncts:
            found.append(appos)  # "X, Y and Z": Y is the list's next name, hung on X
        found += [
            c
            for c in appos.conjuncts
            if c.i > appos.i
            and c not in found
            and not (appos.pos_ == c.pos_ == "NOUN")  # "X, a delegate and party donor": X
        ]
    for person in list(found):
        found += [c for c in _people_past_place(person) if c not in found]
    names = found + appositions
    found = [c for c in found if c is token or not _opens_clause(c)]
    return [c for c in found if not any(_short_form(c, other) for other in names)]


def _opens_clause(conj: Token) -> bool:
    """Whether a noun the parser coordinated with the one before is rather the subject of a
    new clause ("took a hostage and police found the body": police found, they were not
    taken): a finite verb follows it right away and has no subject of its own, and an
    English finite verb needs one."""
    after = conj.right_edge.i + 1
    if after >= len(conj.doc) or conj.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = conj.doc[after]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.pos_ != "VERB" or verb is conj.head:
        return False
    return not any(c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS, "expl") for c in verb.children)


def _people_past_place(person: Token) -> list[Token]:
    """The people the parser coordinated with a person's place rather than with the person
    ("Presidents A of Xland and B of Yland": B hung on Xland): a person is coordinated with
    a person, never with the place that says whose president the first is."""
    if person.ent_type_ != "PERSON":
        return []
    found = []
    for prep in (c for c in person.children if c.dep_ == "prep" and c.lower_ in OF_PLACE):
        for place in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in NAMED):
            found += [c for c in place.conjuncts if c.i > place.i and c.ent_type_ == "PERSON"]
    return found


def _short_form(token: Token, name: Token) -> bool:
    """Whether `token` is the short form a name is given right after it ("Acme Energy
    Network, or AEN,"): "or" then an all-capital word of the name's initials is another
    name for the same body, no second participant."""
    text = token.text
    if token.i <= name.i or len(text) < 2 or not text.isupper() or not text.isalpha():
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in name.children):
        return False
    words = [t for t in mention_tokens(name) if t.pos_ == "PROPN" and t.text[:1].isupper()]
    initials = "".join(t.text[0] for t in words)
    return len(initials) >= 2 and initials.upper() == text


def _adjective_conjuncts(head: Token) -> list[Participant] | None:
    """Split "Hungarian and Romanian officials" into one participant per coordinated adjective,
    each the adjective alone (so each resolves to its country, as a headline naming the
    countries does); a name that coordinates words inside itself ("the Food and Drug
    Administration") is one."""
    ent = docindex.of(head.doc).entity(head.doc, head.i)
    for child in head.lefts:
        if ent is not None and ent.start <= child.i < ent.end:
            continue
        named = child.pos_ == "PROPN" or child.ent_type_ in NAMED
        if (
            named
            and child.dep_ in ("amod", "compound", "nmod")
            and any(c.dep_ == "conj" for c in child.children)
        ):  # not "political and territorial autonomy"
            parts = [participant([child])]
            for other in child.conjuncts:
                if other.i < head.i:
                    parts.append(participant([other]))
            return parts
    return None


def _whose_conjuncts(head: Token, loose: bool) -> list[Participant] | None:
    """Split "the presidents of A, B and C" into one participant per named country or body.

    The first keeps the group noun ("the presidents of A"), the others are the names alone,
    so each resolves to its own country (and, at a summit, to its leader).
    """
    prep = whose_prep(head, loose)
    if prep is None or prep.lower_ not in OF_PLACE:
        return None
    for obj in prep.children:
        if obj.dep_ != "pobj" or obj.ent_type_ not in NAMED:
            continue
        others = [c for c in obj.conjuncts if c.i > obj.i and c.ent_type_ in NAMED]
        if not others:
            return None
        first = _trim_conj(mention_tokens(obj), obj)
        start = min(mention_tokens(head)[0].i, first[0].i)
        parts = [participant(list(head.doc[start : first[-1].i + 1]))]
        return parts + [participant(_trim_conj(mention_tokens(c), c)) for c in others]
    return None


def participants_of(token: Token, loose: bool = False) -> list[Participant]:
    """One participant per conjunct of the nominal headed by `token` (`loose`: see whose_prep)."""
    parts: list[Participant] = []
    token = _such_as(token) or token
    for conj in conjuncts(token):
        split = _adjective_conjuncts(conj) or _whose_conjuncts(conj, loose)
        if split:
            parts.extend(split)
        else:
            parts.append(participant(_trim_conj(mention_tokens(conj, loose), conj)))
    return parts


def _trim_conj(tokens: list[Token], head: Token) -> list[Token]:
    """Stop before another conjunct of the head (spaCy puts ", Y and Z" inside X's subtree)."""
    for n, token in enumerate(tokens):
        if (
            token.head == head
            and token.dep_ in ("cc", "conj")
            or (
                token.is_punct
                and n + 1 < len(tokens)
                and tokens[n + 1].head == head
                and tokens[n + 1].dep_ in ("cc", "conj")
            )
        ):
            return tokens[:n] or [head]
    return tokens


# Prefixes that English joins to a name with a hyphen ("Trans-Pacific", "Pan-African",
# "Anti-Soviet", "Sub-Saharan"): the word is one name or adjective, not two sides.
WORD_PREFIXES = frozenset(
    "trans pan anti pro non post pre inter intra sub neo ex mid north south east west "
    "central greater upper lower".split()
)


def hyphen_names(token: Token) -> list[Participant]:
    """Participants named inside a compound modifier: "the Russia-US summit", "X-Y call"."""
    parts: list[Participant] = []
    for child in token.lefts:
        if child.dep_ not in ("compound", "nmod", "amod"):
            continue
        run = [t for t in child.subtree if t.i < token.i]
        names = [t for t in run if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "PERSON")]
        if len(names) < 2 or not any(t.text == "-" for t in run):
            continue
        if run[0].lower_ in WORD_PREFIXES:
            continue  # "the Trans-Pacific Partnership": one name with a prefix, no pair
        group: list[Token] = []
        for t in run:
            if t.text == "-":
                if group:
                    parts.append(participant(group))
                group = []
            elif t in names:
                group.append(t)
        if group:
            parts.append(participant(group))
    return parts


def _past_dateline(subject: Token) -> list[Token]:
    """A subject the parser found in a wire dateline ("NAIROBI, Kenya (AP) — President X
    met Y": "NAIROBI", with "X" hung on it as an apposition): the dateline's place is where the
    story was filed, no actor, so the real subject is what hangs on it after the dateline."""
    text = docindex.text(subject.doc)
    end = datelines.dateline_end(text, subject.idx)
    if end is None or subject.idx >= end:
        return [subject]
    after = [t for t in subject.subtree if t.idx >= end and t.head.idx < end]
    return [t for t in after if t.dep_ in ("appos", "conj", "compound", "nmod")]


# Entity labels of no person: "who" after one of them was hung on the wrong noun.
_NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP", "EVENT", "WORK_OF_ART"})


def _who_antecedent(head: Token) -> Token:
    """The noun a "who" clause tells of. The parser hangs the clause on the nearest noun, but
    "who" stands for people: after "the head of the Acme Foundation, who ..." the clause is
    the head's, so a body or place named inside an "of"/"for" phrase passes it up."""
    current = head
    for _ in range(6):
        if current.ent_type_ not in _NOT_PERSON_LABELS:
            return current
        while current.dep_ in ("compound", "flat") and current.head != current:
            current = current.head
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            return head
        current = current.head.head
        if current.pos_ not in ("NOUN", "PROPN"):
            return head  # "filed a case against Hussain, who ...": a verb's object, kept
    return head


def subject_of(verb: Token) -> tuple[list[Token], bool]:
    """The subject heads of `verb` (climbing xcomp/conj/relcl links) and whether it is passive."""
    current: Token | None = verb
    # A passive verb without a subject of its own ("only to be detained", "hoping to be freed")
    # takes its subject from the clause it hangs on: that subject undergoes the act.
    controlled = any(c.dep_ == "auxpass" for c in verb.children) or _reduced_passive(verb)
    for _ in range(6):
        if current is None:
            break
        subjects = _without_apposed(c for c in current.children if c.dep_ in SUBJECTS)
        split = _split_subject(current)
        if split is not None:
            return [split], False
        if subjects and current.dep_ == "relcl" and all(s.tag_ in ("WP", "WDT") for s in subjects):
            if any(s.lower_ == "who" for s in subjects):
                return [_who_antecedent(current.head)], False
            return [current.head], False  # "X, who turned down ...": X
        subjects = [t for s in subjects for t in _past_dateline(s)]
        if subjects:
            passive = _headline_passive(current) or _gapped_passive(current)
            passive = passive or (controlled and current is not verb)
            return subjects, passive or _small_clause_passive(current)
        passives = [c for c in current.children if c.dep_ in PASSIVE_SUBJECTS]
        if passives:
            return passives, True
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            passive = current.dep_ == "acl" and current.tag_ == "VBN"
            return [current.head], passive and not _main_verb_misread(current)
        if current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.dep_ == "prep":
            controller = _gerund_controller(current.head, controlled)
            if controller is not None:
                return controller
        author = _document_author(current)
        if author:
            return author, False
        controller = _object_controller(current)
        if controller:
            return controller, controlled
        climbs = ("xcomp", "acomp", "conj", "advcl", "ccomp", "pcomp")
        if current.dep_ in climbs and current.head != current:
            current = current.head
            continue
        stranded = _stranded_subject(current)
        if stranded is not None:
            return [stranded], False
        break
    return [], False


# Prepositions whose gerund completes the verb's object ("blamed X for holding", "kept X
# from leaving", "talked X into signing"): the object is the gerund's understood subject.
OBJECT_CONTROL_PREPS = frozenset({"for", "from", "into", "of"})
# Prepositions that head an adjunct gerund clause of time or manner ("after meeting X",
# "by visiting", "while touring", "before meeting X"): its understood subject is the clause's
# (subject control holds for "before" too, though "left before signing" may tell a signing
# that never came: that is the event's factuality, not who would have signed).
ADJUNCT_GERUND_PREPS = frozenset(
    {"after", "while", "when", "since", "by", "without", "upon", "through", "before"}
)  # not "on": mostly a verb's topic ("decided on granting", "insisted on meeting")


def _gerund_controller(prep: Token, passive: bool) -> tuple[list[Token], bool] | None:
    """The understood subject of a gerund a preposition on a verb governs, with whether the
    gerund is passive: an adjunct gerund ("after meeting X", "by visiting", "while touring")
    shares the clause's subject (subject control), also when that clause is passive ("X was
    praised for helping": X helped); a gerund that completes the verb's object after "for",
    "from", "into" or "of" ("assailed X for holding talks") is said of that object (object
    control). None when the preposition hangs on no verb (a noun's "talks before leaving") or
    is of neither kind ("wanted for questioning" tells no questioner)."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb is prep:
        return None
    if prep.lower_ in OBJECT_CONTROL_PREPS:
        objects = [c for c in verb.children if c.dep_ in OBJECTS and c.i < prep.i]
        if objects:
            return objects, passive
    if prep.lower_ not in ADJUNCT_GERUND_PREPS:
        return None  # "wanted for questioning": no subject said for the gerund
    subjects, _ = subject_of(verb)
    return (subjects, passive) if subjects else None


def _stranded_subject(verb: Token) -> Token | None:
    """The subject the parser hung inside an opening participle clause ("Speaking with A and
    B, C said ..."): a verb with no subject of its own whose word just before it is a name in
    apposition inside that clause. An English finite verb needs a subject, and the participle
    clause's own subject is the main clause's, so the name closing it is that subject."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "appos" or before.pos_ != "PROPN":
        return None
    opening = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBG"]
    if not any(c.left_edge.i <= before.i <= c.right_edge.i for c in opening):
        return None
    return before


# Nouns for a written message that speaks for whoever wrote it ("a letter from X asking ...").
DOCUMENT_NOUNS = frozenset(
    {"letter", "message", "petition", "note", "statement", "appeal", "communique", "declaration"}
)


def _document_author(verb: Token) -> list[Token]:
    """The author of a document a participle describes ("published a letter from X to Y
    asking for Z"): the parser hangs the participle on the verb that has the document as
    object, but with no comma before it, it is the document that asks, and a document asks
    for whoever wrote it (its "from" phrase or its possessor), not for who published it."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return []
    if verb.doc[verb.i - 1].is_punct:
        return []  # "published a letter, asking ...": the publisher's own act
    head = verb.head
    documents = [
        c for c in head.children if c.dep_ in OBJECTS and c.lemma_.lower() in DOCUMENT_NOUNS
    ]
    for document in (d for d in documents if d.i < verb.i):
        owners = [c for c in document.children if c.dep_ == "poss"]
        if owners:
            return owners
        for host in (document, head):
            for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ == "from"):
                if document.i < prep.i < verb.i:
                    return [o for o in prep.children if o.dep_ == "pobj"]
    return []


def _split_subject(verb: Token) -> Token | None:
    """The subject a participle clause parts from its verb ("Xland, worried about unrest
    spreading to the region, urged ..."): the parser may take the clause's own gerund for
    the main verb (the real verb hung on it as a bare `dep`) or for the verb's subject, with
    the real subject on that gerund. A subject followed by a comma and a participle on it
    is the subject of the finite verb after that clause's closing comma."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    gerunds = [c for c in verb.children if c.dep_ in SUBJECTS and c.tag_ == "VBG"]
    if verb.dep_ == "dep" and verb.head.tag_ in ("VBG", "VBN"):
        gerunds.append(verb.head)
    for gerund in gerunds:
        for subject in (c for c in gerund.children if c.dep_ in SUBJECTS and c.i < gerund.i):
            after = subject.i + 1
            participles = [
                c for c in subject.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN"
            ]
            if after < len(verb.doc) and verb.doc[after].text == "," and participles:
                if all(after < p.i < gerund.i for p in participles):
                    return subject
    return None


# Verbs whose subject, not their object, does what their infinitive says ("promised X to").
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge"})


def _object_controller(verb: Token) -> list[Token]:
    """The object that does what an infinitive complement says ("forced the army to
    withdraw", "prompting the group to withdraw", "convincing the mayor to resign"): English
    object control. Empty when the infinitive has no object before it on its verb."""
    if verb.dep_ != "xcomp" or not any(c.tag_ == "TO" for c in verb.children):
        return []
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_.lower() in SUBJECT_CONTROL:
        return []
    return [c for c in head.children if c.dep_ in OBJECTS and c.i < verb.i]


def _without_apposed(subjects) -> list[Token]:
    """Subjects less a description the parser made a second subject ("A and B, the parents of
    two soldiers, filed ...": "parents" hung on the verb): a common noun with its article,
    right after a comma that closes a name before it, restates that name; it is no other
    party. After a common noun ("an argument ensued, officials said") the second is the
    subject of its own."""
    found: list[Token] = []
    for subject in subjects:
        before = subject.left_edge.i - 1
        if (
            found
            and found[-1].pos_ == "PROPN"
            and subject.pos_ == "NOUN"
            and any(c.dep_ == "det" for c in subject.children)
            and before >= 0
            and subject.doc[before].text == ","
            and found[-1].right_edge.i == before - 1
        ):
            continue
        found.append(subject)
    return found


def _reduced_passive(verb: Token) -> bool:
    """Whether a bare past participle opening an adverbial clause is passive ("when questioned
    about the funds, the minister left", "asked about the plan, she said"): with no subject and
    no auxiliary it cannot be active, so the clause's subject is the one it was done to."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass", *SUBJECTS, *OBJECTS) for c in verb.children)
    )


def _gapped_passive(verb: Token) -> bool:
    """Whether a conjoined past participle shares its conjunct's passive auxiliary ("one was
    killed and another wounded"): coordination drops the repeated "was", and the parser then
    reads the participle's subject as active."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("aux", "auxpass", *OBJECTS) for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.head.children)


# Verbs taking an object and its state as a small clause ("found him wounded", "left two
# dead", "reported three killed").
SMALL_CLAUSE_VERBS = frozenset({"find", "leave", "see", "report", "confirm", "declare"})


def _small_clause_passive(verb: Token) -> bool:
    """Whether a past participle with a subject is a verbless small clause ("police found him
    wounded", parsed as a clause "him wounded"): with no auxiliary a participle cannot be
    active, so its subject is the one the act was done to."""
    if verb.dep_ != "ccomp" or verb.tag_ != "VBN":
        return False
    if verb.head.lemma_.lower() not in SMALL_CLAUSE_VERBS:
        return False  # "said the rebels attacked": a finite clause the tagger took for one
    return not any(c.dep_ in ("aux", "auxpass", "mark", *OBJECTS) for c in verb.children)


def _headline_passive(verb: Token) -> bool:
    """Whether a past participle with a subject but no auxiliary and no object is a headline's
    passive ("Player arrested on murder charge", "Envoy expelled"): English needs "has" or
    "was" before a participle with a subject, and headlines drop the "was"."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass", *OBJECTS) for c in verb.children)
        and not _told_in_full(verb)
    )


def _main_verb_misread(verb: Token) -> bool:
    """Whether a participle the parser hung on a noun is the sentence's own past tense: the
    noun is the root, so the sentence has no other verb ("Ann Cole, the front-runner, called
    on X to ..."), and it ends with its stop, as running text does."""
    head = verb.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return False
    return verb.i > head.i and _told_in_full(verb)


def _told_in_full(verb: Token) -> bool:
    """Whether a participle heads a full sentence of running text, which ends with its stop
    and names no agent: there the tagger misread a past tense ("Clinton, the front-runner,
    called on X to ..."), since a headline drops its stop along with its "was"."""
    words = [t for t in verb.sent if not t.is_space]
    if not words or words[-1].text not in (".", "!", "?"):
        return False
    return not any(c.dep_ == "agent" for c in verb.children)


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the prepositions in `preps` attached to `token` ("talks with X" -> X), and
    of the same preposition coordinated with it ("met with X and with Y" -> X, Y)."""
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            for again in child.subtree:  # the parser may hang it on a nested "in", "at"
                if again.dep_ == "conj" and again.lower_ == child.lower_:
                    found.extend(c for c in again.children if c.dep_ in ("pobj", "pcomp"))
    return found


# Prepositions that place an event at, in, near or off somewhere ("shelled positions near
# Rugby", "detained off the town of Dover"): the place named is where it happened, or the
# nearest place the text gives.
PLACE_PREPS = frozenset({"in", "at", "near", "off", "outside"})


def place_of(
    tokens: list[Token],
    lexicon: Lexicon,
    deep: bool = False,
    known: Callable[[str], str | None] | None = None,
) -> Participant | None:
    """A place entity attached with "in"/"at" (PLACE_PREPS) to the event word, its light verb or
    an object.

    With `deep`, objects count one level down: "fired at targets in Jericho" happened in
    Jericho (but "discussed the situation in X" did not happen in X, so talk events are flat).
    `known` (the actor base's place look-up) also takes a name the tagger left unlabelled
    ("at Chisinau international airport").
    """
    objects = (
        []
        if not deep
        else [
            o
            for token in tokens
            for child in token.children
            if child.dep_ in ("dobj", "prep")
            for o in ([child] if child.dep_ == "dobj" else child.children)
            if o.dep_ in ("dobj", "pobj")
        ]
    )
    for token in tokens + objects:
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
                continue
            for obj in child.children:
                town = _town_of(obj)  # "the palace in Lima": Lima
                if town is obj and obj.lemma_.lower() not in lexicon.nouns:
                    town = _named_site(obj)  # "the Lima ferry terminal": Lima
                if obj.dep_ == "pobj" and town is obj and known is not None:
                    town = _known_name(obj, known) or town
                if obj.dep_ == "pobj" and (
                    town.ent_type_ in lexicon.place_labels
                    or _fronted_place(child, obj)
                    or (town is not obj and town.ent_type_ in ("", "ORG", "FAC"))
                ):
                    obj = town
                    ent = docindex.of(obj.doc).entity(obj.doc, obj.i)
                    if ent is None or ent.label_ not in lexicon.place_labels:
                        ent = None  # "Chisinau" of a site read as one body: the name alone
                    whole = list(obj.doc[obj.left_edge.i : obj.i + 1])  # "Anse-a-Pitres"
                    return participant(ent if ent is not None else whole)
    return _place_pointed_at(tokens, lexicon)


def _known_name(place: Token, known: Callable[[str], str | None]) -> Token | None:
    """An unlabelled name of a place the base knows, as the place word itself or as the lone
    name compound of a site ("Chisinau international airport")."""
    names = [place] if place.pos_ == "PROPN" else []
    names += [c for c in place.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    for name in names:  # the tagger may also read the whole site as a body ("ORG")
        if name.ent_type_ in ("", "ORG", "FAC") and known(name.text.lower()) is not None:
            return name
    return None


def _fronted_place(prep: Token, name: Token) -> bool:
    """Whether an untagged name opens the sentence as its setting: "In Anse-a-Pitres, several
    hundred people marched": "In" first, a name with no entity label, then a comma. English
    fronts places and times this way; a time would carry its label."""
    sent = prep.sent
    after = name.i + 1
    return (
        prep.i == sent.start
        and prep.lower_ == "in"
        and name.pos_ == "PROPN"
        and not name.ent_type_
        and after < len(name.doc)
        and name.doc[after].text == ","
    )


def _place_pointed_at(tokens: list[Token], lexicon: Lexicon) -> Participant | None:
    """The place a "there" or "here" on the event word points back at: the latest place named
    before it in the sentence ("stocks in Nsanje stayed low after the tents X supplied there":
    Nsanje), as an anaphoric adverb takes the nearest antecedent outside the event's own
    words (its doer "X" is no place it went to)."""
    for token in tokens:
        for child in token.children:
            if child.dep_ != "advmod" or child.lower_ not in ("there", "here"):
                continue
            own = {t.i for t in token.subtree}
            before = [
                t
                for t in child.sent[: child.i - child.sent.start]
                if t.ent_type_ in lexicon.place_labels and t.i not in own
            ]
            if before:
                ent = docindex.of(child.doc).entity(child.doc, before[-1].i)
                return participant(ent if ent is not None else [before[-1]])
    return None


def _named_site(place: Token) -> Token:
    """The town naming a site ("the Leiria ferry terminal", "the Lima airport"): a lone
    place-name compound of a common noun. An event noun ("the Lima summit") is no site."""
    if place.pos_ != "NOUN":
        return place
    towns = [c for c in place.children if c.dep_ == "compound" and c.ent_type_ == "GPE"]
    return towns[0] if len(towns) == 1 else place


# Prepositions that tie a site to the named place it is in or part of: "the palace in Lima",
# "off the coast of Vesland", "the town of Kerva" (an "of" of apposition or of part).
TOWN_PREPS = {"in": frozenset({"GPE"}), "of": frozenset({"GPE", "LOC"})}


def _town_of(place: Token) -> Token:
    """The town or country a building or site is in or belongs to, when the text says so:
    "off the coast of X" happened off X, as "the town of X" is X."""
    if place.ent_type_ == "GPE":
        return place
    for prep in place.children:
        labels = TOWN_PREPS.get(prep.lower_) if prep.dep_ == "prep" else None
        if labels:
            towns = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in labels]
            if towns:
                return towns[0]
    return place


def clause_verbs(tokens: list[Token]) -> list[Token]:
    """The event word, its support verbs and the verbs it depends on, up to the clause top."""
    chain: list[Token] = []
    for token in tokens:
        current = token
        for _ in range(4):
            chain.append(current)
            if (
                current.dep_ in ("xcomp", "aux", "auxpass", "conj")
                or current.pos_ in ("NOUN", "PROPN")
                or _infinitive_clause(current)
                or _purpose_infinitive(current)
            ):
                if current.head == current:
                    break
                current = current.head
                continue
            break
    return chain


def _infinitive_clause(verb: Token) -> bool:
    """Whether a verb is a to-infinitive with a subject of its own that completes another verb
    ("will not cause X to back down", "allowed the boy to return"): an infinitive has no tense,
    so its time, mood and negation are its governor's, as for a subjectless one (xcomp)."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _purpose_infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive of purpose ("will travel to Washington to meet X"): it
    has no tense or subject of its own, so it is as far ahead, or as doubtful, as the act it
    is the purpose of."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _inverted_condition(verb: Token) -> bool:
    """Whether an adverbial clause is a condition put by inversion ("had they agreed, ...",
    "were the talks to fail, ...", "should X attack, ..."): the auxiliary before the subject
    does the work of "if", so the clause tells a supposition, no act (TimeML: no factual
    event)."""
    if verb.dep_ != "advcl":
        return False
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS]
    return bool(subjects) and any(
        c.dep_ in ("aux", "auxpass")
        and c.lower_ in INVERTING_AUXILIARIES
        and c.i < min(subjects)
        and c.i == verb.left_edge.i
        for c in verb.children
    )


def _for_to_clause(verb: Token) -> bool:
    """Whether a verb heads a "for X to do" clause on a noun or a verb ("calls for the mayor
    to resign", "waited for the talks to resume") or on an adjective of ease ("made it easier
    for families to sue"): there the for-to infinitive tells an act wanted, planned, awaited
    or made possible, not one done. On an evaluative adjective ("it was unfair for the mayor
    to quit") it presupposes the act, which stays told."""
    head = verb.head
    return (
        (
            head.pos_ in ("NOUN", "VERB")
            or _of_ease(head)
            or any(c.dep_ == "acomp" and _of_ease(c) for c in head.children)
        )
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
        and any(c.tag_ == "TO" for c in verb.children)
    )


# Adjectives of ease and possibility: "easier for X to sue", "possible for X to meet" say an
# act can be done, not that it was.
_EASE = frozenset({"easy", "hard", "difficult", "possible", "impossible", "tough", "simple"})


def _of_ease(adjective: Token) -> bool:
    """Whether an adjective grades how possible an act is, or compares ("easier", "harder",
    "more likely"): unlike an evaluative one ("unfair"), it presupposes no act."""
    return adjective.pos_ == "ADJ" and (
        adjective.tag_ in ("JJR", "JJS") or adjective.lemma_.lower() in _EASE
    )


# Auxiliaries that open a conditional clause by inversion in English.
INVERTING_AUXILIARIES = frozenset({"had", "were", "should"})


# Adverbs of frequency and of any occasion: in the simple present the clause tells a habit
# or a rule ("frequently meets with lawmakers", "everywhere he visits"), no one event (TimeML:
# a SET, not an EVENT instance the ledger could date); "has routinely criticized X" tells
# acts done.
HABITUAL_ADVERBS = frozenset(
    "frequently often regularly usually routinely sometimes typically generally habitually "
    "repeatedly occasionally everywhere wherever whenever".split()
)


def _simple_present(verb: Token) -> bool:
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def flags(tokens: list[Token], lexicon: Lexicon) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) from the words around the event word and its verbs."""
    negated = hypothetical = future = False
    for verb in clause_verbs(tokens):
        presupposed = _said_of(verb, tokens, lexicon)
        for child in verb.children:
            word = child.lower_
            negation = child.dep_ == "neg" or (
                child.dep_ in ("det", "advmod") and word in lexicon.negators
            )
            if negation and not presupposed:
                negated = True
            if child.dep_ in ("aux", "auxpass", "mark", "advmod", "amod"):
                if (
                    word in lexicon.hypothetical_markers
                    or child.lemma_ in lexicon.hypothetical_markers
                ):
                    hypothetical = True
                if word in lexicon.future_markers:
                    future = True
            if child.dep_ in ("amod", "npadvmod") and word in lexicon.future_markers:
                future = True
            if child.dep_ == "advmod" and word in HABITUAL_ADVERBS and _simple_present(verb):
                hypothetical = True  # "frequently meets with members of Congress": a habit
            if _future_time(child, lexicon):
                future = True  # "will meet next month", "to host a hearing next week"
        if verb not in tokens and verb.pos_ == "VERB" and verb.lemma_ in lexicon.future_markers:
            future = True  # "plans to ban X": the act intended is ahead
        if (
            verb not in tokens
            and verb.pos_ == "VERB"
            and verb.lemma_ in lexicon.hypothetical_markers
            and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
        ):
            hypothetical = True  # "is considering filing an appeal": weighed, not done
        if verb.lemma_ == "go" and any(c.dep_ == "xcomp" for c in verb.children):
            future = future or verb.tag_ == "VBG"
        if _headline_infinitive(verb):
            future = True
        if verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lexicon.hypothetical_markers for c in verb.children
        ):
            hypothetical = True
        if _inverted_condition(verb):
            hypothetical = True  # "had the rebels attacked X, ...": a supposition
        if _for_to_clause(verb):
            hypothetical = True  # "calls for the mayor to resign": wanted, not told as done
        if any(_negative_quantifier(c) for c in verb.children if c.dep_ in NEGATED_ROLES):
            negated = True  # "none of the mayors endorsed X", "nobody was arrested",
            # "yields none of its authority", "made no concessions"
        if _subjunctive(verb):
            hypothetical = True  # "demands that migrants be banned": wanted, not done
    if any(_object_of(t, lexicon.prevention_verbs) for t in tokens):
        hypothetical = True  # "a strategy to prevent terrorist attacks": kept from happening
    if any(_object_of(t, lexicon.withholding_verbs) for t in tokens):
        negated = True  # "by withholding his endorsement": not given
    if any(_in_a_tale(t, lexicon) for t in tokens):
        hypothetical = True  # "a discredited story about a general shooting prisoners"
    return negated, hypothetical, future


def _in_a_tale(token: Token, lexicon: Lexicon) -> bool:
    """Whether an event word is told inside a tale the text marks as untrue or unproven ("a
    discredited story about a general shooting X", "the myth of a massacre", "a rumour that
    X was arrested"): the act is not asserted (FactBank: a non-factual source), only told of."""
    for ancestor in token.ancestors:
        if ancestor.pos_ != "NOUN":
            continue
        lemma = ancestor.lemma_.lower()
        if lemma in lexicon.untrue_tale_nouns:
            return True
        if lemma in lexicon.tale_nouns and any(
            c.dep_ == "amod"
            and (c.lower_ in lexicon.untrue_markers or c.lemma_.lower() in lexicon.untrue_markers)
            for c in ancestor.children
        ):
            return True
    return False


def _object_of(token: Token, verbs: frozenset[str]) -> bool:
    """Whether an event noun is the object of one of `verbs`: of prevention ("to prevent
    terrorist attacks", "foiled a bombing": not told as having happened, FactBank's
    counterfactual of a negative implicative) or of withholding ("withholding his
    endorsement": the act not done)."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in ("dobj", "nsubjpass")
        and token.head.lemma_.lower() in verbs
    )


def _said_of(verb: Token, tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether the verb says something of an event noun that is its subject ("these bombings
    will not cause X to back down", "the talks did not produce a deal"): a negation there
    denies the predicate, and the event, which the subject takes as given, stays told. Only a
    verb of occurrence ("the meeting did not take place") or the noun's own light verb
    negates the event itself."""
    return (
        verb not in tokens
        and verb.lemma_.lower() not in lexicon.occurrence_verbs
        and any(
            t.head == verb and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") for t in tokens
        )
    )


def _negative_quantifier(subject: Token) -> bool:
    """Whether a subject is a negative quantifier ("none of the mayors", "nobody", "no one",
    "no country"): the clause says that no one did the act (the negation scopes over it)."""
    if subject.lower_ in NEGATIVE_QUANTIFIERS:
        return True
    if any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subject.children):
        return True  # "neither Speaker Ryan nor anyone on his team has asked"
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _subjunctive(verb: Token) -> bool:
    """Whether a that-clause is in the mandative subjunctive: a bare verb ("that he resign",
    "that they be freed") with a subject of its own and no modal or "to". English uses it after
    verbs of demanding and proposing; what it tells is wanted, not done."""
    that_conjunct = verb.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    )  # "demands that X be banned and that Y be freed"
    if verb.dep_ != "ccomp" and not that_conjunct:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "TO") or a.tag_ != "VB" for a in auxiliaries):
        return False  # "that they would be freed", "that they were freed", "have been"
    bare = auxiliaries[0] if auxiliaries else verb
    return bare.tag_ == "VB" and bare.lower_ != "do"


def _future_time(child: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's time modifier points ahead of the telling: a noun of time qualified by
    a future word ("next month", "in the next weeks"). A past verb's "the next day" counts from
    the story's own time, not the telling's, so neither a past verb nor "the next ..." does."""
    if child.head.tag_ == "VBD":
        return False
    times = [child] if child.dep_ in ("npadvmod", "tmod") else []
    if child.dep_ == "prep":
        times = [o for o in child.children if o.dep_ == "pobj"]
    return any(
        m.dep_ in ("amod", "det") and m.lower_ in lexicon.future_markers
        for t in times
        if t.ent_type_ in ("DATE", "TIME")
        and not any(d.dep_ == "det" and d.lower_ == "the" for d in t.children)
        for m in t.children
    )


def _headline_infinitive(verb: Token) -> bool:
    """Whether a verb is the "to" infinitive of a headline with no finite verb ("County to host
    hearing", "Leaders to meet in May"): headline style tells a planned act, not one done."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    # The parser hangs "County to host" from the noun as an infinitival relative.
    top = verb.dep_ == "ROOT" or (verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT")
    if not top:
        return False
    finite = ("VBD", "VBZ", "VBP", "MD")
    return not any(t.tag_ in finite for t in _same_line(verb))


def _same_line(token: Token) -> list[Token]:
    """The tokens of a token's sentence on its own text line (a headline glued to the next
    line by the parser is a unit of its own)."""
    sent = token.sent
    start, end = sent.start, sent.end
    for t in sent:
        if t.is_space and "\n" in t.text:
            if t.i < token.i:
                start = t.i + 1
            elif t.i > token.i:
                end = t.i
                break
    return list(token.doc[start:end])


def obliged(tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether the event word's clause is under an obligation modal ("must disclose", "should
    hold talks"): a rule or a wish is stated, not an act told (TimeML/FactBank: non-factual).
    A demand in reported speech ("X said Y must stop") is a REQUEST the caller keeps apart."""
    return any(
        child.dep_ == "aux" and child.lower_ in lexicon.obligation_modals
        for verb in clause_verbs(tokens)
        for child in verb.children
    )


# "Did little to ...", "has done nothing to ...": the act was hardly or never done.
_SCANT = frozenset({"little", "nothing"})


def _done_little(token: Token) -> bool:
    """Whether an act is the purpose of "doing little" or "nothing" ("has done little to
    fight extremists", "did nothing to stop the attacks"): told as not (or hardly) done."""
    head = token.head
    if token.dep_ == "advcl" and head.lemma_.lower() == "do":
        return any(c.dep_ == "dobj" and c.lower_ in _SCANT for c in head.children)
    if token.dep_ in ("relcl", "acl") and head.lower_ in _SCANT and head.dep_ == "dobj":
        return head.head.lemma_.lower() == "do"
    return False


def _ruled_out(token: Token) -> bool:
    """Whether an act is what someone "ruled out" ("did rule out cutting off ..."): told as
    not to be done."""
    head = token.head
    if token.dep_ not in ("dobj", "xcomp", "pcomp") or head.lemma_.lower() != "rule":
        return False
    return any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)


def failed(tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether the event word is the act of a negative implicative ("failed to withdraw",
    "was unable to meet", "their unwillingness to yield", "refrained from endorsing X"): the
    act did not happen (FactBank).
    Not a rejection either: failing to agree is no refusal."""
    for token in tokens:
        if _done_little(token) or _ruled_out(token):
            return True
        current = token
        for _ in range(3):
            prep = current.head
            if current.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.lower_ == "from":
                # "refrained from endorsing X", "abstained from criticism of Y"
                if prep.head.lemma_.lower() in lexicon.negative_implicatives:
                    return True
            if current.dep_ == "dobj" and current.pos_ == "NOUN" and current is token:
                # "withheld her endorsement", "unwillingness to affirm his support": the act
                # noun is what the verb gives or keeps back
                current = current.head
                if current.lemma_.lower() in lexicon.negative_implicatives:
                    return True
                continue
            if current.dep_ not in ("xcomp", "acl", "ccomp") or current.head == current:
                break
            current = current.head
            if current.lemma_.lower() in lexicon.negative_implicatives:
                return True
    return False


# Quotation marks, opening and closing, as the tokenizer leaves them.
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„", "``", "''"})
# The first person: inside a quotation, "I" is the quotation's speaker and "we" the speaker's
# side, which the speaker stands for when the sentence names no other.
SPEAKER_SELF = frozenset({"i", "me", "we", "us"})


def quoted_self(actors: list[Participant], doc: Doc, lexicon: Lexicon) -> list[Participant]:
    """Actors with a quoted "I" or "we" read as the quotation's speaker: in '"I will meet him,"
    the premier said' the one meeting is the premier, whom the reporting verb's subject names.
    A pronoun with no reporting verb outside its quotation stays as it is."""
    out: list[Participant] = []
    for p in actors:
        found = _speaker_of_self(p, doc, lexicon)
        found = found if found is not None else p
        if all((q.start, q.end) != (found.start, found.end) for q in out):
            out.append(found)
    return out


def _speaker_of_self(p: Participant, doc: Doc, lexicon: Lexicon) -> Participant | None:
    """The speaker a quoted "I" or "we" stands for (see quoted_self), or None."""
    span = doc.char_span(p.start, p.end)
    if span is None or len(span) != 1 or span[0].lower_ not in SPEAKER_SELF:
        return None
    token, clause = span[0], span[0].head
    while clause.dep_ in ("conj", "xcomp", "advcl") and clause.head != clause:
        clause = clause.head  # "I came and I met them", "I hope to meet them"
    verb = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or verb.lemma_.lower() not in lexicon.speech_verbs:
        return None
    lo, hi = sorted((token.i, verb.i))
    if not any(t.text in QUOTE_MARKS for t in doc[lo:hi]):
        return None  # "he said I could come": reported, not quoted, speech
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" and speaker.lower_ in SPEAKER_SELF:
        return None
    return participant(mention_tokens(speaker))


def predicated_of(verb: Token) -> list[Token]:
    """The one a participle complement is said of: "X was found wounded", "they left X
    wounded". An object predicative (spaCy `oprd`) describes the found or left one, whom the
    act hit; the finder is no party to it."""
    if verb.dep_ != "oprd" or verb.tag_ != "VBN":
        return []
    head = verb.head
    found = [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
    return found or [c for c in head.children if c.dep_ in OBJECTS]


# Prepositions that name the act a harm happened in ("killed in an attack by X", "wounded
# during shelling by X"): the act's "by" agent is the one who did the harm.
IN_ACT_PREPS = frozenset({"in", "during"})


def acts_within(verb: Token) -> list[Token]:
    """The act words of a verb's "in"/"during" phrase ("wounded in shelling", "killed in an
    attack"): a gerund or a noun that itself takes a "by" agent. A gapped passive's phrase is
    its conjunct's too ("one was killed and another wounded in shelling")."""
    found = []
    gapped = [c for c in verb.children if c.dep_ == "conj" and _gapped_passive(c)]
    for child in [c for v in (verb, *gapped) for c in v.children]:
        if child.dep_ == "prep" and child.lower_ in IN_ACT_PREPS:
            found += [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
    return found


def object_in_clause(verb: Token) -> list[Token]:
    """The object the parser took for the subject of a clause: "released the 23 men detained
    off the coast" parsed as "released [that] the men detained ...". A verb with no object of
    its own whose complement clause opens right after it, has no auxiliary and no object (a
    reduced passive: the men were detained) has that clause's subject as its own object."""
    if any(c.dep_ in OBJECTS for c in verb.children):
        return []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if clause.tag_ not in ("VBD", "VBN"):
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark", *OBJECTS) for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if subjects and subjects[0].left_edge.i == verb.i + 1 and subjects[0].pos_ == "NOUN":
            return subjects[:1]
    return []
