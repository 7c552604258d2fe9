"""Quote extraction on sentences written for these tests, one per pattern, plus the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger import nlp
from newsledger.extract import cues
from newsledger.extract.quotes import extract_quotes
from newsledger.model import Quote

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def parse():
    pipeline = nlp.load()
    return pipeline


def quotes_of(parse, text: str) -> list[Quote]:
    return extract_quotes(parse(text))


def only(parse, text: str) -> Quote:
    found = quotes_of(parse, text)
    assert len(found) == 1, found
    return found[0]


def spans_are_consistent(text: str, quote: Quote) -> None:
    assert text[quote.start : quote.end] == quote.text
    assert text[quote.cue_start : quote.cue_end] == quote.cue
    if quote.speaker_start is not None:
        assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text


def test_cue_lexicon_entries_are_words():
    # YAML reads a bare `false` or `no` as a boolean; the lexicon must keep them as words.
    lex = cues.load()
    for name in ("verbs", "nouns", "denial_predicates", "negators", "hedge_adverbs"):
        entries = getattr(lex, name)
        assert entries and all(isinstance(word, str) for word in entries), name
    assert {"false", "no"} <= lex.denial_predicates | lex.negators
    assert lex.verbs["deny"] == "denies" and lex.verbs["claim"] == "hedges"


def test_direct_quote_with_cue_after(parse):
    text = '"We will not attend the summit," the foreign minister said.'
    q = only(parse, text)
    assert (q.kind, q.text, q.cue, q.speaker_text) == (
        "direct",
        "We will not attend the summit,",
        "said",
        "the foreign minister",
    )
    assert q.speaker is None  # resolve/ fills it
    spans_are_consistent(text, q)


def test_direct_quote_after_colon_and_inverted_said(parse):
    first = only(parse, 'The mayor told reporters: "The bridge will reopen on Monday."')
    assert (first.kind, first.speaker_text, first.cue) == ("direct", "The mayor", "told")
    second = only(parse, '"The talks were productive," said Ambassador Jane Doe.')
    assert second.speaker_text == "Ambassador Jane Doe"


def test_floating_quote_continues_previous_speaker(parse):
    text = (
        '"We are ready to talk," the envoy said.\n\n'
        '"But nobody has called us back in weeks, and the offer will not stay open forever."'
    )
    first, second = quotes_of(parse, text)
    assert second.kind == "direct"
    assert second.text.startswith("But nobody has called")
    assert (second.speaker_start, second.speaker_end) == (first.speaker_start, first.speaker_end)


def test_quote_running_over_two_paragraphs(parse):
    text = (
        'The general said: "The first convoy left at dawn and reached the border by noon.\n\n'
        '"The second convoy was turned back at the checkpoint."'
    )
    found = quotes_of(parse, text)
    assert [q.kind for q in found] == ["direct", "direct"]
    assert {q.speaker_text for q in found} == {"The general"}
    spans_are_consistent(text, found[1])


def test_quote_continued_after_its_cue_is_one_quote(parse):
    text = '"We are ready," the envoy said. "The delegation leaves tomorrow."'
    q = only(parse, text)
    assert (q.kind, q.speaker_text, q.cue) == ("direct", "the envoy", "said")
    # The attribution is left out of the text; each part keeps its exact span.
    assert q.text == "We are ready, The delegation leaves tomorrow."
    assert [text[s:e] for s, e in q.spans()] == ["We are ready,", "The delegation leaves tomorrow."]
    assert (q.start, q.end) == (q.parts[0].start, q.parts[-1].end)


def test_a_quotation_interrupted_mid_sentence_is_one_quote(parse):
    text = '"The talks," the mediator said, "will resume once both sides return."'
    q = only(parse, text)
    assert q.text == "The talks, will resume once both sides return."
    assert [text[s:e] for s, e in q.spans()] == [
        "The talks,",
        "will resume once both sides return.",
    ]
    assert q.speaker_text == "the mediator"


def test_fragments_quoted_under_one_cue_are_one_quote(parse):
    text = 'The minister called the offer "late" and "too small".'
    q = only(parse, text)
    assert (q.kind, q.speaker_text, q.text) == ("partial", "The minister", "late … too small")
    assert [text[s:e] for s, e in q.spans()] == ["late", "too small"]


def test_a_denial_in_any_part_makes_the_quote_a_denial(parse):
    text = '"We have read the report," the spokesman said. "Its claims are false."'
    assert only(parse, text).stance == "denies"


def test_quotes_in_other_paragraphs_or_with_other_cues_stand_alone(parse):
    floating = (
        '"We are ready to talk," the envoy said.\n\n'
        '"But nobody has called us back in weeks, and the offer will not stay open forever."'
    )
    assert [q.parts for q in quotes_of(parse, floating)] == [[], []]
    separate = '"We are ready," the envoy said. "We are not," the minister replied.'
    found = quotes_of(parse, separate)
    assert [(q.speaker_text, q.parts) for q in found] == [("the envoy", []), ("the minister", [])]
    for q in found:
        spans_are_consistent(separate, q)


def test_speaker_is_never_inside_the_quotation(parse):
    text = '"Prices will fall. Wages will rise," said Maria Lopez, the bank\'s chief economist.'
    q = only(parse, text)
    assert q.speaker_text == "Maria Lopez"
    assert q.speaker_start > q.end


def test_partial_quote_belongs_to_the_outermost_reporter(parse):
    q = only(parse, 'She said it shows that the minister is "unfit for office."')
    assert (q.kind, q.text, q.speaker_text) == ("partial", "unfit for office.", "She")


def test_quote_signed_with_a_dash(parse):
    text = "“We can do better than this.” ― Ana Ruiz\n\n“Nobody listens to us.” ― Tom Baker"
    found = quotes_of(parse, text)
    assert [(q.kind, q.cue, q.speaker_text) for q in found] == [
        ("direct", "―", "Ana Ruiz"),
        ("direct", "―", "Tom Baker"),
    ]
    for q in found:
        spans_are_consistent(text, q)


def test_transcript_label_names_the_speaker(parse):
    text = '"HOST: Will she attend?\n\n"GUEST: She will not be attending the debate tomorrow."'
    found = quotes_of(parse, text)
    assert [(q.speaker_text, q.text) for q in found] == [
        ("HOST", "Will she attend?"),
        ("GUEST", "She will not be attending the debate tomorrow."),
    ]


def test_partial_quote_inside_reported_clause(parse):
    text = 'The minister called the proposal "a dangerous gamble" during the debate.'
    q = only(parse, text)
    assert (q.kind, q.text, q.speaker_text) == ("partial", "a dangerous gamble", "The minister")


def test_scare_quotes_without_speaker_are_not_quotes(parse):
    assert quotes_of(parse, 'The so-called "reset" policy ended in 2012.') == []


def test_indirect_speech_forms(parse):
    q = only(parse, "The senator said that the committee would vote next week.")
    assert (q.kind, q.speaker_text) == ("indirect", "The senator")
    assert "the committee would vote next week" in q.text
    q = only(parse, "The vote will be delayed, officials said.")
    assert (q.text, q.speaker_text) == ("The vote will be delayed", "officials")
    q = only(parse, "The strike, union leaders said, will continue until Friday.")
    assert q.speaker_text == "union leaders" and "continue until Friday" in q.text


def test_pronoun_and_possessive_speakers_are_spans_as_written(parse):
    assert only(parse, "He said the plan had failed.").speaker_text == "He"
    q = only(parse, "The governor's spokesman said the road was closed.")
    assert q.speaker_text == "The governor's spokesman"


def test_according_to(parse):
    q = only(parse, "According to the ministry, the convoy was attacked at dawn.")
    assert (q.kind, q.cue, q.speaker_text, q.stance) == (
        "indirect",
        "According to",
        "the ministry",
        "asserts",
    )
    assert q.text.startswith("the convoy was attacked")
    hedged = only(parse, "According to local media, the two leaders allegedly met in secret.")
    assert hedged.stance == "hedges"


def test_passive_statement_points_back_to_previous_sentence(parse):
    text = "The ceasefire collapsed overnight. This was confirmed by army spokesman Ivan Petrov."
    q = only(parse, text)
    assert q.text == "The ceasefire collapsed overnight."
    assert "Ivan Petrov" in q.speaker_text
    spans_are_consistent(text, q)


def test_stance_from_cue_verbs(parse):
    assert only(parse, "The ministry denied reports of a secret meeting.").stance == "denies"
    assert only(parse, "The opposition claimed that the election was rigged.").stance == "hedges"
    assert only(parse, "The army confirmed that the bridge was destroyed.").stance == "asserts"
    assert only(parse, "The embassy described the reports as false.").stance == "denies"


def test_calling_a_report_a_fabrication_denies_it(parse):
    q = only(parse, "The spokesman called the report a fabrication.")
    assert (q.speaker_text, q.stance) == ("The spokesman", "denies")


def test_any_verb_can_introduce_a_quote_with_a_colon(parse):
    q = only(parse, 'The host continued: "They are putting all kinds of pressure on him."')
    assert (q.kind, q.cue, q.speaker_text) == ("direct", "continued", "The host")


def test_stance_from_denying_content(parse):
    assert only(parse, '"The meeting never took place," the aide said.').stance == "denies"
    assert only(parse, '"That story is pure fabrication," she said.').stance == "denies"
    # A negation that denies no reported event is not a denial.
    assert only(parse, '"We did not expect such a warm welcome," she said.').stance == "asserts"


def test_refusal_is_not_a_denial(parse):
    q = only(parse, "The court denied the request for bail.")
    assert (q.text, q.stance) == ("the request for bail", "asserts")


def test_agentless_denial_has_no_speaker(parse):
    q = only(parse, "The reports of a meeting were denied.")
    assert (q.text, q.stance, q.speaker_text, q.speaker_start) == (
        "The reports of a meeting",
        "denies",
        None,
        None,
    )


def test_negated_existential_that_denies_nothing(parse):
    assert only(parse, '"There is no doubt that he won," she said.').stance == "asserts"


def test_headline_with_colon_names_the_speaker(parse):
    q = only(parse, "Senator Smith: Budget deal is dead")
    assert (q.cue, q.speaker_text, q.text) == (":", "Senator Smith", "Budget deal is dead")


def test_headline_denial(parse):
    text = "Minister denies rumors of secret deal\n\nThe minister spoke in parliament on Monday."
    q = quotes_of(parse, text)[0]
    assert (q.stance, q.speaker_text, q.text) == ("denies", "Minister", "rumors of secret deal")


def test_reported_participle_names_its_source(parse):
    q = only(parse, "The meeting, reported by local media, lasted two hours.")
    assert (q.text, q.speaker_text, q.cue) == ("The meeting", "local media", "reported")


def test_according_to_a_document_names_who_published_it(parse):
    q = only(
        parse,
        "The ministry will cut 400 jobs, according to a statement published by the "
        "Finance Ministry on Monday.",
    )
    assert (q.text, q.speaker_text) == ("The ministry will cut 400 jobs", "the Finance Ministry")
    # An office is its own source, not its country.
    q = only(
        parse, "The two ministers met in Tokyo, according to Japan's Ministry of Foreign Affairs."
    )
    assert q.speaker_text == "Japan's Ministry of Foreign Affairs"


def test_according_to_when_the_parser_hangs_the_clause_under_the_source(parse):
    text = (
        "According to conservative talk radio host Jim Black, the move reeks of “fear” and panic."
    )
    q = only(parse, text)
    assert q.speaker_text == "conservative talk radio host Jim Black"
    assert q.text.startswith("the move reeks of")
    spans_are_consistent(text, q)


def test_according_to_covers_only_the_clause_it_qualifies(parse):
    text = (
        'Tehran rejected it as "politically motivated", and the minister sent a letter to the '
        "UN protesting against it, according to the foreign ministry."
    )
    q = next(q for q in quotes_of(parse, text) if q.cue == "according to")
    assert q.text == "the minister sent a letter to the UN protesting against it"


def test_parenthetical_report_of_a_clause_without_a_clause_of_its_own(parse):
    text = "The agency chief allegedly proposed a plan to cap the stockpile, Reuters reported."
    q = only(parse, text)
    assert (q.cue, q.speaker_text, q.stance) == ("reported", "Reuters", "hedges")
    assert q.text == "The agency chief allegedly proposed a plan to cap the stockpile"


def test_statement_pointing_back_covers_the_paragraph_and_keeps_inner_quotes(parse):
    text = (
        "Negotiators last met in the spring. No new date has been set. "
        "This was stated by a senior diplomat."
    )
    q = quotes_of(parse, text)[0]
    assert q.text == "Negotiators last met in the spring. No new date has been set."
    text = (
        'Beijing accused the alliance of "stoking tension" in the region. '
        "This was stated by foreign ministry spokesman Li Wei on Tuesday."
    )
    speakers = {q.text: q.speaker_text for q in quotes_of(parse, text)}
    assert speakers["stoking tension"] == "Beijing"
    assert "Li Wei" in speakers['Beijing accused the alliance of "stoking tension" in the region.']


def test_raising_verb_reports_without_a_speaker(parse):
    q = only(parse, "The reform seems to have stalled.")
    assert (q.text, q.speaker_text, q.stance) == ("to have stalled", None, "hedges")


def test_hyphenated_name_is_one_speaker(parse):
    q = only(parse, '"We agreed to continue the talks," Takht-Ravanchi wrote after the meeting.')
    assert q.speaker_text == "Takht-Ravanchi"


def test_clause_after_the_cue_is_its_content(parse):
    q = only(parse, "It is an unlikely scenario; the campaign says she will continue her tour.")
    assert (q.speaker_text, q.text) == ("the campaign", "she will continue her tour")


def test_trailing_participle_is_the_speakers_own_report(parse):
    text = "Analysts said geopolitical factors have raised the country's appeal, citing its size."
    said, citing = quotes_of(parse, text)
    assert said.text == "geopolitical factors have raised the country's appeal"
    assert (citing.cue, citing.speaker_text, citing.text) == ("citing", "Analysts", "its size")


def test_mixed_quotation_marks_close_each_other(parse):
    q = only(parse, '“Immunity deals should not be a requirement," the chairman said on Friday.')
    assert (q.kind, q.text, q.speaker_text) == (
        "direct",
        "Immunity deals should not be a requirement,",
        "the chairman",
    )


def test_as_x_put_it(parse):
    q = only(parse, "As the mayor put it, the city is broke.")
    assert (q.cue, q.speaker_text, q.text) == ("put", "the mayor", "the city is broke.")


def test_position_noun_held_by_the_subject_of_a_light_verb(parse):
    q = only(parse, "The senator has doubts about the cost of the plan.")
    assert (q.speaker_text, q.text) == ("The senator", "the cost of the plan")


def test_verb_beside_a_quotation_is_its_cue(parse):
    text = '"We will keep talking," the minister said. "Then we will decide," she continued.'
    first, second = quotes_of(parse, text)
    assert (first.cue, first.speaker_text) == ("said", "the minister")
    assert (second.cue, second.speaker_text, second.text) == (
        "continued",
        "she",
        "Then we will decide,",
    )
    # Inside the quotation it is no cue.
    assert only(parse, '"Prices continued to rise," the report said.').cue == "said"


def test_passive_accusation_has_no_named_speaker(parse):
    q = only(parse, "The contractor was accused of using public money for private trips.")
    assert (q.cue, q.speaker_text, q.text) == (
        "accused",
        None,
        "using public money for private trips",
    )


def test_speaker_of_a_cue_under_an_adjective(parse):
    q = only(parse, "The minister was quick to deny the reports.")
    assert (q.speaker_text, q.text, q.stance) == ("The minister", "the reports", "denies")


def test_report_of_a_denial_keeps_the_denial(parse):
    text = "The minister denied that the talks had collapsed, Reuters reported."
    stances = {(q.speaker_text, q.stance) for q in quotes_of(parse, text)}
    assert stances == {("Reuters", "asserts"), ("The minister", "denies")}


def test_view_with_as_phrase(parse):
    # "see Y as Z" reports a view even though "see" otherwise takes only a clause.
    text = "The governors see the new tariff as a threat to farmers."
    q = only(parse, text)
    assert (q.text, q.cue, q.speaker_text) == (
        "the new tariff as a threat to farmers",
        "see",
        "The governors",
    )
    spans_are_consistent(text, q)


def test_as_view_verb_needs_the_as_phrase(parse):
    text = "The union painted its rival as a puppet of the owners."
    q = only(parse, text)
    assert (q.cue, q.speaker_text, q.text) == (
        "painted",
        "The union",
        "its rival as a puppet of the owners",
    )
    assert quotes_of(parse, "The workers painted the fence on Sunday.") == []


def test_paragraph_opened_by_a_closing_mark_is_a_quote(parse):
    text = "\u201dThe river has never been this low in my lifetime.\u201d \u2015 Maria Lindqvist"
    q = only(parse, text)
    assert (q.kind, q.speaker_text) == ("direct", "Maria Lindqvist")
    assert q.text.startswith("The river has never")
    spans_are_consistent(text, q)


def test_long_as_parenthetical(parse):
    text = (
        "As Ana Ruiz, an economist at a research institute in the capital who studies wages, "
        "put it, the minimum wage has not kept up with rents."
    )
    q = only(parse, text)
    assert q.speaker_text == "Ana Ruiz"
    assert q.text.startswith("the minimum wage has not kept up")


def test_attitude_adjective(parse):
    text = "The mayor has been critical of the new stadium deal."
    q = only(parse, text)
    assert (q.cue, q.speaker_text, q.text) == ("critical", "The mayor", "the new stadium deal")
    sure = only(parse, "The coach was sure that the team would qualify.")
    assert (sure.cue, sure.text) == ("sure", "that the team would qualify")
    assert quotes_of(parse, "It is critical that the bridge reopens soon.") == []


def test_stance_holder_noun(parse):
    text = "Okafor, a longtime critic of the mining project, spoke at the rally."
    q = next(q for q in quotes_of(parse, text) if q.cue == "critic")
    assert (q.speaker_text, q.text) == ("Okafor", "the mining project")
    attr = only(parse, "Lena Berg is a staunch opponent of nuclear power.")
    assert (attr.cue, attr.speaker_text, attr.text) == ("opponent", "Lena Berg", "nuclear power")


def test_in_someones_view(parse):
    text = "In her view, the treaty will not survive the election."
    q = only(parse, text)
    assert (q.cue, q.speaker_text) == ("view", "her")
    assert q.text.startswith("the treaty will not survive")
    copula = only(parse, "The auditor's view is that the accounts were falsified.")
    assert copula.text == "that the accounts were falsified"


def test_report_finds_an_object(parse):
    text = "The audit found serious errors in the hospital's billing."
    q = only(parse, text)
    assert (q.cue, q.speaker_text, q.text) == (
        "found",
        "The audit",
        "serious errors in the hospital's billing",
    )
    assert quotes_of(parse, "Divers found a wreck off the coast.") == []


def test_cue_mistagged_as_noun_still_reports(parse):
    # The tagger sometimes reads "claims" after a name as a plural noun; with a subject of its
    # own it is still the verb.
    doc = parse("But Lindgren claims that she should be exempt.")
    doc[2].pos_ = "NOUN"
    q = next(q for q in extract_quotes(doc) if q.cue == "claims")
    assert (q.speaker_text, q.text, q.stance) == ("Lindgren", "that she should be exempt", "hedges")


def test_quantifier_subject_is_the_speaker(parse):
    q = only(parse, "Many of the farmers believe the subsidy is too small.")
    assert (q.speaker_text, q.text) == ("Many of the farmers", "the subsidy is too small")


def test_relative_clause_content_starts_after_the_cue(parse):
    text = "The union criticised the contracts, which it said were signed in secret."
    q = next(q for q in quotes_of(parse, text) if q.cue == "said")
    assert (q.speaker_text, q.text) == ("it", "were signed in secret")
    spans_are_consistent(text, q)


def test_named_source_before_a_reporting_noun(parse):
    text = "The ministry cited a Reuters report that the mine had flooded."
    q = next(q for q in quotes_of(parse, text) if q.cue == "report")
    assert (q.speaker_text, q.text) == ("Reuters", "that the mine had flooded")


def test_naming_participle_is_no_report(parse):
    assert quotes_of(parse, "The fund, called Green Start, opened in May.") == []


def test_as_clause_with_its_own_topic(parse):
    # "as she called for E": E is what she says, not the main clause around it.
    q = only(parse, "The crowd cheered as she called for an end to the strike.")
    assert (q.speaker_text, q.text) == ("she", "an end to the strike")


@pytest.fixture(scope="module")
def seed_quotes(parse):
    if not SEED.exists():
        pytest.skip("seed article not available (../shared is absent)")
    lines = SEED.read_text(encoding="utf-8").split("\n")
    body = "\n".join(lines[3:])  # the three ticker lines are page furniture
    return body, extract_quotes(parse(body))


def _find(quotes: list[Quote], start_of_text: str) -> Quote:
    return next(q for q in quotes if q.text.startswith(start_of_text))


def test_seed_direct_quotes(seed_quotes):
    body, quotes = seed_quotes
    # The two sentences around the spokesman's attribution are one quotation in two parts.
    q = _find(quotes, "There was no conversation")
    assert [body[s:e] for s, e in q.spans()] == [
        "There was no conversation,",
        "This is completely untrue, it is pure fiction.",
    ]
    assert (q.kind, q.stance, q.speaker_text) == ("direct", "denies", "the Kremlin spokesman")


def test_seed_indirect_quote_via_passive(seed_quotes):
    body, quotes = seed_quotes
    q = _find(quotes, "Foreign press reports")
    assert q.text.endswith("such a conversation never took place.")
    assert (q.kind, q.stance) == ("indirect", "denies")
    assert "Dmitry Peskov" in q.speaker_text
    assert body[q.speaker_start : q.speaker_end] == q.speaker_text


def test_seed_partial_quotes(seed_quotes):
    _, quotes = seed_quotes
    months = _find(quotes, "within two")
    assert (months.kind, months.text, months.speaker_text) == (
        "partial",
        "within two, maximum three months.",
        "The Russian president",
    )
    example = _find(quotes, "the most obvious example")
    assert (example.kind, example.speaker_text) == ("partial", "Peskov")
    assert example.text.endswith("fairly respected publications.")


def test_seed_headline_is_a_denial(seed_quotes):
    _, quotes = seed_quotes
    q = _find(quotes, "rumors of")
    assert (q.speaker_text, q.stance) == ("Peskov", "denies")


def test_raising_verb_leaves_the_report_to_its_subject(parse):
    # "appeared to suggest": the senator suggests; the writer's "appeared" only hedges.
    q = only(parse, "The senator appeared to suggest that veterans are weaker than other soldiers.")
    assert (q.cue, q.speaker_text) == ("suggest", "The senator")
    assert q.text.startswith("that veterans")


def test_signature_after_a_no_break_space(parse):
    text = (
        '"We were never consulted about the plan." ― Maria Lopez\n'
        '"Nobody asked us what we wanted for our town."\u00a0― Jane Doe'
    )
    found = quotes_of(parse, text)
    assert [q.speaker_text for q in found] == ["Maria Lopez", "Jane Doe"]
    for q in found:
        spans_are_consistent(text, q)


def test_document_speaks_for_its_issuer(parse):
    text = "The Security Council issued a statement calling the test a clear violation."
    q = only(parse, text)
    assert (q.cue, q.speaker_text) == ("calling", "The Security Council")


def test_subject_outside_the_quotation(parse):
    # The parser gives "said" two subjects, "reaction" inside the quote and "strategist".
    text = (
        '"My reaction, that was outrageous," the former campaign strategist said in an interview.'
    )
    q = only(parse, text)
    assert (q.kind, q.speaker_text) == ("direct", "the former campaign strategist")


def test_pronoun_object_is_reported(parse):
    q = only(parse, "The governor criticized him on Monday.")
    assert (q.cue, q.speaker_text, q.text) == ("criticized", "The governor", "him")


def test_that_read_as_object_opens_a_lost_clause(parse):
    # "that" parsed as the object of "writing": a clause, not a thing reported.
    found = quotes_of(parse, "The president responded in writing that the war must end soon.")
    assert all(q.text != "that" for q in found)


def test_reporting_noun_with_a_that_clause_needs_no_holder(parse):
    found = quotes_of(parse, "Officials fear renewed claims that the vote was rigged.")
    claim = next(q for q in found if q.cue == "claims")
    assert (claim.speaker_text, claim.text, claim.stance) == (
        None,
        "that the vote was rigged",
        "hedges",
    )


def test_complement_of_its_own_is_no_parenthetical(parse):
    # "want" hangs in the clause of "obvious", but it reports its own infinitive.
    found = quotes_of(parse, "By now it should be obvious that voters want to know what is in it.")
    q = next(q for q in found if q.cue == "want")
    assert (q.speaker_text, q.text) == ("voters", "to know what is in it")


def test_participle_takes_the_passive_subject(parse):
    text = 'After saying her foot was "so swollen I could barely walk," she was taken to hospital.'
    q = only(parse, text)
    assert (q.kind, q.cue, q.speaker_text) == ("partial", "saying", "she")


def test_object_of_the_governing_verb_speaks(parse):
    text = "The committee forced the chief executive to admit that no one had been fired."
    q = only(parse, text)
    assert (q.cue, q.speaker_text) == ("admit", "the chief executive")


def test_letter_speaks_for_who_released_it(parse):
    q = only(parse, "He released a letter from his doctor that says he is in excellent health.")
    assert (q.cue, q.speaker_text, q.text) == ("says", "He", "he is in excellent health")


def test_accusation_keeps_what_the_object_is_accused_of(parse):
    q = only(parse, "The mayor praised the protesters for staying calm.")
    assert q.text == "the protesters for staying calm"
    assert only(parse, "The minister criticized the plan for weeks.").text == "the plan"


def test_publishing_is_an_event_not_a_statement(parse):
    assert quotes_of(parse, "The newspaper published the full transcript on Monday.") == []


def test_stage_direction_continues_no_speaker(parse):
    text = '"We will win this state by ten points," the candidate said.\n"(Applause.)"\nThe crowd.'
    assert [q.text for q in quotes_of(parse, text)] == ["We will win this state by ten points,"]


def test_quoted_fragment_keeps_its_clause_for_the_speaker(parse):
    # The attorney's clause holds the quoted fragment; "suggests" inside it is no report of
    # the advertisement's own.
    text = (
        'The city attorney said in a letter that the advertisement "wrongly and knowingly" '
        "suggests that the police support the campaign."
    )
    q = only(parse, text)
    assert (q.kind, q.cue, q.speaker_text) == ("partial", "said", "The city attorney")


def test_name_between_quotation_and_cue(parse):
    text = (
        '"He is absolutely right. There is a severe disconnect between this White House and '
        'frankly the president and our military," Flynn, a top Trump surrogate, said Thursday '
        "morning on Fox News."
    )
    q = only(parse, text)
    assert (q.kind, q.speaker_text) == ("direct", "Flynn")
    spans_are_consistent(text, q)


def test_addressee_verb_still_reports_its_topic(parse):
    q = only(parse, "She asked him about his tax returns.")
    assert (q.cue, q.speaker_text, q.text) == ("asked", "She", "his tax returns")
    assert quotes_of(parse, "He told reporters on Monday.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Voters love the governor.", "love", "the governor"),
        ("The senator lambasted the new rules.", "lambasted", "the new rules"),
        ("Officials are afraid that the dam could fail.", "afraid", "that the dam could fail"),
    ],
)
def test_attitudes_held_are_attributed(parse, text, cue, content):
    q = only(parse, text)
    assert (q.cue, q.text) == (cue, content)


def test_headline_label_is_not_the_speaker(parse):
    text = (
        "The Latest: Trump urges supporters to monitor polling places.\n\n"
        "WASHINGTON (AP) — The Latest on the presidential race."
    )
    q = only(parse, text)
    assert (q.cue, q.speaker_text) == ("urges", "Trump")


def test_dateline_is_not_the_speaker(parse):
    text = (
        "WASHINGTON -- President Obama, opening the new museum on Saturday, said it would "
        "tell an American story."
    )
    q = only(parse, text)
    assert (q.cue, q.speaker_text) == ("said", "President Obama")


def test_document_framing_a_clause_vouches_for_it(parse):
    q = only(parse, "In the latest poll, the senator leads her rival by five points.")
    assert (q.speaker_text, q.text) == (
        "the latest poll",
        "the senator leads her rival by five points.",
    )
    # A clause with a reporting verb of its own is that verb's quote.
    q = only(parse, "In a statement, the ministry said the talks had failed.")
    assert (q.cue, q.speaker_text) == ("said", "the ministry")


def test_rulings_report_but_ruling_a_country_does_not(parse):
    q = only(parse, "The judge ruled that the law was unconstitutional.")
    assert (q.cue, q.speaker_text, q.text) == (
        "ruled",
        "The judge",
        "that the law was unconstitutional",
    )
    assert quotes_of(parse, "The king ruled the country for decades.") == []
