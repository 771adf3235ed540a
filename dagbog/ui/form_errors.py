"""Form rows that show a service's message right under the field it is about.

A service raises ``ValidationError(message, field=...)``; a dialog keeps one hidden label per
field, keyed by that name, and shows the message there (or in a general label at the bottom).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from dagbog.core.errors import ValidationError

from . import labels, theme


def error_label(parent: QWidget) -> QLabel:
    """A hidden label for a field's message; a warning sign, not colour alone, marks it."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {theme.error_color()};")
    label.hide()
    return label


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    """Stack a field and its error label so the message appears right under the field."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


def add_field_rows(
    form: QFormLayout,
    parent: QWidget,
    rows: list[tuple[str, str, QWidget, str]],
    descriptions: dict[str, str],
) -> dict[str, QLabel]:
    """Add ``(field, label text, widget, accessible name)`` rows; the error labels by field.

    Each widget gets its accessible name and description, a buddy label (for its Alt key)
    and an error label under it.
    """
    errors: dict[str, QLabel] = {}
    for field, text, widget, accessible in rows:
        widget.setAccessibleName(accessible)
        widget.setAccessibleDescription(descriptions[field])
        label = QLabel(text)
        label.setBuddy(widget)
        errors[field] = error_label(parent)
        form.addRow(label, with_error(widget, errors[field]))
    return errors


def show_error(label: QLabel, error: ValidationError) -> None:
    """Show the service's message in ``label``, marked with a warning sign."""
    label.setText("⚠ " + labels.error_text(error))
    label.show()


def shown_text(label: QLabel | None) -> str:
    """The message a label shows ("" when hidden or absent); for tests and screen readers."""
    return label.text() if label is not None and not label.isHidden() else ""
