"""Settings side by side: several runs' loss curves on the same axes, their paths on one surface.

A lesson that compares learning rates, batch sizes, activations, optimizers or scaling shows
its runs *together*, because the difference is the lesson. The left column holds the loss of
every run against the epoch (so a batch-1 run with 160 steps an epoch and a full-batch run with
one share the x axis) and its metric; the right column holds, once the runs are over, one of:

- *Loss surface*: every path on one plane of weight space (one surface when the runs share
  their loss function, else one surface per run over the same plane, same colours);
- *Fitted curves*: each run's prediction over the data, for one input and one target;
- *Per layer*: gradient norm and dead units per layer, for each run.

Optimizer races and curvature on 2-D test functions use the same two columns. The numbers all
come from :mod:`engine.lessons.compare` and :mod:`engine.testfunctions`; this module only draws.
"""

import math
import sys
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QToolButton, QWidget

from engine import testfunctions
from engine.errors import LayerLabError
from engine.landscape import Curvature
from engine.lessons.compare import ComparedSurface, Comparison, FittedCurves, LayerProfile
from engine.lessons.compare import boundaries as compute_boundaries
from engine.lessons.compare import fitted_curves as compute_fitted_curves
from engine.lessons.compare import layer_profiles as compute_layer_profiles
from engine.lessons.compare import shared_surface as compute_shared_surface
from engine.messages import Message, reason, term
from engine.metrics import METRICS
from engine.trainer import RUNNING
from gui.i18n import translated
from gui.plots.base import (
    BACKGROUND,
    CLASS_COLORS,
    FOREGROUND,
    MUTED_COLOR,
    PlotPanel,
    Table,
    legend,
    pen,
    styled_plot,
)
from gui.widgets import compact
from gui.worker import DEFAULT_SWITCH_SECONDS, REFERENCE_SWITCH_SECONDS, TrainingWorker

#: How often a running comparison is polled and redrawn (ms): the plots' 30 Hz.
POLL_MS = 33
#: How long a replay of the runs takes (ms).
REPLAY_MS = 4000
#: Cells per side of a shared surface, and of each surface when every run has its own.
SHARED_RESOLUTION = 61
OWN_RESOLUTION = 41
SURFACE, FITTED, BOUNDARY, LAYERS = "surface", "fitted", "boundary", "layers"
#: Which right-hand view a lesson step's ``look_at`` asks for.
#: (The first of them the runs allow: a 1-D regression has fitted curves, a 2-D
#: classification decision boundaries.)
VIEW_FOR = {"landscape": (SURFACE,), "boundary": (FITTED, BOUNDARY), "gradient_flow": (LAYERS,)}
ERROR_COLOR = "#c0392b"


def color(index: int) -> str:
    return CLASS_COLORS[index % len(CLASS_COLORS)]


def what_went_wrong(hint: str) -> str:
    """The first half of the trainer's divergence explanation (“The loss became NaN at step
    12”), in the interface language: short enough for a headline."""
    if isinstance(hint, Message) and "what" in hint.args:
        return translated(hint.args["what"])
    return str(hint).split(":")[0]


def _finite(values: np.ndarray) -> np.ndarray:
    """Non-finite values (a run that blew up) become gaps, not lines to infinity."""
    values = np.asarray(values, np.float64)
    return np.where(np.isfinite(values) & (np.abs(values) < 1e30), values, np.nan)


class ComparisonPlot(PlotPanel):
    """Runs compared on shared axes (objectName ``comparisonPlot``)."""

    def __init__(self, worker: TrainingWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("comparisonPlot")
        self.view = QComboBox(self)
        compact(self.view)
        self.view.setObjectName("comparisonView")
        self.view.addItem(self.tr("Loss surface"), SURFACE)
        self.view.addItem(self.tr("Fitted curves"), FITTED)
        self.view.addItem(self.tr("Decision boundaries"), BOUNDARY)
        self.view.addItem(self.tr("Per layer"), LAYERS)
        self.view.setToolTip(self.tr("What the right-hand side shows once the runs are over"))
        self.options.addWidget(self.view)
        self.log_scale = self.add_toggle(
            self.tr("Log scale"),
            True,
            self.tr("Loss on a logarithmic axis: a run that blows up stays in view"),
        )
        self.replay_button = QToolButton(self)
        self.replay_button.setObjectName("comparisonReplay")
        self.replay_button.setText(self.tr("Replay"))
        self.replay_button.setToolTip(
            self.tr("Play the runs again, side by side in time, slowly enough to follow")
        )
        self.replay_button.setEnabled(False)
        self.replay_button.clicked.connect(self.replay)
        self.options.addWidget(self.replay_button)
        self.finish_options()
        self.headline = QLabel(self)
        self.headline.setObjectName("comparisonHeadline")
        self.headline.setWordWrap(True)
        self.headline.setContentsMargins(6, 2, 6, 0)
        self.layout().insertWidget(1, self.headline)
        #: A line under the plots: which plane the surface is, or why a view cannot be drawn.
        self.caption = QLabel(self)
        self.caption.setObjectName("comparisonCaption")
        self.caption.setWordWrap(True)
        self.caption.setContentsMargins(6, 2, 6, 2)
        self.layout().addWidget(self.caption)
        self.loss_plot = styled_plot(self.graphics.addPlot(row=0, col=0), self.tr("loss"))
        self.loss_plot.setLogMode(y=True)
        self.loss_legend = legend(self.loss_plot)
        self.loss_legend.setBrush(pg.mkBrush(255, 255, 255, 150))  # a flat run behind it stays visible
        self.metric_plot = styled_plot(self.graphics.addPlot(row=1, col=0), "", self.tr("epoch"))
        self.metric_plot.setXLink(self.loss_plot)
        layout = self.graphics.ci.layout
        layout.setRowStretchFactor(0, 3)
        layout.setRowStretchFactor(1, 2)
        # Curves on the left, pictures on the right, in a splitter: each half keeps its share
        # of the width whatever its titles say, and the teacher can drag the border.
        self.pictures = pg.GraphicsLayoutWidget(self)
        self.pictures.setBackground(BACKGROUND)
        self.pictures.ci.setContentsMargins(4, 4, 8, 4)
        self.right = self.pictures.ci
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._stack.removeWidget(self.graphics)
        self.splitter.addWidget(self.graphics)
        self.graphics.show()  # the stacked layout hid it when it let go of it
        self.splitter.addWidget(self.pictures)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        for side in (self.graphics, self.pictures):
            side.setMinimumWidth(160)
        self.splitter.setChildrenCollapsible(False)
        self._stack.insertWidget(0, self.splitter)
        #: What is being shown: a Comparison, or None (a race, a curvature, or nothing yet).
        self.comparison: Comparison | None = None
        self.curves: dict[str, tuple[pg.PlotDataItem, ...]] = {}
        self.surface: ComparedSurface | None = None
        self.fitted: FittedCurves | None = None
        self.profiles: dict[str, LayerProfile] | None = None
        self.notes: dict[str, str] = {}
        self.race: tuple[str, list[testfunctions.RacePath]] | None = None
        self.point: tuple[str, tuple[float, float], Curvature] | None = None
        self.surface_plots: list[pg.PlotItem] = []
        self.pictures_of: dict = {}
        self._wanted: tuple[str, ...] = ()
        #: Drawn paths: (points, time of each point, line items, end marker), for Replay.
        self._path_items: list[tuple[np.ndarray, np.ndarray, tuple, pg.PlotDataItem]] = []
        #: Where a replay is (0 … 1 of the runs' length), or None when showing everything.
        self._replay_at: float | None = None
        #: One line per optimizer of a race: its step size and when it arrived.
        self._race_summary: list[str] = []
        #: The runs' names in the interface language, by label (see show_comparison).
        self.names: dict[str, str] = {}
        self._generation = 0
        self._closing = False
        self._replay_timer = QTimer(self)
        self._replay_timer.setInterval(POLL_MS)
        self._replay_timer.timeout.connect(self._replay_tick)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.view.currentIndexChanged.connect(lambda _: self._draw_right())
        self.log_scale.toggled.connect(self._set_log)
        self.show_message(self.tr("Lessons that compare settings show their runs here, side by side."))

    # -- what to show ----------------------------------------------------------------------------------
    def show_comparison(
        self, comparison: Comparison, look_at: str = "loss", names: Mapping[str, str] | None = None
    ) -> None:
        """Start ``comparison`` (built, not started) and draw its runs as they train; ``names``
        are what the legend and titles call the runs (by label), in the interface language."""
        self.stop()
        self._begin()
        self.comparison = comparison
        self.names = dict(names or {})
        self.select_view(look_at)
        metric = ""
        for i, (label, variant) in enumerate(comparison.variants.items()):
            name = self._name(label)
            sizes = {v.batch_size for v in comparison.variants.values()}
            if len(sizes) > 1:
                name = (
                    self.tr("%1 (%2 steps/epoch)")
                    .replace("%1", self._name(label))
                    .replace("%2", str(variant.steps_per_epoch))
                )
            c = color(i)
            step = self.loss_plot.plot([], [], name=name, pen=pen(c, 1.5))
            val = self.loss_plot.plot([], [], pen=pg.mkPen(c, width=2, style=Qt.PenStyle.DashLine))
            train_metric = self.metric_plot.plot([], [], pen=pen(c, 2))
            val_metric = self.metric_plot.plot([], [], pen=pg.mkPen(c, width=2, style=Qt.PenStyle.DashLine))
            self.curves[label] = (step, val, train_metric, val_metric)
            metric = metric or next(iter(variant.model.metrics), "")
        self.metric_plot.setLabel("left", self._metric_title(metric))
        if not metric:  # regression without a metric: the loss plot takes the whole column
            self._show_metric_plot(False)
            self.loss_plot.setLabel("bottom", self.tr("epoch"))
        self._headline(self.tr("Training…"))
        sys.setswitchinterval(REFERENCE_SWITCH_SECONDS)  # small numpy steps: keep the window answering
        comparison.start()
        self._timer.start()
        self._draw_right()

    def show_race(self, function: str, paths: list[testfunctions.RacePath]) -> None:
        """Optimizers from one start on a 2-D test function: f per step, paths on f's surface."""
        self.stop()
        self._begin()
        self.race = (function, paths)
        self.view.setCurrentIndex(self.view.findData(SURFACE))
        fn = testfunctions.get(function)
        values = [p.values for p in paths]
        positive = all(float(np.nanmin(v)) > 0 for v in values)
        self.loss_plot.setLogMode(y=positive and self.log_scale.isChecked())
        self.loss_plot.setLabel("left", "f(x, y)")
        self._show_metric_plot(False)
        for path in paths:
            arrived = path.steps_to(fn.threshold)
            if path.stopped:
                result = translated(path.stopped)
            elif arrived is not None:
                result = (
                    self.tr("f < %1 at step %2")
                    .replace("%1", f"{fn.threshold:g}")
                    .replace("%2", str(arrived))
                )
            else:
                result = self.tr("not below %1").replace("%1", f"{fn.threshold:g}")
            said = (
                self.tr("%1 (η = %2): %3")
                .replace("%1", translated(path.label))
                .replace("%2", f"{path.learning_rate:g}")
                .replace("%3", result)
            )
            self._race_summary.append(said)
        self.loss_plot.setLabel("bottom", self.tr("step"))
        for i, path in enumerate(paths):
            curve = self.loss_plot.plot(
                np.arange(len(path.values)), _finite(path.values), name=translated(path.label)
            )
            curve.setPen(pen(color(i), 2))
            self.curves[path.label] = (curve,)
        self._headline(translated(fn.label))
        self.loss_plot.enableAutoRange()
        self._draw_right()
        self.replay_button.setEnabled(True)

    def show_curvature(self, function: str, point: tuple[float, float], curvature: Curvature) -> None:
        """The Hessian's verdict at ``point`` of a test function, on its surface."""
        self.stop()
        self._begin()
        self.point = (function, point, curvature)
        self.view.setCurrentIndex(self.view.findData(SURFACE))
        self._show_metric_plot(False)
        eigen = ", ".join(f"{v:.3g}" for v in curvature.eigenvalues)
        verdict = {
            "minimum": self.tr("a minimum: every eigenvalue > 0"),
            "maximum": self.tr("a maximum: every eigenvalue < 0"),
            "saddle": self.tr("a saddle point: eigenvalues of both signs"),
        }.get(curvature.kind, curvature.kind)
        self._headline(
            self.tr("Hessian eigenvalues at (%1): %2 → %3")
            .replace("%1", ", ".join(f"{c:g}" for c in point))
            .replace("%2", eigen)
            .replace("%3", verdict)
        )
        fn = testfunctions.get(function)
        xs = np.linspace(*fn.bounds[0], 201)
        # The function along each eigenvector through the point: up on one, down on the other.
        for i, vector in enumerate(np.asarray(curvature.eigenvectors).T[:2]):
            t = xs - xs.mean()
            values = [fn.value(np.asarray(point) + s * vector) for s in t]
            curve = self.loss_plot.plot(
                t,
                values,
                name=self.tr("along eigenvector %1 (λ = %2)")
                .replace("%1", str(i + 1))
                .replace("%2", f"{curvature.eigenvalues[i]:.3g}"),
            )
            curve.setPen(pen(color(i), 2))
        self.loss_plot.setLogMode(y=False)
        self.loss_plot.setLabel("left", "f")
        self.loss_plot.setLabel("bottom", self.tr("distance from the point"))
        self.loss_plot.showAxis("bottom")
        self.loss_plot.enableAutoRange()
        self._draw_right()

    def select_view(self, look_at: str) -> None:
        """Show the right-hand view a step's ``look_at`` names (others keep the current one)."""
        wanted = VIEW_FOR.get(look_at)
        if wanted is not None:
            self._wanted = wanted
            self._choose_view()

    def _available(self) -> list[str]:
        """The right-hand views the finished runs have pictures for (all, before that)."""
        results = self.pictures_of
        views = [self.view.itemData(i) for i in range(self.view.count())]
        return [v for v in views if not results or results.get(v) is not None]

    def _choose_view(self) -> None:
        available = self._available()
        for i in range(self.view.count()):
            self.view.model().item(i).setEnabled(self.view.itemData(i) in available)
        choice = next((v for v in self._wanted if v in available), None)
        if choice is None and self.view.currentData() not in available and available:
            choice = available[0]
        if choice is not None and choice != self.view.currentData():
            self.view.setCurrentIndex(self.view.findData(choice))

    @property
    def running(self) -> bool:
        return self.comparison is not None and not self.comparison.done

    def stop(self) -> None:
        """Stop the runs (the lesson moved on, or the window closes); what was drawn stays."""
        self._timer.stop()
        if self.replaying:
            self._end_replay()
        comparison = self.comparison
        if comparison is not None:
            was_running = not comparison.done
            comparison.stop()
            comparison.close(timeout=1.0)
            comparison.poll()
            self._restore_switch_interval()
            if was_running and not self._closing:
                # Stopped early: what the runs did so far is still worth a picture.
                self.request_redraw()
                self.replay_button.setEnabled(True)
                self._compute_pictures(comparison)

    def replay(self) -> None:
        """Draw the finished runs again from their start, all at the same pace, over a few
        seconds: the class watches the paths walk down the surface together."""
        if not self._replayable():
            return
        for plot in (self.loss_plot, self.metric_plot, *self.surface_plots):
            plot.vb.disableAutoRange()  # the axes hold still while the curves grow
        self._replay_at = 0.0
        self._show_until(0.0)
        self._replay_timer.start()

    def _replayable(self) -> bool:
        return self.race is not None or (self.comparison is not None and self.comparison.done)

    def _replay_tick(self) -> None:
        at = min(1.0, (self._replay_at or 0.0) + POLL_MS / REPLAY_MS)
        self._replay_at = at
        self._show_until(at)
        if at >= 1.0:
            self._end_replay()

    def _end_replay(self) -> None:
        self._replay_timer.stop()
        self._replay_at = None
        self._show_until(1.0)

    @property
    def replaying(self) -> bool:
        return self._replay_timer.isActive()

    def _show_until(self, fraction: float) -> None:
        """Curves and paths up to ``fraction`` of the runs' length (epochs, or race steps)."""
        if self.race is not None:
            steps = max(len(p.values) for p in self.race[1]) - 1
            until = fraction * steps
            for path in self.race[1]:
                (curve,) = self.curves[path.label]
                n = int(until) + 1
                curve.setData(np.arange(min(n, len(path.values))), _finite(path.values[:n]))
            self._show_paths_until(until)
        elif self.comparison is not None:
            self.redraw()
            self._show_paths_until(fraction * self.comparison.epochs)

    def shutdown(self) -> None:
        """The window is closing: stop everything and forget what no one will see."""
        self._closing = True
        self._generation += 1
        self.stop()

    def _restore_switch_interval(self) -> None:
        worker = self.worker
        keep = worker.state == RUNNING and worker.backend == "reference"
        sys.setswitchinterval(REFERENCE_SWITCH_SECONDS if keep else DEFAULT_SWITCH_SECONDS)

    def _begin(self) -> None:
        """Forget the last comparison, race or point and clear the plots."""
        self._generation += 1
        self._replay_timer.stop()
        self._replay_at = None
        self.replay_button.setEnabled(False)
        self.comparison = None
        self.surface = self.fitted = self.profiles = None
        #: The finished runs' pictures by view (None where one does not apply); empty before.
        self.pictures_of: dict = {}
        for i in range(self.view.count()):
            self.view.model().item(i).setEnabled(True)
        self.race = self.point = None
        self._race_summary = []
        self.notes = {}
        self.curves = {}
        self._headline("")
        self.loss_plot.clear()
        self.metric_plot.clear()
        self.loss_legend.clear()
        self._show_metric_plot(True)
        self.loss_plot.setLogMode(y=self.log_scale.isChecked())
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.loss_plot.hideAxis("bottom")
        self.metric_plot.setLabel("bottom", self.tr("epoch"))
        self.loss_plot.enableAutoRange()
        self.metric_plot.enableAutoRange()
        self.show_message("")

    def _show_metric_plot(self, shown: bool) -> None:
        """The metric under the loss, or the loss alone over the whole column (with its x axis)."""
        inside = self.metric_plot.scene() is not None and self.metric_plot in self.graphics.ci.items
        if shown and not inside:
            self.graphics.ci.addItem(self.metric_plot, row=1, col=0)
        elif not shown and inside:
            self.graphics.ci.removeItem(self.metric_plot)
        self.graphics.ci.layout.setRowStretchFactor(1, 2 if shown else 0)
        if shown:
            self.loss_plot.hideAxis("bottom")
        else:
            self.loss_plot.showAxis("bottom")

    def _set_log(self, on: bool) -> None:
        if self.point is None:
            self.loss_plot.setLogMode(y=on)

    # -- a running comparison ----------------------------------------------------------------------------
    def _poll(self) -> None:
        comparison = self.comparison
        if comparison is None:
            self._timer.stop()
            return
        changed = comparison.poll()
        if changed:
            self.request_redraw()
        if comparison.done:
            self._timer.stop()
            self.replay_button.setEnabled(True)
            self._restore_switch_interval()
            self._name_batch_runs(comparison)
            self.request_redraw()
            self._compute_pictures(comparison)

    def _name_batch_runs(self, comparison: Comparison) -> None:
        """Runs with different batch sizes: the legend says what an epoch cost each of them."""
        if len({v.batch_size for v in comparison.variants.values()}) < 2:
            return
        names = {}
        for label, v in comparison.variants.items():
            epochs = max(1, len(v.epoch_steps))
            names[label] = (
                self.tr("%1 (%2 steps/epoch, %3 ms/epoch)")
                .replace("%1", self._name(label))
                .replace("%2", str(v.steps_per_epoch))
                .replace("%3", f"{1000 * v.seconds / epochs:.1f}")
            )
        for label, (_, text) in zip(comparison.variants, self.loss_legend.items, strict=False):
            text.setText(names[label])

    def _compute_pictures(self, comparison: Comparison) -> None:
        """Surface, fitted curves and per-layer numbers of the finished runs, in the background."""
        generation = self._generation
        resolution = SHARED_RESOLUTION if comparison.shared_loss else OWN_RESOLUTION
        variants = comparison.variants

        def job() -> dict:
            out: dict = {}
            for key, compute in (
                (SURFACE, lambda: compute_shared_surface(variants, comparison.shared_loss, resolution)),
                (FITTED, lambda: compute_fitted_curves(variants)),
                (BOUNDARY, lambda: compute_boundaries(variants)),
                (LAYERS, lambda: compute_layer_profiles(variants)),
            ):
                try:
                    out[key] = compute()
                except LayerLabError as exc:
                    out[key] = reason(exc)
            return out

        def done(result: dict) -> None:
            if generation != self._generation:
                return
            for key, value in result.items():
                if isinstance(value, str):
                    self.notes[key] = value
            self.pictures_of = {k: None if isinstance(v, str) else v for k, v in result.items()}
            self.surface = self.pictures_of[SURFACE]
            self.fitted = self.pictures_of[FITTED]
            self.profiles = self.pictures_of[LAYERS]
            self._choose_view()
            self._draw_right()

        self.worker.landscape_views.submit("comparison", job, done, self._failed)

    def _failed(self, message: str) -> None:
        self.notes[SURFACE] = message
        self._draw_right()

    def redraw(self) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        until = math.inf if self._replay_at is None else self._replay_at * comparison.epochs
        for label, variant in comparison.variants.items():
            step, val, train_metric, val_metric = self.curves[label]
            losses = variant.step_losses
            per_epoch = variant.steps_per_epoch
            x = np.arange(1, len(losses) + 1) / per_epoch
            n = int(np.searchsorted(x, until, side="right"))
            step.setData(x[:n], _finite(losses[:n]), connect="finite")
            at = np.asarray(variant.epoch_steps, np.float64) / per_epoch
            m = int(np.searchsorted(at, until, side="right"))
            history = variant.history
            if "val_loss" in history:
                val.setData(at[:m], _finite(history["val_loss"][:m]), connect="finite")
            metric = next((k for k in history if k not in ("loss",) and not k.startswith("val_")), None)
            if metric is not None:
                train_metric.setData(at[:m], _finite(history[metric][:m]), connect="finite")
                if f"val_{metric}" in history:
                    val_metric.setData(at[:m], _finite(history[f"val_{metric}"][:m]), connect="finite")
        if comparison.done:
            blew = [v for v in comparison.variants.values() if v.diverged]
            title = self.tr("solid: training, dashed: evaluation")
            if blew:
                title = "; ".join(
                    self.tr("%1: %2")
                    .replace("%1", self._name(v.label))
                    .replace("%2", what_went_wrong(v.diverged))
                    for v in blew
                )
            self._headline(title, error=bool(blew))

    # -- the right-hand column ----------------------------------------------------------------------------
    def _draw_right(self) -> None:
        self.right.clear()
        self.surface_plots = []
        self._path_items = []
        self.caption.clear()
        if self.race is not None:
            self._draw_function(*self.race)
            return
        if self.point is not None:
            function, point, curvature = self.point
            self._draw_function(function, [], point, curvature)
            return
        if self.comparison is None:
            return
        view = self.view.currentData()
        if not self.comparison.done or not (self.pictures_of or self.notes):
            self._note(self.tr("Drawn when the runs are over."))
        elif view == SURFACE:
            self._draw_surface()
        elif view == FITTED:
            self._draw_fitted()
        elif view == BOUNDARY:
            self._draw_boundaries()
        else:
            self._draw_layers()

    def _metric_title(self, metric: str) -> str:
        """The metric plot's axis title: the metric's name in the interface language."""
        if metric == "accuracy" or metric not in METRICS:
            return self.tr("accuracy") if metric == "accuracy" else metric
        return translated(term(METRICS.get(metric).label))

    def _name(self, label: str) -> str:
        """What the legend calls a run: the lesson's name for it in the interface language, else
        its label."""
        return self.names.get(label, label)

    def _headline(self, text: str, error: bool = False) -> None:
        """The line above the plots: what is running, how to read it, or what went wrong (a
        label that wraps, where a plot title would push the axes out of the pane)."""
        self.headline.setStyleSheet(f"color: {ERROR_COLOR if error else FOREGROUND};")
        self.headline.setText(text)

    def _note(self, text: str, error: bool = False) -> None:
        """A line under the pictures; an engine sentence (why a picture cannot be drawn) is
        shown in the interface language."""
        self.caption.setStyleSheet(f"color: {ERROR_COLOR if error else MUTED_COLOR};")
        self.caption.setText(translated(text))

    def _image(self, plot: pg.PlotItem, xs: np.ndarray, ys: np.ndarray, z: np.ndarray, levels) -> None:
        image = pg.ImageItem(axisOrder="col-major")
        image.setColorMap(pg.colormap.get("viridis"))
        image.setImage(z, autoLevels=False, levels=levels)
        dx, dy = (xs[-1] - xs[0]) / (len(xs) - 1), (ys[-1] - ys[0]) / (len(ys) - 1)
        image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy))
        plot.addItem(image)
        plot.setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0)

    def _path(
        self,
        plot: pg.PlotItem,
        points: np.ndarray,
        c: str,
        name: str | None = None,
        times: np.ndarray | None = None,
    ) -> None:
        """A path with a white halo (readable on any colour of the surface), its start and its
        end marked; ``times`` (epoch or step of each point) let Replay walk it in time."""
        points = np.asarray(points, np.float64)
        times = np.arange(len(points), dtype=np.float64) if times is None else np.asarray(times, np.float64)
        keep = np.all(np.isfinite(points) & (np.abs(points) < 1e6), axis=1)
        points, times = points[keep], times[keep]
        if not len(points):
            return
        halo = plot.plot(points[:, 0], points[:, 1], pen=pen("#ffffff", 5))
        line = plot.plot(points[:, 0], points[:, 1], pen=pen(c, 3), name=name)
        end = plot.plot(
            points[-1:, 0], points[-1:, 1], pen=None, symbol="o", symbolSize=9, symbolBrush=c, symbolPen="w"
        )
        plot.plot(
            points[:1, 0], points[:1, 1], pen=None, symbol="o", symbolSize=9, symbolBrush=None, symbolPen="w"
        )
        self._path_items.append((points, times, (halo, line), end))

    def _show_paths_until(self, time: float) -> None:
        """Every path drawn up to ``time`` (its epoch, or step for a race)."""
        for points, times, lines, end in self._path_items:
            shown = points[times <= time + 1e-9] if len(points) else points
            shown = shown if len(shown) else points[:1]
            for item in lines:
                item.setData(shown[:, 0], shown[:, 1])
            end.setData(shown[-1:, 0], shown[-1:, 1])

    @staticmethod
    def _log_levels(grids: list[np.ndarray]) -> tuple[list[np.ndarray], tuple[float, float]]:
        shown = []
        for z in grids:
            z = np.asarray(z, np.float64)
            ok = np.isfinite(z) & (z > 0)
            shown.append(np.log10(np.where(ok, z, np.nan)))
        values = np.concatenate([s[np.isfinite(s)] for s in shown]) if shown else np.zeros(0)
        low, high = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
        high = high if high > low else low + 1.0
        return [np.where(np.isfinite(s), s, high) for s in shown], (low, high)

    def _draw_surface(self) -> None:
        surface = self.surface
        if surface is None:
            self._note(self.notes.get(SURFACE, ""), error=True)
            return
        labels = list(self.comparison.variants) if self.comparison else []
        self.caption.setStyleSheet(f"color: {FOREGROUND};")
        grids, levels = self._log_levels(list(surface.losses.values()))
        shared = "" in surface.losses
        if surface.exact:
            plane = self.tr("Colour = log₁₀ loss over the network's only two weights: all of its loss.")
        else:
            plane = self.tr(
                "Colour = log₁₀ loss over the plane the runs moved in most (%1% of their movement)."
            ).replace("%1", f"{100 * surface.explained:.0f}")
        self.caption.setText(plane)
        for k, (key, z) in enumerate(zip(surface.losses, grids, strict=True)):
            col = 0 if shared else k % 2
            if not shared and k and col == 0:
                self.right.nextRow()
            plot = styled_plot(
                self.right.addPlot(col=col), *reversed([translated(a) for a in surface.axis_labels])
            )
            if not shared:
                plot.setTitle(self._name(key), color=color(labels.index(key)), size="9pt")
            if self.surface_plots:
                plot.setXLink(self.surface_plots[0])
                plot.setYLink(self.surface_plots[0])
            else:
                legend(plot) if shared else None
            self.surface_plots.append(plot)
            self._image(plot, surface.alphas, surface.betas, z, levels)
            for i, label in enumerate(labels):
                if shared or label == key:
                    self._path(
                        plot,
                        surface.paths[label],
                        color(i),
                        self._name(label) if shared else None,
                        surface.epochs[label],
                    )

    def _draw_fitted(self) -> None:
        fitted = self.fitted
        if fitted is None:
            self._note(self.notes.get(FITTED, ""), error=True)
            return
        plot = styled_plot(self.right.addPlot(), "y", "x")
        legend(plot)
        plot.plot(
            fitted.x,
            fitted.y,
            pen=None,
            symbol="o",
            symbolSize=4,
            symbolBrush=MUTED_COLOR,
            symbolPen=None,
            name=self.tr("training data"),
        )
        for i, (label, values) in enumerate(fitted.predictions.items()):
            plot.plot(
                fitted.xs, _finite(values), pen=pen(color(i), 2.5), name=self._name(label), connect="finite"
            )

    def _draw_boundaries(self) -> None:
        """Each run's answer over the input plane, side by side, the data on top."""
        found = self.pictures_of.get(BOUNDARY)
        if found is None:
            self._note(self.notes.get(BOUNDARY, ""), error=True)
            return
        probability = found.kind == "probability"
        cmap = pg.ColorMap([0.0, 0.5, 1.0], [CLASS_COLORS[0], "#f4f4f4", CLASS_COLORS[1]])
        top = 1.0 if probability else max(1.0, float(max(np.max(z) for z in found.outputs.values())))
        labels = list(self.comparison.variants) if self.comparison else list(found.outputs)
        columns = math.ceil(math.sqrt(len(found.outputs)))  # 2 × 2 for three or four runs
        self.caption.setStyleSheet(f"color: {FOREGROUND};")
        self.caption.setText(
            self.tr("Colour = the network's output over the plane of the two inputs; dots = training data.")
        )
        for k, (label, z) in enumerate(found.outputs.items()):
            if k and k % columns == 0:
                self.right.nextRow()
            plot = self.right.addPlot()
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            plot.setTitle(self._name(label), color=color(labels.index(label)), size="9pt")
            image = pg.ImageItem(axisOrder="col-major")
            image.setColorMap(cmap if probability else pg.colormap.get("viridis"))
            image.setImage(z if probability else z / top, autoLevels=False, levels=(0.0, 1.0))
            xs, ys = found.xs, found.ys
            image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
            plot.addItem(image)
            brushes = [pg.mkBrush(CLASS_COLORS[int(c) % len(CLASS_COLORS)]) for c in found.labels]
            plot.addItem(
                pg.ScatterPlotItem(
                    found.points[:, 0], found.points[:, 1], size=4, brush=brushes, pen=pen("#ffffff", 0.5)
                )
            )
            plot.setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0)
            plot.setAspectLocked(True)  # same plane, same range in every run: a circle stays round
            self.surface_plots.append(plot)

    def _draw_layers(self) -> None:
        profiles = self.profiles
        if profiles is None:
            self._note(self.notes.get(LAYERS, ""), error=True)
            return
        names = next(iter(profiles.values())).names
        ticks = [[(i, name) for i, name in enumerate(names)]]
        grad = styled_plot(self.right.addPlot(row=0, col=0), self.tr("gradient norm"))
        grad.setLogMode(y=True)
        legend(grad)
        self.right.nextRow()
        dead = styled_plot(self.right.addPlot(row=1, col=0), self.tr("dead units"), self.tr("layer"))
        dead.setYRange(0, 1)
        for plot in (grad, dead):
            plot.getAxis("bottom").setTicks(ticks)
        silent = [self._name(label) for label, p in profiles.items() if np.any(p.gradient_norm == 0)]
        note = self.tr("Measured on the first 64 training samples after training.")
        if silent:
            note += " " + self.tr(
                "%1: a gradient of exactly 0 (every unit dead) cannot be drawn on the log axis."
            ).replace("%1", ", ".join(silent))
        self.caption.setStyleSheet(f"color: {FOREGROUND};")
        self.caption.setText(note)
        for i, (label, profile) in enumerate(profiles.items()):
            x = np.arange(len(profile.names))
            style = {"pen": pen(color(i), 2), "symbol": "o", "symbolSize": 7, "symbolBrush": color(i)}
            grad.plot(x, _finite(profile.gradient_norm), name=self._name(label), **style)
            dead.plot(x, _finite(profile.dead_fraction), **style)

    def _draw_function(
        self,
        function: str,
        paths: list[testfunctions.RacePath],
        point: tuple[float, float] | None = None,
        curvature: Curvature | None = None,
    ) -> None:
        fn = testfunctions.get(function)
        xs, ys, z = fn.grid(161)
        z = np.asarray(z, np.float64)
        # Colour by rank of height: valleys and saddles stay visible whatever the function's scale.
        shown = z - np.nanmin(z)
        shown = np.log10(shown + 1e-3 * max(float(np.nanmax(shown)), 1e-12))
        plot = styled_plot(self.right.addPlot(), "y", "x")
        self.caption.setStyleSheet(f"color: {FOREGROUND};")
        self.caption.setText("  ·  ".join([translated(fn.description), *self._race_summary]))
        if paths:
            legend(plot)
        self.surface_plots = [plot]
        self._image(plot, xs, ys, shown, (float(np.nanmin(shown)), float(np.nanmax(shown))))
        for i, path in enumerate(paths):
            self._path(plot, path.points, color(i), translated(path.label))
        for minimum in fn.minima:
            plot.plot([minimum[0]], [minimum[1]], pen=None, symbol="star", symbolSize=14, symbolBrush="w")
        if point is not None and curvature is not None:
            plot.plot([point[0]], [point[1]], pen=None, symbol="o", symbolSize=11, symbolBrush="#d62828")
            span = 0.25 * min(xs[-1] - xs[0], ys[-1] - ys[0])
            for i, vector in enumerate(np.asarray(curvature.eigenvectors).T[:2]):
                ends = np.array([np.asarray(point) - span * vector, np.asarray(point) + span * vector])
                plot.plot(ends[:, 0], ends[:, 1], pen=pen(color(i), 3))

    def show_message(self, text: str) -> None:
        """Show ``text`` instead of the plots (empty: show them)."""
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message if text else self.splitter)

    def export(self, path: str | Path) -> Path:
        """PNG and SVG show both halves (curves and pictures); CSV the loss of every run."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".png":
            self.splitter.grab().save(str(path))
        elif suffix == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.splitter.size())
            generator.setViewBox(self.splitter.rect())
            painter = QPainter(generator)
            self.splitter.render(painter)
            painter.end()
        else:
            return super().export(path)
        return path

    # -- export ------------------------------------------------------------------------------------------
    def table(self) -> Table:
        """One row per run and step: the loss the left plot shows."""
        rows: list[list[object]] = []
        if self.comparison is not None:
            for label, v in self.comparison.variants.items():
                for i, loss in enumerate(v.step_losses):
                    rows.append([label, i + 1, (i + 1) / v.steps_per_epoch, float(loss)])
        elif self.race is not None:
            for path in self.race[1]:
                for i, value in enumerate(path.values):
                    rows.append([path.label, i, math.nan, float(value)])
        return ["run", "step", "epoch", "loss"], rows
