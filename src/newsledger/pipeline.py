"""The pipeline: read -> clean -> analyse -> extract -> resolve -> store, in batches.

`analyze_doc` only runs an ordered list of named stages, each a small function with one
signature, `stage(doc, article, ctx)`, like spaCy's components: a stage can be switched off
(`Stages.without`) or run alone. Extraction stages leave mentions as text spans in the
`Context`; the resolve stage turns them into actors (resolve/article.py), so extraction never
depends on the knowledge base except through the `country_of` callable the context hands it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from newsledger import nlp
from newsledger.clean.coherence import incoherent
from newsledger.clean.language import detect_language
from newsledger.errors import ConfigError
from newsledger.extract import events_lexicon, factuality, lead_stance, roles_model
from newsledger.extract.events import extract_events
from newsledger.extract.events_lexicon import Lexicon
from newsledger.extract.quad import annotate as annotate_quads
from newsledger.extract.quotes import extract_quotes
from newsledger.extract.stance import attach_sources
from newsledger.extract.times import extract_times
from newsledger.extract.topics import attach_topics
from newsledger.model import Actor, Article, EventMention, Quote
from newsledger.resolve.article import resolve_article
from newsledger.resolve.kb import ActorBase, norm

BATCH_SIZE = 16
log = logging.getLogger(__name__)


@dataclass
class Context:
    """What the stages of one article share: the loaded resources and the working state
    (mention lists between extraction and resolution)."""

    kb: ActorBase
    lexicon: Lexicon
    country_of: Callable[[str], str | None]  # extraction's only way to ask the knowledge base
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    spun: bool = False  # the text does not hang together: no events or quotes are read from it


Stage = Callable[[Doc, Article, Context], None]


def language(doc: Doc, article: Article, ctx: Context) -> None:
    if not article.language:
        article.language = detect_language(article.body)


def coherence(doc: Doc, article: Article, ctx: Context) -> None:
    """A long text of unrelated, lower-cased sentences (spun spam) tells no events or quotes;
    it is still stored, with its entities and times, and the log says why it has none."""
    if incoherent(doc):
        ctx.spun = True
        log.warning(
            "%s: reads as spun text (unrelated sentences, names in lower case): no events read",
            article.id,
        )


def times(doc: Doc, article: Article, ctx: Context) -> None:
    article.times = extract_times(doc, _date(article.published))


def quotes(doc: Doc, article: Article, ctx: Context) -> None:
    if ctx.spun:
        return
    ctx.quotes = extract_quotes(doc)


def events(doc: Doc, article: Article, ctx: Context) -> None:
    """Event mentions as spans; subheadings drop out here, the headline stays."""
    if ctx.spun:
        return
    ctx.events = extract_events(
        doc, article.times, ctx.lexicon, ctx.country_of, title_start=article.title_start
    )


def roles(doc: Doc, article: Article, ctx: Context) -> None:
    """Fill an event's empty actor or recipient slot where the learned reading of who acts
    and who is acted on (extract/roles_model.py) is confident and the rules found no one."""
    roles_model.refine(doc, ctx.events, ctx.lexicon.people_nouns)


def asserted(doc: Doc, article: Article, ctx: Context) -> None:
    """Flag as hypothetical the events the text does not tell as having happened, by the
    learned reading of each event word's setting (extract/factuality.py), where the rules of
    the event coder left them told."""
    lexicon = ctx.lexicon
    factuality.flag(
        doc, ctx.events, factuality.source_words(lexicon.speech_verbs, lexicon.report_nouns)
    )


def topics(doc: Doc, article: Article, ctx: Context) -> None:
    attach_topics(doc, ctx.events, ctx.lexicon)


def sources(doc: Doc, article: Article, ctx: Context) -> None:
    """Who vouches for each event, with stance (a negated event's assertion denies it)."""
    attach_sources(doc, ctx.events, ctx.quotes, article.site or "the outlet")


def resolve(doc: Doc, article: Article, ctx: Context) -> None:
    lexicon = ctx.lexicon
    resolved = resolve_article(
        doc,
        article,
        ctx.quotes,
        ctx.events,
        ctx.kb,
        lexicon.having("message"),
        lexicon.reply_verbs,
        lexicon.having("directed"),
    )
    ctx.events, ctx.actors = resolved.events, resolved.actors
    article.entities = resolved.entities


def quad(doc: Doc, article: Article, ctx: Context) -> None:
    """Each event's cooperation/conflict class, after resolve (which replaces the mentions)."""
    annotate_quads(ctx.events, ctx.lexicon)


def done(doc: Doc, article: Article, ctx: Context) -> None:
    """The working state becomes the article's analysis."""
    article.quotes = ctx.quotes
    article.events = ctx.events
    article.actors = ctx.actors


STAGES: tuple[tuple[str, Stage], ...] = (
    ("language", language),
    ("coherence", coherence),
    ("times", times),
    ("quotes", quotes),
    ("events", events),
    ("roles", roles),
    ("factuality", asserted),
    ("topics", topics),
    ("sources", sources),
    ("stance", lead_stance.stage),  # the article's stance toward its lead claim
    ("resolve", resolve),
    ("quad", quad),
    ("done", done),
)


@dataclass
class Stages:
    """The loaded, shared parts of the pipeline (built once per process) and its stages, in
    the order they run."""

    kb: ActorBase
    lexicon: Lexicon = field(default_factory=events_lexicon.load)
    steps: dict[str, Stage] = field(default_factory=lambda: dict(STAGES))

    @classmethod
    def load(cls, vocabulary: Sequence[Path | str] | None = None) -> Stages:
        """Load spaCy, the actor base and the event vocabulary: the shipped one plus
        `vocabulary` files (default: those NEWSLEDGER_EVENTS_VOCAB names)."""
        nlp.load()
        return cls(kb=ActorBase.default(), lexicon=events_lexicon.load(vocabulary))

    def without(self, *names: str) -> Stages:
        """The same pipeline with the named stages switched off."""
        unknown = set(names) - set(self.steps)
        if unknown:
            raise ConfigError(f"no pipeline stage {sorted(unknown)} (stages: {list(self.steps)})")
        return replace(self, steps={n: s for n, s in self.steps.items() if n not in names})

    def context(self) -> Context:
        """Fresh working state for one article."""
        return Context(self.kb, self.lexicon, self.country_of)

    def country_of(self, text: str) -> str | None:
        """The country a place or participant text names (names, adjectives, capitals)."""
        return self.kb.country_in(norm(text))


def analyze(
    articles: Iterable[Article], stages: Stages | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Article]:
    """Analyse articles in batches through one spaCy pipeline; yields each as it is done."""
    stages = stages or Stages.load()
    pending: list[Article] = []
    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from _analyze_batch(pending, stages)
            pending = []
    if pending:
        yield from _analyze_batch(pending, stages)


def _analyze_batch(batch: list[Article], stages: Stages) -> Iterator[Article]:
    docs = nlp.parse([a.body for a in batch], batch_size=len(batch))
    for article, doc in zip(batch, docs, strict=True):
        analyze_doc(article, doc, stages)
        yield article


def analyze_doc(article: Article, doc: Doc, stages: Stages) -> Article:
    """Run the stages, in order, on one parsed article."""
    ctx = stages.context()
    for stage in stages.steps.values():
        stage(doc, article, ctx)
    return article


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
