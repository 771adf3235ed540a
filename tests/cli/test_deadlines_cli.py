"""The deadline verbs as a user calls them: overdue, answer, close, next-step, stats."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dagbog.__main__ import main
from dagbog.core import clock


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "d.db")

    def add(*extra):
        assert main(["add", "--db", path, "--case", "Sag", *extra]) == 0
        return int(capsys.readouterr().out.strip())

    ids = {
        "early": add(
            "--kind", "email", "--direction", "out", "--at", "2026-11-02 10:00",
            "--with", "Jonas", "--subject", "Første", "--awaiting-reply", "--reply-days", "5",
        ),
        "late": add(
            "--kind", "letter", "--direction", "out", "--at", "2026-11-05 10:00",
            "--subject", "Anden", "--reply-days", "5",
        ),
        "call": add(
            "--kind", "call", "--direction", "out", "--at", "2026-11-06 10:00",
            "--with", "Jonas", "--outcome", "no-answer",
        ),
    }  # fmt: skip
    return path, ids


def run_json(capsys, *args):
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_overdue_boundaries_and_fields(db, capsys):
    path, ids = db
    assert run_json(capsys, "overdue", "--db", path, "--today", "2026-11-09") == []
    rows = run_json(capsys, "overdue", "--db", path, "--today", "2026-11-13")
    assert [r["id"] for r in rows] == [ids["early"], ids["late"]]
    first = rows[0]
    assert {"id", "uuid", "case", "at", "kind", "with", "subject", "due", "days_overdue"} <= set(
        first
    )
    assert (first["case"], first["kind"], first["with"]) == ("Sag", "email", "Jonas")
    assert (first["due"], first["days_overdue"]) == ("2026-11-09", 4)
    assert rows[1]["due"] == "2026-11-12" and rows[1]["days_overdue"] == 1
    assert main(["overdue", "--db", path, "--case", "Sag", "--today", "2026-11-13"]) == 0
    assert "arbejdsdage over" in capsys.readouterr().out


def test_answer_close_and_stats(db, capsys):
    path, ids = db
    assert main(
        ["add", "--db", path, "--case", "Sag", "--kind", "email", "--direction", "in",
         "--at", "2026-11-10 09:00", "--with", "Jonas"]
    ) == 0  # fmt: skip
    reply = int(capsys.readouterr().out)
    assert main(["answer", "--db", path, "--entry", str(ids["early"]), "--by", str(reply)]) == 0
    assert "efter 6 arbejdsdage" in capsys.readouterr().out
    assert main(["close", "--db", path, "--entry", str(ids["late"]), "--reason", "Afklaret"]) == 0
    capsys.readouterr()
    assert run_json(capsys, "overdue", "--db", path, "--today", "2026-12-01") == []
    stats = run_json(capsys, "stats", "--db", path, "--case", "Sag")
    assert stats["total"] == 4
    assert (stats["initiated_by_citizen"], stats["initiated_by_authority"]) == (3, 1)
    assert stats["unanswered_attempts"] == 1
    assert (stats["median_response_days"], stats["longest_response_days"]) == (6.0, 6)
    assert stats["months"] == [
        {"year": 2026, "month": 11, "outgoing": 3, "incoming": 1, "unanswered": 1}
    ]
    period = run_json(
        capsys, "stats", "--db", path, "--case", "Sag", "--from", "2026-11-06", "--to", "2026-11-06"
    )
    assert period["total"] == 1
    assert main(["stats", "--db", path, "--case", "Sag"]) == 0
    assert "Svartid, median:               6 arbejdsdage" in capsys.readouterr().out


def test_next_step(db, capsys):
    path, _ = db
    assert main(["next-step", "--db", path, "--case", "Sag", "--today", "2026-11-13"]) == 0
    sentence = capsys.readouterr().out.strip()
    # No caseworker is registered, so the ladder starts with "ring til din sagsbehandler".
    assert sentence.endswith(".") and "Ring til din sagsbehandler" in sentence
    data = run_json(capsys, "next-step", "--db", path, "--case", "Sag", "--today", "2026-11-13")
    assert data["sentence"] == sentence and data["level"] >= 1


@pytest.mark.parametrize(
    "args",
    [
        ["overdue", "--today", "13/11/2026"],
        ["answer", "--entry", "1", "--by", "999"],
        ["answer", "--entry", "1", "--by", "x"],
        ["answer", "--entry", "1", "--by", "1"],
        # An outgoing call nobody answered is no answer (the window never offered it).
        ["answer", "--entry", "1", "--by", "3"],
        # An incoming letter cannot await the jobcenter's reply.
        ["add", "--case", "Sag", "--kind", "letter", "--direction", "in",
         "--at", "2026-11-07 10:00", "--awaiting-reply"],
        ["add", "--case", "Sag", "--kind", "email", "--direction", "in",
         "--at", "2026-11-07 10:00", "--reply-days", "3"],
        ["close", "--entry", "1", "--reason", " "],
        ["close", "--entry", "3", "--reason", "ikke afventende"],
        ["stats", "--case", "Sag", "--from", "2026-12-01", "--to", "2026-11-01"],
        ["next-step", "--case", "Findes ikke"],
    ],
)  # fmt: skip
def test_bad_input_exits_2_and_changes_nothing(db, capsys, args):
    path, _ = db
    with open(path, "rb") as f:
        before = f.read()
    assert main([args[0], "--db", path, *args[1:]]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dagbog: ") and err.count("\n") == 1
    with open(path, "rb") as f:
        assert f.read() == before


def test_an_outgoing_call_without_answer_cannot_answer(db, capsys):
    path, ids = db
    assert (
        main(["answer", "--db", path, "--entry", str(ids["early"]), "--by", str(ids["call"])]) == 2
    )
    assert "talte med nogen" in capsys.readouterr().err
    rows = run_json(capsys, "overdue", "--db", path, "--today", "2026-11-13")
    assert ids["early"] in [r["id"] for r in rows]


def test_an_incoming_contact_cannot_await_a_reply(db, capsys):
    path, _ = db
    assert main(
        ["add", "--db", path, "--case", "Sag", "--kind", "letter", "--direction", "in",
         "--at", "2026-11-07 10:00", "--awaiting-reply"]
    ) == 2  # fmt: skip
    assert "Kun en udgående kontakt kan afvente svar" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("request_type", "due"), [("aktindsigt", "2026-11-13"), ("klage", "2026-12-02")]
)
def test_aktindsigt_and_klage_await_their_legal_deadline_by_default(db, capsys, request_type, due):
    path, _ = db
    assert main(
        ["add", "--db", path, "--case", "Sag", "--kind", "email", "--direction", "out",
         "--at", "2026-11-04 10:00", "--request-type", request_type]
    ) == 0  # fmt: skip
    new = int(capsys.readouterr().out)
    listed = {r["id"]: r for r in run_json(capsys, "list", "--db", path)}
    assert (listed[new]["reply_status"], listed[new]["due"]) == ("awaiting", due)
    # Saying so turns the default off.
    assert main(
        ["add", "--db", path, "--case", "Sag", "--kind", "email", "--direction", "out",
         "--at", "2026-11-04 11:00", "--request-type", request_type, "--no-awaiting-reply"]
    ) == 0  # fmt: skip
    other = int(capsys.readouterr().out)
    listed = {r["id"]: r for r in run_json(capsys, "list", "--db", path)}
    assert (listed[other]["reply_status"], listed[other]["due"]) == ("not-expected", None)


def test_overdue_lists_the_jobcenters_overdue_promises_apart(db, capsys):
    from dagbog.core import cases, journal, meetings
    from dagbog.core import db as core_db

    path, ids = db
    core_db.open_database(path)
    try:
        case = cases.get_case("Sag")
        held = journal.log_contact(
            case, at=clock.parse_local_datetime("2026-11-03 10:00"), kind="meeting",
            direction="in", subject="Møde",
        )  # fmt: skip
        meeting = meetings.open_meeting(held)
        promise = meetings.add_action(
            meeting, "Sende jobplan", due=date(2026, 11, 10), promised_by_authority=True
        )
        meetings.add_action(meeting, "Finde papirer", who="Anna", due=date(2026, 11, 10))
    finally:
        core_db.close_database()
    rows = run_json(capsys, "overdue", "--db", path, "--today", "2026-11-13")
    assert [r["id"] for r in rows if r["type"] == "request"] == [ids["early"], ids["late"]]
    (kept,) = [r for r in rows if r["type"] == "promise"]  # not Anna's own action
    assert (kept["action"], kept["meeting_entry"], kept["id"]) == (promise.id, held.id, None)
    assert (kept["due"], kept["days_overdue"], kept["subject"]) == (
        "2026-11-10",
        3,
        "Sende jobplan",
    )
    assert main(["overdue", "--db", path, "--today", "2026-11-13"]) == 0
    assert "Jobcentret lovede på mødet d. 03.11.2026: Sende jobplan" in capsys.readouterr().out


def test_closing_a_deleted_request_is_refused_and_adds_nothing(db, capsys):
    """Found: «dagbog close» on a deleted request said «er lukket» and added a version after
    the deletion."""
    from dagbog.core import db as diary
    from dagbog.core import journal
    from dagbog.core.models import EntryVersion

    path, ids = db
    diary.open_database(path)
    journal.delete_entry(journal.get_entry(ids["late"]), reason="Forkert sag")
    versions = EntryVersion.select().count()
    diary.close_database()
    assert main(["close", "--db", path, "--entry", str(ids["late"]), "--reason", "Afklaret"]) == 2
    err = capsys.readouterr().err
    assert err == f"dagbog: Kontakt nr. {ids['late']} er slettet og kan ikke lukkes.\n"
    diary.open_database(path)
    try:
        assert EntryVersion.select().count() == versions
    finally:
        diary.close_database()


def test_answering_a_deleted_request_names_the_request(db, capsys):
    """Found: the refusal said «En slettet kontakt kan ikke bruges som svar» about the
    request, as if the answer were the deleted one."""
    from dagbog.core import db as diary
    from dagbog.core import journal

    path, ids = db
    assert main(
        ["add", "--db", path, "--case", "Sag", "--kind", "email", "--direction", "in",
         "--at", "2026-11-10 09:00"]
    ) == 0  # fmt: skip
    reply = int(capsys.readouterr().out)
    diary.open_database(path)
    journal.delete_entry(journal.get_entry(ids["early"]), reason="Forkert sag")
    diary.close_database()
    assert main(["answer", "--db", path, "--entry", str(ids["early"]), "--by", str(reply)]) == 2
    err = capsys.readouterr().err
    assert err == f"dagbog: Kontakt nr. {ids['early']} er slettet og kan ikke besvares.\n"
