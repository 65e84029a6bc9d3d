"""Training, export and serving sentences in the interface language: the trainer's stop reasons,
its setting errors, export and model-loading errors — in Chinese where the window shows them,
and unchanged in English."""

import pytest
from PySide6.QtWidgets import QFileDialog

from engine import layers, optimizers
from engine.errors import ConfigError, LayerLabError
from engine.export import export_format
from engine.messages import Message, reason
from engine.serving.predictor import OnnxPredictor
from engine.trainer import EarlyStopping, Trainer
from gui import i18n
from gui.export_dialog import ExportDialog
from gui.training_ui import project_for_saving


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Tests here switch the language; the next test starts in English again."""
    yield
    i18n.apply_language(qapp, "en")


def test_trainer_setting_errors_are_translated(qapp):
    with pytest.raises(ConfigError) as patience:
        EarlyStopping(patience=0)
    assert str(patience.value) == "early stopping patience must be a whole number ≥ 1, got 0"
    with pytest.raises(ConfigError) as fraction:
        EarlyStopping(min_delta=-0.5)
    assert str(fraction.value) == "early stopping min_delta must be ≥ 0, got -0.5"
    with pytest.raises(ConfigError) as fmt:
        export_format("tflite")
    assert str(fmt.value) == "unknown export format 'tflite'; choose one of: onnx, pytorch, keras"
    i18n.apply_language(qapp, "zh_CN")
    assert i18n.translated(reason(patience.value)) == "早停的耐心轮数必须是 ≥ 1 的整数，现在是 0"
    assert i18n.translated(reason(fraction.value)) == "早停的 min_delta 必须 ≥ 0，现在是 -0.5"
    assert (
        i18n.translated(reason(fmt.value)) == "未知的导出格式 'tflite'；请选择以下之一：onnx, pytorch, keras"
    )


def test_stop_reasons_of_a_headless_run_are_translated(qapp, circle):
    """The Trainer's own reasons (finished, stopped by the user) are Messages, English as before."""
    session = circle.training.worker.session
    x, y = session.prepared.train
    model = session.private_model()  # not the window's own: its trainer stays as it was
    model.optimizer = optimizers.get("sgd")
    with Trainer(model, x, y, epochs=2, backend="reference") as trainer:
        events = trainer.subscribe()
        trainer.start()
        assert trainer.wait(30) == "finished"
        trainer.set_epochs(None).result(10)
        trainer.start().result(10)
        trainer.stop().result(10)
        reasons = [e.reason for e in events.drain() if type(e).__name__ == "StateChanged" and e.reason]
    assert reasons == ["all 2 epochs are done", "stopped by the user"]
    assert all(isinstance(r, Message) for r in reasons)
    i18n.apply_language(qapp, "zh_CN")
    assert [i18n.translated(r) for r in reasons] == ["全部 2 轮训练已完成", "已由用户停止"]


def test_early_stopping_reason_is_shown_in_chinese(circle, qtbot):
    ui, worker, document = circle.training, circle.training.worker, circle.document
    # A learning rate too small to change a float32 weight: the validation loss stays where it
    # is, so early stopping with patience 1 ends the run after the second epoch.
    document.update_settings("patience", training={**document.project.training, "early_stopping_patience": 1})
    ui.panel.rate_entry.setValue(1e-12)
    # The new learning rate reaches the trainer first; Train then makes one with early stopping.
    qtbot.waitUntil(lambda: not worker.busy and not worker._sync_timer.isActive(), timeout=5000)
    i18n.set_language("zh_CN", circle.settings)
    try:
        ui.panel.train_button.click()
        qtbot.waitUntil(lambda: worker.state == "finished" and not worker.busy, timeout=20000)
        assert worker.epoch == 2
        assert worker.reason.startswith("早停：val_loss 已经连续 1 轮没有改善（最好的是第 1 轮之后的 "), (
            worker.reason
        )
        shown = ui.panel.message.text()
        assert shown == worker.reason + "。"
        assert "early stopping" not in shown and "epochs" not in shown
    finally:
        i18n.set_language("en", circle.settings)
    ui.panel.train_button.click()  # the run is over: Train starts a fresh stretch, which stops again
    qtbot.waitUntil(lambda: worker.state == "finished" and worker.epoch > 2 and not worker.busy, timeout=9000)
    assert ui.panel.message.text().startswith("Early stopping: val_loss has not improved for 1 epochs")


def test_export_errors_are_shown_in_chinese(circle, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    ui = circle.training
    ui.panel.epochs.setValue(1)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: ui.worker.state == "finished" and not ui.worker.busy, timeout=20000)
    i18n.set_language("zh_CN", circle.settings)
    try:
        circle.export_action.trigger()
        (dialog,) = [d for d in circle.findChildren(ExportDialog) if d.isVisible()]
        dialog.select_format("pytorch")
        hiding = tmp_path / "torch.py"
        dialog.path.setText(str(hiding))
        assert dialog.export() is None
        assert dialog.problem.text() == (
            f"无法导出：{hiding}：名为 torch.py 的文件会遮住导出代码要导入的 torch 包；请换一个名字"
        )
        dialog.select_format("onnx")
        wrong = tmp_path / "model.txt"
        dialog.path.setText(str(wrong))
        assert dialog.export() is None
        # The format's name inside the sentence is translated too.
        assert dialog.problem.text() == f"无法导出：{wrong}：ONNX 模型导出要写入 .onnx 文件"
        dialog.reject()
    finally:
        i18n.set_language("en", circle.settings)


def test_a_diverged_run_refused_for_export_in_chinese(circle, qtbot, tmp_path):
    ui, worker = circle.training, circle.training.worker
    ui.panel.rate_entry.setValue(1e5)
    ui.panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "diverged" and not worker.busy, timeout=10000)
    with pytest.raises(LayerLabError) as refused:
        worker.trained_project()
    assert str(refused.value).startswith("training diverged, so the weights are useless")
    i18n.set_language("zh_CN", circle.settings)
    try:
        circle.export_action.trigger()
        (dialog,) = [d for d in circle.findChildren(ExportDialog) if d.isVisible()]
        dialog.path.setText(str(tmp_path / "bad.onnx"))
        assert dialog.export() is None
        refusal = "训练发散了，这些权重已经没有用（有些甚至不是有限的数）：请按“重置”后重新训练"
        assert dialog.problem.text() == "无法导出：" + refusal
        dialog.reject()
        # Save keeps the project without the weights, and says why in the status bar.
        assert project_for_saving(circle, worker) is circle.document.project
        assert circle.statusBar().currentMessage() == "已保存，但没有保存训练好的权重：" + refusal
    finally:
        i18n.set_language("en", circle.settings)


def test_model_loading_errors_are_translated(qapp, tmp_path):
    missing = tmp_path / "gone.onnx"
    with pytest.raises(LayerLabError) as caught:
        OnnxPredictor(missing)
    assert str(caught.value) == f"{missing}: no such file"
    i18n.apply_language(qapp, "zh_CN")
    assert i18n.translated(reason(caught.value)) == f"{missing}：没有这个文件"


def test_unsupported_layer_in_an_export_is_named_in_chinese(qapp, monkeypatch):
    """An exporter that meets a layer it cannot write names the layer in the interface language."""
    from engine.export import onnx as onnx_export

    class Unknown:
        kind = ident = "mystery"
        params = None
        layer = layers.LAYERS.get("dense")

    with pytest.raises(ConfigError) as caught:
        onnx_export._layer(None, Unknown(), ["x"])
    label = layers.LAYERS.get("dense").label
    assert str(caught.value) == f"the ONNX export has no translation for the layer type {label}"
    i18n.apply_language(qapp, "zh_CN")
    assert i18n.translated(reason(caught.value)) == "ONNX 导出无法转换这种层：全连接层"


def test_status_bar_names_the_backend_as_the_backend_choice_does(circle, qtbot):
    """The status bar shows the backend by its label in the Backend choice, in the interface
    language (not its code name "reference")."""
    ui, worker = circle.training, circle.training.worker
    ui.panel.backend.setCurrentIndex(ui.panel.backend.findData("reference"))
    qtbot.waitUntil(lambda: worker.backend == "reference", timeout=10000)
    ui.status.refresh()
    assert ui.status.backend.text() == "Backend: Reference (numpy)"
    i18n.set_language("zh_CN", circle.settings)
    try:
        ui.status.refresh()
        shown = ui.status.backend.text()
        assert shown.startswith("计算后端：") and "reference" not in shown and "numpy" in shown, shown
    finally:
        i18n.set_language("en", circle.settings)
