"""How long the open/overdue-request queries and the case statistics take on a big diary.

``python bench/overdue_bench.py [--db FILE] [--entries N]`` builds (or reuses) a diary with N
synthetic entries (default 100,000 over 5 cases, as ``dagbog demo --entries``) and prints the
median of 7 runs for each query. :func:`measure` returns the figures for other scripts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dagbog.core import cases, db, demo, next_step, requests, stats  # noqa: E402


def _median_ms(func, runs: int = 7) -> float:
    func()  # warm the page cache and peewee's query compilation
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(path: Path, entries: int = 100_000) -> dict[str, float]:
    """Median ms of each query on the diary at ``path`` (filled with ``entries`` if new)."""
    fresh = not path.exists()
    db.open_database(path)
    try:
        if fresh:
            demo.create_synthetic(entries)
        case = cases.list_cases()[0]
        return {
            "overdue_requests(all cases)": _median_ms(lambda: requests.overdue_requests(None)),
            "overdue_requests(one case)": _median_ms(lambda: requests.overdue_requests(case)),
            "count_open(all cases)": _median_ms(lambda: requests.count_open(None)),
            "case_statistics(one case)": _median_ms(lambda: stats.case_statistics(case)),
            "monthly_counts(one case)": _median_ms(lambda: stats.monthly_counts(case)),
            "next_step.suggest(one case)": _median_ms(lambda: next_step.suggest(case)),
        }
    finally:
        db.close_database()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing or new diary file")
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.db"
        figures = measure(path, args.entries)
    for name, ms in figures.items():
        print(f"{name:<32} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
