"""Shared fixtures: where the shared dev data lives, and one spaCy pipeline per test session."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "examples" / "seed" / "article.txt"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("the shared seed article (../shared/examples/seed) is not present")
    return SEED


@pytest.fixture(scope="session")
def pipeline():
    """The shared spaCy pipeline, newsledger's components included."""
    from newsledger import nlp

    return nlp.load()


@pytest.fixture(scope="session")
def kb():
    """The shipped actor base."""
    from newsledger.resolve.kb import ActorBase

    return ActorBase.default()


@pytest.fixture(scope="session")
def stages():
    from newsledger.pipeline import Stages

    return Stages.load()


@pytest.fixture(scope="session")
def events_of(stages):
    """The event mentions the coder finds in a text, read against a publication date."""
    from datetime import date

    from newsledger import nlp
    from newsledger.extract.events import extract_events
    from newsledger.extract.times import extract_times

    pipeline = nlp.load()

    def run(text: str, published: date = date(2024, 11, 11)):
        doc = pipeline(text)
        times = extract_times(doc, published)
        return extract_events(doc, times, stages.lexicon, stages.country_of)

    return run
