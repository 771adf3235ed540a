"""Domain, storage and report code must import no Qt (see STYLE.md)."""

from __future__ import annotations

import subprocess
import sys


def test_core_and_report_load_no_qt():
    code = (
        "import sys, pkgutil, importlib, dagbog.core, dagbog.report\n"
        "for pkg in (dagbog.core, dagbog.report):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import dagbog.cli\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
