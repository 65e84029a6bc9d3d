"""Generated 2-D sets: right shapes and labels, seeded, and the geometry each one promises."""

import numpy as np
import pytest

from engine.data import GENERATORS, generate, load
from engine.errors import ConfigError


@pytest.mark.parametrize("name", GENERATORS.names())
def test_shapes_labels_and_balance(name):
    x, y = generate(name, samples=301, noise=0.1, seed=3)
    assert x.shape == (301, 2) and x.dtype == np.float32
    assert y.shape == (301,) and set(np.unique(y)) == {0, 1}
    assert 0.4 < y.mean() < 0.6


@pytest.mark.parametrize("name", GENERATORS.names())
def test_same_seed_same_points_other_seed_other_points(name):
    a = generate(name, 100, 0.1, seed=1)
    b = generate(name, 100, 0.1, seed=1)
    c = generate(name, 100, 0.1, seed=2)
    np.testing.assert_array_equal(a[0], b[0])
    assert not np.array_equal(a[0], c[0])


def test_circle_is_a_disc_inside_a_ring():
    x, y = generate("circle", 400, noise=0.0, seed=0)
    r = np.linalg.norm(x, axis=1)
    assert r[y == 1].max() <= 1.0 and r[y == 0].min() >= 1.4


def test_xor_labels_follow_the_quadrants():
    x, y = generate("xor", 400, noise=0.0, seed=0)
    np.testing.assert_array_equal(y, (x[:, 0] * x[:, 1] > 0).astype(int))


def test_gaussians_are_linearly_separable_without_noise():
    x, y = generate("gaussians", 400, noise=0.0, seed=0)
    side = (x.sum(axis=1) > 0).astype(int)
    assert np.mean(side == y) > 0.97


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"name": "circle", "samples": 1}, "samples must be a whole number ≥ 2"),
        ({"name": "circle", "noise": -1}, "noise must be a number in [0, 5]"),
        ({"name": "circle", "colour": "red"}, "takes only the settings"),
        ({"name": "squares"}, "unknown data set 'squares'"),
    ],
)
def test_bad_settings_are_named(settings, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load(settings)
