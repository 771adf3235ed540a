"""Entry point: ``dagbog`` / ``python -m dagbog`` start the window or run a command."""

from __future__ import annotations

import os
import sys


def _guard_missing_streams() -> None:
    """Give print() somewhere to go when there is no console.

    A windowed build (Windows ``pythonw``, a PyInstaller bundle without console) starts with
    ``sys.stdout``/``sys.stderr`` set to None; the first print or warning would then raise.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    _guard_missing_streams()
    from .cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
