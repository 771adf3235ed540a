"""Bad input and unusable files on the command line: one Danish line, the diary unchanged.

Each case here was found by trying the verbs as a user would (see the sweep in the commit
messages): a missing or unwritable output folder, a read-only diary, a folder given as the
diary, a broken PDF or case file, a closed pipe, an error no verb expected.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from dagbog.__main__ import main
from dagbog.core import db

CASE = "Sygedagpenge – Jobcenter Søby"


def _digest(path) -> str:
    """The file and its WAL, so a change still in the WAL counts too."""
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "d.db"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def _one_danish_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("dagbog: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "Errno" not in err
    return err


def _out_verbs(db_path, out):
    d = str(db_path)
    return {
        "export-pdf": ["export-pdf", "--db", d, "--out", str(out / "log.pdf")],
        "backup": ["backup", "--db", d, "--out", str(out / "kopi.db")],
        "letter": [
            "letter",
            "--db",
            d,
            "--case",
            CASE,
            "--kind",
            "followup",
            "--out",
            str(out / "brev.txt"),
        ],  # fmt: skip
        "export-ics": ["export-ics", "--db", d, "--case", CASE, "--out", str(out / "m.ics")],
        "export-case": ["export-case", "--db", d, "--case", CASE, "--out", str(out / "s.sag")],
        "meeting-summary": [
            "meeting-summary",
            "--db",
            d,
            "--entry",
            "24",
            "--out",
            str(out / "referat.pdf"),
        ],  # fmt: skip
    }


@pytest.mark.parametrize(
    "verb", ["export-pdf", "backup", "letter", "export-ics", "export-case", "meeting-summary"]
)
def test_output_into_a_missing_folder_is_refused(demo_db, tmp_path, capsys, verb):
    missing = tmp_path / "findes-ikke" / "heller-ikke"
    before = _digest(demo_db)
    assert main(_out_verbs(demo_db, missing)[verb]) == 2
    err = _one_danish_line(capsys)
    assert "findes ikke" in err
    assert not (tmp_path / "findes-ikke").exists()  # no folder made behind the user's back
    assert _digest(demo_db) == before


@pytest.mark.parametrize(
    "verb", ["export-pdf", "backup", "letter", "export-ics", "export-case", "meeting-summary"]
)
def test_output_below_a_file_is_refused(demo_db, tmp_path, capsys, verb):
    a_file = tmp_path / "noter.txt"
    a_file.write_text("x", encoding="utf-8")
    before = _digest(demo_db)
    assert main(_out_verbs(demo_db, a_file)[verb]) == 2
    _one_danish_line(capsys)
    assert a_file.read_text(encoding="utf-8") == "x"
    assert _digest(demo_db) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
@pytest.mark.parametrize(
    "verb", ["export-pdf", "backup", "letter", "export-ics", "export-case", "meeting-summary"]
)
def test_output_into_a_read_only_folder_is_refused(demo_db, tmp_path, capsys, verb):
    locked = tmp_path / "laast"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert main(_out_verbs(demo_db, locked)[verb]) == 2
        assert "ingen skriveadgang" in _one_danish_line(capsys)
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--case", CASE, "--kind", "call", "--direction", "out", "--at", "2026-11-23 10:00"],
        ["answer", "--entry", "22", "--by", "24"],  # the planned meeting: a valid answer
        ["close", "--entry", "22", "--reason", "Ringede i stedet"],
        ["demo"],
    ],
    ids=["add", "answer", "close", "demo"],
)
def test_writing_to_a_read_only_diary_is_one_danish_line(demo_db, capsys, monkeypatch, args):
    # The diary opens read-only exactly when it cannot be written (root ignores chmod).
    monkeypatch.setattr(db, "_is_writable", lambda path: False)
    before = _digest(demo_db)
    assert main([args[0], "--db", str(demo_db), *args[1:]]) == 2
    assert "skrivebeskyttet, så intet er gemt" in _one_danish_line(capsys)
    assert _digest(demo_db) == before


def test_restore_onto_a_folder_is_refused(demo_db, tmp_path, capsys):
    folder = tmp_path / "mappe.db"
    folder.mkdir()
    (folder / "mine.txt").write_text("vigtigt", encoding="utf-8")
    assert main(["restore", "--db", str(folder), "--from", str(demo_db)]) == 2
    assert "er en mappe" in _one_danish_line(capsys)
    assert (folder / "mine.txt").read_text(encoding="utf-8") == "vigtigt"
    assert list(tmp_path.glob("mappe.db.*")) == []


def test_verify_with_a_file_that_is_not_a_pdf(demo_db, tmp_path, capsys):
    fake = tmp_path / "log.pdf"
    fake.write_bytes(b"import os\n" * 500)
    assert main(["verify", "--db", str(demo_db), "--pdf", str(fake)]) == 2
    assert "ikke en PDF" in _one_danish_line(capsys)


def test_import_case_with_a_file_that_is_not_a_case_file(demo_db, tmp_path, capsys):
    for name, data in (("tom.dagbogsag", b""), ("bin.dagbogsag", os.urandom(3000))):
        other = tmp_path / name
        other.write_bytes(data)
        before = _digest(demo_db)
        assert main(["import-case", "--db", str(demo_db), "--file", str(other)]) == 2
        err = _one_danish_line(capsys)
        assert "ikke en Dagbog-sagsfil" in err and "Expecting" not in err
        assert _digest(demo_db) == before


def test_an_error_no_verb_expected_is_one_line_not_a_traceback(demo_db, capsys, monkeypatch):
    from dagbog.core import overview

    def broken(**_):
        raise RuntimeError("noget gik galt")

    monkeypatch.setattr(overview, "overview", broken)
    assert main(["cases", "--db", str(demo_db)]) == 1
    assert "Uventet fejl" in _one_danish_line(capsys)


def test_a_closed_pipe_is_not_a_traceback(tmp_path):
    path = tmp_path / "stor.db"
    assert main(["demo", "--db", str(path), "--entries", "400"]) == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "dagbog", "list", "--db", str(path), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.read(100)  # like ``| head -c 100``: read a little, then go away
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and err == ""


def test_help_is_danish(capsys):
    with pytest.raises(SystemExit) as done:
        main(["add", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("brug: dagbog add")
    assert "tilvalg:" in out and "vis denne hjælp og afslut" in out
    for english in ("usage:", "options:", "show this help message"):
        assert english not in out


def test_every_value_in_help_has_a_danish_placeholder():
    """«--case SAG», not argparse's «--case CASE»: every option that takes a value, in every
    command, shows a placeholder chosen for it."""
    import argparse

    from dagbog.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = [
        f"{name} {action.option_strings[-1]}"
        for name, sub in [("dagbog", parser), *commands.choices.items()]
        for action in sub._actions
        if action.option_strings and action.nargs != 0 and action.metavar is None
        and not isinstance(action, argparse._VersionAction | argparse._HelpAction)
    ]  # fmt: skip
    assert missing == []


@pytest.mark.parametrize(
    ("args", "danish"),
    [
        (["add", "--db", "x.db", "--re", "1"], "tvetydigt tilvalg"),
        (["add", "--db", "x.db", "--private=ja"], "tager ingen værdi"),
        (["answer", "--db", "x.db", "--entry", "x", "--by", "1"], "ikke et heltal"),
    ],
)
def test_argument_errors_are_danish(tmp_path, capsys, args, danish):
    assert main(args) == 2
    assert danish in _one_danish_line(capsys)
    assert not (tmp_path / "x.db").exists()


def test_a_call_in_the_future_is_one_danish_line(demo_db, capsys):
    before = _digest(demo_db)
    args = ["add", "--db", str(demo_db), "--case", CASE, "--kind", "call", "--direction", "out"]
    assert main([*args, "--at", "2099-01-01 10:00"]) == 2
    assert "ligger efter i dag" in _one_danish_line(capsys)
    assert _digest(demo_db) == before


def test_restore_from_a_file_that_is_not_a_database_is_bad_input(demo_db, tmp_path, capsys):
    fake = tmp_path / "kopi.db"
    fake.write_bytes(b"Dette er ikke en database\n" * 200)
    before = _digest(demo_db)
    assert main(["restore", "--db", str(demo_db), "--from", str(fake)]) == 2
    assert "kan ikke bruges" in _one_danish_line(capsys)
    assert _digest(demo_db) == before
    assert list(tmp_path.glob("d.db.foer-gendannelse-*")) == []


def test_import_of_a_case_file_with_a_broken_chain_is_bad_input(demo_db, tmp_path, capsys):
    out = tmp_path / "sag.dagbogsag"
    assert main(["export-case", "--db", str(demo_db), "--case", CASE, "--out", str(out)]) == 0
    capsys.readouterr()
    text = out.read_text(encoding="utf-8")
    broken = tmp_path / "ændret.dagbogsag"
    broken.write_text(text.replace("Status", "Statu", 1), encoding="utf-8")
    other = tmp_path / "anden.db"
    assert main(["demo", "--db", str(other), "--entries", "3"]) == 0
    capsys.readouterr()
    before = _digest(other)
    assert main(["import-case", "--db", str(other), "--file", str(broken)]) == 2
    assert "Intet er importeret" in _one_danish_line(capsys)
    assert _digest(other) == before


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["add", "--case", CASE, "--kind", "call", "--direction", "out", "--at", "2026-11-23 10:00"],
        ["answer", "--entry", "22", "--by", "24"],
        ["search", "Mette"],
        ["verify"],
        ["backup"],
        ["export-case", "--case", CASE, "--out", "{tmp}/sag.dagbogsag"],
        ["import-case", "--file", "{demo}"],
    ],
    ids=lambda args: args[0],
)
def test_a_folder_given_as_the_diary_is_named_as_a_folder(demo_db, tmp_path, capsys, args):
    """Not «beskadiget (disk I/O error) … gendan en sikkerhedskopi» nor «findes ikke»."""
    folder = tmp_path / "mappe.db"
    folder.mkdir()
    (folder / "mine.txt").write_text("vigtigt", encoding="utf-8")
    rest = [a.format(tmp=tmp_path, demo=demo_db) for a in args[1:]]
    assert main([args[0], "--db", str(folder), *rest]) == 2
    assert "er en mappe. Angiv databasefilen" in _one_danish_line(capsys)
    assert [p.name for p in folder.iterdir()] == ["mine.txt"]
    assert not (tmp_path / "sag.dagbogsag").exists()


@pytest.mark.parametrize("flag", ["--pdf", "--from", "--file"])
def test_a_folder_given_as_the_file_to_read_is_named_as_a_folder(demo_db, tmp_path, capsys, flag):
    verb = {"--pdf": "verify", "--from": "restore", "--file": "import-case"}[flag]
    before = _digest(demo_db)
    assert main([verb, "--db", str(demo_db), flag, str(tmp_path)]) == 2
    assert "er en mappe, ikke en fil" in _one_danish_line(capsys)
    assert _digest(demo_db) == before


def test_restore_into_a_missing_folder_is_named_as_such(demo_db, tmp_path, capsys):
    """Found: «Filen …/ny/dagbog.db.lock kan ikke bruges (findes ikke)»."""
    target = tmp_path / "ny" / "dagbog.db"
    assert main(["restore", "--db", str(target), "--from", str(demo_db)]) == 2
    assert f"Mappen {target.parent} findes ikke" in _one_danish_line(capsys)
    assert not target.parent.exists()


@pytest.mark.parametrize(
    "verb", ["backup", "export-case", "letter", "export-ics", "meeting-summary"]
)
def test_an_empty_out_is_refused_as_a_folder(demo_db, tmp_path, capsys, verb):
    """Found: backup and export-case answered «. findes allerede; vælg et nyt filnavn»."""
    args = _out_verbs(demo_db, tmp_path)[verb]
    args[args.index("--out") + 1] = ""
    before = _digest(demo_db)
    assert main(args) == 2
    assert "er en mappe. Angiv et filnavn" in _one_danish_line(capsys)
    assert _digest(demo_db) == before


def test_restore_over_a_read_only_diary_is_refused(demo_db, tmp_path, capsys, monkeypatch):
    """Found (as an unprivileged user, chmod 0444 in a writable folder): the CLI replaced the
    read-only diary, where the window offers no restore for a diary it opened read-only.
    Root ignores permissions, so the test makes the diary read-only for Dagbog's own check."""
    source = tmp_path / "kopi.db"
    assert main(["backup", "--db", str(demo_db), "--out", str(source)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(db, "_is_writable", lambda path: False)
    before = _digest(demo_db)
    assert main(["restore", "--db", str(demo_db), "--from", str(source)]) == 2
    assert "er skrivebeskyttet, og en gendannelse ville erstatte den" in _one_danish_line(capsys)
    assert _digest(demo_db) == before
    assert list(tmp_path.glob("d.db.foer-gendannelse*")) == []
