""" "Its" before an office or a force is the state it points back to, also from inside a
reported clause ("Tovia denied that its foreign minister had ..."). Sentences invented here."""

from analysis import analyse


def _participants(text: str) -> dict[str, str | None]:
    return {p.text: p.country for e in analyse(text).events for p in e.actors + e.recipients}


def test_its_foreign_minister_in_a_denied_clause_is_the_denying_states(pipeline):
    found = _participants("Kenya denied that its foreign minister had met rebel envoys in Oman.")
    assert found.get("its foreign minister") == "KEN"


def test_its_troops_of_a_government_are_its_states(pipeline):
    found = _participants("Kenya's government said its troops had attacked rebels on Monday.")
    assert found.get("its troops") == "KEN"


def test_its_with_a_thing_names_no_official(pipeline):
    """Near miss: "its" before a thing is no participant taken from the owner."""
    found = _participants("Kenya denied that its nuclear programme had been attacked by rebels.")
    assert "its nuclear programme" not in found


def test_its_of_a_private_body_gives_no_country(pipeline):
    """Near miss: a party's leader is not a state official."""
    found = _participants("The opposition party said its leader had met the envoy on Monday.")
    assert found.get("its leader") is None
