"""Sources and stance, round 3: a denial leaves the setting of the denied act standing, an
outlet named after its description is the name, and a parenthetical "X said" reports the
clause before it when only adjuncts follow. All names and sentences are invented."""

from __future__ import annotations

from newsledger.model import Article, StanceKind
from newsledger.pipeline import analyze

PUBLISHED = "2026-05-09"


def _analysed(stages, title: str, text: str) -> Article:
    article = Article(id="t", title=title, body=f"{title}\n{text}", published=PUBLISHED)
    return next(iter(analyze([article], stages)))


def _stances(article: Article, type: str, mode: str | None = None) -> set[tuple[str, str]]:
    return {
        (s.name, s.stance)
        for e in article.events
        if e.type == type and (mode is None or e.mode == mode)
        for s in e.sources
    }


def test_a_denied_signing_leaves_the_visit_it_happened_during_standing(stages) -> None:
    article = _analysed(
        stages,
        "Velmar says no gas deal signed in Dravia",
        "Velmar's foreign ministry on Friday rejected reports that Foreign Minister Anja Holm "
        "had signed a gas supply agreement during her visit to Dravia.",
    )
    assert article.stance is not None and article.stance.reading == "against"
    visit = _stances(article, "CONSULT", "visit")
    assert ("the outlet", StanceKind.ASSERTS) in visit
    assert all(stance != StanceKind.DENIES for _, stance in visit)


def test_a_denied_visit_is_still_denied(stages) -> None:
    article = _analysed(
        stages,
        "Velmar denies minister visited Dravia",
        "Velmar's foreign ministry on Friday rejected reports that Foreign Minister Anja Holm "
        "had visited Dravia last week.",
    )
    visit = _stances(article, "CONSULT", "visit")
    assert visit and all(stance == StanceKind.DENIES for _, stance in visit)


def _speakers(article: Article) -> list[str]:
    return [q.speaker or "" for q in article.quotes]


def test_an_outlet_described_before_its_name_is_the_name(stages) -> None:
    article = _analysed(
        stages,
        "Minister quits",
        "Harbour weekly Glas Sjevera reported on Monday that the minister had resigned.",
    )
    assert "Glas Sjevera" in _speakers(article)


def test_an_outlet_described_after_its_name_keeps_the_name(stages) -> None:
    article = _analysed(
        stages,
        "Minister quits",
        "Glas Sjevera, a harbour weekly, reported on Monday that the minister had resigned.",
    )
    assert _speakers(article) == ["Glas Sjevera"]


def test_a_parenthetical_report_before_a_participle_reports_the_clause_before(stages) -> None:
    article = _analysed(
        stages,
        "Diplomats expelled",
        "Dravia expelled two Velmar diplomats on Friday, its foreign ministry said, deepening "
        "a quarrel over fishing quotas.",
    )
    (quote,) = article.quotes
    assert quote.text == "Dravia expelled two Velmar diplomats on Friday"
    (expulsion,) = [e for e in article.events if "Dravia" in e.participant_names()]
    assert {s.stance for s in expulsion.sources} == {StanceKind.ASSERTS}
    assert any("ministry" in s.name for s in expulsion.sources)


def test_a_parenthetical_inside_the_clause_keeps_the_clause_after(stages) -> None:
    article = _analysed(
        stages,
        "Quota row",
        "The quarrel over quotas, the ministry said, had gone on for months.",
    )
    (quote,) = article.quotes
    assert quote.text.startswith("had gone on for months")


def _accusation_sources(stages, sentence: str) -> set[tuple[str, str]]:
    return _stances(_analysed(stages, "Fishing row", sentence), "ACCUSE")


def test_an_accusation_made_in_a_statement_is_on_its_author_s_record(stages) -> None:
    found = _accusation_sources(
        stages,
        "Velmar Foreign Minister Arno Vesk accused Dravia on Tuesday of breaking the fishing "
        "accord, in a statement issued by his ministry.",
    )
    assert found == {("Arno Vesk", StanceKind.ASSERTS)}


def test_an_accusation_told_without_its_record_stays_the_outlet_s(stages) -> None:
    found = _accusation_sources(
        stages,
        "Velmar Foreign Minister Arno Vesk accused Dravia on Tuesday of breaking the fishing "
        "accord.",
    )
    assert found == {("the outlet", StanceKind.ASSERTS)}
    praise = _stances(
        _analysed(
            stages,
            "Fishing row",
            "Velmar Foreign Minister Arno Vesk praised Dravia on Tuesday in support of the accord.",
        ),
        "SUPPORT",
    )
    assert praise == {("the outlet", StanceKind.ASSERTS)}  # "in support of" is no record
