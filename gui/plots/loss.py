"""Loss curves: the training loss of every step and every epoch, the evaluation loss, the
metric (accuracy, or the regression metric) and the learning rate, all against the step.

The per-step loss is noisy (each batch is a different sample of the data); the per-epoch
means show the trend, and the gap to the evaluation loss shows overfitting as it happens.
"""

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from engine import metrics as metrics_lib
from gui.plots.base import (
    EVAL_COLOR,
    MUTED_COLOR,
    STEP_COLOR,
    TRAIN_COLOR,
    Follow,
    PlotPanel,
    Table,
    legend,
    pen,
    styled_plot,
)
from gui.worker import TrainingWorker


def _curve(
    plot: pg.PlotItem, name: str, color: str, width: float = 2.0, *, long: bool = False
) -> pg.PlotDataItem:
    """A curve; a ``long`` one (a point per step) is drawn downsampled and clipped to the view."""
    item = plot.plot([], [], name=name, pen=pen(color, width))
    if long:
        item.setDownsampling(auto=True, method="peak")
        item.setClipToView(True)
    return item


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
        self.loss_plot = styled_plot(self.graphics.addPlot(row=0, col=0), self.tr("loss"))
        legend(self.loss_plot)
        self.step_curve = _curve(self.loss_plot, self.tr("train, per step"), STEP_COLOR, 1.0, long=True)
        self.train_curve = _curve(self.loss_plot, self.tr("train, per epoch"), TRAIN_COLOR)
        self.eval_curve = _curve(self.loss_plot, self.tr("evaluation"), EVAL_COLOR)
        self.metric_plot = styled_plot(self.graphics.addPlot(row=1, col=0))
        legend(self.metric_plot)
        self.metric_train = _curve(self.metric_plot, self.tr("train"), TRAIN_COLOR)
        self.metric_eval = _curve(self.metric_plot, self.tr("evaluation"), EVAL_COLOR)
        self.rate_plot = styled_plot(
            self.graphics.addPlot(row=2, col=0), self.tr("learning rate"), self.tr("step")
        )
        self.rate_curve = _curve(self.rate_plot, self.tr("learning rate"), MUTED_COLOR, long=True)
        for plot in (self.metric_plot, self.rate_plot):
            plot.setXLink(self.loss_plot)
        self.loss_plot.hideAxis("bottom")
        self.metric_plot.hideAxis("bottom")
        layout = self.graphics.ci.layout
        layout.setRowStretchFactor(0, 5)
        layout.setRowStretchFactor(1, 3)
        layout.setRowStretchFactor(2, 2)
        self.metric = ""
        self._drawn: tuple = ((), ())
        self._follow = [
            Follow(self.loss_plot),
            Follow(self.metric_plot, x=False),
            Follow(self.rate_plot, x=False),
        ]
        self.log_scale.toggled.connect(self._set_log)
        worker.progress.connect(self.request_redraw)
        worker.cleared.connect(self.request_redraw)

    def _set_log(self, on: bool) -> None:
        self.loss_plot.setLogMode(y=on)
        self._drawn = ((), ())
        self.request_redraw()

    def _metric_name(self) -> str:
        """The first metric the epochs report (accuracy for classification, MAE for regression)."""
        keys = self.worker.epochs.names()
        return next((k for k in keys if k in metrics_lib.METRICS and k != "loss"), "")

    def redraw(self) -> None:
        steps, epochs = self.worker.steps, self.worker.epochs
        metric = self._metric_name()
        step_state = (steps.count, steps.stride, steps.last("loss"))
        epoch_state = (epochs.count, epochs.stride, metric)
        if step_state != self._drawn[0]:
            # setData costs about as much as painting: curves whose data did not change keep theirs.
            self.step_curve.setData(steps.index, steps.values("loss"))
            self.rate_curve.setData(steps.index, steps.values("learning_rate"))
        if epoch_state != self._drawn[1]:
            at = epochs.values("step")
            self.train_curve.setData(at, epochs.values("loss"))
            self.eval_curve.setData(at, epochs.values("val_loss"))
            if metric != self.metric:
                self.metric = metric
                self.metric_plot.setLabel("left", metrics_lib.get(metric).label if metric else "")
            self.metric_train.setData(at, epochs.values(metric))
            self.metric_eval.setData(at, epochs.values(f"val_{metric}"))
        self._drawn = (step_state, epoch_state)
        last = float(steps.index[-1]) if steps.count else 1.0
        loss_columns = [steps.values("loss"), epochs.values("loss"), epochs.values("val_loss")]
        follow_loss, follow_metric, follow_rate = self._follow
        follow_loss.update(last, loss_columns, self.log_scale.isChecked())
        follow_metric.update(last, [epochs.values(metric), epochs.values(f"val_{metric}")])
        follow_rate.update(last, [steps.values("learning_rate")])

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
