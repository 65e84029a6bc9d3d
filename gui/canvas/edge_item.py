"""Edges drawn as curves from an output port to an input port, and the live edge while wiring."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

if TYPE_CHECKING:
    from gui.canvas.node_item import NodeItem

EDGE_COLOR = QColor("#7b8394")
SELECTED_COLOR = QColor("#2f80ed")


def curve(start: QPointF, end: QPointF) -> QPainterPath:
    """A horizontal S-curve, the shape node editors use so edges read left to right."""
    path = QPainterPath(start)
    bend = max(40.0, abs(end.x() - start.x()) * 0.5)
    path.cubicTo(QPointF(start.x() + bend, start.y()), QPointF(end.x() - bend, end.y()), end)
    return path


class EdgeItem(QGraphicsPathItem):
    """The connection source → target; selectable, so it can be deleted."""

    def __init__(self, source: "NodeItem", target: "NodeItem") -> None:
        super().__init__()
        self.source = source
        self.target = target
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-1)
        self.setAcceptHoverEvents(True)
        self.update_path()

    @property
    def key(self) -> tuple[str, str]:
        return self.source.node_id, self.target.node_id

    def update_path(self) -> None:
        self.setPath(curve(self.source.output_anchor(), self.target.input_anchor()))

    def shape(self) -> QPainterPath:
        """A wider outline than the line itself, so an edge is easy to click."""
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self.path())

    def paint(self, painter, option, widget=None) -> None:
        selected = self.isSelected()
        pen = QPen(SELECTED_COLOR if selected else EDGE_COLOR, 3.0 if selected else 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())


class LiveEdgeItem(QGraphicsPathItem):
    """The dashed edge that follows the mouse while a connection is being dragged."""

    def __init__(self, start: QPointF) -> None:
        super().__init__()
        self._start = start
        self.setZValue(10)
        self.set_end(start, None)

    def set_end(self, end: QPointF, valid: bool | None) -> None:
        """``valid``: None over empty canvas, True over an accepting target, False if refused."""
        color = {None: SELECTED_COLOR, True: QColor("#2e9e5b"), False: QColor("#d62828")}[valid]
        pen = QPen(color, 2.0, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setPath(curve(self._start, end))
