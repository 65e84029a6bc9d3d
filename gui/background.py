"""One background thread for the views' engine calls (predictions on a grid, surfaces, statistics).

A plot must never make the window wait for ``model.predict`` on 10 000 grid points or for a
loss surface, so plots hand such calls to :class:`ViewComputer`. Each job has a key, and a
newer job replaces a queued one with the same key (only the latest weights are worth drawing).
Results come back on the GUI thread: a timer collects them, so no Qt object is ever touched
from the background thread. One thread runs its jobs in turn. The loss landscape, whose first
surface may wait for numba to compile, gets a computer of its own so that it never holds up the
other views; it is then the only thread besides the trainer that runs numba kernels, and the
only one that launches parallel regions (the trainer's kernels are serial).
"""

import logging
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from engine.errors import LayerLabError
from engine.messages import reason
from gui.i18n import translated

log = logging.getLogger("gui.background")

#: How often finished jobs are collected (ms): well above the 30 Hz the plots redraw at.
POLL_MS = 15

Done = Callable[[Any], None]
Failed = Callable[[str], None]


class ViewComputer(QObject):
    """Runs jobs on its own thread, latest-wins per key; delivers results on the GUI thread."""

    def __init__(self, name: str = "layerlab-views", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._queued: OrderedDict[str, tuple[Callable[[], Any], Done, Failed | None]] = OrderedDict()
        self._running: str | None = None
        self._finished: deque = deque()
        self._lock = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._deliver)

    def submit(self, key: str, job: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        """Run ``job()`` in the background, then ``done(result)`` here (``failed(message)`` if it
        raised). A job still queued under ``key`` is dropped in favour of this one."""
        with self._lock:
            if self._closed:
                return
            self._queued.pop(key, None)
            self._queued[key] = (job, done, failed)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
            self._lock.notify()
        self._timer.start()

    def busy(self, key: str) -> bool:
        """Whether a job under ``key`` is queued or running."""
        with self._lock:
            return key in self._queued or self._running == key

    def idle(self) -> bool:
        with self._lock:
            return not self._queued and self._running is None and not self._finished

    def shutdown(self, timeout: float = 0.5) -> None:
        """Drop queued jobs and let the thread end (a running job finishes on its own)."""
        with self._lock:
            self._closed = True
            self._queued.clear()
            self._lock.notify()
            thread = self._thread
        self._timer.stop()
        if thread is not None:
            thread.join(timeout)

    def _loop(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._queued or self._closed)
                if self._closed:
                    return
                key, (job, done, failed) = self._queued.popitem(last=False)
                self._running = key
            try:
                outcome = (done, job(), None)
            except LayerLabError as exc:
                # The engine's sentence, translated on the GUI thread when it is delivered.
                outcome = (failed, reason(exc), True)
            except Exception as exc:  # a view must never take the window down
                log.exception("background job %s failed", key)
                outcome = (failed, f"{type(exc).__name__}: {exc}", True)
            with self._lock:
                self._finished.append(outcome)
                self._running = None

    def _deliver(self) -> None:
        """Hand finished results to their callbacks (on the GUI thread, from the timer)."""
        while True:
            with self._lock:
                if not self._finished:
                    if not self._queued and self._running is None:
                        self._timer.stop()
                    return
                callback, value, is_error = self._finished.popleft()
            if is_error:
                value = translated(value)  # a failure's reason, in the interface language
            if callback is not None:
                callback(value)
            elif is_error:
                log.warning("%s", value)


class ThrottledView(QObject):
    """A view's one recurring job: at most one in flight, at most one per ``interval_ms``.

    ``request()`` says "the picture is out of date". If the job is already running, the
    request is remembered and served when it finishes, so a view redraws as fast as its
    computation allows and never piles up work behind the trainer.
    """

    def __init__(
        self,
        computer: ViewComputer,
        key: str,
        make_job: Callable[[], Callable[[], Any] | None],
        done: Done,
        interval_ms: int = 100,
        failed: Failed | None = None,
    ) -> None:
        super().__init__(computer)
        self._computer, self._key = computer, key
        self._make_job, self._done, self._failed = make_job, done, failed
        self._wanted = False
        self._in_flight = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._maybe_submit)

    def request(self) -> None:
        self._wanted = True
        if not self._in_flight and not self._timer.isActive():
            self._maybe_submit()

    def cancel(self) -> None:
        """Forget an outstanding request (the view was hidden or its data went away)."""
        self._wanted = False

    def _maybe_submit(self) -> None:
        if not self._wanted or self._in_flight:
            return
        job = self._make_job()
        self._wanted = False
        if job is None:
            return
        self._in_flight = True
        self._timer.start()
        self._computer.submit(self._key, job, self._finish, self._fail)

    def _finish(self, value: Any) -> None:
        self._in_flight = False
        self._done(value)
        if self._wanted and not self._timer.isActive():
            self._maybe_submit()

    def _fail(self, message: str) -> None:
        self._in_flight = False
        if self._failed is not None:
            self._failed(message)
        else:
            log.warning("%s: %s", self._key, message)
