"""The knowledge base memoises its phrase look-ups; callers must still get actors of their own."""

from newsledger.resolve.kb import ActorBase


def test_lookup_gives_a_fresh_actor_each_time():
    kb = ActorBase.default()
    first = kb.lookup("the Foreign Ministry of France", "2020-01-01")
    assert first is not None
    first.kind, first.sector = "changed", "XXX"  # what coref does to an actor it corrects
    first.aliases.append("changed")
    again = kb.lookup("the Foreign Ministry of France", "2020-01-01")
    assert again is not first
    assert again.kind == "organization" and again.sector == "GOV" and again.aliases == []


def test_seat_of_government_found_as_whole_words_only():
    kb = ActorBase.default()
    seat, iso = next(iter(kb.seats.items()))
    assert kb.country_in(f"a {seat} source") == iso
    assert kb.country_in(f"the {seat} spokesman said") == iso  # memoised: same answer again
