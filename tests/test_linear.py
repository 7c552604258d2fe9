"""Every stage reads the whole doc a fixed number of times, however many mentions it holds.

spaCy rebuilds `Doc.text`, `Doc.sents` and `Doc.ents` by walking every token on each access,
so a stage that reads them once per entity, event or quote costs (mentions x tokens): a
30,000-word document once took minutes. Wall-clock limits are flaky on a shared machine, so
this counts the work instead: the analysis of a document four times longer (four times the
entities) must make the same number of whole-doc walks, and build the shared index once.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from newsledger import docindex, nlp
from newsledger.model import Article
from newsledger.pipeline import analyze_doc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


class CountingDoc(Doc):
    """A parsed doc that counts each walk over all of its tokens."""

    walks: Counter

    @property
    def text(self) -> str:
        self.walks["text"] += 1
        return super().text

    @property
    def sents(self):
        self.walks["sents"] += 1
        return super().sents

    @property
    def ents(self):
        self.walks["ents"] += 1
        return super().ents

    def __iter__(self):
        self.walks["iter"] += 1
        return super().__iter__()


def _walks(text: str, stages) -> tuple[Counter, Article]:
    parsed = nlp.parse_one(text)
    doc = CountingDoc(parsed.vocab).from_bytes(parsed.to_bytes())
    doc.walks = Counter()
    article = analyze_doc(Article(id="doc", body=text, language="en"), doc, stages)
    return doc.walks, article


def test_the_doc_is_walked_as_often_whatever_its_length(stages, monkeypatch):
    builds = Counter()
    build = docindex._build

    def counted(doc: Doc) -> docindex.DocIndex:
        builds[len(doc)] += 1
        return build(doc)

    monkeypatch.setattr(docindex, "_build", counted)
    articles = [p.read_text(encoding="utf-8").strip() for p in sorted(EXAMPLES.glob("*.txt"))]
    short = "\n\n".join(articles)
    walks, article = _walks(short, stages)
    long_walks, long_article = _walks("\n\n".join([short] * 4), stages)
    assert list(builds.values()) == [1, 1]  # one index per doc, shared by every stage
    # The longer document does hold four times the mentions a per-mention scan would walk for.
    assert len(long_article.entities) >= 3 * len(article.entities) > 0
    assert len(long_article.events) >= len(article.events) > 0  # repeats may merge
    assert long_walks == walks
    # The counting doc is really seen: the index and the extractors walk it a few times.
    assert 0 < walks["text"] <= 8 and walks["sents"] <= 8
