"""Loss curves: the training loss of every step and every epoch, the evaluation loss, the
metric (accuracy, or the regression metric) and the learning rate, all against the step.

The per-step loss is noisy (each batch is a different sample of the data); the per-epoch
means show the trend, and the gap to the evaluation loss shows overfitting as it happens.
Under the curves, the engine's hints about the loss history (overfitting, a learning rate that
overshoots) and the trainer's explanation of a run that diverged appear where the user is
looking while training runs.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from engine import diagnostics
from engine import metrics as metrics_lib
from engine.trainer import DIVERGED
from gui.engine_texts import engine_text
from gui.plots.base import (
    EVAL_COLOR,
    LEFT_AXIS_WIDTH,
    MUTED_COLOR,
    STEP_COLOR,
    TRAIN_COLOR,
    Follow,
    PlotPanel,
    Table,
    legend,
    name_in_legend,
    peak_envelope,
    pen,
    styled_plot,
)
from gui.plots.diagnostics_feed import hint_messages
from gui.worker import TrainingWorker

#: Shortest time between two readings of the loss history for hints, in milliseconds.
HINT_INTERVAL_MS = 250


def _curve(plot: pg.PlotItem, name: str, color: str, width: float = 2.0) -> pg.PlotDataItem:
    """A curve that is given only what the view shows, at most two points per pixel
    (:func:`~gui.plots.base.peak_envelope`), so pyqtgraph's own downsampling stays off."""
    return plot.plot([], [], name=name, pen=pen(color, width))


class LossPlot(PlotPanel):
    """Loss, metric and learning rate over the steps (objectName ``lossPlot``)."""

    def __init__(self, worker: TrainingWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("lossPlot")
        self.log_scale = self.add_toggle(
            self.tr("Log scale"),
            False,
            self.tr("Show the loss on a logarithmic axis (small values stay visible)"),
        )
        self.finish_options()
        # Axis titles and legend names are set by _set_texts (again after a change of language).
        self.loss_plot = styled_plot(self.graphics.addPlot(row=0, col=0))
        legend(self.loss_plot)
        self.step_curve = _curve(self.loss_plot, "-", STEP_COLOR, 1.0)
        self.train_curve = _curve(self.loss_plot, "-", TRAIN_COLOR)
        self.eval_curve = _curve(self.loss_plot, "-", EVAL_COLOR)
        self.metric_plot = styled_plot(self.graphics.addPlot(row=1, col=0))
        legend(self.metric_plot)
        self.metric_train = _curve(self.metric_plot, "-", TRAIN_COLOR)
        self.metric_eval = _curve(self.metric_plot, "-", EVAL_COLOR)
        # The learning-rate strip is too short for a rotated axis title (it ran into the metric's):
        # its legend names it instead.
        self.rate_plot = styled_plot(self.graphics.addPlot(row=2, col=0))
        legend(self.rate_plot)
        self.rate_curve = _curve(self.rate_plot, "-", MUTED_COLOR, 1.5)
        self._set_texts()
        for plot in (self.metric_plot, self.rate_plot):
            plot.setXLink(self.loss_plot)
        for plot in (self.loss_plot, self.metric_plot, self.rate_plot):
            plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        self.loss_plot.hideAxis("bottom")
        self.metric_plot.hideAxis("bottom")
        layout = self.graphics.ci.layout
        layout.setRowStretchFactor(0, 5)
        layout.setRowStretchFactor(1, 3)
        layout.setRowStretchFactor(2, 2)
        # Not "metric": PySide would take that attribute for an override of QWidget.metric().
        self.shown_metric = ""
        self._drawn: tuple = ((), ())
        self._redrawing = False
        empty = np.zeros(0)
        #: The y values each curve was last given (what the views' y ranges are fitted to).
        self._shown: dict[pg.PlotDataItem, np.ndarray] = {
            c: empty
            for c in (
                self.step_curve,
                self.rate_curve,
                self.train_curve,
                self.eval_curve,
                self.metric_train,
                self.metric_eval,
            )
        }
        # The hints are read again at most a few times a second: the engine reads the whole
        # epoch history, and on a small data set epochs end far more often than frames.
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_INTERVAL_MS)
        self._hint_timer.timeout.connect(self._show_hints)
        self._follow = [
            Follow(self.loss_plot),
            Follow(self.metric_plot, x=False),
            Follow(self.rate_plot, x=False),
        ]
        self.hints = QLabel(self)
        self.hints.setObjectName("lossHints")
        self.hints.setWordWrap(True)
        self.hints.setMargin(4)
        self.hints.setStyleSheet("background: #fffbe6; color: #303540;")
        self.hints.hide()
        self.layout().addWidget(self.hints)
        self._diverged = ""
        self.log_scale.toggled.connect(self._set_log)
        worker.state_changed.connect(self._on_state)
        worker.progress.connect(self.request_redraw)
        worker.cleared.connect(self._clear_hints)
        worker.cleared.connect(self.request_redraw)
        # Zooming, panning or resizing changes what the envelopes must cover (the x axes are
        # linked, so the loss plot's view stands for all three).
        self.loss_plot.vb.sigXRangeChanged.connect(self._view_changed)
        self.loss_plot.vb.sigResized.connect(self._view_changed)

    def _set_texts(self) -> None:
        """Axis titles and legend names, in the interface language."""
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.rate_plot.setLabel("bottom", self.tr("step"))
        for plot, curve, text in (
            (self.loss_plot, self.step_curve, self.tr("train, per step")),
            (self.loss_plot, self.train_curve, self.tr("train, per epoch")),
            (self.loss_plot, self.eval_curve, self.tr("evaluation")),
            (self.metric_plot, self.metric_train, self.tr("train")),
            (self.metric_plot, self.metric_eval, self.tr("evaluation")),
            (self.rate_plot, self.rate_curve, self.tr("learning rate")),
        ):
            name_in_legend(plot, curve, text)

    def retranslate(self) -> None:
        self._set_texts()
        self.shown_metric = None  # the metric's axis title is set again on the next redraw
        self._drawn = ((), ())
        if self.hints.text():
            self._show_hints()
        super().retranslate()

    def _view_changed(self, *_: object) -> None:
        if not self._redrawing:  # the view follows the data in redraw(), which draws for it
            self.request_redraw()

    def _set_log(self, on: bool) -> None:
        self.loss_plot.setLogMode(y=on)
        self._drawn = ((), ())
        self.request_redraw()

    def _metric_name(self) -> str:
        """The first metric the epochs report (accuracy for classification, MAE for regression)."""
        keys = self.worker.epochs.names()
        return next((k for k in keys if k in metrics_lib.METRICS and k != "loss"), "")

    def redraw(self) -> None:
        self._redrawing = True
        try:
            self._redraw()
        finally:
            self._redrawing = False

    def _redraw(self) -> None:
        steps, epochs = self.worker.steps, self.worker.epochs
        metric = self._metric_name()
        # The x range first, then the curves cut to it, then the y ranges fitted to what is shown.
        self._follow[0].update_x(float(steps.index[-1]) if steps.count else 1.0)
        vb = self.loss_plot.vb
        view = (*vb.viewRange()[0], max(vb.width(), 1.0))
        step_state = (steps.count, steps.stride, steps.last("loss"), view)
        epoch_state = (epochs.count, epochs.stride, metric, view)
        if step_state != self._drawn[0]:
            # setData costs about as much as painting: curves whose data did not change keep theirs.
            self._set(self.step_curve, steps.index, steps.values("loss"), view)
            self._set(self.rate_curve, steps.index, steps.values("learning_rate"), view)
        if epoch_state != self._drawn[1]:
            at = epochs.values("step")
            self._set(self.train_curve, at, epochs.values("loss"), view)
            self._set(self.eval_curve, at, epochs.values("val_loss"), view)
            if metric != self.shown_metric:
                self.shown_metric = metric
                self.metric_plot.setLabel(
                    "left", engine_text(metrics_lib.get(metric).label) if metric else ""
                )
            self._set(self.metric_train, at, epochs.values(metric), view)
            self._set(self.metric_eval, at, epochs.values(f"val_{metric}"), view)
        if epoch_state[:3] != self._drawn[1][:3] and not self._hint_timer.isActive():
            self._hint_timer.start()
        self._drawn = (step_state, epoch_state)
        shown = self._shown
        follow_loss, follow_metric, follow_rate = self._follow
        follow_loss.update_y(
            [shown[self.step_curve], shown[self.train_curve], shown[self.eval_curve]],
            self.log_scale.isChecked(),
        )
        follow_metric.update_y([shown[self.metric_train], shown[self.metric_eval]])
        follow_rate.update_y([shown[self.rate_curve]])

    def _set(self, curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray, view: tuple[float, ...]) -> None:
        """Give ``curve`` what the view shows of (x, y), at most about two points per pixel."""
        xs, ys = peak_envelope(x, y, (view[0], view[1]), view[2])
        curve.setData(xs, ys)
        self._shown[curve] = ys

    def _on_state(self, state: str, reason: str) -> None:
        """A run that diverged is explained at once (the trainer says why and what to try),
        without waiting for an epoch to end; a new run starts without the old explanation."""
        diverged = reason if state == DIVERGED else ""
        if diverged != self._diverged:
            self._diverged = diverged
            self._show_hints()

    def _show_hints(self) -> None:
        """The engine's reading of the epoch losses (nothing while it sees no problem)."""
        epochs = self.worker.epochs
        val = epochs.column("val_loss")
        found = diagnostics.history_hints(epochs.values("loss"), val) if epochs.count else []
        lines = hint_messages([h for h in found if not (self._diverged and h.code == "diverged")])
        if self._diverged:
            lines.insert(0, self._diverged)
        text = "\n".join("• " + m for m in lines)
        if text != self.hints.text():
            self.hints.setText(text)
        if not lines:
            return  # the space stays (see below); a new run gives it back
        self.hints.show()
        # Hints come and go as epochs end (on a fast run many times a second), and every change
        # in the label's height lays the plots out again, which costs several frames' paint:
        # once shown, the hints keep the most room they needed until the run starts over.
        height = self.hints.heightForWidth(self.width())
        if height > self.hints.minimumHeight():
            self.hints.setMinimumHeight(height)

    def _clear_hints(self) -> None:
        """A new run: no hints yet, and no room kept for them."""
        self.hints.clear()
        self.hints.hide()
        self.hints.setMinimumHeight(0)

    def table(self) -> Table:
        """One row per recorded step; the epoch columns are filled on the step an epoch ended."""
        steps, epochs = self.worker.steps, self.worker.epochs
        keys = [k for k in epochs.names() if k != "step"]
        ended = {int(s): i for i, s in enumerate(epochs.values("step"))}
        columns = [epochs.values(k) for k in keys]
        loss, rate = steps.values("loss"), steps.values("learning_rate")
        rows: list[list[object]] = []
        for i, step in enumerate(steps.index):
            row: list[object] = [int(step), loss[i], rate[i]]
            j = ended.get(int(step))
            row += [""] * (len(keys) + 1) if j is None else [int(epochs.index[j]), *(c[j] for c in columns)]
            rows.append(row)
        return ["step", "loss", "learning_rate", "epoch", *keys], rows
