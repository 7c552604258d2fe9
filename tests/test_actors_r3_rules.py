"""Round-3 actor rules on invented sentences, each with a twin that must keep its actor: a
reduced relative clause after a name is no part of the actor ("X warning Y"), a pronoun does
not take up a spokesperson of the other gender, and a body's spokesperson speaks for that
body's owner through the one resolution coref made (roles reads it)."""

from mentions import resolver_of, span

from newsledger.model import Actor, Participant, Source, SourceRole
from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase
from newsledger.resolve.roles import source_role, speakers_owners


def test_a_participle_after_a_name_opens_a_clause_not_part_of_the_actor(pipeline):
    text = (
        "Emails from the harbour authority to Westmark Office warning the dredging freeze "
        "might be unlawful were released on Friday."
    )
    actor = resolver_of(pipeline, text).resolve(
        *span(text, "Westmark Office warning the dredging freeze")
    )
    assert actor is not None and actor.name == "Westmark Office"


def test_a_participle_before_its_noun_stays_in_the_actor(pipeline):
    text = "The striking Velmora dockworkers blocked the harbour gate on Monday."
    actor = resolver_of(pipeline, text).resolve(*span(text, "The striking Velmora dockworkers"))
    assert actor is not None and "dockworkers" in actor.name


def test_a_pronoun_does_not_take_up_a_spokesperson_of_the_other_gender(pipeline):
    text = (
        "Iceland's fisheries ministry rejected the claim on Friday. "
        '"No boat was seized," the ministry spokeswoman said. He said the patrol had ended.'
    )
    resolver = resolver_of(pipeline, text)
    spokeswoman = resolver.resolve(*span(text, "the ministry spokeswoman"))
    assert spokeswoman is not None and spokeswoman.country == "ISL"
    assert resolver.resolve(*span(text, "He")) != spokeswoman


def test_a_pronoun_of_the_same_gender_takes_up_the_spokesperson(pipeline):
    text = (
        "Iceland's fisheries ministry rejected the claim on Friday. "
        '"No boat was seized," the ministry spokeswoman said. She said the patrol had ended.'
    )
    resolver = resolver_of(pipeline, text)
    spokeswoman = resolver.resolve(*span(text, "the ministry spokeswoman"))
    assert resolver.resolve(*span(text, "She")) == spokeswoman


def test_roles_read_the_body_coref_gave_the_spokesperson(pipeline):
    text = (
        "Iceland's fisheries ministry rejected the claim on Friday. "
        '"No boat was seized," the ministry spokeswoman said.'
    )
    doc = pipeline(text)
    resolver = MentionResolver(doc, ActorBase.default(), "2026-03-01")
    start, end = span(text, "the ministry spokeswoman")
    owners = speakers_owners(doc, start, end, resolver)
    assert [text[s:e] for s, e in owners] == ["Iceland"]
    actor = resolver.resolve(start, end)
    said = Source(actor.name, "asserts", "the ministry spokeswoman", start, end)
    iceland = Actor("Iceland", "place", "ISL", None)
    fleet = Participant("Iceland", "ISL", None)
    found = {"Iceland": iceland}
    assert source_role(said, actor, [fleet], found.get, [iceland]) == SourceRole.PARTICIPANT


def test_a_spokesperson_after_a_company_speaks_for_no_state(pipeline):
    text = (
        "Iceland's fisheries ministry approved the sale. Nordhaf Seafood said it would cut "
        "jobs. A company spokesman said talks would start soon."
    )
    doc = pipeline(text)
    resolver = MentionResolver(doc, ActorBase.default(), "2026-03-01")
    assert speakers_owners(doc, *span(text, "A company spokesman"), resolver) == []


def test_a_span_starting_inside_a_dateline_loses_the_dateline(pipeline):
    text = "VELMORA, Norland - Thousands of farmers rallied in the town square on Saturday."
    resolver = resolver_of(pipeline, text)
    actor = resolver.resolve(*span(text, "Norland - Thousands of farmers"))
    assert actor is not None and actor.name == "Thousands of farmers"
    assert resolver.resolve(*span(text, "VELMORA")) is None  # where the story was filed


def test_a_span_after_the_dateline_keeps_its_words(pipeline):
    text = "VELMORA, Norland - Thousands of farmers rallied in the town square on Saturday."
    actor = resolver_of(pipeline, text).resolve(*span(text, "Thousands of farmers"))
    assert actor is not None and actor.name == "Thousands of farmers"


def test_a_name_after_a_possessive_is_the_actor(pipeline):
    text = "Such was the case for the league’s Velmora Hawks, who hosted a match on Sunday."
    actor = resolver_of(pipeline, text).resolve(*span(text, "league’s Velmora Hawks"))
    assert actor is not None and actor.name == "Velmora Hawks"


def test_a_common_noun_after_a_possessive_keeps_the_phrase(pipeline):
    text = "Norway's parliament approved the measure on Thursday."
    actor = resolver_of(pipeline, text).resolve(*span(text, "Norway's parliament"))
    assert actor is not None and actor.country == "NOR"


def test_a_plural_common_noun_capitalised_by_its_sentence_is_no_name(pipeline):
    text = "Commuters were stranded at the station for hours on Monday."
    actor = resolver_of(pipeline, text).resolve(*span(text, "Commuters"))
    assert actor is None or actor.kind != "person"


def test_a_name_opening_a_sentence_stays_a_name(pipeline):
    text = "Nordhaf said on Monday it would cut two hundred jobs."
    actor = resolver_of(pipeline, text).resolve(*span(text, "Nordhaf"))
    assert actor is not None and actor.name == "Nordhaf"
    people = "Norwegians marched through the capital on Friday."
    marchers = resolver_of(pipeline, people).resolve(*span(people, "Norwegians"))
    assert marchers is not None and marchers.country == "NOR"
    officials = "Officials in Velmora said the talks went well."
    group = resolver_of(pipeline, officials).resolve(*span(officials, "Officials"))
    assert group is not None and group.name == "Officials" and group.sector == "GOV"
