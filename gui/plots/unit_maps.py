"""Playground's neurons: under each layer on the canvas, what each of its units computes.

For data with two inputs, every unit of every hidden layer gets a small heatmap of its output
over the input plane (the same square the decision boundary covers), redrawn as training runs.
The numbers come from ``engine.probes.unit_maps`` — one inference pass of the network over a
grid, through the engine's own layers — on the views' background thread, with the weights of
the latest snapshot, at most :data:`RATE_MS` apart. This module only picks colours and hands
the pictures to the canvas' node items.
"""

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from engine import probes
from gui.background import ThrottledView
from gui.canvas.node_item import TILE_ROWS, TILES_PER_ROW
from gui.canvas.scene import GraphScene
from gui.plots.base import value_colors
from gui.plots.boundary import extent
from gui.session import Session
from gui.worker import TrainingWorker

#: Grid points per side of one unit's map (a tile is 20 pixels wide: more would not show).
GRID = 32
#: Units whose maps a card shows.
SHOWN = TILES_PER_ROW * TILE_ROWS
#: At least this long between two computations: 10 Hz, a third of the plots' 30 Hz.
RATE_MS = 100


@dataclass
class Maps:
    """One computation's result: the maps of every probed layer, for one session and step."""

    session: Session
    step: int
    layers: list[probes.UnitMaps]
    #: Per layer (node id), the pixels of the units a card shows (see :func:`unit_colors`).
    pixels: dict[str, np.ndarray]


def unit_colors(values: np.ndarray) -> np.ndarray:
    """RGB pixels (units, rows, columns, 3) from ``values[u, i, j]`` (i: first input, left to
    right; j: second input, bottom to top), coloured orange → white → blue over one symmetric
    range for the whole layer, so its units can be compared with each other: ±1 as in
    Playground (a ReLU unit's larger outputs show as full blue), or the layer's largest |output|
    when that is smaller, so a layer whose outputs are all small still shows its patterns.
    Plain numpy: it runs on the views' thread with the computation."""
    finite = values[np.isfinite(values)]
    largest = float(np.max(np.abs(finite))) if len(finite) else 0.0
    scale = min(largest, 1.0) if largest > 0 else 1.0
    colors = value_colors(np.nan_to_num(values, nan=0.0), -scale, scale)  # (u, nx, ny, 3)
    return np.ascontiguousarray(colors.transpose(0, 2, 1, 3)[:, ::-1]).astype(np.uint8)  # rows: x₂ top-down


def unit_images(pixels: np.ndarray) -> list[QImage]:
    """One image per unit from :func:`unit_colors`' pixels."""
    images = []
    for unit in pixels:
        rgb = np.ascontiguousarray(unit)
        height, width = rgb.shape[:2]
        image = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888)
        images.append(image.copy())  # own its pixels: ``rgb`` goes away
    return images


class UnitMapPainter(QObject):
    """Computes the unit maps when the weights change and paints them onto the canvas."""

    def __init__(self, worker: TrainingWorker, scene: GraphScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker, self.scene = worker, scene
        self.session: Session | None = None
        self._grid: np.ndarray | None = None
        #: The latest maps painted (None: none apply to this session's data or network).
        self.maps: Maps | None = None
        #: How many times maps were painted (tests watch it change).
        self.frames = 0
        self._job = ThrottledView(worker.views, "unit maps", self._make_job, self._on_maps, RATE_MS)
        worker.session_changed.connect(self._on_session)
        worker.params_changed.connect(self._on_params)
        scene.document.project_replaced.connect(self._repaint)
        self._on_session()

    def _on_session(self) -> None:
        session = self.session = self.worker.session
        self.maps, self._grid = None, None
        plane = session is not None and session.raw.x.ndim == 2 and session.raw.x.shape[1] == 2
        if plane and probes.probed_layers(session.view_model):
            raw = session.raw.x
            xs = np.linspace(*extent(raw[:, 0]), GRID)
            ys = np.linspace(*extent(raw[:, 1]), GRID)
            points = np.stack(np.meshgrid(xs, ys, indexing="ij"), axis=-1).reshape(-1, 2)
            self._grid = session.network_inputs(points)
        self._repaint()
        self._on_params()

    def _on_params(self) -> None:
        if self._grid is not None:
            self._job.request()

    def _make_job(self):
        session, params, grid = self.session, self.worker.params, self._grid
        if session is None or params is None or grid is None:
            return None
        step, model = self.worker.params_step, session.view_model

        def compute() -> Maps:
            layers = probes.unit_maps(model, grid, (GRID, GRID), params=params)
            pixels = {m.node_id: unit_colors(m.values[:SHOWN]) for m in layers}
            return Maps(session, step, layers, pixels)

        return compute

    def _on_maps(self, maps: Maps) -> None:
        if maps.session is self.session:
            self.maps = maps
            self._repaint()

    def _repaint(self) -> None:
        """Hand each node item its images (none for a layer without maps)."""
        maps = self.maps
        found = {m.node_id: m for m in maps.layers} if maps is not None else {}
        for node_id, item in self.scene.nodes.items():
            layer = found.get(node_id)
            if maps is None or layer is None:
                item.show_unit_maps([], 0)
            else:
                item.show_unit_maps(unit_images(maps.pixels[node_id]), layer.units)
        if found:
            self.frames += 1
