"""A tiny change hub: services announce what changed after each commit; views redraw.

Kept free of Qt so services stay testable; the UI bridges it to a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """What a committed write touched: ``what`` is "entry", "case" or "person"."""

    what: str
    case_id: int | None = None
    ids: tuple[int, ...] = field(default_factory=tuple)


_subscribers: list[Callable[[Change], None]] = []


def subscribe(callback: Callable[[Change], None]) -> None:
    if callback not in _subscribers:
        _subscribers.append(callback)


def unsubscribe(callback: Callable[[Change], None]) -> None:
    if callback in _subscribers:
        _subscribers.remove(callback)


def publish(change: Change) -> None:
    for callback in list(_subscribers):
        callback(change)
