"""Basis points are hundredths of a percentage point: the overreach check
reads "25 basis points", "25 bps" and "0.25 percentage points" as one move,
and none of them as 25 percentage points, nor as 25 points of an index."""
import pytest

from test_overreach import _judged


@pytest.mark.parametrize("claim, quote", [
    ("The bank cut its rate by 0.25 percentage points.", "The bank cut its rate by 25 basis points."),
    ("The bank cut its rate by 25 basis points.", "The bank cut its rate by 0.25 percentage points."),
    ("The bank cut its rate by 25 basis points.", "The bank cut its rate by 25 bps."),
    ("The bank raised rates by 1.5 percentage points.", "The bank raised rates by 150 basis points in all."),
    ("The index fell 25 points.", "The index fell 25 points."),
    ("The bank cut its rate by 0.5 percentage point.", "The bank cut its rate by 50 basis points."),
    ("The bank cut its rate by 50 basis points.", "The bank cut its rate by half a point, or 0.5 percentage point."),
    ("The bank raised its rate by 0.01 percentage points.", "The bank raised its rate by 1 basis point."),
])
def test_the_same_move_in_other_points_is_supported(claim, quote):
    numbers, _, words, *_ = _judged(claim, quote, "en")
    assert (numbers, words) == ([], [])


@pytest.mark.parametrize("claim, quote, unsupported", [
    ("The bank cut its rate by 25 percentage points.", "The bank cut its rate by 25 basis points.",
     "25 percentage points"),
    ("The bank cut its rate by 25 basis points.", "The bank cut its rate by 25 percentage points.",
     "25 basis points"),
    ("The bank cut its rate by 50 basis points.", "The bank cut its rate by 25 basis points.", "50 basis points"),
    ("The index fell 25 points.", "The bank cut its rate by 25 basis points.", "25"),
    ("The bank cut its rate by 1 percentage point.", "The bank cut its rate by 1 basis point.", "1 percentage point"),
    ("The bank cut its rate by 0.5 percentage point.", "The bank cut its rate by 0.5%.", "0.5 percentage point"),
])
def test_another_move_is_not(claim, quote, unsupported):
    numbers, *_ = _judged(claim, quote, "en")
    assert numbers == [unsupported]
