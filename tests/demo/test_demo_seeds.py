"""The demo brief's five seed articles: their paragraphs, and the dates and
amounts the recognisers find in them (moved from test_sources, test_dates and
test_quantities, which keep their own small texts)."""
from decimal import Decimal
from pathlib import Path

import pytest

from briefgen.dates import PartialDate, find_dates
from briefgen.diagnostics import Diagnostics
from briefgen.quantities import Quantity, find_quantities
from briefgen.sources import load_sources

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


def q(amount, currency=None, unit=None, qualifier=None, text=""):
    return Quantity(Decimal(amount), currency, unit, qualifier, text)


def isos(spans) -> list[str]:
    return [s.iso() for s in spans]


def test_the_five_seeds_load_with_their_paragraph_counts():
    diagnostics = Diagnostics(REPO)
    sources = load_sources(REPO / "seeds", 2_000_000, diagnostics)
    assert not diagnostics
    assert {sid: len(s.paragraphs) for sid, s in sources.items()} == {
        "000_6b63e09ce1224b78": 15, "001_169d24ce2ef1f331": 9, "002_67d3dee2a9e37524": 14,
        "003_71bbbec9e7f28b47": 25, "004_c3bbcc797fb922f4": 19}
    for sid, source in sources.items():
        assert source.text.encode("utf-8") == (REPO / "seeds" / f"{sid}.txt").read_bytes()


@pytest.mark.parametrize("name, expected", [
    ("000_6b63e09ce1224b78.txt", ["2024-08-09", "2024-08-09/2024-08-10", "2024-08-09"]),
    ("001_169d24ce2ef1f331.txt", []),
    ("002_67d3dee2a9e37524.txt", ["2004"]),
    ("004_c3bbcc797fb922f4.txt", []),
])
def test_seeds_without_a_reference_give_only_explicit_dates(name, expected):
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert isos(find_dates(text)) == expected


# --- dates and quantities together, with a reference date -------------------

SEEDS_EXPECTED = {
    "000_6b63e09ce1224b78.txt": (
        PartialDate(2024, 8),
        ["2024-08-09", "2024-08-09/2024-08-10", "2024-08-09"],
        [q(80000000, qualifier="exceeding", text="exceeding 80 million"),
         q(5, unit="states", text="five Central Asian states"),
         q(100, unit="companies", qualifier="over", text="over 100 leading Japanese companies"),
         q(350, unit="companies", qualifier="more-than", text="more than 350 companies"),
         q(22, unit="documents", text="22 cooperation documents")],
    ),
    "001_169d24ce2ef1f331.txt": (
        PartialDate(2025, 12),
        ["2025-12-19"],
        [q(100, unit="projects", qualifier="over", text="over 100 projects"),
         q(5, unit="countries", text="five Central Asian countries"),
         q(1000000000, "USD", text="$1 billion")],
    ),
    "002_67d3dee2a9e37524.txt": (
        PartialDate(2024, 7),
        ["2024-08", "2024-08", "2024-08-09/2024-08-12", "2004", "2023-09", "2023-09"],
        [q(5, unit="countries", text="five Central Asian countries"),
         q(5, unit="countries", text="five Central Asian countries"),
         q(3, unit="areas", text="three areas"),
         q(9, unit="meetings", text="nine foreign ministers’ meetings"),
         q(5, unit="countries", text="Five Central Asian countries"),
         q(5, unit="countries", text="five Central Asian countries"),
         q(5, unit="countries", text="five countries"),
         q(2, unit="sides", text="two sides")],
    ),
    "003_71bbbec9e7f28b47.txt": (
        None,
        ["2023", "2022-12", "2023/2025", "2015", "2022-12", "2022-04", "2022/2023", "1997"],
        [q(7500000, "USD", text="$7.5 million"),
         q(15, unit="years", text="15 Years")],
    ),
    "004_c3bbcc797fb922f4.txt": (
        PartialDate(2025, 12),
        # "summits with Putin, Xi and von der Leyen this year", "rare earths ... this year", "in June"
        ["2025", "2025", "2025-06"],
        [q(5, unit="years", text="five-year"),
         q(19000000000, "USD", text="$19 billion"),
         q(5, unit="years", text="five-year"),
         q(19000000000, "USD", text="$19 billion"),
         q(5, unit="nations", text="five Central Asia nations"),
         q(3000000000000, "JPY", text="3 trillion yen"),
         q(5, unit="years", text="5 years"),
         q(5, unit="leaders", text="five leaders")],
    ),
}


def test_every_seed_is_covered():
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(SEEDS_EXPECTED)


@pytest.mark.parametrize("name", sorted(SEEDS_EXPECTED))
def test_seed_dates_and_quantities(name):
    reference, dates, quantities = SEEDS_EXPECTED[name]
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert [d.iso() for d in find_dates(text, reference)] == dates
    assert find_quantities(text) == quantities
