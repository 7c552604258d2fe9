"""One way for tests to run the whole pipeline on an invented text: the analysed Article."""

from functools import lru_cache


@lru_cache(maxsize=1)
def _stages():
    from newsledger.pipeline import Stages

    return Stages.load()


def analyse(text: str, published: str = "2024-03-06"):
    """The article `text` makes, analysed by every stage (events, quotes, sources, roles)."""
    from newsledger.model import Article
    from newsledger.pipeline import analyze

    article = Article(id="t", title="", body=text, published=published)
    return next(iter(analyze([article], _stages())))


def titled_article(id_: str, body: str, published: str):
    """An Article from a test story whose first paragraph is its headline."""
    from newsledger.model import Article

    title, _, rest = body.partition("\n\n")
    return Article(id=id_, title=title, body=rest, published=published)


def ledger_events(tmp_path, stages, stories: list[tuple[str, str]]):
    """The ledger's events after ingesting test stories (body with its headline first,
    publication date) in order, into a ledger of its own under `tmp_path`."""
    from newsledger.ledger import Ledger
    from newsledger.pipeline import analyze

    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        articles = [titled_article(str(n), body, day) for n, (body, day) in enumerate(stories)]
        for article in analyze(articles, stages):
            ledger.save_article(article)
        return ledger.events()
    finally:
        ledger.close()
