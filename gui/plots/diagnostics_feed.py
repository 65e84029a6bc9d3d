"""Layer statistics for the activation and gradient-flow plots, computed once for both.

``engine.diagnostics.layer_stats`` runs one forward and backward pass on a fixed batch of
training samples with the latest weights; the same result gives the pre-activation histograms
(activations plot) and the gradient norms, dead and saturated fractions and hints (gradient
flow). ``engine.probes.weight_histograms`` adds the spread of each layer's weights.
It runs in the background, and only while a plot that shows it is on screen.
"""

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from engine import diagnostics, probes
from engine.errors import LayerLabError
from engine.messages import reason
from gui.background import ThrottledView
from gui.i18n import translated
from gui.session import Session
from gui.worker import TrainingWorker

#: Samples in the batch the statistics are measured on (the first of the training split).
BATCH = 256
HISTOGRAM_BINS = 40


def hint_messages(hints: list[diagnostics.Hint]) -> list[str]:
    """The hints in the interface language (each hint's sentence is a Message the catalogues
    translate), so they follow the language chosen in Settings, not the system's."""
    return [translated(h.message) for h in hints]


@dataclass
class Measurement:
    session: Session
    step: int
    stats: list[diagnostics.LayerStats]
    hints: list[diagnostics.Hint]
    weights: list[probes.WeightHistogram]


class DiagnosticsFeed(QObject):
    """Measures the network's layers when asked by a visible plot; ``measured`` announces it."""

    measured = Signal()

    def __init__(self, worker: TrainingWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.latest: Measurement | None = None
        self.error = ""
        self._job = ThrottledView(worker.views, "diagnostics", self._make_job, self._done, 250, self._failed)
        worker.session_changed.connect(self._forget)

    def request(self) -> None:
        """The weights changed and a plot that shows the statistics is visible."""
        if self.worker.session is not None:
            self._job.request()

    def _forget(self) -> None:
        self.latest = None
        self.error = ""

    def _make_job(self):
        worker, session, params = self.worker, self.worker.session, self.worker.params
        if session is None or params is None or session.view_model.network.loss is None:
            return None
        x, y = session.prepared.train
        x, y = x[:BATCH], y[:BATCH]
        model, step = session.view_model, worker.params_step
        losses = worker.epochs.values("loss").copy()
        val = worker.epochs.values("val_loss").copy() if "val_loss" in worker.epochs.names() else None

        def measure() -> Measurement | str:
            model.params = params
            try:
                stats = diagnostics.layer_stats(model, x, y, histogram_bins=HISTOGRAM_BINS)
                weights = probes.weight_histograms(model, params)
            except LayerLabError as exc:
                return reason(exc)  # the engine's Message, to be shown translated (see _done)
            loss = losses if len(losses) else None
            return Measurement(session, step, stats, diagnostics.hints(stats, loss, val), weights)

        return measure

    def _done(self, measurement: Measurement | str) -> None:
        if isinstance(measurement, str):
            self._failed(measurement)
        elif measurement.session is self.worker.session:
            self.latest, self.error = measurement, ""
            self.measured.emit()

    def _failed(self, message: str) -> None:
        """``message``: the engine's sentence (a Message when it is one; shown through
        ``gui.i18n.translated`` by the plot, in the language of the moment)."""
        self.error = message
        self.measured.emit()
