"""The network's own sentences in the interface language: project-file errors as Open shows them,
registry and setting errors, graph edits the engine refuses, and model-API errors.

Each test makes the real sentence happen (a damaged file opened through the window's File
path, a name typed into the inspector, an engine call that fails) and checks the English text
is unchanged and the Chinese one is what a Chinese classroom reads.
"""

import json
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

import gui.files
from engine import layers, optimizers
from engine.errors import ConfigError, GraphError, ShapeError
from engine.graph import AddNode, Connect, LayerGraph, SetConfig
from engine.messages import reason
from engine.model import Sequential
from engine.network import Network
from engine.project import FORMAT_VERSION, Project
from gui import i18n
from gui.files import FileController

#: The dialog FileController opens (the ``dialogs`` fixture replaces it with a recorder).
REAL_SHOW_ERROR = FileController.show_error


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Tests here switch the language; the next test starts in English again."""
    yield
    i18n.apply_language(qapp, "en")


@pytest.fixture
def shown_errors(monkeypatch) -> list[tuple[str, str]]:
    """The (title, text) of every warning the window's File controller really shows."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(FileController, "show_error", REAL_SHOW_ERROR)
    monkeypatch.setattr(
        gui.files.QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text))
    )
    return shown


def _project_file(path, **changes) -> None:
    """A valid project file (zip with project.json), with top-level fields changed."""
    data = Project(LayerGraph()).to_json()
    data.update(changes)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.json", json.dumps(data))


def _open_both_ways(window, path) -> tuple[str, str]:
    """What Open says about ``path`` in English, then in Chinese."""
    assert not window.files.open_path(path, ask=False)
    english = window.shown_errors[-1]
    i18n.set_language("zh_CN", window.settings)
    try:
        assert not window.files.open_path(path, ask=False)
        chinese = window.shown_errors[-1]
    finally:
        i18n.set_language("en", window.settings)
    assert english[0] == "LayerLab" and chinese[0] == "LayerLab"
    return english[1], chinese[1]


@pytest.fixture
def opener(window, shown_errors):
    window.shown_errors = shown_errors
    return window


def test_a_newer_project_file_is_explained_in_chinese_when_opened(opener, tmp_path):
    newer = tmp_path / "from_the_future.layerlab"
    _project_file(newer, format_version=FORMAT_VERSION + 1)
    english, chinese = _open_both_ways(opener, newer)
    assert english == (
        f"{newer}: saved by a newer LayerLab (file format {FORMAT_VERSION + 1}; this version reads up to "
        f"{FORMAT_VERSION}). Update LayerLab to open it."
    )
    assert chinese == (
        f"{newer}：此文件由更新版本的 LayerLab 保存（文件格式 {FORMAT_VERSION + 1}；"
        f"本版本最高只能读取 {FORMAT_VERSION}）。请更新 LayerLab 后再打开。"
    )
    # Nothing was replaced: the window still shows its own project.
    assert opener.files.path is None and opener.document.graph.nodes


def test_a_damaged_or_foreign_file_is_explained_in_chinese_when_opened(opener, tmp_path):
    foreign = tmp_path / "holiday.layerlab"
    with zipfile.ZipFile(foreign, "w") as zf:
        zf.writestr("photo.txt", "not a project")
    english, chinese = _open_both_ways(opener, foreign)
    assert english == f"{foreign}: not a LayerLab project (no project.json inside)"
    assert chinese == f"{foreign}：不是 LayerLab 项目（里面没有 project.json）"

    stray = tmp_path / "stray.layerlab"
    data = Project(LayerGraph()).to_json()
    node = {"id": "n1", "type": "dense", "name": "dense", "config": {}, "position": "here"}
    data["graph"]["nodes"] = [node]
    stray.write_text(json.dumps(data))
    english, chinese = _open_both_ways(opener, stray)
    assert english == f"{stray}: field 'graph.nodes[0].position': expected a list, found str \"here\""
    assert chinese == f"{stray}：字段 'graph.nodes[0].position'：应为一个列表，而文件中是 str \"here\""


def test_an_unknown_optimizer_in_a_project_is_named_in_chinese(opener, tmp_path):
    wrong = tmp_path / "typo.layerlab"
    _project_file(wrong, training={"optimizer": "adamx"})
    english, chinese = _open_both_ways(opener, wrong)
    choices = ", ".join(optimizers.OPTIMIZERS.names())
    assert english == (
        f"{wrong}: field 'training.optimizer': unknown optimizer 'adamx'; choose one of: {choices}"
    )
    assert chinese == (
        f"{wrong}：字段 'training.optimizer'：未知的优化器 'adamx'；请从以下选项中选择：{choices}"
    )


def test_registry_and_setting_errors_are_translated_part_by_part(qapp):
    with pytest.raises(ConfigError) as unknown:
        optimizers.get("adamx")
    with pytest.raises(ConfigError) as beta:
        optimizers.get({"name": "sgd", "momentum": 2})
    with pytest.raises(ConfigError) as unknown_layer_setting:
        layers.Dense(4, unit=3)
    with pytest.raises(ConfigError) as alpha:
        layers.Dense(4, activation={"name": "elu", "alpha": -1})
    assert str(beta.value) == "SGD: momentum must be in [0, 1), got 2"
    assert str(alpha.value) == "Dense: activation: ELU: alpha must be ≥ 0, got -1"
    assert str(unknown_layer_setting.value).startswith("Dense has no setting 'unit'; its settings are: ")
    i18n.apply_language(qapp, "zh_CN")
    choices = ", ".join(optimizers.OPTIMIZERS.names())
    assert i18n.translated(reason(unknown.value)) == f"未知的优化器 'adamx'；请从以下选项中选择：{choices}"
    momentum = i18n.translated(reason(beta.value))
    assert momentum == "SGD（随机梯度下降）的“动量”必须在 [0, 1) 之间，而输入的是 2"
    assert i18n.translated(reason(alpha.value)) == "全连接层的“激活函数”：ELU：alpha 必须 ≥ 0，而输入的是 -1"
    assert i18n.translated(reason(unknown_layer_setting.value)).startswith(
        "全连接层没有名为 'unit' 的设置；它的设置有："
    )
    i18n.apply_language(qapp, "en")
    assert i18n.translated(reason(beta.value)) == "SGD: momentum must be in [0, 1), got 2"


def test_refused_graph_edits_and_model_errors_are_translated(qapp):
    graph = LayerGraph()
    first = graph.add_layer(layers.Dense(2), name="first")
    second = graph.add_layer(layers.Dense(2), name="second")
    graph.execute(Connect(first, second))
    with pytest.raises(GraphError) as taken:
        AddNode("dense", {"units": 2}, name="first").do(graph)
    with pytest.raises(GraphError) as twice:
        Connect(first, second).do(graph)
    loop = graph.connect_problem(second, first)
    with pytest.raises(GraphError) as cannot_run:
        Network(graph)
    with pytest.raises(ConfigError) as no_input:
        Sequential([layers.Dense(2)])
    with pytest.raises(ShapeError) as unpaired:
        model = Sequential([layers.Input(2), layers.Dense(1)])
        model.compile("sgd", "mse")
        model.evaluate([[0.0, 1.0], [1.0, 0.0]], [1.0])
    assert str(taken.value) == "another layer is already called 'first'"
    assert loop == "connecting second → first would make a loop"
    assert str(cannot_run.value).startswith("the network cannot run yet:\n- ")
    assert str(unpaired.value) == "2 samples but 1 labels: they must pair up one to one"
    i18n.apply_language(qapp, "zh_CN")
    assert i18n.translated(reason(taken.value)) == "已经有另一个层叫 'first' 了"
    assert i18n.translated(reason(twice.value)) == "这两个层已经连接了"
    assert i18n.translated(loop) == "连接 second → first 会形成环路"
    assert i18n.translated(reason(no_input.value)) == "Sequential 模型要以输入层开始，例如 layers.Input(2)"
    assert i18n.translated(reason(unpaired.value)) == "有 2 个样本，却有 1 个标签：它们必须一一对应"
    # Every problem of the list in Chinese, one per line, under a Chinese heading.
    lines = i18n.translated(reason(cannot_run.value)).split("\n")
    problems = [i18n.translated(p.message) for p in graph.analyze().errors]
    assert lines[0] == "网络还不能运行：" and lines[1:] == [f"- {p}" for p in problems]
    assert "网络没有输入层：请添加一个，数据才能进入。" in problems


def _type_into(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_inspector_shows_refused_names_and_setting_errors_in_chinese(window, qtbot, node_named):
    document, inspector = window.document, window.inspector
    dense = node_named(window, "dense")
    i18n.set_language("zh_CN", window.settings)
    try:
        document.select([dense])
        _type_into(qtbot, inspector.name_edit, "output")
        assert document.graph.node(dense).name == "dense"
        assert inspector.name_error.isVisibleTo(inspector)
        assert inspector.name_error.text() == "已经有另一个层叫 'output' 了"
        document.execute(SetConfig(dense, {"activation": {"name": "elu", "alpha": -1}}))
        error = inspector._field_errors["activation"]
        assert error.isVisibleTo(inspector)
        assert error.text() == "全连接层的“激活函数”：ELU：alpha 必须 ≥ 0，而输入的是 -1"
    finally:
        i18n.set_language("en", window.settings)
    document.select([dense])
    _type_into(qtbot, inspector.name_edit, "output")
    assert inspector.name_error.text() == "another layer is already called 'output'"


def test_inspector_and_problems_follow_a_live_switch(window, node_named):
    document, inspector, panel = window.document, window.inspector, window.problems
    dense = node_named(window, "dense")
    document.select([dense])
    document.execute(SetConfig(dense, {"activation": {"name": "elu", "alpha": -1}}))
    error = inspector._field_errors["activation"]
    english = "Dense: activation: ELU: alpha must be ≥ 0, got -1"
    rows = lambda: [panel.tree.topLevelItem(i).text(1) for i in range(panel.tree.topLevelItemCount())]  # noqa: E731
    assert error.text() == english and f"dense: {english}" in rows()
    i18n.set_language("zh_CN", window.settings)
    try:
        # Nothing re-selected or edited: the switch alone re-makes the composed sentences.
        chinese = "全连接层的“激活函数”：ELU：alpha 必须 ≥ 0，而输入的是 -1"
        error = inspector._field_errors["activation"]
        assert error.text() == chinese and error.isVisibleTo(inspector)
        assert f"dense：{chinese}" in rows()
        assert panel.summary.text() == "1 个错误"
    finally:
        i18n.set_language("en", window.settings)
    assert inspector._field_errors["activation"].text() == english and f"dense: {english}" in rows()
