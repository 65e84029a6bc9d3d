"""Training from the window, as a user does it: Train, watch, Pause, Step, Reset, close.

Every test trains on the reference backend (no numba compile time) and waits for what a user
would wait for — points on the loss curve, a changed boundary — with ``qtbot.waitUntil``.
"""

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from engine.graph import SetConfig


def train_until_stopped(window) -> None:
    """Epochs 0 = until stopped (Playground's way), so a test can act while training runs."""
    window.training.panel.epochs.setValue(0)
    assert window.document.project.training["epochs"] is None


def curve_points(curve) -> int:
    x, _ = curve.getData()
    return 0 if x is None else len(x)


def trainer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "layerlab-trainer" and t.is_alive()]


def test_train_fills_the_loss_curve_and_changes_the_boundary(circle, qtbot):
    ui = circle.training
    assert ui.panel.train_button.isEnabled() and ui.panel.reason.text() == ""
    qtbot.waitUntil(lambda: ui.boundary.frames > 0, timeout=5000)  # the untrained network's answer
    before = ui.boundary.image.image.copy()
    QTest.mouseClick(ui.panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: curve_points(ui.loss.step_curve) > 10, timeout=10000)
    qtbot.waitUntil(lambda: not np.array_equal(ui.boundary.image.image, before), timeout=10000)
    qtbot.waitUntil(lambda: ui.worker.state == "finished", timeout=30000)
    steps, epochs = ui.worker.steps, ui.worker.epochs
    assert epochs.count == 100 and steps.index[-1] == ui.worker.step == 100 * 36
    assert epochs.last("val_accuracy") > 0.9  # the ring is learned
    assert "Finished" in ui.status.state.text() and "3,600" in ui.status.progress.text()
    assert curve_points(ui.loss.eval_curve) == 100
    assert ui.panel.message.text().startswith("All 100 epochs are done")


def test_pause_step_epoch_and_reset(circle, qtbot):
    ui, worker = circle.training, circle.training.worker
    train_until_stopped(circle)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.step > 50, timeout=10000)
    assert ui.panel.train_button.text() == "Pause" and not ui.panel.step_button.isEnabled()
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "paused" and not worker.busy, timeout=5000)
    assert ui.panel.train_button.text() == "Train" and ui.panel.step_button.isEnabled()
    step = worker.step
    ui.panel.step_button.click()
    qtbot.waitUntil(lambda: worker.step == step + 1 and worker.params_step == step + 1, timeout=5000)
    epoch = worker.epoch
    ui.panel.epoch_button.click()
    qtbot.waitUntil(lambda: worker.epoch == epoch + 1 and not worker.busy, timeout=5000)
    assert worker.step % 36 == 0  # the rest of the epoch, then pause
    trained = worker.params
    ui.panel.reset_button.click()
    qtbot.waitUntil(lambda: worker.step == 0 and worker.steps.count == 0, timeout=5000)
    assert worker.state == "idle" and worker.epochs.count == 0
    qtbot.waitUntil(lambda: worker.params is not trained, timeout=5000)
    for node, arrays in worker.session.initial_params.items():
        for name, array in arrays.items():
            np.testing.assert_array_equal(worker.params[node][name], array)  # fresh from the seed
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.step > 0, timeout=5000)
    ui.panel.stop_button.click()
    qtbot.waitUntil(lambda: worker.state == "stopped", timeout=5000)


def test_learning_rate_reaches_the_running_trainer(circle, qtbot):
    ui, worker = circle.training, circle.training.worker
    train_until_stopped(circle)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.step > 20, timeout=10000)
    ui.panel.rate_entry.setValue(0.05)
    assert circle.document.project.training["optimizer"]["learning_rate"] == 0.05
    qtbot.waitUntil(lambda: worker.steps.last("learning_rate") == pytest.approx(0.05), timeout=5000)
    assert worker.running  # changed on the fly, not restarted
    slider = ui.panel.rate_slider
    slider.setValue(slider.value() - 100)  # one decade down
    assert ui.panel.rate_entry.value() == pytest.approx(0.005, rel=0.01)
    rate = ui.panel.rate_entry.value()
    qtbot.waitUntil(lambda: worker.steps.last("learning_rate") == pytest.approx(rate), timeout=5000)
    ui.panel.batch_size.setValue(20)
    qtbot.waitUntil(lambda: worker.trainer.batch_size == 20, timeout=5000)
    circle.document.undo_stack.undo()  # batch size back to 10
    qtbot.waitUntil(lambda: worker.trainer.batch_size == 10, timeout=5000)
    assert ui.panel.batch_size.value() == 10
    ui.panel.optimizer.setCurrentIndex(ui.panel.optimizer.findData("adam"))
    qtbot.waitUntil(lambda: type(worker.trainer.model.optimizer).__name__ == "Adam", timeout=5000)
    ui.panel.regularization.setCurrentIndex(ui.panel.regularization.findData("l2"))
    dense = [n for n in circle.document.graph.nodes.values() if n.type == "dense"]
    assert all(n.config["kernel_regularizer"] == {"name": "l2", "l2": 0.001} for n in dense)
    qtbot.waitUntil(
        lambda: all(
            worker.trainer.model.graph.nodes[n.id].config["kernel_regularizer"] is not None for n in dense
        ),
        timeout=5000,
    )
    assert worker.running


def test_closing_the_window_while_training_stops_within_a_second(circle, qtbot):
    worker = circle.training.worker
    train_until_stopped(circle)
    circle.training.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.step > 100, timeout=10000)
    assert trainer_threads()
    circle.document.mark_clean()
    start = time.perf_counter()
    assert circle.close()
    assert time.perf_counter() - start < 1.0
    assert not trainer_threads()


def test_train_is_disabled_with_the_reason_while_the_graph_has_errors(circle, qtbot, node_named):
    panel = circle.training.panel
    dense = node_named(circle, "dense")
    circle.document.execute(SetConfig(dense, {"units": 0}))
    qtbot.waitUntil(lambda: not panel.train_button.isEnabled(), timeout=2000)
    assert "units" in panel.reason.text() and panel.reason.text().startswith("Cannot train yet")
    assert circle.training.status.state.text() == "Cannot train"
    circle.document.undo_stack.undo()
    qtbot.waitUntil(panel.train_button.isEnabled, timeout=2000)
    assert panel.reason.text() == ""


def test_editing_the_network_while_training_starts_over(circle, qtbot, node_named):
    worker = circle.training.worker
    train_until_stopped(circle)
    circle.training.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.step > 50, timeout=10000)
    old = worker.session
    circle.document.execute(SetConfig(node_named(circle, "dense"), {"units": 4}))
    qtbot.waitUntil(lambda: worker.session is not old and worker.state == "idle", timeout=5000)
    assert worker.step == 0 and worker.steps.count == 0
    assert worker.session.model.params[node_named(circle, "dense")]["kernel"].shape == (2, 4)


def test_a_diverging_run_explains_itself(circle, qtbot):
    ui, worker = circle.training, circle.training.worker
    ui.panel.rate_entry.setValue(1e5)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "diverged", timeout=10000)
    assert "too high" in ui.panel.message.text()
    assert not ui.panel.train_button.isEnabled() and ui.panel.reset_button.isEnabled()
    ui.panel.reset_button.click()
    qtbot.waitUntil(lambda: worker.state == "idle" and ui.panel.train_button.isEnabled(), timeout=5000)


def test_more_epochs_after_finishing_continue_the_run(circle, qtbot):
    ui, worker = circle.training, circle.training.worker
    ui.panel.epochs.setValue(2)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "finished", timeout=10000)
    assert worker.epoch == 2
    ui.panel.epochs.setValue(3)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "finished" and worker.epoch == 3, timeout=10000)
    assert worker.epochs.count == 3 and list(worker.epochs.index) == [1, 2, 3]
    assert worker.steps.index[-1] == 3 * 36 and worker.step == 3 * 36


def seconds_shown(status) -> float:
    """The status bar's training clock in seconds ("0.8 s", "1:05", "1:02:03")."""
    text = status.time.text()
    if text.endswith(" s"):
        return float(text[:-2])
    seconds = 0
    for part in text.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def test_the_status_bar_clock_runs_while_training_and_holds_while_paused(circle, qtbot):
    ui, worker = circle.training, circle.training.worker
    assert seconds_shown(ui.status) == 0
    train_until_stopped(circle)
    ui.panel.train_button.click()
    started = time.perf_counter()
    qtbot.waitUntil(lambda: seconds_shown(ui.status) >= 0.5, timeout=10000)
    assert seconds_shown(ui.status) <= time.perf_counter() - started + 0.1
    qtbot.waitUntil(lambda: seconds_shown(ui.status) >= 1.0, timeout=10000)  # it keeps counting
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "paused" and not worker.busy, timeout=5000)
    held = seconds_shown(ui.status)
    qtbot.wait(300)
    assert seconds_shown(ui.status) == held == pytest.approx(worker.elapsed, abs=0.05)
    before, epoch = worker.elapsed, worker.epoch
    ui.panel.epoch_button.click()  # an epoch by hand is training time too
    qtbot.waitUntil(lambda: worker.epoch == epoch + 1 and not worker.busy, timeout=5000)
    assert worker.elapsed > before
    ui.panel.reset_button.click()
    qtbot.waitUntil(lambda: worker.step == 0 and seconds_shown(ui.status) == 0, timeout=5000)


CLOSE_WHILE_TRAINING = r"""
import os, shutil, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
from gui.app import create_main_window

scratch = Path(sys.argv[1])
QStandardPaths.setTestModeEnabled(True)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
copy = scratch / "circle.layerlab"
shutil.copyfile(Path("resources/examples/circle_tanh.layerlab"), copy)
window = create_main_window(copy)
window.show()
ui = window.training
ui.panel.backend.setCurrentIndex(ui.panel.backend.findData("reference"))
ui.panel.epochs.setValue(0)
ui.landscape.parentWidget().raise_()  # its own thread computes surfaces while training runs
app = QApplication.instance()

def close_when_busy():
    if ui.worker.step < 300:
        QTimer.singleShot(20, close_when_busy)
        return
    window.document.mark_clean()
    start = time.perf_counter()
    closed = window.close()
    print(f"closed={closed} seconds={time.perf_counter() - start:.3f}", flush=True)
    app.quit()

def train():
    ui.panel.train_button.click()
    close_when_busy()

QTimer.singleShot(200, train)
sys.exit(app.exec())
"""


def test_closing_while_training_ends_the_process_cleanly(tmp_path):
    """In a real process, through the real event loop: the window closes within a second while
    the trainer and view threads are busy, and the process then exits on its own with status 0
    (no hang waiting for a thread, no Qt abort or crash at exit)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = tmp_path / "close_while_training.py"
    script.write_text(CLOSE_WHILE_TRAINING, encoding="utf-8")
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "closed=True" in result.stdout, result.stdout
    seconds = float(result.stdout.split("seconds=")[1].split()[0])
    assert seconds < 1.0
    for bad in ("QThread", "Traceback", "Fatal Python error", "Segmentation"):
        assert bad not in result.stderr, result.stderr[-2000:]


def test_changing_the_epochs_reaches_the_running_trainer(circle, qtbot):
    ui, worker = circle.training, circle.training.worker
    train_until_stopped(circle)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.epoch >= 2, timeout=10000)
    trainer = worker.trainer
    ui.panel.epochs.setValue(2)  # a budget already spent: the run ends there and then
    qtbot.waitUntil(lambda: worker.state == "finished" and not worker.busy, timeout=5000)
    assert worker.trainer is trainer  # told on the fly, not rebuilt
    assert "epochs are done" in worker.reason
    target = worker.epoch + 2
    ui.panel.epochs.setValue(target)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "finished" and worker.epoch == target, timeout=10000)
    assert worker.trainer is trainer and worker.epochs.count == target
