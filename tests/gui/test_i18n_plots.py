"""The loss landscape, the diagnostics and the test functions speak the interface language: the
engine's errors, hints, names and notes reach the plots as Messages and are shown in Chinese when
the interface is Chinese (and exactly as before in English)."""

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from engine import diagnostics, landscape, testfunctions
from engine.errors import ConfigError, ShapeError
from engine.landscape import grid
from engine.messages import Message, reason
from engine.probes import unit_maps
from gui import i18n


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Tests here switch the language; the next test starts in English again."""
    yield
    i18n.apply_language(qapp, "en")


def _in_chinese(qapp, text: str) -> str:
    i18n.apply_language(qapp, "zh_CN")
    try:
        return i18n.translated(text)
    finally:
        i18n.apply_language(qapp, "en")


def _line_data(n: int = 40):
    x = np.linspace(-1, 1, n).reshape(-1, 1)
    return x, 0.5 + 2 * x


# -- the engine's sentences ---------------------------------------------------------------------------


def test_a_path_that_never_moved_is_refused_in_the_interface_language(qapp):
    model, _, _ = landscape.line_model(0.3, -0.2)
    x, y = _line_data()
    with pytest.raises(ConfigError) as caught:
        landscape.trajectory_plane(model, [model.params, model.params], x, y, resolution=5)
    said = reason(caught.value)
    assert isinstance(said, Message)
    assert str(caught.value) == "the weights never moved: there is no path to show"
    assert _in_chinese(qapp, said) == "权重一直没有变化：没有路径可以显示"


def test_errors_with_values_keep_them_and_translate_the_words(qapp):
    model, first, _ = landscape.line_model()
    x, y = _line_data()
    with pytest.raises(ConfigError) as caught:
        landscape.random_plane(model, x, y, resolution=1)
    assert str(caught.value) == "resolution must be a whole number ≥ 2, got 1"
    assert _in_chinese(qapp, reason(caught.value)) == "resolution 必须是 ≥ 2 的整数，得到的是 1"
    with pytest.raises(ConfigError) as caught:
        landscape.parameter_plane(model, x, y, first, landscape.Param("line", "kernel", (3, 0)))
    assert str(caught.value) == "line.kernel has shape (1, 1); index (3, 0) is outside it"
    assert _in_chinese(qapp, reason(caught.value)) == "line.kernel 的形状是 (1, 1)；下标 (3, 0) 超出了范围"
    with pytest.raises(ShapeError) as caught:
        grid.evaluate(model.network, model.params, model.params, model.params, [0.0], [0.0], x, y[:3])
    assert str(caught.value) == "40 samples but 3 labels: they must pair up one to one"
    assert _in_chinese(qapp, reason(caught.value)) == "有 40 个样本，却有 3 个标签：两者必须一一对应"
    with pytest.raises(ShapeError) as caught:
        unit_maps(model, np.zeros((5, 1)), (2, 2))
    assert str(caught.value) == "a 2×2 grid has 4 points, but 5 were given"
    assert _in_chinese(qapp, reason(caught.value)) == "2×2 的网格有 4 个点，但给出了 5 个"


def test_a_word_inside_a_sentence_is_translated_too(qapp):
    """The kind of point is a word of its own ("minimum"), translated inside the sentence."""
    at_minimum = testfunctions.curvature_at("valley", (0.0, 0.0))
    assert at_minimum.kind == "minimum"
    with pytest.raises(ConfigError) as caught:
        testfunctions.escape("valley", (0.0, 0.0))
    assert str(caught.value) == (
        "this point is a minimum: no direction of negative curvature to escape along"
    )
    assert _in_chinese(qapp, reason(caught.value)) == "这个点是极小值点：没有负曲率的方向可以沿着逃离"


def test_test_functions_and_why_a_race_stopped_are_translated(qapp):
    valley = testfunctions.get("valley")
    assert valley.label == "Narrow valley"
    assert valley.description == "A quadratic bowl 25× steeper across than along: plain SGD zig-zags."
    assert _in_chinese(qapp, valley.label) == "狭长山谷"
    assert _in_chinese(qapp, valley.description).startswith("一个二次碗形曲面，横向比纵向陡 25 倍")
    for name in testfunctions.FUNCTIONS.names():
        fn = testfunctions.get(name)
        for text in (fn.label, fn.description):
            assert _in_chinese(qapp, text) != str(text), text
    (saddle,) = testfunctions.race("saddle", ["sgd"], steps=500)
    assert saddle.stopped == "left the region"
    assert _in_chinese(qapp, saddle.stopped) == "跑出了绘图区域"
    assert saddle.label == "SGD" and isinstance(saddle.label, Message)


def test_every_hint_reads_in_chinese_as_the_engine_writes_it(qapp):
    """Each hint's Message, shown in Chinese through the catalogue, is word for word the Chinese
    sentence the engine also carries (``message_zh``): one translation, not two that drift."""

    def layer(name, **stats):
        base = dict(
            node_id=name,
            name=name,
            activation="sigmoid",
            gradient_norm=1.0,
            weight_norm=1.0,
            update_ratio=None,
            activation_mean=0.0,
            activation_std=1.0,
            saturated_fraction=None,
            dead_fraction=None,
        )
        return diagnostics.LayerStats(**{**base, **stats})

    found = diagnostics.gradient_hints(
        [
            layer("first", gradient_norm=1e-4, saturated_fraction=0.8, update_ratio=0.37),
            layer("last", gradient_norm=1.0, dead_fraction=None),
        ]
    )
    found += diagnostics.gradient_hints([layer("a", gradient_norm=1e3), layer("b", gradient_norm=1.0)])
    found += diagnostics.gradient_hints([layer("a"), layer("hidden", dead_fraction=0.75)])
    found += diagnostics.history_hints([1.0, 0.5, np.nan])
    found += diagnostics.history_hints([1.0, 3.0, 0.9, 3.1, 0.8, 3.2, 0.9, 3.0])
    losses = [1.0, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2]
    found += diagnostics.history_hints(losses, [1.0, 0.8, 0.7, 0.8, 0.9, 1.0, 1.1])
    codes = {h.code for h in found}
    assert codes == {
        "vanishing_gradients",
        "exploding_gradients",
        "saturated_units",
        "dead_units",
        "learning_rate_too_high",
        "diverged",
        "overfitting",
    }
    i18n.apply_language(qapp, "zh_CN")
    for hint in found:
        assert isinstance(hint.message, Message), hint.code
        assert i18n.translated(hint.message) == hint.message_zh, hint.code
    i18n.apply_language(qapp, "en")
    assert [i18n.translated(h.message) for h in found] == [str(h.message) for h in found]


def test_path_plane_axes_are_named_in_the_interface_language(qapp):
    model, _, _ = landscape.line_model(0.0, 0.0)
    x, y = _line_data()
    snapshots = []
    for w, b in ((0.0, 0.0), (1.0, 0.5), (1.5, 0.4)):
        model.set_weights([np.array([[w]]), np.array([b])])
        snapshots.append({nid: {k: a.copy() for k, a in p.items()} for nid, p in model.params.items()})
    plane = landscape.trajectory_plane(model, snapshots, x, y, resolution=5)
    assert plane.labels == ("PC 1", "PC 2")
    assert [_in_chinese(qapp, label) for label in plane.labels] == ["主成分 1", "主成分 2"]


# -- shown in the plots ----------------------------------------------------------------------------------


def test_the_landscape_plot_shows_the_engines_refusal_in_chinese(circle, qtbot):
    plot, worker = circle.training.landscape, circle.training.worker
    plot.parentWidget().raise_()
    qtbot.waitUntil(plot.on_screen, timeout=2000)
    qtbot.waitUntil(lambda: worker.params is not None, timeout=10000)
    params = worker.params
    # Two snapshots of the same weights: the engine finds no path to draw a plane through.
    worker.trajectory = lambda: [(worker.params_step - 1, params), (worker.params_step, params)]
    i18n.set_language("zh_CN", circle.settings)
    try:
        plot.plane.setCurrentIndex(plot.plane.findData("path"))
        qtbot.waitUntil(lambda: "权重一直没有变化" in plot.plot.titleLabel.text, timeout=30000)
        assert "never moved" not in plot.plot.titleLabel.text
    finally:
        i18n.set_language("en", circle.settings)


def test_the_gradient_plot_gives_the_engines_hint_in_chinese(circle, qtbot, node_named):
    from engine.graph import SetConfig

    plot = circle.training.gradients
    i18n.set_language("zh_CN", circle.settings)
    try:
        plot.parentWidget().raise_()
        qtbot.waitUntil(plot.on_screen, timeout=2000)
        for name in ("dense", "dense_1"):
            circle.document.execute(
                SetConfig(
                    node_named(circle, name),
                    {"kernel_initializer": {"name": "random_normal", "stddev": 20.0}},
                )
            )
        qtbot.waitUntil(lambda: "平坦的两端" in plot.hints.toPlainText(), timeout=20000)
        assert "flat tail" not in plot.hints.toPlainText()
    finally:
        i18n.set_language("en", circle.settings)


def test_plot_axes_and_legends_follow_a_live_language_switch(circle, qtbot):
    loss, gradients = circle.training.loss, circle.training.gradients
    activations, confusion = circle.training.activations, circle.training.confusion
    assert loss.loss_plot.getAxis("left").labelText == "loss"
    tr = QCoreApplication.translate
    i18n.set_language("zh_CN", circle.settings)
    try:
        assert loss.loss_plot.getAxis("left").labelText == tr("LossPlot", "loss") != "loss"
        assert loss.rate_plot.getAxis("bottom").labelText == tr("LossPlot", "step") != "step"
        names = [label.text for _, label in loss.loss_plot.legend.items]
        assert names == [tr("LossPlot", t) for t in ("train, per step", "train, per epoch", "evaluation")]
        assert "evaluation" not in names
        bars = [label.text for _, label in gradients.unit_legend.items]
        assert bars == [tr("GradientPlot", "dead"), tr("GradientPlot", "saturated")] != ["dead", "saturated"]
        assert gradients.norm_plot.getAxis("bottom").labelText == tr("GradientPlot", "step")
        assert activations.plot.getAxis("right").labelText == tr("ActivationPlot", "samples") != "samples"
        assert confusion.plot.getAxis("left").labelText == tr("ConfusionPlot", "true class") != "true class"
        # A layer is offered by its name and its activation's name, the latter translated.
        assert activations.layer.itemText(0) == "dense（Tanh）"
    finally:
        i18n.set_language("en", circle.settings)
    assert loss.loss_plot.getAxis("left").labelText == "loss"
    assert [label.text for _, label in gradients.unit_legend.items] == ["dead", "saturated"]
    assert activations.layer.itemText(0) == "dense (Tanh)"
