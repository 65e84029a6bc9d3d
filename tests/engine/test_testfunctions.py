"""Test functions and the optimizer race: analytic gradients, known minima and Hessians, and the
race's verdicts (the lesson on optimizers: Adam and momentum beat plain SGD on the banana)."""

import numpy as np
import pytest

from engine import optimizers
from engine import testfunctions as T
from engine.errors import ConfigError

NAMES = list(T.FUNCTIONS)


def test_there_are_the_four_surfaces_of_the_lesson():
    assert set(NAMES) == {"rosenbrock", "saddle", "beale", "valley"}


@pytest.mark.parametrize("name", NAMES)
def test_gradients_match_finite_differences(name):
    fn = T.get(name)
    rng = np.random.default_rng(0)
    (x0, x1), (y0, y1) = fn.bounds
    for _ in range(5):
        p = np.array([rng.uniform(x0, x1), rng.uniform(y0, y1)]) * 0.5
        h = 1e-6
        numeric = [(fn.value(p + h * e) - fn.value(p - h * e)) / (2 * h) for e in np.eye(2)]
        np.testing.assert_allclose(fn.gradient(p), numeric, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("name", NAMES)
def test_minima_are_minima(name):
    fn = T.get(name)
    for point in fn.minima:
        assert fn.value(np.array(point)) == pytest.approx(0, abs=1e-12)
        np.testing.assert_allclose(fn.gradient(np.array(point)), 0, atol=1e-12)
        assert T.curvature_at(fn, point).kind == "minimum"


def test_known_hessians_are_exact():
    np.testing.assert_allclose(T.curvature_at("saddle", (0, 0)).eigenvalues, [-2, 2], atol=1e-8)
    np.testing.assert_allclose(T.curvature_at("valley", (1, -1)).eigenvalues, [1, T.VALLEY_RATIO], atol=1e-7)
    rosen = np.linalg.eigvalsh([[802.0, -400.0], [-400.0, 200.0]])
    np.testing.assert_allclose(T.curvature_at("rosenbrock", (1, 1)).eigenvalues, rosen, rtol=1e-7)
    assert T.curvature_at("saddle", (0, 0)).kind == "saddle"


def test_escaping_the_saddle_goes_downhill_along_y():
    moved = T.escape("saddle", (0.0, 0.0), step=0.2)
    np.testing.assert_allclose(np.abs(moved), [0.0, 0.2], atol=1e-9)
    assert T.get("saddle").value(moved) < 0


def test_grid_for_contour_plots():
    xs, ys, z = T.get("beale").grid(31)
    assert z.shape == (31, 31)
    assert z[10, 20] == pytest.approx(T.get("beale").value(np.array([xs[10], ys[20]])))


def test_adam_and_momentum_reach_the_banana_valley_floor_before_sgd():
    fn = T.get("rosenbrock")
    paths = {p.optimizer: p for p in T.race(fn, steps=1000)}
    assert list(paths) == list(T.RACERS)
    sgd = paths["sgd"].steps_to(fn.threshold)
    for fast in ("adam", "momentum"):
        reached = paths[fast].steps_to(fn.threshold)
        assert reached is not None
        assert sgd is None or reached < sgd
    for p in paths.values():
        np.testing.assert_array_equal(p.points[0], fn.start)
        assert p.points.shape == (len(p.values), 2)


def test_the_race_runs_the_engines_own_optimizers_step_for_step():
    fn = T.get("valley")
    path = T.race(fn, [{"name": "adam", "learning_rate": 0.1}], steps=25)[0]
    optimizer, point = optimizers.Adam(0.1), np.array(fn.start, dtype=float)
    for step in range(25):
        optimizer.apply([point], [fn.gradient(point)])
        np.testing.assert_array_equal(path.points[step + 1], point)
    given = optimizers.Momentum(0.01)
    T.race(fn, [given], steps=3)
    assert given.iterations == 0, "an optimizer passed in is copied, not used up"


def test_a_run_that_blows_up_stops_and_says_why():
    fn = T.get("valley")
    path = T.race(fn, ["sgd"], steps=500, learning_rates={"sgd": 1.0})[0]
    assert path.stopped in ("diverged", "left the region")
    assert len(path.values) < 501
    saddle = T.race("saddle", ["momentum"], steps=2000)[0]
    assert saddle.stopped == "left the region"
    assert saddle.values[-1] < -1
    with pytest.raises(ConfigError):
        T.race("nope")
    with pytest.raises(ConfigError, match="start"):
        T.race("saddle", start=(1.0,))
