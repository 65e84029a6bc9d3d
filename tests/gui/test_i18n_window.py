"""The main window's run-time texts follow a live language switch: the undo history and
Undo/Redo, the title, the zoom, the examples, and engine sentences the canvas and the
background views show."""

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from engine.data.synthetic import generate
from engine.graph import AddNode, Command, Connect, Disconnect, LayerGraph, RemoveNode, SetConfig
from gui import i18n
from gui.background import ViewComputer
from gui.canvas import editing
from gui.commands import command_label, label_text
from gui.templates import example_paths, example_title


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Tests here switch the language; the next test starts in English again."""
    yield
    i18n.apply_language(qapp, "en")


def _undo_redo(window) -> tuple[str, str]:
    return window.undo_action.text(), window.redo_action.text()


def test_undo_and_redo_texts_follow_a_live_switch(window):
    stack = window.document.undo_stack
    editing.add_layer(window.document, "dense", (600.0, 300.0))
    editing.add_layer(window.document, "dropout", (600.0, 500.0))
    stack.undo()  # one step to redo, one to undo
    assert _undo_redo(window) == ("&Undo Add Dense", "&Redo Add Dropout")
    i18n.set_language("zh_CN", window.settings)
    # Nothing composed in English is left, and no event-loop turn is needed for it.
    assert _undo_redo(window) == ("撤销(&U) 添加 全连接层", "重做(&R) 添加 Dropout")
    assert stack.undoText() == "添加 全连接层"
    # A step made in Chinese, then back to English: the whole history speaks English again.
    editing.arrange_all(window.document)
    assert window.undo_action.text() == "撤销(&U) 排列各层"
    i18n.set_language("en", window.settings)
    assert window.undo_action.text() == "&Undo Arrange layers"
    assert [stack.text(i) for i in range(stack.count())] == ["Add Dense", "Arrange layers"]
    stack.undo()
    stack.undo()
    assert _undo_redo(window) == ("&Undo", "&Redo Add Dense")


def test_an_empty_history_says_undo_and_redo_in_the_new_language(window):
    window.document.undo_stack.clear()
    assert _undo_redo(window) == ("&Undo", "&Redo")
    i18n.set_language("zh_CN", window.settings)
    assert _undo_redo(window) == ("撤销(&U)", "重做(&R)")
    assert not window.undo_action.isEnabled()


def test_plain_and_composed_step_texts_from_other_panels_are_retranslated(window, node_named):
    """Panels name steps with texts translated when made ("Change seed", "Change Units of
    dense"); those are re-translated through the catalogues, values and all."""
    document = window.document
    document.update_settings(QApplication.translate("TrainingPanel", "Change seed"), "seed", seed=5)
    dense = node_named(window, "dense")
    text = "Change %1 of %2".replace("%1", "Units").replace("%2", "dense")
    document.execute(SetConfig(dense, {"units": 3}), text)
    document.execute(SetConfig(dense, {"units": 4}), "something a user typed")
    with document.macro("Lesson %1, step %2".replace("%1", "13").replace("%2", "1")):
        document.update_settings("ignored inside a macro", "seed", seed=6)
    stack = document.undo_stack
    texts = lambda: [stack.text(i) for i in range(stack.count())]  # noqa: E731
    english = ["Change seed", "Change Units of dense", "something a user typed", "Lesson 13, step 1"]
    assert texts() == english
    i18n.set_language("zh_CN", window.settings)
    chinese = ["修改随机种子", "修改 dense 的 神经元数", "something a user typed", "第 13 课，第 1 步"]
    assert texts() == chinese
    i18n.set_language("en", window.settings)
    assert texts() == english


def test_canvas_steps_are_named_in_the_interface_language(window, qapp):
    document, scene = window.document, window.scene
    i18n.set_language("zh_CN", window.settings)
    node = scene.add_layer("dense", QPointF(600, 400))
    assert document.undo_stack.undoText() == "添加 全连接层"
    window.select_all()
    window.copy()
    window.paste()
    assert document.undo_stack.undoText() == "粘贴"
    window.delete_selection()
    assert document.undo_stack.undoText() == "删除"
    move = QApplication.translate  # as the scene names a drag: "Move dense"
    editing.move(document, {node: (0.0, 0.0)}, lambda: move("GraphScene", "Move %1").replace("%1", "dense"))
    assert window.undo_action.text() == "撤销(&U) 移动 dense"
    i18n.set_language("en", window.settings)
    assert [document.undo_stack.text(i) for i in range(document.undo_stack.count())] == [
        "Add Dense",
        "Paste",
        "Delete",
        "Move dense",
    ]


def test_engine_commands_without_a_name_get_one_in_the_interface_language(qapp):
    graph = LayerGraph()
    add = AddNode("dense", {"units": 2})
    add.do(graph)
    labels = {
        "add": command_label(add),
        "change": command_label(SetConfig(add.node_id, {"units": 3, "use_bias": False})),
        "delete": command_label(RemoveNode(add.node_id)),
        "connect": command_label(Connect("a", "b")),
        "disconnect": command_label(Disconnect("a", "b")),
    }
    english = {key: label_text(label) for key, label in labels.items()}
    assert english == {
        "add": "Add Dense",
        "change": "Change Units, Use bias",
        "delete": "Delete layer",
        "connect": "Connect",
        "disconnect": "Disconnect",
    }
    i18n.apply_language(qapp, "zh_CN")
    chinese = {key: label_text(label) for key, label in labels.items()}
    assert chinese["add"] == "添加 全连接层"
    assert chinese["change"].startswith("修改 神经元数、")
    assert chinese["delete"] == "删除层" and chinese["connect"] == "连接"
    assert chinese["disconnect"] == "断开连接"


class _Refused(Command):
    """An edit the engine refuses with one of its translatable sentences."""

    def do(self, graph):
        generate("circle", noise=9.0)


def test_refused_edits_and_connections_are_explained_in_the_interface_language(window, node_named):
    document = window.document
    assert document.execute(_Refused()) == "Circle: noise must be a number in [0, 5], got 9.0"
    i18n.set_language("zh_CN", window.settings)
    assert document.execute(_Refused()) == "圆环：噪声必须是 [0, 5] 范围内的数，而输入的是 9.0"
    # A refused wire: the hint and the status bar's prefix are Chinese, and so is the engine's
    # reason as far as the engine marks it for translation.
    scene = window.scene
    messages: list[str] = []
    scene.status_message.connect(messages.append)
    dense, first = node_named(window, "dense"), node_named(window, "input")
    scene.begin_connection(scene.nodes[dense].output_port)
    scene.update_connection(scene.nodes[first].sceneBoundingRect().center())
    scene._cancel_connection()
    problem = document.graph.connect_problem(dense, first)
    assert problem is not None
    assert messages == ["拖到另一个层上即可连接。", "无法连接：" + i18n.translated(problem)]


def test_title_zoom_spin_boxes_and_examples_follow_a_live_switch(window):
    assert window.windowTitle().startswith("Untitled") and window.windowTitle().endswith("— LayerLab")
    window.view.set_zoom(0.5)
    assert window.zoom_label.text() == "Zoom 50%"
    i18n.set_language("zh_CN", window.settings)
    assert "Untitled" not in window.windowTitle() and window.windowTitle().endswith("LayerLab")
    assert window.zoom_label.text() == "缩放 50%"
    # A spin box's special text ("until stopped" for 0 epochs) is swapped like a label's.
    assert window.training.panel.epochs.specialValueText() == "直到停止"
    titles = [example_title(path) for path in example_paths()]
    assert titles == ["圆环：两个 tanh 层", "手写数字：Keras 示例模型", "正弦曲线回归", "螺旋：两个 ReLU 层"]
    examples_menu = next(
        a.menu() for a in window.menuBar().actions()[0].menu().actions() if a.menu() and "示例" in a.text()
    )
    assert [a.text() for a in examples_menu.actions()] == titles
    i18n.set_language("en", window.settings)
    assert [a.text() for a in examples_menu.actions()] == [example_title(p) for p in example_paths()]
    assert "Spiral with two ReLU layers" in [a.text() for a in examples_menu.actions()]
    assert window.training.panel.epochs.specialValueText() == "until stopped"
    assert window.zoom_label.text() == "Zoom 50%" and window.windowTitle().startswith("Untitled")


def test_a_background_view_hears_a_failure_in_the_interface_language(qapp, qtbot):
    computer = ViewComputer("layerlab-views")
    failures: list[str] = []
    i18n.apply_language(qapp, "zh_CN")
    try:
        computer.submit("job", lambda: generate("circle", noise=9.0), lambda _: None, failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    finally:
        computer.shutdown()
    assert failures == ["圆环：噪声必须是 [0, 5] 范围内的数，而输入的是 9.0"]


def test_why_train_is_disabled_follows_a_live_switch(window):
    document = window.document
    editing.add_layer(document, "dense", (600.0, 600.0))  # not wired in: the graph cannot train
    english = document.error_reason
    assert "has no input" in english, english
    reasons: list[str] = []
    document.errors_changed.connect(lambda _errors, why: reasons.append(why))
    i18n.set_language("zh_CN", window.settings)
    first = i18n.problem_text(document.analysis.errors[0])
    assert document.error_reason == reasons[-1] == first + " （另有 1 个）"
    assert "没有输入" in document.error_reason
    i18n.set_language("en", window.settings)
    assert document.error_reason == english
