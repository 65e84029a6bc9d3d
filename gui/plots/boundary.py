"""What the network answers over the input plane, as in TensorFlow Playground.

For data with two inputs the network's output on a 100 × 100 grid is a heatmap behind the
samples: the decision boundary is where the colour turns. For one input and a regression
target it is the fitted curve through the samples. The predictions come from the engine
(``model.predict`` on the views' background thread, with the weights of the latest snapshot);
this module only turns them into colours.
"""

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QWidget

from engine import metrics as metrics_lib
from gui.background import ThrottledView
from gui.plots.base import (
    CLASS_COLORS,
    EVAL_COLOR,
    TRAIN_COLOR,
    PlotPanel,
    Table,
    pen,
    rgb,
    styled_plot,
    value_colors,
)
from gui.session import Session
from gui.worker import TrainingWorker

#: Grid cells per side of the heatmap (Playground's resolution).
GRID = 100
#: Points along the fitted curve of a 1-D regression.
CURVE_POINTS = 200
#: Room around the data, as a fraction of its extent.
MARGIN = 0.1
#: How light the heatmap is, so the samples on top stay readable (0 = white, 1 = full colour).
TINT = 0.55


def _tinted(colors: np.ndarray) -> np.ndarray:
    return 255.0 - TINT * (255.0 - colors)


def _class_palette(k: int) -> np.ndarray:
    return np.stack([rgb(CLASS_COLORS[i % len(CLASS_COLORS)]) for i in range(k)])


def extent(values: np.ndarray) -> tuple[float, float]:
    low, high = float(np.min(values)), float(np.max(values))
    pad = MARGIN * (high - low if high > low else 1.0)
    return low - pad, high + pad


class BoundaryPlot(PlotPanel):
    """Decision boundary (2-D inputs) or fitted curve (1-D regression); objectName ``boundaryPlot``."""

    def __init__(self, worker: TrainingWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("boundaryPlot")
        self.show_test = self.add_toggle(
            self.tr("Show test data"), False, self.tr("Also draw the held-out samples (outlined in black)")
        )
        self.discretize = self.add_toggle(
            self.tr("Discretize output"), False, self.tr("Colour each point by the class the network picks")
        )
        self.finish_options()
        self.plot = styled_plot(self.graphics.addPlot())
        self.image = pg.ImageItem(axisOrder="col-major")
        self.plot.addItem(self.image)
        self.curve = self.plot.plot([], [], pen=pen("#303540", 2.5))
        self.train_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen("w", width=0.8))
        self.test_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen("k", width=1.2))
        self.plot.addItem(self.train_points)
        self.plot.addItem(self.test_points)
        self.mode: str | None = None
        self.session: Session | None = None
        self.prediction: np.ndarray | None = None
        self.prediction_step = -1
        #: How many times the heatmap or curve was redrawn (tests watch it change).
        self.frames = 0
        self._grid: np.ndarray | None = None
        self._axes: tuple[np.ndarray, ...] = ()
        self._job = ThrottledView(worker.views, "boundary", self._make_job, self._on_prediction, 50)
        self.show_test.toggled.connect(self._draw_points)
        self.discretize.toggled.connect(lambda _: self.request_redraw())
        worker.session_changed.connect(self._on_session)
        worker.params_changed.connect(self._on_params)
        self._on_session()

    def retranslate(self) -> None:
        if self.showing_message():
            self._on_session()  # which composes the message again, in the new language
        super().retranslate()

    # -- the session's data --------------------------------------------------------------------------
    def _on_session(self) -> None:
        session = self.session = self.worker.session
        self.prediction = None
        self.mode = None
        if session is None:
            self.show_message(self.worker.reason or self.tr("Choose a data set to see the network's answer."))
            return
        raw, task = session.raw, session.dataset.task
        if raw.x.ndim == 2 and raw.x.shape[1] == 2:
            self.mode = "plane"
            xs = np.linspace(*extent(raw.x[:, 0]), GRID)
            ys = np.linspace(*extent(raw.x[:, 1]), GRID)
            points = np.stack(np.meshgrid(xs, ys, indexing="ij"), axis=-1).reshape(-1, 2)
            self._axes = (xs, ys)
            self.plot.setAspectLocked(True)
            self.plot.setLabel("bottom", raw.feature_names[0] if raw.feature_names else "x₁")
            self.plot.setLabel("left", raw.feature_names[1] if len(raw.feature_names) > 1 else "x₂")
        elif raw.x.ndim == 2 and raw.x.shape[1] == 1 and task == "regression":
            self.mode = "curve"
            xs = np.linspace(*extent(raw.x[:, 0]), CURVE_POINTS)
            points = xs[:, None]
            self._axes = (xs,)
            self.plot.setAspectLocked(False)
            self.plot.setLabel("bottom", raw.feature_names[0] if raw.feature_names else "x")
            self.plot.setLabel("left", raw.target_names[0] if raw.target_names else "y")
        else:
            features = int(np.prod(raw.x.shape[1:]))
            self.show_message(
                self.tr(
                    "The decision boundary is drawn for data with two inputs, as in Playground "
                    "(and the fitted curve for one input). This data set has %n feature(s): "
                    "see the confusion matrix for how well its classes are told apart.",
                    "",
                    features,
                )
            )
            return
        self._grid = session.network_inputs(points)
        self.show_message("")
        self.image.setVisible(self.mode == "plane")
        self.curve.setVisible(self.mode == "curve")
        self._draw_points()
        self.plot.autoRange()
        self._on_params()

    def _on_params(self) -> None:
        if self.mode is not None and self.on_screen():
            self._job.request()
        elif self.mode is not None:
            self._stale = True

    def _make_job(self):
        session, params, grid = self.session, self.worker.params, self._grid
        if session is None or params is None or grid is None:
            return None
        step = self.worker.params_step
        model = session.view_model

        def predict() -> tuple[Session, int, np.ndarray]:
            model.params = params
            return session, step, model.predict(grid)

        return predict

    def _on_prediction(self, result: tuple[Session, int, np.ndarray]) -> None:
        session, step, prediction = result
        if session is not self.session:
            return  # computed for data that is no longer shown
        self.prediction, self.prediction_step = prediction, step
        self.redraw_prediction()

    # -- drawing ------------------------------------------------------------------------------------------
    def redraw(self) -> None:
        if self.mode is None:
            return
        if self.prediction is None or self.prediction_step != self.worker.params_step:
            self._job.request()
        self.redraw_prediction()

    def redraw_prediction(self) -> None:
        prediction, session = self.prediction, self.session
        if prediction is None or session is None:
            return
        if self.mode == "curve":
            self.curve.setData(self._axes[0], prediction.reshape(len(prediction), -1)[:, 0])
        else:
            rgb = self._colors(prediction, session)
            xs, ys = self._axes
            rgba = np.concatenate([rgb, np.full((len(rgb), 1), 255.0)], axis=1)
            self.image.setImage(
                rgba.reshape(GRID, GRID, 4).astype(np.ubyte), autoLevels=False, levels=(0, 255)
            )
            dx, dy = xs[1] - xs[0], ys[1] - ys[0]
            self.image.setRect(
                QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy)
            )
        self.frames += 1

    def _colors(self, prediction: np.ndarray, session: Session) -> np.ndarray:
        """RGB per grid cell: class colours (probabilities blended, or the picked class when
        discretized), or orange → blue over the target's range for regression."""
        dataset = session.dataset
        loss = session.view_model.network.loss
        out = prediction.reshape(len(prediction), -1)
        if dataset.task == "regression":
            low, high = float(np.min(dataset.y)), float(np.max(dataset.y))
            return _tinted(value_colors(out[:, 0], low, high))
        from_logits = bool(getattr(loss, "from_logits", False))
        if self.discretize.isChecked() or from_logits:
            labels = metrics_lib.predicted_labels(out, from_logits)
            return _tinted(_class_palette(max(dataset.num_classes, 2))[labels])
        if out.shape[1] == 1:
            return _tinted(value_colors(out[:, 0], 0.0, 1.0))
        return _tinted(out @ _class_palette(out.shape[1]))

    def _draw_points(self) -> None:
        session = self.session
        if session is None or self.mode is None:
            return
        raw, split, dataset = session.raw, session.prepared.split, session.dataset
        parts: list[tuple[pg.ScatterPlotItem, np.ndarray]] = [(self.train_points, split.train)]
        parts.append((self.test_points, split.test if self.show_test.isChecked() else np.zeros(0, int)))
        for item, rows in parts:
            x = raw.x[rows]
            if self.mode == "curve":
                color = TRAIN_COLOR if item is self.train_points else EVAL_COLOR
                item.setData(x[:, 0], raw.y[rows][:, 0], brush=pg.mkBrush(color))
                continue
            if dataset.task == "regression":
                low, high = float(np.min(dataset.y)), float(np.max(dataset.y))
                colors = value_colors(dataset.y[rows][:, 0], low, high)
            else:
                colors = _class_palette(max(dataset.num_classes, 2))[dataset.y[rows]]
            brushes = [pg.mkBrush(*c) for c in colors.astype(int)]
            item.setData(x[:, 0], x[:, 1], brush=brushes)

    def table(self) -> Table:
        """The grid (or curve) points with the network's output at each."""
        prediction = self.prediction
        if prediction is None or self.mode is None:
            return ["x"], []
        out = prediction.reshape(len(prediction), -1)
        names = [f"output_{i}" for i in range(out.shape[1])] if out.shape[1] > 1 else ["output"]
        if self.mode == "curve":
            return ["x", *names], [[x, *o] for x, o in zip(self._axes[0], out, strict=True)]
        xs, ys = self._axes
        points = np.stack(np.meshgrid(xs, ys, indexing="ij"), axis=-1).reshape(-1, 2)
        rows: list[Any] = [[*p, *o] for p, o in zip(points, out, strict=True)]
        return ["x1", "x2", *names], rows
