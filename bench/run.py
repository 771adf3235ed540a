"""Dagbog's figures at scale, each next to a baseline measured in the same run.

``python bench/run.py [--entries 100000] [--quick] [--db PATH] [--json]`` builds a diary
with ``python -m dagbog demo --entries N`` (or copies ``--db``) and prints a table:

- start to first paint of the main window vs a bare PySide6 window with a calendar and
  an empty table (bench/bare_window.py), and the resident memory of both;
- the newest 50 of a case, its overdue requests and two searches through Dagbog's
  services vs the same SQL through raw sqlite3;
- saving one entry (version, hash chain and search index included), median and p95;
- PDF export of 1,000 and 10,000 entries vs a plain canvas writer (bench/pdf_bench.py,
  when present).

Ratios are Dagbog / baseline. Timing is wall clock, the median of several runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

#: One table row: measure, dagbog, baseline, ratio, target (ratio), limit (absolute), ...
Row = dict


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # An installed Dagbog (pip, the bundle) runs from compiled bytecode; a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile ~90 modules at every start and time that instead.
    # The warm-up runs fill a bytecode cache outside the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "dagbog-bench-pyc"))
    return env


#: ``dagbog --quit-after-start`` waits for the file's health check after the first paint
#: (its exit code says whether the file is damaged); with this set it says on stderr when the
#: window has painted, and the start is timed to that line (dagbog/ui/app.py). The bare
#: window writes the same line at the same point, so neither counts its exit.
FIRST_PAINT_ENV = "DAGBOG_MARK_FIRST_PAINT"
FIRST_PAINT_MARKER = "dagbog: first paint"


def _run_child(args: list[str], first_paint: bool = False) -> tuple[float, float]:
    """Run a process to its end; (wall seconds, peak resident MiB).

    ``first_paint``: the seconds are those to the child's first-paint line on stderr.
    """
    env = _env()
    if first_paint:
        env[FIRST_PAINT_ENV] = "1"
    start = time.perf_counter()
    child = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    painted, lines = None, []
    for raw in child.stderr:
        line = raw.decode(errors="replace")
        if painted is None and line.strip() == FIRST_PAINT_MARKER:
            painted = time.perf_counter() - start
        else:
            lines.append(line)
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        # ru_maxrss is KiB on Linux, bytes on macOS.
        rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    else:  # Windows: no rusage; wall time only
        child.wait()
        elapsed, rss = time.perf_counter() - start, float("nan")
    err = "".join(lines)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {child.returncode}: {err[-2000:]}")
    return (painted if painted is not None else elapsed), rss


def _median_ms(func: Callable[[], object], repeat: int) -> float:
    func()  # warm the caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(len(ordered) * 0.95) - 1)]


def build_diary(entries: int, folder: Path, source: Path | None) -> tuple[Path, float]:
    path = folder / "bench.db"
    start = time.perf_counter()
    if source is not None:
        conn = sqlite3.connect(source)
        target = sqlite3.connect(path)
        with target:
            conn.backup(target)
        conn.close()
        target.close()
    else:
        subprocess.run(
            [sys.executable, "-m", "dagbog", "demo", "--db", str(path), "--entries", str(entries)],
            cwd=ROOT,
            env=_env(),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path, time.perf_counter() - start


def measure_start(path: Path, runs: int) -> list[Row]:
    app_times, app_rss, bare_times, bare_rss = [], [], [], []
    app = [sys.executable, "-m", "dagbog", "--db", str(path), "--quit-after-start"]
    bare = [sys.executable, str(BENCH / "bare_window.py")]
    _run_child(app)  # the first open may migrate or build the search index: not counted
    _run_child(bare)  # both compile their bytecode once: not counted
    for _ in range(runs):
        for command, times, rss in ((app, app_times, app_rss), (bare, bare_times, bare_rss)):
            # Both to the line each writes when its first paint is through (bare_window.py).
            elapsed, peak = _run_child(command, first_paint=True)
            times.append(elapsed)
            rss.append(peak)
    return [
        _row("start to first paint (s)", statistics.median(app_times),
             statistics.median(bare_times), 1.5, "bare window", digits=3),
        _row("memory at first paint (MiB)", statistics.median(app_rss),
             statistics.median(bare_rss), 1.3, "bare window", digits=1),
    ]  # fmt: skip


def _row(label, value, baseline, target, against, digits=2) -> Row:
    ratio = value / baseline if baseline and value == value and baseline == baseline else None
    return {
        "measure": label,
        "dagbog": value,
        "baseline": baseline,
        "ratio": ratio,
        "target": target,
        "against": against,
        "digits": digits,
    }


def measure_queries(path: Path, repeat: int) -> list[Row]:
    from dagbog.core import clock, db, journal, requests, search
    from dagbog.core.models import AwareDateTimeField, Case

    db.open_database(path)
    raw = sqlite3.connect(path)
    try:
        (case_id,) = raw.execute(
            "SELECT case_id FROM entry GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        case = Case.get_by_id(case_id)
        today = clock.today()
        ts = AwareDateTimeField()
        end_of_today = ts.db_value(clock.day_bounds_utc(today)[1])
        rows = []

        newest_sql = (
            "SELECT entry.*, person.* FROM entry LEFT JOIN person ON person.id = entry.person_id "
            "WHERE entry.case_id = ? AND entry.deleted = 0 "
            "ORDER BY entry.at DESC, entry.id DESC LIMIT 50"
        )
        rows.append(
            _row(
                "newest 50 of a case (ms)",
                _median_ms(lambda: journal.entries_page(case, None, 0, 50), repeat),
                _median_ms(lambda: raw.execute(newest_sql, (case_id,)).fetchall(), repeat),
                2.0,
                "raw sqlite3",
            )
        )

        overdue_sql = (
            'SELECT entry.*, person.*, "case".* FROM entry '
            "LEFT JOIN person ON person.id = entry.person_id "
            'JOIN "case" ON "case".id = entry.case_id '
            "WHERE entry.reply_status = 'awaiting' AND entry.deleted = 0 AND entry.at < ? "
            "AND entry.case_id = ? AND entry.reply_due < ? "
            "ORDER BY entry.reply_due, entry.at, entry.id"
        )
        overdue_args = (end_of_today, case_id, today.isoformat())
        count = len(raw.execute(overdue_sql, overdue_args).fetchall())
        rows.append(
            _row(
                f"overdue requests of a case, {count} (ms)",
                _median_ms(lambda: requests.overdue_requests(case, today), repeat),
                _median_ms(lambda: raw.execute(overdue_sql, overdue_args).fetchall(), repeat),
                2.0,
                "raw sqlite3",
            )
        )

        search_sql = (
            'SELECT entry.id, entry.case_id, "case".title, entry.at, entry.kind, '
            "entry.direction, person.name, entry.subject, entry.note, entry.outcome, "
            "entry.reply_status, entry.reply_due FROM entry_search "
            "JOIN entry ON entry.id = entry_search.rowid "
            'JOIN "case" ON "case".id = entry.case_id '
            "LEFT JOIN person ON person.id = entry.person_id "
            "WHERE entry_search MATCH ? AND entry.deleted = 0 "
            "ORDER BY entry.at DESC, entry.id DESC LIMIT 50"
        )
        for text in ("sagsbehandl", "lægeattest"):
            expression = search.match_expression(text)
            (hits,) = raw.execute(
                "SELECT count(*) FROM entry_search WHERE entry_search MATCH ?", (expression,)
            ).fetchone()
            rows.append(
                _row(
                    f'search "{text}", {hits} matches (ms)',
                    _median_ms(lambda text=text: search.search(text, today=today), repeat),
                    _median_ms(
                        lambda e=expression: raw.execute(search_sql, (e,)).fetchall(), repeat
                    ),
                    2.0,
                    "raw sqlite3",
                )
            )
    finally:
        raw.close()
        db.close_database()
    return rows


def measure_saves(path: Path, count: int) -> list[Row]:
    """log_contact on the big diary: version, chain, search index and an fsync'ed commit."""
    from dagbog.core import cases, clock, db, journal

    db.open_database(path)
    try:
        case = cases.get_or_create_case("Måling")
        at = clock.parse_local_datetime("2026-01-05 09:00")
        times = []
        for i in range(count):
            start = time.perf_counter()
            journal.log_contact(
                case,
                at=at + timedelta(minutes=i),
                kind="call",
                direction="out",
                subject=f"Opkald om sagsbehandlingen {i}",
                note="Talte med sagsbehandleren om lægeattesten. " * 10,
            )
            times.append((time.perf_counter() - start) * 1000)
    finally:
        db.close_database()
    rows = [
        _row("save one entry, median (ms)", statistics.median(times), None, None, ""),
        _row("save one entry, p95 (ms)", _p95(times), None, None, ""),
    ]
    rows[0]["limit"] = 10.0
    try:
        save_bench = importlib.import_module("save_bench")
    except ImportError:
        return rows
    figures = save_bench.measure(max(5, count))
    rows.append(
        _row("save, empty diary (save_bench), median (ms)", figures["save_median_ms"], None,
             None, "")
    )  # fmt: skip
    rows.append(_row("edit, empty diary (save_bench), median (ms)", figures["edit_median_ms"],
                     None, None, ""))  # fmt: skip
    return rows


def measure_pdf(quick: bool) -> list[Row]:
    """PDF log vs a plain canvas writer of the same rows (bench/pdf_bench.py, if present)."""
    sizes = (200,) if quick else (1_000, 10_000)
    try:
        pdf_bench = importlib.import_module("pdf_bench")
    except ImportError:
        return [
            _row(f"PDF export of {n:,} entries (s)", float("nan"), float("nan"), 3.0, "canvas")
            for n in sizes
        ]
    summary = pdf_bench.run_benchmark(sizes)
    rows = []
    for size in summary["sizes"]:
        n = size["entries"]
        rows.append(
            _row(f"PDF export of {n:,} entries, {size['pages']} pages (s)", size["export_s"],
                 size["canvas_s"], pdf_bench.TARGET_RATIO, "plain canvas", digits=3)
        )  # fmt: skip
        memory = _row(f"PDF export of {n:,}, peak memory (MiB)", size["export_peak_mb"],
                      size["canvas_peak_mb"], None, "plain canvas", digits=1)  # fmt: skip
        memory["limit"] = pdf_bench.TARGET_MEMORY_MB
        rows.append(memory)
    if "growth" in summary:
        growth = _row(f"PDF time growth for {summary['size_factor']:g}x entries (x)",
                      summary["growth"], None, None, "")  # fmt: skip
        growth["limit"] = pdf_bench.TARGET_GROWTH
        rows.append(growth)
    return rows


def _fmt(value, digits: int) -> str:
    if value is None:
        return "-"
    if value != value:  # NaN
        return "n/a"
    return f"{value:.{digits}f}"


def print_table(rows: list[Row], header: str) -> None:
    print(header)
    columns = ("measure", "dagbog", "baseline", "ratio", "target", "")
    width = max(len(r["measure"]) for r in rows) + 2
    print(f"{columns[0]:<{width}}{'dagbog':>10}{'baseline':>10}{'ratio':>8}{'target':>9}  ")
    print("-" * (width + 48))
    for r in rows:
        target = ""
        verdict = ""
        if r["target"] is not None:
            target = f"≤{r['target']:g}×"
            if r["ratio"] is not None:
                verdict = "ok" if r["ratio"] <= r["target"] else "MISSED"
        elif r.get("limit") is not None:
            target = f"≤{r['limit']:g}"
            verdict = "ok" if r["dagbog"] <= r["limit"] else "MISSED"
        print(
            f"{r['measure']:<{width}}{_fmt(r['dagbog'], r['digits']):>10}"
            f"{_fmt(r['baseline'], r['digits']):>10}{_fmt(r['ratio'], 2):>8}"
            f"{target:>9}  {verdict} {r['against'] if r['baseline'] is not None else ''}".rstrip()
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="measure a copy of this diary instead")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (for tests)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    runs, repeat, saves = (1, 3, 5) if args.quick else (5, 25, 60)

    with tempfile.TemporaryDirectory(prefix="dagbog-bench-") as folder:
        path, build_s = build_diary(args.entries, Path(folder), args.db)
        rows = measure_start(path, runs)
        rows += measure_queries(path, repeat)
        rows += measure_saves(path, saves)
        rows += measure_pdf(args.quick)
        size_mib = path.stat().st_size / 2**20
    if args.json:
        json.dump(rows, sys.stdout, indent=2, default=str)
        print()
        return 0
    cpus = os.cpu_count()
    source = f"{args.entries} entries" if args.db is None else f"a copy of {args.db}"
    header = (
        f"Dagbog benchmark: {source}, file {size_mib:.0f} MiB, built in {build_s:.1f} s; "
        f"{cpus} CPUs, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )
    print_table(rows, header)
    return 0


if __name__ == "__main__":
    sys.exit(main())
