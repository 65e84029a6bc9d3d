"""GraphView: the canvas widget. Zoom (wheel, pinch, keys), pan, fit, rubber-band selection."""

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QPinchGesture

from gui.canvas.scene import GraphScene

MIN_ZOOM, MAX_ZOOM = 0.2, 3.0


class GraphView(QGraphicsView):
    """The network editor's viewport (objectName ``graphCanvas``).

    Left drag on empty space draws a rubber band; the middle button (or Space + left drag)
    pans; the wheel zooms around the mouse. ``zoom_changed(scale)`` after every zoom.
    """

    zoom_changed = Signal(float)

    def __init__(self, scene: GraphScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("graphCanvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._pan_from: QPointF | None = None
        self._space_down = False

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        factor = zoom / self.zoom
        self.scale(factor, factor)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.25)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit_to_view(self) -> None:
        """Show the whole network, never enlarged beyond 1:1 (small graphs stay readable)."""
        bounds = self.scene().itemsBoundingRect()
        if bounds.isEmpty():
            self.resetTransform()
            self.centerOn(0, 0)
        else:
            bounds.adjust(-40, -40, 40, 40)
            self.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom > 1.0:
                self.set_zoom(1.0)
            self.centerOn(bounds.center())
        self.zoom_changed.emit(self.zoom)

    def center_on_node(self, node_id: str) -> None:
        item = self.scene().nodes.get(node_id)
        if item is not None:
            self.ensureVisible(item, 40, 40)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.set_zoom(self.zoom * 1.15**steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.set_zoom(self.zoom * pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    # -- panning ------------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pan = event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        )
        if pan:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.translate_view(delta.x(), delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def translate_view(self, dx: float, dy: float) -> None:
        """Move the visible area by (dx, dy) viewport pixels, following the hand."""
        center = self.mapToScene(self.viewport().rect().center())
        self.centerOn(center - QPointF(dx, dy) / self.zoom)

    def dropEvent(self, event) -> None:  # noqa: N802
        """After a layer is dropped, keys such as Delete apply to the canvas (and so to it)."""
        super().dropEvent(event)
        self.setFocus()

    # -- hint on an empty canvas --------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        if self.scene().nodes:
            return
        painter.save()
        painter.resetTransform()
        font = QFont()
        font.setPointSizeF(12)
        painter.setFont(font)
        painter.setPen(QColor("#8a919e"))
        text = QCoreApplication.translate(
            "GraphView", "Drag layers here from the palette, or pick a template from File ▸ New from template"
        )
        painter.drawText(
            self.viewport().rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
        )
        painter.restore()
