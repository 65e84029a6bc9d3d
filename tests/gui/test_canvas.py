"""Building a network by hand: palette drops, wiring with the mouse, selecting, editing."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.canvas.edge_item import EdgeItem


def viewport_pos(window, scene_point) -> QPoint:
    return window.view.mapFromScene(scene_point)


def drop_from_palette(window, type_name: str, pos: QPoint) -> None:
    """What Qt delivers when a palette entry is dragged and dropped at ``pos`` on the canvas."""
    palette = window.layer_palette
    mime = palette.list.model().mimeData([palette.index_of(type_name)])
    viewport = window.view.viewport()
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(pos), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(QPointF(pos), actions, mime, buttons, mods))
    drop = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def drag(window, start: QPointF, end: QPointF, steps: int = 4) -> None:
    """Press at ``start``, move in steps, release at ``end`` (scene coordinates)."""
    viewport = window.view.viewport()
    a, b = viewport_pos(window, start), viewport_pos(window, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, a + (b - a) * i / steps)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_panels_are_where_other_code_finds_them(window):
    for name in ("layerPalette", "graphCanvas", "inspector", "problemsPanel"):
        assert window.findChild(object, name) is not None, name
    assert window.windowTitle().startswith("Untitled")


def test_drag_dense_from_palette_onto_canvas(window):
    before = set(window.document.graph.nodes)
    # An empty spot under the network (a drop onto a layer moves the new one aside).
    empty = window.scene.itemsBoundingRect().bottomLeft() + QPointF(60, 80)
    spot = viewport_pos(window, empty)
    assert window.view.viewport().rect().contains(spot)
    drop_from_palette(window, "dense", spot)
    (new,) = set(window.document.graph.nodes) - before
    node = window.document.graph.node(new)
    assert node.type == "dense" and node.config["units"] == 8
    item = window.scene.nodes[new]
    assert item.sceneBoundingRect().contains(window.view.mapToScene(spot))
    assert window.document.selection == [new]
    assert window.inspector.node_id == new
    # Delete in a text field edits the text, not the network.
    window.inspector.name_edit.setFocus()
    QTest.keyClick(window.inspector.name_edit, Qt.Key.Key_Delete)
    assert new in window.document.graph.nodes
    window.undo_action.trigger()
    assert new not in window.document.graph.nodes and new not in window.scene.nodes


def test_double_click_in_palette_adds_a_layer(window, qtbot):
    palette = window.layer_palette
    rect = palette.list.visualRect(palette.index_of("dropout"))
    # A real double-click starts with a single click (the view needs the first press).
    QTest.mouseClick(palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [n.type for n in window.document.graph.nodes.values()].count("dropout") == 1


def test_palette_lists_every_layer_and_searches(window, qtbot):
    from engine.layers import LAYERS

    palette = window.layer_palette
    assert palette.visible_types() == LAYERS.names()
    qtbot.keyClicks(palette.search, "drop")
    assert palette.visible_types() == ["dropout"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "skip connection")
    assert palette.visible_types() == ["add"]


def test_connect_ports_by_mouse_with_live_edge(window, qtbot):
    window.files.new_project()
    scene = window.scene
    source = scene.add_layer("input", QPointF(0, 0))
    target = scene.add_layer("dense", QPointF(300, 0))
    QApplication.processEvents()
    start = scene.nodes[source].output_port.scene_center()
    end = scene.nodes[target].input_port.scene_center()
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=viewport_pos(window, start))
    QTest.mouseMove(viewport, viewport_pos(window, QPointF(150, 60)))
    assert scene._live is not None  # the edge follows the mouse
    assert abs(scene._live.path().currentPosition().x() - 150) < 2
    QTest.mouseMove(viewport, viewport_pos(window, end))
    assert "Release to connect" in window.statusBar().currentMessage()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=viewport_pos(window, end))
    assert [(e.source, e.target) for e in window.document.graph.edges] == [(source, target)]
    assert (source, target) in scene.edges and scene._live is None
    assert window.document.node_info(target).shape == (8,)


def test_invalid_connection_is_refused_with_the_reason(window, node_named):
    scene = window.scene
    dense, first = node_named(window, "dense"), node_named(window, "input")
    edges_before = list(window.document.graph.edges)
    drag(
        window, scene.nodes[dense].output_port.scene_center(), scene.nodes[first].sceneBoundingRect().center()
    )
    assert window.document.graph.edges == edges_before
    message = window.statusBar().currentMessage()
    assert message.startswith("Cannot connect") and "Input" in message


def test_move_rubber_band_delete_copy_paste_duplicate(window, qtbot, node_named):
    document, scene = window.document, window.scene
    dense = node_named(window, "dense")
    x, y = document.graph.node(dense).position
    body = scene.nodes[dense].sceneBoundingRect().center()
    drag(window, body, body + QPointF(0, 120))
    assert document.graph.node(dense).position == (x, y + 120)
    window.undo_action.trigger()
    assert document.graph.node(dense).position == (x, y)

    # Rubber band around the first two layers, from empty canvas.
    first = scene.nodes[node_named(window, "input")].sceneBoundingRect()
    second = scene.nodes[dense].sceneBoundingRect()
    drag(window, first.topLeft() - QPointF(20, 20), second.bottomRight() + QPointF(5, 5))
    assert sorted(document.selection) == sorted([node_named(window, "input"), dense])

    count = len(document.graph.nodes)
    window.copy_action.trigger()
    window.paste_action.trigger()
    assert len(document.graph.nodes) == count + 2
    pasted = document.selection
    assert {document.graph.node(n).name for n in pasted} == {"input_1", "dense_3"}
    assert [(e.source, e.target) for e in document.graph.edges if e.source in pasted] == [tuple(pasted)]

    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert len(document.graph.nodes) == count
    document.select([dense])
    window.duplicate_action.trigger()
    assert len(document.graph.nodes) == count + 1
    window.undo_action.trigger()
    assert len(document.graph.nodes) == count


def test_delete_layer_and_edge_then_undo_restores_wiring(window, node_named):
    document = window.document
    before = document.graph.to_dict()
    dense = node_named(window, "dense")
    document.select([dense])
    window.delete_action.trigger()
    assert dense not in document.graph.nodes
    window.undo_action.trigger()
    assert document.graph.to_dict() == before

    edge = next(iter(window.scene.edges.values()))
    window.scene.clearSelection()
    edge.setSelected(True)
    window.delete_action.trigger()
    assert len(document.graph.edges) == len(before["edges"]) - 1
    assert not any(isinstance(i, EdgeItem) and i.key == edge.key for i in window.scene.items())
    window.undo_action.trigger()
    assert document.graph.to_dict() == before


def test_zoom_fit_and_arrange(window):
    view, document = window.view, window.document
    zoom = view.zoom
    event = QWheelEvent(
        QPointF(100, 100),
        QPointF(100, 100),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom > zoom
    viewport = view.viewport()
    center = view.mapToScene(viewport.rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(300, 200))
    QTest.mouseMove(viewport, QPoint(200, 150))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(200, 150))
    moved = view.mapToScene(viewport.rect().center()) - center
    assert moved.x() > 0 and moved.y() > 0  # the canvas followed the hand to the left and up
    for nid in document.graph.nodes:  # scramble, then ask for the automatic layout
        document.graph.nodes[nid].position = (0.0, 0.0)
    window.arrange()
    order, _ = document.graph.topological_order()
    xs = [document.graph.node(n).position[0] for n in order]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert all(visible.contains(item.sceneBoundingRect()) for item in window.scene.nodes.values())
