"""What every live plot shares: a row of options, Export (PNG, SVG, CSV), and redrawing only
when seen.

A plot in a hidden dock tab costs nothing: it notes that it is out of date and redraws when it
is shown. Plots redraw from the worker's buffers when the worker's timer says something changed
(at most 30 times a second), never once per trainer event.
"""

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translated
from gui.worker import TrainingWorker

#: Playground's colours: orange for the first class (or low values), blue for the second.
CLASS_COLORS = ("#f59322", "#0877bd", "#2e9e4f", "#c23b9a", "#7f5fc7", "#b5651d", "#d62728", "#17becf")
TRAIN_COLOR = "#0877bd"
#: The noisy per-step loss: a pale blue, opaque (translucent lines cost more to paint).
STEP_COLOR = "#a8cbe6"
EVAL_COLOR = "#f59322"
MUTED_COLOR = "#8a94a6"
BACKGROUND = "w"
FOREGROUND = "#303540"

Table = tuple[list[str], list[Sequence[object]]]


def pen(color: str, width: float = 1.5, alpha: int = 255) -> pg.QtGui.QPen:
    c = QColor(color)
    c.setAlpha(alpha)
    return pg.mkPen(c, width=width)


def rgb(color: str) -> np.ndarray:
    """A colour name as three floats 0…255."""
    c = QColor(color)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)


def value_colors(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """RGB (…, 3) from orange through white to blue as ``values`` go from ``low`` to ``high``:
    Playground's colours for a regression output, a probability, or one unit's output."""
    t = np.clip((values - low) / (high - low if high > low else 1.0), 0.0, 1.0)[..., None]
    orange, blue, white = rgb(CLASS_COLORS[0]), rgb(CLASS_COLORS[1]), np.full(3, 255.0)
    return np.where(t < 0.5, orange + (white - orange) * (2 * t), white + (blue - white) * (2 * t - 1))


def styled_plot(plot: pg.PlotItem, left: str = "", bottom: str = "") -> pg.PlotItem:
    """Axes labelled, no grid (a grid costs more to paint than the curves, every frame), the
    mouse menu kept (it carries pyqtgraph's own Export…)."""
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        axis.setPen(pen(FOREGROUND, 1))
        axis.setTextPen(pen(FOREGROUND, 1))
        axis.enableAutoSIPrefix(False)  # 0.3 stays 0.3, not "300" with a hidden ×0.001
    if left:
        plot.setLabel("left", left)
    if bottom:
        plot.setLabel("bottom", bottom)
    return plot


def name_in_legend(plot: pg.PlotItem, item: pg.GraphicsObject, text: str) -> None:
    """Rename ``item``'s entry in ``plot``'s legend (after a change of language)."""
    label = plot.legend.getLabel(item) if plot.legend is not None else None
    if label is not None:
        label.setText(text)


def legend(plot: pg.PlotItem) -> pg.LegendItem:
    """A compact legend in the top right corner, on a see-through white: in a small dock it can
    be as large as the plot, and the curves must still show through it."""
    return plot.addLegend(
        offset=(-6, 6),
        labelTextSize="8pt",
        brush=(255, 255, 255, 150),
        verSpacing=-6,
        labelTextColor=FOREGROUND,
    )


#: Width of a stacked plot's left axis (ticks, tick labels and title together), in pixels. Fixed,
#: so that plots stacked with linked x axes line up, and so that a tick label that grows by a digit
#: does not make pyqtgraph lay the whole plot out again (a relayout costs a frame's paint).
LEFT_AXIS_WIDTH = 68


def peak_envelope(
    x: np.ndarray, y: np.ndarray, x_range: tuple[float, float], pixels: float
) -> tuple[np.ndarray, np.ndarray]:
    """What a long curve looks like at ``pixels`` across ``x_range``, in at most about two points
    per pixel: the lowest and the highest ``y`` of each run of points that shares a pixel.

    Display decimation only (the numbers themselves stay in the worker's buffers, and exports
    write those): a per-step loss of 100 000 points drawn in full costs the GUI thread more per
    frame than everything else on screen, and every point that thread handles holds the GIL the
    trainer needs. Unlike pyqtgraph's own ``peak`` downsampling, the runs start at fixed
    positions of the buffer (a power of two long), so from one frame to the next only the newest
    run changes and the curve does not shimmer as it grows. ``x`` must be increasing; points
    just outside the range are kept, so the line reaches the edges of the view. NaN values
    (a step that reported none) are left out of a run unless the whole run is NaN.
    """
    lo, hi = np.searchsorted(x, x_range)
    lo, hi = max(int(lo) - 1, 0), min(int(hi) + 1, len(x))
    per_pixel = (hi - lo) / max(pixels, 1.0)
    if per_pixel <= 2:
        return x[lo:hi], y[lo:hi]
    run = 1 << int(np.ceil(np.log2(per_pixel)))
    lo -= lo % run
    whole = lo + (hi - lo) // run * run
    runs = y[lo:whole].reshape(-1, run)
    low, high = np.fmin.reduce(runs, axis=1), np.fmax.reduce(runs, axis=1)
    starts = x[lo:whole:run]
    xs = np.concatenate([np.repeat(starts, 2), x[whole:hi]])
    ys = np.concatenate([np.column_stack([low, high]).ravel(), y[whole:hi]])
    return xs, ys


class Follow:
    """Keeps a live plot's view on its data without moving it every frame.

    pyqtgraph's auto-range refits the axes whenever the data's bounds change — on a noisy loss,
    every frame — and each refit regenerates the axes' ticks and labels, which is most of what a
    frame costs. This changes the range only when the data leaves it (then with room to grow
    into) or has shrunk to a small part of it. Once the user zooms or pans, it lets go until
    pyqtgraph's "A" (auto-range) button is pressed.
    """

    #: Room added past the last x value when the range grows, as a fraction of it.
    X_ROOM = 0.3
    #: Margin above and below the data on the y axis, as a fraction of its span.
    Y_MARGIN = 0.08
    #: Refit when the data spans less than this share of the shown y range.
    Y_SHRINK = 0.5

    def __init__(self, plot: pg.PlotItem, x: bool = True) -> None:
        """``x=False`` for a plot whose x axis is linked to another's."""
        self.plot, self.x = plot, x
        self.following = True
        plot.vb.disableAutoRange()
        plot.vb.sigRangeChangedManually.connect(self._let_go)

    def _let_go(self, *_: object) -> None:
        self.following = False

    def update(self, x_last: float, columns: Sequence[np.ndarray], log_y: bool = False) -> None:
        """Follow the last x value and the y values of ``columns``."""
        self.update_x(x_last)
        self.update_y(columns, log_y)

    def _active(self) -> bool:
        vb = self.plot.vb
        if any(vb.state["autoRange"]):  # the user pressed "A": follow the data again
            self.following = True
            vb.disableAutoRange()
        return self.following

    def update_x(self, x_last: float) -> None:
        """The x half of :meth:`update`: a plot that draws only what its view shows (see
        :func:`peak_envelope`) moves the view first, then cuts its curves, then fits y to them."""
        if not (self.x and self._active()):
            return
        x0, x1 = self.plot.vb.viewRange()[0]
        if x_last > x1 or x_last < (1 - self.X_ROOM) * 0.5 * x1 or x0 != 0:
            self.plot.vb.setXRange(0, max(x_last * (1 + self.X_ROOM), 1.0), padding=0)

    def update_y(self, columns: Sequence[np.ndarray], log_y: bool = False) -> None:
        """The y half of :meth:`update`."""
        if not self._active():
            return
        vb = self.plot.vb
        y0, y1 = vb.viewRange()[1]
        values = [c[np.isfinite(c) & (c > 0)] if log_y else c[np.isfinite(c)] for c in columns]
        values = [np.log10(v) if log_y else v for v in values if len(v)]
        if not values:
            return
        low = min(float(v.min()) for v in values)
        high = max(float(v.max()) for v in values)
        if not log_y and low >= 0:
            low = 0.0  # losses, rates and most metrics are never negative: keep 0 in sight
        span = high - low
        if low < y0 or high > y1 or span < self.Y_SHRINK * (y1 - y0):
            margin = self.Y_MARGIN * span if span > 0 else max(abs(high), 1.0) * 0.1
            vb.setYRange(low - (margin if low else 0.0), high + margin, padding=0)


class GraphicsLayout(pg.GraphicsLayoutWidget):
    """pyqtgraph's layout widget, painted by Qt without holding Python's GIL.

    pyqtgraph overrides ``paintEvent`` in Python only to tell its items a paint is coming; the
    C++ painting it then calls runs with the GIL held (PySide does not let go of it there), so
    every frame the trainer thread, which needs the GIL between its compiled kernels, stood
    still for the whole paint. Measured with benchmarks/gui_latency.py: that paint was most of
    what the window took from training. Here Qt's own ``paintEvent`` is used, which PySide calls
    without the GIL (it is taken only for the items that paint in Python, such as the curves),
    and pyqtgraph's announcement is made from an event filter just before each paint.
    """

    paintEvent = QGraphicsView.paintEvent  # noqa: N815 (Qt's name; the C++ one, see above)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._viewport = self.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._viewport:
            if event.type() == QEvent.Type.Paint:
                self.scene().prepareForPaint()
            return False
        return super().eventFilter(watched, event)


class PlotPanel(QWidget):
    """Base of the plot docks: ``options`` row on top, ``graphics`` below (or ``message``
    instead, when the plot does not apply to the current network or data)."""

    def __init__(self, worker: TrainingWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._stale = True
        self.graphics = GraphicsLayout(self)
        self.graphics.setBackground(BACKGROUND)
        self.graphics.ci.setContentsMargins(4, 4, 8, 4)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(16)
        self.message.setStyleSheet("color: #5c6370;")
        self.options = QHBoxLayout()
        self.options.setContentsMargins(4, 2, 4, 0)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save this plot as an image or its numbers as a table"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Image (PNG)…"), lambda: self._export_dialog("png"))
        menu.addAction(self.tr("Vector image (SVG)…"), lambda: self._export_dialog("svg"))
        menu.addAction(self.tr("Numbers (CSV)…"), lambda: self._export_dialog("csv"))
        self.export_button.setMenu(menu)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.graphics)
        self._stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.options)
        layout.addLayout(self._stack)

    def finish_options(self) -> None:
        """Close the options row (subclasses add their toggles first)."""
        self.options.addStretch(1)
        self.options.addWidget(self.export_button)

    def add_toggle(self, text: str, checked: bool, tooltip: str = "") -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(checked)
        box.setToolTip(tooltip)
        self.options.addWidget(box)
        return box

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """The interface language changed: set again the texts drawn inside the graphics (axis
        titles, legends, plot titles), which the re-translation of widgets does not reach, and
        redraw (texts composed while drawing follow). Subclasses set theirs, then call this."""
        self.request_redraw()

    def showing_message(self) -> bool:
        """Whether a message is shown instead of the plot."""
        return self._stack.currentWidget() is self.message

    def show_message(self, text: str) -> None:
        """Show ``text`` instead of the plot (empty: show the plot); an engine sentence (a
        Message) is shown in the interface language."""
        self.message.setText(translated(text))
        self._stack.setCurrentWidget(self.message if text else self.graphics)

    # -- redrawing ------------------------------------------------------------------------------------
    def on_screen(self) -> bool:
        """Whether any of the plot can be seen (a dock tabbed behind another is moved off screen,
        not hidden, so ``isVisible`` alone does not tell)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def set_shown(self, shown: bool) -> None:
        """The dock's visibility changed (its tab was picked, or it was opened)."""
        if shown and self._stale:
            QTimer.singleShot(0, self._redraw_if_shown)

    def request_redraw(self) -> None:
        """Redraw now if on screen, else when next shown."""
        if self.on_screen():
            self._stale = False
            self.redraw()
        else:
            self._stale = True

    def redraw(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            # Later, not now: while the window first lays out its docks, tabs behind others are
            # shown for a moment, and a plot nobody sees must not start computing.
            QTimer.singleShot(0, self._redraw_if_shown)

    def _redraw_if_shown(self) -> None:
        if self._stale and self.on_screen():
            self._stale = False
            self.redraw()

    # -- export ---------------------------------------------------------------------------------------
    def table(self) -> Table:
        """Column names and rows of the numbers on screen (for CSV)."""
        raise NotImplementedError

    def export(self, path: str | Path) -> Path:
        """Write the plot to ``path``; the suffix (.png, .svg, .csv) picks the format."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".csv":
            header, rows = self.table()
            with path.open("w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(header)
                writer.writerows(rows)
        elif suffix == ".svg":
            # Qt's own SVG writer: pyqtgraph's SVG exporter cannot parse what Qt 6.12 paints.
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.graphics.size())
            generator.setViewBox(self.graphics.rect())
            generator.setTitle(self.objectName())
            painter = QPainter(generator)
            self.graphics.render(painter)
            painter.end()
        else:
            self.graphics.grab().save(str(path))
        return path

    def _export_dialog(self, kind: str) -> None:
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG image (*.svg)"),
            "csv": self.tr("CSV table (*.csv)"),
        }
        name = self.objectName().removesuffix("Plot") or "plot"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plot"), f"{name}.{kind}", filters[kind])
        if path:
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
            self.export(path)
