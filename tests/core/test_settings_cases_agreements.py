"""Settings (name and role), archiving cases, agreements with history, schema upgrade."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from dagbog.core import agreements, cases, clock, db, migrations, settings
from dagbog.core.errors import ValidationError


def test_prepared_by_from_name_and_role(diary):
    assert settings.prepared_by() == ""
    settings.set_user_profile("  Lise Holm ", "representative")
    assert settings.user_profile().name == "Lise Holm"
    assert settings.prepared_by() == "Lise Holm (partsrepræsentant)"
    settings.set_user_profile("Mette Hansen", "citizen")
    assert settings.prepared_by() == "Mette Hansen (borger)"
    with pytest.raises(ValidationError, match="Rollen"):
        settings.set_user_profile("X", "boss")
    assert settings.prepared_by() == "Mette Hansen (borger)"


def test_settings_survive_reopening(diary, db_path):
    settings.set_user_profile("Lise Holm", "companion")
    db.close_database()
    db.open_database(db_path)
    assert settings.prepared_by() == "Lise Holm (bisidder)"


def test_archive_and_restore_a_case(diary):
    open_case = cases.create_case("Åben sag")
    closed = cases.create_case("Afsluttet sag")
    cases.archive_case(closed)
    assert [c.title for c in cases.list_cases()] == ["Åben sag"]
    assert [c.title for c in cases.list_cases(include_archived=True)] == [
        "Afsluttet sag",
        "Åben sag",
    ]
    assert [c.title for c in cases.archived_cases()] == ["Afsluttet sag"]
    cases.restore_case(closed)
    assert {c.title for c in cases.list_cases()} == {"Åben sag", "Afsluttet sag"}
    assert cases.archived_cases() == [] and open_case.archived is False


def test_agreement_keeps_every_version(diary):
    case = cases.create_case("Sag")
    plan = agreements.create_agreement(
        case, "Jobplan", "Praktik 10 timer om ugen.", valid_from=date(2026, 9, 1)
    )
    with pytest.raises(ValidationError, match="ændret"):
        agreements.update_agreement(plan, "Praktik 6 timer om ugen.", note="")
    agreements.update_agreement(plan, "Praktik 6 timer om ugen.", "Ny lægeerklæring: færre timer.")
    history = agreements.history(plan)
    assert [(v.seq, v.text) for v in history] == [
        (1, "Praktik 10 timer om ugen."),
        (2, "Praktik 6 timer om ugen."),
    ]
    assert agreements.current_version(plan).note == "Ny lægeerklæring: færre timer."
    assert [a.title for a in agreements.list_agreements(case)] == ["Jobplan"]


def test_version_1_file_is_upgraded_with_a_backup(db_path):
    db.open_database(db_path)
    cases.create_case("Gammel sag")
    from dagbog.core.models import MEETING_MODELS, SchemaVersion, database

    database.drop_tables(MEETING_MODELS)
    SchemaVersion.update(version=1).execute()
    db.close_database()
    db.open_database(db_path)
    try:
        assert migrations.current_version() == migrations.LATEST
        settings.set_user_profile("Lise", "companion")
        assert [c.title for c in cases.list_cases()] == ["Gammel sag"]
    finally:
        db.close_database()
    backup = db_path.with_name(f"{db_path.name}.before-v{migrations.LATEST}.bak")
    tables = {row[0] for row in sqlite3.connect(backup).execute("select name from sqlite_master")}
    assert "case" in tables and "meeting_note" not in tables


def test_prepared_by_signs_letters_and_the_pdf_log(diary):
    import io

    from pypdf import PdfReader

    from dagbog.core import journal, letters
    from dagbog.report.pdf_log import ExportOptions, build_pdf

    case = cases.create_case("Sag", citizen_name="Anna Jensen")
    meeting = journal.log_contact(
        case,
        at=datetime(2026, 11, 10, 10, 0, tzinfo=clock.LOCAL_TZ),
        kind="meeting",
        direction="in",
    )
    assert letters.minutes(meeting).body.endswith("Anna Jensen")
    settings.set_user_profile("Lise Holm", "companion")
    assert letters.minutes(meeting).body.endswith("Lise Holm (bisidder)")
    assert letters.minutes(meeting, prepared_by="Bo").body.endswith("Bo")
    buffer = io.BytesIO()
    build_pdf(case, buffer, ExportOptions())
    first = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "Lise Holm (bisidder)" in first
