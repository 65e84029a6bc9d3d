"""The live plots: what they show during and after training, their toggles, and export."""

import csv

import numpy as np
import pytest


def show(qtbot, plot) -> None:
    """Bring a plot's dock tab to the front, as a user clicking the tab does."""
    plot.parentWidget().raise_()
    qtbot.waitUntil(plot.on_screen, timeout=2000)


def train_to_end(window, qtbot, epochs: int | None = None, timeout: int = 30000) -> None:
    panel, worker = window.training.panel, window.training.worker
    if epochs is not None:
        panel.epochs.setValue(epochs)
    panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state == "finished" and not worker.busy, timeout=timeout)


def test_boundary_toggles_discretize_and_test_points(circle, qtbot):
    boundary = circle.training.boundary
    train_to_end(circle, qtbot, epochs=20)
    qtbot.waitUntil(lambda: boundary.prediction_step == circle.training.worker.step, timeout=5000)
    smooth = boundary.image.image.copy()
    boundary.discretize.setChecked(True)
    crisp = boundary.image.image
    assert not np.array_equal(smooth, crisp)
    assert len(np.unique(crisp.reshape(-1, 4), axis=0)) == 2  # two classes, two colours
    assert len(boundary.test_points.data) == 0
    boundary.show_test.setChecked(True)
    assert len(boundary.test_points.data) == len(circle.training.worker.session.prepared.split.test) == 100
    assert boundary.test_points.opts["pen"].color().name() == "#000000"  # outlined in black


def test_regression_shows_the_fitted_curve(example, qtbot):
    window = example("sine_regression")
    boundary = window.training.boundary
    assert boundary.mode == "curve"
    qtbot.waitUntil(lambda: boundary.frames > 0, timeout=5000)
    first = boundary.curve.getData()[1].copy()
    train_to_end(window, qtbot, epochs=30)
    qtbot.waitUntil(lambda: boundary.prediction_step == window.training.worker.step, timeout=5000)
    x, y = boundary.curve.getData()
    assert len(x) == 200 and not np.allclose(y, first)
    # The network learned the sine: its curve follows sin(x) over the data's range.
    inside = (x > -3) & (x < 3)
    assert np.mean(np.abs(y[inside] - np.sin(x[inside]))) < 0.25
    assert window.training.loss.shown_metric == "mae"


def test_digits_get_a_message_instead_of_a_boundary_and_a_10_by_10_confusion_matrix(example, qtbot):
    window = example("digits_keras")
    boundary, confusion = window.training.boundary, window.training.confusion
    assert boundary.mode is None and "64 feature" in boundary.message.text()
    show(qtbot, confusion)
    train_to_end(window, qtbot, epochs=2, timeout=60000)
    session, step = window.training.worker.session, window.training.worker.step
    qtbot.waitUntil(lambda: confusion.matrix_step == step, timeout=10000)
    held_out = len(session.prepared.eval[0])
    assert confusion.matrix.sum() == held_out
    assert confusion.matrix.shape == (10, 10)
    assert np.trace(confusion.matrix) > 0.7 * held_out  # two epochs already tell most digits apart
    confusion.split.setCurrentIndex(confusion.split.findData("test"))
    qtbot.waitUntil(lambda: confusion.matrix.sum() == len(session.prepared.test[0]), timeout=10000)


def test_activation_plot_follows_the_selected_layer_and_shows_its_histogram(circle, qtbot, node_named):
    plot = circle.training.activations
    show(qtbot, plot)
    circle.document.select([node_named(circle, "dense_2")])
    assert plot.layer.currentData() == node_named(circle, "dense_2")
    assert plot.function.currentData() == "sigmoid"
    z, f = plot.f_curve.getData()
    np.testing.assert_allclose(f, 1 / (1 + np.exp(-z)), atol=1e-6)  # engine.activations' sigmoid
    qtbot.waitUntil(lambda: plot.histogram is not None, timeout=10000)
    counts, edges = plot.histogram
    assert counts.sum() == 256 and len(edges) == 41  # one z per sample of the measured batch
    plot.function.setCurrentIndex(plot.function.findData("relu"))
    z, df = plot.df_curve.getData()
    assert set(np.unique(df)) <= {0.0, 1.0}
    plot.function.setCurrentIndex(plot.function.findData("softmax"))
    assert plot.f_curve.getData()[0] is None or len(plot.f_curve.getData()[0]) == 0


def test_gradient_flow_records_norms_and_gives_hints(circle, qtbot):
    plot = circle.training.gradients
    show(qtbot, plot)
    train_to_end(circle, qtbot, epochs=20)
    qtbot.waitUntil(lambda: plot.history.count > 0 and plot.hints.toPlainText() != "", timeout=10000)
    assert plot.history.names() and len(plot._curves) == 3  # the three Dense layers
    assert plot.hints.toPlainText().startswith(("•", "No warning signs"))


def test_a_saturated_network_gets_the_engines_hint(circle, qtbot, node_named):
    from engine.graph import SetConfig

    plot = circle.training.gradients
    show(qtbot, plot)
    for name in ("dense", "dense_1"):
        circle.document.execute(
            SetConfig(
                node_named(circle, name), {"kernel_initializer": {"name": "random_normal", "stddev": 20.0}}
            )
        )
    qtbot.waitUntil(
        lambda: "saturated" in plot.hints.toPlainText() or "flat tail" in plot.hints.toPlainText(),
        timeout=10000,
    )


def test_loss_landscape_draws_the_path_and_the_current_point(circle, qtbot):
    plot = circle.training.landscape
    show(qtbot, plot)
    # The first surface compiles numba's landscape kernel if its cache is cold.
    qtbot.waitUntil(lambda: plot.picture is not None and plot.picture.surface is not None, timeout=180000)
    assert plot.picture.surface.loss.shape == (101, 101)  # not training: full resolution
    train_to_end(circle, qtbot, epochs=10)
    step = circle.training.worker.step
    qtbot.waitUntil(
        lambda: plot.picture is not None and len(plot.picture.path) > 5 and plot._state.full_at == step,
        timeout=60000,
    )
    path = plot.picture.path
    assert np.allclose(path[0], 0, atol=1e-6)  # the path starts at the weights training started from
    x, y = plot.current_item.getData()
    assert (x[0], y[0]) == pytest.approx(tuple(path[-1]))
    plot.plane.setCurrentIndex(plot.plane.findData("path"))
    qtbot.waitUntil(
        lambda: plot.picture.surface is not None and plot.picture.surface.labels[0] == "PC 1", timeout=60000
    )
    assert "path explained" in plot.plot.titleLabel.text


def test_plots_export_png_svg_and_csv(circle, qtbot, tmp_path):
    loss = circle.training.loss
    train_to_end(circle, qtbot, epochs=3)
    for suffix in ("png", "svg", "csv"):
        path = loss.export(tmp_path / f"loss.{suffix}")
        assert path.stat().st_size > 100, suffix
    with (tmp_path / "loss.csv").open() as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["step", "loss", "learning_rate", "epoch"] and "val_accuracy" in rows[0]
    assert len(rows) == 1 + 3 * 36
    ended = [r for r in rows[1:] if r[3]]
    assert [int(r[3]) for r in ended] == [1, 2, 3]
    boundary = circle.training.boundary
    header, table = boundary.table()
    assert header == ["x1", "x2", "output"] and len(table) == 100 * 100


# -- loss plot: what a long run costs to draw --------------------------------------------------------------


def test_peak_envelope_keeps_every_extreme_in_two_points_per_pixel():
    from gui.plots.base import peak_envelope

    rng = np.random.default_rng(3)
    x, y = np.arange(100_000.0), rng.random(100_000)
    y[[5, 77_777]] = [-4.0, 9.0]  # one spike each way: each must survive the reduction
    xs, ys = peak_envelope(x, y, (0.0, 130_000.0), 400)
    assert len(xs) <= 2 * 400 + 2 * 256  # two per pixel, plus the newest run (drawn as it is)
    assert ys.min() == -4.0 and ys.max() == 9.0
    assert np.all(np.diff(xs) >= 0) and xs[-1] == x[-1] and ys[-1] == y[-1]  # no gap at the end
    zoomed_x, zoomed_y = peak_envelope(x, y, (50_000.0, 50_300.0), 400)  # 300 points: all of them
    assert zoomed_x[0] <= 50_000 and zoomed_x[-1] >= 50_300
    np.testing.assert_array_equal(zoomed_y, y[int(zoomed_x[0]) : int(zoomed_x[-1]) + 1])
    with_nan = y.copy()
    with_nan[1000:1003] = np.nan  # a few steps without a loss do not blank their whole run
    assert np.isfinite(peak_envelope(x, with_nan, (0.0, 100_000.0), 400)[1]).all()


def test_a_long_run_is_drawn_reduced_aligned_and_without_relayouts(circle, qtbot):
    loss, worker = circle.training.loss, circle.training.worker
    show(qtbot, loss)
    steps = np.arange(1, 100_001, dtype=float)
    worker.steps.append(steps, loss=1 / np.sqrt(steps), learning_rate=np.full(len(steps), 0.03))
    at = steps[::50]
    curve = 1 / np.sqrt(at)
    worker.epochs.append(np.arange(1, len(at) + 1), step=at, loss=curve, val_loss=curve, accuracy=at / at[-1])
    worker.progress.emit()
    pixels = loss.loss_plot.vb.width()
    x, y = loss.step_curve.getData()
    assert 100 < len(x) <= 2 * pixels + 512 and x[-1] == 100_000
    assert y.max() == 1.0 and y.min() == pytest.approx(1 / np.sqrt(100_000))
    assert len(loss.train_curve.getData()[0]) <= 2 * pixels + 64
    # The three stacked plots share the x axis: their views start at the same pixel.
    plots = (loss.loss_plot, loss.metric_plot, loss.rate_plot)
    assert len({round(p.vb.sceneBoundingRect().left()) for p in plots}) == 1
    # Hints that come and go keep their room until the run starts over: no relayout per epoch.
    loss._diverged = "The loss blew up."
    loss._show_hints()
    room = loss.hints.minimumHeight()
    assert room > 0 and loss.hints.isVisible()
    loss._diverged = ""
    loss._show_hints()
    assert loss.hints.isVisible() and loss.hints.minimumHeight() >= room
    worker.reset()
    qtbot.waitUntil(lambda: loss.hints.isHidden() and worker.steps.count == 0, timeout=5000)
