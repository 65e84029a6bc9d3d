"""Training progress in the status bar: epoch, step, samples per second, time, backend.

It sits at the bottom edge where a glance finds it while the eyes are on the plots, and it
says when the JIT backend is still compiling (training runs on the reference backend
meanwhile), so a slow start is explained rather than mysterious.
"""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from engine.trainer import RUNNING
from gui.worker import UNAVAILABLE, TrainingWorker


def _duration(seconds: float) -> str:
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
        for label, width in ((self.state, 80), (self.progress, 170), (self.speed, 130), (self.time, 50)):
            label.setMinimumWidth(width)
            layout.addWidget(label)
        layout.addWidget(self.backend)
        worker.progress.connect(self.refresh)
        worker.state_changed.connect(lambda *_: self.refresh())
        worker.backend_changed.connect(lambda *_: self.refresh())
        worker.cleared.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
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
        rate = worker.samples_per_second
        self.speed.setText(self.tr("%1 samples/s").replace("%1", f"{rate:,.0f}") if rate else "")
        self.time.setText(_duration(worker.elapsed))
        self.time.setToolTip(self.tr("Time spent training in this run"))
        if not worker.backend:
            self.backend.setText("")
            return
        text = self.tr("Backend: %1").replace("%1", worker.backend)
        if worker.requested_backend == "auto" and worker.backend == "reference" and worker.state == RUNNING:
            text += " " + self.tr("(JIT warming up…)")
        self.backend.setText(text)
