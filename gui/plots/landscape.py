"""The loss landscape and the path gradient descent takes across it.

Two views of the surface, both from ``engine.landscape``:

- *Random plane*: Li et al.'s slice through the weights along two fixed random directions,
  drawn at low resolution while training runs (at a cadence that keeps its cost a small share
  of the time) and at full resolution once training stops. The path is every snapshot of the
  weights projected onto the plane; the red dot is where the weights are now.
- *Path plane*: the plane training actually moved in (the path's first two principal
  components), computed when training pauses or stops.
- *Two weights (exact)*: the loss as two chosen weights vary, every other weight held at its
  current value; the path is the two weights' own values at each snapshot. For a network with
  only two weights (a line y = b + w·x) this is the whole loss function.

"3-D" shows the same surface as a relief the user turns with the mouse (``surface3d``), the
path lying on it at the heights ``engine.probes.surface_heights`` reads off the surface.

Surfaces are computed on the landscape's own background thread.
"""

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QComboBox, QWidget

from engine import landscape, probes
from engine.errors import LayerLabError
from engine.messages import reason
from engine.model import Model
from engine.trainer import RUNNING
from gui.background import ThrottledView
from gui.i18n import translated
from gui.plots.base import FOREGROUND, PlotPanel, Table, pen, styled_plot
from gui.plots.surface3d import SurfaceItem
from gui.session import Session
from gui.widgets import compact
from gui.worker import TrainingWorker

#: Cells per side while training runs, and once it stops (fewer for large networks).
LIVE_RESOLUTION = 31
FULL_RESOLUTION = 101
LARGE_NETWORK_RESOLUTION = 51
#: Networks with more weights than this get the smaller full resolution.
LARGE_NETWORK = 5_000
#: Samples the loss is averaged over at each cell (the first of the training split).
SAMPLES = 512
CONTOURS = 8
#: Weights offered for the exact two-weight surface (the first of the network's).
MAX_WEIGHT_CHOICES = 400
#: Room around the two weights' path on the exact surface, at least (in weight units).
WEIGHT_ROOM = 1.0


@dataclass
class _LiveState:
    """Lives on the landscape thread: the live plane and how far the path has been recorded."""

    model: Model
    live: landscape.LiveLandscape | None = None
    recorded_step: int = -1
    surface: landscape.Surface | None = None
    full_at: int = -1


@dataclass
class Picture:
    """What one landscape job hands back for drawing."""

    session: Session
    surface: landscape.Surface | None
    path: np.ndarray
    current: tuple[float, float] | None
    note: str = ""
    #: Why no surface could be computed (the engine's sentence, a Message): shown, in the
    #: interface language, over the picture already drawn.
    error: str = ""


class LandscapePlot(PlotPanel):
    """Loss surface with contours, the descent path and the current point; objectName ``landscapePlot``."""

    def __init__(self, worker: TrainingWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("landscapePlot")
        self.plane = QComboBox(self)
        # The plane is this plot's main choice: shown in full (the Chinese names are as wide as
        # the English ones), unlike the weight pickers, which may elide.
        self.plane.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plane.addItem(self.tr("Random plane (live)"), "random")
        self.plane.addItem(self.tr("Plane of the path (PCA)"), "path")
        self.plane.addItem(self.tr("Two weights (exact)"), "weights")
        self.plane.setToolTip(
            self.tr(
                "Random plane: two random directions through the weights, updated while training.\n"
                "Plane of the path: the two directions training moved along most (after it stops).\n"
                "Two weights: the exact loss as two chosen weights vary, the others held fixed."
            )
        )
        self.options.addWidget(self.plane)
        self.weight_choices = [QComboBox(self), QComboBox(self)]
        for combo, tip in zip(
            self.weight_choices,
            (self.tr("The weight along the horizontal axis"), self.tr("The weight along the vertical axis")),
            strict=True,
        ):
            compact(combo)
            combo.setMinimumContentsLength(15)  # "dense_1.kernel[3, 7]" readable
            combo.setToolTip(tip)
            combo.setVisible(False)
            combo.currentIndexChanged.connect(lambda _: self._on_params())
            self.options.addWidget(combo)
        self.view_3d = self.add_toggle(
            self.tr("3-D"),
            False,
            self.tr("Show the surface as a relief with the path on it; drag with the mouse to turn it"),
        )
        self.finish_options()
        colormap = pg.colormap.get("viridis")
        self.plot = styled_plot(self.graphics.addPlot(), "β", "α")
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(colormap)
        self.plot.addItem(self.image)
        self.contours = [
            pg.IsocurveItem(level=0, pen=pen("#ffffff", 1, 110), axisOrder="col-major")
            for _ in range(CONTOURS)
        ]
        for contour in self.contours:
            contour.setParentItem(self.image)
        self.path_item = self.plot.plot(
            [], [], pen=pen("#ffffff", 2), symbol="o", symbolSize=3, symbolBrush="w"
        )
        self.start_item = pg.ScatterPlotItem(size=10, pen=pg.mkPen("w", width=2), brush=None)
        self.current_item = pg.ScatterPlotItem(
            size=11, pen=pg.mkPen("w", width=1.5), brush=pg.mkBrush("#d62828")
        )
        self.plot.addItem(self.start_item)
        self.plot.addItem(self.current_item)
        self.relief_plot = pg.PlotItem()
        self.relief_plot.hideAxis("left")
        self.relief_plot.hideAxis("bottom")
        self.relief_plot.setAspectLocked(True)
        self.relief_plot.setMouseEnabled(x=False, y=False)
        self.relief_plot.hideButtons()
        self.relief = SurfaceItem(colormap)
        self.relief_plot.addItem(self.relief)
        self.relief_plot.setRange(xRange=(-0.8, 0.8), yRange=(-0.75, 0.85), padding=0)
        self.picture: Picture | None = None
        self.session: Session | None = None
        self._state: _LiveState | None = None
        self._job = ThrottledView(
            worker.landscape_views, "landscape", self._make_job, self._on_picture, 200, self._on_error
        )
        self.plane.currentIndexChanged.connect(self._on_plane)
        self.view_3d.toggled.connect(self._set_3d)
        worker.session_changed.connect(self._on_session)
        worker.cleared.connect(self._on_cleared)
        worker.params_changed.connect(self._on_params)
        worker.state_changed.connect(lambda *_: self._on_params())
        self._on_session()

    def retranslate(self) -> None:
        """The notes under the title are written when a picture is made: make it again."""
        if self.session is None:
            self.show_message(self.worker.reason or self.tr("Choose a data set first."))
        self._on_params()
        super().retranslate()

    def _on_session(self) -> None:
        self.session = self.worker.session
        self._fill_weights()
        if self.session is not None and self.session.view_model.count_params() == 2:
            # Two weights in all (a line y = b + w·x): their exact surface is the whole loss.
            self.plane.setCurrentIndex(self.plane.findData("weights"))
        self._on_cleared()
        if self.session is None:
            self.show_message(self.worker.reason or self.tr("Choose a data set first."))

    def _on_cleared(self) -> None:
        """A new run: the plane's directions are drawn afresh at the new starting weights."""
        self.picture = None
        self._state = _LiveState(self.session.private_model()) if self.session is not None else None
        if self.session is not None:
            self.show_message("")
        self.image.clear()
        self.relief.clear()
        self.path_item.setData([], [])
        self.start_item.setData([], [])
        self.current_item.setData([], [])
        self._on_params()

    def _fill_weights(self) -> None:
        """Every trained scalar weight of the network (the first MAX_WEIGHT_CHOICES), by name."""
        choices: list[tuple[str, tuple[str, str, tuple[int, ...]]]] = []
        if self.session is not None:
            model = self.session.view_model
            for node_id, array in model.network.trainable_keys():
                shape = model.params[node_id][array].shape
                for flat in range(int(np.prod(shape))):
                    index = tuple(int(i) for i in np.unravel_index(flat, shape))
                    param = landscape.Param(node_id, array, index)
                    choices.append((param.label(model), (node_id, array, index)))
                    if len(choices) >= MAX_WEIGHT_CHOICES:
                        break
                if len(choices) >= MAX_WEIGHT_CHOICES:
                    break
        for k, combo in enumerate(self.weight_choices):
            combo.blockSignals(True)
            combo.clear()
            for label, where in choices:
                combo.addItem(label, where)
            combo.setCurrentIndex(min(k, combo.count() - 1))
            combo.blockSignals(False)

    def _on_plane(self) -> None:
        exact = self.plane.currentData() == "weights"
        for combo in self.weight_choices:
            combo.setVisible(exact)
        self._on_params()

    def _chosen_weights(self) -> tuple[landscape.Param, landscape.Param] | None:
        found = [combo.currentData() for combo in self.weight_choices]
        if any(where is None for where in found) or found[0] == found[1]:
            return None
        return landscape.Param(*found[0]), landscape.Param(*found[1])

    def _set_3d(self, on: bool) -> None:
        """Swap the flat map for the relief (or back); both draw the same picture."""
        layout = self.graphics.ci
        shown, hidden = (self.relief_plot, self.plot) if on else (self.plot, self.relief_plot)
        if hidden in layout.items:
            layout.removeItem(hidden)
        if shown not in layout.items:
            layout.addItem(shown, row=0, col=0)
        self.request_redraw()

    def _on_params(self) -> None:
        if self.session is not None and self.on_screen():
            self._job.request()
        else:
            self._stale = True

    def _on_error(self, message: str) -> None:
        text = translated(message)
        self.plot.setTitle(text, color="#c0392b", size="9pt")
        self.relief_plot.setTitle(text, color="#c0392b", size="9pt")

    @staticmethod
    def _guarded(session: Session, job):
        """``job`` run on the landscape thread, with the engine's refusal (a LayerLabError, such
        as weights that never moved) handed back as the picture's ``error``: its Message, which
        the GUI thread shows translated (the background thread would keep only its English)."""

        def run() -> Picture:
            try:
                return job()
            except LayerLabError as exc:
                return Picture(session, None, np.zeros((0, 2)), None, error=reason(exc))

        return run

    def _make_job(self):
        job = self._job_for_plane()
        return None if job is None else self._guarded(self.session, job)

    def _job_for_plane(self):
        session, state, worker = self.session, self._state, self.worker
        params = worker.params
        if session is None or state is None or params is None:
            return None
        running = worker.state == RUNNING
        step = worker.params_step
        x, y = session.prepared.train
        if self.plane.currentData() == "weights":
            return self._weights_job(session, state, params, x, y, running)
        if self.plane.currentData() == "path":
            trajectory = worker.trajectory()
            if running or len(trajectory) < 2:
                note = self.tr("The plane of the path is computed when training pauses or stops.")
                return lambda: Picture(session, None, np.zeros((0, 2)), None, note)
            snapshots = [p for _, p in trajectory]
            if trajectory[-1][0] != step:
                snapshots.append(params)
            resolution = self._full_resolution(session)

            def path_plane() -> Picture:
                surface = landscape.trajectory_plane(
                    state.model, snapshots, x, y, resolution, subsample=SAMPLES
                )
                path = surface.path if surface.path is not None else np.zeros((0, 2))
                return Picture(session, surface, path, (float(path[-1, 0]), float(path[-1, 1])))

            return path_plane
        new = [(s, p) for s, p in worker.trajectory() if s > state.recorded_step]
        resolution = LIVE_RESOLUTION if running else self._full_resolution(session)
        full = not running

        def random_plane() -> Picture:
            if state.live is None:
                state.model.params = session.initial_params
                state.live = landscape.LiveLandscape(
                    state.model, x, y, resolution=LIVE_RESOLUTION, subsample=min(SAMPLES, len(x))
                )
            live = state.live
            for s, p in new:
                live.record(p)
                state.recorded_step = s
            current = live.coordinates(params)
            if full and state.full_at != step:
                state.surface, state.full_at = live.refresh(params, resolution), step
            elif state.surface is None or (not full and live.due()):
                state.surface = live.refresh(params, resolution)
            path = np.vstack([live.path, [current]]) if len(live.path) else np.array([current])
            return Picture(session, state.surface, path, current)

        return random_plane

    def _weights_job(self, session: Session, state: _LiveState, params, x, y, running: bool):
        """The exact surface over two chosen weights, spanning their whole path and some room."""
        chosen = self._chosen_weights()
        if chosen is None:
            note = self.tr("Choose two different weights for the two axes.")
            return lambda: Picture(session, None, np.zeros((0, 2)), None, note)
        first, second = chosen
        snapshots = [p for _, p in self.worker.trajectory()] + [params]
        resolution = LIVE_RESOLUTION if running else self._full_resolution(session)

        def exact_plane() -> Picture:
            model = state.model
            path = np.array([[first.value(model, p), second.value(model, p)] for p in snapshots])
            ranges = []
            for column in path.T:
                low, high = float(column.min()), float(column.max())
                room = max(WEIGHT_ROOM, 0.3 * (high - low))
                ranges.append((low - room, high + room))
            surface = landscape.parameter_plane(
                model, x, y, first, second, resolution, ranges[0], ranges[1], params=params, subsample=SAMPLES
            )
            current = (float(path[-1, 0]), float(path[-1, 1]))
            return Picture(session, surface, path, current, note)

        note = self.tr("Exact loss over two weights, the others held; colour = log₁₀ loss")
        return exact_plane

    @staticmethod
    def _full_resolution(session: Session) -> int:
        size = session.view_model.count_params()
        return FULL_RESOLUTION if size <= LARGE_NETWORK else LARGE_NETWORK_RESOLUTION

    def _on_picture(self, picture: Picture) -> None:
        if picture.session is self.session and picture.error:
            self._on_error(picture.error)
        elif picture.session is self.session:
            self.picture = picture
            self.redraw()

    def redraw(self) -> None:
        picture = self.picture
        if picture is None:
            self._job.request()
            return
        surface = picture.surface
        title = translated(picture.note)
        shown, levels = None, None
        if surface is not None:
            loss = np.asarray(surface.loss, dtype=np.float64)
            finite = np.isfinite(loss) & (loss > 0)
            shown = np.log10(np.where(finite, loss, np.nan))
            low = float(np.nanmin(shown)) if finite.any() else 0.0
            high = float(np.nanmax(shown)) if finite.any() else 1.0
            shown = np.where(np.isfinite(shown), shown, high)
            levels = (low, high if high > low else low + 1)
            self.image.setImage(shown, autoLevels=False, levels=levels)
            a, b = surface.alphas, surface.betas
            da, db = (a[-1] - a[0]) / (len(a) - 1), (b[-1] - b[0]) / (len(b) - 1)
            self.image.setRect(QRectF(a[0] - da / 2, b[0] - db / 2, a[-1] - a[0] + da, b[-1] - b[0] + db))
            for contour, level in zip(self.contours, np.linspace(low, high, CONTOURS + 2)[1:-1], strict=True):
                contour.setData(shown)
                contour.setLevel(level)
            self.plot.setLabel("bottom", translated(surface.labels[0]))
            self.plot.setLabel("left", translated(surface.labels[1]))
            size = f"{len(a)}×{len(b)}"
            if surface.explained_variance is not None:
                share = float(np.sum(surface.explained_variance))
                title = (
                    self.tr("%1, path explained %2%").replace("%1", size).replace("%2", f"{100 * share:.0f}")
                )
            else:
                title = title or self.tr("%1 grid, colour = log₁₀ loss").replace("%1", size)
        path = picture.path
        self.path_item.setData(path[:, 0], path[:, 1]) if len(path) else self.path_item.setData([], [])
        self.start_item.setData(path[:1, 0], path[:1, 1]) if len(path) else self.start_item.setData([], [])
        current = picture.current
        self.current_item.setData([current[0]], [current[1]]) if current else self.current_item.setData(
            [], []
        )
        self.plot.setTitle(title, color=FOREGROUND, size="9pt")
        self.relief_plot.setTitle(title, color=FOREGROUND, size="9pt")
        if self.view_3d.isChecked():
            self._draw_relief(picture, shown, levels)

    def _draw_relief(
        self, picture: Picture, shown: np.ndarray | None, levels: tuple[float, float] | None
    ) -> None:
        """The surface as drawn on the map (log₁₀ loss), with the path and current point at the
        heights the surface has under them."""
        surface = picture.surface
        if surface is None or shown is None or levels is None:
            self.relief.clear()
            return
        a, b = surface.alphas, surface.betas
        path = picture.path
        heights = probes.surface_heights(a, b, shown, path) if len(path) else np.zeros(0)
        on_path = np.column_stack([path, heights]) if len(path) else np.zeros((0, 3))
        current = None
        if picture.current is not None:
            h = float(probes.surface_heights(a, b, shown, [picture.current])[0])
            current = (picture.current[0], picture.current[1], h)
        self.relief.set_axis_names(*(translated(label) for label in surface.labels))
        self.relief.set_surface(a, b, shown, levels, on_path, current)

    def table(self) -> Table:
        picture = self.picture
        if picture is None or picture.surface is None:
            return ["alpha", "beta", "loss"], []
        surface = picture.surface
        rows = [
            [float(a), float(b), float(surface.loss[i, j])]
            for i, a in enumerate(surface.alphas)
            for j, b in enumerate(surface.betas)
        ]
        return ["alpha", "beta", "loss"], rows
