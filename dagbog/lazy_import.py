"""Load a standard-library module on first use instead of at ``import``.

The window's start imports peewee, which imports ``hashlib`` at its top; ``hashlib`` loads
OpenSSL at once (``_hashlib``: ~3.5 MiB of memory and ~4 ms), while nothing hashes anything
until the user saves, exports or backs up. :func:`defer` puts a stand-in for the module in
``sys.modules``: ``import hashlib`` gets the stand-in, and the first attribute asked of it
(``hashlib.sha256``) imports the real module, which from then on is in ``sys.modules`` and
answers every call. Behaviour is unchanged; only the moment of loading moves.

(``importlib.util.LazyLoader`` does not help here: on Python 3.11 an ``import`` statement
of a module already in ``sys.modules`` reads its ``__spec__``, which loads it.)
"""

from __future__ import annotations

import importlib
import sys
import threading
import types

_lock = threading.Lock()

#: Asked by tools that look at modules without using them (``inspect``, PySide6's import
#: hook): the stand-in has none, so looking does not load the module.
_INTROSPECTION = frozenset({"__file__", "__path__", "__loader__", "__wrapped__"})


class _Deferred(types.ModuleType):
    """Stands in for a module until the first attribute is asked of it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.__spec__ = None  # read by ``import``; asking it must not load the module

    def __getattr__(self, attribute: str):
        if attribute in _INTROSPECTION:
            raise AttributeError(attribute)
        return getattr(load(self.__name__), attribute)

    def __dir__(self):
        return dir(load(self.__name__))


def defer(name: str) -> bool:
    """Let ``name`` load on first use; False if it is loaded already (nothing changed)."""
    if name in sys.modules:
        return False
    sys.modules[name] = _Deferred(name)
    return True


def load(name: str) -> types.ModuleType:
    """The real module ``name`` (imported now if only its stand-in was there)."""
    module = sys.modules.get(name)
    if module is not None and not isinstance(module, _Deferred):
        return module
    with _lock:  # a backup thread and the window may ask at the same moment
        if isinstance(sys.modules.get(name), _Deferred):
            del sys.modules[name]
        return importlib.import_module(name)
