"""Training progress in the status bar: epoch, step, samples per second, time, backend.

It sits at the bottom edge where a glance finds it while the eyes are on the plots, and it
says when the JIT backend is still compiling (training runs on the reference backend
meanwhile), so a slow start is explained rather than mysterious.
"""

import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from engine.trainer import RUNNING
from gui.panels.training import BACKENDS
from gui.worker import UNAVAILABLE, TrainingWorker

#: While training runs, the numbers change at most this often (ms): nobody reads a counter that
#: changes 30 times a second, and each change relays out and repaints the status bar (about a
#: millisecond of the GUI thread, taken from the plots and the trainer).
REFRESH_MS = 200


def _duration(seconds: float, seconds_format: str = "%1 s") -> str:
    """Tenths of a second for the first minute (a small network trains a hundred epochs in
    under a second, and the clock must show that it ran), then m:ss and h:mm:ss."""
    if seconds < 59.95:
        return seconds_format.replace("%1", f"{seconds:.1f}")
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TrainingStatus(QWidget):
    """Permanent status-bar widget (objectName ``trainingStatus``)."""

    def __init__(self, worker: TrainingWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingStatus")
        self.worker = worker
        self.state = QLabel(self)
        self.progress = QLabel(self)
        self.speed = QLabel(self)
        self.time = QLabel(self)
        self.backend = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        # Fixed widths: the numbers change many times a second and must not make the bar jitter.
        for label, width in ((self.state, 80), (self.progress, 170), (self.speed, 130), (self.time, 60)):
            label.setMinimumWidth(width)
            layout.addWidget(label)
        layout.addWidget(self.backend)
        self._refreshed = 0.0
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.refresh)
        worker.progress.connect(self._on_progress)
        worker.state_changed.connect(lambda *_: self.refresh())
        worker.backend_changed.connect(lambda *_: self.refresh())
        worker.cleared.connect(self.refresh)
        self.refresh()

    def _on_progress(self) -> None:
        if self.worker.state != RUNNING:
            self.refresh()  # the last figures of a run show at once
            return
        wait = REFRESH_MS - (time.perf_counter() - self._refreshed) * 1000
        if wait <= 0:
            self.refresh()
        elif not self._later.isActive():
            self._later.start(round(wait))

    def refresh(self) -> None:
        self._refreshed = time.perf_counter()
        self._later.stop()
        worker = self.worker
        states = {
            "idle": self.tr("Ready"),
            "running": self.tr("Training"),
            "paused": self.tr("Paused"),
            "stopped": self.tr("Stopped"),
            "finished": self.tr("Finished"),
            "diverged": self.tr("Diverged"),
            UNAVAILABLE: self.tr("Cannot train"),
        }
        self.state.setText(states.get(worker.state, worker.state))
        self.state.setStyleSheet("color: #c0392b;" if worker.state in ("diverged", UNAVAILABLE) else "")
        self.progress.setText(
            self.tr("Epoch %1 · step %2").replace("%1", f"{worker.epoch:,}").replace("%2", f"{worker.step:,}")
        )
        # A live figure: an epoch that spanned a pause would show a rate nobody trained at.
        rate = worker.samples_per_second if worker.state == RUNNING else None
        self.speed.setText(self.tr("%1 samples/s").replace("%1", f"{rate:,.0f}") if rate else "")
        self.time.setText(_duration(worker.elapsed, self.tr("%1 s")))
        self.time.setToolTip(self.tr("Time spent training in this run"))
        if not worker.backend:
            self.backend.setText("")
            return
        if worker.requested_backend == "auto" and worker.backend == "reference" and worker.state == RUNNING:
            text = self.tr("Backend: %1 (JIT warming up…)")
        else:
            text = self.tr("Backend: %1")
        # The backend by the name the Backend choice gives it ("Reference (numpy)"), in the
        # interface language; a backend the choice does not list keeps its code name.
        label = BACKENDS.get(worker.backend)
        name = QCoreApplication.translate("TrainingPanel", label) if label else worker.backend
        self.backend.setText(text.replace("%1", name))
