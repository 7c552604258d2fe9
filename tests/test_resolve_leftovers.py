"""Actor resolution leftovers: appositions after a description, owned bodies sited in a
place, bare bodies that point back to an owned one, and the town of a visit."""

from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase

COUNTERPARTS = (
    "Thai Defence Minister Niran Sukjai met his Cambodian counterpart, Heng Vuthy, near the "
    "border on Monday. Polish Prime Minister Adam Zielinski wrote to his Czech counterpart, "
    "Pavel Horak, last week."
)
EMBASSIES = (
    "Chile's embassy in Quito denied the report on Friday. The embassy said no meeting had "
    "taken place. An aide at the Bolivian embassy in Lima declined to comment."
)
PRESIDENCY = (
    "Kenyan President Daniel Otieno paid a one-day visit to Kampala on Monday, where he held "
    "talks with Ugandan President Moses Okello, Kenya's presidency said.\n"
    "According to the presidency, the two leaders last met in March."
)


def resolved(pipeline, text: str, phrase: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    resolver = MentionResolver(pipeline(text), ActorBase.default(), "2026-06-23")
    return resolver.resolve(start, start + len(phrase))


def test_name_after_a_counterpart_takes_its_country(pipeline):
    actor = resolved(pipeline, COUNTERPARTS, "Pavel Horak")
    assert (actor.name, actor.country) == ("Pavel Horak", "CZE")


def test_counterpart_description_is_the_name_in_apposition(pipeline):
    actor = resolved(pipeline, COUNTERPARTS, "his Cambodian counterpart")
    assert (actor.name, actor.kind, actor.country) == ("Heng Vuthy", "person", "KHM")


def test_owned_embassy_is_the_owner_not_the_host(pipeline):
    actor = resolved(pipeline, EMBASSIES, "Chile's embassy in Quito")
    assert (actor.kind, actor.country) == ("organization", "CHL")
    other = resolved(pipeline, EMBASSIES, "the Bolivian embassy in Lima")
    assert (other.kind, other.country) == ("organization", "BOL")


def test_bare_embassy_points_back_to_the_owned_one(pipeline):
    earlier = resolved(pipeline, EMBASSIES, "Chile's embassy")
    later = resolved(pipeline, EMBASSIES, "The embassy")
    assert later.name == earlier.name and later.country == "CHL"


def test_bare_presidency_is_the_one_named_before_not_the_hosts(pipeline):
    actor = resolved(pipeline, PRESIDENCY, "the presidency")
    assert (actor.kind, actor.country) == ("organization", "KEN")


def test_officials_in_a_capital_still_stand_for_its_country(pipeline):
    text = "Officials in Nairobi said the talks would resume."
    actor = resolved(pipeline, text, "Officials in Nairobi")
    assert actor is None or actor.country in (None, "KEN")


def test_visit_to_a_town_keeps_the_town_as_the_place():
    from newsledger.model import Article
    from newsledger.pipeline import analyze

    article = Article(id="t1", body=PRESIDENCY, published="2026-06-23")
    done = next(iter(analyze([article])))
    visits = [e for e in done.events if e.mode == "visit"]
    assert visits and visits[0].location == "Kampala"
    hosts = {p.country for p in visits[0].actors + visits[0].recipients}
    assert hosts == {"KEN", "UGA"}  # the host is the country (or its leader), not the town


def test_official_described_before_a_comma_gets_the_country_and_keeps_it_as_she(pipeline):
    text = (
        "A spokeswoman for Ecuador's interior ministry, Ana Lucero, declined to comment on "
        "Tuesday.\nShe said the minister had met his Peruvian counterpart in March."
    )
    named = resolved(pipeline, text, "Ana Lucero")
    assert (named.country, named.sector) == ("ECU", "GOV")
    she = resolved(pipeline, text, "She")
    assert (she.name, she.country) == ("Ana Lucero", "ECU")


def test_description_before_a_comma_leaves_the_name_a_person(pipeline):
    text = "A fierce critic of the Venezuelan government, Jorge Salas, spoke on Monday."
    actor = resolved(pipeline, text, "Jorge Salas")
    assert (actor.name, actor.kind) == ("Jorge Salas", "person")


def test_bare_ministry_with_no_owner_before_is_the_lead_subjects(pipeline):
    text = (
        "Kenyan President Daniel Otieno paid a one-day visit to Kampala on Monday, where he "
        "held talks with Ugandan President Moses Okello.\n"
        "The foreign ministry said trade was discussed."
    )
    actor = resolved(pipeline, text, "The foreign ministry")
    assert (actor.kind, actor.country) == ("organization", "KEN")
