"""Child process for the crash test: saves entries one by one, printing each saved id.

Run as ``python -m tests.core.crash_writer DB SEED``; it never stops by itself.
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta

from dagbog.core import attachments, cases, clock, db, journal
from dagbog.core.models import Entry


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    db.open_database(path)
    case = cases.get_or_create_case("Nedbrud")
    at = clock.parse_local_datetime("2026-01-05 09:00")
    entries = []
    while True:
        roll = rng.random()
        if entries and roll < 0.15:
            entry = journal.edit_entry(
                rng.choice(entries), reason="ret", note="x" * rng.randrange(5000)
            )
        elif entries and roll < 0.2:
            entry = journal.delete_entry(rng.choice(entries), "fejl")
        elif entries and roll < 0.27:
            target = rng.choice(entries)
            data = rng.randbytes(rng.randrange(1, 200_000))
            attachments.add_attachment(target, data=data, name=f"bilag-{len(entries)}.bin")
            entry = Entry.get_by_id(target.id)
        else:
            at += timedelta(minutes=rng.randrange(1, 600))
            entry = journal.log_contact(
                case,
                at=at,
                kind="email",
                direction="out",
                subject=f"Nr. {len(entries)}",
                note="æøå " * rng.randrange(2000),
            )
            entries.append(entry)
        sys.stdout.write(f"{entry.uuid} {entry.version}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
