"""A layer on the canvas: a card showing name, type, output shape, parameters and activation,
and — for data with two inputs, as in TensorFlow Playground — a strip of small heatmaps under
it, one per unit: what that unit computes over the input plane, updated as training runs.

The item holds only its node id; everything it draws is read from the engine graph and the
document's latest analysis at paint time, so it can never show stale configuration.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsObject, QGraphicsSimpleTextItem

from engine import layers as layer_specs
from gui.canvas.port_item import PortItem
from gui.engine_texts import engine_text
from gui.i18n import problem_text
from gui.icons import activation_path, layer_color, paint_layer_badge

if TYPE_CHECKING:
    from gui.document import GraphDocument

WIDTH, HEIGHT = 184.0, 86.0
#: The unit heatmaps under a card: side of one tile, gap between tiles, tiles per row, rows.
TILE, TILE_GAP, TILES_PER_ROW, TILE_ROWS = 20.0, 3.0, 8, 2
ERROR_COLOR = QColor("#d62828")
WARNING_COLOR = QColor("#e09f3e")


def shape_text(shape: tuple[int, ...] | None) -> str:
    """(32,) → "32", (8, 8) → "8×8", unknown → "?"."""
    return "?" if shape is None else "×".join(str(d) for d in shape)


class ProblemBadge(QGraphicsEllipseItem):
    """The red (error) or amber (warning) dot on a node; its tooltip lists the messages."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(QRectF(-9, -9, 18, 18), parent)
        self.setPen(QPen(QColor("white"), 1.5))
        self.setZValue(3)
        self._mark = QGraphicsSimpleTextItem("!", self)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(9)
        self._mark.setFont(font)
        self._mark.setBrush(QColor("white"))
        mark_rect = self._mark.boundingRect()
        self._mark.setPos(-mark_rect.width() / 2, -mark_rect.height() / 2)

    def show_problems(self, messages: list[str], is_error: bool) -> None:
        self.setVisible(bool(messages))
        self.setBrush(QBrush(ERROR_COLOR if is_error else WARNING_COLOR))
        self.setToolTip("\n".join(messages))


class UnitStrip(QGraphicsItem):
    """Small heatmaps under a card, one per unit of the layer (at most two rows of eight; a
    note says how many more units there are). The images are painted as given: the colours
    were chosen by the plot that computed them."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []
        self.units = 0
        self.setVisible(False)

    def set_images(self, images: list[QImage], units: int) -> None:
        self.prepareGeometryChange()
        self.images, self.units = images[: TILES_PER_ROW * TILE_ROWS], units
        self.setVisible(bool(images))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        rows = max(1, -(-len(self.images) // TILES_PER_ROW))
        extra = 14.0 if self.units > len(self.images) else 0.0
        return QRectF(-1, -1, WIDTH + 2, rows * (TILE + TILE_GAP) + extra + 2)

    def tile_rect(self, index: int) -> QRectF:
        row, col = divmod(index, TILES_PER_ROW)
        return QRectF(col * (TILE + TILE_GAP), row * (TILE + TILE_GAP), TILE, TILE)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(QPen(QColor("#c3c8d2"), 1))
        for i, image in enumerate(self.images):
            rect = self.tile_rect(i)
            painter.drawImage(rect, image)
            painter.drawRect(rect)
        hidden = self.units - len(self.images)
        if hidden > 0:
            small = QFont()
            small.setPointSizeF(7.5)
            painter.setFont(small)
            painter.setPen(QColor("#5c6370"))
            rows = -(-len(self.images) // TILES_PER_ROW)
            text = QCoreApplication.translate("NodeItem", "+%n more unit(s)", "", hidden)
            painter.drawText(QRectF(0, rows * (TILE + TILE_GAP), WIDTH, 12), Qt.AlignmentFlag.AlignLeft, text)


class NodeItem(QGraphicsObject):
    """One node of the graph, movable and selectable, with its ports and problem badge."""

    def __init__(self, document: "GraphDocument", node_id: str) -> None:
        super().__init__()
        self.document = document
        self.node_id = node_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        node = document.graph.node(node_id)
        spec = layer_specs.LAYERS.get(node.type)
        color = layer_color(node.type)
        self.input_port = PortItem(self, False, color) if spec.max_inputs != 0 else None
        self.output_port = PortItem(self, True, color) if spec is not layer_specs.Output else None
        if self.input_port:
            self.input_port.setPos(0, HEIGHT / 2)
        if self.output_port:
            self.output_port.setPos(WIDTH, HEIGHT / 2)
        self.badge = ProblemBadge(self)
        self.badge.setPos(WIDTH - 4, 4)
        self.unit_strip = UnitStrip(self)
        self.unit_strip.setPos(0, HEIGHT + 6)
        self.unit_strip.setToolTip(
            QCoreApplication.translate(
                "NodeItem",
                "What each unit of this layer computes over the input plane, as training runs: "
                "orange for negative outputs, white near 0, blue for positive.",
            )
        )
        self.setPos(*node.position)
        self.refresh()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(-2, -2, WIDTH + 4, HEIGHT + 4)

    def input_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(0, HEIGHT / 2))

    def output_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(WIDTH, HEIGHT / 2))

    def show_unit_maps(self, images: list[QImage], units: int) -> None:
        """Show one heatmap per unit under the card (an empty list hides the strip)."""
        self.unit_strip.set_images(images, units)

    def refresh(self) -> None:
        """Re-read the node's problems and repaint (after any edit or analysis)."""
        problems = self.document.node_info(self.node_id).problems
        errors = [problem_text(p) for p in problems if p.severity == "error"]
        warnings = [problem_text(p) for p in problems if p.severity != "error"]
        self.badge.show_problems(errors + warnings, bool(errors))
        self.update()

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and self.scene():
            self.scene().node_item_moved(self)
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(2 if value else 1)
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        graph = self.document.graph
        if self.node_id not in graph.nodes:
            return
        node = graph.node(self.node_id)
        info = self.document.node_info(self.node_id)
        spec = layer_specs.LAYERS.get(node.type)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = QRectF(0, 0, WIDTH, HEIGHT)
        selected = self.isSelected()
        has_error = any(p.severity == "error" for p in info.problems)
        border = QColor("#2f80ed") if selected else (ERROR_COLOR if has_error else QColor("#c3c8d2"))
        painter.setPen(QPen(border, 2.5 if selected else 1.2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(body, 8, 8)
        # A band in the layer's colour along the top edge ties the card to its palette entry.
        band = layer_color(node.type)
        band.setAlpha(40)
        outline = QPainterPath()
        outline.addRoundedRect(body.adjusted(1, 1, -1, -1), 7, 7)
        painter.save()
        painter.setClipPath(outline)
        painter.fillRect(QRectF(0, 0, WIDTH, 41), band)
        painter.restore()
        paint_layer_badge(painter, QRectF(9, 9, 24, 24), node.type)

        name_font = QFont()
        name_font.setBold(True)
        name_font.setPointSizeF(10)
        painter.setFont(name_font)
        painter.setPen(QColor("#1f2430"))
        metrics = painter.fontMetrics()
        name = metrics.elidedText(node.name, Qt.TextElideMode.ElideRight, int(WIDTH - 58))
        painter.drawText(QRectF(40, 6, WIDTH - 52, 16), Qt.AlignmentFlag.AlignVCenter, name)
        small = QFont()
        small.setPointSizeF(8.5)
        painter.setFont(small)
        painter.setPen(QColor("#5c6370"))
        painter.drawText(
            QRectF(40, 21, WIDTH - 52, 14), Qt.AlignmentFlag.AlignVCenter, engine_text(spec.label)
        )

        translate = QCoreApplication.translate
        painter.setPen(QColor("#1f2430"))
        shape_line = translate("NodeItem", "out  %1").replace("%1", shape_text(info.shape))
        painter.drawText(QRectF(10, 46, WIDTH - 70, 16), Qt.AlignmentFlag.AlignVCenter, shape_line)
        if info.params is None:
            params_line = translate("NodeItem", "params  ?")
        else:
            params_line = translate("NodeItem", "params  %1").replace("%1", f"{info.params:,}")
        painter.setPen(QColor("#5c6370"))
        painter.drawText(QRectF(10, 63, WIDTH - 70, 16), Qt.AlignmentFlag.AlignVCenter, params_line)
        self._paint_activation(painter, node.config.get("activation"), band)

    def _paint_activation(self, painter: QPainter, spec, band: QColor) -> None:
        if spec is None:
            return
        box = QRectF(WIDTH - 56, 48, 44, 30)
        painter.setPen(QPen(QColor("#d5d9e0"), 1))
        painter.setBrush(QColor("#f7f8fa"))
        painter.drawRoundedRect(box, 4, 4)
        glyph = activation_path(spec, box.adjusted(4, 4, -4, -4))
        if glyph is None:
            painter.setPen(ERROR_COLOR)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")
            return
        path, filled = glyph
        color = QColor(band)
        color.setAlpha(255)
        painter.setPen(QPen(color, 1.6))
        painter.setBrush(color if filled else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
