"""Benchmark: the PDF log against a plain reportlab canvas writer of the same rows.

For each size N a fresh diary with one case of N synthetic entries is built, then two child
processes run in turn: ``export`` (dagbog's PDF log, ``write_pdf``) and ``canvas`` (the same
rows fetched by the same query, one ``drawString`` per cell and per wrapped note line, same
font, plain page numbers). Each child reports its own time and peak RSS, so the figures do not
mix. Targets from the issue: export ≤ 3× canvas, 10k ≤ 11× 1k, peak memory ≤ 200 MB.

    python bench/pdf_bench.py                     # N = 1,000 and 10,000
    python bench/pdf_bench.py --entries 200 --entries 2000 --json

``run_benchmark(sizes)`` is the function other scripts (bench/run.py) import.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CASE_TITLE = "Syntetisk sag 1"
TARGET_RATIO = 3.0
TARGET_GROWTH = 11.0
TARGET_MEMORY_MB = 200.0


@dataclass
class SizeResult:
    entries: int
    pages: int
    export_s: float
    canvas_s: float
    ratio: float
    export_peak_mb: float
    canvas_peak_mb: float


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def make_diary(path: Path, entries: int) -> None:
    """A diary with one case holding ``entries`` synthetic contacts."""
    from dagbog.core import db, demo

    db.open_database(path)
    try:
        demo.create_synthetic(entries, cases_count=1)
    finally:
        db.close_database()


def _child_export(db_path: str, out: str, notes: bool) -> dict:
    from dagbog.core import cases, db
    from dagbog.report.pdf_log import ExportOptions, write_pdf

    db.open_database(db_path, create=False)
    case = cases.get_case(CASE_TITLE)
    started = time.perf_counter()
    result = write_pdf(case, out, ExportOptions(with_notes=notes))
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "pages": result.pages, "peak_mb": _peak_mb()}


def _child_canvas(db_path: str, out: str, notes: bool) -> dict:
    """The baseline: same query, one drawString per cell and per note line, no layout engine."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from dagbog.core import cases, db
    from dagbog.core.vocabulary import DIRECTION_LABELS, KIND_LABELS
    from dagbog.report.fonts import REGULAR, register_fonts
    from dagbog.report.pdf_log import ExportOptions, log_rows
    from dagbog.report.text import date_time

    db.open_database(db_path, create=False)
    case = cases.get_case(CASE_TITLE)
    started = time.perf_counter()
    register_fonts()
    rows = log_rows(case, ExportOptions(with_notes=notes))
    canvas = Canvas(out, pagesize=A4)
    width, height = A4
    left, top, bottom = 18 * mm, height - 22 * mm, 20 * mm
    xs = [left + x * mm for x in (0, 9, 34, 53, 70, 99, 142)]
    page = 1

    def new_page() -> float:
        nonlocal page
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(left, 10 * mm, f"Side {page}")
        canvas.showPage()
        page += 1
        canvas.setFont(REGULAR, 7.5)
        return top

    canvas.setFont(REGULAR, 7.5)
    y = top
    for number, row in enumerate(rows, start=1):
        if y < bottom:
            y = new_page()
        cells = (
            str(number),
            date_time(row.at),
            KIND_LABELS[row.kind],
            DIRECTION_LABELS[row.direction],
            row.person_name or "",
            row.subject,
            row.outcome or row.reply_status,
        )
        for x, cell in zip(xs, cells, strict=True):
            canvas.drawString(x, y, cell[:40])
        y -= 11
    if notes:
        for number, row in enumerate(rows, start=1):
            if not row.note:
                continue
            lines = [f"Nr. {number}", *simpleSplit(row.note, REGULAR, 8.5, width - 36 * mm)]
            for line in lines:
                if y < bottom:
                    y = new_page()
                canvas.drawString(left, y, line)
                y -= 11
    new_page()
    canvas.save()
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "pages": page - 1, "peak_mb": _peak_mb()}


def _run_child(mode: str, db_path: Path, out: Path, notes: bool) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode]
    command += ["--db", str(db_path), "--out", str(out)]
    if not notes:
        command.append("--no-notes")
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(entries: int, workdir: Path, notes: bool = True) -> SizeResult:
    """Build a diary of ``entries`` contacts and time both writers on it."""
    db_path = workdir / f"bench-{entries}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    make_diary(db_path, entries)
    export = _run_child("export", db_path, workdir / f"export-{entries}.pdf", notes)
    canvas = _run_child("canvas", db_path, workdir / f"canvas-{entries}.pdf", notes)
    return SizeResult(
        entries=entries,
        pages=export["pages"],
        export_s=round(export["seconds"], 3),
        canvas_s=round(canvas["seconds"], 3),
        ratio=round(export["seconds"] / canvas["seconds"], 2),
        export_peak_mb=round(export["peak_mb"], 1),
        canvas_peak_mb=round(canvas["peak_mb"], 1),
    )


def run_benchmark(
    sizes: tuple[int, ...] = (1_000, 10_000), workdir: Path | None = None, notes: bool = True
) -> dict:
    """Measure every size; returns the rows plus the growth from the smallest to the largest."""
    with tempfile.TemporaryDirectory(prefix="dagbog-pdf-bench-") as temp:
        folder = Path(workdir or temp)
        results = [measure(n, folder, notes) for n in sizes]
    summary: dict = {"notes": notes, "sizes": [asdict(r) for r in results]}
    if len(results) >= 2:
        first, last = results[0], results[-1]
        summary["growth"] = round(last.export_s / first.export_s, 2)
        summary["size_factor"] = round(last.entries / first.entries, 2)
    summary["max_ratio"] = max(r.ratio for r in results)
    summary["max_peak_mb"] = max(r.export_peak_mb for r in results)
    return summary


def format_summary(summary: dict) -> str:
    lines = [
        f"PDF-log benchmark ({'med' if summary['notes'] else 'uden'} noter)",
        f"{'entries':>8} {'pages':>6} {'export s':>9} {'canvas s':>9} {'ratio':>6} "
        f"{'export MB':>10} {'canvas MB':>10}",
    ]
    for row in summary["sizes"]:
        lines.append(
            f"{row['entries']:>8} {row['pages']:>6} {row['export_s']:>9.2f} "
            f"{row['canvas_s']:>9.2f} {row['ratio']:>6.2f} {row['export_peak_mb']:>10.1f} "
            f"{row['canvas_peak_mb']:>10.1f}"
        )
    lines.append(f"ratio export/canvas (max): {summary['max_ratio']:.2f} (target ≤ {TARGET_RATIO})")
    if "growth" in summary:
        lines.append(
            f"growth {summary['size_factor']:g}× entries: {summary['growth']:.2f}× time "
            f"(target ≤ {TARGET_GROWTH} for 10×)"
        )
    lines.append(
        f"peak memory of the export (max RSS): {summary['max_peak_mb']:.1f} MB "
        f"(target ≤ {TARGET_MEMORY_MB:g} MB)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, action="append", help="size (repeatable)")
    parser.add_argument("--no-notes", action="store_true", help="both writers without notes")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--child", choices=["export", "canvas"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    notes = not args.no_notes
    if args.child:
        child = _child_export if args.child == "export" else _child_canvas
        print(json.dumps(child(args.db, args.out, notes)))
        return 0
    sizes = tuple(sorted(args.entries)) if args.entries else (1_000, 10_000)
    summary = run_benchmark(sizes, notes=notes)
    print(json.dumps(summary, indent=2) if args.json else format_summary(summary))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
