"""The PDF log read back with pypdf and poppler's pdftotext: content, order, filters, layout."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader

from dagbog.core import cases, clock, demo, journal, people, requests, stats
from dagbog.core.fingerprint import current_fingerprint
from dagbog.report.pdf_log import ExportCancelled, ExportOptions, build_pdf, write_pdf

TODAY = date(2026, 3, 20)
GENERATED = datetime(2026, 3, 20, 12, 0, tzinfo=clock.LOCAL_TZ)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), clock.LOCAL_TZ)


def build(case, **options) -> bytes:
    options.setdefault("today", TODAY)
    options.setdefault("generated_at", GENERATED)
    buffer = io.BytesIO()
    build_pdf(case, buffer, ExportOptions(**options))
    return buffer.getvalue()


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def pdftotext(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
    )
    return result.stdout.decode("utf-8")


def log_section(text: str) -> str:
    """The chronological log: from its heading up to the notes or the people section."""
    start = text.index("Kontakter i perioden")
    ends = [text.find(h, start) for h in ("Noter til kontakterne", "Personer i sagen")]
    return text[start : min(e for e in ends if e != -1)]


@pytest.fixture
def case(diary):
    return cases.create_case("Sag & co <test>", citizen_name="Anna Jensen", municipality="Søby")


def test_demo_summary_equals_core_statistics(diary, tmp_path):
    today = clock.today()
    case = demo.create_demo_case(today)
    pdf = build(case, today=today)
    figures = stats.case_statistics(case, today=today)
    first_page = pdftotext(pdf, tmp_path).split("\f")[0]

    def figure(label: str) -> str:
        match = re.search(re.escape(label) + r"\s+(\S+)", first_page)
        assert match, label
        return match.group(1)

    assert figure("Kontakter i alt") == str(figures.total)
    assert figure("Borgeren tog initiativet (udgående)") == str(figures.initiated_by_citizen)
    assert figure("Jobcentret tog initiativet (indgående)") == str(figures.initiated_by_authority)
    assert figure("Ubesvarede opkaldsforsøg") == str(figures.unanswered_attempts)
    assert figure("Henvendelser der afventer svar") == str(figures.open_requests)
    assert figure("Heraf med overskredet svarfrist") == str(figures.overdue_requests)
    median = f"{figures.median_response_days:.1f}".replace(".", ",").removesuffix(",0")
    assert figure("Svartid, median") == median
    assert figure("Svartid, længste") == str(figures.longest_response_days)
    assert figures.total > 20 and figures.unanswered_attempts > 0
    # The full fingerprint is on the summary page, the short one in every footer.
    fingerprint = current_fingerprint()
    assert fingerprint.head in first_page.replace("\n", "")
    assert all(fingerprint.short in page for page in pages_text(pdf))
    # The open requests section lists each open request, most overdue first.
    text = pdftotext(pdf, tmp_path)
    section = text[text.index("Henvendelser der afventer svar", len(first_page)) :]
    section = section[: section.index("Kontakter i perioden")]
    subjects = [item.entry.subject for item in requests.open_requests(case, today)]
    positions = [section.find(" ".join(s.split()[:3])) for s in subjects]  # before any wrap
    assert all(p >= 0 for p in positions)
    assert "Overskredet" in section


def test_every_entry_of_the_period_once_and_in_order(case, tmp_path):
    start, end = date(2026, 1, 10), date(2026, 2, 20)
    inside, outside = [], []
    for n in range(60):
        day = date(2026, 1, 1) + timedelta(days=n)
        subject = f"Emne-{n:03d}"
        journal.log_contact(
            case, at=at(day, 8 + n % 8), kind="email", direction="out", subject=subject
        )
        (inside if start <= day <= end else outside).append(subject)
    text = pdftotext(build(case, start=start, end=end, with_notes=False), tmp_path)
    log = log_section(text)
    found = re.findall(r"Emne-\d{3}", log)
    assert found == inside
    assert not set(outside) & set(re.findall(r"Emne-\d{3}", text))
    assert "10.01.2026 – 20.02.2026" in text


def test_danish_letters_other_scripts_and_symbols_extract(case, tmp_path):
    greek = people.add_person(case, "Ελένη Παπαδοπούλου", role="caseworker")
    journal.log_contact(
        case,
        at=at(date(2026, 3, 2)),
        kind="call",
        direction="out",
        person=greek,
        subject="Ærlig snak på Åbenrå",
        note="Olena: Олена Коваленко var bisidder. Øko-fleksjob, ærter. Tjek ✓ og € 100.",
        outcome="talked",
    )
    pdf = build(case)
    for text in ("\n".join(pages_text(pdf)), pdftotext(pdf, tmp_path)):
        assert "Ελένη Παπαδοπούλου" in text
        assert "Олена Коваленко" in text
        assert "Ærlig snak på Åbenrå" in text and "Øko-fleksjob, ærter" in text
        assert "✓" in text and "€" in text
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in name for name in fonts)
    assert b"/FontFile2" in pdf  # the TrueType font is embedded


def test_markup_in_user_text_prints_literally(case, tmp_path):
    person = people.add_person(case, "Jens <Jensen> & søn")
    journal.log_contact(
        case,
        at=at(date(2026, 3, 3)),
        kind="email",
        direction="out",
        person=person,
        subject="<b>Svar & klage</b>",
        note="<i>Citat</i> & <br/> &amp; <font size=40>stor</font>",
    )
    text = pdftotext(build(case), tmp_path)
    assert "<b>Svar & klage</b>" in text
    assert "<i>Citat</i> & <br/> &amp; <font size=40>stor</font>" in text
    assert "Jens <Jensen> & søn" in text
    assert "Sag & co <test>" in text


def test_footer_side_x_af_y_on_every_page(case, tmp_path):
    for n in range(150):
        journal.log_contact(
            case,
            at=at(date(2025, 1, 1) + timedelta(days=n)),
            kind="call",
            direction="out",
            subject=f"Opkald {n}",
            outcome="no-answer" if n % 3 else "talked",
            note="En note om opkaldet. " * 5,
        )
    pdf = build(case)
    texts = pages_text(pdf)
    total = len(texts)
    assert total >= 4
    for number, text in enumerate(texts, start=1):
        assert f"Side {number} af {total}" in text
        assert "Sag & co <test>" in text  # header on every page
        assert "Udskrevet 20.03.2026 12:00" in text
    # The log's header row is repeated on every page the log runs over.
    log_pages = [
        t for t in texts if re.search(r"Opkald \d+", t) and not re.search(r"Nr\. \d+ ·", t)
    ]
    assert len(log_pages) >= 2
    assert all("Dato og tid" in t and "Udfald / status" in t for t in log_pages)


def test_metadata(case):
    reader = PdfReader(io.BytesIO(build(case, prepared_by="Karen Bisidder")))
    meta = reader.metadata
    assert meta.title == "Log over kontakt med jobcentret – Sag & co <test>"
    assert meta.author == "Karen Bisidder"
    assert "hele sagen" in meta.subject
    assert str(reader.trailer["/Root"]["/Lang"]) == "da-DK"


def _mixed_case(case):
    worker = people.add_person(case, "Mette Holm", role="caseworker")

    def log(day: date, kind: str, direction: str, subject: str, **extra):
        extra.setdefault("registered_at", at(day, 11))
        journal.log_contact(
            case, at=at(day), kind=kind, direction=direction, subject=subject, **extra
        )

    log(date(2026, 1, 5), "call", "out", "Januar-opkald-ubesvaret", person=worker,
        outcome="no-answer")  # fmt: skip
    log(date(2026, 1, 6), "email", "out", "Januar-mail-afventer", person=worker,
        awaiting_reply=True, note="Mail-note-tekst")  # fmt: skip
    log(date(2026, 2, 2), "meeting", "in", "Februar-møde", person=worker, note="Møde-note-tekst")
    log(date(2026, 2, 3), "call", "out", "Februar-opkald-talte", person=worker, outcome="talked")
    log(date(2026, 2, 4), "sms", "out", "Privat-besked", private=True, note="Privat-note")
    log(date(2026, 3, 2), "letter", "in", "Marts-brev", registered_at=at(date(2026, 3, 9)))


SUBJECTS = [
    "Januar-opkald-ubesvaret",
    "Januar-mail-afventer",
    "Februar-møde",
    "Februar-opkald-talte",
    "Privat-besked",
    "Marts-brev",
]


def _subjects(pdf: bytes, tmp_path) -> list[str]:
    log = log_section(pdftotext(pdf, tmp_path))
    return [s for s in SUBJECTS if s in log]


def test_filters_and_options(case, tmp_path):
    _mixed_case(case)
    everything = [s for s in SUBJECTS if s != "Privat-besked"]
    assert _subjects(build(case), tmp_path) == everything
    assert _subjects(build(case, include_private=True), tmp_path) == SUBJECTS
    assert _subjects(build(case, start=date(2026, 2, 1), end=date(2026, 2, 28)), tmp_path) == [
        "Februar-møde",
        "Februar-opkald-talte",
    ]
    assert _subjects(build(case, kinds=frozenset({"call", "letter"})), tmp_path) == [
        "Januar-opkald-ubesvaret",
        "Februar-opkald-talte",
        "Marts-brev",
    ]
    assert _subjects(build(case, only_unanswered=True), tmp_path) == [
        "Januar-opkald-ubesvaret",
        "Januar-mail-afventer",
    ]

    with_notes = pdftotext(build(case), tmp_path)
    assert "Noter til kontakterne" in with_notes
    assert "Mail-note-tekst" in with_notes and "Møde-note-tekst" in with_notes
    assert "Privat" not in with_notes.replace("private kontakter", "").replace("privat kontakt", "")
    assert "1 privat kontakt udeladt" in with_notes
    without = pdftotext(build(case, with_notes=False), tmp_path)
    assert "Noter til kontakterne" not in without and "Mail-note-tekst" not in without
    assert "Uden noter" in without

    private = pdftotext(build(case, include_private=True), tmp_path)
    assert "Privat-note" in private
    assert re.search(r"Privat-besked +Privat\n", private)

    # Late registration and unanswered/overdue status are spelled out, not only shaded.
    log = log_section(with_notes)
    assert log.count("Registreret senere") == 1 and "(09.03.2026)" in log
    assert "Registreret senere" in log.split("Marts-brev")[1]
    assert re.search(r"Januar-opkald-ubesvaret.*Intet svar", with_notes)
    assert re.search(r"Januar-mail-afventer.*Overskredet, frist", with_notes)


def test_long_note_splits_across_pages(case, tmp_path):
    words = " ".join(f"ord{n:05d}" for n in range(1200))  # about 10 KB
    note = "NOTE-START " + words + " NOTE-SLUT"
    assert len(note.encode()) >= 10_000
    journal.log_contact(
        case, at=at(date(2026, 3, 4)), kind="meeting", direction="in", subject="Langt møde",
        note=note,
    )  # fmt: skip
    texts = pages_text(build(case))
    start_page = next(i for i, t in enumerate(texts) if "NOTE-START" in t)
    end_page = next(i for i, t in enumerate(texts) if "NOTE-SLUT" in t)
    assert end_page > start_page
    joined = " ".join(texts)
    found = re.findall(r"ord\d{5}", joined)
    assert found == [f"ord{n:05d}" for n in range(1200)]  # every word once, in order


def test_empty_case_is_one_clear_page(case, tmp_path):
    pdf = build(case)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = pdftotext(pdf, tmp_path)
    assert "Ingen kontakter i perioden." in text
    assert "Ingen henvendelser afventer svar." in text
    assert re.search(r"Kontakter i alt\s+0", text)
    assert "Side 1 af 1" in text


def test_progress_and_cancel(case, tmp_path):
    for n in range(30):
        journal.log_contact(
            case, at=at(date(2026, 1, 1) + timedelta(days=n)), kind="email", direction="out",
            subject=f"E{n}", note="note",
        )  # fmt: skip
    seen: list[tuple[int, int]] = []
    buffer = io.BytesIO()
    result = build_pdf(
        case, buffer, ExportOptions(today=TODAY), progress=lambda d, t: seen.append((d, t))
    )
    assert result.entries == 30 and result.notes == 30
    assert result.pages == len(PdfReader(buffer).pages)
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] == 61

    target = tmp_path / "out" / "log.pdf"
    target.parent.mkdir()
    calls = []

    def cancel_after_start() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        write_pdf(case, target, ExportOptions(today=TODAY), cancelled=cancel_after_start)
    assert list(target.parent.iterdir()) == []  # no partial or temporary file left


def test_write_pdf_replaces_atomically(case, tmp_path):
    target = tmp_path / "log.pdf"
    target.write_bytes(b"old")
    result = write_pdf(case, target, ExportOptions(today=TODAY))
    assert target.read_bytes().startswith(b"%PDF-")
    assert result.pages == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_bad_options_are_refused(case, tmp_path):
    from dagbog.core.errors import ValidationError

    with pytest.raises(ValidationError, match="bagvendt"):
        build(case, start=date(2026, 2, 1), end=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="kontakttype"):
        build(case, kinds=frozenset({"fax"}))
    with pytest.raises(ValidationError, match="findes ikke"):
        write_pdf(case, tmp_path / "missing" / "log.pdf")


def test_attachments_are_listed_with_their_checksums(case, tmp_path):
    import hashlib

    from dagbog.core import attachments

    letter = journal.log_contact(
        case, at=at(date(2026, 3, 2)), kind="letter", direction="in", subject="Afgørelse-brev"
    )
    scan = b"%PDF-1.4 scannet afgoerelse" * 50
    screenshot = bytes(range(256)) * 20
    attachments.add_attachment(letter, data=scan, name="Afgørelse side 1.pdf")
    attachments.add_attachment(letter, data=screenshot, name="Skærmbillede e-Boks.png")
    hidden = journal.log_contact(
        case, at=at(date(2026, 3, 3)), kind="sms", direction="out", subject="Privat", private=True
    )
    attachments.add_attachment(hidden, data=b"privat", name="privat.txt")
    plain = journal.log_contact(
        case, at=at(date(2026, 3, 1)), kind="email", direction="out", subject="Uden bilag"
    )
    assert plain.id

    text = pdftotext(build(case), tmp_path)
    log = log_section(text)
    # The log row points to the list; the list holds name, size and full SHA-256 of each file.
    assert re.search(r"Afgørelse-brev.*2 bilag, se listen", log, re.DOTALL)
    assert "bilag, se listen" not in log.split("Afgørelse-brev")[0]
    files = text[re.search(r"\n *Bilag\n", text).start() :]
    for data, name in ((scan, "Afgørelse side 1.pdf"), (screenshot, "Skærmbillede e-Boks.png")):
        assert name in files
        assert f"SHA-256 {hashlib.sha256(data).hexdigest()}" in files
    assert files.index("Afgørelse side 1.pdf") < files.index("Skærmbillede e-Boks.png")
    assert re.search(r"\b2\s+02\.03\.2026 10:00\s+Afgørelse side 1\.pdf\s+1 KB", files)
    assert "privat.txt" not in text and hashlib.sha256(b"privat").hexdigest() not in text

    with_private = pdftotext(build(case, include_private=True), tmp_path)
    assert "privat.txt" in with_private
    # No attachments in the export: no list.
    only_email = pdftotext(build(case, kinds=frozenset({"email"})), tmp_path)
    assert not re.search(r"\n *Bilag\n", only_email) and "SHA-256 " not in only_email


def _colours(pdf: bytes) -> set[tuple[str, tuple[float, ...]]]:
    """Every colour the pages set (fill and stroke, RGB, CMYK or gray operators)."""
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(pdf))
    found = set()
    for page in reader.pages:
        content = ContentStream(page.get_contents(), reader)
        for operands, operator in content.operations:
            if operator in (b"rg", b"RG", b"k", b"K", b"g", b"G", b"sc", b"SC", b"scn", b"SCN"):
                found.add((operator.decode(), tuple(round(float(x), 4) for x in operands)))
    return found


def test_every_colour_is_a_gray_so_it_prints_the_same_in_black_and_white(diary):
    today = clock.today()
    case = demo.create_demo_case(today)
    colours = _colours(build(case, today=today, include_private=True))
    assert colours
    not_gray = [
        (op, values)
        for op, values in colours
        if (op in ("rg", "RG", "sc", "SC", "scn", "SCN") and len(set(values)) > 1)
        or (op in ("k", "K") and any(values[:3]))
    ]
    assert not_gray == []


def test_a_planned_contact_is_marked_as_not_yet_happened(case, tmp_path):
    journal.log_contact(
        case, at=at(date(2026, 3, 25)), kind="meeting", direction="in", subject="Samtale-senere",
        registered_at=at(date(2026, 3, 10)),
    )  # fmt: skip
    journal.log_contact(
        case, at=at(date(2026, 3, 2)), kind="meeting", direction="in", subject="Samtale-før",
        registered_at=at(date(2026, 3, 2), 12),
    )  # fmt: skip
    log = log_section(pdftotext(build(case), tmp_path))  # generated 20.03.2026
    assert re.search(r"Samtale-senere +Planlagt\n", log)
    assert log.count("Planlagt") == 1


def test_people_and_caseworker_history(case, tmp_path):
    first = people.add_person(
        case, "Mette Holm", role="caseworker", phone="70 12 34 56",
        caseworker_from=date(2026, 1, 5),
    )  # fmt: skip
    people.add_person(case, "Ole Vikar", role="caseworker", caseworker_from=date(2026, 2, 16))
    second = people.add_person(case, "Jonas Berg", role="caseworker", email="jb@soeby.dk")
    people.assign_caseworker(case, second, date(2026, 2, 16))  # same day: corrects Ole
    text = pdftotext(build(case), tmp_path)
    section = text[text.index("Personer i sagen") :]
    assert "Mette Holm" in section and "70 12 34 56" in section and "jb@soeby.dk" in section
    history = section[section.index("Sagsbehandlere over tid") :]
    rows = re.findall(r"(\d\d\.\d\d\.\d{4})\s+(\S+)\s+(\S+ \S+)\n", history)
    assert rows[:2] == [
        ("05.01.2026", "15.02.2026", "Mette Holm"),
        ("16.02.2026", rows[1][1], "Jonas Berg"),
    ]
    # Every listed period ends on or after its start.
    day = lambda text: date(int(text[6:]), int(text[3:5]), int(text[:2]))  # noqa: E731
    assert all(end == "nu" or day(end) >= day(start) for start, end, _ in rows)
    assert rows[-1][1] == "nu" and first.id


def test_contacts_before_the_first_caseworker_was_typed_in_are_explained(case, tmp_path):
    """Typed in on 10 March after two weeks of calls: «Fra 10.03» alone would look like the
    log contradicts itself, so the PDF says where the earlier contacts start."""
    mette = people.add_person(
        case, "Mette Holm", role="caseworker", caseworker_from=date(2026, 3, 10)
    )
    for day, private in ((date(2026, 2, 23), True), (date(2026, 2, 25), False)):
        journal.log_contact(
            case, at=at(day), kind="call", direction="out", person=mette, outcome="no-answer",
            private=private, registered_at=at(date(2026, 3, 10)),
        )  # fmt: skip
    history = lambda pdf: re.sub(r"\s+", " ", pdftotext(pdf, tmp_path).split("over tid")[1])  # noqa: E731
    assert (
        "«Fra» er den dag, Mette Holm blev skrevet ind som sagsbehandler i Dagbog. "
        "Loggen har kontakter med Mette Holm fra 25.02.2026." in history(build(case))
    )
    assert "fra 23.02.2026." in history(build(case, include_private=True))


def test_no_explanation_when_the_log_starts_with_the_caseworker(case, tmp_path):
    mette = people.add_person(
        case, "Mette Holm", role="caseworker", caseworker_from=date(2026, 2, 1)
    )
    journal.log_contact(
        case, at=at(date(2026, 2, 2)), kind="call", direction="out", person=mette,
        outcome="no-answer", registered_at=at(date(2026, 2, 2)),
    )  # fmt: skip
    assert "skrevet ind som sagsbehandler" not in pdftotext(build(case), tmp_path)


def test_open_requests_most_overdue_first(case, tmp_path):
    for subject, sent, due in (
        ("Afventer-stadig", date(2026, 3, 16), date(2026, 3, 30)),
        ("Lidt-over", date(2026, 3, 2), date(2026, 3, 16)),
        ("Meget-over", date(2026, 2, 2), date(2026, 2, 16)),
    ):
        journal.log_contact(
            case, at=at(sent), kind="email", direction="out", subject=subject,
            awaiting_reply=True, reply_due=due, registered_at=at(sent, 11),
        )  # fmt: skip
    text = pdftotext(build(case), tmp_path)
    section = text[text.index("Henvendelser der afventer svar", text.index("Side 1 af")) :]
    section = section[: section.index("Kontakter i perioden")]
    order = [section.index(s) for s in ("Meget-over", "Lidt-over", "Afventer-stadig")]
    assert order == sorted(order)
    assert re.search(r"Meget-over.*Overskredet med", section)
    assert re.search(r"Afventer-stadig.*Afventer svar", section)


def test_a_period_before_an_open_request_does_not_say_none_awaits(case, tmp_path):
    """Exporting October said "Ingen henvendelser afventer svar." while a November e-mail
    was overdue (found in the review): the section now says it covers the period only."""
    journal.log_contact(case, at=at(date(2026, 2, 2)), kind="call", direction="out")
    journal.log_contact(
        case, at=at(date(2026, 3, 2)), kind="email", direction="out", awaiting_reply=True
    )
    text = pdftotext(build(case, start=date(2026, 2, 1), end=date(2026, 2, 28)), tmp_path)
    assert "Ingen henvendelser afventer svar." not in text
    assert "Ingen henvendelser sendt i perioden afventer svar." in text
    assert "Kun henvendelser sendt i perioden 01.02.2026 – 28.02.2026" in text
    whole = pdftotext(build(case), tmp_path)
    assert "Kun henvendelser sendt i perioden" not in whole


def test_request_types_are_printed_in_danish(case, tmp_path):
    """The log's kind column printed the stored code «(new-caseworker)» (found in the review)."""
    journal.log_contact(
        case, at=at(date(2026, 3, 2)), kind="email", direction="out", awaiting_reply=True,
        request_type="new-caseworker",
    )  # fmt: skip
    journal.log_contact(
        case, at=at(date(2026, 3, 3)), kind="email", direction="out", awaiting_reply=True,
        request_type="aktindsigt",
    )  # fmt: skip
    text = log_section(pdftotext(build(case), tmp_path))
    assert "new-caseworker" not in text
    assert "sagsbeh.)" in text and "(aktindsigt)" in text  # "(ny" wraps above it


def test_a_selection_says_the_summary_covers_every_contact(case, tmp_path):
    """«Udvalg: Kun opkald» above «Kontakter i alt 2» and a log of one call read as a
    contradiction (found in the review)."""
    journal.log_contact(case, at=at(date(2026, 3, 2)), kind="call", direction="out")
    journal.log_contact(case, at=at(date(2026, 3, 3)), kind="email", direction="out")
    note = "Overblikket og grafen omfatter alle kontakter i perioden, ikke kun udvalget"
    only_calls = " ".join(pdftotext(build(case, kinds=frozenset({"call"})), tmp_path).split())
    assert note in only_calls and re.search(r"Kontakter i alt\s+2", only_calls)
    assert note in " ".join(pdftotext(build(case, only_unanswered=True), tmp_path).split())
    assert note not in " ".join(pdftotext(build(case), tmp_path).split())
