"""Generated regression sets: shapes, task, the target each promises, noise, and exact outliers."""

import numpy as np
import pytest

from engine.data import GENERATORS, generate, load_dataset
from engine.errors import ConfigError

REGRESSION = [name for name in GENERATORS.names() if GENERATORS.get(name).task == "regression"]
ONE_D = ["line", "sine", "piecewise", "step", "polynomial"]
TWO_D = ["plane", "multi_gaussian"]


def test_the_issue_s_regression_sets_are_all_there():
    assert set(ONE_D + TWO_D) == set(REGRESSION)


@pytest.mark.parametrize("name", REGRESSION)
def test_shapes_dtypes_and_task(name):
    data = load_dataset({"name": name, "samples": 123, "noise": 0.1, "seed": 2})
    features = 1 if name in ONE_D else 2
    assert data.task == "regression" and data.num_classes == 0 and data.num_outputs == 1
    assert data.x.shape == (123, features) and data.x.dtype == np.float32
    assert data.y.shape == (123, 1) and data.y.dtype == np.float32
    assert len(data.feature_names) == features and data.target_names == ("y",)


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("line", lambda x: 2 * x[:, 0] + 1),
        ("sine", lambda x: np.sin(x[:, 0])),
        ("step", lambda x: (x[:, 0] >= 0).astype(float)),
        ("polynomial", lambda x: x[:, 0] ** 3 / 2 - x[:, 0]),
        ("plane", lambda x: 0.8 * x[:, 0] - 0.4 * x[:, 1] + 0.2),
    ],
)
def test_noiseless_targets_follow_their_formula(name, target):
    x, y = generate(name, samples=200, noise=0.0, seed=0)
    np.testing.assert_allclose(y[:, 0], target(x.astype(np.float64)), atol=1e-5)


def test_piecewise_target_is_linear_between_its_kinks():
    x, y = generate("piecewise", samples=2000, noise=0.0, seed=0)
    order = np.argsort(x[:, 0])
    slopes = np.diff(y[order, 0]) / np.maximum(np.diff(x[order, 0]), 1e-9)
    changes = np.abs(np.diff(np.round(slopes[np.diff(x[order, 0]) > 1e-3], 2))) > 0.05
    assert 3 <= changes.sum() <= 8  # three kinks, each seen once or twice by neighbouring pairs


def test_multi_gaussian_has_hills_and_hollows():
    x, y = generate("multi_gaussian", samples=4000, noise=0.0, seed=0)
    assert y.max() > 0.9 and y.min() < -0.9
    near = lambda cx, cy: np.linalg.norm(x - [cx, cy], axis=1) < 0.2  # noqa: E731
    assert y[near(1, 1)].mean() > 0.7 and y[near(1, -1)].mean() < -0.7


def test_noise_is_gaussian_with_the_requested_spread():
    x, clean = generate("plane", samples=5000, noise=0.0, seed=4)
    _, noisy = generate("plane", samples=5000, noise=0.3, seed=4)
    assert abs(np.std(noisy - 0.8 * x[:, :1] + 0.4 * x[:, 1:] - 0.2) - 0.3) < 0.02
    assert not np.allclose(clean, noisy)


@pytest.mark.parametrize("name", REGRESSION)
@pytest.mark.parametrize(("samples", "fraction"), [(500, 0.1), (101, 0.05), (40, 0.5), (7, 0.15)])
def test_outliers_change_exactly_the_requested_fraction_and_nothing_else(name, samples, fraction):
    x0, y0 = generate(name, samples=samples, noise=0.1, seed=3)
    x1, y1 = generate(name, samples=samples, noise=0.1, seed=3, outliers=fraction)
    np.testing.assert_array_equal(x0, x1)
    changed = y0[:, 0] != y1[:, 0]
    assert changed.sum() == round(fraction * samples)
    spread = y0.std()
    assert np.all(np.abs(y1 - y0)[changed] >= 3.9 * spread)  # large errors, not more noise


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"name": "sine", "outliers": 0.6}, r"outliers must be a number in \[0, 0.5\]"),
        ({"name": "sine", "outliers": -0.1}, r"outliers must be a number in \[0, 0.5\]"),
        ({"name": "sine", "classes": 3}, "takes only the settings samples, noise, seed, outliers"),
        ({"name": "plane", "noise": "lots"}, r"noise must be a number in \[0, 5\]"),
    ],
)
def test_bad_regression_settings_are_named(settings, message):
    with pytest.raises(ConfigError, match=message):
        load_dataset(settings)
