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
def stages():
    from newsledger.pipeline import Stages

    return Stages.load()
