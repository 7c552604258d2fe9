"""Who vouches for an event: link event mentions to the quotes that report them, with stance.

An event mentioned inside what someone said (or in a clause their reporting verb governs) gets
that speaker as a source with the quote's stance: a denial stays a denial even when the event
itself is hedged inside it ("denies rumors of a call"). A denial read from the quote's content
rather than its cue ("there is no danger") covers only the sentence it is in (and the one
before, when it points back: "This is a lie"); the speaker's other sentences keep the cue's
stance. A speaker mention naming several sources
("Bloomberg and AFP, which reported ...") gives one source each. An event nobody
is cited for is the publishing outlet's own statement: asserted, hedged when the sentence
hedges it ("reportedly", "allegedly"), denied when its clause says it did not happen (unless
the event is the denial itself: "rejected the claims as baseless" is told plainly). A source
telling that a negated event happened ("X said the leaders did not meet") denies it. An act
done in words of the actor's own record ("X accused Y in a statement") has X as its source.
A speaker vouches only for what their verb of saying reports (its complement, object or
topic), not for the setting of the telling: "Speaking with Y, X said ...", "X said during the
hearing that ...", "X, who met Y, said ..." leave the meeting and the hearing to the outlet.
A speaker telling of an act still to come or only possible ("X said he will impose ...",
"said it plans to send ...") vouches for a plan, not a happening, and only hedges it; a
promise, a threat or a demand is the saying itself and stays asserted. A record named after
the event ("as a call readout said") attests the event, whichever words of it it reports.

What governs the event word in the parse decides the rest. A negated verb of saying above it
("has not confirmed the call", "would neither confirm nor deny that ...", "could not confirm
...", "failed / declined to confirm", "was unable to verify", "did not address") is no
assertion and no denial: that speaker is no source, nor is anyone whose saying reports the
not-confirming ("he said he could not confirm E"), and the outlet telling it only hedges;
so does any negated verb over the event's clause but a factive one ("does not mean that they
met" leaves the meeting unasserted, "did not notice that they had met" tells it). A denial verb
above a report noun ("dismissed reports that ...", "rejects claims of ...") makes
its subject a denying source even when no quote was found for it. A report noun with "no" ("no
evidence that ...") and a question ("Did X meet Y?") hedge.

`Source.name` is the mention text here; the pipeline swaps in the resolved actor using
`Source.start`/`Source.end`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger import docindex
from newsledger.extract import cues
from newsledger.model import EventMention, Quote, Source, StanceKind


def attach_sources(doc: Doc, events: list[EventMention], quotes: list[Quote], outlet: str) -> None:
    """Add a Source to each event's `sources` for every quote that reports it, else the outlet."""
    lex = cues.load()
    attributed = [q for q in quotes if q.speaker_start is not None]
    text = docindex.text(doc)
    for event in events:
        start, end = _trigger(event)
        governing = _governing(doc, start, end, lex)
        found = [
            source
            for quote in _reporting(doc, text, attributed, start, end)
            if not _own_intent(quote)
            if governing.silent is None or not _reports_silence(quote, governing.silent)
            for source in _speakers(doc, quote, _quote_stance(doc, quote, start, lex))
        ]
        if governing.denier is not None:
            # "X dismissed a report by Y that E": X denies E and Y, who published it, asserts
            # it, whichever of the two the quotes found
            if not any(s.stance == StanceKind.DENIES for s in found):
                found.append(_subject_source(governing.denier))
            if not any(s.stance == StanceKind.ASSERTS for s in found):
                found += _publishers(governing.report, lex)
        setting = bool(found) and _setting(doc, start, end)
        if setting:
            # "denied that they signed a deal during the visit": the time of the denied act
            # is taken for granted, not denied with it.
            found = [s for s in found if s.stance != StanceKind.DENIES]
            found = found or [Source(name=outlet, stance=StanceKind.ASSERTS)]
        if not found:
            found = _restating_sources(doc, start, end, lex)
        if not found:
            found = _records_of(doc, start, end, lex)
        if not found and not event.negated and governing == _Governing():
            found = _own_record(doc, start, end, lex)
        if not found:
            stance = _outlet_stance(doc, event, lex)
            if governing.hedged and stance == StanceKind.ASSERTS:
                stance = StanceKind.HEDGES
            found = [Source(name=outlet, stance=stance)]
        if event.negated and not setting:
            found = [_denying(s) for s in found]
        elif event.type not in lex.commitments and _planned(doc, event, quotes, lex):
            found = [_planning(s) for s in found]
        for source in found:
            if not any(_same(source, s) for s in event.sources):
                event.sources.append(source)


@dataclass(frozen=True)
class _Governing:
    """What the parse above an event word says about who vouches for it."""

    silent: Token | None = None  # a negated verb of saying: its speaker takes no stance
    denier: Token | None = None  # a denial verb over a report noun: its subject denies
    report: Token | None = None  # that report noun ("a newspaper report that ...")
    hedged: bool = False  # the outlet only reports it (a negated confirmation, "no evidence")


def _governing(doc: Doc, start: int, end: int, lex: cues.CueLexicon) -> _Governing:
    """Climb from the event word to the nearest verb of saying above it in its sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return _Governing()
    token = span.root
    question = docindex.of(doc).sentence(doc, token.i).text.rstrip().endswith("?")
    via_report = no_evidence = False
    report = None
    below = token
    for ancestor in token.ancestors:
        lemma = ancestor.lemma_.lower()
        clause, below = below, ancestor
        if ancestor.pos_ in ("NOUN", "PROPN"):
            if lemma in lex.nouns:
                via_report = True
                report = report or ancestor
                no_evidence = no_evidence or _negated(ancestor)
            elif lemma in ("evidence", "sign", "proof", "indication") and _negated(ancestor):
                no_evidence = True
            continue
        saying = lemma in lex.verbs or lemma in lex.speaking  # "did not address E" too
        if ancestor.pos_ in ("VERB", "AUX") and not saying:
            if clause.dep_ == "ccomp" and lemma not in _FACTIVE and _negated(ancestor):
                return _Governing(hedged=True)  # "did not mean that they oppose it"
            continue
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        if _negated(ancestor) or _implicitly_negated(ancestor, lex):
            return _Governing(silent=ancestor, hedged=True)
        if via_report and lex.verbs.get(lemma) == StanceKind.DENIES:
            return _Governing(denier=ancestor, report=report)
        break
    return _Governing(hedged=no_evidence or question)


# Links by which a clause is the complement of the verb above it ("said [he could not
# confirm E]", "was [unable [to verify E]]"), as opposed to a clause beside it ("said E, but
# Y has not confirmed it": a conjunct the parser hung under the reported clause).
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "acomp"})


def _reports_silence(quote: Quote, silent: Token) -> bool:
    """Whether a quote is the negated verb of saying itself, or a saying whose complement
    it is ("he said he could not confirm E"): that speaker tells of the not-confirming and
    vouches for nothing about E."""
    if quote.cue_start == silent.idx:
        return True
    verb = silent
    while verb.dep_ in _COMPLEMENTS and verb.head is not verb:
        verb = verb.head
        if verb.idx == quote.cue_start:
            return True
    return False


# Verbs whose clause is taken as true even when they are negated ("did not know that they had
# met" still tells the meeting): a negation above any other verb leaves its clause unasserted.
_FACTIVE = frozenset(
    {"know", "realize", "realise", "regret", "forget", "notice", "discover", "learn", "remember"}
)


def _negated(token: Token) -> bool:
    """Whether a word is negated: "not", "never", "no", "neither ... nor" (either verb), or
    "without" ("said E, without saying whether F": F was not said)."""
    words = ("not", "n't", "never", "no", "neither", "nor")
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True
    if any(c.dep_ in ("neg", "preconj", "det", "cc") and c.lower_ in words for c in token.children):
        return True
    if any(c.dep_ == "nsubj" and _nobody(c) for c in token.children):
        return True  # "no one has confirmed the meeting"
    return token.dep_ == "conj" and any(
        c.dep_ in ("neg", "preconj") and c.lower_ in words for c in token.head.children
    )


def _implicitly_negated(verb: Token, lex: cues.CueLexicon) -> bool:
    """Whether a verb is the infinitive of a negative implicative ("failed to confirm",
    "declined to confirm", "was unable to verify"): the act did not happen, unless the
    implicative is itself negated ("did not fail to confirm" confirms)."""
    if verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "refused to confirm or deny E": neither act was done
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb:
        return False
    return head.lemma_.lower() in lex.negative_implicatives and not _negated(head)


def _nobody(subject: Token) -> bool:
    """Whether a subject is a negative quantifier: "nobody", "none", "no one", "no official",
    "neither government"."""
    if subject.lower_ in ("nobody", "none", "neither"):
        return True
    return any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in subject.children
    )


def _subject_source(verb: Token) -> Source:
    """The subject of a denial verb as a denying source ("the ministry dismissed reports"),
    or the agent of a passive one ("reports that ... were denied by the ministry")."""
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    subjects = agents or [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return Source(name="", stance=StanceKind.DENIES)
    subject = subjects[0]
    doc = verb.doc
    left = min(t.i for t in subject.subtree)
    right = max(t.i for t in subject.subtree if t.dep_ not in ("relcl", "appos", "punct"))
    mention = doc[left : max(right, subject.i) + 1]
    return _source(mention.text, StanceKind.DENIES, mention.start_char, mention.end_char)


def _publishers(report: Token | None, lex: cues.CueLexicon) -> list[Source]:
    """Who published the report a denial is about, as sources asserting what it told: a press
    word or a name on the noun ("a newspaper report", "an agency report", "the daily's
    report", "reports by state television"). Bare "reports" name no one."""
    if report is None:
        return []
    found = []
    for child in report.children:
        if child.dep_ in ("compound", "nmod", "amod", "poss"):
            teller = child
        elif child.dep_ == "prep" and child.lower_ in ("by", "in", "from"):
            teller = next((c for c in child.children if c.dep_ == "pobj"), None)
        else:
            continue
        if teller is None or not (teller.pos_ == "PROPN" or teller.lemma_.lower() in lex.press):
            continue
        words = [t for t in teller.subtree if t.dep_ not in ("case", "punct")]
        if teller.dep_ in ("compound", "nmod", "amod"):
            words = [t for t in words if t.i <= teller.i]  # not the report noun's own words
        span = teller.doc[words[0].i : words[-1].i + 1]
        found.append(_source(span.text, StanceKind.ASSERTS, span.start_char, span.end_char))
    return found


# Prepositions that set a clause in time beside another event: "during the visit", "amid the
# talks", "ahead of the summit", "on the sidelines of the summit".
_SETTING_PREPOSITIONS = frozenset({"during", "amid", "ahead", "before", "after"})


def presupposed(doc: Doc, event: EventMention) -> bool:
    """Whether the event word is the time setting of another clause ("signed a deal during
    her visit"): told as given, so a denial of that clause does not deny it."""
    return _setting(doc, *_trigger(event))


def _setting(doc: Doc, start: int, end: int) -> bool:
    """Whether the event word is the time setting of a verb's clause ("signed a deal during
    her visit"): a presupposition, which a denial of the clause leaves standing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    while token.dep_ in ("compound", "amod", "nmod") and token.head != token:
        token = token.head
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head  # "ahead of the talks"
    elif prep.lower_ == "of" and prep.head.lower_ == "sidelines" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "on the sidelines of the summit"
        return prep.lower_ == "on" and prep.head.pos_ in ("VERB", "AUX")
    return prep.lower_ in _SETTING_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX")


def _own_intent(quote: Quote) -> bool:
    """Whether a quote's content is only an infinitive, the speaker's own act decided on or
    meant ("NATO decided to invite X", "X resolved to expel Y"): the cue tells a decision,
    which the outlet reports; the speaker vouches for no event in it. A perfect infinitive
    ("claimed to have shot down X") tells an act already done, which the speaker vouches for."""
    text = quote.text.lower()
    return quote.kind == "indirect" and text.startswith("to ") and not text.startswith("to have ")


def _trigger(event: EventMention) -> tuple[int, int]:
    """The event word's offsets, or the whole sentence when the extractor gave no trigger."""
    if event.trigger_start is not None and event.trigger_end is not None:
        return event.trigger_start, event.trigger_end
    return event.start, event.end


def _reporting(doc: Doc, text: str, quotes: list[Quote], start: int, end: int) -> list[Quote]:
    """The quotes that report the event at start..end.

    The innermost content holding the event wins ("X criticised Y, which reported E": Y
    reports E, X does not); failing that, the nearest reporting verb above the event in the same
    paragraph ("X reported on E").
    """
    holding = [q for q in quotes if q.start <= start and end <= q.end]
    if holding:
        inner = min(q.end - q.start for q in holding)
        return [q for q in holding if q.end - q.start == inner]
    by_cue = {q.cue_start: q for q in quotes if q.cue_start is not None and q.cue != ":"}
    event = doc.char_span(start, end, alignment_mode="expand")
    if event is None or len(event) == 0:
        return []
    below, thereby = event.root, False
    for ancestor in event.root.ancestors:
        thereby = thereby or any(c.lower_ == "thereby" for c in below.children)
        if ancestor.idx in by_cue and (thereby or _told_by(below, ancestor)):
            between = text[min(ancestor.idx, start) : max(ancestor.idx, end)]
            return [] if "\n" in between else [by_cue[ancestor.idx]]
        below = ancestor
    return []


# Links by which a reporting verb's own circumstances hang from it, not what it reports: its
# subject (and a relative clause on it: "X, who opposed Y, said ..."), an adverbial clause
# ("Speaking with Y, X said ...", "..., accusing Z"), an adverb or bare noun of time or manner.
_CIRCUMSTANCE = frozenset(
    {"nsubj", "nsubjpass", "csubj", "agent", "advcl", "npadvmod", "advmod", "expl", "mark"}
)
# Prepositions that introduce what a verb of saying is about ("reported on E", "spoke about
# E", "warned of E"), or the event a statement follows and so reads out ("said after the
# talks that ..."); any other preposition gives its setting ("said during the hearing", "told
# Y in a meeting that ...").
_TOPIC_PREPOSITIONS = frozenset(
    {"on", "about", "of", "over", "regarding", "concerning", "to", "against", "for", "after"}
    | {"following"}
)


def _told_by(child: Token, cue: Token) -> bool:
    """Whether the branch `child` of a reporting verb holds what it reports (a complement,
    an object, a topic) rather than the circumstances of the telling: the speaker vouches
    for the content of the saying only, the outlet tells its setting (PARC/PolNeAR: an
    attribution's content is the cue's complement). A prepositional phrase naming the
    medium of the saying ("said in a statement") is the saying itself and stays its own, and
    so is a participle trailing the saying that says what the words did ("said ..., accusing
    Y of ..."; one leading it sets the scene: "Speaking with Y, X said"), or a clause whose
    act the saying was ("X, who thereby turned down the offer")."""
    if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > cue.i:
        return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)
    if child.dep_ in _CIRCUMSTANCE:
        return False
    if child.dep_ == "prep" and child.lower_ not in _TOPIC_PREPOSITIONS:
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return any(o.lemma_.lower() in cues.load().nouns for o in objects)
    return True


# Links by which a noun restates the event word it hangs from ("spoke on Monday, a call
# that ...": the parser files the restating noun as an object, an apposition or an adverb).
_RESTATING = frozenset({"dobj", "appos", "npadvmod"})


def _restating_sources(doc: Doc, start: int, end: int, lex: cues.CueLexicon) -> list[Source]:
    """The sources of a noun restating the event word with a relative clause of saying:
    "X and Y spoke on Monday, a conversation that both governments acknowledged" (the
    clause's verb reports the noun, its object being the relative gap or pronoun)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    found = []
    for noun in span.root.children:
        if noun.pos_ != "NOUN" or noun.dep_ not in _RESTATING:
            continue
        for verb in noun.children:
            stance = lex.verb_stance(verb) if verb.dep_ in ("relcl", "acl") else None
            if stance is None or _negated(verb) or not _gapped(verb):
                continue
            subject = next(c for c in verb.children if c.dep_ == "nsubj")
            mention = doc[subject.left_edge.i : subject.i + 1]
            found.append(_source(mention.text, stance, mention.start_char, mention.end_char))
    return found


def _records_of(doc: Doc, start: int, end: int, lex: cues.CueLexicon) -> list[Source]:
    """The records of the event itself that speak in its sentence: a document named after the
    event ("as a presidential call readout said", "the summit communique says", "a readout of
    the call said", "according to the call readout") attests that the event took place,
    whatever part of the sentence its words report. The record's author made it, so it is
    the event's own record (product.md: "a participant's official record" confirms); a
    negated saying ("the readout did not say") attests nothing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    event = span.root.lemma_.lower()
    found = []
    for record in docindex.of(doc).sentence(doc, span.root.i):
        if not _record_named_after(record, event, lex):
            continue
        saying = record.head
        according = saying.lower_ == "to" and saying.head.lower_ == "according"
        if record.dep_ == "pobj" and according:
            stance: str | None = StanceKind.ASSERTS
        elif record.dep_ == "nsubj" and saying.pos_ in ("VERB", "AUX"):
            stance = None if _negated(saying) else lex.verb_stance(saying)
        else:
            continue
        if stance is None:
            continue
        left = record.left_edge.i
        if record.i > 0 and doc[record.i - 1].head == saying:  # a split "call readout"
            left = min(left, doc[record.i - 1].left_edge.i)
        mention = doc[left : record.i + 1]
        found.append(_source(mention.text, stance, mention.start_char, mention.end_char))
    return found


def _record_named_after(record: Token, event: str, lex: cues.CueLexicon) -> bool:
    """Whether a noun is a record (a readout, a communique, a statement) whose modifier names
    the event word's lemma: "call readout", "readout of the call"."""
    if record.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = record.lemma_.lower()
    if lemma not in lex.documents and lex.nouns.get(lemma) != StanceKind.ASSERTS:
        return False
    named = [c for c in record.children if c.dep_ in ("compound", "nmod")]
    before = record.doc[record.i - 1] if record.i > 0 else record
    if before.pos_ == "NOUN" and before.head == record.head and before != record.head:
        named.append(before)  # "call readout" the parser split into two subjects
    for prep in record.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            named += [o for o in prep.children if o.dep_ == "pobj"]
    return any(n.lemma_.lower() == event for n in named)


def _own_record(doc: Doc, start: int, end: int, lex: cues.CueLexicon) -> list[Source]:
    """The subject of an act done in words of its own record: "X accused Y in a statement",
    "X urged Y in a letter" (a verb with "in" and a determined noun of saying). The statement
    is the act, so its author vouches that it was made; "in support of" names no record."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.pos_ not in ("VERB", "AUX"):
        return []
    verb = span.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or _nobody(subject):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for record in prep.children:
            determined = any(c.dep_ in ("det", "poss") for c in record.children)
            said = lex.nouns.get(record.lemma_.lower()) == StanceKind.ASSERTS
            if record.dep_ == "pobj" and determined and said:
                mention = doc[subject.left_edge.i : subject.i + 1]
                return [
                    _source(mention.text, StanceKind.ASSERTS, mention.start_char, mention.end_char)
                ]
    return []


def _gapped(verb: Token) -> bool:
    """A relative clause with a subject whose object is the noun it describes: no object of
    its own but a relative pronoun, and no clause ("that the ministry confirmed")."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return all(o.tag_ in ("WDT", "WP") for o in objects)


def _speakers(doc: Doc, quote: Quote, stance: str) -> list[Source]:
    """One source per conjunct of the speaker mention ("X and Y said"), with `stance`."""
    mention = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    if mention is None:
        return [_source(quote.speaker_text or "", stance, quote.speaker_start, quote.speaker_end)]
    return [
        _source(part.text, stance, part.start_char, part.end_char) for part in _conjuncts(mention)
    ]


# Subjects that point back to what was just said ("This is untrue", "That is a lie"): a
# falsity predicate on them denies the sentence before.
_ANAPHORIC = frozenset({"this", "that", "it", "these", "those", "all"})


def _quote_stance(doc: Doc, quote: Quote, start: int, lex: cues.CueLexicon) -> str:
    """The stance a quote's speaker takes on the event word at `start` inside it.

    A quote reads as a denial when its cue denies ("denied that ...") or when any of its
    content says something did not happen ("there is no shortage", "it never took place").
    A denying cue covers all it reports; a denial in the content covers what its own
    sentence tells (a negated occurrence or a falsity predicate is about its own subject),
    or the sentence just before when its subject points back ("Reports say E. This is a
    lie."). Any other event the speaker tells is told with the cue's own stance: in
    '"Please keep to your homes. The dam has not failed," X said' X asserts the request.
    """
    if quote.stance == StanceKind.HEDGES and _owned_up(_cue_token(doc, quote)):
        return StanceKind.ASSERTS
    if quote.stance != StanceKind.DENIES:
        return quote.stance
    cue = _cue_token(doc, quote)
    if cue is not None and _answered_claim(cue, start, lex):
        return StanceKind.ASSERTS
    if cue is None or _denying_cue(cue, lex):
        return quote.stance
    index = docindex.of(doc)
    sentence = index.sentence_at_char(doc, start)
    if sentence is None:
        return quote.stance
    own = _within_quote(doc, quote, sentence.start_char, sentence.end_char)
    if own is not None and lex.denies_event(own):
        return quote.stance
    if sentence.end < len(doc):
        after = index.sentence(doc, sentence.end)
        told = _within_quote(doc, quote, after.start_char, after.end_char)
        if after.start_char < quote.end and told is not None and _points_back(told, lex):
            return quote.stance
    return lex.verb_stance(cue) or lex.nouns.get(cue.lemma_.lower()) or StanceKind.ASSERTS


def _owned_up(cue: Token | None) -> bool:
    """Whether a claim is one of responsibility ("X claimed responsibility for the attack"):
    the claimant owns the act, a statement that it happened, not a doubtful claim."""
    return cue is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in cue.children
    )


def _answered_claim(cue: Token, start: int, lex: cues.CueLexicon) -> bool:
    """Whether the event word at `start` is a claim the denial answers ("Kenya denied
    Uganda's accusation that ..."): what is denied is the claim's content; that the claim
    was made, the one answering it takes as given."""
    return any(
        c.idx == start and c.dep_ == "dobj" and lex.nouns.get(c.lemma_.lower()) == StanceKind.HEDGES
        for c in cue.children
    )


def _cue_token(doc: Doc, quote: Quote) -> Token | None:
    if quote.cue_start is None or quote.cue_end is None:
        return None
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    return cue.root if cue is not None and len(cue) else None


def _denying_cue(cue: Token, lex: cues.CueLexicon) -> bool:
    """Whether the quote's own cue denies: a denial verb or noun, or a saying that calls
    what it reports false ("described the reports as false")."""
    lemma = cue.lemma_.lower()
    if lex.verbs.get(lemma) == StanceKind.DENIES or lex.nouns.get(lemma) == StanceKind.DENIES:
        return True
    described = [
        c for c in cue.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")
    ]
    return any(lex.denies_event(cue.doc[d.left_edge.i : d.right_edge.i + 1]) for d in described)


def _within_quote(doc: Doc, quote: Quote, start: int, end: int) -> Span | None:
    """The part of the sentence start..end that lies inside the quote's content."""
    start, end = max(start, quote.start), min(end, quote.end)
    return doc.char_span(start, end, alignment_mode="expand") if start < end else None


def _points_back(sentence: Span, lex: cues.CueLexicon) -> bool:
    """Whether a sentence calls what was just said false through a subject that points back
    ("This is untrue", "That is a lie")."""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in _ANAPHORIC for s in subjects) and lex.denies_event(sentence)


def _conjuncts(mention: Span) -> list[Span]:
    doc = mention.doc
    heads = [mention.root] + [t for t in mention if t.dep_ == "conj" and t.head in mention]
    if len(heads) == 1:
        return [mention]
    parts = []
    for i, head in enumerate(heads):
        left = head.left_edge.i if i else mention.start
        right = head.i
        for child in head.rights:
            if child.dep_ in ("cc", "conj", "punct", "relcl", "appos", "acl"):
                break
            right = child.right_edge.i
        parts.append(doc[max(left, mention.start) : min(right + 1, mention.end)])
    return parts


def _source(name: str, stance: str, start: int | None, end: int | None) -> Source:
    return Source(name=name, stance=StanceKind(stance), text=name, start=start, end=end)


def _denying(source: Source) -> Source:
    """Asserting that something did not happen is denying it; hedges and denials stay."""
    if source.stance != StanceKind.ASSERTS:
        return source
    return Source(source.name, StanceKind.DENIES, source.text, source.start, source.end)


def _planned(doc: Doc, event: EventMention, quotes: list[Quote], lex: cues.CueLexicon) -> bool:
    """Whether the event is still to come or only possible in its speakers' words: flagged so
    by the extractor (unless the modal it saw is a verb of speaking's own), or under a modal
    or a verb of intent in the parse (a demand's modal is what it demands: not so)."""
    below_plan = _plan_above(doc, *_trigger(event), quotes, lex)
    if below_plan == "plan":
        return event.type not in lex.demands
    return (event.future or event.hypothetical) and below_plan != "said"


def _plan_above(
    doc: Doc, start: int, end: int, quotes: list[Quote], lex: cues.CueLexicon
) -> str | None:
    """What stands above the event word in a speaker's words: "plan" for a modal or a verb
    of intent ("said he will declare ...", "said they may meet", "said it plans to send
    ..."; FactBank: a reported future or possibility is not committed to as a fact), "said"
    for a verb of speaking with a modal of its own ("he could confirm the arrests": the
    modal is the saying's, which confirms them), None when the climb from the event word to
    the verb of saying (or the sentence's root, inside a quotation) meets neither. A
    preposition's object is the setting of the clause above, told as given, and a relative
    or adverbial clause keeps its own tense: the climb stops at either."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    cues_at = {q.cue_start for q in quotes if q.cue_start is not None}
    token, below = span.root, None
    while True:
        modal = any(_modal(c, lex) for c in token.children)
        if token != span.root and token.lemma_.lower() in lex.speaking:
            return "said" if modal else None
        if token != span.root and token.idx in cues_at:
            return None
        if modal:
            return "plan"
        intent = token.lemma_.lower() in lex.plan_verbs or (
            token.lower_ == "going" and any(c.dep_ == "aux" for c in token.children)
        )
        if intent and below is not None and below.dep_ == "xcomp":
            return "plan"
        if token.head == token or token.dep_ == "pobj":
            return None  # "would travel, two days after the call": the call is its setting
        if token.dep_ in _OWN_CLAUSE and not _infinitive(token):
            return None  # "the envoys, who met on Friday, will sign": a clause of its own
        token, below = token.head, token


# Links by which a finite clause hangs from a word yet keeps its own tense and mood: a
# relative clause, a participle on a noun, an adverbial clause ("although they met").
_OWN_CLAUSE = frozenset({"relcl", "acl", "advcl"})


def _infinitive(verb: Token) -> bool:
    """A "to" infinitive, whose act lies ahead of its head's ("will declare ... to try and
    fight the outbreak"): it shares the head's plan."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _modal(aux: Token, lex: cues.CueLexicon) -> bool:
    return aux.dep_ == "aux" and aux.tag_ == "MD" and aux.lemma_.lower() in lex.plan_modals


def _planning(source: Source) -> Source:
    """A speaker telling of an act still to come ("X said he will impose a curfew", "she
    would meet him on Friday") vouches for a plan or a possibility, not for a happening
    (product.md: future and hypothetical mentions are not events that happened; FactBank
    reads a reported future as uncommitted): a named source only hedges it. A promise or a
    threat is the saying itself, whose content is future by nature (cues.yaml: commitments),
    and the outlet's own voice confirms nothing either way: both stay as they are."""
    if source.start is None or source.stance != StanceKind.ASSERTS:
        return source
    return Source(source.name, StanceKind.HEDGES, source.text, source.start, source.end)


def _outlet_stance(doc: Doc, event: EventMention, lex: cues.CueLexicon) -> StanceKind:
    """The outlet's own voice: it denies an event its clause says did not happen ("The meeting
    never took place", "The story of the meeting is a hoax"), unless the event is the denial
    itself, and hedges one it marks as reported."""
    start, end = _trigger(event)
    trigger = doc.char_span(start, end, alignment_mode="expand")
    if (
        trigger is not None
        and len(trigger)
        and lex.denies_event(_clause(trigger.root))
        and not _denial_told(trigger.root, lex)
    ):
        return StanceKind.DENIES
    sentence = doc.char_span(event.start, event.end, alignment_mode="expand")
    if sentence is None:
        return StanceKind.ASSERTS
    root = trigger.root if trigger is not None and len(trigger) else None
    hedged = lex.hedged([t for t in sentence if not _out_of_scope(t, root, lex)])
    return StanceKind.HEDGES if hedged else StanceKind.ASSERTS


def _denial_told(word: Token, lex: cues.CueLexicon) -> bool:
    """Whether the event word is itself a verb of denying ("Sudan rejected the allegations
    as baseless"): the falsity in its clause is what the denier says of the allegations,
    while the outlet tells plainly that the denial was made."""
    return word.pos_ in ("VERB", "AUX") and lex.verb_stance(word) == StanceKind.DENIES


def _out_of_scope(tok: Token, trigger: Token | None, lex: cues.CueLexicon) -> bool:
    """Whether a hedging noun leaves the event out of its scope: "claims of a meeting" hedge
    the meeting, but in "Baku rejected the claims" the rejection itself is told plainly. A
    noun hedges the event word it governs (or is); adverbs and adjectives keep their reach
    over the sentence ("reportedly", "an alleged call")."""
    if trigger is None or tok.pos_ != "NOUN" or lex.nouns.get(tok.lemma_.lower()) != "hedges":
        return False
    return tok is not trigger and tok not in trigger.ancestors


def _clause(tok: Token) -> Span:
    """The clause around a word: the subtree of its nearest verb (or the word's own)."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return tok.doc[head.left_edge.i : head.right_edge.i + 1]


def _same(a: Source, b: Source) -> bool:
    return (a.name, a.stance, a.start) == (b.name, b.stance, b.start)
