"""Saving, reopening, the unsaved-changes prompt, recent files, autosave and crash recovery."""

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from engine.graph import SetConfig
from gui.app import create_main_window
from gui.files import AUTOSAVE_MS

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"

DISCARD, SAVE, CANCEL = (
    QMessageBox.StandardButton.Discard,
    QMessageBox.StandardButton.Save,
    QMessageBox.StandardButton.Cancel,
)


def change_something(window) -> None:
    dense = next(n.id for n in window.document.graph.nodes.values() if n.name == "dense")
    window.document.execute(SetConfig(dense, {"units": 5}))


def test_save_and_reopen_gives_the_identical_graph(spiral, make_window, dialogs, tmp_path):
    change_something(spiral)
    assert spiral.isWindowModified() and "[*]" in spiral.windowTitle()
    dialogs.save_path = tmp_path / "mine.layerlab"
    assert spiral.files.save()  # an opened project has a path: Save writes there …
    assert spiral.files.save_as()  # … Save As asks
    assert spiral.files.path == dialogs.save_path
    assert not spiral.isWindowModified() and spiral.windowTitle().startswith("mine.layerlab")
    reopened = make_window(dialogs.save_path)
    assert reopened.document.graph.to_dict() == spiral.document.graph.to_dict()
    assert reopened.document.project.to_json() == spiral.document.project.to_json()
    assert spiral.files.recent_files()[0] == dialogs.save_path.resolve()


def test_unsaved_changes_prompt(window, dialogs, tmp_path):
    change_something(window)
    graph = window.document.graph.to_dict()
    dialogs.save_changes = CANCEL
    assert not window.files.new_project()
    assert window.document.graph.to_dict() == graph and window.document.dirty

    dialogs.save_changes = SAVE
    dialogs.save_path = tmp_path / "kept.layerlab"
    assert window.files.new_project()
    assert (tmp_path / "kept.layerlab").is_file() and window.document.graph.nodes == {}
    assert dialogs.asked == ["save_changes", "save_changes"]

    window.scene.add_layer("dense", window.view.mapToScene(0, 0))
    dialogs.save_changes = CANCEL
    assert not window.close()
    assert window.isVisible()
    dialogs.save_changes = DISCARD
    assert window.close()


def test_open_a_damaged_file_explains_instead_of_crashing(window, dialogs, tmp_path):
    broken = tmp_path / "broken.layerlab"
    broken.write_text(json.dumps({"format": "layerlab-project", "format_version": 1, "graph": {"nodes": 3}}))
    before = window.document.graph.to_dict()
    assert not window.files.open_path(broken)
    assert (
        len(dialogs.errors) == 1
        and "broken.layerlab" in dialogs.errors[0]
        and "graph.nodes" in dialogs.errors[0]
    )
    assert window.document.graph.to_dict() == before


def test_examples_open_as_untitled_copies(window):
    assert window.files.open_copy(EXAMPLES / "circle_tanh.layerlab")
    assert window.files.path is None and window.windowTitle().startswith("Untitled")
    assert len(window.document.graph.nodes) == 5


def test_autosave_and_restore_after_a_crash(make_window, isolated_storage, dialogs, qtbot):
    crashed = make_window()
    assert crashed.files.autosave_timer.interval() == AUTOSAVE_MS
    assert crashed.files.autosave() is None  # nothing unsaved, nothing written
    change_something(crashed)
    recovery_file = crashed.files.autosave()
    assert recovery_file is not None and recovery_file.is_file()
    # The process dies: its session lock is gone but the recovery file stays.
    crashed.files._session_lock.unlock()

    restarted = make_window()
    assert restarted.files.offer_restore()
    assert restarted.document.graph.to_dict() == crashed.document.graph.to_dict()
    assert restarted.document.dirty and restarted.isWindowModified()
    assert not recovery_file.exists()
    assert not restarted.files.offer_restore()  # offered once only


def test_running_windows_recovery_is_not_offered_and_clean_close_removes_it(make_window, isolated_storage):
    first = make_window()
    change_something(first)
    first.files.autosave()
    second = make_window()
    assert second.files.find_recoveries() == []  # first is alive: its work is not a crash
    first.document.mark_clean()
    assert not list(isolated_storage.glob("*.layerlab"))  # saved: nothing left to recover
    change_something(first)
    first.files.autosave()
    first.document.undo_stack.undo()
    first.files.autosave()
    assert first.close()
    assert not list(isolated_storage.glob("*.layerlab"))


def test_create_main_window_with_a_bad_path_raises_the_clear_error(qtbot, tmp_path):
    from engine.errors import ProjectFileError

    with pytest.raises(ProjectFileError, match=r"missing\.layerlab"):
        create_main_window(tmp_path / "missing.layerlab")


def test_save_after_training_stores_the_trained_weights_and_scaling(circle, qtbot, tmp_path, capsys):
    """``layerlab predict`` and ``evaluate`` on the saved file answer as the window does."""
    import numpy as np

    from engine import cli, serving
    from engine.project import Project

    worker = circle.training.worker
    old = worker.session
    circle.document.update_settings("Change scaling", scaling="standardize")
    qtbot.waitUntil(lambda: worker.session not in (None, old), timeout=5000)
    circle.training.panel.epochs.setValue(3)
    circle.training.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "finished" and not worker.busy, timeout=20000)
    path = tmp_path / "trained.layerlab"
    assert circle.files.save_to(path)

    session = worker.session
    raw = session.raw.x
    model = session.private_model()
    model.params = worker.current_params()
    expected = model.predict(session.network_inputs(raw))
    saved = Project.load(path)
    assert saved.scaling["name"] == "standardize" and "mean" in str(saved.scaling)
    assert saved.training["class_names"] == list(session.dataset.class_names)
    assert saved.graph.to_dict() == circle.document.graph.to_dict()  # layout and names as they were
    served = serving.load_predictor(path).predict(raw, "test")  # what `layerlab predict` runs
    np.testing.assert_allclose(served, expected, atol=1e-6)
    np.testing.assert_array_equal(saved.to_model().predict(session.network_inputs(raw)), expected)

    capsys.readouterr()
    assert cli.main(["evaluate", str(path), "--split", "eval"]) == 0
    printed = capsys.readouterr().out
    accuracy = float(printed.split("accuracy: ")[1].split()[0])
    assert accuracy == pytest.approx(worker.epochs.last("val_accuracy"), abs=1e-4)

    # The document keeps what the file holds: after Reset, Save writes these weights again.
    circle.training.panel.reset_button.click()
    qtbot.waitUntil(lambda: worker.step == 0 and worker.state == "idle" and not worker.busy, timeout=5000)
    again = tmp_path / "again.layerlab"
    assert circle.files.save_to(again)
    reloaded = Project.load(again)
    for node, arrays in saved.weights.items():
        for name, array in arrays.items():
            np.testing.assert_array_equal(reloaded.weights[node][name], array)


def test_an_untrained_window_saves_the_project_as_it_is(spiral, tmp_path):
    from engine.project import Project

    assert spiral.files.save_to(tmp_path / "plain.layerlab")
    assert Project.load(tmp_path / "plain.layerlab").weights is None


def test_a_diverged_run_is_saved_without_its_weights_and_says_so(circle, qtbot, tmp_path):
    from engine.project import Project

    worker = circle.training.worker
    circle.training.panel.rate_entry.setValue(1e5)
    circle.training.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "diverged" and not worker.busy, timeout=10000)
    assert circle.files.save_to(tmp_path / "diverged.layerlab")  # the user's edits are never lost
    assert Project.load(tmp_path / "diverged.layerlab").weights is None
    assert "without the trained weights" in circle.statusBar().currentMessage()
