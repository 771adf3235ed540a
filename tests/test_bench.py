"""bench/run.py keeps working: a small run, every row present (no timing asserts)."""

from __future__ import annotations

import json
import os
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


def test_ui_operations_probe_runs_on_a_small_diary(tmp_path):
    diary = tmp_path / "lille.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-m", "dagbog", "demo", "--db", str(diary), "--entries", "200"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "ui_ops.py"), "--db", str(diary), "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    for action in ("switch case", "scroll the journal", "open the awaiting panel",
                   "type a word in search", "calendar: next month"):  # fmt: skip
        assert action in result.stdout
