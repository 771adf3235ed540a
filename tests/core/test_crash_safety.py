"""Crash safety: a writer killed with SIGKILL at random moments loses no saved entry."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dagbog.core import verify

ROOT = Path(__file__).resolve().parents[2]
#: Kill runs in the suite; a longer campaign: ``DAGBOG_KILL_RUNS=500 pytest -s <this file>``.
KILL_RUNS = int(os.environ.get("DAGBOG_KILL_RUNS", "80"))
RESULTS: dict[str, int] = {}


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_nothing(tmp_path):
    path = tmp_path / "nedbrud.db"
    rng = random.Random(20261123)
    reported: dict[str, int] = {}  # uuid -> newest version the child said it saved
    lost = 0
    attached = 0
    for run in range(KILL_RUNS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.core.crash_writer", str(path), str(run)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        # Let it save a random number of entries, then kill it in the middle of the next.
        for _ in range(rng.randrange(1, 12)):
            line = child.stdout.readline()
            if not line:
                break
            uuid, version = line.split()
            reported[uuid] = int(version)
        child.send_signal(signal.SIGKILL)
        for line in child.stdout.read().splitlines():  # printed before the kill: also saved
            uuid, version = line.split()
            reported[uuid] = int(version)
        child.wait()
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = dict(conn.execute("SELECT uuid, version FROM entry").fetchall())
        finally:
            conn.close()
        lost += sum(1 for uuid, version in reported.items() if stored.get(uuid, 0) < version)
        assert lost == 0, f"run {run}: lost saved entries"
        result = verify.verify_file(path)
        assert result.ok, result.message
        files = verify.check_attachment_files(path)  # copied and synced before the commit
        assert files.ok, files.message
        attached = max(attached, files.checked)
    RESULTS.update(runs=KILL_RUNS, lost=lost, entries=len(reported), attachments=attached)
    print(
        f"\ncrash test: {KILL_RUNS} kill runs, {len(reported)} entries reported, {lost} lost, "
        f"{attached} attachments all intact"
    )
    assert len(reported) >= KILL_RUNS
