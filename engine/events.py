"""Plain callbacks for model changes: the engine announces, views subscribe (no Qt here)."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

E = TypeVar("E")


class EventEmitter(Generic[E]):
    """A list of subscribers called in order with each event.

    ``blocked()`` silences the emitter for the duration of a ``with`` block, so a view that
    writes a change back into the model does not receive its own echo.
    """

    def __init__(self) -> None:
        self._callbacks: list[Callable[[E], None]] = []
        self._blocked = 0

    def connect(self, callback: Callable[[E], None]) -> Callable[[E], None]:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[[E], None]) -> None:
        self._callbacks.remove(callback)

    @contextmanager
    def blocked(self) -> Iterator[None]:
        self._blocked += 1
        try:
            yield
        finally:
            self._blocked -= 1

    def emit(self, event: E) -> None:
        if self._blocked:
            return
        for callback in list(self._callbacks):
            callback(event)
