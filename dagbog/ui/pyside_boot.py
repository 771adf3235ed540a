"""Load PySide6 without its source scan of every module imported after it.

PySide6's ``__feature__`` support (``snake_case``, ``true_property``) hooks ``import``: the
first time any module is named in an import statement after PySide6 has loaded, it reads
that module's whole source with ``inspect.getsource`` to see whether it mentions "PySide6",
and ``linecache`` keeps every line. At Dagbog's start that was ~60 files (typing, datetime,
subprocess, the window's own modules, ...): ~3 MiB of memory and ~15 ms for nothing, as
Dagbog uses no ``__feature__``.

The answers go into a table PySide6 publishes (``pyside_feature_dict``, PYSIDE-1019; a
module already in it is not read again). :func:`load` fills it in beforehand with the same
answers the scan would give: modules that are already loaded, the standard library and
Dagbog's Qt-free packages do not use PySide6 (-1, "ignore"), Dagbog's ``ui`` modules do (0,
"no feature selected"). If a PySide6 version no longer has the table, nothing is changed and
PySide6 scans as before. Import this module before any other PySide6 import.
"""

from __future__ import annotations

import os
import sys

import PySide6  # noqa: F401 - installs the hook whose table is filled in below

#: Standard-library submodules the window imports after PySide6 (top-level names come from
#: ``sys.stdlib_module_names``).
_STDLIB_SUBMODULES = (
    "html.entities",
    "json.decoder",
    "json.encoder",
    "json.scanner",
    "importlib.util",
    "importlib.metadata",
    "concurrent.futures",
    "concurrent.futures._base",
    "concurrent.futures.thread",
    "email.utils",
    "urllib.parse",
    "xml.etree.ElementTree",
)

#: Third-party packages the window may import; none of them uses PySide6.
_THIRD_PARTY = ("peewee", "playhouse", "platformdirs", "holidays", "reportlab", "icalendar")

#: Dagbog's packages that never import Qt (see STYLE.md), and the one that does.
_QT_FREE_PACKAGES = ("core", "commands", "report")
_QT_PACKAGE = "ui"


def _dagbog_modules() -> dict[str, int]:
    """Dagbog's own module names with the scan's answer; empty where there are no sources
    to list (an installer bundle, where the scan finds no source either)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    answers = {"dagbog": -1}
    for package in (*_QT_FREE_PACKAGES, _QT_PACKAGE):
        try:
            names = os.listdir(os.path.join(root, package))
        except OSError:
            continue
        value = 0 if package == _QT_PACKAGE else -1
        answers[f"dagbog.{package}"] = -1
        for name in names:
            if name.endswith(".py") and name != "__init__.py":
                answers[f"dagbog.{package}.{name[:-3]}"] = value
    for name in ("dagbog.cli", "dagbog.resources", "dagbog.__main__"):
        answers[name] = -1
    return answers


def load() -> bool:
    """Fill in PySide6's feature table; False if this PySide6 has none (nothing changed)."""
    feature = sys.modules.get("shibokensupport.feature") or sys.modules.get(
        "PySide6.support.feature"
    )
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return False
    for name in (*sys.modules, *sys.stdlib_module_names, *_STDLIB_SUBMODULES, *_THIRD_PARTY):
        if name != "__main__" and not name.startswith(("PySide6", "shiboken6", "dagbog")):
            table.setdefault(name, -1)
    for name, value in _dagbog_modules().items():
        table.setdefault(name, value)
    return True


load()
