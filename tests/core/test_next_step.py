"""The next-step suggestion for each rung of the contact ladder, without Qt."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dagbog.core import cases, clock, journal, next_step, people

TODAY = date(2026, 11, 23)  # a Monday


def _at(text: str) -> datetime:
    return clock.parse_local_datetime(text)


@pytest.fixture
def case(diary):
    return cases.create_case("Sag", reply_days=10, main_email="jobcenter@soeby.dk")


@pytest.fixture
def cw(case):
    return people.add_person(
        case,
        "Jonas Berg",
        role="caseworker",
        hours="Man-Tor 09:00-12:00",
        caseworker_from=date(2026, 1, 1),
    )


@pytest.fixture
def duty(case):
    return people.add_person(
        case, "Vagttelefonen", role="duty-phone", phone="70 12 30 00", hours="Man-Fre 08:00-15:00"
    )


@pytest.fixture
def head(case):
    return people.add_person(case, "Birgitte Lund", role="head")


def log(case, text, kind, direction="out", person=None, **extra):
    return journal.log_contact(
        case, at=_at(text), kind=kind, direction=direction, person=person, **extra
    )


def suggest(case, now="2026-11-23 13:00"):
    return next_step.suggest(case, now=_at(now))


def test_nothing_to_do(case, cw):
    log(case, "2026-11-02 10:00", "email", person=cw, awaiting_reply=True)
    log(case, "2026-11-05 10:00", "email", "in", person=cw)
    journal.mark_answered(journal.all_entries(case)[1], journal.all_entries(case)[0])
    step = suggest(case)
    assert step.rung == next_step.NONE and step.level == 0
    assert step.sentence == (
        "Alle dine henvendelser er besvaret. Der er ikke noget, du skal gøre lige nu."
    )


def test_waiting_for_a_request_not_yet_due(case, cw):
    log(case, "2026-11-20 10:00", "email", person=cw, awaiting_reply=True)  # due 4 Dec
    step = suggest(case)
    assert step.rung == next_step.WAIT
    assert "fristen for svar er 4. dec." in step.sentence


def test_rung1_call_again_after_one_failed_call_with_telefontid(case, cw):
    log(case, "2026-11-19 09:30", "call", person=cw, outcome="no-answer")
    step = suggest(case)  # Monday 13:00: closed, opens Tuesday 09:00
    assert step.rung == next_step.CALL_CASEWORKER and step.level == 1
    assert step.person == cw
    assert step.telephone_open is False
    assert step.opens_at == _at("2026-11-24 09:00")
    assert step.sentence == (
        "Du ringede til Jonas Berg den 19. nov. uden at få svar. "
        "Ring igen; telefontiden åbner i morgen kl. 09:00."
    )
    open_step = suggest(case, "2026-11-23 10:00")
    assert open_step.telephone_open is True
    assert "åben nu til kl. 12:00" in open_step.sentence


def test_rung1_call_when_a_request_is_overdue(case, cw):
    log(case, "2026-10-01 10:00", "letter", person=None, awaiting_reply=True)
    step = suggest(case)
    assert step.rung == next_step.CALL_CASEWORKER
    assert "over fristen" in step.sentence and "Ring til Jonas Berg" in step.sentence


def test_rung2_write_email_after_repeated_failed_calls(case, cw):
    log(case, "2026-11-04 09:10", "call", person=cw, outcome="no-answer")
    log(case, "2026-11-10 09:10", "call", person=cw, outcome="busy")
    log(case, "2026-11-17 09:10", "call", person=cw, outcome="voicemail")
    step = suggest(case)
    assert step.rung == next_step.WRITE_EMAIL and step.level == 2
    assert step.sentence == (
        "Du har ringet 3 gange uden svar siden 4. nov. "
        "Skriv en e-mail til Jonas Berg, så har du dokumentation."
    )


def test_rung2_waits_for_the_email_deadline(case, cw):
    log(case, "2026-11-16 09:10", "call", person=cw, outcome="no-answer")
    log(case, "2026-11-17 09:10", "call", person=cw, outcome="no-answer")
    log(case, "2026-11-18 14:00", "email", person=cw, awaiting_reply=True)  # due 2 Dec
    step = suggest(case)
    assert step.rung == next_step.WAIT and step.level == 2
    assert "2. dec." in step.sentence


def test_rung3_duty_phone_when_email_is_overdue(case, cw, duty):
    log(case, "2026-11-02 14:00", "email", person=cw, awaiting_reply=True)  # due 16 Nov
    step = suggest(case)
    assert step.rung == next_step.CALL_DUTY_PHONE and step.level == 3
    assert step.person == duty and step.telephone_open is True
    assert step.sentence.startswith(
        "Din e-mail til Jonas Berg fra 2. nov. er ikke besvaret inden fristen. "
        "Ring til vagttelefonen på 70 12 30 00, og notér at du har gjort det"
    )


def test_rung4_head_after_the_duty_phone(case, cw, duty, head):
    log(case, "2026-11-02 14:00", "email", person=cw, awaiting_reply=True)
    log(case, "2026-11-19 10:00", "call", person=duty, outcome="talked")
    assert suggest(case, "2026-11-20 10:00").rung == next_step.WAIT
    step = suggest(case, "2026-11-24 13:00")  # three working days after Thursday 19 Nov
    assert step.rung == next_step.CONTACT_HEAD and step.level == 4
    assert step.person == head
    assert "Skriv til afdelingslederen (Birgitte Lund)" in step.sentence


def test_rung5_new_caseworker_when_head_does_not_answer(case, cw, head):
    log(case, "2026-10-20 09:00", "call", person=cw, outcome="no-answer")
    log(case, "2026-11-02 14:00", "email", person=head, awaiting_reply=True)  # due 16 Nov
    step = suggest(case)
    assert step.rung == next_step.NEW_CASEWORKER and step.level == 5
    assert step.sentence == (
        "Afdelingslederen har ikke svaret på din henvendelse fra 2. nov. Bed skriftligt til "
        "jobcenter@soeby.dk om en anden sagsbehandler, og skriv kort hvorfor."
    )


def test_after_asking_for_a_new_caseworker(case, cw, head):
    log(
        case,
        "2026-11-02 14:00",
        "email",
        awaiting_reply=True,
        request_type="new-caseworker",
    )
    step = suggest(case)
    assert step.rung == next_step.CITIZEN_ADVISER and "borgerrådgiver" in step.sentence
    assert suggest(case, "2026-11-10 10:00").rung == next_step.WAIT


def test_contact_with_the_caseworker_resets_the_ladder(case, cw):
    log(case, "2026-11-04 09:10", "call", person=cw, outcome="no-answer")
    log(case, "2026-11-10 09:10", "call", person=cw, outcome="busy")
    log(case, "2026-11-12 11:00", "call", "in", person=cw, outcome="talked")
    assert suggest(case).rung == next_step.NONE


def test_a_new_caseworker_starts_a_new_ladder(case, cw):
    log(case, "2026-11-04 09:10", "call", person=cw, outcome="no-answer")
    log(case, "2026-11-10 09:10", "call", person=cw, outcome="busy")
    new = people.add_person(case, "Sara Friis", role="other")
    people.assign_caseworker(case, new, date(2026, 11, 16))
    assert suggest(case).rung == next_step.NONE


def test_demo_case_explains_itself(diary):
    from dagbog.core import demo

    case = demo.create_demo_case(TODAY)
    step = next_step.suggest(case, today=TODAY)
    assert step.rung != next_step.NONE
    assert step.sentence.endswith(".") and len(step.sentence) < 240


def test_unanswered_calls_are_those_the_ladder_counts(case, cw, duty):
    log(case, "2026-11-04 09:10", "call", person=cw, outcome="no-answer")
    log(case, "2026-11-05 09:10", "call", person=duty, outcome="busy")  # not the caseworker
    log(case, "2026-11-10 09:10", "call", person=cw, outcome="busy")
    calls = next_step.unanswered_calls(case, now=_at("2026-11-23 13:00"))
    assert [(clock.to_local(e.at).day, e.outcome) for e in calls] == [
        (4, "no-answer"),
        (10, "busy"),
    ]
    log(case, "2026-11-12 10:00", "call", person=cw, outcome="talked")  # contact: count restarts
    log(case, "2026-11-17 09:10", "call", person=cw, outcome="voicemail")
    calls = next_step.unanswered_calls(case, now=_at("2026-11-23 13:00"))
    assert [clock.to_local(e.at).day for e in calls] == [17]
    assert next_step.unanswered_calls(case, now=_at("2026-11-16 13:00")) == []
    # The banner asks for both at once: the same step and the same calls.
    for now in ("2026-11-23 13:00", "2026-11-16 13:00"):
        step, calls = next_step.suggest_with_calls(case, now=_at(now))
        assert step == next_step.suggest(case, now=_at(now))
        assert calls == next_step.unanswered_calls(case, now=_at(now))


def test_contacts_filled_in_from_before_the_caseworker_was_typed_in_count(case, duty):
    """A new user types in the caseworker today (the first-run guide) and then the calls and
    e-mail of the past weeks: the ladder ignored all of them and said «ring til Jonas» after
    three unanswered calls and an overdue e-mail (found in the review)."""
    cw = people.add_person(case, "Jonas Berg", role="caseworker", caseworker_from=TODAY)
    journal.log_contact(
        case, at=_at("2026-11-02 10:00"), kind="email", direction="out", person=cw,
        awaiting_reply=True,
    )  # fmt: skip
    for when in ("2026-11-16 09:30", "2026-11-17 10:00", "2026-11-18 11:00"):
        journal.log_contact(
            case, at=_at(when), kind="call", direction="out", person=cw, outcome="no-answer"
        )
    step = next_step.suggest(case, today=TODAY)
    assert step.rung == next_step.CALL_DUTY_PHONE, step.sentence
    assert len(next_step.unanswered_calls(case, today=TODAY)) == 3
    # A real change of caseworker still starts the ladder again.
    new = people.add_person(case, "Mette Holm", role="caseworker", caseworker_from=TODAY)
    assert next_step.suggest(case, today=TODAY).rung != next_step.CALL_DUTY_PHONE
    assert next_step.unanswered_calls(case, today=TODAY) == []
    assert people.caseworker_on(case, TODAY).id == new.id
