"""Bridges the Qt-free change hub of ``dagbog.core.events`` to a Qt signal."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal, Slot

from dagbog.core import events


class ChangeBridge(QObject):
    """Re-emits every published :class:`events.Change` as ``changed``; stops with its parent."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        me = weakref.ref(self)

        def forward(change: events.Change) -> None:
            bridge = me()
            try:
                if bridge is not None:
                    bridge.changed.emit(change)
                    return
            except RuntimeError:  # the C++ object is gone
                pass
            events.unsubscribe(forward)

        self._forward = forward
        events.subscribe(forward)
        self.destroyed.connect(lambda *_: events.unsubscribe(forward))

    @Slot()
    def stop(self) -> None:
        """Stop forwarding (called when the window closes)."""
        events.unsubscribe(self._forward)
