"""The loss surface as a 3-D relief that the user turns with the mouse, the descent path on it.

Drawn with QPainter inside a pyqtgraph view, not with OpenGL: ``pyqtgraph.opengl`` needs
PyOpenGL (not one of LayerLab's dependencies) and an OpenGL context, which the offscreen
platform that CI and the tests run on cannot create (``QOpenGLContext.create()`` fails there),
and which school laptops with old drivers often lack. A surface of at most 41 × 41 cells,
painted back to front (the painter's algorithm), turns smoothly in software and exports to
PNG and SVG like every other plot.

This module is a camera only: it turns (α, β, height) points into screen points. The surface,
the path and the heights of the path on the surface come from the engine.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

#: Cells per side drawn at most (a finer surface is read at evenly spaced rows and columns).
MAX_CELLS = 40
#: Height of the relief relative to its width.
RELIEF = 0.55
#: How far one pixel of mouse drag turns the view, in degrees.
DEGREES_PER_PIXEL = 0.5
ELEVATION_RANGE = (5.0, 89.0)


class SurfaceItem(pg.GraphicsObject):
    """A surface z[i, j] over (xs[i], ys[j]) seen from ``azimuth``/``elevation`` degrees, with a
    path and a current point lying on it. Drag with the mouse to turn it."""

    def __init__(self, colormap: pg.ColorMap) -> None:
        super().__init__()
        self.colormap = colormap
        self.azimuth, self.elevation = -50.0, 35.0
        self._surface: tuple[np.ndarray, np.ndarray, np.ndarray, float, float] | None = None
        self._path = np.zeros((0, 3))
        self._current: np.ndarray | None = None
        self._quads: list[tuple[QPolygonF, QColor]] = []
        self._path_points = QPolygonF()
        self._current_point: QPointF | None = None
        self._start_point: QPointF | None = None
        self._edges: list[tuple[QPointF, QPointF]] = []
        #: Names of the two floor axes, at the middle of their edges.
        self.axis_labels = [
            pg.TextItem("α", color="#303540", anchor=(0.5, 0.5), fill=(255, 255, 255, 170)) for _ in range(2)
        ]
        for label in self.axis_labels:
            label.setParentItem(self)

    # -- data --------------------------------------------------------------------------------------------
    def set_surface(
        self,
        xs: np.ndarray,
        ys: np.ndarray,
        z: np.ndarray,
        levels: tuple[float, float],
        path: np.ndarray,
        current: tuple[float, float, float] | None,
    ) -> None:
        """``z[i, j]`` at (xs[i], ys[j]); colours span ``levels``; ``path`` is (n, 3) points
        (x, y, height) and ``current`` one point, both already on the surface."""
        keep_x, keep_y = (
            np.unique(np.round(np.linspace(0, n - 1, min(n, MAX_CELLS + 1))).astype(int))
            for n in (len(xs), len(ys))
        )
        self._surface = (xs[keep_x], ys[keep_y], z[np.ix_(keep_x, keep_y)], *levels)
        self._path = np.asarray(path, dtype=np.float64).reshape(-1, 3)
        self._current = None if current is None else np.asarray(current, dtype=np.float64)
        self._rebuild()

    def set_axis_names(self, first: str, second: str) -> None:
        self.axis_labels[0].setText(first)
        self.axis_labels[1].setText(second)

    def clear(self) -> None:
        self._surface, self._path, self._current = None, np.zeros((0, 3)), None
        self._rebuild()

    def set_view(self, azimuth: float, elevation: float) -> None:
        """Turn the view (degrees): azimuth around the vertical axis, elevation above the floor."""
        self.azimuth = float(azimuth) % 360.0
        self.elevation = float(np.clip(elevation, *ELEVATION_RANGE))
        self._rebuild()

    # -- the camera --------------------------------------------------------------------------------------
    def project(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Screen (u, v) and depth (larger: farther) of (x, y, height) points."""
        assert self._surface is not None
        xs, ys, _, low, high = self._surface
        p = np.asarray(points, dtype=np.float64).reshape(-1, 3)
        x = (p[:, 0] - 0.5 * (xs[0] + xs[-1])) / max(xs[-1] - xs[0], 1e-12)
        y = (p[:, 1] - 0.5 * (ys[0] + ys[-1])) / max(ys[-1] - ys[0], 1e-12)
        h = (p[:, 2] - low) / (high - low if high > low else 1.0) * RELIEF
        a, e = math.radians(self.azimuth), math.radians(self.elevation)
        across = x * math.cos(a) - y * math.sin(a)
        away = x * math.sin(a) + y * math.cos(a)
        v = h * math.cos(e) + away * math.sin(e)
        depth = away * math.cos(e) - h * math.sin(e)
        return across, v, depth

    def _rebuild(self) -> None:
        """Project everything once per change of data or view; ``paint`` only draws."""
        self.prepareGeometryChange()
        self._quads, self._edges, self._path_points = [], [], QPolygonF()
        self._current_point = self._start_point = None
        for label in self.axis_labels:
            label.setVisible(self._surface is not None)
        if self._surface is not None:
            xs, ys, z, low, high = self._surface
            gx, gy = np.meshgrid(xs, ys, indexing="ij")
            heights = np.where(np.isfinite(z), z, high)
            u, v, depth = self.project(np.stack([gx, gy, heights], axis=-1))
            u, v, depth = (a.reshape(z.shape) for a in (u, v, depth))
            cell = 0.25 * (heights[:-1, :-1] + heights[1:, :-1] + heights[:-1, 1:] + heights[1:, 1:])
            cell_depth = 0.25 * (depth[:-1, :-1] + depth[1:, :-1] + depth[:-1, 1:] + depth[1:, 1:])
            shade = ((cell - low) / (high - low if high > low else 1.0)).ravel()
            colors = self.colormap.map(np.clip(shade, 0.0, 1.0), mode="qcolor")
            order = np.argsort(-cell_depth, axis=None)  # farthest first
            ni = cell.shape[1]
            for flat in order:
                i, j = divmod(int(flat), ni)
                polygon = QPolygonF(
                    [
                        QPointF(u[i, j], v[i, j]),
                        QPointF(u[i + 1, j], v[i + 1, j]),
                        QPointF(u[i + 1, j + 1], v[i + 1, j + 1]),
                        QPointF(u[i, j + 1], v[i, j + 1]),
                    ]
                )
                self._quads.append((polygon, colors[flat]))
            floor = np.array(
                [[xs[0], ys[0], low], [xs[-1], ys[0], low], [xs[-1], ys[-1], low], [xs[0], ys[-1], low]]
            )
            fu, fv, _ = self.project(floor)
            corners = [QPointF(a, b) for a, b in zip(fu, fv, strict=True)]
            self._edges = [(corners[k], corners[(k + 1) % 4]) for k in range(4)]
            # Labels just outside the floor, beside its first α edge and its first β edge.
            middle = [0.5 * (xs[0] + xs[-1]), 0.5 * (ys[0] + ys[-1])]
            outside = [
                [middle[0], ys[0] - 0.12 * (ys[-1] - ys[0]), low],
                [xs[0] - 0.12 * (xs[-1] - xs[0]), middle[1], low],
            ]
            lu, lv, _ = self.project(np.array(outside))
            for label, a, b in zip(self.axis_labels, lu, lv, strict=True):
                label.setPos(a, b)
            if len(self._path):
                pu, pv, _ = self.project(self._path)
                self._path_points = QPolygonF([QPointF(a, b) for a, b in zip(pu, pv, strict=True)])
                self._start_point = QPointF(pu[0], pv[0])
            if self._current is not None:
                cu, cv, _ = self.project(self._current)
                self._current_point = QPointF(cu[0], cv[0])
        self.update()

    # -- Qt ------------------------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(-0.9, -0.9, 1.8, 1.8)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        floor_pen = QPen(QColor("#8a94a6"), 0)
        painter.setPen(floor_pen)
        for a, b in self._edges:
            painter.drawLine(a, b)
        grid_pen = QPen(QColor(255, 255, 255, 70), 0)
        for polygon, color in self._quads:
            painter.setBrush(QBrush(color))
            painter.setPen(grid_pen)
            painter.drawPolygon(polygon)
        if len(self._path_points):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#303540"), 0.012))
            painter.drawPolyline(self._path_points)
            painter.setPen(QPen(QColor("#ffffff"), 0.006))
            painter.drawPolyline(self._path_points)
        if self._start_point is not None:
            painter.setPen(QPen(QColor("#ffffff"), 0.008))
            painter.drawEllipse(self._start_point, 0.022, 0.022)
        if self._current_point is not None:
            painter.setPen(QPen(QColor("#ffffff"), 0.006))
            painter.setBrush(QColor("#d62828"))
            painter.drawEllipse(self._current_point, 0.025, 0.025)

    def mouseDragEvent(self, event) -> None:  # noqa: N802 (pyqtgraph override)
        """Dragging turns the surface: left–right around the vertical axis, up–down tilts it."""
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        delta = event.screenPos() - event.lastScreenPos()
        self.set_view(
            self.azimuth - DEGREES_PER_PIXEL * delta.x(), self.elevation + DEGREES_PER_PIXEL * delta.y()
        )
