"""Aid told by the donor, then by the receiving state's ministry under a headline of its own,
in two wire stories written for these tests: the ministry's receipt joins the donor's delivery
although the receiving article's vaguer first telling joined it first."""

from __future__ import annotations

from analysis import ledger_events

DONOR = (
    "Kenya ships medicines to Uganda\n\n"
    "Kenya on Tuesday sent 30 tonnes of medicines and tents to Gulu, where floods have "
    "displaced thousands, Kenya's Ministry of Foreign Affairs said.\n"
)
RECEIVER = (
    "Floods in the north\n\n"
    "Medicines from Kenya arrived in Gulu this week.\n"
    "Uganda's health ministry said on Friday it had taken receipt in Gulu of 30 tonnes of "
    "medicines from Kenya on Tuesday evening.\n"
)


def test_the_receivers_ministry_joins_the_donors_delivery(tmp_path, stages):
    events = ledger_events(tmp_path, stages, [(DONOR, "2026-07-15"), (RECEIVER, "2026-07-18")])
    (aid,) = [e for e in events if e.type == "AID"]
    assert aid.status == "confirmed"
    assert len({ev.article_id for ev in aid.evidence}) == 2


UNCLAIMED = (
    "Court hears border case\n\nNorland's army has not arrested any Eastland traders this year.\n"
)
CLAIMED = (
    "Minister rejects arrest report\n\n"
    "Norland's interior ministry said on Monday that its police had not arrested the Eastland "
    "traders.\n"
)


def test_an_act_the_outlet_alone_says_did_not_happen_makes_no_event(tmp_path, stages):
    events = ledger_events(tmp_path, stages, [(UNCLAIMED, "2026-05-04")])
    assert not [e for e in events if e.type == "COERCE"]


def test_a_denial_by_a_named_side_stays_in_the_ledger(tmp_path, stages):
    events = ledger_events(tmp_path, stages, [(CLAIMED, "2026-05-04")])
    (arrest,) = [e for e in events if e.type == "COERCE"]
    assert arrest.status == "denied"
