"""Round-4 actor rules on invented sentences, each with a near-miss twin that must keep its
reading: a vehicle or weapon stands for its operator (or for no one), a bare plural of bodies
in a generic clause names no participant, and "the men" takes up the fuller phrase before it."""

from mentions import resolver_of, span

# -- a vehicle or weapon is the thing used: it stands for its operator ----------------------


def test_a_weapon_named_by_its_country_stands_for_that_country(kb):
    actor = kb.lookup("Ghanaian drones", "2026-03-01")
    assert actor is not None and actor.name == "Ghana"
    assert (actor.country, actor.sector) == ("GHA", "MIL")


def test_armed_people_of_a_country_keep_their_own_description(kb):
    actor = kb.lookup("Ghanaian troops", "2026-03-01")
    assert actor is not None and actor.name == "Ghanaian troops" and actor.country == "GHA"


def test_a_vehicle_stands_for_the_body_its_words_name(kb):
    actor = kb.lookup("a Ghanaian air force cargo plane", "2026-03-01")
    assert actor is not None and actor.name == "Ghanaian air force"
    assert (actor.country, actor.sector) == ("GHA", "MIL")


def test_a_vehicle_named_with_its_owner_after_of_stands_for_that_owner(kb):
    actor = kb.lookup("patrol boats of the Ghanaian navy", "2026-03-01")
    assert actor is not None and actor.name == "the Ghanaian navy" and actor.country == "GHA"


def test_a_vehicle_with_no_operator_names_no_one(kb):
    assert kb.lookup("eight helicopters", "2026-03-01") is None
    assert kb.lookup("dozens of tanks", "2026-03-01") is None


def test_people_counted_the_same_way_are_still_an_actor(kb):
    actor = kb.lookup("eight soldiers", "2026-03-01")
    assert actor is not None and actor.name == "eight soldiers"


def test_who_built_a_weapon_is_not_who_used_it(kb):
    assert kb.lookup("Ghanaian-made drones", "2026-03-01") is None
    assert kb.lookup("Ghanaian government drones", "2026-03-01").country == "GHA"


def test_an_attack_by_drones_is_coded_as_their_country(pipeline):
    text = "Ghanaian drones struck a depot near the border on Tuesday."
    actor = resolver_of(pipeline, text).resolve(*span(text, "Ghanaian drones"))
    assert actor is not None and actor.name == "Ghana"


# -- a bare plural of bodies in a generic clause is the kind, no participant ---------------


def test_a_bare_plural_of_bodies_in_a_generic_clause_is_no_actor(pipeline):
    text = "The senator said the assembly must make sure that provinces receive enough money."
    assert resolver_of(pipeline, text).resolve(*span(text, "provinces")) is None


def test_a_bare_plural_of_bodies_that_acted_once_is_still_an_actor(pipeline):
    text = "The senator said provinces rejected the budget on Monday."
    actor = resolver_of(pipeline, text).resolve(*span(text, "provinces"))
    assert actor is not None and actor.name == "provinces"


def test_a_counted_plural_of_bodies_is_a_particular_set(pipeline):
    text = "The senator said the two provinces must share the money."
    actor = resolver_of(pipeline, text).resolve(*span(text, "the two provinces"))
    assert actor is not None


def test_a_plural_of_people_in_a_generic_clause_is_still_a_group(pipeline):
    text = "The mayor said protesters must keep to the square."
    actor = resolver_of(pipeline, text).resolve(*span(text, "protesters"))
    assert actor is not None


# -- "the men" takes up the fuller phrase for the same group --------------------------------


def test_the_men_takes_up_the_fishermen_named_before(pipeline):
    text = (
        "Togolese sailors detained 14 Beninese fishermen at sea on Friday. "
        "Officials in Lome said the men would be questioned."
    )
    actor = resolver_of(pipeline, text).resolve(*span(text, "the men"))
    assert actor is not None and "Beninese fishermen" in actor.name and actor.country == "BEN"


def test_the_men_does_not_take_up_a_group_of_another_noun(pipeline):
    text = (
        "Togolese sailors met four Beninese officials at the port on Friday. "
        "A witness said the men were questioned."
    )
    actor = resolver_of(pipeline, text).resolve(*span(text, "the men"))
    assert actor is None or "officials" not in actor.name


def test_the_men_does_not_take_up_women(pipeline):
    text = (
        "Togolese sailors detained 14 Beninese women at sea on Friday. "
        "A witness said the men were questioned."
    )
    actor = resolver_of(pipeline, text).resolve(*span(text, "the men"))
    assert actor is None or "women" not in actor.name


def test_a_name_ending_in_a_vehicle_word_is_still_a_name(kb):
    actor = kb.lookup("Jim Tank", "2026-03-01")
    assert actor is not None and actor.name == "Jim Tank"
