"""Aid told by the donor and by the receiving state's department, in two wire stories written
for these tests: the goods sent to a town go to its country, the department that took delivery
of them is its state across articles, and the retold arrival dates the delivery."""

from __future__ import annotations

from analysis import analyse, ledger_events

from newsledger.model import Participant
from newsledger.resolve.merge import side_name

DONOR = (
    "Zambia sends maize to Malawi\n\n"
    "Zambia delivered 2,000 tonnes of maize to Blantyre on Tuesday, Zambia's Ministry of "
    "Agriculture said in a statement.\n"
)
RECEIVER = (
    "Malawi confirms arrival of grain\n\n"
    "Malawi's Department of Disaster Management Affairs said on Monday it had taken delivery "
    "of the Zambian maize that reached Blantyre last Tuesday.\n"
)


def test_goods_sent_to_a_town_go_to_its_country():
    (event,) = [e for e in analyse(DONOR, "2026-02-11").events if e.type == "AID"]
    assert [p.name for p in event.recipients] == ["Malawi"]
    assert event.location == "Blantyre"


def test_the_retold_arrival_dates_the_delivery():
    (event,) = [e for e in analyse(RECEIVER, "2026-02-16").events if e.type == "AID"]
    assert event.date is not None and event.date.value == "2026-02-10"
    assert [p.country for p in event.actors] == ["ZMB"]


def test_a_states_department_is_that_state_across_articles():
    department = Participant("Malawi's Department of Disaster Management Affairs", "MWI", "GOV")
    assert side_name(department, officials=True) == "Malawi"
    assert side_name(department) == department.name
    minister = Participant("Chileshe Mwanza", "ZMB", "GOV")
    assert side_name(minister, officials=True) == "Chileshe Mwanza"


def test_donor_and_receiver_tell_one_delivery(tmp_path, stages):
    events = ledger_events(tmp_path, stages, [(DONOR, "2026-02-11"), (RECEIVER, "2026-02-16")])
    (aid,) = [e for e in events if e.type == "AID"]
    assert aid.status == "confirmed"
    assert len({ev.article_id for ev in aid.evidence}) == 2


SHOOTING = (
    "Guards fire on fishing boat\n\n"
    "Belarusian border guards opened fire on a fishing boat near Kels on Thursday, wounding "
    "two fishermen, Lithuania's foreign ministry said.\n"
)
FOLLOW_UP = (
    "Wounded fishermen flown to Vilnius\n\n"
    "Lithuanian media reported on Saturday that the two fishermen wounded near Kels had been "
    "flown to a hospital in Vilnius.\n"
)


def test_the_group_told_again_with_its_article_is_the_same_group():
    fishermen = Participant("two fishermen")
    assert side_name(Participant("the two fishermen")) == side_name(fishermen)
    assert side_name(Participant("The Hague")) == "The Hague"


def test_a_later_report_on_the_wounded_joins_the_shooting(tmp_path, stages):
    stories = [(SHOOTING, "2026-05-01"), (FOLLOW_UP, "2026-05-03")]
    shootings = [e for e in ledger_events(tmp_path, stages, stories) if e.type == "ASSAULT"]
    assert len(shootings) == 1
    assert len({ev.article_id for ev in shootings[0].evidence}) == 2
