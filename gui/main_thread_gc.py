"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed — with
training, that is usually the trainer or a view's background thread. When the garbage includes
Qt objects (a closed window's plot items, timers), their C++ destructors then run on that thread
and take Qt's locks while the GUI thread waits for the GIL: the process hangs. (Seen: the loss
landscape's worker threads importing numba triggered a collection, and the window froze for
good.) So automatic collection is switched off and this timer collects on the GUI thread, with
the same thresholds Python would use, a few times a second.
"""

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the thresholds are checked (ms).
INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Disables automatic collection and collects from a timer on the thread that owns it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count is over its threshold (as Python would)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


_collector: MainThreadCollector | None = None


def install(app: QObject) -> None:
    """Collect on ``app``'s thread from now on (once per process)."""
    global _collector
    if _collector is None:
        _collector = MainThreadCollector(app)
