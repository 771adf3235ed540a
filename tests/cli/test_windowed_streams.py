"""A windowed build starts with no stdout/stderr; main() must still run and report errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What a windowed PyInstaller bundle or pythonw.exe does: no console streams at all.
WINDOWED = """
import sys
sys.stdout = None
sys.stderr = None
from dagbog.__main__ import main
code = main(sys.argv[1:])
sys.__stdout__.write(f"exit={code}\\n")
"""


def _windowed(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", WINDOWED, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_main_survives_missing_stdout_and_stderr(tmp_path):
    db_path = tmp_path / "dagbog.db"
    assert _windowed("demo", "--db", str(db_path)).stdout.strip() == "exit=0"
    # json.dump(..., sys.stdout) would raise AttributeError on None without the guard.
    listed = _windowed("list", "--db", str(db_path), "--json")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "exit=0"
    refused = _windowed("list", "--db", str(tmp_path / "findes-ikke.db"))
    assert refused.stdout.strip() == "exit=2"  # the Danish error went nowhere, without a crash
