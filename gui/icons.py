"""Icons drawn with QPainter: one pictogram per layer type and the activation glyph.

Nothing is loaded from image files, so icons scale to any screen and need no downloads. The
activation glyph plots the engine's own f(x), so the little curve on a node is exactly the
function the network computes.
"""

import json
from functools import cache
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from engine import activations
from engine.errors import LayerLabError

#: One colour per layer type, so the palette and the canvas agree at a glance.
LAYER_COLORS: dict[str, str] = {
    "input": "#2a9d8f",
    "dense": "#3a6ea5",
    "activation": "#8e5ea2",
    "dropout": "#e07a5f",
    "flatten": "#5c677d",
    "batch_normalization": "#b8860b",
    "add": "#4f7cac",
    "concatenate": "#3d8361",
    "output": "#c44536",
}


def layer_color(type_name: str) -> QColor:
    return QColor(LAYER_COLORS.get(type_name, "#6b7280"))


def paint_layer_badge(painter: QPainter, rect: QRectF, type_name: str) -> None:
    """A rounded square in the layer's colour with its white pictogram inside."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(layer_color(type_name))
    radius = rect.width() * 0.22
    painter.drawRoundedRect(rect, radius, radius)
    inner = rect.adjusted(rect.width() * 0.2, rect.height() * 0.2, -rect.width() * 0.2, -rect.height() * 0.2)
    pen = QPen(QColor("white"), max(1.2, rect.width() / 16))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _GLYPHS.get(type_name, _glyph_unknown)(painter, inner, pen)
    painter.restore()


@cache
def layer_icon(type_name: str, size: int = 32) -> QIcon:
    """The layer type's pictogram as an icon (cached: the palette asks for each many times)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_layer_badge(painter, QRectF(1, 1, size - 2, size - 2), type_name)
    painter.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    """The window icon: a small dense network."""
    icon = QIcon()
    for size in (16, 32, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_layer_badge(painter, QRectF(0, 0, size, size), "dense")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


# -- the pictograms -------------------------------------------------------------------------------


def _at(r: QRectF, fx: float, fy: float) -> QPointF:
    return QPointF(r.left() + fx * r.width(), r.top() + fy * r.height())


def _dots(painter: QPainter, points: list[QPointF], radius: float, filled: bool = True) -> None:
    painter.save()
    if filled:
        painter.setBrush(QColor("white"))
    for p in points:
        painter.drawEllipse(p, radius, radius)
    painter.restore()


def _glyph_input(p: QPainter, r: QRectF, pen: QPen) -> None:
    p.drawLine(_at(r, 0.0, 0.5), _at(r, 0.62, 0.5))
    p.drawPolyline([_at(r, 0.38, 0.25), _at(r, 0.65, 0.5), _at(r, 0.38, 0.75)])
    p.drawLine(_at(r, 0.95, 0.05), _at(r, 0.95, 0.95))


def _glyph_dense(p: QPainter, r: QRectF, pen: QPen) -> None:
    left = [_at(r, 0.05, y) for y in (0.1, 0.5, 0.9)]
    right = [_at(r, 0.95, y) for y in (0.28, 0.72)]
    thin = QPen(pen)
    thin.setWidthF(pen.widthF() * 0.5)
    p.save()
    p.setPen(thin)
    for a in left:
        for b in right:
            p.drawLine(a, b)
    p.restore()
    _dots(p, left + right, r.width() * 0.08)


def _glyph_curve(p: QPainter, r: QRectF, pen: QPen) -> None:
    path = QPainterPath(_at(r, 0.0, 0.9))
    path.cubicTo(_at(r, 0.55, 0.9), _at(r, 0.45, 0.1), _at(r, 1.0, 0.1))
    p.drawPath(path)


def _glyph_dropout(p: QPainter, r: QRectF, pen: QPen) -> None:
    radius = r.width() * 0.09
    dropped = {(0, 1), (1, 2), (2, 0)}
    for i, fx in enumerate((0.1, 0.5, 0.9)):
        for j, fy in enumerate((0.1, 0.5, 0.9)):
            _dots(p, [_at(r, fx, fy)], radius, filled=(i, j) not in dropped)


def _glyph_flatten(p: QPainter, r: QRectF, pen: QPen) -> None:
    for f in (0.0, 0.25, 0.5):
        p.drawLine(_at(r, f, 0.15), _at(r, f, 0.85))
    for f in (0.15, 0.5, 0.85):
        p.drawLine(_at(r, 0.0, f), _at(r, 0.5, f))
    p.drawLine(_at(r, 0.85, 0.0), _at(r, 0.85, 1.0))


def _glyph_bell(p: QPainter, r: QRectF, pen: QPen) -> None:
    xs = np.linspace(-2.5, 2.5, 25)
    ys = np.exp(-0.5 * xs**2)
    points = [_at(r, (x + 2.5) / 5, 0.95 - 0.85 * y) for x, y in zip(xs, ys, strict=True)]
    p.drawPolyline(points)
    p.drawLine(_at(r, 0.0, 0.95), _at(r, 1.0, 0.95))


def _glyph_add(p: QPainter, r: QRectF, pen: QPen) -> None:
    p.drawEllipse(r.adjusted(0, 0, 0, 0))
    p.drawLine(_at(r, 0.5, 0.25), _at(r, 0.5, 0.75))
    p.drawLine(_at(r, 0.25, 0.5), _at(r, 0.75, 0.5))


def _glyph_concatenate(p: QPainter, r: QRectF, pen: QPen) -> None:
    p.drawRect(QRectF(_at(r, 0.0, 0.05), _at(r, 0.4, 0.95)))
    p.save()
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(_at(r, 0.6, 0.05), _at(r, 1.0, 0.95)))
    p.restore()


def _glyph_output(p: QPainter, r: QRectF, pen: QPen) -> None:
    p.drawEllipse(r)
    p.drawEllipse(r.adjusted(r.width() * 0.3, r.height() * 0.3, -r.width() * 0.3, -r.height() * 0.3))


def _glyph_unknown(p: QPainter, r: QRectF, pen: QPen) -> None:
    p.drawRect(r)


_GLYPHS = {
    "input": _glyph_input,
    "dense": _glyph_dense,
    "activation": _glyph_curve,
    "dropout": _glyph_dropout,
    "flatten": _glyph_flatten,
    "batch_normalization": _glyph_bell,
    "add": _glyph_add,
    "concatenate": _glyph_concatenate,
    "output": _glyph_output,
}


# -- the activation glyph ---------------------------------------------------------------------------


def activation_path(spec: Any, rect: QRectF) -> tuple[QPainterPath, bool] | None:
    """f(x) for x in [-3, 3] of the engine activation ``spec``, scaled into ``rect``, and
    whether the path is filled bars rather than a curve.

    Softmax acts on a whole row, not on one number, so it is drawn as the bars of softmax of
    a fixed row. None when ``spec`` names no valid activation (validation reports that).
    """
    points = _activation_points(json.dumps(spec, sort_keys=True))
    if points is None:
        return None
    kind, values = points
    path = QPainterPath()
    if kind == "bars":
        width = rect.width() / len(values)
        for i, v in enumerate(values):
            height = max(1.0, v * rect.height())
            path.addRect(QRectF(rect.left() + i * width + 1, rect.bottom() - height, width - 2, height))
        return path, True
    for i, (fx, fy) in enumerate(values):
        point = QPointF(rect.left() + fx * rect.width(), rect.bottom() - fy * rect.height())
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    return path, False


@cache
def _activation_points(spec_json: str) -> tuple[str, list] | None:
    try:
        fn = activations.get(json.loads(spec_json))
    except (LayerLabError, TypeError, ValueError):
        return None
    if not fn.elementwise:
        row = fn.f(np.array([[0.5, 2.0, 1.0, 0.0]]))[0]
        return "bars", [float(v / row.max()) for v in row]
    xs = np.linspace(-3.0, 3.0, 49)
    ys = np.asarray(fn.f(xs), dtype=float)
    if not np.all(np.isfinite(ys)):
        return None
    lo, hi = float(ys.min()), float(ys.max())
    span = hi - lo if hi > lo else 1.0
    return "curve", [((x + 3.0) / 6.0, (y - lo) / span) for x, y in zip(xs, ys, strict=True)]
