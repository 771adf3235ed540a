"""Languages: the English catalogue is complete, the window switches language, dates follow it.

The catalogue test runs PySide6's lupdate over the current sources into a copy of the committed
``dagbog_en.ts``: a new Danish string without an English translation fails here (translate it
after ``python resources/translations/update.py``). A static check makes sure lupdate can see
every string: literal texts, the class's own ``self.tr`` and no ``tr`` inside an f-string.
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMenu

from dagbog.core import clock, demo
from dagbog.ui import i18n, labels, preferences
from dagbog.ui.preferences import LANGUAGE_DANISH, LANGUAGE_ENGLISH, LANGUAGE_SYSTEM

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "dagbog" / "ui"
CATALOGUE = ROOT / "resources" / "translations" / "dagbog_en.ts"

sys.path.insert(0, str(ROOT / "resources" / "translations"))
import update  # noqa: E402  (resources/translations/update.py)

sys.path.pop(0)

#: Contexts whose texts the core marks (QT_TRANSLATE_NOOP) and the window translates by value.
MARKED_IN_CORE = {"NextStep", "TelephoneHours", "Errors"}

PLACEHOLDER = re.compile(r"%(?:\d|n|s)|\{\w*\}")


@pytest.fixture(autouse=True)
def _danish_afterwards(qapp, tmp_path_factory, monkeypatch):
    """Compiled catalogues go to a temporary cache; every test ends in Danish again."""
    monkeypatch.setenv("DAGBOG_TRANSLATIONS_CACHE", str(tmp_path_factory.getbasetemp() / "qm"))
    yield
    i18n.install(LANGUAGE_DANISH, qapp)


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) for every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return texts if all(text.strip() for text in texts) else []


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> list[tuple[str, str, ET.Element]]:
    """The committed catalogue merged with the strings of the current sources."""
    copy = tmp_path_factory.mktemp("lupdate") / "dagbog_en.ts"
    shutil.copyfile(CATALOGUE, copy)
    update.lupdate(copy)
    return _messages(copy)


def test_every_ui_string_has_an_english_translation(extracted):
    assert len(extracted) > 500
    missing = [f"{context}: {source!r}" for context, source, m in extracted if not _translations(m)]
    assert not missing, (
        "Danish UI strings without English translation (run resources/translations/update.py "
        "and translate them in dagbog_en.ts):\n" + "\n".join(missing)
    )


def test_translations_keep_placeholders_and_one_shortcut(extracted):
    wrong = []
    for context, source, message in extracted:
        for text in _translations(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            mnemonic = source.replace("&&", "").count("&")
            if mnemonic and text.replace("&&", "").count("&") != mnemonic:
                wrong.append(f"{context}: {source!r} -> {text!r} (& shortcut)")
    assert not wrong, "\n".join(wrong)


def _tr_calls(path: Path):
    """(class or None, call node, inside an f-string) for each tr/translate call in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []

    def visit(node, cls, in_fstring):
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.JoinedStr):
            in_fstring = True
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            receiver = func.value if isinstance(func, ast.Attribute) else None
            painter = isinstance(receiver, ast.Name) and receiver.id in ("painter", "transform")
            names = ("tr", "_tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP")
            if name in names and not painter:
                found.append((cls, node, in_fstring))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, in_fstring)

    visit(tree, None, False)
    return found


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_every_translated_string_is_visible_to_lupdate(extracted):
    """Literal texts only, in a context lupdate can know; each one is in the catalogue."""
    catalogue = {(context, source) for context, source, _ in extracted}
    problems = []
    core = [path for path in update.SOURCES if path.is_file()]
    for path in sorted(UI.glob("*.py")) + core:
        for cls, call, in_fstring in _tr_calls(path):
            where = f"{path.name}:{call.lineno}"
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id
            if in_fstring:
                problems.append(f"{where}: tr() inside an f-string is not extracted")
                continue
            if name == "tr":
                receiver = func.value if isinstance(func, ast.Attribute) else None
                if not (isinstance(receiver, ast.Name) and receiver.id == "self") or cls is None:
                    problems.append(f"{where}: use self.tr in the class, or translate(context, …)")
                    continue
                context, text = cls, _literal(call.args[0]) if call.args else None
            elif name in ("translate", "QT_TRANSLATE_NOOP"):
                args = call.args
                context = _literal(args[0]) if args else None
                text = _literal(args[1]) if len(args) > 1 else None
                if context is None:
                    problems.append(f"{where}: the context must be a literal string")
                    continue
            else:
                problems.append(f"{where}: {name}() hides the text from lupdate")
                continue
            if text is None and context in MARKED_IN_CORE:
                continue  # the core marks these texts with QT_TRANSLATE_NOOP
            if text is None:
                problems.append(f"{where}: the text must be a literal string (use %1 and .replace)")
            elif (context, text) not in catalogue:
                problems.append(f"{where}: {context}: {text!r} is not extracted by lupdate")
    assert not problems, "\n".join(problems)


def test_doc_comments_do_not_become_translator_notes(tmp_path):
    """lupdate reads a ``#:`` doc comment as a note on the next marked string; update.py
    drops them, so the committed catalogue has none."""
    assert "<extracomment>" not in CATALOGUE.read_text(encoding="utf-8")
    sample = tmp_path / "sample.ts"
    sample.write_text(
        "<message>\n        <source>Noten</source>\n"
        "        <extracomment>The line that starts\nthe minutes.</extracomment>\n"
        "        <translation>The note</translation>\n</message>\n",
        encoding="utf-8",
    )
    update.drop_doc_comments(sample)
    assert sample.read_text(encoding="utf-8") == (
        "<message>\n        <source>Noten</source>\n"
        "        <translation>The note</translation>\n</message>\n"
    )


def test_core_modules_with_sentences_for_the_window_are_scanned():
    marked = {
        path
        for path in (ROOT / "dagbog" / "core").glob("*.py")
        if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8") and path.name != "texts.py"
    }
    assert marked <= set(update.SOURCES), "add these to SOURCES in update.py"


# --- run time -------------------------------------------------------------------------------


class _MissRecorder(QTranslator):
    """Installed first, so asked last: records Dagbog texts no catalogue translated."""

    def __init__(self) -> None:
        super().__init__()
        self.misses: set[tuple[str, str]] = set()

        # PySide's ``self.tr`` takes a translation equal to the source ("Status" -> "Status")
        # for none and asks the base classes' contexts too (JournalTableModel, then
        # RowTableModel): such texts are translated, not missing.
        self._same_sources = {
            source for _context, source, message in _messages(CATALOGUE)
            if source in _translations(message)
        }  # fmt: skip

    def translate(self, context, source, disambiguation=None, n=-1):
        if context and not context.startswith("Q") and source and source not in self._same_sources:
            self.misses.add((context, source))
        return None  # a null string: "not translated here" (an empty one would be used)


def _danish_only_sources() -> set[str]:
    """Danish texts whose English translation differs (seeing one in English is a leftover)."""
    danish = set()
    for _context, source, message in _messages(CATALOGUE):
        texts = _translations(message)
        if texts and source not in texts:
            danish.add(source.replace("&", ""))
    return danish


def _visible_texts(window) -> set[str]:
    texts = {window.windowTitle()}
    for action in window.findChildren(type(window.menuBar().actions()[0])):
        texts.update({action.text(), action.toolTip()})
    for menu in window.findChildren(QMenu):
        texts.add(menu.title())
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        texts.add(widget.text())
        texts.add(widget.accessibleName())
    model = window.model
    for column in range(model.columnCount()):
        texts.add(str(model.headerData(column, _horizontal())))
    return {text.replace("&", "") for text in texts if text}


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _choose_language(monkeypatch, code: str, accepted=lambda: None) -> None:
    """The preferences dialog answers as if the user picked ``code`` and pressed Brug."""

    def fake_exec(dialog):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(code))
        accepted()
        return QDialog.DialogCode.Accepted

    from dagbog.ui.preferences_dialog import PreferencesDialog

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)


def test_switching_to_english_rebuilds_the_window_and_back(
    qtbot, db_path, isolated_settings, monkeypatch
):
    from dagbog.core import db
    from dagbog.ui.app import DagbogApp

    db.open_database(db_path)
    demo.create_demo_case()
    app = DagbogApp(QApplication.instance(), db_path, settings=isolated_settings)
    recorder = _MissRecorder()
    QCoreApplication.installTranslator(recorder)
    try:
        danish = app.build_window()
        assert _menu_titles(danish)[0] == "&Sag"
        assert danish.model.headerData(0, _horizontal()) == "Hvornår"
        danish_only = _danish_only_sources()
        assert len(_visible_texts(danish) & danish_only) > 50  # the leftover check can see

        # Only lookups after the switch count (Danish, the source language, has no catalogue).
        _choose_language(monkeypatch, LANGUAGE_ENGLISH, accepted=recorder.misses.clear)
        danish.preferences_action.trigger()
        english = app.window
        assert english is not danish
        assert preferences.load(isolated_settings).language == LANGUAGE_ENGLISH
        assert i18n.current_language() == LANGUAGE_ENGLISH
        assert _menu_titles(english)[:2] == ["&Case", "C&ontact"]
        assert english.model.headerData(0, _horizontal()) == "When"
        assert english.windowTitle().endswith("– Dagbog")
        leftovers = _visible_texts(english) & danish_only
        assert not leftovers, f"Danish left in the English window: {sorted(leftovers)}"
        # PySide asks the base classes too when a text is the same in English ("Status" in
        # RowTableModel after JournalTableModel): not a miss.
        same = {source for _c, source, m in _messages(CATALOGUE) if source in _translations(m)}
        missing = sorted(miss for miss in recorder.misses if miss[1] not in same)
        assert not missing, f"texts missing from the English catalogue: {missing}"

        _choose_language(monkeypatch, LANGUAGE_DANISH)
        english.preferences_action.trigger()
        assert i18n.current_language() == LANGUAGE_DANISH
        assert _menu_titles(app.window)[0] == "&Sag"
        assert app.window.model.headerData(0, _horizontal()) == "Hvornår"
    finally:
        QCoreApplication.removeTranslator(recorder)
        app.shutdown()


def test_the_system_language_decides_when_the_preference_is_system(monkeypatch):
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.resolve(LANGUAGE_SYSTEM, english) == LANGUAGE_ENGLISH
    assert i18n.resolve(LANGUAGE_SYSTEM, german) == LANGUAGE_DANISH
    assert i18n.resolve(LANGUAGE_DANISH, english) == LANGUAGE_DANISH
    assert i18n.resolve(LANGUAGE_ENGLISH, german) == LANGUAGE_ENGLISH

    monkeypatch.setattr(i18n, "system_locale", lambda: english)
    assert i18n.install(LANGUAGE_SYSTEM) == LANGUAGE_ENGLISH
    assert QCoreApplication.translate("MainWindow", "&Sag") == "&Case"
    monkeypatch.setattr(i18n, "system_locale", lambda: german)
    assert i18n.install(LANGUAGE_SYSTEM) == LANGUAGE_DANISH
    assert QCoreApplication.translate("MainWindow", "&Sag") == "&Sag"


def test_dates_times_and_numbers_follow_the_language():
    moment = datetime(2026, 11, 3, 9, 5, tzinfo=clock.LOCAL_TZ)
    i18n.install(LANGUAGE_DANISH)
    assert labels.format_day(date(2026, 11, 3)) == "03.11.2026"
    assert labels.format_datetime(moment) == "03.11.2026 09:05"
    assert labels.format_datetime(moment, at=True) == "03.11.2026 kl. 09:05"
    assert labels.format_number(12345) == "12.345"
    assert (
        labels.status_label("overdue", date(2026, 11, 3), None)
        == "⚠ Overskredet (frist 03.11.2026)"
    )

    assert i18n.install(LANGUAGE_ENGLISH) == LANGUAGE_ENGLISH
    assert labels.format_day(date(2026, 11, 3)) == "03/11/2026"
    assert labels.format_datetime(moment) == "03/11/2026 09:05"
    assert labels.format_datetime(moment, at=True) == "03/11/2026 at 09:05"
    assert labels.format_number(12345) == "12,345"
    assert labels.status_label("overdue", date(2026, 11, 3), None) == "⚠ Overdue (due 03/11/2026)"
    assert QLocale().language() == QLocale.Language.English


def test_the_catalogue_is_compiled_into_the_cache_once_per_content(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGBOG_TRANSLATIONS_CACHE", str(tmp_path / "cache"))
    first = i18n.catalogue_path(LANGUAGE_ENGLISH)
    assert first is not None and first.parent == tmp_path / "cache"
    assert first.stat().st_size > 10_000
    stamp = first.stat().st_mtime_ns
    assert i18n.catalogue_path(LANGUAGE_ENGLISH) == first
    assert first.stat().st_mtime_ns == stamp  # not compiled again
    translator = QTranslator()
    assert translator.load(str(first))
    assert translator.translate("Labels", "Opkald") == "Call"


def test_without_lrelease_or_catalogue_dagbog_stays_danish(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGBOG_TRANSLATIONS_CACHE", str(tmp_path / "empty-cache"))
    monkeypatch.setattr(i18n, "lrelease_path", lambda: None)
    monkeypatch.setattr(i18n, "bundled_path", lambda language: tmp_path / "none.qm")
    assert i18n.catalogue_path(LANGUAGE_ENGLISH) is None
    assert i18n.install(LANGUAGE_ENGLISH) == LANGUAGE_DANISH
    assert QCoreApplication.translate("MainWindow", "&Sag") == "&Sag"


def test_the_installer_build_compiles_the_catalogues_into_resources(tmp_path):
    import build_installer

    shutil.copyfile(CATALOGUE, tmp_path / "dagbog_en.ts")
    built = build_installer.compile_translations(tmp_path)
    assert built == [tmp_path / "dagbog_en.qm"]
    translator = QTranslator()
    assert translator.load(str(built[0]))
    assert translator.translate("MainWindow", "&Sag") == "&Case"


def test_the_next_step_and_telephone_hours_follow_the_language(db_path):
    from dagbog.core import db, next_step, telephone_hours

    db.open_database(db_path)
    try:
        case = demo.create_demo_case()
        step = next_step.suggest(case)
        i18n.install(LANGUAGE_DANISH)
        assert labels.say(step.phrase) == step.sentence  # the CLI's Danish, word for word
        i18n.install(LANGUAGE_ENGLISH)
        english = labels.say(step.phrase)
        assert english.startswith("You sent your request to the head of department")
        assert "If no reply comes, ask in writing for another caseworker." in english
    finally:
        db.close_database()
    ranges = telephone_hours.parse("Mon-Thu 09:00-12:00; Fre 09:00-11:00")
    assert telephone_hours.format_ranges(ranges) == "Man-Tor 09:00-12:00; Fre 09:00-11:00"
    assert labels.format_hours(ranges) == "Mon-Thu 09:00-12:00; Fri 09:00-11:00"
    friday_evening = datetime(2026, 11, 27, 18, 0, tzinfo=clock.LOCAL_TZ)
    opens = telephone_hours.describe_phrase(ranges, friday_evening, short=True)
    assert labels.say(opens) == "they open Monday 30 Nov at 09:00"
    i18n.install(LANGUAGE_DANISH)
    assert labels.say(opens) == "den åbner mandag 30. nov. kl. 09:00"


def test_core_errors_are_shown_in_the_chosen_language(diary):
    from dagbog.core import cases, telephone_hours
    from dagbog.core.errors import ValidationError

    with pytest.raises(ValidationError) as empty_title:
        cases.create_case("   ")
    with pytest.raises(ValidationError) as bad_hours:
        telephone_hours.parse("Man-Tor 12:00-09:00")
    assert str(empty_title.value) == "Sagen skal have en titel."  # the CLI's Danish
    i18n.install(LANGUAGE_ENGLISH)
    assert labels.error_text(empty_title.value) == "The case must have a title."
    assert labels.error_text(bad_hours.value) == (
        "In “Man-Tor 12:00-09:00” the telephone hours end before they begin."
    )
    assert labels.error_text(ValueError("plain")) == "plain"
    i18n.install(LANGUAGE_DANISH)
    assert labels.error_text(empty_title.value) == "Sagen skal have en titel."


def test_meeting_roles_are_shown_in_english_and_stored_in_danish(case, qtbot):
    """The English meeting window listed «Mette Hansen — Sagsbehandler», and a role picked
    there was stored as «Caseworker» in the Danish minutes letter (found in the review)."""
    from dagbog.core import journal, meetings, people
    from dagbog.ui.meeting_window import MeetingWindow

    assert i18n.install(LANGUAGE_ENGLISH) == LANGUAGE_ENGLISH
    entry = journal.log_contact(
        case,
        at=clock.now().replace(second=0),
        kind="meeting",
        direction="in",
        person=people.caseworker_on(case),
    )
    window = MeetingWindow(entry)
    qtbot.addWidget(window)
    window.attendee_name.setEditText("Lise Holm")
    window.attendee_role.setCurrentIndex(window.attendee_role.findText("Support person"))
    window.add_attendee()
    shown = [window.attendee_list.item(i).text() for i in range(window.attendee_list.count())]
    assert shown == ["Mette Hansen — Caseworker", "Lise Holm — Support person"]
    assert [a.role for a in meetings.attendees(window.meeting)] == ["Sagsbehandler", "Bisidder"]
    window.attendee_name.setEditText("Ole Bech")
    window.attendee_role.setEditText("Læge")  # a role of one's own is kept as typed
    window.add_attendee()
    assert meetings.attendees(window.meeting)[-1].role == "Læge"
    # The jobcentre as "who" of an agreement: the same, shown in English, stored in Danish.
    window.action_who.setEditText("The jobcentre")
    window.action_what.setText("Send ny jobplan")
    action = window.add_action()
    assert action.who == "Jobcentret"
    assert window.action_model.index(0, 0).data() == "The jobcentre"
    window.close()


def test_an_unreadable_time_or_date_is_explained_in_english(case, qtbot):
    """The English entry form said «Tidspunktet «23/11/2026 10:00» kan ikke læses …»
    (found in the review); the CLI keeps its Danish."""
    from dagbog.core.errors import ValidationError
    from dagbog.ui.entry_dialog import EntryDialog

    assert i18n.install(LANGUAGE_ENGLISH) == LANGUAGE_ENGLISH
    dialog = EntryDialog(None, case, kind="email")
    qtbot.addWidget(dialog)
    dialog.at_edit.setText("23/11/2026 10:00")
    dialog.save()
    assert dialog.error_text("at").endswith(
        "The time «23/11/2026 10:00» cannot be read. Write it as DD.MM.YYYY HH:MM, "
        "e.g. 23.11.2026 09:30."
    )
    dialog.at_edit.setText("2026-11-20 10:00")
    dialog.awaiting_check.setChecked(True)
    dialog.due_edit.setText("20-20-2020")
    dialog.save()
    assert "The date «20-20-2020» cannot be read" in dialog.error_text("reply_due")
    with pytest.raises(ValidationError, match="Tidspunktet «x» kan ikke læses"):
        clock.parse_local_datetime("x")


def test_import_and_attachment_errors_are_in_english(case, tmp_path):
    """A file that is not an e-mail, a missing file to attach and a minutes letter without a
    meeting were explained in Danish in the English window (found in the review)."""
    from dagbog.core import attachments, calendar_files, journal, letters
    from dagbog.core.errors import ValidationError

    assert i18n.install(LANGUAGE_ENGLISH) == LANGUAGE_ENGLISH
    entry = journal.log_contact(
        case, at=clock.parse_local_datetime("2026-11-02 10:00"), kind="call", direction="out"
    )
    failures = []
    for attempt in (
        lambda: attachments.add_attachment(entry, tmp_path / "missing.pdf"),
        lambda: calendar_files.import_ics_bytes(case, b"not a calendar", name="x.ics"),
        lambda: letters.build("minutes", case),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        failures.append(labels.error_text(caught.value))
    assert failures[0].startswith("The file ") and failures[0].endswith("does not exist.")
    assert failures[1].startswith("The file «x.ics» is not a calendar invitation")
    assert failures[2] == "Choose the meeting the minutes are about."


def test_case_file_errors_and_the_import_summary_are_in_english(
    window, case, tmp_path, monkeypatch
):
    """Exporting and importing a case file explained every refusal and the summary in Danish
    in the English window; the CLI keeps its Danish, word for word."""
    import json

    from dagbog.core import case_file, journal

    journal.log_contact(
        case, at=clock.parse_local_datetime("2026-11-02 10:00"), kind="call", direction="out"
    )
    good = tmp_path / "sag.dagbogsag"
    case_file.write_case_file(case, good)
    changed = tmp_path / "ændret.dagbogsag"
    document = json.loads(good.read_text(encoding="utf-8"))
    document["chain"]["versions"] += 1
    changed.write_text(json.dumps(document), encoding="utf-8")
    garbage = tmp_path / "noget.dagbogsag"
    garbage.write_bytes(b"\xff not json")
    folder = tmp_path / "mappe.dagbogsag"
    folder.mkdir()
    assert str(case_file.import_case_file(good).phrase) == (
        "Intet nyt at importere: sagen «Min sag» er allerede opdateret."
    )

    assert i18n.install(LANGUAGE_ENGLISH) == LANGUAGE_ENGLISH
    shown = []
    monkeypatch.setattr(window.record, "inform", lambda t, text, error=False: shown.append(text))
    for source in (folder, garbage, changed, good):
        monkeypatch.setattr(window.record, "ask_open_path", lambda source=source: source)
        window.record.import_case()
    monkeypatch.setattr(window.record, "ask_save_path", lambda suggested: folder)
    assert window.record.export_case() is None
    assert shown == [
        "The file mappe.dagbogsag cannot be read (it is a folder). Nothing was imported.",
        "The file noget.dagbogsag is not a Dagbog case file (it is damaged or a different kind "
        "of file). Nothing was imported.",
        "The case file's fingerprint does not match its content: the file was changed after "
        "the export. Nothing was imported.",
        "Nothing new to import: the case «Min sag» is already up to date.",
        f"The case file {folder} cannot be saved (it is a folder). Nothing was changed.",
    ]
    # The summary of a real import, with its optional parts.
    summary = case_file.ImportResult("Sag", True, 1, 1, 2, 3, attachments=1, records=4)
    assert labels.say(summary.phrase) == (
        "The case «Sag» has been imported: 2 new contacts, 3 new versions, 1 new people, "
        "1 new attachments, 4 new records of meetings and agreements."
    )
    assert summary.message == (
        "Sagen «Sag» er importeret: 2 nye kontakter, 3 nye versioner, 1 nye personer, "
        "1 nye bilag, 4 nye registreringer af møder og aftaler."
    )


def test_a_damaged_or_missing_diary_is_explained_in_english(diary, tmp_path, monkeypatch):
    """The start's «damaged» and «not found» messages came from the core in Danish only."""
    from PySide6.QtWidgets import QMessageBox

    from dagbog.core import cases, db
    from dagbog.core.errors import DatabaseError
    from dagbog.ui import app
    from tests.core.test_verify import damage

    cases.create_case("Sag")
    db.close_database()
    damage(diary)
    missing = tmp_path / "ingen.db"
    with pytest.raises(DatabaseError) as caught:
        db.open_database(missing, create=False)
    assert str(caught.value) == f"Databasen {missing} findes ikke."

    assert i18n.install(LANGUAGE_ENGLISH) == LANGUAGE_ENGLISH
    assert labels.error_text(caught.value) == f"The database {missing} does not exist."
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert app.open_diary(diary) is False
    assert shown[0].startswith(f"The file {diary} cannot be opened as a Dagbog database because ")
    assert shown[0].endswith(
        "The file has not been changed. You can restore the newest backup; the damaged file is "
        "kept aside."
    )


def test_a_backup_that_fails_verification_is_explained_in_english(case, tmp_path):
    """Restoring a changed or damaged backup: the refusal was translated, but verify's own
    problem inside it stayed Danish («FEJL: Kontakt nr. 1 … feltet subject er ændret»)."""
    import sqlite3

    from dagbog.core import backup, db, journal
    from dagbog.core.errors import DagbogError
    from tests.core.test_verify import damage

    entry = journal.log_contact(
        case, at=clock.parse_local_datetime("2026-11-02 10:00"), kind="call", direction="out"
    )
    changed = backup.make_backup(db.current_path()).path
    conn = sqlite3.connect(changed)
    with conn:
        conn.execute("UPDATE entry SET subject = 'Ændret udefra' WHERE id = ?", (entry.id,))
    conn.close()
    damaged = tmp_path / "beskadiget.db"
    damaged.write_bytes(changed.read_bytes())
    damage(damaged)
    caught = []
    for source in (changed, damaged):
        with pytest.raises(DagbogError) as error:
            backup.restore(db.current_path(), source)
        caught.append(error.value)
    danish = str(caught[0])
    assert "FEJL: Kontakt nr. 1 (" in danish
    assert "passer ikke med sin historik: feltet subject er ændret. Intet er ændret." in danish

    assert i18n.install(LANGUAGE_ENGLISH) == LANGUAGE_ENGLISH
    english = [labels.error_text(error) for error in caught]
    assert english[0].startswith(
        f"The backup {changed.name} cannot be used: ERROR: Contact no. 1 ("
    )
    assert english[0].endswith(
        "does not match its history: the field subject has been changed. Nothing was changed."
    )
    assert english[1].startswith(f"The backup {damaged.name} cannot be used: The database file "), (
        english[1]
    )
    assert "Databasefil" not in english[1] and "FEJL" not in english[1]


def test_errors_from_the_forms_are_in_english(case, tmp_path, qtbot):
    """Backup and restore, meeting mode, the PDF export, the profile, calendar and e-mail
    files that cannot be read: the core raised plain Danish, the English window showed it
    (found in the review). The CLI keeps its Danish, word for word."""
    from dagbog.core import backup, calendar_files, email_import, journal, letters, meetings
    from dagbog.core import settings as core_settings
    from dagbog.core.errors import DagbogError
    from dagbog.report.pdf_log import ExportOptions
    from dagbog.ui.export_worker import PdfExportWorker

    meeting_entry = journal.log_contact(
        case, at=clock.parse_local_datetime("2026-11-02 10:00"), kind="meeting", direction="in"
    )
    meeting = meetings.open_meeting(meeting_entry)
    folder = tmp_path / "folder.ics"
    folder.mkdir()
    diary = tmp_path / "d.db"
    diary.write_bytes(b"")
    attempts = {
        "agenda": lambda: meetings.add_agenda_item(meeting, "   "),
        "backup": lambda: backup.make_backup(tmp_path / "missing.db"),
        "restore": lambda: backup.restore(diary, diary),
        "ics": lambda: calendar_files.import_ics(case, folder),
        "email": lambda: email_import.import_file(case, folder),
        "profile": lambda: core_settings.set_user_profile("x" * 500, "citizen"),
        "period": lambda: ExportOptions(start=date(2026, 3, 5), end=date(2026, 3, 1)).validate(),
        "letter": lambda: letters.build("brev", case),
    }
    caught = {}
    for name, attempt in attempts.items():
        with pytest.raises(DagbogError) as error:
            attempt()
        caught[name] = error.value
    danish = {name: str(error) for name, error in caught.items()}
    assert danish["agenda"] == "Dagsordenspunktet mangler."
    assert danish["period"].startswith("Perioden er bagvendt: fra 05.03.2026 til 01.03.2026.")
    assert danish["ics"] == "Filen «folder.ics» kan ikke læses: det er en mappe."

    assert i18n.install(LANGUAGE_ENGLISH) == LANGUAGE_ENGLISH
    english = {name: labels.error_text(error) for name, error in caught.items()}
    assert english == {
        "agenda": "The agenda item is missing.",
        "backup": f"The database {tmp_path / 'missing.db'} does not exist.",
        "restore": "The copy and the database are the same file.",
        "ics": "The file «folder.ics» cannot be read: it is a folder.",
        "email": "The file «folder.ics» cannot be read: it is a folder.",
        "profile": "The name may be at most 200 characters.",
        "period": "The period is reversed: from 05.03.2026 to 01.03.2026. Swap the dates.",
        "letter": "The letter type «brev» is not known.",
    }
    # The export dialog's worker reports a folder that is gone in English too.
    worker = PdfExportWorker(case.id, tmp_path / "gone" / "log.pdf", ExportOptions())
    with qtbot.waitSignal(worker.failed) as failed:
        worker.run()
    assert failed.args == [f"The folder {tmp_path / 'gone'} does not exist."]
