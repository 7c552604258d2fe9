"""An event's status follows who speaks: only a participant's own side confirms."""

from newsledger.model import Source, SourceRole


def src(name, stance, role):
    return Source(name, stance, role=role)


def status(*sources, participants=()):
    from newsledger.resolve.merge import derive_status

    return derive_status(list(sources), participants)


def test_only_the_participant_side_confirms():
    assert status(src("Planalto Palace", "asserts", SourceRole.PARTICIPANT)) == "confirmed"
    assert status(src("Daily Wire Service", "asserts", SourceRole.MEDIA)) == "reported"
    assert status(src("the outlet", "asserts", SourceRole.OUTLET)) == "reported"
    assert status(src("a think tank", "asserts", SourceRole.OTHER)) == "reported"


def test_a_participant_named_as_source_confirms_without_a_role():
    # records made without resolution (an older store, a hand-built mention) carry no role
    assert status(Source("Ana Lima", "asserts"), participants=["Ana Lima"]) == "confirmed"
    assert status(Source("Ana Lima", "asserts")) == "reported"


def test_denials_make_denied_or_disputed_whoever_speaks():
    media = src("Daily Wire Service", "asserts", SourceRole.MEDIA)
    side = src("Planalto Palace", "asserts", SourceRole.PARTICIPANT)
    denial = src("Jon Berg", "denies", SourceRole.PARTICIPANT)
    assert status(denial) == "denied"
    assert status(media, denial) == "disputed"
    assert status(side, src("Daily Wire Service", "denies", SourceRole.MEDIA)) == "disputed"


def test_a_hedge_is_no_assertion():
    assert status(src("Planalto Palace", "hedges", SourceRole.PARTICIPANT)) == "reported"
