"""The command line as a user (and the benchmarks) call it: demo, add, list."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dagbog import __version__
from dagbog.__main__ import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dagbog", *args], capture_output=True, text=True, timeout=120
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_demo_add_list_round_trip(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    assert main(["demo", "--db", db]) == 0
    capsys.readouterr()
    assert main(["list", "--db", db, "--json"]) == 0
    demo_entries = json.loads(capsys.readouterr().out)
    assert len(demo_entries) >= 20
    assert {"call", "email", "meeting"} <= {e["kind"] for e in demo_entries}
    assert any(e["status"] == "overdue" for e in demo_entries)
    assert any(e["outcome"] == "no-answer" for e in demo_entries)

    code = main(
        [
            "add", "--db", db, "--case", "Ny sag", "--kind", "email", "--direction", "out",
            "--at", "2026-02-02 10:30", "--with", "Jonas Berg", "--subject", "Spørgsmål",
            "--note", "Hej <b>Jonas</b> & co", "--awaiting-reply", "--reply-days", "5",
        ]
    )  # fmt: skip
    assert code == 0
    new_id = int(capsys.readouterr().out.strip())
    assert main(["list", "--db", db, "--case", "Ny sag", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["id"] == new_id
    assert entry["case"] == "Ny sag" and entry["with"] == "Jonas Berg"
    assert entry["at"] == "2026-02-02T10:30:00+01:00"
    assert entry["note"] == "Hej <b>Jonas</b> & co"
    assert entry["status"] in {"awaiting", "overdue"}
    assert entry["due"] == "2026-02-09"  # five working days after Monday 2 February
    for key in ["uuid", "kind", "direction", "subject", "outcome"]:
        assert key in entry


def test_list_is_newest_first(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    for at in ["2026-01-05 09:00", "2026-03-05 09:00", "2026-02-05 09:00"]:
        main(["add", "--db", db, "--case", "S", "--kind", "call", "--direction", "out", "--at", at])
    capsys.readouterr()
    main(["list", "--db", db, "--json"])
    ats = [e["at"][:10] for e in json.loads(capsys.readouterr().out)]
    assert ats == ["2026-03-05", "2026-02-05", "2026-01-05"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--kind", "fax", "--direction", "out", "--at", "2026-01-05 09:00"], "--kind"),
        (["--kind", "call", "--direction", "up", "--at", "2026-01-05 09:00"], "--direction"),
        (["--kind", "call", "--direction", "out", "--at", "5. januar"], "DD.MM.ÅÅÅÅ"),
        (["--kind", "call", "--direction", "out", "--at", "2026-13-05 09:00"], "DD.MM.ÅÅÅÅ"),
        (
            ["--kind", "email", "--direction", "out", "--at", "2026-01-05 09:00",
             "--outcome", "talked"],
            "opkald",
        ),
    ],
)  # fmt: skip
def test_bad_add_exits_2_and_leaves_file_identical(tmp_path, args, message):
    db = tmp_path / "d.db"
    assert run("demo", "--db", str(db)).returncode == 0
    before = db.read_bytes()
    result = run("add", "--db", str(db), "--case", "S", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_list_of_missing_case_exits_2_unchanged(tmp_path):
    db = tmp_path / "d.db"
    assert run("demo", "--db", str(db)).returncode == 0
    before = db.read_bytes()
    result = run("list", "--db", str(db), "--case", "Findes ikke")
    assert result.returncode == 2
    assert "findes ikke" in result.stderr
    assert db.read_bytes() == before


def test_list_of_missing_file_does_not_create_it(tmp_path):
    db = tmp_path / "nope.db"
    result = run("list", "--db", str(db))
    assert result.returncode == 2 and not db.exists()


def test_synthetic_demo_spreads_over_cases(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    assert main(["demo", "--db", db, "--entries", "500"]) == 0
    capsys.readouterr()
    main(["list", "--db", db, "--json"])
    entries = json.loads(capsys.readouterr().out)
    assert len(entries) == 500
    assert len({e["case"] for e in entries}) == 5
