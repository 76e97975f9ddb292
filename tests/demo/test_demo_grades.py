"""The demo brief grades each of its five seeds, with reasons its own text
gives, and the grades reach every citation's label."""
from pathlib import Path

from briefgen import check

REPO = Path(__file__).resolve().parents[2]


def test_every_seed_has_a_type_a_grade_and_a_reason():
    meta = check(REPO).library.source_meta
    graded = {sid: (m.get("publisher_type"), m.get("reliability")) for sid, m in meta.items()}
    assert graded == {
        "000_6b63e09ce1224b78": ("think-tank", "C"),
        "001_169d24ce2ef1f331": ("blog", "D"),
        "002_67d3dee2a9e37524": ("blog", "C"),
        "003_71bbbec9e7f28b47": ("analysis", "C"),
        "004_c3bbcc797fb922f4": ("wire", "B"),
    }
    assert all(len(m["assessment"]) > 100 for m in meta.values())
    # The reasons issue 9 gives for doubting 001 are in its assessment.
    assert '"Former President"' in meta["001_169d24ce2ef1f331"]["assessment"]
    assert "prepares for its first summit" in meta["001_169d24ce2ef1f331"]["assessment"]
