"""``dagbog search`` as a user calls it."""

from __future__ import annotations

import json

from dagbog.__main__ import main


def test_search_text_and_json(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    assert main(["demo", "--db", db]) == 0
    capsys.readouterr()

    assert main(["search", "--db", db, "sagsbehandl"]) == 0
    out = capsys.readouterr().out
    assert "«sagsbehandler»" in out and "træf." in out

    assert main(["search", "--db", db, "--json", "aktindsigt", "--kind", "email"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all(h["kind"] == "email" for h in hits)
    assert hits[0]["subject"] == "Anmodning om aktindsigt"
    ((start, end),) = hits[0]["highlights"]["subject"]
    assert hits[0]["subject"][start:end] == "aktindsigt"

    assert main(["search", "--db", db, "--case", "Sygedagpenge – Jobcenter Søby", "opfoelgn"]) == 0
    assert "«Opfølgningssamtale»" in capsys.readouterr().out

    assert main(["search", "--db", db, "--json", 'NEAR("', "OR"]) == 0
    assert json.loads(capsys.readouterr().out) == []

    assert main(["search", "--db", db, "ingenting"]) == 0
    assert "Ingen kontakter matcher" in capsys.readouterr().out


def test_bad_input_exits_2(tmp_path, capsys):
    db = tmp_path / "d.db"
    assert main(["search", "--db", str(db), "noget"]) == 2
    assert "findes ikke" in capsys.readouterr().err
    assert not db.exists()
    assert main(["demo", "--db", str(db)]) == 0
    for args in (
        ["--kind", "fax", "x"],
        ["--status", "glemt", "x"],
        ["--from", "i går", "x"],
        ["--case", "Ukendt sag", "x"],
        ['"*"'],
        ["--limit", "0", "x"],
    ):
        capsys.readouterr()
        assert main(["search", "--db", str(db), *args]) == 2, args
        err = capsys.readouterr().err
        assert err.startswith("dagbog: ") and err.count("\n") == 1


def test_without_fts5_search_says_why_in_danish(tmp_path, capsys, monkeypatch):
    from dagbog.core import search_index

    db = str(tmp_path / "d.db")
    assert main(["demo", "--db", db]) == 0
    capsys.readouterr()
    monkeypatch.setattr(search_index, "_fts5", False)
    code = main(["search", "--db", db, "sagsbehandl"])
    captured = capsys.readouterr()
    assert code not in (0, 2)
    assert captured.err.startswith("dagbog: Søgning er ikke mulig") and "FTS5" in captured.err
    assert captured.out == ""


def test_a_pasted_page_as_query_is_not_echoed_whole(tmp_path, capsys):
    """A 100 KB query was printed back in full in «Ingen kontakter matcher …» (found in the
    review)."""
    db = str(tmp_path / "d.db")
    assert main(["demo", "--db", db]) == 0
    capsys.readouterr()
    assert main(["search", "--db", db, "x" * 100_000]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ingen kontakter matcher «") and len(out) < 200 and "…»" in out
