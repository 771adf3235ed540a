"""The people dialog: adding and editing persons, telephone hours, caseworker history."""

from __future__ import annotations

from datetime import date

import pytest

from dagbog.core import people, telephone_hours
from dagbog.core.models import Person
from dagbog.ui.calendar_widget import to_qdate
from dagbog.ui.people_dialog import PeopleDialog


@pytest.fixture
def dialog(qtbot, case):
    made = PeopleDialog(None, case)
    qtbot.addWidget(made)
    return made


def test_lists_the_case_people(dialog):
    assert dialog.person_names() == ["Mette Hansen", "Vagttelefonen"]
    assert "Sagsbehandler" in dialog.person_list.item(0).text()


def test_add_person_with_role_and_telephone_hours(dialog, case):
    dialog.start_new()
    dialog.name_edit.setText("Lone Berg")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("head"))
    dialog.organisation_edit.setText("Jobcenter Aarhus")
    dialog.phone_edit.setText("87 13 00 00")
    dialog.email_edit.setText("lone@aarhus.dk")
    dialog.hours_edit.setText("Man-Tor 09:00-12:00; Fre 09:00-11:00")
    person = dialog.save_person()
    assert person is not None
    stored = Person.get_by_id(person.id)
    assert (stored.name, stored.role, stored.organisation) == (
        "Lone Berg",
        "head",
        "Jobcenter Aarhus",
    )
    assert (stored.phone, stored.email) == ("87 13 00 00", "lone@aarhus.dk")
    ranges = telephone_hours.from_json(stored.telephone_hours)
    assert telephone_hours.format_ranges(ranges) == "Man-Tor 09:00-12:00; Fre 09:00-11:00"
    assert "Lone Berg" in dialog.person_names()
    assert dialog.role_combo.itemText(dialog.role_combo.currentIndex()) == "Afdelingsleder"


def test_bad_telephone_hours_shows_danish_message_and_saves_nothing(dialog, case):
    dialog.start_new()
    dialog.name_edit.setText("Ny")
    dialog.hours_edit.setText("hver dag")
    assert dialog.save_person() is None
    assert "kan ikke læses" in dialog.error_text("telephone_hours")
    assert people.find_person(case, "Ny") is None


def test_missing_name_is_shown_under_the_name(dialog):
    dialog.start_new()
    assert dialog.save_person() is None
    assert dialog.error_text("name") == "⚠ Personen skal have et navn."


def test_edit_person(dialog, case):
    dialog.person_list.setCurrentRow(1)
    assert dialog.name_edit.text() == "Vagttelefonen"
    dialog.phone_edit.setText("70 20 30 40")
    dialog.save_person()
    assert people.find_person(case, "Vagttelefonen").phone == "70 20 30 40"
    assert Person.select().count() == 2


def test_new_caseworker_from_date_keeps_history(dialog, case):
    dialog.start_new()
    dialog.name_edit.setText("Jens Nielsen")
    dialog.save_person()
    dialog.assign_combo.setCurrentIndex(dialog.assign_combo.findText("Jens Nielsen"))
    dialog.assign_date.setDate(to_qdate(date(2026, 10, 1)))
    dialog.assign_button.click()
    history = people.caseworker_history(case)
    assert [a.person.name for a in history][-1] == "Jens Nielsen"
    assert people.caseworker_on(case, date(2026, 10, 2)).name == "Jens Nielsen"
    assert dialog.history_list.count() == len(history)
    assert any(
        "Jens Nielsen" in dialog.history_list.item(i).text()
        for i in range(dialog.history_list.count())
    )


def test_closing_with_a_typed_person_asks_first(qtbot, case):
    """A person typed into the form (phone, e-mail, telephone hours) was lost to Esc
    (found in the review); an untouched form closes at once."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from dagbog.core import people
    from dagbog.ui.people_dialog import PeopleDialog
    from tests.ui.test_entry_dialog import answer

    dialog = PeopleDialog(None, case)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.unsaved_box is None and not dialog.isVisible()
    dialog.show()
    dialog.name_edit.setText("Lars Bisidder")
    dialog.phone_edit.setText("20 30 40 50")
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Escape)
    assert "ikke gemt" in answer(dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()
    dialog.reject()
    answer(dialog, QMessageBox.StandardButton.Save)
    assert not dialog.isVisible()
    assert people.find_person(case, "Lars Bisidder").phone == "20 30 40 50"
