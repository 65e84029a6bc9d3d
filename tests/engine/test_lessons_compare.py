"""Comparisons: variants trained at the same time from one project, and the one plane their
paths are drawn on (what the lesson panel's comparison plot shows)."""

import threading

import numpy as np
import pytest

from engine.errors import ConfigError
from engine.lessons import load_lessons
from engine.lessons.compare import Comparison, boundaries, fitted_curves, layer_profiles, shared_surface
from engine.lessons.runner import build_project


def preset(lesson_id: str):
    return build_project(load_lessons(ids=[lesson_id])[0].preset)


def finished(comparison: Comparison) -> Comparison:
    try:
        comparison.start()
        assert comparison.wait(timeout=60)
    finally:
        comparison.close()
    return comparison


def test_learning_rates_run_side_by_side_on_one_exact_surface():
    rates = {"small": 0.001, "good": 0.1, "large": 1.0}
    variants = {k: {"training.optimizer.learning_rate": v} for k, v in rates.items()}
    comparison = finished(Comparison(preset("02"), variants, epochs=30))
    assert comparison.shared_loss
    runs = comparison.variants
    assert runs["large"].diverged and runs["good"].diverged is None
    assert len(runs["good"].step_losses) == 30 and runs["good"].history["loss"][-1] < 0.2
    surface = shared_surface(runs, comparison.shared_loss, resolution=21)
    assert list(surface.losses) == [""] and surface.losses[""].shape == (21, 21)
    assert surface.axis_labels == ("line.kernel", "line.bias") and surface.exact
    # On the exact (b, w) plane a path is the weights themselves, ending where training ended.
    model = runs["good"].model
    end = surface.paths["good"][-1]
    assert end[0] == pytest.approx(float(model.params[next(iter(model.params))]["kernel"][0, 0]))
    assert end[1] == pytest.approx(float(model.params[next(iter(model.params))]["bias"][0]))
    good = surface.paths["good"]  # the surface covers the paths of runs that did not blow up
    assert surface.alphas[0] <= good[:, 0].min() and good[:, 0].max() <= surface.alphas[-1]


def test_changed_activations_get_their_own_surface_over_one_plane():
    variants = {a: {"layers.hidden.activation": a} for a in ("sigmoid", "tanh")}
    comparison = finished(Comparison(preset("09"), variants, epochs=2))
    assert not comparison.shared_loss
    surface = shared_surface(comparison.variants, comparison.shared_loss, resolution=11)
    assert set(surface.losses) == {"sigmoid", "tanh"} and not surface.exact
    assert 0.5 < surface.explained <= 1.0
    assert not np.allclose(surface.losses["sigmoid"], surface.losses["tanh"])
    assert np.allclose(surface.paths["sigmoid"][0], 0) and np.allclose(surface.paths["tanh"][0], 0)
    found = boundaries(comparison.variants, resolution=15)
    assert found.kind == "probability" and found.outputs["tanh"].shape == (15, 15)
    assert found.points.shape[1] == 2 and len(found.labels) == len(found.points)
    profiles = layer_profiles(comparison.variants)
    assert profiles["tanh"].names == ["hidden", "out"]
    with pytest.raises(ConfigError, match="one input and one target"):
        fitted_curves(comparison.variants)


def test_networks_of_different_sizes_share_no_plane_but_their_fits_compare():
    variants = {f"{n} units": {"layers.hidden.units": n} for n in (2, 8)}
    comparison = finished(Comparison(preset("07"), variants, epochs=3))
    with pytest.raises(ConfigError, match="different numbers of weights"):
        shared_surface(comparison.variants, comparison.shared_loss)
    with pytest.raises(ConfigError, match="two inputs"):
        boundaries(comparison.variants)
    curves = fitted_curves(comparison.variants, points=50)
    assert curves.xs.shape == (50,) and set(curves.predictions) == {"2 units", "8 units"}


def test_stop_ends_every_run_and_close_ends_their_threads():
    variants = {f"lr {r}": {"training.optimizer.learning_rate": r} for r in (0.01, 0.1)}
    comparison = Comparison(preset("14"), variants, epochs=100_000)
    comparison.start()
    comparison.stop()
    comparison.close(timeout=2.0)
    comparison.poll()
    assert comparison.done
    assert not [t for t in threading.enumerate() if t.name == "layerlab-trainer" and t.is_alive()]


def test_bad_variants_are_named():
    with pytest.raises(ConfigError, match="no layer named 'nope'"):
        Comparison(preset("02"), {"x": {"layers.nope.units": 3}}, epochs=1)
    with pytest.raises(ConfigError, match="epochs"):
        Comparison(preset("02"), {"x": {}}, epochs=0)
