"""The case dialog: create and rename with messages next to the field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from dagbog.core import cases
from dagbog.ui.case_dialog import CaseDialog


def test_create_case_with_details(qtbot, diary):
    dialog = CaseDialog(None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Annas sag")
    dialog.citizen_edit.setText("Anna Jensen")
    dialog.municipality_edit.setText("Jobcenter Aarhus")
    dialog.email_edit.setText("jobcenter@aarhus.dk")
    dialog.reply_days_spin.setValue(7)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    case = cases.get_case("Annas sag")
    assert (case.citizen_name, case.municipality, case.main_email, case.reply_days) == (
        "Anna Jensen",
        "Jobcenter Aarhus",
        "jobcenter@aarhus.dk",
        7,
    )


def test_rename_case_and_duplicate_title_message(qtbot, case):
    cases.create_case("Anden sag")
    dialog = CaseDialog(None, case)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Min sag"
    dialog.title_edit.setText("Anden sag")
    dialog.save()
    assert "findes allerede" in dialog.error_text("title")
    dialog.title_edit.setText("Annas sag")
    dialog.save()
    assert cases.find_case("Annas sag").id == case.id


def test_empty_title_is_refused(qtbot, diary):
    dialog = CaseDialog(None)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.error_text("title") == "⚠ Sagen skal have en titel."
    assert cases.list_cases() == []
