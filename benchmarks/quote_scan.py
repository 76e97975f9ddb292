"""How long reading the dates and amounts out of one quote takes, by length.

    python3 benchmarks/quote_scan.py            # 8 KB to 256 KB
    python3 benchmarks/quote_scan.py 1000000    # up to about this many characters

The scan is linear (tests/test_scan_bounds.py shows it by counting what the
date rules read), so doubling the quote should about double the time; a
66 KB quote used to take 26 s."""
from __future__ import annotations

import sys
import time

from briefgen import dates, quantities

PASSAGE = ("On 9-10 August 2024 Japan pledged $1 billion, December 2022 and last September, "
           "in early June 2023 more than 350 companies came; from 2004 to 2024 see www.example.org/x. ")


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main(largest: int = 256_000) -> None:
    print(f"{'characters':>10}  {'dates s':>8}  {'amounts s':>9}  {'found':>6}")
    size = 8_000
    while size <= largest:
        text = (PASSAGE * (size // len(PASSAGE) + 1))[:size]
        found = len(quantities.find_quantities(text))
        print(f"{size:>10,}  {best_of(3, lambda: dates.find_date_mentions(text)):>8.3f}"
              f"  {best_of(3, lambda: quantities.find_quantities(text)):>9.3f}  {found:>6}")
        size *= 2


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 256_000)
