"""A thing named with its nationality stands for that country as a participant ("imports of
Tovan sugar" -> Tovia's side): PLOVER codes political actors, not goods. Invented sentences."""

from analysis import analyse


def _recipients(text: str) -> list[str]:
    return [p.name for e in analyse(text).events for p in e.recipients]


def test_goods_of_a_nationality_are_that_country(pipeline):
    assert "Uganda" in _recipients("Kenya suspended imports of Ugandan sugar on Wednesday.")


def test_boats_of_a_nationality_are_that_country(pipeline):
    found = _recipients("Kenyan police seized Ugandan fishing boats on the lake on Sunday.")
    assert "Uganda" in found


def test_people_of_a_nationality_stay_people(pipeline):
    """Near miss: "Ugandan traders" are people, a group of that country, not the country."""
    found = _recipients("Kenya expelled Ugandan traders on Friday.")
    assert "Uganda" not in found and any("traders" in n for n in found)


def test_a_thing_placed_by_a_city_is_not_a_country(pipeline):
    """Near miss: a city's name tells where, not whose."""
    assert "United States" not in _recipients("Kenya banned Miami sugar imports on Friday.")


def _actors(text: str) -> list[str]:
    return [p.name for e in analyse(text).events for p in e.actors]


def test_a_call_received_from_someone_has_the_caller(pipeline):
    text = "Kenyan President Jomo Ostrander received a phone call from Ugandan President Ama Lule."
    assert {"Jomo Ostrander", "Ama Lule"} <= set(_actors(text))


def test_a_call_from_a_time_has_no_caller(pipeline):
    """Near miss: "from" a time names no one."""
    text = "Kenyan President Jomo Ostrander received a phone call from the early hours of Monday."
    assert not any("hours" in name for name in _actors(text))


def test_a_country_discussed_is_a_topic_not_a_host(pipeline):
    text = "Kenyan President Jomo Ostrander and Ama Lule discussed Somalia in a phone call."
    assert "Somalia" not in _recipients(text)


def test_a_country_visited_is_the_host(pipeline):
    """Near miss: a visit's object place is its host."""
    assert "Uganda" in _recipients("Kenyan President Jomo Ostrander visited Uganda on Monday.")


def test_doers_of_a_nationality_stay_people(pipeline):
    """Near miss: a noun of someone who does something ("providers") names people."""
    found = _recipients("Gunmen attacked Ugandan health providers near the border on Monday.")
    assert "Uganda" not in found
