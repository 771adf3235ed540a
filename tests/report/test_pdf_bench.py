"""The PDF benchmark script runs end to end at a small size (no timing asserts)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "pdf_bench.py"


def _load():
    spec = importlib.util.spec_from_file_location("pdf_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("pdf_bench", module)
    spec.loader.exec_module(module)
    return module


def test_run_benchmark_function_small(tmp_path):
    bench = _load()
    summary = bench.run_benchmark((30, 60), workdir=tmp_path)
    assert [row["entries"] for row in summary["sizes"]] == [30, 60]
    for row in summary["sizes"]:
        assert row["pages"] >= 2 and row["export_s"] > 0 and row["canvas_s"] > 0
        assert row["ratio"] > 0 and row["export_peak_mb"] > 10
    assert summary["size_factor"] == 2
    assert (tmp_path / "export-60.pdf").read_bytes().startswith(b"%PDF-")
    assert "ratio export/canvas" in bench.format_summary(summary)


def test_script_command_line_small():
    result = subprocess.run(
        [sys.executable, str(BENCH), "--entries", "20", "--no-notes"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "uden noter" in result.stdout and "peak memory" in result.stdout
