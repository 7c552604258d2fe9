"""Actors on wire news, round 13: descriptions, pronoun chains and coordinations that mislead.

Sentences written for these tests, with invented names and places. A definite description
recalls a named body by the head of its name ("the bureau" for a "Bureau of ..."); a subject
pronoun after a quote its speaker gave as "he said" is that speaker, and is never a person
named as its own verb's object; a description with a relative clause still takes the name in
apposition after it, and "X, or XY," gives X's short form, not a second body; a person the
parser coordinated with another person's place is still a participant; a noun that opens a
new clause ("... and police found ...") is no conjunct of the object before it; a subject
parted from its verb by a participle clause is still its subject; "Town, Country" and a
dateline's "Country (AP)" leave the country a country; someone's kin are unnamed people, not
that someone; and a document that asks ("a letter from X asking ...") asks for its author.
"""

from test_actors_r12 import _names, _of, resolve_nth  # the same helpers, one definition


def _analyze(body: str):
    from newsledger.model import Article
    from newsledger.pipeline import Stages, analyze

    article = Article(id="t", title="", body=body, published="2021-03-11")
    return next(iter(analyze([article], Stages.load()))).events


# -- "the bureau": the head of a name built on "of" ----------------------------------------------


def test_the_bureau_recalls_a_bureau_of_something(pipeline):
    text = (
        "FBI agents arrived in Lisgard on Monday. The head of the FBI inquiry, Tom Ward, "
        "said the bureau has questioned 40 people."
    )
    actor = resolve_nth(pipeline, text, "the bureau")
    assert actor is not None and actor.name == "Federal Bureau of Investigation"


def test_the_department_recalls_a_department_of_something(pipeline):
    text = (
        "The Lisgard Department of Labour opened an inquiry on Monday. "
        "The department accused 40 people."
    )
    actor = resolve_nth(pipeline, text, "The department")
    assert actor is not None and actor.name == "The Lisgard Department of Labour"


def test_what_follows_of_is_no_head_of_the_name(pipeline):
    text = (
        "The Federal Bureau of Investigation opened an inquiry on Monday. "
        "The investigation found 40 people."
    )
    actor = resolve_nth(pipeline, text, "The investigation")
    assert actor is None or "Bureau" not in actor.name


# -- a subject pronoun: the speaker before, never its own verb's named object -------------------


def test_he_after_he_said_is_the_speaker_not_the_last_name(pipeline):
    text = (
        "But Veldish Interior Minister Jakob Ostrander, talking to the press together with "
        "Priya Tamsin, said his country holds no grudge against Norland.\n\n"
        '"The flood has not turned anyone here against our neighbours," he said. '
        '"They are welcome."\n\n'
        "He also urged Tamsin to reassure Norland's farmers that the border stays open."
    )
    actor = resolve_nth(pipeline, text, "He")
    assert actor is not None and actor.name == "Jakob Ostrander"


def test_a_person_named_after_the_quote_breaks_the_chain(pipeline):
    text = (
        "Foreign Minister Jakob Ostrander spoke in Lisgard on Monday.\n\n"
        '"The flood has not turned anyone against us," he said. "We are neighbours."\n\n'
        "Tomas Marek met reporters later. He also praised the rescue teams."
    )
    actor = resolve_nth(pipeline, text, "He")
    assert actor is not None and actor.name == "Tomas Marek"


def test_a_subject_pronoun_is_not_its_verbs_named_object():
    events = _analyze(
        "Veldish Foreign Minister Jakob Ostrander spoke with Priya Tamsin on Monday. "
        '"The flood has not turned anyone against us," she said. "We are neighbours."\n\n'
        "He also urged Tamsin to reassure Norland's farmers that the border stays open."
    )
    requests = _of(events, "REQUEST")
    assert requests and all("Priya Tamsin" not in _names(e.actors) for e in requests)
    assert any("Jakob Ostrander" in _names(e.actors) for e in requests)


def test_a_subject_pronoun_may_be_a_person_named_elsewhere_in_its_clause(pipeline):
    text = "Jakob Ostrander arrived in Lisgard on Monday. He told reporters Tamsin was safe."
    actor = resolve_nth(pipeline, text, "He")
    assert actor is not None and actor.name == "Jakob Ostrander"


# -- a description with a relative clause, and its name's short form ----------------------------


def test_description_with_relative_clause_takes_the_apposed_name():
    events = _analyze(
        "The private group that runs the national grid, Veldport Energy Network, or VEN, "
        "objects to the new rules."
    )
    actors = [_names(e.actors) for e in events]
    assert {"Veldport Energy Network"} in actors


def test_a_thing_described_before_a_name_takes_no_body(pipeline):
    text = (
        "The private pipeline that feeds the national grid, Veldport Energy Network, "
        "objects to the new rules."
    )
    actor = resolve_nth(pipeline, text, "The private pipeline")
    assert actor is None or actor.name != "Veldport Energy Network"


def test_or_and_another_name_is_a_second_participant():
    events = _analyze(
        "The private group that runs the national grid, Veldport Energy Network, or "
        "Lisgard Power, objects to the new rules."
    )
    assert any({"Veldport Energy Network", "Lisgard Power"} <= _names(e.actors) for e in events)


def test_an_acronym_that_is_not_the_names_initials_stays():
    events = _analyze("Veldport Energy Network, or LPC, objects to the new rules.")
    assert any("LPC" in _names(e.actors) for e in events)


def test_an_acronym_joined_by_and_is_a_second_participant():
    events = _analyze("Veldport Energy Network and VEN both object to the new rules.")
    assert any("VEN" in _names(e.actors) for e in events)


# -- coordination the parser got wrong -----------------------------------------------------------


def test_a_person_hung_on_another_persons_place_is_a_participant():
    events = _analyze(
        "Presidents Viktor Hrynko of Ukraine and Boris Vostrikov of Russia signed a gas "
        "transit accord Monday."
    )
    assert any(
        {"Viktor Hrynko", "Boris Vostrikov"} <= _names(e.actors) for e in _of(events, "SUPPORT")
    )


def test_a_place_coordinated_with_a_place_adds_no_person():
    events = _analyze("President Ana Lisboa of Portugal and Spain signed a plan Friday.")
    signed = _of(events, "SUPPORT")
    assert signed and all(_names(e.actors) == {"Ana Lisboa"} for e in signed)


def test_a_noun_opening_a_new_clause_is_no_conjunct_of_the_object():
    events = _analyze(
        "Robbers beat a guard they took hostage and police found him Friday in a cellar."
    )
    assert events and all("police" not in _names(e.recipients) for e in events)


def test_coordinated_subjects_of_one_verb_stay():
    events = _analyze("Rebels and police clashed in Lisgard on Monday.")
    assert any({"Rebels", "police"} <= _names(e.actors) for e in events)


# -- "Town, Country": a place, not a description of either --------------------------------------


def test_a_country_after_a_town_stays_the_country(pipeline):
    text = "She spoke in Veldport, Kenya. Officials said Kenya is safe."
    actor = resolve_nth(pipeline, text, "Kenya", 1)
    assert actor is not None and actor.name == "Kenya" and actor.kind == "place"


def test_a_description_in_apposition_still_tells_a_persons_country(pipeline):
    text = "Tomas Marek met his Kenyan counterpart, Jomo Ostrander, on Monday."
    actor = resolve_nth(pipeline, text, "Jomo Ostrander")
    assert actor is not None and actor.country == "KEN"


# -- a subject parted from its verb by a participle clause --------------------------------------


def test_subject_before_a_participle_clause_is_the_verbs(events_of):
    text = (
        "Chile, worried about civil strife in Peru spreading to the whole continent, "
        "urged all Andean states to sign a joint statement."
    )
    found = _of(events_of(text), "REQUEST")
    assert found and all(_names(e.actors) == {"Chile"} for e in found)


def test_a_verb_with_its_own_subject_keeps_it(events_of):
    text = (
        "Chile, worried about civil strife in Peru spreading to the whole continent, "
        "said its envoys urged all Andean states to sign a joint statement."
    )
    found = _of(events_of(text), "REQUEST")
    assert found and all("Chile" not in _names(e.actors) for e in found)


# -- a name the parser hung on the relative clause's last noun ----------------------------------


def test_name_closing_a_subject_after_its_relative_clause_names_the_body():
    events = _analyze(
        "The private body that manages the river locks, Consolidated Board for Canal "
        "Traffic, or CBCT, objects to the new tolls."
    )
    actors = [_names(e.actors) for e in _of(events, "ACCUSE")]
    assert actors == [{"Consolidated Board for Canal Traffic"}]


def test_name_closing_a_things_subject_names_no_body(pipeline):
    text = (
        "The old barge that serves the river locks, Consolidated Board for Canal Traffic, "
        "leaks oil every day."
    )
    actor = resolve_nth(pipeline, text, "The old barge")
    assert actor is None or "Consolidated Board" not in actor.name


# -- someone's kin: unnamed people, still participants ------------------------------------------


def test_someones_father_is_an_unnamed_person(pipeline):
    text = "Lena Ortiz met Pablo's father at the school on Monday."
    actor = resolve_nth(pipeline, text, "Pablo's father")
    assert actor is not None and actor.kind == "person" and actor.name == "Pablo's father"


def test_the_father_of_a_thing_is_no_kin(pipeline):
    text = "Lena Ortiz met the father of the reform at the school on Monday."
    actor = resolve_nth(pipeline, text, "the father of the reform")
    assert actor is None or actor.kind != "person"


def test_a_country_in_a_dateline_is_the_country(pipeline):
    text = (
        "LIMA, Peru (AP)_ About 800 teachers rallied Sunday. "
        "Peru asked its neighbours to share flood data."
    )
    actor = resolve_nth(pipeline, text, "Peru", 1)
    assert actor is not None and actor.name == "Peru" and actor.kind == "place"


def test_someones_uncle_is_not_that_someone(pipeline):
    text = "Lena Ortiz met with Pablo Ortiz's uncle on Monday."
    actor = resolve_nth(pipeline, text, "Pablo Ortiz's uncle")
    assert actor is not None and actor.name != "Pablo Ortiz" and actor.kind == "person"


def test_someones_thing_still_stands_for_its_owner(pipeline):
    text = "Lena Ortiz praised Pablo Ortiz's new poem on Monday."
    actor = resolve_nth(pipeline, text, "Pablo Ortiz's new poem")
    assert actor is not None and actor.name == "Pablo Ortiz"


# -- a document that asks: its author, not its publisher -----------------------------------------


def test_a_letter_asking_asks_for_its_author(events_of):
    text = (
        "The union weekly, Dockers' Voice, printed a letter on Monday from the strikers' "
        "wives to Minister Lena Ortiz asking for the men's release."
    )
    found = _of(events_of(text), "REQUEST")
    assert found and all(_names(e.actors) == {"the strikers' wives"} for e in found)


def test_a_participle_after_a_comma_is_the_publishers(events_of):
    text = "The party newspaper published a letter from the rebels, asking readers to ignore it."
    found = _of(events_of(text), "REQUEST")
    assert found and all(_names(e.actors) == {"The party newspaper"} for e in found)
