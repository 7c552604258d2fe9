"""Text dumps: headline, body and furniture kept apart with a kind, nothing lost."""

import importlib
import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from newsledger.clean.furniture import (
    FurnitureModel,
    classify_line,
    classify_lines,
)
from newsledger.clean.line_features import (
    CONTEXT_NAMES,
    FEATURE_NAMES,
    context_features,
    features,
    learn_vocabulary,
    vocabulary_scores,
)
from newsledger.clean.site_lines import site_boilerplate
from newsledger.read.text_dump import read_text_dump

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "examples" / "seed" / "article.txt"

DUMP = """\
Home
Politics
Economy
Sport
Culture
EUR/USD 1.0842 +0.3%
Harbour authority rejects claims of secret tanker deal
By Maria Lindqvist
Photo: Harbour Press Office
The port authority of Valmora on Tuesday rejected reports that it had agreed a secret deal \
with a foreign tanker operator, calling the claims "entirely unfounded".
"No such agreement exists, and none has been negotiated," the authority's spokeswoman, \
Elena Brandt, told reporters at a briefing in the harbour offices.
Local newspapers had reported last week that the operator was promised exclusive berths for \
ten years in exchange for financing a new terminal, citing two unnamed officials.
Questions from the council
The city council has asked the authority to publish all contracts signed since January, and \
several members said they would call the director to a hearing next month.
Share on Facebook
Share on Twitter
Related articles
Council approves new ferry timetable
Storm damage closes northern pier
We use cookies to improve your experience. Accept all
"""


def test_headline_body_and_furniture_kinds():
    article = read_text_dump(DUMP, "harbour.txt", raw=DUMP.encode())
    assert article.title == "Harbour authority rejects claims of secret tanker deal"
    assert article.body.startswith(article.title + "\n\n")
    assert article.title_start == 0
    assert "No such agreement exists" in article.body
    assert "Questions from the council" in article.body  # a subheading is article text
    kinds = {f.text: f.kind for f in article.furniture}
    assert kinds["EUR/USD 1.0842 +0.3%"] == "ticker"
    assert kinds["By Maria Lindqvist"] == "byline"
    assert kinds["Photo: Harbour Press Office"] == "credit"
    assert kinds["Share on Facebook"] == "share"
    assert kinds["Related articles"] == "related"
    assert kinds["Council approves new ferry timetable"] == "related"
    assert kinds["We use cookies to improve your experience. Accept all"] == "cookie"
    assert kinds["Home"] == "menu"
    for furniture in article.furniture:
        assert furniture.text not in article.body.splitlines()


def test_nothing_is_lost_and_line_numbers_point_into_the_dump():
    article = read_text_dump(DUMP, "harbour.txt")
    lines = DUMP.splitlines()
    body_lines = [line for line in article.body.splitlines() if line]
    assert len(body_lines) + len(article.furniture) == len(lines)
    for furniture in article.furniture:
        assert lines[furniture.line] == furniture.text
    assert article.raw_kind == "txt"
    assert article.language == "en"


def test_rules_decide_single_lines_without_context():
    assert classify_line("3.77 USD") == "ticker"
    assert classify_line("DAX 15.234 +0,5%") == "ticker"
    assert classify_line("Foto: dpa") == "credit"
    assert classify_line("Von Anna Becker") == "byline"
    assert classify_line("Artikel teilen") == "share"
    assert classify_line("Jetzt Newsletter abonnieren") == "subscribe"
    assert classify_line("Von der Leyen warnt vor neuer Krise") is None
    assert classify_line("Market share of electric cars rose sharply in March.") is None


def test_a_teaser_opened_by_a_marked_prompt_is_furniture():
    assert classify_line("Read more: Council approves new ferry timetable") == "subscribe"
    assert classify_line("Lesen Sie auch: Sturm beschädigt den Nordpier") == "related"
    assert classify_line("À lire aussi » Le port rejette les accusations") == "related"
    # the phrase must be closed by a mark and followed by a story title
    assert classify_line("Read more about the deal in the council papers") is None
    assert classify_line("Related: the deal") is None


def test_classify_line_with_context_matches_classify_lines():
    lines = [line for line in DUMP.splitlines() if line.strip()]
    kinds = classify_lines(lines)
    assert [classify_line(line, lines, i) for i, line in enumerate(lines)][:8] == kinds[:8]


def test_lines_repeated_across_a_sites_dumps_are_boilerplate():
    footer = "Valmora Daily - independent since 1921"
    dumps = [DUMP + footer, "Another story\nSome text.\n" + footer, "Third\n" + footer]
    repeated = site_boilerplate(dumps)
    assert footer.lower() in repeated
    assert "another story" not in repeated
    article = read_text_dump(dumps[0], "a.txt", repeated=repeated)
    assert {"text": footer, "kind": "boilerplate"} in [
        {"text": f.text, "kind": f.kind} for f in article.furniture
    ]
    assert footer not in article.body


def test_empty_dump_gives_empty_body():
    article = read_text_dump("\n\n", "empty.txt")
    assert article.body == "" and article.title is None


def test_seed_dump():
    if not SEED.is_file():
        pytest.skip("the shared seed article (../shared/examples/seed) is not present")
    article = read_text_dump(SEED.read_text(encoding="utf-8"), str(SEED))
    assert article.title == "Peskov denies rumors of Putin-Trump phone call"
    tickers = [f for f in article.furniture if f.kind == "ticker"]
    assert [f.text for f in tickers] == ["3.77 BYN", "2.96 BYN", "3.47 BYN"]
    assert len(article.furniture) == 3
    assert "BYN" not in article.body
    assert "\nContacts with American leaders\n" in article.body
    assert article.body.startswith(article.title + "\n\n")


def test_a_short_text_without_page_around_it_is_all_body():
    article = read_text_dump(
        "Ministers meet\n\nThe foreign ministers met in Oslo on Monday.\n", "m"
    )
    assert article.title == "Ministers meet"
    assert article.body == "Ministers meet\n\nThe foreign ministers met in Oslo on Monday."
    assert article.furniture == []


def test_context_features_see_article_on_both_sides():
    p = np.array([0.1, 0.9, 0.2, 0.8, 0.05])
    rows = context_features(p)
    assert rows.shape == (5, len(CONTEXT_NAMES))
    between = rows[:, CONTEXT_NAMES.index("p_between")]
    # the weak line between two strong ones sits inside the article; the edges do not
    assert between[2] > 0.8 and between[0] == 0.0 and between[4] == 0.0
    assert rows[2, CONTEXT_NAMES.index("p_prev")] == 0.9
    assert rows[2, CONTEXT_NAMES.index("p_next")] == 0.8


def test_a_model_for_other_features_is_refused():
    raw = json.loads(
        resources.files("newsledger.data").joinpath("furniture_model.json").read_text()
    )
    assert FurnitureModel.from_dict(raw).threshold == raw["threshold"]
    raw["features"] = raw["features"][:-1]
    with pytest.raises(RuntimeError):
        FurnitureModel.from_dict(raw)


def test_vocabulary_counts_pages_not_lines():
    # one site repeating its menu word many times weighs like one page
    pages = [
        (["Privacy", "Privacy", "Privacy", "The minister said the plan would work."], [0, 0, 0, 1]),
        (["Privacy policy", "Officials said talks went on."], [0, 1]),
        (["Privacy", "The mayor said nothing.", "unlabelled said"], [0, 1, -1]),
    ]
    furniture, body = learn_vocabulary(pages, min_pages=2)
    assert furniture["privacy"] == 3 and body["privacy"] == 0
    assert body["said"] == 3 and furniture["said"] == 0
    assert "policy" not in furniture  # one page only
    scores = vocabulary_scores(furniture, body)
    assert scores["privacy"] > 0 > scores["said"]


def test_vocabulary_and_title_shape_the_features():
    lines = [
        "Harbour authority rejects claims | Valmora Daily",
        "Privacy settings",
        "Harbour authority rejects claims",
        "The authority said the claims were unfounded.",
    ]
    vocabulary = {"privacy": 3.0, "settings": 2.0, "said": -1.5}
    rows = features(lines, vocabulary)
    column = {name: rows[:, FEATURE_NAMES.index(name)] for name in FEATURE_NAMES}
    assert column["vocab_mean"][1] == 2.5 and column["vocab_known"][1] == 1.0
    assert column["vocab_lead"][1] == 3.0
    assert column["vocab_mean"][3] == -1.5 and column["vocab_known"][3] == 1 / 7
    assert column["next_vocab_mean"][0] == 2.5 and column["prev_vocab_mean"][2] == 2.5
    assert features(lines)[:, FEATURE_NAMES.index("vocab_mean")].tolist() == [0.0] * 4
    # the headline repeats the page title (the dump's first line); the menu line does not
    assert column["in_title"].tolist() == [0.0, 0.0, 1.0, 0.0]
    assert column["title_overlap"][2] == 1.0 and column["title_overlap"][1] == 0.0


def test_shipped_vocabulary_tells_prompt_words_from_reporting_words():
    raw = json.loads(
        resources.files("newsledger.data").joinpath("furniture_model.json").read_text()
    )
    vocabulary = FurnitureModel.from_dict(raw).vocabulary
    for word in ("privacy", "newsletter", "impressum"):
        assert vocabulary[word] > 1.0
    for word in ("said", "however", "sagte"):
        assert vocabulary[word] < -0.5


def test_trainer_labels_every_line_a_snippet_spans(monkeypatch):
    pytest.importorskip("sklearn")
    pytest.importorskip("trafilatura")
    pytest.importorskip("html_text", reason="the trainer needs the bench extra (html-text)")
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    trainer = importlib.import_module("train_furniture")
    lines = ["Harbour deal denied", "The authority denied it.", "AGB", "Impressum", "Datenschutz"]
    item = {"with": ["authority denied"], "without": ["AGB Impressum Datenschutz"]}
    labels, weights = trainer.with_snippets(item, lines, [1, 1, 1, 1, 0])
    assert labels == [1, 1, 0, 0, 0]
    assert weights.tolist() == [1.0] + [trainer.SNIPPET_WEIGHT] * 4


STAMPED = (
    "World | Europe | Markets\n"
    "Harbour pilots end strike after pay deal\n"
    "12:45, 4 March 2024\n"
    "Harbour pilots in Gdansk returned to work on Monday after the port authority agreed to "
    "raise their pay, a union spokeswoman said.\n"
    "Share on Facebook\n"
)


def test_a_time_stamp_under_the_headline_is_furniture_not_the_title():
    article = read_text_dump(STAMPED, "stamped.txt")
    assert article.title == "Harbour pilots end strike after pay deal"
    assert ("12:45, 4 March 2024", "date") in [(f.text, f.kind) for f in article.furniture]
    assert "12:45" not in article.body


def test_a_headline_that_opens_with_a_date_stays_the_title():
    """Near miss: a line with words of its own beside the date is no stamp."""
    dump = STAMPED.replace("12:45, 4 March 2024\n", "").replace(
        "Harbour pilots end strike", "March 4 harbour pilots end strike"
    )
    article = read_text_dump(dump, "dated-headline.txt")
    assert article.title == "March 4 harbour pilots end strike after pay deal"
    assert not [f for f in article.furniture if f.kind == "date"]
