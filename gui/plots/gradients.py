"""Gradient flow: is every layer learning? Per-layer gradient norms over time, the share of dead
and saturated units, each layer's weight histogram, and the engine's plain-language hints about
what to change.

Vanishing gradients show as the first layers' lines sinking far below the last layer's; dead
ReLUs and saturated tanh/sigmoid units as bars; weights that spread out without bound (a
learning rate too high) or huddle at 0 (strong L2) in the histograms. The numbers and the hints come from
``engine.diagnostics`` through the shared :class:`DiagnosticsFeed`.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from gui.i18n import translated
from gui.live_data import Series
from gui.plots.base import (
    CLASS_COLORS,
    EVAL_COLOR,
    FOREGROUND,
    TRAIN_COLOR,
    Follow,
    PlotPanel,
    Table,
    legend,
    name_in_legend,
    pen,
    styled_plot,
)
from gui.plots.diagnostics_feed import DiagnosticsFeed, hint_messages
from gui.worker import TrainingWorker

#: Measurements kept for the lines (each is one row of per-layer norms).
HISTORY = 4096
#: Up to this many measurements, each is also drawn as a dot.
FEW_POINTS = 40
#: The hints box scrolls beyond this height (pixels), so it never pushes the plots away.
HINTS_HEIGHT = 72


class GradientPlot(PlotPanel):
    """Gradient norms, dead/saturated fractions and hints; objectName ``gradientPlot``."""

    def __init__(self, worker: TrainingWorker, feed: DiagnosticsFeed, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("gradientPlot")
        self.feed = feed
        self.finish_options()
        # Axis titles, the plot title and legend names are set by _set_texts (again after a
        # change of language).
        self.norm_plot = styled_plot(self.graphics.addPlot(row=0, col=0, colspan=2))
        self.norm_plot.setLogMode(y=True)
        legend(self.norm_plot)
        self.unit_plot = styled_plot(self.graphics.addPlot(row=1, col=0))
        # Room above the bars for the legend, so it never hides a layer that is 100% saturated.
        self.unit_plot.setYRange(0, 1.45, padding=0)
        self.unit_plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (0, 0.5, 1)]])
        self.unit_plot.setMouseEnabled(x=False, y=False)
        self.unit_legend = legend(self.unit_plot)
        self.dead_bars = pg.BarGraphItem(x=[], height=[], width=0.38, brush=pg.mkBrush(TRAIN_COLOR))
        self.saturated_bars = pg.BarGraphItem(x=[], height=[], width=0.38, brush=pg.mkBrush(EVAL_COLOR))
        self.unit_plot.addItem(self.dead_bars)
        self.unit_plot.addItem(self.saturated_bars)
        self.unit_legend.addItem(self.dead_bars, "-")
        self.unit_legend.addItem(self.saturated_bars, "-")
        self.weight_plot = styled_plot(self.graphics.addPlot(row=1, col=1))
        self.weight_plot.setMouseEnabled(x=False, y=False)
        self.weight_plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (0, 0.25, 0.5, 0.75, 1)]])
        self._weight_curves: dict[str, pg.PlotDataItem] = {}
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)
        self.hints = QTextBrowser(self)
        self.hints.setObjectName("gradientHints")
        self.hints.setFrameShape(QFrame.Shape.NoFrame)
        self.hints.setMaximumHeight(HINTS_HEIGHT)
        self.hints.setStyleSheet("background: #fffbe6; color: #303540;")
        self.layout().addWidget(self.hints)
        self._follow = Follow(self.norm_plot)
        self.history = Series("step", HISTORY)
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._names: dict[str, str] = {}
        self._last_step = -1
        self._set_texts()
        worker.cleared.connect(self._clear)
        worker.params_changed.connect(self._on_params)
        feed.measured.connect(self._on_measured)

    def _set_texts(self) -> None:
        """Axis titles, the weights' title and the bars' legend, in the interface language."""
        self.norm_plot.setLabel("left", self.tr("‖gradient‖"))
        self.norm_plot.setLabel("bottom", self.tr("step"))
        self.unit_plot.setLabel("left", self.tr("share of units"))
        self.weight_plot.setLabel("left", self.tr("share of weights"))
        self.weight_plot.setLabel("bottom", self.tr("weight value"))
        self.weight_plot.setTitle(
            self.tr("weights of each layer (colours as above)"), color=FOREGROUND, size="8pt"
        )
        name_in_legend(self.unit_plot, self.dead_bars, self.tr("dead"))
        name_in_legend(self.unit_plot, self.saturated_bars, self.tr("saturated"))

    def retranslate(self) -> None:
        self._set_texts()
        super().retranslate()

    def _clear(self) -> None:
        self.history.clear()
        self._last_step = -1
        for curve in self._curves.values():
            self.norm_plot.removeItem(curve)
        self.norm_plot.legend.clear()
        self._curves = {}
        for curve in self._weight_curves.values():
            self.weight_plot.removeItem(curve)
        self._weight_curves = {}
        self.request_redraw()

    def _on_params(self) -> None:
        if self.on_screen():
            self.feed.request()
        else:
            self._stale = True

    def _on_measured(self) -> None:
        measurement = self.feed.latest
        if measurement is not None and measurement.step > self._last_step:
            self._last_step = measurement.step
            norms = {s.node_id: [s.gradient_norm] for s in measurement.stats if s.gradient_norm is not None}
            self._names = {s.node_id: s.name for s in measurement.stats}
            self.history.append([measurement.step], **norms)
        self.request_redraw()

    def redraw(self) -> None:
        measurement = self.feed.latest
        if measurement is None or measurement.step != self.worker.params_step:
            self.feed.request()
        for node_id in self.history.names():
            curve = self._curves.get(node_id)
            if curve is None:
                curve = self.norm_plot.plot(
                    [], [], name=self._names.get(node_id, node_id), pen=pen(self._color(node_id), 2)
                )
                self._curves[node_id] = curve
            values = self.history.values(node_id)
            # A zero norm has no logarithm: leave a gap rather than a line to -∞.
            curve.setData(self.history.index, np.where(values > 0, values, np.nan), connect="finite")
            # Dots while there are few measurements (one alone draws no line), none later.
            curve.setSymbol("o" if self.history.count <= FEW_POINTS else None)
            curve.setSymbolSize(5)
            curve.setSymbolBrush(self._color(node_id))
            curve.setSymbolPen(None)
        if self.history.count:
            columns = [self.history.values(k) for k in self.history.names()]
            self._follow.update(float(self.history.index[-1]), columns, log_y=True)
        if measurement is None:
            self.dead_bars.setOpts(x=[], height=[])
            self.saturated_bars.setOpts(x=[], height=[])
            self.hints.setPlainText(translated(self.feed.error))
            return
        stats = measurement.stats
        x = np.arange(len(stats), dtype=np.float64)
        self.dead_bars.setOpts(x=x - 0.2, height=[s.dead_fraction or 0.0 for s in stats])
        self.saturated_bars.setOpts(x=x + 0.2, height=[s.saturated_fraction or 0.0 for s in stats])
        self.unit_plot.getAxis("bottom").setTicks([[(i, s.name) for i, s in enumerate(stats)]])
        self.unit_plot.setXRange(-0.6, len(stats) - 0.4, padding=0)
        self._draw_weights(measurement.weights)
        self.hints.setPlainText(self._hint_text(measurement.hints))

    def _color(self, node_id: str) -> str:
        """The layer's colour in every row: its place among the layers measured."""
        names = list(self._names)
        return CLASS_COLORS[(names.index(node_id) if node_id in names else 0) % len(CLASS_COLORS)]

    def _draw_weights(self, histograms: list) -> None:
        """Each layer's kernel as a step outline, as a share of its own weights (layers of
        different sizes stay comparable)."""
        low, high, top = np.inf, -np.inf, 0.0
        seen = set()
        for h in histograms:
            seen.add(h.node_id)
            curve = self._weight_curves.get(h.node_id)
            if curve is None:
                curve = self.weight_plot.plot(
                    [], [], name=h.name, stepMode="center", pen=pen(self._color(h.node_id), 1.8)
                )
                self._weight_curves[h.node_id] = curve
            total = max(int(h.counts.sum()), 1)
            share = h.counts / total
            curve.setData(h.edges, share, stepMode="center")
            low, high, top = min(low, float(h.edges[0])), max(high, float(h.edges[-1])), max(top, share.max())
        for node_id in [k for k in self._weight_curves if k not in seen]:
            self.weight_plot.removeItem(self._weight_curves.pop(node_id))
        if histograms:
            self.weight_plot.setXRange(low, high, padding=0.02)
            self.weight_plot.setYRange(0, max(top, 0.05) * 1.1, padding=0)

    def _hint_text(self, hints: list) -> str:
        if not hints:
            return QCoreApplication.translate(
                "GradientPlot", "No warning signs: gradients reach every layer and units are alive."
            )
        return "\n\n".join("• " + m for m in hint_messages(hints))

    def table(self) -> Table:
        keys = self.history.names()
        header = ["step", *(f"gradient_norm[{self._names.get(k, k)}]" for k in keys)]
        columns = [self.history.values(k) for k in keys]
        return header, [[int(s), *(c[i] for c in columns)] for i, s in enumerate(self.history.index)]
