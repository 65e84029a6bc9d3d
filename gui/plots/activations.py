"""An activation function f and its slope f′, with where a layer's inputs to it actually fall.

The curves come from ``engine.activations`` — the very functions the backends compute with.
Behind them, the histogram of the chosen layer's pre-activations z on a batch shows why a
layer learns or stalls: values piled up on a flat tail of tanh or sigmoid (f′ ≈ 0) or below
zero for ReLU pass almost no gradient back.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from engine import activations
from gui.document import GraphDocument
from gui.engine_texts import engine_text
from gui.plots.base import EVAL_COLOR, MUTED_COLOR, TRAIN_COLOR, PlotPanel, Table, legend, pen, styled_plot
from gui.plots.diagnostics_feed import DiagnosticsFeed
from gui.widgets import compact
from gui.worker import TrainingWorker

#: The x range the curves are drawn over when no histogram says otherwise.
X_RANGE = (-5.0, 5.0)
POINTS = 401


class ActivationPlot(PlotPanel):
    """f and f′ of the selected layer's activation (or any chosen one); objectName ``activationPlot``."""

    def __init__(
        self,
        worker: TrainingWorker,
        document: GraphDocument,
        feed: DiagnosticsFeed,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.setObjectName("activationPlot")
        self.document, self.feed = document, feed
        self.layer = QComboBox(self)
        compact(self.layer)
        self.layer.setToolTip(self.tr("The layer whose pre-activation values are shown as a histogram"))
        self.function = QComboBox(self)
        compact(self.function)
        self.function.setToolTip(self.tr("The activation function drawn"))
        for name in activations.ACTIVATIONS.names():
            self.function.addItem(engine_text(activations.get(name).label), name)
        self.options.addWidget(QLabel(self.tr("Layer"), self))
        self.options.addWidget(self.layer)
        self.options.addWidget(QLabel(self.tr("Function"), self))
        self.options.addWidget(self.function)
        self.finish_options()
        self.plot = styled_plot(self.graphics.addPlot(), "", "z")
        legend(self.plot)
        self.histogram_box = pg.ViewBox()
        self.histogram_box.setMouseEnabled(x=False, y=False)
        self.plot.showAxis("right")
        self._set_texts()
        self.plot.getAxis("right").linkToView(self.histogram_box)
        self.plot.scene().addItem(self.histogram_box)
        self.histogram_box.setXLink(self.plot)
        self.histogram_box.setZValue(-10)
        self.plot.vb.sigResized.connect(
            lambda: self.histogram_box.setGeometry(self.plot.vb.sceneBoundingRect())
        )
        self.bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=pg.mkBrush(138, 148, 166, 70), pen=None)
        self.histogram_box.addItem(self.bars)
        self.f_curve = self.plot.plot([], [], name="f(z)", pen=pen(TRAIN_COLOR, 2.5))
        self.df_curve = self.plot.plot([], [], name="f′(z)", pen=pen(EVAL_COLOR, 2.0))
        self.zero = pg.InfiniteLine(0, angle=0, pen=pen(MUTED_COLOR, 1))
        self.plot.addItem(self.zero)
        self.histogram: tuple[np.ndarray, np.ndarray] | None = None
        self.layer.currentIndexChanged.connect(self._on_layer)
        self.function.currentIndexChanged.connect(lambda _: self.request_redraw())
        document.selection_changed.connect(self._follow_selection)
        worker.session_changed.connect(self._fill_layers)
        worker.params_changed.connect(self._on_params)
        feed.measured.connect(self._on_measured)
        self._fill_layers()

    def _set_texts(self) -> None:
        """The histogram's axis title, in the interface language."""
        self.plot.getAxis("right").setLabel(self.tr("samples"))

    def retranslate(self) -> None:
        self._set_texts()
        self._fill_layers()  # each layer is named with its activation's (translated) name
        super().retranslate()

    # -- choices --------------------------------------------------------------------------------------
    def _fill_layers(self) -> None:
        session = self.worker.session
        current = self.layer.currentData()
        self.layer.blockSignals(True)
        self.layer.clear()
        if session is not None:
            for step in session.view_model.network.steps:
                if step.activation is not None:
                    # The layer's own name, then its activation's (translated) name.
                    text = self.tr("%1 (%2)")
                    text = text.replace("%1", step.name).replace("%2", engine_text(step.activation.label))
                    self.layer.addItem(text, step.node_id)
        index = self.layer.findData(current)
        self.layer.setCurrentIndex(max(index, 0))
        self.layer.blockSignals(False)
        self.layer.setEnabled(self.layer.count() > 0)
        self._on_layer()

    def _follow_selection(self, node_ids: list[str]) -> None:
        index = self.layer.findData(node_ids[0]) if len(node_ids) == 1 else -1
        if index >= 0:
            self.layer.setCurrentIndex(index)

    def _layer_activation(self) -> activations.Activation | None:
        session, node_id = self.worker.session, self.layer.currentData()
        if session is None or node_id is None:
            return None
        return session.view_model.network.step_of[node_id].activation

    def _function(self) -> activations.Activation:
        """The chosen function, with the layer's own settings (an ELU's α) when it is the layer's."""
        name = self.function.currentData() or "linear"
        own = self._layer_activation()
        return own if own is not None and own.name == name else activations.get(name)

    def _on_layer(self) -> None:
        activation = self._layer_activation()
        if activation is not None:
            index = self.function.findData(activation.name)
            if index >= 0:
                self.function.setCurrentIndex(index)
        self.histogram = None
        self._on_measured()

    # -- the histogram ------------------------------------------------------------------------------------
    def _on_params(self) -> None:
        if self.on_screen():
            self.feed.request()
        else:
            self._stale = True

    def _on_measured(self) -> None:
        measurement, node_id = self.feed.latest, self.layer.currentData()
        found = None
        if measurement is not None:
            found = next((s.histogram for s in measurement.stats if s.node_id == node_id), None)
        self.histogram = found
        self.request_redraw()

    # -- drawing ------------------------------------------------------------------------------------------
    def redraw(self) -> None:
        if self.feed.latest is None or self.feed.latest.step != self.worker.params_step:
            self.feed.request()
        function = self._function()
        histogram = self.histogram
        low, high = X_RANGE
        if histogram is not None and len(histogram[1]):
            low, high = min(low, float(histogram[1][0])), max(high, float(histogram[1][-1]))
        if function.elementwise:
            z = np.linspace(low, high, POINTS)
            self.f_curve.setData(z, function.f(z))
            self.df_curve.setData(z, function.df(z))
            self.plot.setTitle("")
        else:
            self.f_curve.setData([], [])
            self.df_curve.setData([], [])
            self.plot.setTitle(
                self.tr("%1 mixes a whole row of units: it has no curve of one variable").replace(
                    "%1", engine_text(function.label)
                ),
                size="9pt",
            )
        if histogram is None:
            self.bars.setOpts(x0=[], x1=[], height=[])
        else:
            counts, edges = histogram
            self.bars.setOpts(x0=edges[:-1], x1=edges[1:], height=counts)
            self.histogram_box.setYRange(0, max(1, int(counts.max())) * 1.05, padding=0)
        self.plot.setXRange(low, high, padding=0.02)
        self.histogram_box.setGeometry(self.plot.vb.sceneBoundingRect())

    def table(self) -> Table:
        function = self._function()
        z = np.linspace(*X_RANGE, POINTS)
        if not function.elementwise:
            return ["z"], []
        return ["z", "f", "df"], [[a, b, c] for a, b, c in zip(z, function.f(z), function.df(z), strict=True)]
