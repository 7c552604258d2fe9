"""Exact and near-duplicate detection on a wire story, a syndicated copy and a rival report."""

from newsledger.clean.dedupe import (
    NearDuplicateIndex,
    containment,
    content_hash,
    signature,
    similarity,
)

WIRE = """Harbour strike halts grain exports for a third day

Dock workers at the port of Velmar extended their strike on Wednesday, leaving more than forty
grain ships waiting at anchor and pushing wheat futures to a two-month high, union leaders and
shipping agents said.
The National Dockers' Union said its members would stay off the job until the port authority
agreed to restore night-shift pay that was cut in March. "We will not load a single ship on these
terms," union secretary Mara Tenning told reporters outside the main gate.
The port authority said in a statement that it had offered to reopen talks on Friday and accused
the union of holding the country's farmers hostage. It said the pay cut was needed to cover the
cost of new cranes bought last year.
Velmar handles about a third of the country's grain exports. Traders said buyers in North Africa
had begun looking for cargoes elsewhere, and the agriculture ministry warned that storage silos
inland would be full within ten days if the ships could not load.
Shipping agents said demurrage charges, the fees paid when ships wait beyond their scheduled time,
had already reached several million dollars. Two vessels left the anchorage on Tuesday to load at
a smaller port along the coast, they said.
The strike began on Monday after talks between the union and the port authority broke down. The
transport minister said on Tuesday that the government would not intervene for now but urged both
sides to return to the table. A similar dispute in 2019 lasted eleven days and ended with a
mediated agreement on overtime rates.
Farmers' groups said they feared prices paid at the farm gate would fall if the backlog grew, and
called on the government to appoint a mediator before the harvest reaches its peak next month.
"""

# The same story as another outlet prints it: its own headline, page furniture, a rewritten
# opening sentence, one edited quote attribution, and the last paragraph cut.
SYNDICATED = """Port walkout strands 40 grain ships
Share on Facebook | Share on X | Email
By Staff and wire reports
Dock workers at the port of Velmar stayed off the job for a third day on Wednesday, leaving more
than forty grain ships waiting at anchor and pushing wheat futures to a two-month high, union
leaders and shipping agents said.
The National Dockers' Union said its members would stay off the job until the port authority
agreed to restore night-shift pay that was cut in March. "We will not load a single ship on these
terms," Mara Tenning, the union's secretary, said outside the main gate.
The port authority said in a statement that it had offered to reopen talks on Friday and accused
the union of holding the country's farmers hostage. It said the pay cut was needed to cover the
cost of new cranes bought last year.
Velmar handles about a third of the country's grain exports. Traders said buyers in North Africa
had begun looking for cargoes elsewhere, and the agriculture ministry warned that storage silos
inland would be full within ten days if the ships could not load.
Shipping agents said demurrage charges, the fees paid when ships wait beyond their scheduled time,
had already reached several million dollars. Two vessels left the anchorage on Tuesday to load at
a smaller port along the coast, they said.
The strike began on Monday after talks between the union and the port authority broke down. The
transport minister said on Tuesday that the government would not intervene for now but urged both
sides to return to the table. A similar dispute in 2019 lasted eleven days and ended with a
mediated agreement on overtime rates.
Related: Wheat prices climb as exports stall
"""

# Another outlet's own reporting of the same strike: same names and facts, different wording.
RIVAL = """Velmar dockers vow to keep port shut as grain backlog grows

The strike at Velmar entered its third day on Wednesday with no sign of a deal, as union leader
Mara Tenning said dockers would not return until night-shift pay is restored.
More than forty ships carrying or waiting for grain are anchored off the port, according to
shipping agents, and wheat futures rose to their highest level in two months.
The port authority, which cut the night-shift rate in March to pay for new cranes, says it is
ready to talk on Friday. Its chief executive described the walkout as reckless and said farmers
were paying the price for a dispute that could be settled at the negotiating table.
Farmers in the grain belt said silos were filling fast. The agriculture ministry estimates that
inland storage will run out in about ten days. Some exporters have started sending trucks to a
smaller coastal port, but its quays can handle only a fraction of Velmar's volume.
The government has so far stayed out of the dispute. In 2019 a strike at the same port ended
after eleven days when a mediator brokered a deal on overtime.
"""


def test_content_hash_ignores_whitespace_only():
    assert content_hash("Hello  world\n today") == content_hash(" Hello world today ")
    assert content_hash("Hello world today") != content_hash("Hello world, today")
    assert len(content_hash("x")) == 64


def test_measured_similarities():
    wire, copy, rival = signature(WIRE), signature(SYNDICATED), signature(RIVAL)
    assert 0.6 < similarity(wire, copy) < 0.8  # 0.8 alone would miss this copy
    assert containment(wire, copy) > 0.8
    assert similarity(wire, rival) < 0.1
    assert containment(wire, rival) == 0.0
    assert similarity(wire, wire) == containment(wire, wire) == 1.0


def test_copy_cut_to_its_first_half_found_by_containment():
    lines = WIRE.splitlines()
    first_half = "\n".join(["Grain ships wait as dockers strike", *lines[1 : len(lines) // 2]])
    wire, cut = signature(WIRE), signature(first_half)
    assert similarity(wire, cut) < 0.5
    assert containment(wire, cut) > 0.75
    index = NearDuplicateIndex()
    index.add("wire-1", WIRE)
    assert index.find(first_half) == "wire-1"


def test_a_few_shared_lines_are_not_a_copy():
    index = NearDuplicateIndex()
    index.add("wire-1", WIRE)
    assert index.find("\n".join(WIRE.splitlines()[3:6])) is None
    assert index.find("") is None


def test_syndicated_copy_found_and_rival_report_not():
    index = NearDuplicateIndex()
    index.add("wire-1", WIRE)
    assert index.find(SYNDICATED) == "wire-1"
    assert index.find(RIVAL) is None


def test_index_rebuilt_from_stored_signatures():
    stored = {"wire-1": signature(WIRE), "rival-1": signature(RIVAL)}
    index = NearDuplicateIndex()
    for key, value in stored.items():
        index.add_signature(key, bytes(value))  # as read back from a database blob
    assert len(index) == 2
    assert index.find(SYNDICATED) == "wire-1"
    assert index.find_signature(signature(RIVAL)) == "rival-1"
    assert index.find("An unrelated note about a village football match on Sunday.") is None


def test_signature_is_fixed_size_bytes():
    assert isinstance(signature(WIRE), bytes)
    assert len(signature(WIRE)) == len(signature("short text")) == 4 + 128 * 4
    assert signature(WIRE) == signature(WIRE)
