"""The confusion matrix on held-out data: which classes the network mixes up, and how often.

Rows are the true classes, columns the predicted ones; the diagonal is what it got right. The
counts come from ``engine.metrics.confusion_matrix`` on the evaluation or test split, computed
in the background after each epoch (and whenever training pauses).
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QComboBox, QWidget

from engine import metrics as metrics_lib
from gui.background import ThrottledView
from gui.plots.base import FOREGROUND, PlotPanel, Table, styled_plot
from gui.session import Session
from gui.widgets import compact
from gui.worker import TrainingWorker

#: Above this many classes the counts are not written into the cells (they would not fit).
MAX_LABELLED = 12


class ConfusionPlot(PlotPanel):
    """Counts of (true, predicted) class pairs; objectName ``confusionPlot``."""

    def __init__(self, worker: TrainingWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("confusionPlot")
        self.split = QComboBox(self)
        compact(self.split)
        self.split.addItem(self.tr("Evaluation split"), "eval")
        self.split.addItem(self.tr("Test split"), "test")
        self.split.setToolTip(self.tr("Which held-out samples to count"))
        self.options.addWidget(self.split)
        self.finish_options()
        self.plot = styled_plot(self.graphics.addPlot())
        self._set_texts()
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.showGrid(x=False, y=False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.ColorMap([0.0, 1.0], [(255, 255, 255), (8, 119, 189)]))
        self.plot.addItem(self.image)
        self._labels: list[pg.TextItem] = []
        self.session: Session | None = None
        #: The counts on screen (rows: true class, columns: predicted), or None.
        self.matrix: np.ndarray | None = None
        #: The training step of the weights the counts are for.
        self.matrix_step = -1
        self._job = ThrottledView(worker.views, "confusion", self._make_job, self._on_matrix, 250)
        self.split.currentIndexChanged.connect(lambda _: self._on_params())
        worker.session_changed.connect(self._on_session)
        worker.params_changed.connect(self._on_params)
        self._on_session()

    def _data(self) -> tuple[np.ndarray, np.ndarray] | None:
        session = self.session
        if session is None:
            return None
        prepared = session.prepared
        wanted = self.split.currentData()
        return (prepared.eval if wanted == "eval" else prepared.test) or prepared.test or prepared.eval

    def _set_texts(self) -> None:
        """Axis titles, in the interface language."""
        self.plot.setLabel("left", self.tr("true class"))
        self.plot.setLabel("bottom", self.tr("predicted class"))

    def retranslate(self) -> None:
        self._set_texts()
        if self.showing_message():
            self._on_session()  # which composes the message again
        super().retranslate()

    def _on_session(self) -> None:
        self.session = session = self.worker.session
        self.matrix = None
        if session is None:
            self.show_message(self.worker.reason or self.tr("Choose a data set first."))
        elif session.dataset.task != "classification":
            self.show_message(self.tr("A confusion matrix counts classes; this data set is a regression."))
        elif self._data() is None:
            self.show_message(
                self.tr("There is no held-out data: give the evaluation or test split a share.")
            )
        else:
            self.show_message("")
            self._on_params()

    def _on_params(self) -> None:
        if self.session is not None and self.on_screen():
            self._job.request()
        else:
            self._stale = True

    def _make_job(self):
        session, params, data = self.session, self.worker.params, self._data()
        if session is None or params is None or data is None or session.dataset.task != "classification":
            return None
        model, (x, y) = session.view_model, data
        k, step = session.dataset.num_classes, self.worker.params_step
        from_logits = bool(getattr(model.network.loss, "from_logits", False))

        def count() -> tuple[Session, int, np.ndarray]:
            model.params = params
            predicted = metrics_lib.predicted_labels(model.predict(x), from_logits)
            return session, step, metrics_lib.confusion_matrix(metrics_lib.true_labels(y), predicted, k)

        return count

    def _on_matrix(self, result: tuple[Session, int, np.ndarray]) -> None:
        session, step, matrix = result
        if session is self.session:
            self.matrix, self.matrix_step = matrix, step
            self.redraw()

    def redraw(self) -> None:
        matrix, session = self.matrix, self.session
        if matrix is None or session is None:
            if session is not None:
                self._job.request()
            return
        k = len(matrix)
        self.image.setImage(
            matrix.astype(np.float64), autoLevels=False, levels=(0, max(1, int(matrix.max())))
        )
        self.image.setRect(QRectF(-0.5, -0.5, k, k))
        names = list(session.dataset.class_names) or [str(i) for i in range(k)]
        ticks = [[(i, names[i]) for i in range(k)]]
        self.plot.getAxis("bottom").setTicks(ticks)
        self.plot.getAxis("left").setTicks(ticks)
        for label in self._labels:
            self.plot.removeItem(label)
        self._labels = []
        if k <= MAX_LABELLED:
            top = matrix.max()
            for i in range(k):
                for j in range(k):
                    color = "w" if top and matrix[i, j] > 0.6 * top else FOREGROUND
                    label = pg.TextItem(str(matrix[i, j]), color=color, anchor=(0.5, 0.5))
                    label.setPos(j, i)
                    self.plot.addItem(label)
                    self._labels.append(label)
        self.plot.setRange(xRange=(-0.5, k - 0.5), yRange=(-0.5, k - 0.5), padding=0.02)
        self.plot.setTitle(
            self.tr("%1 of %2 right")
            .replace("%1", str(int(np.trace(matrix))))
            .replace("%2", str(int(matrix.sum()))),
            color=FOREGROUND,
            size="9pt",
        )

    def table(self) -> Table:
        matrix, session = self.matrix, self.session
        if matrix is None or session is None:
            return ["true \\ predicted"], []
        names = list(session.dataset.class_names) or [str(i) for i in range(len(matrix))]
        return ["true \\ predicted", *names], [[names[i], *map(int, row)] for i, row in enumerate(matrix)]
