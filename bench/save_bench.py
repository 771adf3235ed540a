"""How long saving one entry takes, with its version and the hash chain (median ms).

``python bench/save_bench.py [N]`` prints the figures; ``bench/run.py`` may import
:func:`measure`. Each save is a real ``journal.log_contact`` (or ``edit_entry``) on a real
file with ``synchronous=FULL``, so the figure includes the fsync of the commit.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dagbog.core import cases, clock, db, journal  # noqa: E402


def measure(count: int = 200, prefill: int = 0) -> dict[str, float]:
    """Median and 95th percentile ms of log_contact and edit_entry over ``count`` saves."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        db.open_database(path)
        try:
            if prefill:
                from dagbog.core import demo

                demo.create_synthetic(prefill)
            case = cases.create_case("Måling")
            at = clock.parse_local_datetime("2026-01-05 09:00")
            saves, edits, entries = [], [], []
            for i in range(count):
                start = time.perf_counter()
                entry = journal.log_contact(
                    case,
                    at=at + timedelta(minutes=i),
                    kind="call",
                    direction="out",
                    subject=f"Opkald {i}",
                    note="Talte om sagen. " * 20,
                )
                saves.append((time.perf_counter() - start) * 1000)
                entries.append(entry)
            for entry in entries:
                start = time.perf_counter()
                journal.edit_entry(entry, reason="rettelse", subject=entry.subject + " (rettet)")
                edits.append((time.perf_counter() - start) * 1000)
        finally:
            db.close_database()

    def p95(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.95) - 1]

    return {
        "save_median_ms": statistics.median(saves),
        "save_p95_ms": p95(saves),
        "edit_median_ms": statistics.median(edits),
        "edit_p95_ms": p95(edits),
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=200, help="saves to time")
    parser.add_argument("prefill", nargs="?", type=int, default=0, help="entries made first")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    count, prefill = args.count, args.prefill
    figures = measure(count, prefill)
    print(f"saves: {count}, entries already in the file: {prefill}")
    for name, value in figures.items():
        print(f"{name}: {value:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
