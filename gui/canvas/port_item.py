"""A node's connection point: drag from an output port to another node to connect them."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsSceneMouseEvent

if TYPE_CHECKING:
    from gui.canvas.node_item import NodeItem

RADIUS = 6.0


class PortItem(QGraphicsEllipseItem):
    """An input (left) or output (right) port of a node.

    Pressing on an output port starts a connection in the scene; because the port accepted the
    press it receives every move and the release, which it forwards to the scene.
    """

    def __init__(self, node: "NodeItem", is_output: bool, color: QColor) -> None:
        super().__init__(QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS), node)
        self.node = node
        self.is_output = is_output
        self._color = color
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        if is_output:
            self.setCursor(Qt.CursorShape.CrossCursor)
        self.set_state("normal")

    @property
    def node_id(self) -> str:
        return self.node.node_id

    def scene_center(self) -> QPointF:
        return self.mapToScene(QPointF(0, 0))

    def set_state(self, state: str) -> None:
        """``normal``, ``hover``, ``accept`` (a valid drop target) or ``refuse``."""
        fill = {
            "normal": QColor("white"),
            "hover": self._color,
            "accept": QColor("#2e9e5b"),
            "refuse": QColor("#d62828"),
        }[state]
        border = self._color if state in ("normal", "hover") else fill
        self.setBrush(QBrush(fill))
        self.setPen(QPen(border, 2.0))

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.set_state("hover")
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.set_state("normal")
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.is_output and event.button() == Qt.MouseButton.LeftButton:
            self.scene().begin_connection(self)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.scene().update_connection(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.scene().finish_connection(event.scenePos())
