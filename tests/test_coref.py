"""In-article resolution: descriptions, surnames, role nouns and pronouns, then the base."""

from pathlib import Path

import pytest
from mentions import span

from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"

ARTICLE = (
    "Moldovan Foreign Minister Ion Popescu met Canadian Prime Minister Justin Trudeau in "
    "Ottawa on Monday. The Moldovan minister said the talks were useful. "
    "Trudeau thanked him for the visit. He said Canada would keep its support.\n"
    "Separately, the Russian president spoke to reporters in Moscow."
)


def resolver(pipeline, text: str, dct: str | None) -> MentionResolver:
    return MentionResolver(pipeline(text), ActorBase.default(), dct)


@pytest.fixture(scope="module")
def article(pipeline) -> MentionResolver:
    return resolver(pipeline, ARTICLE, "2019-06-01")


def test_unknown_person_described_by_the_article(article):
    actor = article.resolve(*span(ARTICLE, "Ion Popescu"))
    assert (actor.name, actor.country, actor.sector) == ("Ion Popescu", "MDA", "GOV")
    assert actor.role == "Foreign Minister of Moldova"


def test_role_noun_refers_to_the_person_the_article_introduced(article):
    assert article.resolve(*span(ARTICLE, "The Moldovan minister")).name == "Ion Popescu"


def test_surname_resolves_to_the_full_name(article):
    trudeau = article.resolve(*span(ARTICLE, "Trudeau", 1))
    assert (trudeau.name, trudeau.country, trudeau.role) == (
        "Justin Trudeau", "CAN", "Prime Minister of Canada"
    )  # fmt: skip


def test_pronoun_is_the_previous_subject(article):
    assert article.resolve(*span(ARTICLE, "He said")[:1], span(ARTICLE, "He said")[0] + 2).name == (
        "Justin Trudeau"
    )


def test_role_noun_not_in_the_article_comes_from_the_base_as_of_the_date(article):
    start, end = span(ARTICLE, "the Russian president")
    assert article.resolve(start, end).name == "Vladimir Putin"


def test_entities_carry_actors_and_skip_non_actors(article):
    labels = {e.text: (e.label, e.actor) for e in article.entities()}
    assert labels["Justin Trudeau"] == ("PERSON", "Justin Trudeau")
    assert labels["Moscow"][1] == "Russia"
    assert "Monday" not in labels


def test_actors_listed_once_with_article_roles(article):
    actors = article.actors()
    names = [a.name for a in actors]
    assert names.count("Justin Trudeau") == 1
    assert "Ion Popescu" in names
    assert all(a.kind != "place" for a in actors)


def test_hyphenated_name_pair_is_split(pipeline):
    text = "Peskov denies rumors of Putin-Trump phone call"
    r = resolver(pipeline, text, "2024-11-11")
    names = {e.actor for e in r.entities()}
    assert {"Vladimir Putin", "Donald Trump"} <= names


@pytest.fixture(scope="module")
def seed(pipeline) -> tuple[str, MentionResolver]:
    if not SEED.is_file():
        pytest.skip("the shared seed article (../shared/examples/seed) is not present")
    raw = SEED.read_text(encoding="utf-8")
    body = raw[raw.index("Peskov denies") :]
    return body, resolver(pipeline, body, "2024-11-11")


def test_seed_role_nouns_and_pronoun(seed):
    body, r = seed
    peskov = r.resolve(*span(body, "the Kremlin spokesman"))
    assert (peskov.name, peskov.country, peskov.sector) == ("Dmitry Peskov", "RUS", "GOV")
    assert r.resolve(*span(body, "the Russian president")).name == "Vladimir Putin"
    he = body.index("He and Joe Biden")
    assert r.resolve(he, he + 2).name == "Vladimir Putin"


def test_seed_actors(seed):
    _, r = seed
    actors = {a.name: a for a in r.actors()}
    post = actors["The Washington Post"]
    assert (post.country, post.sector) == ("USA", "JRN")
    assert actors["Reuters"].sector == "JRN"
    trump = actors["Donald Trump"]
    assert (trump.country, trump.sector) == ("USA", "GOV")
    assert "elect" in trump.role.lower()
    biden = actors["Joe Biden"]
    assert (biden.country, biden.sector) == ("USA", "GOV")
    assert not {"COVID", "Kiev", "Putin-Trump"} & set(actors)


def test_pronoun_is_not_the_person_coordinated_with_it(pipeline):
    text = (
        "Turkish President Recep Tayyip Erdogan spoke on Friday. "
        "He and Vladimir Putin discussed grain exports."
    )
    r = resolver(pipeline, text, "2023-03-01")
    he = text.index("He and")
    assert r.resolve(he, he + 2).name == "Recep Tayyip Erdoğan"


def test_role_noun_without_country_follows_the_article(pipeline):
    text = (
        "Kazakh President Kassym-Jomart Tokayev arrived in Astana. "
        "The president told reporters that talks would continue."
    )
    r = resolver(pipeline, text, "2023-03-01")
    start, end = span(text, "The president")
    assert r.resolve(start, end).name == "Kassym-Jomart Tokayev"


def test_pronoun_agrees_with_given_name_or_title(pipeline):
    text = (
        "Foreign Minister Anna Novak met Defence Minister Peter Horvat on Monday. "
        "Mr. Horvat spoke first. Later she said the talks had gone well."
    )
    r = resolver(pipeline, text, "2023-03-01")
    she = text.index("she said")
    assert r.resolve(she, she + 3).name == "Anna Novak"


def test_first_person_and_neuter_pronouns_name_no_actor(pipeline):
    text = (
        "Prime Minister Ana Brnabic spoke in Belgrade. "
        '"Our trade is open and we follow the rules," she said. It was her first visit.'
    )
    r = resolver(pipeline, text, "2019-06-01")
    for phrase in ("Our", "we", "It"):
        assert r.resolve(*span(text, phrase)) is None, phrase
    assert r.resolve(*span(text, "she")).name == "Ana Brnabic"


def test_role_noun_is_the_person_introduced_with_that_title(pipeline):
    text = (
        "Weber visits Rome\n"
        "Austrian Chancellor Karl Weber met Italian Prime Minister Marco Bianchi in Rome on "
        "Monday. Bianchi thanked the chancellor for the visit."
    )
    r = resolver(pipeline, text, "2024-05-01")
    # the headline's surname came first; the description still gives Weber the title
    assert r.resolve(*span(text, "the chancellor")).name == "Karl Weber"


def test_role_noun_with_nationality_is_the_most_recent_matching_person(pipeline):
    text = (
        "Japanese Foreign Minister Aiko Tanaka met Indian External Affairs Minister Ravi Kumar "
        "in Tokyo. Japanese Economy Minister Kenji Sato joined them later. Tanaka spoke first. "
        "The Japanese minister asked India to buy more trains. The minister also visited Osaka."
    )
    r = resolver(pipeline, text, "2024-05-01")
    assert r.resolve(*span(text, "The Japanese minister")).name == "Aiko Tanaka"
    assert r.resolve(*span(text, "The minister")).name == "Aiko Tanaka"


def test_rank_words_must_agree(pipeline):
    text = (
        "Iranian Deputy Foreign Minister Reza Karimi met Turkish Foreign Minister Ali Demir "
        "in Geneva. The deputy minister said more talks would follow."
    )
    r = resolver(pipeline, text, "2024-05-01")
    assert r.resolve(*span(text, "The deputy minister")).name == "Reza Karimi"


def test_spokesman_without_country_is_the_article_spokesman(pipeline):
    text = (
        "Government spokesman Lukas Brandt denied the report. "
        '"There was no such call," the spokesman said.'
    )
    r = resolver(pipeline, text, "2024-05-01")
    assert r.resolve(*span(text, "the spokesman")).name == "Lukas Brandt"


def test_pronoun_subject_is_a_surname_the_tagger_missed(pipeline):
    text = (
        "This was stated by presidential adviser Joao Ferreira on Monday. Xi and Lula met. "
        "Ferreira had travelled to Beijing in the spring, where he and Foreign Minister "
        "Wang Yi agreed on a plan."
    )
    r = resolver(pipeline, text, "2024-11-21")
    he = text.index("he and")
    assert r.resolve(he, he + 2).name == "Joao Ferreira"


def test_person_described_by_an_organisation_is_the_person(pipeline):
    text = "IAEA Director General Maria Santos visited Tehran. The visit lasted two days."
    r = resolver(pipeline, text, "2024-11-21")
    santos = r.resolve(*span(text, "IAEA Director General Maria Santos"))
    assert (santos.name, santos.kind, santos.sector) == ("Maria Santos", "person", "GOV")


def test_outlet_nouns_name_the_outlet(pipeline):
    text = (
        "The Austrian newspaper Kurier reported that the minister had resigned, "
        "the Nikkei newspaper said."
    )
    r = resolver(pipeline, text, "2024-11-21")
    assert r.resolve(*span(text, "The Austrian newspaper")).name == "Kurier"
    assert r.resolve(*span(text, "the Nikkei newspaper")).name == "Nikkei"


def test_institutions_are_not_their_heads(pipeline):
    text = (
        "Ukrainian President Volodymyr Zelensky met Erdogan, according to the Ukrainian "
        "presidency. The talks went well, the Turkish foreign ministry said."
    )
    r = resolver(pipeline, text, "2024-03-09")
    presidency = r.resolve(*span(text, "the Ukrainian presidency"))
    assert (presidency.name, presidency.kind) == ("Office of the President of Ukraine",
                                                  "organization")  # fmt: skip
    ministry = r.resolve(*span(text, "the Turkish foreign ministry"))
    assert (ministry.name, ministry.country) == ("Ministry of Foreign Affairs of Turkey", "TUR")


def test_countries_listed_after_a_plural_role_are_their_office_holders(pipeline):
    text = (
        "The chancellor met the presidents of Kazakhstan, Uzbekistan and Turkmenistan in "
        "Astana. The leaders of France and Germany also spoke. Trade with Uzbekistan grew."
    )
    r = resolver(pipeline, text, "2024-09-18")
    assert r.resolve(*span(text, "the presidents of Kazakhstan")).name == "Kassym-Jomart Tokayev"
    assert r.resolve(*span(text, "Uzbekistan")).name == "Shavkat Mirziyoyev"
    assert r.resolve(*span(text, "Turkmenistan")).name == "Serdar Berdimuhamedov"
    assert r.resolve(*span(text, "Germany")).name == "Olaf Scholz"
    assert r.resolve(*span(text, "Uzbekistan", 1)).name == "Uzbekistan"  # not in a list


def test_role_phrase_in_a_past_event_is_the_holder_then(pipeline):
    text = (
        "The Kremlin said Putin had spoken with the US president on Monday. "
        "Their last call before that took place in February 2022, the Kremlin said."
    )
    found = resolver(pipeline, text, "2025-06-04")
    start, end = span(text, "the US president")
    assert found.resolve(start, end).name == "Donald Trump"
    assert found.resolve(start, end, "2022-02-01").name == "Joe Biden"
    # A named person stays who the name says, whatever the day.
    named = "President Joe Biden met Putin."
    other = resolver(pipeline, named, "2025-06-04")
    start, end = span(named, "President Joe Biden")
    assert other.resolve(start, end, "2018-07-16").name == "Joe Biden"


def test_past_event_participants_resolve_as_of_the_event(stages):
    from newsledger.model import Article
    from newsledger.pipeline import analyze

    body = (
        "Kremlin recalls last call\n\n"
        "Putin's last telephone conversation with the US president took place on "
        "February 12, 2022, the Kremlin said."
    )
    article = Article(id="t", title="Kremlin recalls last call", body=body, published="2025-06-04")
    result = next(analyze([article], stages))
    calls = [e for e in result.events if e.type == "CONSULT" and e.date]
    assert calls and set(calls[0].participant_names()) == {"Vladimir Putin", "Joe Biden"}
