"""User text is stored as typed, minus what cannot be seen (NUL, escapes, bad UTF-8)."""

from __future__ import annotations

import pytest

from dagbog.__main__ import main
from dagbog.core import cases, journal, people, requests, search
from dagbog.core.clock import parse_local_datetime
from dagbog.core.models import Entry
from dagbog.core.text import clean_line, clean_text
from dagbog.core.verify import verify_database

SCRIPTS = "Åse 漢字 العربية 👍 <b>fed</b> & &amp;"


def test_clean_line_and_text():
    assert clean_line("  før\x00efter\x1b[31m  ") == "førefter[31m"
    assert clean_line("Linje 1\nLinje 2\r\n\tslut") == "Linje 1 Linje 2 slut"
    assert clean_line("x\udcffy") == "x\ufffdy"  # a non-UTF-8 byte from the command line
    assert clean_line(SCRIPTS) == SCRIPTS
    assert clean_line(None) == ""
    assert clean_text("a\r\nb\rc\x00\x0c\td\n") == "a\nb\nc\td\n"
    assert clean_text(SCRIPTS + "\n" + SCRIPTS) == SCRIPTS + "\n" + SCRIPTS


def test_services_store_clean_text_and_every_script(diary):
    case = cases.create_case("Sag\x00 med\nlinjeskift " + SCRIPTS, citizen_name="An\x00na")
    assert case.title == "Sag med linjeskift " + SCRIPTS
    assert case.citizen_name == "Anna"
    assert cases.find_case("Sag\x00 med\nlinjeskift " + SCRIPTS) == case
    person = people.add_person(case, "Jo\x00nas " + SCRIPTS, email=" jonas@kommune.dk\x00 ")
    assert person.name == "Jonas " + SCRIPTS and person.email == "jonas@kommune.dk"
    entry = journal.log_contact(
        case,
        at=parse_local_datetime("2026-11-20 10:00"),
        kind="email",
        direction="out",
        person=person,
        subject="Fø\x00r\n" + SCRIPTS,
        note="Linje 1\x00 anden\r\nLinje 2 " + SCRIPTS,
        awaiting_reply=True,
    )
    stored = Entry.get_by_id(entry.id)
    assert stored.subject == "Før " + SCRIPTS
    assert stored.note == "Linje 1 anden\nLinje 2 " + SCRIPTS
    # A NUL no longer cuts the text short for search: the word after it is found.
    assert [hit.entry_id for hit in search.search("anden", case)] == [entry.id]
    journal.edit_entry(entry, "ret", note="Ny\x00 note", subject="Nyt\temne")
    stored = Entry.get_by_id(entry.id)
    assert (stored.subject, stored.note) == ("Nyt emne", "Ny note")
    closed = requests.close_request(stored, "Ringede\x00 i stedet")
    assert closed.closed_reason == "Ringede i stedet"
    assert verify_database().ok


def test_non_utf8_argument_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "d.db"
    args = ["add", "--db", str(path), "--case", "Sag\udcff", "--kind", "call"]
    args += ["--direction", "out", "--at", "2026-11-20 10:00", "--subject", "x\udcffy"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "x\ufffdy" in out and "Sag\ufffd" in out


def test_meetings_agreements_and_profile_store_clean_text(diary):
    from datetime import date

    from dagbog.core import agreements, meetings, settings
    from dagbog.core.errors import ValidationError

    case = cases.create_case("Sag")
    entry = journal.log_contact(
        case, at=parse_local_datetime("2026-11-20 10:00"), kind="meeting", direction="in"
    )
    meeting = meetings.open_meeting(entry)
    assert meetings.add_agenda_item(meeting, "Punkt\x00 1\n").text == "Punkt 1"
    assert meetings.add_attendee(meeting, name="Ka\x00ren", role="Bi\x1bsidder").role == "Bisidder"
    draft = meetings.save_draft(meeting, "Udkast\x00 med\r\nlinjer")
    assert draft.text == "Udkast med\nlinjer"
    assert meetings.stamp_note(meeting, "No\x00te\nto", draft).text == "Note\nto"
    # A promise with a deadline before the meeting is refused at the deadline field.
    with pytest.raises(ValidationError) as caught:
        meetings.add_action(meeting, "Svar", due=date(2026, 11, 1), promised_by_authority=True)
    assert caught.value.field == "due"
    agreement = agreements.create_agreement(case, "Job\x00plan", "Tekst\x00 1\r\n2", note="n\x00y")
    assert agreement.title == "Jobplan"
    assert agreements.current_version(agreement).text == "Tekst 1\n2"
    assert settings.set_user_profile("An\x00na", "citizen").name == "Anna"


def test_a_person_name_longer_than_200_characters_is_refused(diary):
    from dagbog.core.errors import ValidationError
    from dagbog.core.models import Person

    case = cases.create_case("Sag")
    with pytest.raises(ValidationError, match="højst være 200 tegn") as caught:
        people.add_person(case, "n" * 50_000)
    assert caught.value.field == "name"
    assert Person.select().count() == 0
    assert people.add_person(case, "n" * 200).name == "n" * 200
