"""Verbs for the journal itself: demo, add, list."""

from __future__ import annotations

import argparse
import json
import sys

from ..cli import UsageError, add_db_argument, open_db
from ..core import clock

KIND_CHOICES = ["call", "email", "letter", "meeting", "sms", "digital", "other"]
OUTCOME_CHOICES = ["talked", "no-answer", "voicemail", "busy", "referred"]


def register(subparsers) -> None:
    demo = subparsers.add_parser("demo", help="lav en demo-dagbog")
    add_db_argument(demo, required=True)
    demo.add_argument("--entries", type=int, help="N syntetiske kontakter fordelt på flere sager")
    demo.set_defaults(func=cmd_demo)

    add = subparsers.add_parser("add", help="registrér en kontakt")
    add_db_argument(add, required=True)
    add.add_argument("--case", required=True, help="sagens titel (oprettes hvis den mangler)")
    add.add_argument("--kind", required=True, help="|".join(KIND_CHOICES))
    add.add_argument("--direction", required=True, help="out|in")
    add.add_argument(
        "--at", required=True, help='tidspunkt, "DD.MM.ÅÅÅÅ TT:MM" (eller "ÅÅÅÅ-MM-DD TT:MM")'
    )
    add.add_argument("--with", dest="with_name", help="navnet på personen (oprettes hvis ny)")
    add.add_argument("--subject", default="")
    add.add_argument("--note", default="")
    add.add_argument("--outcome", help="|".join(OUTCOME_CHOICES))
    add.add_argument(
        "--awaiting-reply",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="kontakten afventer svar (udgående aktindsigt og klage gør det som standard)",
    )
    add.add_argument("--reply-days", type=int, help="svarfrist i arbejdsdage")
    add.add_argument("--request-type", default="", help="aktindsigt|klage|new-caseworker")
    add.add_argument("--private", action="store_true", help="markér som privat")
    add.set_defaults(func=cmd_add)

    listing = subparsers.add_parser("list", help="vis kontakter, nyeste først")
    add_db_argument(listing, required=True)
    listing.add_argument("--case", help="kun denne sag")
    listing.add_argument("--json", action="store_true", help="skriv JSON")
    listing.set_defaults(func=cmd_list)


def cmd_demo(args) -> int:
    from ..core import demo

    if args.entries is not None and not 1 <= args.entries <= 5_000_000:
        raise UsageError("--entries skal være et tal mellem 1 og 5.000.000.")
    open_db(args.db)
    if args.entries is None:
        case = demo.create_demo_case()
        print(f"Demo-sagen «{case.title}» er oprettet i {args.db}.")
    else:
        count = demo.create_synthetic(args.entries)
        print(f"{count} syntetiske kontakter er oprettet i {args.db}.")
    return 0


def cmd_add(args) -> int:
    from ..core import cases, journal, people

    if args.kind not in KIND_CHOICES:
        raise UsageError(f"Ukendt --kind «{args.kind}». Vælg mellem {', '.join(KIND_CHOICES)}.")
    if args.direction not in ("out", "in"):
        raise UsageError(f"Ukendt --direction «{args.direction}». Vælg out eller in.")
    if args.outcome is not None and args.outcome not in OUTCOME_CHOICES:
        raise UsageError(
            f"Ukendt --outcome «{args.outcome}». Vælg mellem {', '.join(OUTCOME_CHOICES)}."
        )
    if args.outcome is not None and args.kind != "call":
        raise UsageError("--outcome gælder kun for opkald (--kind call).")
    if args.reply_days is not None and not 1 <= args.reply_days <= 365:
        raise UsageError("--reply-days skal være mellem 1 og 365 arbejdsdage.")
    if args.request_type not in ("", "aktindsigt", "klage", "new-caseworker"):
        raise UsageError("--request-type skal være aktindsigt, klage eller new-caseworker.")
    if args.reply_days is not None and args.awaiting_reply is False:
        raise UsageError("--reply-days kan ikke bruges sammen med --no-awaiting-reply.")
    # None: by the rules in core (an outgoing aktindsigt or klage awaits a reply).
    awaiting = True if args.reply_days is not None else args.awaiting_reply
    if not args.case.strip():
        raise UsageError("--case må ikke være tom.")
    at = clock.parse_local_datetime(args.at)
    open_db(args.db)
    from ..core.models import database

    with database.atomic():
        case = cases.get_or_create_case(args.case)
        person = people.get_or_create_person(case, args.with_name) if args.with_name else None
        entry = journal.log_contact(
            case,
            at=at,
            kind=args.kind,
            direction=args.direction,
            person=person,
            subject=args.subject,
            note=args.note,
            outcome=args.outcome,
            awaiting_reply=awaiting,
            reply_days=args.reply_days,
            request_type=args.request_type,
            private=args.private,
        )
    print(entry.id)
    return 0


def entry_as_json(entry, today=None) -> dict:
    from ..core import journal

    return {
        "id": entry.id,
        "uuid": entry.uuid,
        "case": entry.case.title,
        "at": clock.to_local(entry.at).isoformat(),
        "kind": entry.kind,
        "direction": entry.direction,
        "with": entry.person.name if entry.person_id else None,
        "subject": entry.subject,
        "note": entry.note,
        "outcome": entry.outcome,
        "status": journal.status_code(entry, today),
        "reply_status": entry.reply_status,
        "due": entry.reply_due.isoformat() if entry.reply_due else None,
        "private": entry.private,
        "registered_at": clock.to_local(entry.registered_at).isoformat(),
    }


def cmd_list(args) -> int:
    from ..core import cases, journal
    from ..core.vocabulary import DIRECTION_LABELS, KIND_LABELS

    open_db(args.db, must_exist=True)
    case = cases.get_case(args.case) if args.case else None
    entries = journal.all_entries(case)
    if args.json:
        json.dump([entry_as_json(e) for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for e in entries:
        who = e.person.name if e.person_id else "-"
        status = journal.status_text(e)
        print(
            f"{e.id:>6}  {clock.format_local(e.at)}  {KIND_LABELS[e.kind]:<12} "
            f"{DIRECTION_LABELS[e.direction]:<9}  {who:<20}  {e.subject}"
            + (f"  [{status}]" if status else "")
        )
    if not entries:
        print("Ingen kontakter.")
    return 0
