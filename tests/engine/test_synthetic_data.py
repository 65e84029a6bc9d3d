"""Generated 2-D classification sets: right shapes and labels, seeded, and the geometry each one promises."""

import numpy as np
import pytest

from engine.data import GENERATORS, generate, load
from engine.errors import ConfigError

CLASSIFIERS = [name for name in GENERATORS.names() if GENERATORS.get(name).task == "classification"]


@pytest.mark.parametrize("name", CLASSIFIERS)
def test_shapes_labels_and_balance(name):
    x, y = generate(name, samples=301, noise=0.1, seed=3)
    k = GENERATORS.get(name).num_classes
    assert x.shape == (301, 2) and x.dtype == np.float32
    assert y.shape == (301,) and y.dtype == np.int64 and set(np.unique(y)) == set(range(k))
    assert np.all(np.abs(np.bincount(y) - 301 / k) < 0.2 * 301 / k)


@pytest.mark.parametrize("name", ["blobs", "spiral"])
@pytest.mark.parametrize("classes", [2, 3, 5, 10])
def test_multi_class_sets_have_the_requested_balanced_classes(name, classes):
    x, y = generate(name, samples=203, noise=0.05, seed=1, classes=classes)
    counts = np.bincount(y)
    assert x.shape == (203, 2) and len(counts) == classes and counts.max() - counts.min() <= 1


def test_blobs_sit_around_evenly_spaced_centres():
    x, y = generate("blobs", samples=600, noise=0.0, seed=0, classes=4)
    centres = np.array([x[y == c].mean(axis=0) for c in range(4)])
    np.testing.assert_allclose(np.linalg.norm(centres, axis=1), 2.0, atol=0.15)
    nearest = np.linalg.norm(x[:, None, :] - centres[None], axis=2).argmin(axis=1)
    assert np.mean(nearest == y) > 0.95


def test_spiral_arms_are_rotated_copies():
    x, y = generate("spiral", samples=900, noise=0.0, seed=0, classes=3)
    radius = np.linalg.norm(x, axis=1)
    angle = np.arctan2(x[:, 1], x[:, 0])
    t = radius / 2 * 3 * np.pi  # the arm parameter the generator drew
    off_arm = np.mod(angle - t - y * 2 * np.pi / 3 + np.pi, 2 * np.pi) - np.pi
    np.testing.assert_allclose(off_arm, 0, atol=1e-4)


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
        ({"name": "blobs", "classes": 1}, "classes must be a whole number in [2, 10]"),
        ({"name": "spiral", "classes": 2.5}, "classes must be a whole number in [2, 10]"),
        ({"name": "blobs", "samples": 4, "classes": 5}, "4 samples cannot cover 5 classes"),
        ({"name": "circle", "outliers": 0.1}, "takes only the settings samples, noise, seed;"),
    ],
)
def test_bad_settings_are_named(settings, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load(settings)
