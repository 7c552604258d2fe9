"""'Brazil rejected the report': a denial of what a report told, not a rejection event.

Extraction codes "X rejected/dismissed/denied the report" as a REJECT whose object is the
report. A report is no actor, and what X rejects is the event the report told: the ledger
needs X as a source denying that event (product.md: a denial of "the report" refers to the
event the report told, with its place and date), and no REJECT event of its own. Within the
article, the report is the latest event told before the denial on the word of a news
organisation (a source whose role is media, or a quote cued by "reported"). Where the
article told no such event, the REJECT stays as it is.

A denial of "the claim" (an allegation, an accusation, a rumour) points back the same way, to
what someone said: the latest event told shortly before (within CLAIM_WINDOW sentences) on the
word of a named speaker other than the one denying; so does "the report" when no news
organisation told anything. The denial may come as a REJECT ("rejected the accusation") or
only as a denying quote whose content is that noun ("Baku denied the claim"): either way the
noun must point back (definite, demonstrative, possessive or a bare plural, with no clause of
its own: "denied reports that ..." tells what it denies, which extract/stance.py reads).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsledger import docindex
from newsledger.extract import cues
from newsledger.model import EventMention, Quote, Source, SourceRole, StanceKind

# Nouns for what the media told: the object of a rejection that denies an event.
REPORT_NOUNS = frozenset({"report", "story", "article", "broadcast"})
REPORT_CUES = ("report",)
# Nouns for what someone alleged (the hedging report nouns of data/cues.yaml that name a
# telling, not a thought: "claim", "allegation", "accusation", "rumour").
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "rumor", "rumour"})
# How many sentences before the denial's own the claim it denies may be told.
CLAIM_WINDOW = 2
# Determiners of a noun that points back to something already told.
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
# Verbs that call their object something ("called the report baseless", "described the
# claims as false"): a denial when what they call it is false.
CALLING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dismiss", "characterize"})
# Denial verbs whose bare object is what they deny (extraction's "denies" cues of that kind).
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "debunk"})


def denials_of_reports(
    doc: Doc,
    events: list[EventMention],
    quotes: list[Quote],
    role_of: Callable[[Source, EventMention], str],
    name_of: Callable[[int, int], str | None] | None = None,
) -> list[EventMention]:
    """The events with each rejection of a report replaced by a denial: a mention of the
    event the report told, in the rejection's sentence, whose one source is the rejecter
    denying it (its trigger the report noun, so the merge records "'the report' refers back
    to ..."). `role_of` decides the rejecter's role for that event."""
    out: list[EventMention] = []
    ordered = sorted(events, key=lambda e: (e.start, e.trigger_start or 0))
    for event in events:
        report = _report_object(doc, event) if event.type == "REJECT" and event.actors else None
        deniers = [Source(a.name, StanceKind.DENIES, a.text, a.start, a.end) for a in event.actors]
        earlier = ordered[: _index(ordered, event)]
        told = _told(doc, earlier, quotes, report, deniers, role_of)
        if report is None or told is None:
            out.append(event)
            continue
        out.append(_denial(told, report, event.sentence, event.start, event.end))
        _add_deniers(out[-1], deniers, role_of)
    rejects = {e.trigger_start for e in events if e.type == "REJECT"}
    said: list[tuple[Token, Source]] = []  # (report noun, the one denying what it told)
    for quote in quotes:
        report = _denied_claim(doc, quote) if quote.cue_start not in rejects else None
        if report is not None:
            said.append((report, Source(quote.speaker or quote.speaker_text or "",
                                        StanceKind.DENIES, quote.speaker_text,
                                        quote.speaker_start, quote.speaker_end)))  # fmt: skip
    for report, subject in _called_false(doc):
        name = (name_of(subject.start_char, subject.end_char) if name_of else None) or subject.text
        said.append(
            (
                report,
                Source(name, StanceKind.DENIES, subject.text, subject.start_char, subject.end_char),
            )
        )
    for report, denier in said:
        earlier = [e for e in ordered if (e.trigger_start or e.start) < report.idx]
        told = _told(doc, earlier, quotes, report, [denier], role_of)
        if told is not None:
            sentence = docindex.of(doc).sentence(doc, report.i)
            denial = _denial(told, report, sentence.text, sentence.start_char, sentence.end_char)
            _add_deniers(denial, [denier], role_of)
            out.append(denial)
    return out


def _called_false(doc: Doc) -> list[tuple[Token, Span]]:
    """The report or claim nouns pointing back that a subject calls false ("the spokesman
    called the report baseless", "the ministry described the claims as fabricated"): the
    noun with the subject's phrase. A verb of calling is no denial verb, but with a falsity
    predicate on its object it denies what the noun told, as "rejected the report" does."""
    lexicon = cues.load()
    found = []
    for verb in doc:
        if verb.lemma_.lower() not in CALLING_VERBS or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and _points_back(c)]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not objects or subject is None or subject.pos_ == "PRON":
            continue
        said = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
        said += [o for p in verb.children if p.lower_ == "as" for o in p.children]
        if any(_false_word(t, lexicon) for c in said for t in c.subtree):
            found.append((objects[0], doc[subject.left_edge.i : subject.i + 1]))
    return found


def _false_word(token: Token, lexicon: cues.CueLexicon) -> bool:
    words = lexicon.denial_predicates
    negated = any(c.dep_ == "neg" for c in token.children)
    return not negated and (token.lower_ in words or token.lemma_.lower() in words)


def _told(
    doc: Doc,
    earlier: list[EventMention],
    quotes: list[Quote],
    report: Token | None,
    deniers: list[Source],
    role_of: Callable[[Source, EventMention], str],
) -> EventMention | None:
    """The event a denied report or claim told: a news organisation's latest report (for a
    report noun), else the latest event told shortly before on the word of a named speaker
    other than the deniers, about the deniers' own side (one denies what is said of
    oneself: "Rebels said the army shelled Bol. The army denied the claim")."""
    if report is None:
        return None
    if report.lemma_.lower() in REPORT_NOUNS:
        told = _reported(earlier, quotes)
        if told is not None:
            return told

    def concerned(event: EventMention) -> bool:
        return all(role_of(d, event) == SourceRole.PARTICIPANT for d in deniers)

    unplaced = bool(deniers) and all(_unplaced(d) for d in deniers)
    return _claimed(doc, earlier, report, {d.name for d in deniers}, concerned, unplaced)


def _unplaced(source: Source) -> bool:
    """Whether a denier is an unnamed body the text ties to no side ("the army", "the
    ministry"): whose it is, only the claim it answers can tell."""
    words = (source.text or source.name).split()
    return len(words) >= 2 and words[0].lower() == "the" and all(w.islower() for w in words[1:])


def _denial(told: EventMention, report: Token, sentence: str, start: int, end: int) -> EventMention:
    """A mention of the told event in the denial's sentence, its trigger the report noun (so
    the merge records "'the report' refers back to ..."), with no source yet."""
    return replace(
        told,
        actors=list(told.actors),
        recipients=list(told.recipients),
        topics=list(told.topics),
        contexts=list(told.contexts),
        sources=[],
        merged=[],
        sentence=sentence,
        start=start,
        end=end,
        trigger=report.text,
        trigger_start=report.idx,
        trigger_end=report.idx + len(report.text),
    )


def _add_deniers(
    denial: EventMention,
    deniers: list[Source],
    role_of: Callable[[Source, EventMention], str],
) -> None:
    for source in deniers:
        source.role = role_of(source, denial)
        denial.sources.append(source)


def _denied_claim(doc: Doc, quote: Quote) -> Token | None:
    """The noun a denying quote is about when all it reports is "the claim" or "the
    report" pointing back ("Baku denied the claim", "the army rejected these
    allegations"), else None."""
    if quote.stance != StanceKind.DENIES or quote.speaker_start is None:
        return None
    cue = doc.char_span(quote.cue_start or 0, quote.cue_end or 0, alignment_mode="expand")
    if cue is None or len(cue) == 0 or cue.root.lemma_.lower() not in DENIAL_VERBS:
        return None
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if content is None or len(content) == 0:
        return None
    noun = content.root
    if noun.head != cue.root or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return noun if _points_back(noun) else None


def _points_back(noun: Token) -> bool:
    """Whether a report noun refers to something told before: a claim noun (or a report
    noun) that is definite, possessed or a bare plural, with no clause or topic of its own
    ("the claim", "their accusations", "reports"; not "reports that ...", "a claim of
    ...", "spying allegations")."""
    lemma = noun.lemma_.lower()
    if lemma not in CLAIM_NOUNS | REPORT_NOUNS:
        return False
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "ccomp", "appos", "compound"):
            return False  # "claims that ...", "spying allegations": a content of its own
        if child.dep_ == "prep" and child.lower_ not in ("by", "from"):
            return False
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if not dets:
        return noun.tag_ == "NNS"
    return all(d.dep_ == "poss" or d.lower_ in DEFINITE for d in dets)


def _claimed(
    doc: Doc,
    earlier: list[EventMention],
    report: Token,
    deniers: set[str],
    concerned: Callable[[EventMention], bool],
    unplaced: bool = False,
) -> EventMention | None:
    """The latest event told within CLAIM_WINDOW sentences before the denial on the word of a
    named speaker who is not among the deniers (and is the one the claim's possessor names,
    if it has one), and that `concerned` the deniers; an `unplaced` denier answering a claim
    told in the sentence just before needs no such tie ("Rebels said they downed a
    helicopter. The army denied the claim": the army is unnamed, but "the claim" can only
    be that one)."""
    index = docindex.of(doc)
    here = index.sentence_index(report.i)
    claimant = _claimant(report)
    for event in reversed(earlier):
        if not (event.actors or event.recipients) or event.type == "REJECT":
            continue
        sentence = index.sentence_at_char(doc, event.start)
        if sentence is None or here - index.sentence_index(sentence.start) > CLAIM_WINDOW:
            return None
        near = unplaced and here - index.sentence_index(sentence.start) <= 1
        if (near or concerned(event)) and any(
            s.start is not None
            and s.name not in deniers
            and s.stance != StanceKind.DENIES
            and (claimant is None or _names(s, claimant))
            for s in event.sources
        ):
            return event
    return None


def _claimant(noun: Token) -> Token | None:
    """Who the claim is said to be of, when its possessor names them ("Fiji's allegations",
    "the rebels' claims"); None for a pronoun ("their claims") or no possessor."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return None if owner is None or owner.pos_ == "PRON" else owner


def _names(source: Source, claimant: Token) -> bool:
    """Whether a source is the one a possessor names: its mention or actor name holds the
    possessor's word ("the rebels' claims" of a source "Rebels")."""
    said = f"{source.text or ''} {source.name}".lower()
    return claimant.lower_ in said or claimant.lemma_.lower() in said


def _index(ordered: list[EventMention], event: EventMention) -> int:
    return next(i for i, e in enumerate(ordered) if e is event)


def _report_object(doc: Doc, event: EventMention) -> Token | None:
    """The report or claim a rejection is of ("rejected the report", "rejected the
    accusation"), or None."""
    word = docindex.head_at(doc, event.trigger_start, event.trigger_end)
    if word is None:
        return None
    objects = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    reports = (o for o in objects if o.lemma_.lower() in REPORT_NOUNS)
    claims = (o for o in objects if o.lemma_.lower() in CLAIM_NOUNS and _points_back(o))
    return next(reports, None) or next(claims, None)


def _reported(earlier: list[EventMention], quotes: list[Quote]) -> EventMention | None:
    """The latest earlier event told on a news organisation's word."""
    for event in reversed(earlier):
        if not (event.actors or event.recipients) or event.type == "REJECT":
            continue
        if any(s.role == SourceRole.MEDIA for s in event.sources):
            return event
        if any(
            (q.cue or "").lower().startswith(REPORT_CUES)
            and event.start <= q.start < event.end
            and q.stance == StanceKind.ASSERTS
            for q in quotes
        ):
            return event
    return None
