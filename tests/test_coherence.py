"""A long text stitched from unrelated sentences and lower-cased (spun spam) yields no events or
quotes; a story of the same length, a digest of unrelated items in edited case, and any short
text are read as usual."""

from __future__ import annotations

import logging

from newsledger import nlp
from newsledger.clean.coherence import MIN_SENTENCES, capitals, cohesion
from newsledger.model import Article
from newsledger.pipeline import analyze

# Each line has its own words: no two neighbours share a noun, verb or adjective.
UNRELATED = [
    "The governor pledged yesterday to veto every lame bill on his desk.",
    "Bright violet orchids bloom early across sheltered alpine meadows.",
    "Our plumber replaced corroded copper pipes beneath the kitchen sink.",
    "Medieval monks copied illuminated manuscripts by candlelight.",
    "Two brothers admitted abducting a teenager outside a casino in Reno.",
    "Hungry pelicans dive steeply into choppy harbour waters.",
    "Quantum processors require extremely cold refrigeration units.",
    "Grandma knitted woollen mittens for seven restless grandchildren.",
    "Volcanic ash grounded dozens of commercial flights over Iceland.",
    "The bakery sells sourdough loaves with crunchy golden crusts.",
    "Amateur astronomers photographed faint distant spiral galaxies.",
    "Retired sailors swapped exaggerated tales about stormy voyages.",
    "Cheap electric scooters clutter narrow cobbled sidewalks downtown.",
    "Botanists catalogued rare ferns growing inside damp limestone caves.",
    "The senator accused rival lobbyists of bribing county clerks.",
    "Children built elaborate sandcastles shaped like fortified towers.",
    "Modern violins rarely match antique Cremonese instruments tonally.",
    "Fresh basil releases fragrant oils when gently crushed.",
    "Marathon runners hydrate carefully during humid summer races.",
    "Archivists digitised brittle newspapers from colonial Jamaica.",
    "Police arrested three smugglers carrying counterfeit watches at Dover.",
    "Silk merchants once traded along dusty caravan routes.",
    "A chess prodigy defeated seasoned grandmasters at Wijk aan Zee.",
    "Tiny hummingbirds hover motionless above scarlet trumpet flowers.",
]


def _spun() -> str:
    """The unrelated lines as a spinner leaves them: every word past the first lower-cased."""
    return " ".join(line[0] + line[1:].lower() for line in UNRELATED)


def _story() -> str:
    """Twenty-four sentences about one dispute, each back on its ministers, talks or port."""
    lines = []
    for day in range(12):
        lines.append(f"Valmont's trade minister met Ostrava's trade minister on day {day + 1}.")
        lines.append(f"The ministers discussed port fees at the talks for {day + 2} hours.")
    return " ".join(lines)


def test_spun_text_does_not_hang_together_and_has_lost_its_case() -> None:
    assert len(UNRELATED) >= MIN_SENTENCES
    spun, story = nlp.parse_one(_spun()), nlp.parse_one(_story())
    assert cohesion(spun) < 0.5 < cohesion(story)
    assert capitals(spun) < 0.01 < capitals(story)


def test_a_short_text_is_never_judged() -> None:
    assert cohesion(nlp.parse_one(" ".join(UNRELATED[:8]))) is None


def test_spun_text_yields_no_events_and_says_why(stages, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="newsledger"):
        (article,) = analyze([Article(id="spam", body=_spun(), published="2024-04-08")], stages)
    assert article.events == [] and article.quotes == []
    assert any("spam" in r.getMessage() and "spun text" in r.getMessage() for r in caplog.records)
    (alone,) = analyze([Article(id="line", body=UNRELATED[20], published="2024-04-08")], stages)
    assert any(e.type == "COERCE" for e in alone.events)  # the same sentence alone is read


def test_a_digest_of_unrelated_items_keeps_its_events(stages) -> None:
    body = " ".join(UNRELATED)  # as incohesive as spam, but edited: names keep their capitals
    (article,) = analyze([Article(id="digest", body=body, published="2024-04-08")], stages)
    assert any(e.type == "COERCE" for e in article.events)


def test_a_long_story_keeps_its_events(stages) -> None:
    (article,) = analyze([Article(id="story", body=_story(), published="2024-04-08")], stages)
    assert any(e.type == "CONSULT" for e in article.events)
