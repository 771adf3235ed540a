"""Full-text search: prefixes, Danish letters, phrases, filters, user syntax, index in sync."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dagbog.core import cases, clock, db, demo, journal, migrations, people, search, search_index
from dagbog.core.errors import ValidationError
from dagbog.core.models import SchemaVersion, database


def _at(text: str) -> datetime:
    return clock.parse_local_datetime(text)


@pytest.fixture
def case(diary):
    return cases.create_case("Min sag")


@pytest.fixture
def worker(case):
    return people.add_person(case, "Søren Ærlig Ågård", role="caseworker")


def log(case, subject="", note="", at="2026-03-02 09:15", kind="email", direction="out", **extra):
    return journal.log_contact(
        case, at=_at(at), kind=kind, direction=direction, subject=subject, note=note, **extra
    )


def ids(query, **filters):
    return [hit.entry_id for hit in search.search(query, **filters)]


def test_fts5_is_there_and_the_index_exists(diary):
    assert search_index.fts5_available()
    assert search.available()
    assert SchemaVersion.get().version == migrations.LATEST


def test_prefix_finds_longer_words(case):
    entry = log(case, "Ny sagsbehandler", "Sagsbehandleren ringer tilbage i morgen.")
    other = log(case, "Lægeattest", "Sendt til jobcentret.")
    assert ids("sagsbehandl") == [entry.id]
    assert ids("SAGSB") == [entry.id]
    assert ids("jobcen") == [other.id]
    assert ids("tilbage morgen") == [entry.id]  # every word must match
    assert ids("tilbage jobcentret") == []


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Møde på jobcentret", "moede"),
        ("Moede på jobcentret", "møde"),
        ("Lægeattest", "laegeattest"),
        ("Laegeattest", "lægeatt"),
        ("Flytning til Århus", "aarhus"),
        ("Flytning til Aarhus", "århus"),
        ("ÆBLER OG ØL PÅ ÅEN", "æbler øl åen"),
        ("Soeby kommune", "SØBY"),
        ("Café-møde", "cafe"),
    ],
)
def test_danish_letters_and_their_two_letter_forms_find_each_other(case, written, typed):
    entry = log(case, written)
    log(case, "Noget helt andet")
    assert ids(typed) == [entry.id]


def test_person_names_are_searched_with_danish_folding(case, worker):
    entry = log(case, "Opkald", person=worker)
    log(case, "Opkald uden person")
    assert ids("soeren") == [entry.id]
    assert ids("aerlig aagaard") == [entry.id]
    hit = search.search("ågå")[0]
    assert hit.person == "Søren Ærlig Ågård"
    assert hit.highlights["person"] == ((12, 17),)


def test_phrases_keep_word_order(case):
    together = log(case, "", "Jeg har fået ny sagsbehandler i dag.")
    apart = log(case, "", "Min sagsbehandler er ny i afdelingen.")
    assert sorted(ids("ny sagsbehandler")) == sorted([together.id, apart.id])
    assert ids('"ny sagsbehandler"') == [together.id]
    assert ids('"ny sagsbeh') == [together.id]  # an unclosed quote is a phrase to the end
    assert ids('"sagsbehandler ny"') == []


def test_no_hits_and_empty_queries(case):
    log(case, "Status på sagen")
    assert search.search("fleksjob") == []
    assert search.search("") == []
    assert search.search("   ") == []
    assert search.search('"" * - ()') == []


NASTY = [
    '"',
    '"""',
    "*",
    "sag*",
    "-sag",
    "sag -status",
    "(sag",
    "sag)",
    "sag OR status",
    "sag AND",
    "NOT sag",
    "NEAR(sag status)",
    "sag NEAR status",
    "subject:sag",
    "{subject note}: sag",
    "^sag",
    "sag + status",
    "'; DROP TABLE entry; --",
    "\\",
    "\x00",
    "💥 sag",
    "e-mail",
]


@pytest.mark.parametrize("query", NASTY)
def test_fts_syntax_typed_by_a_user_does_not_crash(case, query):
    entry = log(case, "Status på sagen", "Sendt som e-mail")
    hits = ids(query)
    assert hits in ([], [entry.id])
    assert journal.count_entries(case) == 1


def test_syntax_words_are_plain_words(case):
    entry = log(case, "Sag OR status AND near")
    log(case, "Status")
    assert ids("or status") == [entry.id]
    assert ids("near") == [entry.id]
    assert ids("e-mail") == []
    mail = log(case, "Sendt e-mail")
    assert ids("e-mail") == [mail.id]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(case, text):
    search.search(text)
    search.search(text, order="relevance")


def test_filters_case_kind_period_status(case):
    other_case = cases.create_case("Anden sag")
    call = log(case, "Fleksjob", kind="call", outcome="no-answer", at="2026-01-05 10:00")
    mail = log(case, "Fleksjob", kind="email", at="2026-02-05 10:00", awaiting_reply=True)
    late = log(case, "Fleksjob", kind="email", at="2025-06-05 10:00", awaiting_reply=True)
    done = log(case, "Fleksjob", kind="meeting", at="2026-03-05 10:00")
    elsewhere = log(other_case, "Fleksjob", kind="letter", at="2026-03-06 10:00")
    answer = log(case, "Svar", kind="email", at="2026-03-07 10:00", direction="in")
    journal.mark_answered(mail, answer)
    today = date(2026, 3, 10)

    assert ids("fleks", today=today) == [elsewhere.id, done.id, mail.id, call.id, late.id]
    assert ids("fleks", case=other_case) == [elsewhere.id]
    assert ids("fleks", case=case.id, kind="email") == [mail.id, late.id]
    assert ids("fleks", start=date(2026, 1, 5), end=date(2026, 2, 5)) == [mail.id, call.id]
    assert ids("fleks", start=date(2026, 3, 6)) == [elsewhere.id]
    assert ids("fleks", end=date(2025, 12, 31)) == [late.id]
    assert ids("fleks", status="overdue", today=today) == [late.id]
    assert ids("fleks", status="open", today=today) == [late.id]
    assert ids("fleks", status="answered", today=today) == [mail.id]
    assert ids("fleks", status="unanswered", today=today) == [call.id]
    assert ids("fleks", status="done", today=today) == [elsewhere.id, done.id]
    assert ids("fleks", status="awaiting", today=date(2025, 6, 6)) == [late.id]
    statuses = {hit.entry_id: hit.status for hit in search.search("fleks", today=today)}
    assert statuses[late.id] == "overdue" and statuses[call.id] == "unanswered"
    with pytest.raises(ValidationError):
        search.search("fleks", kind="fax")
    with pytest.raises(ValidationError):
        search.search("fleks", status="glemt")
    with pytest.raises(ValidationError):
        search.search("fleks", start=date(2026, 2, 1), end=date(2026, 1, 1))


def test_relevance_puts_subject_matches_first_and_limit_holds(case):
    in_note = log(case, "Andet", "Her nævnes lægeattest i noten.", at="2026-03-05 10:00")
    in_subject = log(case, "Lægeattest", "", at="2026-01-05 10:00")
    assert ids("lægeattest") == [in_note.id, in_subject.id]
    assert ids("lægeattest", order="relevance") == [in_subject.id, in_note.id]
    assert len(ids("lægeattest", limit=1)) == 1


def test_highlights_and_snippet(case):
    note = ("Indledning. " * 30) + "Sagsbehandleren Jonas Berg lovede svar. " + ("Slut. " * 40)
    log(case, "Ny sagsbehandler", note)
    hit = search.search("sagsbehandl")[0]
    assert hit.highlights["subject"] == ((3, 16),)
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= search.SNIPPET_CHARS + 2
    ((start, end),) = hit.highlights["snippet"]
    assert hit.snippet[start:end] == "Sagsbehandleren"
    marked = search.marked(hit.subject, hit.highlights["subject"], "<b>", "</b>")
    assert marked == "Ny <b>sagsbehandler</b>"


def test_highlight_finds_danish_forms(case):
    log(case, "Møde i Århus med Søren", "Moede i Aarhus")
    hit = search.search("moede aarhus")[0]
    subject = [hit.subject[s:e] for s, e in hit.highlights["subject"]]
    assert subject == ["Møde", "Århus"]
    assert [hit.snippet[s:e] for s, e in hit.highlights["snippet"]] == ["Moede", "Aarhus"]


def test_index_follows_edit_delete_restore_and_person_rename(case, worker):
    entry = log(case, "Lægeattest", "Sendt", person=worker, awaiting_reply=True)
    journal.edit_entry(entry, "Rettet", subject="Arbejdsprøvning", note="Start i maj")
    assert ids("laegeattest") == []
    assert ids("arbejdsproevning") == [entry.id]
    assert ids("maj") == [entry.id]
    journal.mark_answered(entry, log(case, "Svar", at="2026-03-03 10:00", direction="in"))
    assert ids("arbejdsprøvning") == [entry.id]
    people.update_person(worker, name="Mette Holm")
    assert ids("mette") == [entry.id]
    assert ids("søren") == []
    journal.delete_entry(entry, "Forkert sag")
    assert ids("arbejdsprøvning") == []
    journal.restore_entry(entry, "Fortrudt")
    assert ids("arbejdsprøvning") == [entry.id]
    (count,) = database.execute_sql("SELECT count(*) FROM entry_search").fetchone()
    assert count == journal.count_entries(case)


def test_a_failed_write_leaves_the_index_unchanged(case):
    log(case, "Lægeattest")
    with pytest.raises(RuntimeError), database.atomic():
        log(case, "Arbejdsprøvning")
        raise RuntimeError
    assert ids("arbejdsprøvning") == []
    assert len(ids("lægeattest")) == 1


def test_bulk_demo_entries_are_indexed(diary):
    demo.create_synthetic(60, cases_count=2)
    demo.create_demo_case()
    (indexed,) = database.execute_sql("SELECT count(*) FROM entry_search").fetchone()
    assert indexed == 60 + len(journal.all_entries(cases.get_case(demo.DEMO_TITLE)))
    assert ids("vagttelefon")
    assert ids("rehabiliteringsteam", case=cases.get_case("Syntetisk sag 1"))


def test_old_file_gets_the_index_when_migrated(db_path):
    db.open_database(db_path)
    case = cases.create_case("Gammel sag")
    entry = log(case, "Lægeattest fra før søgning")
    for name in search_index.TRIGGERS:
        database.execute_sql(f"DROP TRIGGER {name}")
    database.execute_sql("DROP TABLE entry_search")
    step = next(v for v, f in migrations.STEPS.items() if f.__name__.endswith("search_index"))
    SchemaVersion.update(version=step - 1).execute()
    db.close_database()
    db.open_database(db_path)
    try:
        assert SchemaVersion.get().version == migrations.LATEST
        assert ids("laegeatt") == [entry.id]
        assert list(db_path.parent.glob("*.before-v*.bak"))
    finally:
        db.close_database()


def test_without_fts5_writes_work_and_search_says_why(db_path, monkeypatch):
    db.open_database(db_path)
    case = cases.create_case("Sag")
    log(case, "Før")
    db.close_database()
    monkeypatch.setattr(search_index, "_fts5", False)
    db.open_database(db_path)
    try:
        assert not search.available()
        log(case, "Lægeattest skrevet uden FTS5")  # the triggers are gone, the write works
        with pytest.raises(search.SearchUnavailable, match="FTS5"):
            search.search("lægeattest")
    finally:
        db.close_database()
    monkeypatch.setattr(search_index, "_fts5", None)
    db.open_database(db_path)
    try:
        assert search.available()
        assert len(ids("laegeattest")) == 1  # rebuilt, including the entry written meanwhile
    finally:
        db.close_database()
