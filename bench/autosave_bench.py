"""Benchmark: what one meeting-mode autosave costs (``meetings.save_draft``).

Simulates typing a note word by word into a real diary file opened with Dagbog's pragmas
(WAL, ``synchronous=FULL``: every commit is synced to disk). The first call inserts the
draft row, every later one is a single UPDATE by primary key in its own transaction.
Optionally the diary first gets N synthetic entries, to show the cost does not grow with it.

    python bench/autosave_bench.py                  # 300 saves on an empty diary
    python bench/autosave_bench.py --entries 20000 --saves 500
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def run(saves: int, entries: int) -> dict:
    from dagbog.core import cases, clock, db, demo, journal, meetings

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        db.open_database(path)
        try:
            if entries:
                demo.create_synthetic(entries)
            case = cases.list_cases()[0] if entries else cases.create_case("Bench")
            entry = journal.log_contact(case, at=clock.now(), kind="meeting", direction="in")
            meeting = meetings.open_meeting(entry)
            words = ("Jonas lover at sende den nye jobplan inden fredag " * 40).split()
            draft = None
            text = ""
            timings = []
            for i in range(saves):
                text = (text + " " + words[i % len(words)]).strip()
                start = time.perf_counter()
                draft = meetings.save_draft(meeting, text, draft)
                timings.append((time.perf_counter() - start) * 1000)
        finally:
            db.close_database()
    timings.sort()
    return {
        "saves": saves,
        "entries": entries,
        "median_ms": round(statistics.median(timings), 3),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 3),
        "max_ms": round(timings[-1], 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--entries", type=int, default=0)
    args = parser.parse_args()
    result = run(args.saves, args.entries)
    print(
        f"autosave ({result['saves']} saves, {result['entries']} entries): "
        f"median {result['median_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
