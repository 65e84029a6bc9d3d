"""Editing settings in the inspector, undo/redo, and problems appearing and going away."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit


def type_into(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_edit_units_then_undo_and_redo_with_keys(window, qtbot, node_named):
    document = window.document
    dense = node_named(window, "dense")
    document.select([dense])
    spin = window.inspector.rows["units"].typed.spin
    type_into(qtbot, spin.lineEdit(), "16")
    assert document.graph.node(dense).config["units"] == 16
    assert document.node_info(dense).shape == (16,)
    assert document.node_info(dense).params == 2 * 16 + 16
    assert window.isWindowModified()

    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.graph.node(dense).config["units"] == 4
    assert spin.value() == 4
    assert not window.isWindowModified()
    QTest.keyClick(
        window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert document.graph.node(dense).config["units"] == 16
    assert spin.value() == 16


def test_registry_choices_and_their_own_settings(window, node_named):
    document = window.document
    dense = node_named(window, "dense")
    document.select([dense])
    editor = window.inspector.rows["activation"].typed
    combo: QComboBox = editor.combo
    from engine.activations import ACTIVATIONS

    assert [combo.itemData(i) for i in range(combo.count())] == ACTIVATIONS.names()
    combo.setCurrentIndex(combo.findData("leaky_relu"))
    assert document.graph.node(dense).config["activation"] == "leaky_relu"
    editor._params["alpha"].spin.setValue(0.1)
    assert document.graph.node(dense).config["activation"] == {"name": "leaky_relu", "alpha": 0.1}
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.graph.node(dense).config["activation"] == "tanh"
    assert combo.currentData() == "tanh"

    regularizer = window.inspector.rows["kernel_regularizer"].typed.combo
    regularizer.setCurrentIndex(regularizer.findData("l2"))
    assert document.graph.node(dense).config["kernel_regularizer"] == "l2"


def test_problem_appears_and_disappears(window, qtbot, node_named):
    document = window.document
    dense = node_named(window, "dense")
    document.select([dense])
    badge = window.scene.nodes[dense].badge
    assert not badge.isVisible() and not document.has_errors
    assert window.problems.tree.topLevelItemCount() == 0

    spin = window.inspector.rows["units"].typed.spin
    spin.setValue(1)
    spin.stepDown()  # the arrows stay inside the range …
    assert document.graph.node(dense).config["units"] == 1
    with qtbot.waitSignal(document.errors_changed) as blocker:
        type_into(qtbot, spin.lineEdit(), "0")  # … typing does not, and the value is kept
    assert document.graph.node(dense).config["units"] == 0
    assert spin.value() == 0
    assert blocker.args[0] is True and "units" in blocker.args[1]
    assert document.has_errors and "units" in document.error_reason
    assert "units" in window.inspector._field_errors["units"].text()
    messages = [
        window.problems.tree.topLevelItem(i).text(1) for i in range(window.problems.tree.topLevelItemCount())
    ]
    assert any("units" in m for m in messages)
    assert badge.isVisible() and "units" in badge.toolTip()

    document.undo_stack.undo()
    assert not document.has_errors and document.error_reason == ""
    assert not badge.isVisible()
    assert document.graph.node(dense).config["units"] == 1
    assert "ready to train" in window.problems.summary.text()


def test_clicking_a_problem_selects_its_layer(spiral, qtbot, node_named):
    from engine.graph import Disconnect

    document = spiral.document
    document.execute(Disconnect(node_named(spiral, "dense_2"), node_named(spiral, "output")))
    tree = spiral.problems.tree
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "output"
    )
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert document.selection == [node_named(spiral, "output")]
    assert spiral.scene.nodes[node_named(spiral, "output")].isSelected()


def test_value_no_editor_can_show_is_shown_as_stored(window, node_named):
    document = window.document
    dense = node_named(window, "dense")
    from engine.graph import SetConfig

    document.execute(SetConfig(dense, {"activation": "relux", "units": "8"}))
    document.select([dense])
    rows = window.inspector.rows
    assert rows["activation"].showing_raw and rows["activation"].raw.line.text() == "relux"
    assert rows["units"].showing_raw and rows["units"].raw.line.text() == "8"
    rows["units"].raw.line.setText("12")
    rows["units"].raw.line.editingFinished.emit()
    assert document.graph.node(dense).config["units"] == 12
    assert not rows["units"].showing_raw


def test_shape_typed_wrong_is_kept_and_explained(window, qtbot, node_named):
    document = window.document
    first = node_named(window, "input")
    document.select([first])
    line = window.inspector.rows["shape"].typed.line
    type_into(qtbot, line, "8 x 8")
    assert document.graph.node(first).config["shape"] == [8, 8]
    assert document.node_info(first).shape == (8, 8)
    assert any("Flatten" in p.message for p in document.analysis.problems)
    type_into(qtbot, window.inspector.rows["shape"].typed.line, "eight")
    assert document.graph.node(first).config["shape"] == "eight"
    assert "eight" in window.inspector._field_errors["shape"].text()


def test_rename_and_refused_duplicate_name(window, qtbot, node_named):
    document = window.document
    dense = node_named(window, "dense")
    document.select([dense])
    type_into(qtbot, window.inspector.name_edit, "hidden")
    assert document.graph.node(dense).name == "hidden"
    type_into(qtbot, window.inspector.name_edit, "dense_1")
    assert document.graph.node(dense).name == "hidden"
    assert window.inspector.name_error.isVisibleTo(window.inspector)
    assert "dense_1" in window.inspector.name_error.text()
    document.undo_stack.undo()
    assert document.graph.node(dense).name == "dense"


def test_settings_edits_are_undoable_and_mark_the_project_changed(window, qtbot):
    document = window.document
    with qtbot.waitSignal(document.settings_changed):
        document.update_settings("change data set", dataset={"name": "xor", "samples": 200})
    assert document.project.dataset == {"name": "xor", "samples": 200} and document.dirty
    document.undo_stack.undo()
    assert document.project.dataset["name"] == "circle" and not document.dirty


def test_data_panel_can_tell_validation_the_number_of_classes(window):
    document = window.document
    assert not document.has_errors
    document.set_num_classes(3)
    assert document.has_errors and "3 classes" in document.error_reason
    document.set_num_classes(2)
    assert not document.has_errors
