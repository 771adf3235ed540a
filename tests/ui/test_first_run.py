"""First run: the short guide creates the case and caseworker; the demo leaves the diary alone."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWizard

from dagbog.core import cases, db, demo, people, settings
from dagbog.core.first_run import FirstRun, set_up
from dagbog.ui.app import DagbogApp
from dagbog.ui.first_run_wizard import FirstRunWizard
from dagbog.ui.main_window import MainWindow


def _fill(wizard: FirstRunWizard) -> None:
    wizard.user_name_edit.setText("Anna Jensen")
    wizard.next()
    wizard.municipality_edit.setText("Søby Kommune, Jobcenter")
    wizard.main_email_edit.setText("jobcenter@soeby.dk")
    wizard.reply_days_spin.setValue(15)
    wizard.next()
    wizard.caseworker_name_edit.setText("Mette Holm")
    wizard.caseworker_phone_edit.setText("70 12 34 56")
    wizard.caseworker_email_edit.setText("mette.holm@soeby.dk")
    wizard.caseworker_hours_edit.setText("Man-Tor 09:00-12:00")


def test_the_guide_creates_the_case_and_the_caseworker(qtbot, diary):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    _fill(wizard)
    assert wizard.currentId() == wizard.pageIds()[-1]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    (case,) = cases.list_cases()
    assert wizard.created.id == case.id
    assert case.title == "Søby Kommune, Jobcenter"
    assert (case.citizen_name, case.main_email, case.reply_days) == (
        "Anna Jensen",
        "jobcenter@soeby.dk",
        15,
    )
    caseworker = people.caseworker_on(case)
    assert (caseworker.name, caseworker.phone, caseworker.email) == (
        "Mette Holm",
        "70 12 34 56",
        "mette.holm@soeby.dk",
    )
    assert caseworker.telephone_hours != "[]"
    assert settings.user_profile().name == "Anna Jensen"
    assert settings.user_profile().role == "citizen"


def test_an_advocate_names_the_citizen(qtbot, diary):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.citizen_edit.isVisible()
    wizard.role_buttons["representative"].setChecked(True)
    assert wizard.citizen_edit.isVisible()
    wizard.user_name_edit.setText("Karen Nielsen")
    wizard.citizen_edit.setText("Peter Holm")
    wizard.next()
    wizard.municipality_edit.setText("Søby Kommune")
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    (case,) = cases.list_cases()
    assert (case.title, case.citizen_name) == ("Peter Holm – Søby Kommune", "Peter Holm")
    assert people.caseworker_on(case) is None
    assert settings.prepared_by() == "Karen Nielsen (partsrepræsentant)"


def test_a_mistake_is_shown_and_nothing_is_written(qtbot, diary):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    _fill(wizard)
    wizard.caseworker_email_edit.setText("ikke en adresse")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert "E-mailadressen" in wizard.error_text()
    assert cases.list_cases() == []
    assert settings.user_profile().name == ""


def test_skipping_the_guide_writes_nothing(qtbot, diary):
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.created is None and not wizard.wants_demo
    assert cases.list_cases() == []


def test_set_up_without_a_caseworker(diary):
    case = set_up(FirstRun())
    assert case.title == "Min sag"
    assert people.caseworker_on(case) is None


def test_the_window_suggests_one_first_step_after_the_guide(qtbot, diary, isolated_settings):
    window = MainWindow(settings=isolated_settings)
    qtbot.addWidget(window)
    assert "Første skridt: opret din sag" in window.first_step_text()
    case = set_up(FirstRun(user_name="Anna", caseworker_name="Mette Holm"))
    window.start_with(case)
    text = window.first_step_text()
    assert "Første skridt: skriv din seneste kontakt ind" in text
    assert "Jeg har ringet (Ctrl+1)" in text


def test_demo_data_leaves_the_real_diary_byte_identical(qtbot, db_path, isolated_settings):
    db.open_database(db_path)
    db.close_database()  # the new, empty diary as it lies on disk
    before = db_path.read_bytes()
    db.open_database(db_path)  # as app.run opens it
    app = DagbogApp(QApplication.instance(), db_path, settings=isolated_settings)
    try:
        app.build_window()
        assert "Første skridt" in app.window.first_step_text()
        app.open_demo()
        assert app.in_demo
        demo_file = app.demo_dir / "eksempel.db"
        assert db.current_path() == demo_file
        window = app.window
        assert window.case is not None and window.case.title == demo.DEMO_TITLE
        assert window.model.total > 10
        assert window.demo_label.isVisibleTo(window)
        assert window.demo_close_action.isVisible()
        assert db_path.read_bytes() == before
        demo_dir = app.demo_dir
        app.close_demo()
        assert not demo_dir.exists()
        assert cases.list_cases() == []
        assert app.window.case is None
    finally:
        app.shutdown()
    assert db_path.read_bytes() == before


def test_the_window_opens_no_larger_than_the_screen(qtbot, db_path, isolated_settings):
    """On a small screen (a 1366x768 laptop, here the offscreen 800x600) nothing falls off."""
    db.open_database(db_path)
    app = DagbogApp(QApplication.instance(), db_path, settings=isolated_settings)
    try:
        window = app.build_window()
        room = window.screen().availableGeometry()
        assert room.width() < 1240 or room.height() < 780  # the default would not fit
        assert window.frameGeometry().width() <= room.width()
        assert window.frameGeometry().height() <= room.height()
    finally:
        app.shutdown()
