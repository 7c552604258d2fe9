"""An armed body or police named only by what it is speaks for the one participant of its own
kind: "Tovan forces shelled ..., the army said" is the Tovan army's word (product.md: a
participant's own side confirms). Sentences invented for these tests."""

from analysis import analyse


def _event(text: str, kind: str):
    return next(e for e in analyse(text).events if e.type == kind)


def _role(event, name: str) -> str:
    return next(s.role for s in event.sources if s.name == name)


def test_the_army_telling_of_its_countrys_forces_is_their_side(pipeline):
    event = _event(
        "Ugandan forces shelled rebel positions near the border, the army said.", "ASSAULT"
    )
    assert _role(event, "the army") == "participant"
    assert event.status == "confirmed"


def test_the_army_in_a_clash_of_two_armies_is_no_ones_side(pipeline):
    """Near miss: with forces on both sides, "the army" could be either."""
    event = _event(
        "Ugandan forces clashed with Kenyan troops near the border, the army said.", "ASSAULT"
    )
    assert _role(event, "the army") == "other"


def test_the_army_telling_of_police_is_not_their_side(pipeline):
    """Near miss: a body of another kind than the participant's."""
    text = "Kenyan police arrested three Ugandan fishermen on Sunday, the army said."
    assert _role(_event(text, "COERCE"), "the army") == "other"


def test_both_sides_saying_it_is_the_participants_confirming(pipeline):
    """ "The two sides" can speak: the participants together (product.md's "both
    governments")."""
    event = _event(
        "Tovan leader Ilo Marr and Ada Pell spoke by phone on Tuesday, the two sides said.",
        "CONSULT",
    )
    assert _role(event, "the two sides") == "participant"
    assert event.status == "confirmed"


def test_the_two_sides_of_a_one_sided_act_are_not_its_participants(pipeline):
    """Near miss: with one participant, "the two sides" are not that one's side."""
    event = _event("Ilo Marr resigned on Tuesday, the two sides said.", "RETREAT")
    assert _role(event, "the two sides") == "other"


def test_officials_placed_by_a_capital_are_no_official_record(pipeline):
    """Unnamed officials are not the government's record, however the resolver placed them."""
    text = "Officials in Ankara confirmed that Erdogan had spoken with Putin."
    assert _role(_event(text, "CONSULT"), "Officials in Ankara") == "other"


def test_a_presidency_placed_by_its_country_is_the_record(pipeline):
    """Near miss: a state body, not people in it, confirms."""
    event = _event(
        "The Turkish presidency confirmed that Erdogan had spoken with Putin.", "CONSULT"
    )
    assert event.status == "confirmed"
