"""bench/run.py keeps working: a small run, every row present (no timing asserts)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_small_benchmark_run_prints_every_row():
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--entries", "300", "--quick", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    rows = {row["measure"].split(",")[0].split(" (")[0]: row for row in json.loads(result.stdout)}
    assert all(row["dagbog"] == row["dagbog"] for row in rows.values())  # no NaN: all measured
    for name in (
        "start to first paint",
        "memory at first paint",
        "newest 50 of a case",
        "overdue requests of a case",
        'search "sagsbehandl"',
        'search "lægeattest"',
        "save one entry",
        "PDF export of 200 entries",
    ):
        assert name in rows, sorted(rows)
    assert rows["start to first paint"]["dagbog"] > 0
    assert rows["start to first paint"]["baseline"] > 0
    assert rows['search "sagsbehandl"']["dagbog"] > 0
