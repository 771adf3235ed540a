"""Importing .eml files written by different mail programs."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

import pytest

from dagbog.core import attachments, cases, clock, email_import, journal, people
from dagbog.core.errors import ValidationError
from dagbog.core.models import Attachment, Entry, Person
from dagbog.core.vocabulary import Role

FIXTURES = Path(__file__).parent.parent / "fixtures" / "eml"
TZ = clock.LOCAL_TZ


@pytest.fixture
def case(diary):
    case = cases.create_case(
        "Sygedagpenge", citizen_name="Anna Jensen", main_email="jobcenter@soeby.dk"
    )
    people.add_person(case, "Mette Holm", role=Role.CASEWORKER, email="mette.holm@soeby.dk")
    people.add_person(case, "Birgitte Lund", role=Role.HEAD, email="birgitte.lund@soeby.dk")
    return case


def stored_files(entry):
    return {
        a.original_name: attachments.path_of(a).read_bytes()
        for a in attachments.attachments_of(entry)
    }


def test_gmail_multipart_alternative_quoted_printable(case):
    path = FIXTURES / "gmail_alternative_qp.eml"
    result = email_import.import_file(case, path)
    e = result.entry
    assert not result.skipped and result.created_person is None
    assert e.kind == "email" and e.direction == "out"  # to the caseworker
    assert e.person.name == "Mette Holm"
    assert e.subject == "Spørgsmål om arbejdsprøvning"
    assert e.at == datetime(2026, 11, 3, 10, 12, 45, tzinfo=TZ)
    assert "hvornår arbejdsprøvningen starter" in e.note
    assert "<div" not in e.note
    assert "Til: Mette Holm <mette.holm@soeby.dk>" in e.note
    assert stored_files(e) == {"gmail_alternative_qp.eml": path.read_bytes()}
    att = attachments.attachments_of(e)[0]
    assert att.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_outlook_windows_1252_reply_is_incoming_from_known_person(case):
    e = email_import.import_file(case, FIXTURES / "outlook_windows1252.eml").entry
    assert e.direction == "in"
    assert e.person.name == "Mette Holm"  # address case differs: Mette.Holm@soeby.dk
    assert e.subject == "SV: Spørgsmål om arbejdsprøvning"
    assert e.at == datetime(2026, 11, 4, 14, 5, 10, tzinfo=TZ)  # 13:05 UTC
    assert "Søby Genbrug" in e.note and "Jobcenter Søby – Sygedagpenge" in e.note


def test_html_only_base64_latin1_becomes_readable_text(case):
    result = email_import.import_file(case, FIXTURES / "html_only_base64_latin1.eml")
    e = result.entry
    assert e.subject == "Ny besked fra Søby Jobcenter"
    assert e.direction == "in"
    assert "Der ligger et brev til dig i Digital Post om dit møde den 20. november." in e.note
    assert "- Afsender: Jobcenter Søby\n- Emne: Indkaldelse til opfølgningssamtale" in e.note
    assert "<p>" not in e.note and "track()" not in e.note and "font-family" not in e.note
    # The unknown sender is added to the case so the user can give it a role.
    assert result.created_person is not None
    assert result.created_person.name == "Søby Kommune"
    assert result.created_person.email == "noreply@soeby.dk"
    assert e.person_id == result.created_person.id


def test_thunderbird_flowed_with_pdf_attachment(case):
    e = email_import.import_file(case, FIXTURES / "thunderbird_flowed_attachment.eml").entry
    assert e.direction == "out" and e.person.name == "Mette Holm"
    assert e.subject == "Lægeerklæring vedhæftet"
    assert "Skriv gerne, hvis I mangler noget." in e.note  # flowed lines joined
    assert "Cc: Karen Nielsen <karen@example.org>" in e.note
    files = stored_files(e)
    assert (
        files["Lægeerklæring 2026.pdf"] == (FIXTURES / "laegeerklaering_expected.pdf").read_bytes()
    )
    assert "thunderbird_flowed_attachment.eml" in files
    for att in attachments.attachments_of(e):
        assert attachments.verify(att)


def test_missing_date_uses_file_time_and_says_so(case, tmp_path):
    path = tmp_path / "gammel.eml"
    path.write_bytes((FIXTURES / "no_date_latin1_8bit.eml").read_bytes())
    moment = datetime(2026, 10, 30, 15, 20, tzinfo=TZ)
    os.utime(path, (moment.timestamp(), moment.timestamp()))
    result = email_import.import_file(case, path)
    assert result.date_guessed
    e = result.entry
    assert e.at == moment
    assert "ingen læsbar dato" in e.note
    assert e.person.name == "Birgitte Lund" and e.direction == "in"
    assert "Jeg har bedt din sagsbehandler ringe til dig i næste uge." in e.note


def test_duplicates_are_skipped_by_message_id_and_by_content(case, tmp_path):
    first = email_import.import_file(case, FIXTURES / "gmail_alternative_qp.eml")
    again = email_import.import_file(case, FIXTURES / "gmail_alternative_qp.eml")
    assert again.skipped and again.entry.id == first.entry.id
    # The same message saved again by another program (other bytes, same Message-ID).
    resaved = tmp_path / "kopi.eml"
    resaved.write_bytes(
        (FIXTURES / "gmail_alternative_qp.eml").read_bytes().replace(b"\n", b"\r\n")
    )
    assert email_import.import_file(case, resaved).skipped
    # No Message-ID: the content hash decides.
    nodate = email_import.import_file(case, FIXTURES / "no_date_latin1_8bit.eml")
    assert email_import.import_file(case, FIXTURES / "no_date_latin1_8bit.eml").skipped
    assert not nodate.skipped
    assert Entry.select().count() == 2


@pytest.mark.parametrize("name", ["broken_not_email.eml", "broken_binary.eml"])
def test_broken_files_write_nothing(case, name, diary):
    before = (Entry.select().count(), Person.select().count(), Attachment.select().count())
    with pytest.raises(ValidationError) as info:
        email_import.import_file(case, FIXTURES / name)
    assert "ikke en e-mail" in str(info.value)
    assert (Entry.select().count(), Person.select().count(), Attachment.select().count()) == before
    assert not (diary.parent / "attachments").exists()


def test_every_fixture_imports_or_is_rejected(case):
    for path in sorted(FIXTURES.glob("*.eml")):
        if path.name.startswith("broken"):
            continue
        result = email_import.import_file(case, path)
        assert result.entry.subject
        assert result.entry.note.strip()
    assert len(journal.all_entries(case)) == len(list(FIXTURES.glob("[!b]*.eml")))


def test_html_to_text_outlook_markup():
    html = (
        "<html><head><style>p.MsoNormal{margin:0}</style></head><body>"
        '<p class="MsoNormal">Kære Anna<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">Mødet er flyttet til kl.&nbsp;10.<br>Hilsen Mette</p></body></html>'
    )
    assert (
        email_import.html_to_text(html) == "Kære Anna\n\nMødet er flyttet til kl. 10.\nHilsen Mette"
    )


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_apple_mail_text_split_around_an_inline_pdf_is_joined(case):
    """Apple Mail puts an inline attachment between two text/plain parts: no text is lost."""
    e = email_import.import_file(case, FIXTURES / "apple_mail_split_text_inline_pdf.eml").entry
    assert e.direction == "out" and e.person.name == "Mette Holm"
    # Two encoded-words folded over two lines make one subject.
    assert e.subject == "Kvittering for lægebesøg og spørgsmål om refusion"
    assert e.at == datetime(2026, 11, 9, 21, 14, 3, tzinfo=TZ)
    assert "Her er kvitteringen for mit møde hos lægen i går:" in e.note
    assert "Sig til, hvis der mangler noget.\n\nVenlig hilsen\nAnna" in e.note
    files = stored_files(e)
    assert set(files) == {"Kvittering læge.pdf", "apple_mail_split_text_inline_pdf.eml"}
    pdf = files["Kvittering læge.pdf"]
    assert sha(pdf) == "f44c7a6ef6c2321318a3fbf953dfabc5b36d763a2d1e074d9f80c5356c0c94a5"


def test_apple_mail_rich_text_keeps_the_inline_image(case):
    e = email_import.import_file(case, FIXTURES / "apple_mail_related_inline_image.eml").entry
    assert e.subject == "Skærmbillede af beskeden"  # base64 encoded-word
    assert e.note.endswith("Sådan ser beskeden i Digital Post ud (skærmbillede).\n\nKh Anna")
    files = stored_files(e)
    image = files["Skærmbillede 2026-11-10 kl. 07.58.12.png"]
    assert sha(image) == "6b7fa434f92a8b80aab02d9bf1a12e49ffcae424e4013a1c4f68b67e3d2bbcd0"
    assert "Vedhæftede filer: Skærmbillede 2026-11-10 kl. 07.58.12.png" in e.note


def test_outlook_forward_as_attachment_keeps_the_forwarded_mail(case, tmp_path):
    """Outlook's "forward as attachment": a message/rfc822 part, kept as its own .eml file
    that imports on its own; the body is base64 in iso-8859-15 (with a euro sign)."""
    e = email_import.import_file(
        case, FIXTURES / "outlook_forward_as_attachment_iso8859_15.eml"
    ).entry
    assert e.direction == "out" and e.person.name == "Birgitte Lund"
    assert e.subject == "VS: Bevilling af befordringsgodtgørelse"
    assert e.at == datetime(2026, 11, 1, 19, 30, 45, tzinfo=TZ)  # 18:30 UTC, winter time
    assert "udlæg på 412 € til transport" in e.note
    forwarded = stored_files(e)["Bevilling af befordringsgodtgørelse.eml"]
    inner = tmp_path / "videresendt.eml"
    inner.write_bytes(forwarded)
    decision = email_import.import_file(case, inner).entry
    assert decision.subject == "Bevilling af befordringsgodtgørelse"
    assert decision.direction == "in" and decision.person is None  # the main address
    assert "Du får befordringsgodtgørelse fra 1. november." in decision.note


def test_exchange_winmail_dat_and_an_unknown_charset(case):
    """Exchange with rich text sends winmail.dat (TNEF) beside the plain body; a charset label
    Python does not know falls back to windows-1252 instead of failing."""
    e = email_import.import_file(case, FIXTURES / "exchange_tnef_winmail_unknown_charset.eml").entry
    assert e.direction == "in" and e.person.name == "Mette Holm"  # "Holm, Mette" <Mette.Holm@>
    assert e.subject == "Mødet er flyttet"
    assert "Kære Anna\n\nDit møde er flyttet til torsdag kl. 13.00." in e.note
    winmail = stored_files(e)["winmail.dat"]
    assert sha(winmail) == "ee64e73efb2c41be2d65610a9f2789ad2de3c8dd5bf1fa671770266013201495"
