"""part_of loops: each reported once, from its member that comes first in the
fact files, whatever leads into it; a long chain is walked once."""
import random

from briefgen import check
from briefgen.links import _part_of_loops


class _Event:
    def __init__(self, part_of):
        self.part_of = part_of

    def get(self, field):
        return self.part_of if field == "part_of" else None


def _loops_walking_every_chain(records):
    """The loops as following each record's chain to its top finds them."""
    loops, reported = [], set()
    for record_id, record in records.items():
        chain, parent = [record_id], record.get("part_of")
        while parent in records and parent not in chain:
            chain.append(parent)
            parent = records[parent].get("part_of")
        if parent == record_id and record_id not in reported:
            reported.update(chain)
            loops.append(chain)
    return loops


def test_loops_are_those_following_every_chain_finds():
    chooser = random.Random(5)
    for _ in range(300):
        ids = [f"e{n}" for n in range(chooser.randint(1, 12))]
        targets = ids + [None, "unknown"]
        records = {record_id: _Event(chooser.choice(targets)) for record_id in ids}
        assert sorted(_part_of_loops(records)) == sorted(_loops_walking_every_chain(records))


def test_a_long_chain_into_a_loop_reports_the_loop_once_from_its_first_member():
    records = {f"e{n}": _Event(f"e{n + 1}") for n in range(3000)}
    records["e3000"] = _Event("e2998")  # e2998 → e2999 → e3000 → e2998
    records["self"] = _Event("self")
    assert _part_of_loops(records) == [["e2998", "e2999", "e3000"], ["self"]]


def test_a_loop_entered_from_a_chain_is_one_error(make_project):
    meetings = "".join(f"""
        - id: {record_id}
          name: Talks {record_id}
          part_of: {parent}
          claims:
            - text: The forum met.
              cite:
                - source: article
                  quote: "the forum met in Astana"
        """ for record_id, parent in [("lead-in", "talks-b"), ("talks-a", "talks-c"), ("talks-b", "talks-a"),
                                      ("talks-c", "talks-b")])
    root = make_project({"content/meetings.yaml": meetings})
    assert [d.message for d in check(root).diagnostics.errors] == [
        "meeting 'talks-a' is part of itself (talks-a → talks-c → talks-b → talks-a)"]
