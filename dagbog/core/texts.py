"""Danish sentences the window can translate, while the core stays free of Qt.

A :class:`Phrase` is a Danish template with ``{name}`` fields and the values to fill in. The CLI
and the PDF render it in Danish; the window renders it through its translation catalogue and
its own date format. Templates are marked with :func:`QT_TRANSLATE_NOOP` so pyside6-lupdate
(which reads that name) puts them in ``resources/translations/dagbog_en.ts``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Day:
    """A date in a sentence: "4. nov.", with the weekday ("onsdag 4. nov.") or the year."""

    day: date
    weekday: bool = False
    year: bool = False


@dataclass(frozen=True)
class Phrase:
    """A Danish template (``{name}`` fields) and its values (text, numbers, Day or Phrase)."""

    context: str
    template: str
    values: tuple[tuple[str, object], ...] = ()

    def render(
        self,
        translate: Callable[[str, str], str] | None = None,
        day: Callable[..., str] | None = None,
    ) -> str:
        """The sentence; ``translate(context, template)`` and ``day(date, weekday=, year=)``
        default to Danish (the template itself and ``clock.danish_date``)."""
        from .clock import danish_date

        day = day or danish_date
        fields = {}
        for name, value in self.values:
            if isinstance(value, Phrase):
                fields[name] = value.render(translate, day)
            elif isinstance(value, Day):
                fields[name] = day(value.day, weekday=value.weekday, year=value.year)
            elif isinstance(value, date):
                fields[name] = day(value)
            else:
                fields[name] = str(value)
        template = translate(self.context, self.template) if translate else self.template
        # A Danish date such as "4. nov." already ends the sentence: "4. nov.." -> "4. nov."
        # (only after a field: a path such as "../x.db" or a reason keeps its dots).
        for name, text in fields.items():
            if text.endswith("."):
                template = template.replace("{" + name + "}.", "{" + name + "}")
        return template.format(**fields)

    def __str__(self) -> str:
        return self.render()


def phrase(context: str, template: str, **values) -> Phrase:
    return Phrase(context, template, tuple(values.items()))
