"""The save benchmark runs (figures are printed by bench/save_bench.py, not asserted)."""

from __future__ import annotations

from bench.save_bench import measure


def test_save_bench_measures():
    figures = measure(count=5)
    assert set(figures) == {"save_median_ms", "save_p95_ms", "edit_median_ms", "edit_p95_ms"}
    assert all(value > 0 for value in figures.values())
