"""File → Export…: what the window trained goes out as ONNX / PyTorch / Keras, errors in words."""

import numpy as np
import onnxruntime
import pytest
from PySide6.QtWidgets import QFileDialog

from gui.export_dialog import ExportDialog


def train_a_few_epochs(window, qtbot, epochs: int = 3) -> None:
    ui = window.training
    ui.panel.epochs.setValue(epochs)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: ui.worker.state == "finished" and not ui.worker.busy, timeout=20000)


def window_predictions(window, raw: np.ndarray) -> np.ndarray:
    """What the window's network answers for raw samples (the boundary plot's own steps)."""
    worker = window.training.worker
    model = worker.session.private_model()
    model.params = worker.current_params()
    return model.predict(worker.session.network_inputs(raw))


def open_dialog(window) -> ExportDialog:
    window.export_action.trigger()
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


@pytest.fixture
def save_dialog(monkeypatch):
    """Answers the file dialog with ``answer.path`` (None: cancelled)."""

    class Answer:
        path = None
        asked = 0

    answer = Answer()

    def get_save_file_name(*args, **kwargs):
        answer.asked += 1
        return (str(answer.path) if answer.path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return answer


def test_onnx_export_of_the_trained_window_predicts_as_the_window(circle, qtbot, tmp_path, save_dialog):
    # Standardized inputs: the export must carry the scaling fitted in this window's training.
    old = circle.training.worker.session
    circle.document.update_settings("Change scaling", scaling="standardize")
    qtbot.waitUntil(lambda: circle.training.worker.session not in (None, old), timeout=5000)
    assert circle.training.worker.session.prepared.scaler is not None
    train_a_few_epochs(circle, qtbot)
    dialog = open_dialog(circle)
    assert dialog.export_button.isEnabled()
    assert "3 training steps" not in dialog.note.text() and "108" in dialog.note.text()  # 3 × 36 steps
    dialog.select_format("onnx")
    save_dialog.path = tmp_path / "ring"  # no suffix typed: the format's is added
    dialog.browse_button.click()
    assert save_dialog.asked == 1 and dialog.path.text() == str(tmp_path / "ring.onnx")
    with qtbot.waitSignal(dialog.exported) as written:
        dialog.export_button.click()
    assert written.args[0] == [tmp_path / "ring.onnx"]
    assert not dialog.isVisible() and "ring.onnx" in circle.statusBar().currentMessage()

    raw = circle.training.worker.session.raw.x
    session = onnxruntime.InferenceSession(str(tmp_path / "ring.onnx"), providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    exported = session.run(None, {name: raw.astype(np.float32)})[0]
    expected = window_predictions(circle, raw)
    np.testing.assert_allclose(exported, expected, atol=1e-5)
    untrained = circle.training.worker.session.private_model().predict(
        circle.training.worker.session.network_inputs(raw)
    )
    assert np.abs(exported - untrained).max() > 1e-3  # the trained weights, not the initial ones


def test_code_exports_write_the_code_and_its_weights(circle, qtbot, tmp_path, save_dialog):
    train_a_few_epochs(circle, qtbot, epochs=1)
    for name, stem in (("pytorch", "ring_torch"), ("keras", "ring_keras")):
        dialog = open_dialog(circle)
        dialog.select_format(name)
        dialog.path.setText(str(tmp_path / f"{stem}.py"))
        dialog.export_button.click()
        assert not dialog.isVisible(), dialog.problem.text()
        assert (tmp_path / f"{stem}.py").is_file() and (tmp_path / f"{stem}.npz").is_file()
        with np.load(tmp_path / f"{stem}.npz", allow_pickle=False) as arrays:
            saved = [arrays[k] for k in arrays.files]
        # PyTorch keeps a Linear's weight transposed; Keras keeps LayerLab's (= Keras') kernel.
        for params in circle.training.worker.current_params().values():
            if "kernel" in params:
                kernel = params["kernel"] if name == "keras" else params["kernel"].T
                assert any(a.shape == kernel.shape and np.array_equal(a, kernel) for a in saved)


def test_nothing_trained_says_so_and_a_bad_folder_is_explained(circle, qtbot, tmp_path, save_dialog):
    dialog = open_dialog(circle)
    assert not dialog.export_button.isEnabled()
    assert "press Train" in dialog.note.text()
    dialog.reject()

    train_a_few_epochs(circle, qtbot, epochs=1)
    dialog = open_dialog(circle)
    default = dialog.path.text()
    assert default.endswith("circle_tanh.onnx")  # beside the project, named after it
    dialog.select_format("pytorch")
    assert dialog.path.text().endswith("circle_tanh_torch.py")
    save_dialog.path = None  # the file dialog cancelled: nothing changes
    dialog.browse_button.click()
    assert dialog.path.text().endswith("circle_tanh_torch.py")

    missing = tmp_path / "no such folder" / "model_torch.py"
    dialog.path.setText(str(missing))
    assert dialog.export() is None
    assert dialog.isVisible() and dialog.problem.isVisible()
    text = dialog.problem.text()
    assert text.startswith("Could not export:") and "no such folder" in text and "Traceback" not in text

    dialog.path.setText(str(tmp_path / "torch.py"))  # would hide the torch package
    assert dialog.export() is None and "hide the torch package" in dialog.problem.text()
    dialog.select_format("onnx")
    dialog.path.setText(str(tmp_path / "model.txt"))
    assert dialog.export() is None and ".onnx" in dialog.problem.text()
    dialog.reject()


def test_a_diverged_run_is_not_exported(circle, qtbot, tmp_path, save_dialog):
    ui, worker = circle.training, circle.training.worker
    ui.panel.rate_entry.setValue(1e5)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "diverged" and not worker.busy, timeout=10000)
    dialog = open_dialog(circle)
    dialog.path.setText(str(tmp_path / "bad.onnx"))
    assert dialog.export() is None
    assert "diverged" in dialog.problem.text() and not (tmp_path / "bad.onnx").exists()
    dialog.reject()
