"""GraphScene: the engine graph drawn as items, kept in step through the document's signals.

Items are created and removed only in answer to graph events, never by the user's action
directly: a drop, a connection or a delete becomes an engine command, the graph announces the
change, and the scene mirrors it. Undo and redo therefore need no special code here.
"""

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneDragDropEvent, QGraphicsSceneMouseEvent

from engine.graph import Connect
from gui.canvas import editing
from gui.canvas.edge_item import EdgeItem, LiveEdgeItem
from gui.canvas.mime import LAYER_MIME
from gui.canvas.node_item import HEIGHT, WIDTH, NodeItem
from gui.canvas.port_item import PortItem
from gui.document import GraphDocument
from gui.i18n import translated

GRID = 20.0
MAJOR_GRID = 100.0


def snap(value: float) -> float:
    return round(value / GRID) * GRID


def tr(text: str) -> str:
    # Named tr (not _tr) so pyside6-lupdate extracts the texts passed to it.
    return QCoreApplication.translate("GraphScene", text)


class GraphScene(QGraphicsScene):
    """The canvas contents. ``status_message`` carries hints and refusals for the status bar."""

    status_message = Signal(str)

    def __init__(self, document: GraphDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[tuple[str, str], EdgeItem] = {}
        self._syncing_selection = False
        self._drag_port: PortItem | None = None
        self._live: LiveEdgeItem | None = None
        self._hover_port: PortItem | None = None
        self.setSceneRect(QRectF(-5000, -5000, 10000, 10000))
        document.node_added.connect(self._add_node_item)
        document.node_removed.connect(self._remove_node_item)
        document.node_changed.connect(self._refresh_node)
        document.node_moved.connect(self._move_node_item)
        document.edge_added.connect(self._add_edge_item)
        document.edge_removed.connect(self._remove_edge_item)
        document.analysis_changed.connect(self._refresh_all)
        document.project_replaced.connect(self.rebuild)
        document.selection_changed.connect(self._show_selection)
        self.selectionChanged.connect(self._selection_to_document)
        self.rebuild()

    # -- mirroring the graph --------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Drop every item and draw the document's graph afresh (a new project was loaded)."""
        self._cancel_connection()
        for item in list(self.nodes.values()) + list(self.edges.values()):
            self.removeItem(item)
        self.nodes.clear()
        self.edges.clear()
        graph = self.document.graph
        for nid in graph.nodes:
            self._add_node_item(nid)
        for edge in graph.edges:
            self._add_edge_item(edge.source, edge.target)

    def _add_node_item(self, node_id: str) -> None:
        item = NodeItem(self.document, node_id)
        self.nodes[node_id] = item
        self.addItem(item)

    def _remove_node_item(self, node_id: str) -> None:
        item = self.nodes.pop(node_id, None)
        if item is not None:
            self.removeItem(item)

    def _refresh_node(self, node_id: str) -> None:
        if node_id in self.nodes:
            self.nodes[node_id].refresh()

    def _refresh_all(self) -> None:
        for item in self.nodes.values():
            item.refresh()

    def _move_node_item(self, node_id: str) -> None:
        item = self.nodes.get(node_id)
        if item is not None:
            item.setPos(*self.document.graph.node(node_id).position)

    def _add_edge_item(self, source: str, target: str) -> None:
        item = EdgeItem(self.nodes[source], self.nodes[target])
        self.edges[(source, target)] = item
        self.addItem(item)

    def _remove_edge_item(self, source: str, target: str) -> None:
        item = self.edges.pop((source, target), None)
        if item is not None:
            self.removeItem(item)

    def node_item_moved(self, item: NodeItem) -> None:
        """Keep the edges attached while a node is dragged (before the move is committed)."""
        for (source, target), edge in self.edges.items():
            if item.node_id in (source, target):
                edge.update_path()

    # -- selection ------------------------------------------------------------------------------------
    def selected_node_ids(self) -> list[str]:
        return [item.node_id for item in self.selectedItems() if isinstance(item, NodeItem)]

    def selected_edges(self) -> list[tuple[str, str]]:
        return [item.key for item in self.selectedItems() if isinstance(item, EdgeItem)]

    def _selection_to_document(self) -> None:
        if not self._syncing_selection:
            self.document.select(self.selected_node_ids())

    def _show_selection(self, node_ids: list[str]) -> None:
        if set(node_ids) == set(self.selected_node_ids()):
            return
        self._syncing_selection = True
        try:
            self.clearSelection()
            for nid in node_ids:
                if nid in self.nodes:
                    self.nodes[nid].setSelected(True)
        finally:
            self._syncing_selection = False

    # -- adding layers --------------------------------------------------------------------------------
    def add_layer(self, type_name: str, center: QPointF) -> str:
        """Add a layer centred near ``center`` (moved down past any card already there), select it."""
        x, y = snap(center.x() - WIDTH / 2), snap(center.y() - HEIGHT / 2)
        taken = [n.position for n in self.document.graph.nodes.values()]
        while any(abs(x - nx) < WIDTH and abs(y - ny) < HEIGHT for nx, ny in taken):
            y += snap(HEIGHT + GRID)
        node_id = editing.add_layer(self.document, type_name, (x, y))
        self.document.select([node_id])
        return node_id

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(LAYER_MIME):
            super().dropEvent(event)
            return
        type_name = bytes(event.mimeData().data(LAYER_MIME).data()).decode("utf-8")
        self.add_layer(type_name, event.scenePos())
        event.acceptProposedAction()

    # -- moving ---------------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        moved = {
            nid: (snap(item.pos().x()), snap(item.pos().y()))
            for nid, item in self.nodes.items()
            if (item.pos().x(), item.pos().y()) != self.document.graph.node(nid).position
        }
        if moved:
            name, count = self.document.graph.node(next(iter(moved))).name, str(len(moved))
            if len(moved) > 1:
                editing.move(self.document, moved, lambda: tr("Move %n layers").replace("%n", count))
            else:
                editing.move(self.document, moved, lambda: tr("Move %1").replace("%1", name))
            for nid in moved:  # a move to the snapped spot it already had emits nothing
                self._move_node_item(nid)

    # -- wiring ---------------------------------------------------------------------------------------
    def begin_connection(self, port: PortItem) -> None:
        self._drag_port = port
        self._live = LiveEdgeItem(port.scene_center())
        self.addItem(self._live)
        self.status_message.emit(tr("Drag onto another layer to connect it."))

    def _target_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            while item is not None and not isinstance(item, NodeItem):
                item = item.parentItem()
            if isinstance(item, NodeItem) and self._drag_port and item is not self._drag_port.node:
                return item
        return None

    def _check(self, pos: QPointF) -> tuple[NodeItem | None, str | None]:
        target = self._target_at(pos)
        if target is None or self._drag_port is None:
            return None, None
        return target, self.document.graph.connect_problem(self._drag_port.node_id, target.node_id)

    def update_connection(self, pos: QPointF) -> None:
        if self._live is None:
            return
        target, reason = self._check(pos)
        port = target.input_port if target else None
        if self._hover_port is not None and self._hover_port is not port:
            self._hover_port.set_state("normal")
        self._hover_port = port
        if target is None:
            self._live.set_end(pos, None)
            return
        end = port.scene_center() if port is not None and reason is None else pos
        self._live.set_end(end, reason is None)
        if port is not None:
            port.set_state("accept" if reason is None else "refuse")
        graph = self.document.graph
        if reason is None:
            self.status_message.emit(
                tr("Release to connect %1 → %2.")
                .replace("%1", graph.node(self._drag_port.node_id).name)
                .replace("%2", graph.node(target.node_id).name)
            )
        else:
            self.status_message.emit(tr("Cannot connect: %1").replace("%1", translated(reason)))

    def finish_connection(self, pos: QPointF) -> None:
        if self._drag_port is None:
            return
        source = self._drag_port.node_id
        target, reason = self._check(pos)
        self._cancel_connection()
        if target is None:
            self.status_message.emit("")
            return
        if reason is not None:
            self.status_message.emit(tr("Cannot connect: %1").replace("%1", translated(reason)))
            return
        graph = self.document.graph
        names = {"%1": graph.node(source).name, "%2": graph.node(target.node_id).name}
        self.document.execute(
            Connect(source, target.node_id),
            lambda: tr("Connect %1 → %2").replace("%1", names["%1"]).replace("%2", names["%2"]),
        )
        self.status_message.emit("")

    def _cancel_connection(self) -> None:
        if self._hover_port is not None:
            self._hover_port.set_state("normal")
        self._hover_port = None
        if self._live is not None:
            self.removeItem(self._live)
        self._live = None
        self._drag_port = None

    # -- background -----------------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, QColor("#f4f5f7"))
        scale = painter.transform().m11()
        for step, color in ((GRID, QColor("#e6e8ec")), (MAJOR_GRID, QColor("#d9dce2"))):
            if step * scale < 6:  # too dense to help when zoomed far out
                continue
            painter.setPen(QPen(color, 0))
            left = math.floor(rect.left() / step) * step
            top = math.floor(rect.top() / step) * step
            x = left
            while x < rect.right():
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
                x += step
            y = top
            while y < rect.bottom():
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
                y += step
