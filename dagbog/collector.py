"""Python's cyclic garbage collector while the window starts.

Starting the window imports ~100 modules and makes ~36,000 objects that live as long as the
program (modules, classes, functions, peewee's models, PySide6's type data); none of them is
garbage. The collector still looks at every young object after each 700 new ones: while they
are being made it ran ~75 times (~9 ms of the start), and at exit its final full collections
walked them all again (~8 ms each). :func:`hold` switches it off while the modules load;
:func:`release` moves everything alive by then into the permanent generation
(``gc.freeze``: never looked at again, freed as usual when its last reference goes) and
switches the collector back on, so the window and everything made after it are collected
as before. Nothing else changes: reference counting frees what is dropped all along. The
price: the few reference cycles the imports leave behind (~400 small objects, ~0.1 MiB,
mostly PySide6's and enum's set-up) are frozen with the rest instead of being freed.
"""

from __future__ import annotations

import gc

_state = {"held": False}


def hold() -> None:
    """Switch the collector off for the start (if it is on; see :func:`release`)."""
    if gc.isenabled():
        gc.disable()
        _state["held"] = True


def release() -> None:
    """Freeze what the start made and switch the collector back on (only after :func:`hold`;
    later calls do nothing)."""
    if _state["held"]:
        _state["held"] = False
        gc.freeze()
        gc.enable()
