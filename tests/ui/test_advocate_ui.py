"""Cases overview, quick switcher, archive/restore, settings and caseworker attribution."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from dagbog.core import cases, clock, journal, overview, people, settings, stats
from dagbog.ui.case_switcher import CaseSwitcher
from dagbog.ui.cases_model import COL_OPEN, COL_OVERDUE, CasesTableModel
from dagbog.ui.cases_overview import CasesOverview
from dagbog.ui.settings_dialog import SettingsDialog


def _second_case():
    other = cases.create_case("Flexjob – Jobcenter Nord", citizen_name="Bo Madsen")
    journal.log_contact(
        other,
        at=clock.now() - timedelta(days=30),
        kind="email",
        direction="out",
        awaiting_reply=True,
    )
    return other


def test_cases_model_shows_the_core_figures(case, qtmodeltester):
    other = _second_case()
    model = CasesTableModel()
    model.reload()
    qtmodeltester.check(model)
    for item in (case, other):
        row = model.row_of(item.id)
        figures = stats.case_statistics(item)
        assert model.index(row, COL_OPEN).data() == str(figures.open_requests)
        overdue = model.index(row, COL_OVERDUE).data()
        assert overdue == (f"⚠ {figures.overdue_requests}" if figures.overdue_requests else "0")
    assert model.overview_at(model.row_of(other.id)).overdue_requests == 1


def test_overview_archives_and_restores_a_case(window, case, qtbot):
    other = _second_case()
    window._reload_cases()
    dialog = CasesOverview(window, other)
    qtbot.addWidget(dialog)
    assert dialog.selected_case_id() == other.id
    assert dialog.archive_button.text().replace("&", "") == "Arkivér"
    dialog.archive_button.click()
    assert cases.Case.get_by_id(other.id).archived
    assert [r.title for r in overview.overview()] == ["Min sag"]
    assert window.case_combo.findData(other.id) == -1  # gone from the picker, kept in the file
    assert dialog.model.rowCount() == 1

    dialog.archived_check.setChecked(True)
    assert dialog.select_case(other.id)
    assert "(arkiveret)" in dialog.table.currentIndex().siblingAtColumn(0).data()
    assert not dialog.open_button.isEnabled()
    assert dialog.archive_button.text().replace("&", "") == "Gendan"
    dialog.archive_button.click()
    assert not cases.Case.get_by_id(other.id).archived
    assert window.case_combo.findData(other.id) >= 0
    dialog.open_selected()
    assert dialog.chosen.id == other.id


def test_overview_filter_and_open(window, case, qtbot, monkeypatch):
    other = _second_case()
    dialog = CasesOverview(window, case)
    qtbot.addWidget(dialog)
    dialog.filter_edit.setText("madsen")
    assert dialog.proxy.rowCount() == 1
    monkeypatch.setattr(CasesOverview, "ask", classmethod(lambda cls, parent, current: other))
    window.advocate.overview_action.trigger()
    assert window.case.id == other.id


def test_quick_switcher_on_ctrl_k(window, case, qtbot, monkeypatch):
    other = _second_case()
    switcher = CaseSwitcher(window)
    qtbot.addWidget(switcher)
    assert switcher.titles() == ["Flexjob – Jobcenter Nord", "Min sag"]
    qtbot.keyClicks(switcher.filter_edit, "min")
    assert switcher.titles() == ["Min sag"]
    qtbot.keyClick(switcher.filter_edit, Qt.Key.Key_Return)
    assert switcher.chosen.id == case.id

    assert window.advocate.switch_action.shortcut().toString() == "Ctrl+K"
    monkeypatch.setattr(CaseSwitcher, "ask", classmethod(lambda cls, parent: other))
    window.advocate.switch_action.trigger()
    assert window.case.id == other.id


def test_settings_dialog_sets_prepared_by(diary, qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Lise Holm")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("representative"))
    dialog.save()
    assert dialog.saved
    assert settings.prepared_by() == "Lise Holm (partsrepræsentant)"
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.name_edit.text() == "Lise Holm"


def test_caseworker_change_keeps_history_and_attribution(window):
    case = cases.create_case("Skiftesag", citizen_name="Anna Jensen")
    mette = people.add_person(
        case, "Mette Hansen", role="caseworker", caseworker_from=date(2026, 1, 5)
    )
    before = journal.log_contact(
        case,
        at=datetime(2026, 3, 2, 10, 0, tzinfo=clock.LOCAL_TZ),
        kind="call",
        direction="out",
        person=mette,
        subject="Før skiftet",
    )
    jonas = people.add_person(case, "Jonas Berg")
    people.assign_caseworker(case, jonas, date(2026, 4, 1))
    after = journal.log_contact(
        case,
        at=datetime(2026, 4, 2, 10, 0, tzinfo=clock.LOCAL_TZ),
        kind="email",
        direction="out",
        person=jonas,
        subject="Efter skiftet",
    )
    assert [a.person.name for a in people.caseworker_history(case)] == [
        "Mette Hansen",
        "Jonas Berg",
    ]
    window.set_case(case)
    assert "Sagsbehandlerskift: Jonas Berg fra 01.04.2026" in window.case_info.text()
    assert window.select_entry(before.id)
    detail = window.detail.toPlainText()
    assert "Sagsbehandler dengang" in detail and "Mette Hansen" in detail
    assert "Sagsbehandler nu" in detail and "Jonas Berg" in detail
    # The journal (the timeline) marks the first contact after the change.
    from dagbog.ui.journal_model import COL_WITH

    row = window.model.row_of(after.id)
    assert window.model.index(row, COL_WITH).data() == "⇄ Jonas Berg"
    tip = window.model.index(row, COL_WITH).data(Qt.ItemDataRole.ToolTipRole)
    assert "Ny sagsbehandler fra 01.04.2026: Jonas Berg (før: Mette Hansen)" in tip
    assert window.model.index(window.model.row_of(before.id), COL_WITH).data() == "Mette Hansen"
    assert window.select_entry(after.id)
    detail = window.detail.toPlainText()
    assert "Sagsbehandler dengang" in detail and "Sagsbehandler nu" not in detail


def test_agreement_updated_with_a_note_keeps_its_history(case, qtbot):
    from dagbog.core import agreements
    from dagbog.ui.agreements_dialog import AgreementsDialog

    dialog = AgreementsDialog(None, case)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Jobplan")
    dialog.text_edit.setPlainText("Praktik 10 timer om ugen")
    dialog.save()
    assert dialog.list.count() == 1 and dialog.current().title == "Jobplan"
    dialog.text_edit.setPlainText("Praktik 6 timer om ugen")
    dialog.save()  # no note: refused, nothing stored
    assert dialog.error.isVisibleTo(dialog) and "ændret" in dialog.error.text()
    dialog.note_edit.setText("Ny lægeerklæring")
    dialog.save()
    plan = dialog.current()
    assert [v.text for v in agreements.history(plan)] == [
        "Praktik 10 timer om ugen",
        "Praktik 6 timer om ugen",
    ]
    shown = dialog.history.toPlainText()
    assert "Version 2" in shown and "(gældende)" in shown and "Ny lægeerklæring" in shown
    assert "Praktik 10 timer om ugen" in shown


def test_closing_agreements_with_a_typed_plan_asks_first(case, qtbot):
    """A job plan typed into the agreements window was lost to Esc (found in the review)."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from dagbog.core import agreements
    from dagbog.ui.agreements_dialog import AgreementsDialog
    from tests.ui.test_entry_dialog import answer

    dialog = AgreementsDialog(None, case)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Jobplan")
    dialog.text_edit.setPlainText("Praktik 10 timer om ugen")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert "ikke gemt" in answer(dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()
    dialog.reject()
    answer(dialog, QMessageBox.StandardButton.Save)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    (plan,) = agreements.list_agreements(case)
    assert agreements.history(plan)[-1].text == "Praktik 10 timer om ugen"
    # Saved and untouched: Esc closes at once.
    again = AgreementsDialog(None, case)
    qtbot.addWidget(again)
    again.show()
    again.reject()
    assert again.unsaved_box is None and not again.isVisible()
