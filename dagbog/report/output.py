"""Putting a finished PDF in place: a half-written PDF never replaces a good one.

The writer lives in :mod:`dagbog.core.private_files`, shared with every other file Dagbog
writes that holds case data (private on POSIX, renamed into place only when complete).
"""

from __future__ import annotations

from dagbog.core.private_files import replacing

__all__ = ["replacing"]
