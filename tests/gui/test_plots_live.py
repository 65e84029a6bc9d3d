"""The live views a user watches while training: unit heatmaps on the canvas nodes, weight
histograms, loss hints, the log-scale toggle, the 3-D landscape, the exact two-weight surface,
and export of every plot to PNG, SVG and CSV."""

import csv

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from engine import diagnostics, probes
from gui.plots import unit_maps


def show(qtbot, plot) -> None:
    """Bring a plot's dock tab to the front, as a user clicking the tab does."""
    plot.parentWidget().raise_()
    qtbot.waitUntil(plot.on_screen, timeout=2000)


def train(window, qtbot, epochs: int, timeout: int = 30000, until: tuple[str, ...] = ("finished",)) -> None:
    panel, worker = window.training.panel, window.training.worker
    panel.epochs.setValue(epochs)
    panel.train_button.click()
    qtbot.waitUntil(lambda: worker.state in until and not worker.busy, timeout=timeout)


def wait_for_surface(qtbot, plot, timeout: int = 180000) -> None:
    """The first surface may wait for numba to compile the landscape kernel (cold cache)."""
    qtbot.waitUntil(lambda: plot.picture is not None and plot.picture.surface is not None, timeout=timeout)


# -- unit heatmaps on the canvas ---------------------------------------------------------------------------


def test_each_hidden_unit_shows_its_output_over_the_input_plane_on_its_node(circle, qtbot, node_named):
    painter, worker = circle.training.unit_maps, circle.training.worker
    nodes = circle.scene.nodes
    qtbot.waitUntil(lambda: painter.maps is not None, timeout=10000)
    strip = {
        name: nodes[node_named(circle, name)].unit_strip for name in ("input", "dense", "dense_2", "output")
    }
    assert len(strip["dense"].images) == 8 and strip["dense"].isVisible()  # one per unit
    assert len(strip["dense_2"].images) == 1
    assert len(strip["input"].images) == 2  # the features it is fed: x₁ and x₂, as in Playground
    assert not strip["output"].isVisible()
    assert strip["dense"].images[0].size().width() == unit_maps.GRID
    before = [image.copy() for image in strip["dense"].images]
    frames = painter.frames
    train(circle, qtbot, epochs=10)
    qtbot.waitUntil(lambda: painter.maps.step == worker.step, timeout=10000)
    assert painter.frames > frames
    after = strip["dense"].images
    assert any(a != b for a, b in zip(before, after, strict=True)), "training changed what the units compute"
    # The maps are the engine's unit outputs for the latest weights...
    session = worker.session
    grid = painter._grid
    expected = probes.unit_maps(
        session.view_model, grid, (unit_maps.GRID, unit_maps.GRID), params=worker.params
    )
    first = next(m for m in painter.maps.layers if m.name == "dense")
    np.testing.assert_allclose(first.values, next(m for m in expected if m.name == "dense").values)
    # ... drawn orange where negative and blue where positive, the first input growing to the
    # right and the second upwards: the top-left pixel is (x₁ low, x₂ high).
    last = unit_maps.GRID - 1
    corners = {(0, last): (0, 0), (last, 0): (last, last), (last, last): (last, 0)}
    for u, image in enumerate(after):
        scale = np.abs(first.values[u]).max()
        for (i, j), (col, row) in corners.items():
            value, pixel = first.values[u, i, j], image.pixelColor(col, row)
            if abs(value) > 0.2 * scale:
                assert (pixel.blue() > pixel.red()) == (value > 0), (u, i, j, value, pixel.name())


def test_no_unit_maps_for_data_with_one_input(example, qtbot):
    window = example("sine_regression")
    painter = window.training.unit_maps
    qtbot.wait(300)
    assert painter.maps is None
    assert all(not item.unit_strip.isVisible() for item in window.scene.nodes.values())


def test_unit_maps_follow_a_layer_the_user_widens(circle, qtbot, node_named):
    from engine.graph import SetConfig

    painter = circle.training.unit_maps
    dense = node_named(circle, "dense")
    qtbot.waitUntil(lambda: painter.maps is not None, timeout=10000)
    circle.document.execute(SetConfig(dense, {"units": 20}))
    strip = circle.scene.nodes[dense].unit_strip
    qtbot.waitUntil(lambda: strip.units == 20, timeout=10000)
    assert len(strip.images) == 16  # two rows of eight; the rest are counted in a note
    assert strip.boundingRect().height() > 2 * 20


# -- gradient flow: weight histograms --------------------------------------------------------------------


def test_weight_histograms_show_every_layers_kernel_as_it_trains(circle, qtbot):
    plot, worker = circle.training.gradients, circle.training.worker
    show(qtbot, plot)
    qtbot.waitUntil(lambda: len(plot._weight_curves) == 3, timeout=10000)
    start = {k: c.getData()[1].copy() for k, c in plot._weight_curves.items()}
    train(circle, qtbot, epochs=10)
    qtbot.waitUntil(
        lambda: plot.feed.latest is not None and plot.feed.latest.step == worker.step, timeout=10000
    )
    expected = {h.node_id: h for h in probes.weight_histograms(worker.session.view_model, worker.params)}
    for node_id, curve in plot._weight_curves.items():
        edges, share = curve.getData()
        np.testing.assert_allclose(edges, expected[node_id].edges)
        np.testing.assert_allclose(share, expected[node_id].counts / expected[node_id].counts.sum())
        assert share.sum() == pytest.approx(1.0)
    assert any(not np.array_equal(start[k], c.getData()[1]) for k, c in plot._weight_curves.items())


# -- loss: log scale and hints ---------------------------------------------------------------------------


def test_log_scale_toggle_puts_the_loss_on_a_log_axis(circle, qtbot):
    loss = circle.training.loss
    train(circle, qtbot, epochs=3)
    loss.log_scale.click()
    assert loss.loss_plot.getAxis("left").logMode
    _, y = loss.step_curve.getData()
    np.testing.assert_allclose(y, np.log10(circle.training.worker.steps.values("loss")[: len(y)]), rtol=1e-6)
    high = loss.loss_plot.vb.viewRange()[1][1]
    assert high < 1  # log10 of losses below 10
    loss.log_scale.click()
    assert not loss.loss_plot.getAxis("left").logMode


def test_a_learning_rate_far_too_high_gets_the_engines_hint_under_the_loss(circle, qtbot):
    loss, panel = circle.training.loss, circle.training.panel
    assert loss.hints.isHidden()
    panel.rate_entry.setValue(30.0)  # 100× the example's: every step overshoots
    train(circle, qtbot, epochs=12, until=("finished", "diverged"))
    epochs = circle.training.worker.epochs
    found = diagnostics.history_hints(epochs.values("loss"), epochs.column("val_loss"))
    assert "learning_rate_too_high" in [h.code for h in found]
    qtbot.waitUntil(lambda: not loss.hints.isHidden(), timeout=5000)
    assert found[0].message in loss.hints.text()


def test_a_loss_that_blows_up_is_explained_under_the_loss_at_once(circle, qtbot):
    loss, panel, worker = circle.training.loss, circle.training.panel, circle.training.worker
    panel.rate_entry.setValue(panel.rate_entry.maximum())
    train(circle, qtbot, epochs=5, until=("diverged",))
    assert worker.epochs.count == 0  # it blew up within the first epoch: no epoch loss to read
    qtbot.waitUntil(lambda: not loss.hints.isHidden(), timeout=5000)
    assert worker.reason.startswith(("The loss", "The weights")) and worker.reason in loss.hints.text()
    panel.reset_button.click()  # a fresh run has nothing to explain yet
    qtbot.waitUntil(lambda: loss.hints.isHidden(), timeout=5000)


# -- loss landscape: 3-D relief and exact two-weight surface -------------------------------------------


def _drag(widget, start: QPointF, end: QPointF) -> None:
    """A left-button drag, as pyqtgraph needs it (press, moves with the button held, release)."""
    viewport = widget.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    global_start = viewport.mapToGlobal(start.toPoint())
    QApplication.sendEvent(
        viewport,
        QMouseEvent(
            QEvent.Type.MouseButtonPress, start, global_start, left, left, Qt.KeyboardModifier.NoModifier
        ),
    )
    for t in np.linspace(0, 1, 8)[1:]:
        p = start + (end - start) * float(t)
        QApplication.sendEvent(
            viewport,
            QMouseEvent(
                QEvent.Type.MouseMove,
                p,
                viewport.mapToGlobal(p.toPoint()),
                none,
                left,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    QApplication.sendEvent(
        viewport,
        QMouseEvent(
            QEvent.Type.MouseButtonRelease,
            end,
            viewport.mapToGlobal(end.toPoint()),
            left,
            none,
            Qt.KeyboardModifier.NoModifier,
        ),
    )


def test_3d_view_draws_the_surface_and_the_path_on_it_and_turns_with_the_mouse(circle, qtbot, tmp_path):
    plot = circle.training.landscape
    show(qtbot, plot)
    wait_for_surface(qtbot, plot)
    train(circle, qtbot, epochs=6)
    step = circle.training.worker.step
    qtbot.waitUntil(lambda: plot._state.full_at == step and len(plot.picture.path) > 3, timeout=60000)
    plot.view_3d.click()
    relief = plot.relief
    assert plot.relief_plot in plot.graphics.ci.items and plot.plot not in plot.graphics.ci.items
    assert len(relief._quads) == 40 * 40  # 101 × 101 points read at 41 evenly spaced rows and columns
    path = plot.picture.path
    assert len(relief._path_points) == len(path)
    # The current point lies on the surface: at the height the surface has under it.
    surface = plot.picture.surface
    shown = np.log10(surface.loss)
    height = probes.surface_heights(surface.alphas, surface.betas, shown, [plot.picture.current])[0]
    u, v, _ = relief.project(np.array([[*plot.picture.current, height]]))
    assert (relief._current_point.x(), relief._current_point.y()) == pytest.approx((u[0], v[0]))
    turned_from = (relief.azimuth, relief.elevation)
    first_corner = relief._edges[0][0]
    qtbot.wait(100)  # the relief is laid out before the user reaches for it
    center = QPointF(plot.graphics.viewport().rect().center())
    _drag(plot.graphics, center, center + QPointF(60, 30))
    assert relief.azimuth != turned_from[0] and relief.elevation != turned_from[1]
    assert relief._edges[0][0] != first_corner
    for suffix in ("png", "svg", "csv"):
        assert plot.export(tmp_path / f"relief.{suffix}").stat().st_size > 500
    assert QImage(str(tmp_path / "relief.png")).width() > 100
    plot.view_3d.click()
    assert plot.plot in plot.graphics.ci.items and plot.relief_plot not in plot.graphics.ci.items


def test_exact_two_weight_surface_follows_the_chosen_weights(circle, qtbot):
    plot, worker = circle.training.landscape, circle.training.worker
    show(qtbot, plot)
    train(circle, qtbot, epochs=4)
    plot.plane.setCurrentIndex(plot.plane.findData("weights"))
    first, second = plot.weight_choices
    assert first.isVisible() and second.isVisible() and first.count() == 105  # every weight of the net
    second.setCurrentIndex(second.findText("dense.bias[3]"))
    qtbot.waitUntil(
        lambda: (
            plot.picture is not None
            and plot.picture.surface is not None
            and plot.picture.surface.labels == ("dense.kernel[0, 0]", "dense.bias[3]")
        ),
        timeout=60000,
    )
    surface = plot.picture.surface
    assert surface.loss.shape == (101, 101)
    dense = next(n.id for n in circle.document.graph.nodes.values() if n.name == "dense")
    now = (float(worker.params[dense]["kernel"][0, 0]), float(worker.params[dense]["bias"][3]))
    assert tuple(plot.picture.path[-1]) == pytest.approx(now)
    assert surface.alphas[0] < now[0] < surface.alphas[-1] and surface.betas[0] < now[1] < surface.betas[-1]
    assert plot.plot.getAxis("bottom").labelText == "dense.kernel[0, 0]"
    second.setCurrentIndex(0)  # the same weight twice: no surface, and the reason
    qtbot.waitUntil(lambda: plot.picture.surface is None, timeout=10000)
    assert "two different weights" in plot.picture.note


def test_a_line_with_two_weights_opens_on_its_exact_loss_surface(make_window, tmp_path, qtbot):
    from engine.layers import Dense, Input, Output
    from engine.project import Project
    from gui.templates import chain

    project = Project(
        graph=chain([Input(1), Dense(1, name="line"), Output(loss="mse")]),
        dataset={"name": "sine", "samples": 200, "noise": 0.05, "seed": 0},
        split={"eval": 0.2},
        training={"optimizer": {"name": "sgd", "learning_rate": 0.1}, "epochs": 5, "batch_size": 20},
        seed=0,
    )
    path = tmp_path / "line.layerlab"
    project.save(path)
    window = make_window(path)
    plot = window.training.landscape
    show(qtbot, plot)
    assert plot.plane.currentData() == "weights"
    assert [plot.weight_choices[0].itemText(i) for i in range(2)] == ["line.kernel[0, 0]", "line.bias[0]"]
    assert plot.weight_choices[1].currentText() == "line.bias[0]"
    wait_for_surface(qtbot, plot, timeout=60000)
    surface = plot.picture.surface
    assert surface.labels == ("line.kernel[0, 0]", "line.bias[0]")
    # With two weights in all, the surface is the whole loss: once training has walked down
    # to it, the lowest cell is the least-squares line through the (scaled) training data.
    worker = window.training.worker
    train(window, qtbot, epochs=20)
    line = next(iter(worker.params.values()))
    now = (float(line["kernel"][0, 0]), float(line["bias"][0]))
    qtbot.waitUntil(
        lambda: (
            plot.picture.surface is not None
            and tuple(plot.picture.path[-1]) == pytest.approx(now)
            and plot.picture.surface.loss.shape == (101, 101)
        ),
        timeout=30000,
    )
    surface = plot.picture.surface
    x, y = worker.session.prepared.train
    w, b = np.polyfit(x[:, 0].astype(np.float64), y[:, 0].astype(np.float64), 1)
    cell = surface.alphas[1] - surface.alphas[0], surface.betas[1] - surface.betas[0]
    best = surface.minimum()
    assert best[0] == pytest.approx(w, abs=1.5 * cell[0]) and best[1] == pytest.approx(b, abs=1.5 * cell[1])
    assert len(plot.picture.path) > 5 and tuple(plot.picture.path[0]) != pytest.approx(now)


# -- export ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["loss", "boundary", "landscape", "activations", "gradients", "confusion"])
def test_every_plot_exports_png_svg_and_csv(circle, qtbot, tmp_path, name):
    plot = getattr(circle.training, name)
    show(qtbot, plot)
    train(circle, qtbot, epochs=3)
    if name == "landscape":
        wait_for_surface(qtbot, plot)
    qtbot.waitUntil(lambda: len(plot.table()[1]) > 0, timeout=20000)
    png = plot.export(tmp_path / f"{name}.png")
    image = QImage(str(png))
    assert image.width() > 100 and image.height() > 100
    svg = plot.export(tmp_path / f"{name}.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and len(svg) > 2000
    with plot.export(tmp_path / f"{name}.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    assert len(header) >= 2 and body and all(len(r) == len(header) for r in body)
