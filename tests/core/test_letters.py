"""Letter drafts filled from a known log, and the mailto link."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import unquote, urlsplit

import pytest

from dagbog.core import cases, clock, deadlines, journal, letters, meetings, people, settings
from dagbog.core.errors import ValidationError
from dagbog.core.vocabulary import Direction, Kind, Outcome, ReplyStatus, Role

TZ = clock.LOCAL_TZ


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.fixture
def case(diary):
    case = cases.create_case(
        "Sygedagpenge",
        citizen_name="Anna Jensen",
        municipality="Jobcenter Søby",
        main_email="jobcenter@soeby.dk",
    )
    mette = people.add_person(
        case,
        "Mette Holm",
        role=Role.CASEWORKER,
        email="mette.holm@soeby.dk",
        caseworker_from=date(2026, 1, 5),
    )
    duty = people.add_person(case, "Vagttelefonen", role=Role.DUTY_PHONE)
    people.add_person(case, "Birgitte Lund", role=Role.HEAD, email="birgitte.lund@soeby.dk")
    people.add_person(case, "Karen Nielsen", role=Role.REPRESENTATIVE)
    # An old answered call: contact succeeded, so earlier failures do not count.
    journal.log_contact(
        case,
        at=at("2026-10-01 09:00"),
        kind="call",
        direction="out",
        person=mette,
        outcome="no-answer",
    )
    journal.log_contact(
        case,
        at=at("2026-10-02 09:00"),
        kind="call",
        direction="out",
        person=mette,
        outcome="talked",
    )
    journal.log_contact(
        case,
        at=at("2026-11-02 09:15"),
        kind="call",
        direction="out",
        person=mette,
        outcome="no-answer",
    )
    journal.log_contact(
        case,
        at=at("2026-11-03 10:30"),
        kind="call",
        direction="out",
        person=mette,
        outcome="voicemail",
    )
    journal.log_contact(
        case,
        at=at("2026-11-04 11:00"),
        kind="call",
        direction="out",
        person=duty,
        outcome="busy",
    )
    journal.log_contact(
        case,
        at=at("2026-11-05 08:40"),
        kind="email",
        direction="out",
        person=mette,
        subject="Min arbejdsprøvning",
        awaiting_reply=True,
    )
    journal.log_contact(
        case,
        at=at("2026-10-20 13:00"),
        kind="meeting",
        direction="out",
        person=mette,
        subject="Opfølgningssamtale",
        note="Vi aftalte en arbejdsprøvning i 8 uger.",
    )
    return case


def test_followup_lists_unanswered_attempts_with_dates_and_channels(case):
    letter = letters.followup(case)
    assert letter.to == "mette.holm@soeby.dk"
    assert letter.body.startswith("Kære Mette Holm")
    body = letter.body
    assert "mandag 2. november 2026 kl. 09:15: opkald (intet svar)" in body
    assert "tirsdag 3. november 2026 kl. 10:30: opkald (lagt besked)" in body
    assert "onsdag 4. november 2026 kl. 11:00: opkald til vagttelefonen (optaget)" in body
    assert "torsdag 5. november 2026 kl. 08:40: e-mail om «Min arbejdsprøvning»" in body
    assert "1. oktober" not in body  # before the talk on 2 October
    assert body.rstrip().endswith("Venlig hilsen\nAnna Jensen")
    assert letters.followup(case, prepared_by="Karen Nielsen").body.endswith("Karen Nielsen")


def test_new_caseworker_cites_section_4_and_point_56_to_main_email(case):
    letter = letters.new_caseworker(case, "Vi har ikke kunnet tale sammen i tre måneder.")
    assert letter.to == "jobcenter@soeby.dk"
    assert letter.person_id is None
    assert "§ 4" in letter.body and "retssikkerhed" in letter.body
    assert "punkt 56" in letter.body
    assert "Mette Holm" in letter.body
    assert "Vi har ikke kunnet tale sammen i tre måneder." in letter.body
    assert letters.REASONS_PLACEHOLDER in letters.new_caseworker(case).body


def test_aktindsigt_cites_section_9_and_16_with_due_date(case):
    letter = letters.aktindsigt(case, sent=date(2026, 12, 21))
    assert letter.to == "jobcenter@soeby.dk"
    assert "forvaltningslovens § 9" in letter.body
    assert "§ 16, stk. 2" in letter.body and "7 arbejdsdage" in letter.body
    # 7 working days after Mon 21 Dec 2026; 24-26 Dec, 31 Dec and 1 Jan are closed.
    assert deadlines.due_date(date(2026, 12, 21), "aktindsigt") == date(2027, 1, 5)
    assert "senest 5. januar 2027" in letter.body
    assert letter.request_type == "aktindsigt"


def test_head_goes_to_the_head_of_department(case):
    letter = letters.head(case)
    assert letter.to == "birgitte.lund@soeby.dk"
    assert letter.body.startswith("Kære Birgitte Lund")
    assert "Mette Holm" in letter.body
    assert "2. november 2026 kl. 09:15" in letter.body


def test_minutes_from_a_meeting_entry(case):
    meeting = letters.latest_meeting(case)
    letter = letters.minutes(meeting)
    assert letter.subject == "Referat af mødet 20. oktober 2026"
    assert "tirsdag 20. oktober 2026 kl. 13:00" in letter.body
    assert "Opfølgningssamtale" in letter.body
    assert "arbejdsprøvning i 8 uger" in letter.body
    assert letter.to == "mette.holm@soeby.dk"
    call = journal.all_entries(case)[-1]
    with pytest.raises(ValidationError):
        letters.minutes(call)
    with pytest.raises(ValidationError):
        letters.build("minutes", case)


def test_fuldmagt_names_representative_and_section_8(case):
    letter = letters.fuldmagt(case)
    assert "Jeg, Anna Jensen, giver hermed Karen Nielsen fuldmagt" in letter.body
    assert "forvaltningslovens § 8" in letter.body
    assert "Jobcenter Søby" in letter.body
    assert not letter.expects_reply


def test_every_kind_builds(case):
    meeting = letters.latest_meeting(case)
    for kind in letters.KINDS:
        letter = letters.build(kind, case, entry=meeting)
        assert letter.subject and letter.body and letter.kind == kind
    with pytest.raises(ValidationError):
        letters.build("nonsense", case)


def test_log_sent_aktindsigt_awaits_reply_with_7_working_days(case, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: datetime(2027, 2, 1, 12, 0, tzinfo=clock.LOCAL_TZ))
    letter = letters.aktindsigt(case)
    entry = letters.log_sent(case, letter, at=at("2026-12-21 10:00"))
    assert entry.kind == "email" and entry.direction == "out"
    assert entry.reply_status == ReplyStatus.AWAITING
    assert entry.request_type == "aktindsigt"
    assert entry.reply_due == date(2027, 1, 5)
    follow = letters.log_sent(case, letters.followup(case), at=at("2026-11-09 10:00"))
    assert follow.reply_due == date(2026, 11, 23)  # the case's 10 working days
    assert follow.person.name == "Mette Holm"


def test_mailto_encodes_danish_letters_and_line_breaks():
    url = letters.mailto("jobcenter@soeby.dk", "Ændring af møde", "Kære Søren\nTak for i går.\nÅse")
    assert url.startswith("mailto:jobcenter@soeby.dk?subject=")
    assert "%C3%86ndring%20af%20m%C3%B8de" in url
    assert "S%C3%B8ren%0D%0ATak" in url
    assert "%0D%0A%C3%85se" in url
    assert all(ord(c) < 128 for c in url) and " " not in url and "\n" not in url
    parts = urlsplit(url)
    query = dict(p.split("=", 1) for p in parts.query.split("&"))
    assert unquote(query["body"]) == "Kære Søren\r\nTak for i går.\r\nÅse"
    assert letters.mailto("a@b.dk", "x&y=z?").endswith("subject=x%26y%3Dz%3F")


def test_new_caseworker_letter_links_to_the_caseworker_history(case):
    assert "Mine sagsbehandlere" not in letters.new_caseworker(case).body  # one caseworker
    jonas = people.add_person(case, "Jonas Berg", email="jonas.berg@soeby.dk")
    people.assign_caseworker(case, jonas, date(2026, 8, 1))
    body = letters.new_caseworker(case, "Ingen svar i tre måneder.").body
    assert (
        "Mine sagsbehandlere i sagen indtil nu:\n"
        "- Mette Holm, fra 5. januar 2026 til 31. juli 2026\n"
        "- Jonas Berg, fra 1. august 2026 (nuværende)\n"
    ) in body
    assert "end min nuværende sagsbehandler, Jonas Berg" in body
    # The history follows the reasons and comes before the legal paragraph.
    assert body.index("Ingen svar") < body.index("Mine sagsbehandlere") < body.index("§ 4")


def test_followup_lists_only_attempts_to_reach_the_caseworker(case):
    """Not the e-mail to the head of department, nor a formal request, nor another person."""
    mette = people.find_person(case, "Mette Holm")
    birgitte = people.find_person(case, "Birgitte Lund")
    karen = people.find_person(case, "Karen Nielsen")
    journal.log_contact(
        case,
        at=at("2026-11-06 13:20"),
        kind="email",
        direction="out",
        person=birgitte,
        subject="Kontakten med jobcentret svigter",
        awaiting_reply=True,
    )
    journal.log_contact(
        case,
        at=at("2026-11-09 14:00"),
        kind="email",
        direction="out",
        person=mette,
        subject="Anmodning om aktindsigt",
        awaiting_reply=True,
        request_type="aktindsigt",
    )
    journal.log_contact(
        case,
        at=at("2026-11-10 10:00"),
        kind="call",
        direction="out",
        person=karen,
        outcome="no-answer",
    )
    journal.log_contact(
        case,
        at=at("2026-11-11 10:00"),
        kind="email",
        direction="out",
        subject="Til jobcentrets hovedpostkasse",
        awaiting_reply=True,
    )
    body = letters.followup(case).body
    listed = [line for line in body.splitlines() if line.startswith("- ")]
    assert len(listed) == 5, listed
    assert "Kontakten med jobcentret svigter" not in body
    assert "aktindsigt" not in body
    assert "10. november" not in body  # the call to Karen Nielsen
    assert "Til jobcentrets hovedpostkasse" in body  # the jobcenter in general
    assert "opkald til vagttelefonen" in body
    head_body = letters.head(case).body
    assert "Kontakten med jobcentret svigter" not in head_body
    assert "aktindsigt" not in head_body


def test_followup_leaves_out_the_previous_caseworker(case):
    jonas = people.add_person(case, "Jonas Berg", email="jonas.berg@soeby.dk")
    people.assign_caseworker(case, jonas, date(2026, 11, 4))
    journal.log_contact(
        case,
        at=at("2026-11-09 09:00"),
        kind="call",
        direction="out",
        person=jonas,
        outcome="busy",
    )
    letter = letters.followup(case)
    assert letter.body.startswith("Kære Jonas Berg")
    assert "9. november 2026 kl. 09:00: opkald (optaget)" in letter.body
    assert "2. november" not in letter.body  # a call to Mette Holm, not to Jonas
    assert "Min arbejdsprøvning" not in letter.body


def test_fuldmagt_never_names_a_bisidder(case):
    karen = people.find_person(case, "Karen Nielsen")
    people.update_person(karen, role=Role.COMPANION)
    people.add_person(case, "Ole Fag", role=Role.UNION)
    body = letters.fuldmagt(case).body
    assert "Karen Nielsen" not in body and "Ole Fag" not in body
    assert f"giver hermed {letters.REPRESENTATIVE_BLANK} fuldmagt" in body
    assert "____" in letters.REPRESENTATIVE_BLANK
    # The user's own role is partsrepræsentant: the user is named, the citizen still gives it.
    settings.set_user_profile("Lars Lind", "representative")
    body = letters.fuldmagt(case).body
    assert "Jeg, Anna Jensen, giver hermed Lars Lind fuldmagt" in body
    assert body.rstrip().endswith("Anna Jensen")
    assert "(partsrepræsentant)" not in body
    # A bisidder user is not named either.
    settings.set_user_profile("Lars Lind", "companion")
    assert "Lars Lind" not in letters.fuldmagt(case).body
    # A person with the role partsrepræsentant is.
    people.add_person(case, "Pia Part", role=Role.REPRESENTATIVE)
    assert "giver hermed Pia Part fuldmagt" in letters.fuldmagt(case).body


def test_minutes_of_a_meeting_still_open_include_the_live_meeting(case):
    meeting_entry = letters.latest_meeting(case)
    meeting = meetings.open_meeting(meeting_entry)
    meetings.add_attendee(meeting, name="Karen Nielsen", role="Bisidder")
    meetings.stamp_note(
        meeting, "Arbejdsprøvningen starter 1. december.", at=at("2026-10-20 13:10")
    )
    meetings.save_draft(meeting, "Mette sender planen", at=at("2026-10-20 13:25"))
    meetings.add_action(meeting, "Send jobplanen", who="Mette Holm", due=date(2026, 10, 27))
    body = letters.minutes(meeting_entry).body
    assert "arbejdsprøvning i 8 uger" in body  # the entry's own note
    assert "Karen Nielsen (Bisidder)" in body
    assert "13:10 Arbejdsprøvningen starter 1. december." in body
    assert "13:25 Mette sender planen" in body  # the note being typed
    assert "Mette Holm: Send jobplanen (senest 27.10.2026)" in body
    # After "Afslut møde" the letter says the same (from the minutes written into the entry).
    draft = meetings.pending_draft(meeting)
    meetings.finish_meeting(meeting, "Mette sender planen.", draft)
    after = letters.minutes(journal.get_entry(meeting_entry.id)).body
    assert after.count("Karen Nielsen (Bisidder)") == 1
    assert "13:25 Mette sender planen." in after


def test_minutes_of_a_meeting_with_the_bisidder_go_to_the_caseworker(case):
    karen = people.find_person(case, "Karen Nielsen")
    entry = journal.log_contact(
        case,
        at=at("2026-10-21 10:00"),
        kind="meeting",
        direction="out",
        person=karen,
        subject="Samtale med bisidder",
    )
    letter = letters.minutes(entry)
    assert letter.to == "mette.holm@soeby.dk"
    assert letter.body.startswith("Kære Mette Holm")


def test_no_iso_timestamp_or_raw_code_in_any_letter(case):
    meeting_entry = letters.latest_meeting(case)
    meeting = meetings.open_meeting(meeting_entry)
    meetings.stamp_note(meeting, "Noteret.", at=at("2026-10-20 13:10"))
    meetings.add_action(
        meeting, "Indhente lægeattest", due=date(2026, 11, 3), promised_by_authority=True
    )
    iso = re.compile(r"\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|\+00:00")
    codes = [str(v) for enum in (Kind, Outcome, Direction, ReplyStatus, Role) for v in enum]
    codes = [c for c in codes if "-" in c or c in ("awaiting", "answered", "talked")]
    for kind in letters.KINDS:
        letter = letters.build(kind, case, entry=meeting_entry)
        text = letter.subject + "\n" + letter.body
        assert not iso.search(text), (kind, iso.search(text))
        for code in codes:
            assert not re.search(rf"\b{re.escape(code)}\b", text), (kind, code)
