"""The data panel: choosing, importing, previewing, splitting and scaling data, all undoable."""

import shutil

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from gui.templates import template


def choose(panel, name: str) -> None:
    """Pick a data set the way a user does (the combo's ``activated``, not just its index)."""
    index = panel.source.findData(name)
    assert index >= 0, name
    panel.source.setCurrentIndex(index)
    panel.source.activated.emit(index)


def test_choose_a_generated_set_and_undo(window, qtbot):
    panel, document = window.training.data, window.document
    assert window.findChild(object, "dataPanel") is panel
    assert panel.preview.kind == "scatter"
    choose(panel, "xor")
    assert document.project.dataset == {"name": "xor", "samples": 500, "noise": 0.1, "seed": 0}
    assert "500 samples" in panel.counts.text()
    panel.samples.setValue(200)
    assert document.project.dataset["samples"] == 200
    assert panel.counts.text().startswith("200 samples")
    panel.noise.setValue(0.3)
    assert document.project.dataset["noise"] == 0.3
    qtbot.waitUntil(lambda: window.training.worker.session is not None, timeout=2000)
    qtbot.waitUntil(lambda: window.training.worker.session.dataset.name == "xor", timeout=2000)
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.project.dataset["name"] == "circle"
    assert panel.source.currentData() == "circle" and panel.samples.value() == 500


def test_split_sliders_show_counts_live_and_commit_on_release(window):
    panel, document = window.training.data, window.document
    before = dict(document.project.split)
    panel.test_share.setSliderDown(True)
    panel.test_share.setValue(30)
    assert panel.counts.text() == "500 samples: 175 train · 175 evaluation · 150 test"
    assert document.project.split == before  # nothing saved while the slider is held
    panel.test_share.setSliderDown(False)  # the release commits
    assert document.project.split["test"] == 0.3
    panel.eval_share.setValue(0)  # keyboard or click steps commit at once
    assert document.project.split["eval"] == 0.0
    assert "0 evaluation" in panel.counts.text()
    document.undo_stack.undo()
    assert panel.eval_share.value() == round(100 * before.get("eval", 0.1))


def test_a_split_that_leaves_nothing_to_train_on_is_explained(window):
    panel = window.training.data
    panel.samples.setValue(3)
    panel.test_share.setValue(50)
    panel.eval_share.setValue(50)
    assert "stratify" in panel.counts.text() or "no samples" in panel.counts.text()


def test_input_features_reshape_the_input_layer(window, qtbot):
    panel, document = window.training.data, window.document
    input_id = document.graph.nodes_of_type("input")[0]
    assert panel.features_box.isVisible()
    panel.features["x1_squared"].setChecked(True)
    panel.features["x2_squared"].setChecked(True)
    assert document.project.dataset["inputs"] == ["x1", "x2", "x1_squared", "x2_squared"]
    assert document.graph.nodes[input_id].config["shape"] == [4]
    assert not document.has_errors
    qtbot.waitUntil(lambda: window.training.worker.session is not None, timeout=2000)
    qtbot.waitUntil(lambda: window.training.worker.session.prepared.train[0].shape[1] == 4, timeout=2000)
    document.undo_stack.undo()  # one step: the features and the Input together
    assert "x2_squared" not in document.project.dataset.get("inputs", [])
    assert document.graph.nodes[input_id].config["shape"] == [3]


def test_bundled_sets_preview_as_images_or_a_table(window, qtbot):
    panel, document = window.training.data, window.document
    choose(panel, "digits")
    assert document.project.dataset == {"name": "digits"}
    assert panel.preview.kind == "images" and not panel.features_box.isVisible()
    input_id = document.graph.nodes_of_type("input")[0]
    assert document.graph.nodes[input_id].config["shape"] == [64]
    # Ten classes and one output unit: validation knows, and Train says why it cannot start.
    assert document.has_errors and "10" in document.error_reason
    qtbot.waitUntil(lambda: not window.training.panel.train_button.isEnabled(), timeout=2000)
    choose(panel, "iris")
    assert panel.preview.kind == "table" and panel.preview.table.rowCount() == 100
    assert panel.preview.table.horizontalHeaderItem(4).text() == "class"


def test_import_a_csv_file_and_a_broken_one(window, tmp_path):
    panel, document = window.training.data, window.document
    good = tmp_path / "points.csv"
    rows = ["a,b,label"] + [f"{i % 7},{i % 5},{'yes' if i % 2 else 'no'}" for i in range(40)]
    good.write_text("\n".join(rows) + "\n")
    assert panel.import_file(good)
    assert document.project.dataset["name"] == "csv" and document.project.dataset["path"] == str(good)
    assert panel.dataset is not None and len(panel.dataset) == 40 and panel.dataset.num_classes == 2
    assert panel.source.currentText() == "File: points.csv"
    bad = tmp_path / "broken.csv"
    bad.write_text("a,b,label\n1,2,yes\n3,oops,no\n")
    assert not panel.import_file(bad)
    assert "broken.csv" in panel.error.text() and "row" in panel.error.text()
    assert document.project.dataset["path"] == str(good)  # the project keeps the good data
    other = tmp_path / "more.csv"
    shutil.copyfile(good, other)
    assert panel.import_file(other)
    assert panel.source.currentText() == "File: more.csv"


def test_a_project_without_data_asks_for_a_data_set(window, qtbot):
    window.files.new_project(template("keras_mnist"))
    panel = window.training.data
    assert panel.source.currentIndex() == -1 and panel.source.placeholderText().startswith("Choose")
    training = window.training.panel
    qtbot.waitUntil(lambda: not training.train_button.isEnabled(), timeout=2000)
    assert "data set" in training.reason.text()


def test_scaling_choice_is_saved(window):
    panel, document = window.training.data, window.document
    panel.scaling.setCurrentIndex(panel.scaling.findData("standardize"))
    panel.scaling.activated.emit(panel.scaling.currentIndex())
    assert document.project.scaling == "standardize"
    document.undo_stack.undo()
    assert document.project.scaling is None and panel.scaling.currentData() is None


def test_preview_scatter_has_every_point_coloured_by_class(window):
    panel = window.training.data
    points = panel.preview.points
    assert len(points.data) == 500
    brushes = {points.data[i]["brush"].color().name() for i in range(len(points.data))}
    assert brushes == {"#f59322", "#0877bd"}
    x, y = points.getData()
    assert np.isfinite(x).all() and np.isfinite(y).all()


def test_slider_can_be_dragged_with_the_mouse(window):
    slider = window.training.data.test_share
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_PageUp)
    assert window.document.project.split["test"] == slider.value() / 100
    assert slider.rect().contains(QPoint(1, 1))
