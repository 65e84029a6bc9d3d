"""What the trainer reports, and mailboxes that let a slow reader keep up.

The trainer runs on its own thread and must never wait for a consumer (a plot that redraws at
30 Hz, a terminal progress bar). So it does not call consumers: it drops each event into every
:class:`Subscription`, which coalesces as it stores — consecutive step reports merge into one
:class:`Steps` with arrays, and only the newest :class:`Snapshot` is kept — and the consumer
drains its mailbox whenever it likes.
"""

import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import numpy as np

Params = dict[str, dict[str, np.ndarray]]


@dataclass
class Steps:
    """One or more finished training steps (a consumer sees them merged since its last drain)."""

    #: Global step numbers (1 = the first update since the last reset).
    step: np.ndarray
    epoch: np.ndarray
    #: Training loss of each step's batch, including regularization penalties.
    loss: np.ndarray
    learning_rate: np.ndarray
    backend: str

    def merged(self, later: "Steps") -> "Steps":
        return Steps(
            np.concatenate([self.step, later.step]),
            np.concatenate([self.epoch, later.epoch]),
            np.concatenate([self.loss, later.loss]),
            np.concatenate([self.learning_rate, later.learning_rate]),
            later.backend,
        )


@dataclass
class EpochEnd:
    """Keras-style logs of a finished epoch: ``loss``, metrics, ``val_loss``, ``val_…``."""

    epoch: int
    step: int
    logs: dict[str, float]
    seconds: float
    samples_per_second: float
    #: With ``Trainer(record_batch_order=True)``: the training samples' indices in the order this
    #: epoch trained them (its batches, one after another), and each batch's size. Empty otherwise.
    order: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    batch_sizes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))


@dataclass
class Snapshot:
    """A copy of every parameter after ``step`` (for trajectories); the newest one wins."""

    step: int
    epoch: int
    params: Params


@dataclass
class StateChanged:
    """The trainer went from ``old`` to ``new`` (idle, running, paused, stopped, finished,
    diverged); ``reason`` says why in words a student understands."""

    old: str
    new: str
    reason: str = ""


@dataclass
class Diverged:
    """The loss (or a weight) became NaN/Inf or exploded at ``step``; ``hint`` says what to try."""

    step: int
    epoch: int
    loss: float
    hint: str


@dataclass
class BackendChanged:
    """Training now runs on ``backend`` (e.g. the JIT took over from the reference backend)."""

    backend: str
    reason: str


Event = Steps | EpochEnd | Snapshot | StateChanged | Diverged | BackendChanged


@dataclass(eq=False)
class Subscription:
    """One consumer's mailbox. ``drain()`` returns what arrived since the last drain, in order."""

    #: Older non-step events are dropped beyond this many (``dropped`` counts them).
    max_events: int = 10_000
    dropped: int = 0
    _events: deque = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _arrived: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self._arrived = threading.Condition(self._lock)

    def put(self, event: Event) -> None:
        with self._lock:
            last = self._events[-1] if self._events else None
            if isinstance(event, Steps) and isinstance(last, Steps):
                self._events[-1] = last.merged(event)
            elif isinstance(event, Snapshot):
                self._events = deque(e for e in self._events if not isinstance(e, Snapshot))
                self._events.append(event)
            else:
                self._events.append(event)
                if len(self._events) > self.max_events:
                    self._events.popleft()
                    self.dropped += 1
            self._arrived.notify_all()

    def drain(self) -> list[Event]:
        with self._lock:
            events = list(self._events)
            self._events.clear()
            return events

    def wait(self, timeout: float | None = None) -> list[Event]:
        """Block until something arrives (or ``timeout`` seconds pass), then drain."""
        with self._lock:
            if not self._events:
                self._arrived.wait(timeout)
        return self.drain()


class Broadcast:
    """The trainer's side: hands each event to every subscription without waiting on anyone."""

    def __init__(self) -> None:
        self._subscriptions: list[Subscription] = []
        self._lock = threading.Lock()

    def subscribe(self, **options: Any) -> Subscription:
        sub = Subscription(**options)
        with self._lock:
            self._subscriptions.append(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        with self._lock:
            if sub in self._subscriptions:
                self._subscriptions.remove(sub)

    @property
    def active(self) -> bool:
        return bool(self._subscriptions)

    def emit(self, event: Event) -> None:
        with self._lock:
            subs = list(self._subscriptions)
        for sub in subs:
            sub.put(event)
