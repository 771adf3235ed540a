"""Verbs for deadlines and answers: overdue, answer, close, next-step, stats."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from ..cli import UsageError, add_db_argument, open_db
from ..core import clock


def register(subparsers) -> None:
    overdue = subparsers.add_parser(
        "overdue", help="vis henvendelser og jobcentrets løfter fra møder over fristen"
    )
    add_db_argument(overdue, required=True)
    overdue.add_argument("--case", help="kun denne sag")
    overdue.add_argument("--today", help="dagen der regnes fra, ÅÅÅÅ-MM-DD (standard: i dag)")
    overdue.add_argument("--json", action="store_true", help="skriv JSON")
    overdue.set_defaults(func=cmd_overdue)

    answer = subparsers.add_parser("answer", help="markér en henvendelse som besvaret")
    add_db_argument(answer, required=True)
    answer.add_argument("--entry", required=True, type=int, help="nr. på henvendelsen")
    answer.add_argument("--by", required=True, type=int, help="nr. på kontakten der svarede")
    answer.set_defaults(func=cmd_answer)

    close = subparsers.add_parser("close", help="luk en henvendelse: intet svar forventet")
    add_db_argument(close, required=True)
    close.add_argument("--entry", required=True, type=int, help="nr. på henvendelsen")
    close.add_argument("--reason", required=True, help="hvorfor der ikke forventes svar")
    close.set_defaults(func=cmd_close)

    step = subparsers.add_parser("next-step", help="foreslå næste skridt i sagen")
    add_db_argument(step, required=True)
    step.add_argument("--case", required=True, help="sagens titel")
    step.add_argument("--today", help="dagen der regnes fra, ÅÅÅÅ-MM-DD (standard: nu)")
    step.add_argument("--json", action="store_true", help="skriv JSON")
    step.set_defaults(func=cmd_next_step)

    stats = subparsers.add_parser("stats", help="statistik for en sag")
    add_db_argument(stats, required=True)
    stats.add_argument("--case", required=True, help="sagens titel")
    stats.add_argument("--from", dest="start", help="første dag, ÅÅÅÅ-MM-DD")
    stats.add_argument("--to", dest="end", help="sidste dag, ÅÅÅÅ-MM-DD")
    stats.add_argument("--today", help="dagen fristerne regnes fra (standard: i dag)")
    stats.add_argument("--json", action="store_true", help="skriv JSON")
    stats.set_defaults(func=cmd_stats)


def _day(text: str | None, flag: str):
    if text is None:
        return None
    try:
        return clock.parse_date(text, field=flag)
    except Exception:
        raise UsageError(f"{flag} «{text}» er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD.") from None


def _plural(n) -> str:
    return "" if n == 1 else "e"


def overdue_as_json(request) -> dict:
    entry = request.entry
    return {
        "type": "request",
        "id": entry.id,
        "uuid": entry.uuid,
        "case": entry.case.title,
        "at": clock.to_local(entry.at).isoformat(),
        "kind": entry.kind,
        "with": entry.person.name if entry.person_id else None,
        "subject": entry.subject,
        "request_type": entry.request_type,
        "due": request.due.isoformat() if request.due else None,
        "days_waited": request.days_waited,
        "days_overdue": request.days_overdue,
        "private": entry.private,
    }


def promise_as_json(item) -> dict:
    """An overdue promise from a meeting: no contact, so no entry id; the meeting's instead."""
    meeting = item.meeting_entry
    return {
        "type": "promise",
        "id": None,
        "action": item.action.id,
        "meeting_entry": meeting.id,
        "case": meeting.case.title,
        "at": clock.to_local(meeting.at).isoformat(),
        "kind": "promise",
        "with": item.action.who or None,
        "subject": item.action.what,
        "due": item.due.isoformat() if item.due else None,
        "days_waited": item.days_waited,
        "days_overdue": item.days_overdue,
        "private": meeting.private,
    }


def cmd_overdue(args) -> int:
    from ..core import cases, requests
    from ..core.vocabulary import KIND_LABELS

    today = _day(args.today, "--today") or clock.today()
    if args.case is not None and not args.case.strip():
        raise UsageError("--case må ikke være tom.")
    open_db(args.db, must_exist=True)
    case = cases.get_case(args.case) if args.case else None
    rows = requests.overdue_requests(case, today)
    from ..core import meetings

    promises = [
        p for p in meetings.open_actions(case, today, promised=True) if p.overdue
    ]  # after the requests: they are no contacts
    promises.sort(key=lambda p: (-p.days_overdue, p.meeting_entry.at))
    if args.json:
        data = [overdue_as_json(r) for r in rows] + [promise_as_json(p) for p in promises]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in rows:
        e = r.entry
        who = e.person.name if e.person_id else "-"
        print(
            f"{e.id:>6}  {clock.format_local(e.at)}  {KIND_LABELS[e.kind]:<12} {who:<20}  "
            f"frist {clock.short_date(r.due)}  {r.days_overdue} arbejdsdag{_plural(r.days_overdue)}"
            f" over  {e.subject}" + ("" if case else f"  [{e.case.title}]")
        )
    if not rows:
        print(f"Ingen henvendelser er over fristen {clock.short_date(today)}.")
    if promises:
        print("Jobcentrets løfter fra møder, over fristen:")
    for p in promises:
        print(
            f"        {p.promise_text}  "
            f"frist {clock.short_date(p.due)}  {p.days_overdue} arbejdsdag{_plural(p.days_overdue)}"
            " over" + ("" if case else f"  [{p.meeting_entry.case.title}]")
        )
    return 0


def cmd_answer(args) -> int:
    from ..core import journal, requests

    open_db(args.db, must_exist=True)
    request = journal.get_entry(args.entry)
    answer = journal.get_entry(args.by)
    (done,) = requests.answer_requests(answer, [request])
    print(
        f"Kontakt nr. {done.id} er besvaret af nr. {answer.id} "
        f"efter {done.response_days} arbejdsdage."
    )
    return 0


def cmd_close(args) -> int:
    from ..core import journal, requests

    if not args.reason.strip():
        raise UsageError("--reason må ikke være tom: skriv hvorfor der ikke forventes svar.")
    open_db(args.db, must_exist=True)
    entry = requests.close_request(journal.get_entry(args.entry), args.reason)
    print(f"Kontakt nr. {entry.id} er lukket: intet svar forventet.")
    return 0


def cmd_next_step(args) -> int:
    from ..core import cases, next_step

    today = _day(args.today, "--today")
    open_db(args.db, must_exist=True)
    case = cases.get_case(args.case)
    step = next_step.suggest(case, today=today) if today else next_step.suggest(case)
    if args.json:
        data = {
            "case": case.title,
            "rung": step.rung,
            "level": step.level,
            "sentence": step.sentence,
            "person": step.person.name if step.person else None,
            "telephone_open": step.telephone_open,
            "opens_at": step.opens_at.isoformat() if step.opens_at else None,
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(step.sentence)
    return 0


def cmd_stats(args) -> int:
    from ..core import cases, stats

    start = _day(args.start, "--from")
    end = _day(args.end, "--to")
    today = _day(args.today, "--today")
    if start and end and end < start:
        raise UsageError("--to ligger før --from.")
    open_db(args.db, must_exist=True)
    case = cases.get_case(args.case)
    result = stats.case_statistics(case, start, end, today)
    months = stats.monthly_counts(case, start, end, today)
    if args.json:
        data = {
            "case": case.title,
            "from": start.isoformat() if start else None,
            "to": end.isoformat() if end else None,
            **asdict(result),
            "months": [asdict(m) for m in months],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    period = (
        f"{clock.short_date(start)} til {clock.short_date(end)}"
        if start and end
        else (
            f"fra {clock.short_date(start)}"
            if start
            else (f"til {clock.short_date(end)}" if end else "hele sagen")
        )
    )

    def days(value) -> str:
        if value is None:
            return "-"
        text = f"{value:g}".replace(".", ",")
        return f"{text} arbejdsdag" + ("" if value == 1 else "e")

    print(f"Statistik for «{case.title}» ({period})")
    print(f"  Kontakter i alt:               {result.total}")
    print(f"  Taget af dig:                  {result.initiated_by_citizen}")
    print(f"  Taget af myndigheden:          {result.initiated_by_authority}")
    print(f"  Opkald uden svar:              {result.unanswered_attempts}")
    print(f"  Afventer svar:                 {result.open_requests}")
    print(f"  Over fristen:                  {result.overdue_requests}")
    print(f"  Besvarede henvendelser:        {result.answered_requests}")
    print(f"  Svartid, median:               {days(result.median_response_days)}")
    print(f"  Svartid, længste:              {days(result.longest_response_days)}")
    if result.planned:
        # A meeting that has not happened yet is no contact: counted apart, not above.
        print(f"  Planlagt, ikke talt med:       {result.planned}")
    return 0
