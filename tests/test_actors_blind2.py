"""Actors a state's own words place: a state as a person's possessor, a title told by the
state's body, its officers described without a country, a spokesperson named by title only,
and a newspaper described by its city."""

from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase


def resolve(pipeline, text: str, phrase: str, dct: str = "2026-03-01", nth: int = 0):
    resolver = MentionResolver(pipeline(text), ActorBase.default(), dct)
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return resolver.resolve(start, start + len(phrase))


def test_state_possessor_gives_a_person_its_country(pipeline):
    text = (
        "Chile's Rodrigo Valdivieso arrived in Lima on Monday for two days of talks on "
        "fishing quotas with officials there."
    )
    actor = resolve(pipeline, text, "Rodrigo Valdivieso")
    assert actor is not None and actor.kind == "person" and actor.country == "CHL"


def test_title_told_by_a_states_body_rejecting_reports_is_that_states(pipeline):
    text = (
        "Uruguay's foreign ministry on Friday rejected reports that Foreign Minister Ernesto "
        "Larrain had met rebel envoys in Caracas last month."
    )
    actor = resolve(pipeline, text, "Ernesto Larrain")
    assert actor is not None and actor.country == "URY"


def test_officers_described_without_country_belong_to_the_body_telling_of_them(pipeline):
    text = (
        "Latvia's interior ministry said on Friday that customs officers had seized two "
        "lorries of cigarettes at the eastern border crossing."
    )
    actor = resolve(pipeline, text, "customs officers")
    assert actor is not None and actor.country == "LVA"


def test_officers_in_a_clause_nobody_tells_get_no_guessed_country(pipeline):
    text = (
        "Latvia's interior ministry opened a new office in Riga. "
        "Customs officers seized two lorries of cigarettes at the border on Friday."
    )
    actor = resolve(pipeline, text, "Customs officers")
    assert actor is None or actor.country is None


def test_title_only_spokeswoman_speaks_for_the_ministry_named_before(pipeline):
    text = (
        "Bolivia's foreign ministry on Tuesday called the newspaper's account false. "
        '"The minister never left La Paz," the ministry spokeswoman told reporters. '
        "She said the two ministers had last spoken in March."
    )
    actor = resolve(pipeline, text, "the ministry spokeswoman")
    assert actor is not None and actor.kind == "person"
    assert actor.country == "BOL" and "spokeswoman" in actor.name
    assert resolve(pipeline, text, "She") == actor


def test_bare_spokesman_speaks_for_the_state_body_of_the_article(pipeline):
    text = (
        "Estonia's defence ministry said on Monday that the exercise would go ahead. "
        "The spokesman said about 3,000 troops would take part."
    )
    actor = resolve(pipeline, text, "The spokesman")
    assert actor is not None and actor.country == "EST"


def test_spokesman_after_a_company_is_not_a_states(pipeline):
    text = (
        "Finland's economy ministry approved the merger on Monday. Nordvik Timber said it "
        "would cut 200 jobs. A company spokesman said talks with unions would start soon."
    )
    actor = resolve(pipeline, text, "A company spokesman")
    assert actor is None or actor.country != "FIN"


def test_spokesperson_with_own_country_keeps_it(pipeline):
    text = (
        "Bolivia's foreign ministry on Tuesday called the account false. "
        "A Peruvian government spokesman said Lima had not been consulted."
    )
    actor = resolve(pipeline, text, "A Peruvian government spokesman")
    assert actor is None or actor.country in (None, "PER")


def test_newspaper_described_by_its_city_is_that_countrys_media(pipeline):
    text = (
        "The Morning Condor, a Lima newspaper, reported that the two ministers had signed "
        "a fisheries accord on Wednesday."
    )
    actor = resolve(pipeline, text, "The Morning Condor")
    assert actor is not None and actor.kind == "organization"
    assert (actor.country, actor.sector) == ("PER", "JRN")


def test_foreign_ministry_spokesman_by_title_speaks_for_the_named_foreign_ministry(pipeline):
    text = (
        "Peru's interior ministry said on Monday that the border would stay open, and "
        "Peru's foreign ministry called the decision final. "
        "The foreign ministry spokesman said talks would resume in May."
    )
    actor = resolve(pipeline, text, "The foreign ministry spokesman")
    assert actor is not None and actor.country == "PER"
    assert "Foreign" in actor.name or "foreign" in actor.name


def test_deputy_spokesman_is_not_taken_for_the_bodys_spokesperson(pipeline):
    text = (
        "Peru's foreign ministry called the decision final. "
        "The deputy spokesman said talks would resume in May."
    )
    actor = resolve(pipeline, text, "The deputy spokesman")
    assert actor is None or not actor.name.startswith("spokesman of")
