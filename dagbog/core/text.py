"""Cleaning user text before it is stored: what cannot be seen is not kept.

Text reaches the services from dialogs, the command line, pasted PDFs and imported e-mails.
Invisible control characters (NUL, escape sequences, form feeds) mean nothing to the user,
yet a NUL cuts a text short in SQLite's functions and the search index, and a bare line
break in a title breaks every list it is shown in. Bytes that are not UTF-8 (a command-line
argument from a wrongly set terminal) arrive as lone surrogates, which SQLite cannot store.
Every letter, digit, symbol and script (æøå, 漢字, العربية, 👍) is kept exactly as typed;
markup such as ``<b>`` and ``&`` is ordinary text here and escaped where it is shown.
"""

from __future__ import annotations

import re

# C0 and C1 control characters, DEL, and lone UTF-16 surrogates.
_CONTROLS_EXCEPT_TAB_NEWLINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _replace_surrogates(value: str) -> str:
    return _SURROGATES.sub("\ufffd", value)


def clean_line(value: str | None) -> str:
    """One line of text (a title, name, subject): breaks become spaces, controls go."""
    value = _replace_surrogates(value or "")
    value = _LINE_BREAKS.sub(" ", value)
    return _CONTROLS_EXCEPT_TAB_NEWLINE.sub("", value).strip()


def clean_text(value: str | None) -> str:
    """Free text (a note, a reason): line breaks and tabs kept, other controls removed."""
    value = _replace_surrogates(value or "")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _CONTROLS_EXCEPT_TAB_NEWLINE.sub("", value)
