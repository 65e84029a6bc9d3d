"""The lesson panel in the window, used as a teacher would: pick a lesson, step through it, run
steps (settings change, training starts, comparisons draw their runs together), reset, replay,
and close the window in the middle of a comparison."""

import dataclasses
import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from engine.lessons import Step, load_lessons


@pytest.fixture
def lessons(window):
    """The window's lesson panel, shown (as Lessons ▸ Show the Lesson Panel does)."""
    panel = window.findChild(QWidget, "lessonPanel")
    assert panel is window.lessons.panel
    panel.parentWidget().show()
    panel.parentWidget().raise_()
    QApplication.processEvents()
    return panel


def open_step(panel, lesson_id: str, step: int) -> None:
    row = next(i for i, lesson in enumerate(panel.lessons) if lesson.id == lesson_id)
    panel.list.setCurrentRow(row)
    panel.go_to(step)


def on_screen(widget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def curve_points(item) -> int:
    x, _ = item.getData()
    return 0 if x is None else int(np.sum(np.isfinite(x)))


def node_config(window, name: str) -> dict:
    return next(n.config for n in window.document.graph.nodes.values() if n.name == name)


def test_lists_every_lesson_and_steps_back_and_forth(lessons):
    assert lessons.list.count() == len(load_lessons()) == 20
    open_step(lessons, "02", 0)
    assert lessons.title.text().startswith("02") and "Learning rate" in lessons.title.text()
    assert lessons.progress_label.text() == "Step 1 of 3"
    assert not lessons.back_button.isEnabled() and lessons.next_button.isEnabled()
    assert "Loss landscape" in lessons.look_at.text()
    lessons.next_button.click()
    assert lessons.progress_label.text() == "Step 2 of 3"
    assert "0.001" in lessons.text.text() and "Compare runs" in lessons.look_at.text()
    lessons.next_button.click()
    assert lessons.progress_label.text() == "Step 3 of 3" and not lessons.next_button.isEnabled()
    lessons.back_button.click()
    assert lessons.progress_label.text() == "Step 2 of 3"


def test_a_settings_step_edits_the_project_undoably_and_raises_its_plot(window, lessons):
    open_step(lessons, "13", 0)
    lessons.run_button.click()
    project = window.document.project
    assert project.dataset["name"] == "iris"
    assert project.split["test"] == 0.2 and project.split["eval"] == 0.1 and project.split["stratify"]
    assert on_screen(window.training.data)  # the step looks at the data panel
    assert "✓" in lessons.progress_label.text() and lessons.message.text() == ""
    assert window.document.undo_stack.undoText().startswith("Lesson 13, step 1")
    window.document.undo_stack.undo()
    assert window.document.project.split.get("test") != 0.2


def test_layer_settings_go_through_the_graph_and_back_replays(window, lessons):
    open_step(lessons, "05", 2)  # steps 1 and 2 (sigmoid, tanh) come first, then ReLU
    lessons.run_button.click()
    assert node_config(window, "hidden")["activation"] == "relu"
    assert on_screen(window.training.activations)
    lessons.back_button.click()
    lessons.back_button.click()
    lessons.run_button.click()
    assert node_config(window, "hidden")["activation"] == "sigmoid"
    lessons.next_button.click()
    lessons.run_button.click()
    assert node_config(window, "hidden")["activation"] == "tanh"


def test_a_train_step_sets_its_settings_and_trains(window, lessons, qtbot):
    open_step(lessons, "04", 0)
    lessons.run_button.click()
    assert window.document.project.training["batch_size"] == 10
    combo = window.training.panel.backend  # no numba compile in a test: the teacher's own choice
    combo.setCurrentIndex(combo.findData("reference"))
    lessons.next_button.click()
    lessons.run_button.click()
    worker = window.training.worker
    assert window.document.project.training["epochs"] == 3
    assert window.document.project.training["backend"] == "reference"  # the teacher's edit stays
    qtbot.waitUntil(lambda: worker.state == "finished", timeout=20000)
    assert worker.epoch == 3 and worker.step == 3 * 16  # 160 training samples in batches of 10
    assert on_screen(window.training.loss)


def test_a_comparison_step_draws_every_run_on_the_same_axes_and_surface(window, lessons, qtbot):
    comparison = window.lessons.comparison
    open_step(lessons, "02", 1)
    lessons.run_button.click()
    assert on_screen(comparison)
    assert set(comparison.curves) == {"small", "good", "large"}
    qtbot.waitUntil(lambda: comparison.surface is not None, timeout=30000)
    steps = [comparison.curves[label][0] for label in ("small", "good", "large")]
    assert all(curve.getViewBox() is comparison.loss_plot.vb for curve in steps)  # one set of axes
    assert [curve_points(c) for c in steps][:2] == [50, 50] and curve_points(steps[2]) < 50
    assert len(comparison.loss_legend.items) == 3
    assert "exploded" in comparison.headline.text()  # the large rate blew up, and it says so
    surface = comparison.surface
    assert list(surface.losses) == [""] and set(surface.paths) == {"small", "good", "large"}
    assert len(comparison.surface_plots) == 1  # every path on one surface
    # Replay walks the runs again at one pace: part-way, every curve and path is shorter.
    comparison.replay_button.click()
    qtbot.waitUntil(lambda: 0.3 < (comparison._replay_at or 0) < 0.8, timeout=5000)
    assert 5 < curve_points(steps[1]) < 50
    path_lengths = [len(item[2][1].getData()[0]) for item in comparison._path_items]
    assert min(path_lengths) < len(surface.paths["good"])
    qtbot.waitUntil(lambda: not comparison.replaying, timeout=10000)
    assert [curve_points(c) for c in steps][:2] == [50, 50]
    # The next step ("compare the loss curves") keeps the comparison in front.
    lessons.next_button.click()
    window.training.loss.parentWidget().raise_()
    lessons.run_button.click()
    assert on_screen(comparison)


def test_variants_with_their_own_loss_get_surfaces_over_one_plane(window, lessons, qtbot):
    comparison = window.lessons.comparison
    open_step(lessons, "10", 1)
    lessons.run_button.click()
    assert node_config(window, "hidden")["bias_initializer"]["value"] == -3.0  # step 1 came first
    qtbot.waitUntil(lambda: comparison.profiles is not None, timeout=30000)
    assert comparison.view.currentData() == "layers"  # the step looks at the gradient flow
    dead = {label: float(p.dead_fraction[0]) for label, p in comparison.profiles.items()}
    assert dead["relu"] > 0.5 and dead["leaky_relu"] < 0.05
    comparison.view.setCurrentIndex(comparison.view.findData("surface"))
    assert len(comparison.surface_plots) == 3  # activations change the loss: one surface each


def test_classifiers_compared_show_their_decision_boundaries_side_by_side(window, lessons, qtbot, tmp_path):
    comparison = window.lessons.comparison
    open_step(lessons, "06", 1)
    lessons.run_button.click()
    qtbot.waitUntil(lambda: bool(comparison.pictures_of), timeout=30000)
    # The step looks at the output: for 2-D classes that is the boundary (no 1-D fit exists).
    assert comparison.view.currentData() == "boundary"
    fitted = comparison.view.findData("fitted")
    assert not comparison.view.model().item(fitted).isEnabled()
    assert len(comparison.surface_plots) == 3
    found = comparison.pictures_of["boundary"]
    inside = np.hypot(*np.meshgrid(found.xs, found.ys, indexing="ij")) < 0.3  # the ring's centre
    assert found.outputs["tanh"][inside].mean() > 0.8 and 0.3 < found.outputs["linear"][inside].mean() < 0.7
    image = comparison.export(tmp_path / "compare.png")
    assert QImage(str(image)).width() >= comparison.splitter.width() - 1  # both halves


def test_an_optimizer_race_shares_one_surface(window, lessons):
    comparison = window.lessons.comparison
    open_step(lessons, "15", 1)
    lessons.run_button.click()
    assert set(comparison.curves) == {"SGD", "SGD + momentum", "RMSProp", "Adam"}
    assert len(comparison.surface_plots) == 1 and on_screen(comparison)


def test_showing_a_comparison_right_away_runs_it_first(window, lessons, qtbot):
    comparison = window.lessons.comparison
    open_step(lessons, "02", 2)  # "compare the loss curves", straight after opening the lesson
    assert "Compare runs" in lessons.look_at.text()
    lessons.run_button.click()
    assert set(comparison.curves) == {"small", "good", "large"} and on_screen(comparison)
    qtbot.waitUntil(lambda: comparison.surface is not None, timeout=30000)
    assert all(v.trainer.epoch == 50 for v in comparison.comparison.variants.values() if not v.diverged)
    assert lessons.progress.value() == 2  # the comparison step counts as run too


def test_reset_puts_the_lesson_back_and_it_replays(window, lessons):
    open_step(lessons, "05", 0)
    lessons.run_button.click()
    lessons.next_button.click()
    lessons.next_button.click()
    lessons.run_button.click()
    assert node_config(window, "hidden")["activation"] == "relu"
    lessons.reset_button.click()
    assert lessons.progress_label.text() == "Step 1 of 6"
    assert node_config(window, "hidden")["activation"] == "tanh"  # as the preset has it
    assert not window.document.dirty
    lessons.run_button.click()
    assert node_config(window, "hidden")["activation"] == "sigmoid"


def test_moving_on_stops_a_running_comparison(window, lessons, qtbot):
    comparison = window.lessons.comparison
    open_step(lessons, "07", 1)  # 300 epochs of three networks
    lessons.run_button.click()
    assert comparison.running
    lessons.next_button.click()
    assert not comparison.running
    assert all(v.done for v in comparison.comparison.variants.values())


def test_closing_during_a_comparison_does_not_hang(window, lessons):
    comparison = window.lessons.comparison
    open_step(lessons, "14", 1)
    lessons.run_button.click()
    assert comparison.running
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 3.0
    alive = [t for t in threading.enumerate() if t.name == "layerlab-trainer" and t.is_alive()]
    assert len(alive) <= 1  # the window's own trainer may take a moment; the comparison's are gone
    assert comparison.comparison.done and not comparison.running


def test_a_broken_step_says_why_instead_of_raising(window, lessons):
    open_step(lessons, "05", 0)
    lesson = lessons.lesson
    broken = Step(lesson.steps[0].text, {"set": {"layers.nothing.activation": "relu"}}, "canvas")
    lessons.lesson = lessons.lessons[4] = dataclasses.replace(lesson, steps=(broken, *lesson.steps[1:]))
    lessons.run_button.click()
    assert "no layer named 'nothing'" in lessons.message.text() and lessons.message.isVisible()
    assert "✓" not in lessons.progress_label.text()


def test_the_next_lecture_starts_where_this_one_stopped(make_window):
    first = make_window()
    open_step(first.lessons.panel, "07", 2)
    first.close()
    again = make_window().lessons.panel
    assert again.lesson.id == "07" and again.progress_label.text() == "Step 3 of 5"
    assert again.list.currentRow() == 6


def test_lesson_texts_follow_the_language(lessons):
    open_step(lessons, "02", 0)
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        QApplication.sendEvent(lessons, QEvent(QEvent.Type.LanguageChange))
        assert "学习率" in lessons.title.text() and "学习率" in lessons.list.item(1).text()
    finally:
        QLocale.setDefault(previous)
        lessons.retranslate()
    assert "Learning rate" in lessons.title.text()
