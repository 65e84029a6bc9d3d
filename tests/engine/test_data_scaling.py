"""Feature scaling: fitted on training data only, saved as plain numbers, safe on constant columns."""

import json

import numpy as np
import pytest

from engine.data.scaling import MinMax, Scaler, Standardize, get
from engine.errors import ConfigError, ShapeError

TRAIN = np.array([[1.0, 10.0, 5.0], [3.0, 30.0, 5.0], [5.0, 20.0, 5.0]], dtype=np.float32)
LATER = np.array([[7.0, 0.0, 6.0]], dtype=np.float32)


def test_standardize_fits_on_the_training_split_only():
    scaler = Standardize().fit(TRAIN)
    out = scaler.transform(TRAIN)
    np.testing.assert_allclose(out[:, :2].mean(axis=0), 0, atol=1e-6)
    np.testing.assert_allclose(out[:, :2].std(axis=0), 1, atol=1e-6)
    # New data is scaled with the training statistics, not its own.
    np.testing.assert_allclose(
        scaler.transform(LATER)[0, :2],
        [(7 - 3) / np.std([1, 3, 5]), (0 - 20) / np.std([10, 30, 20])],
        rtol=1e-6,
    )


def test_min_max_maps_the_training_range_to_low_high():
    scaler = MinMax().fit(TRAIN)
    np.testing.assert_allclose(scaler.transform(TRAIN)[:, :2], [[0, 0], [0.5, 1], [1, 0.5]])
    wide = MinMax(low=-1, high=1).fit(TRAIN)
    np.testing.assert_allclose(wide.transform(TRAIN)[:, 0], [-1, 0, 1])
    np.testing.assert_allclose(scaler.transform(LATER)[0, :2], [1.5, -0.5])  # outside the range is allowed


def test_constant_columns_do_not_divide_by_zero():
    std = Standardize().fit(TRAIN)
    mm = MinMax(low=-1, high=1).fit(TRAIN)
    assert std.get_config()["std"][2] == 0.0
    np.testing.assert_array_equal(std.transform(TRAIN)[:, 2], 0)
    np.testing.assert_array_equal(mm.transform(TRAIN)[:, 2], -1)
    assert np.isfinite(std.transform(LATER)).all() and std.transform(LATER)[0, 2] == 1.0
    almost = np.full((1000, 1), 0.1, dtype=np.float32)
    np.testing.assert_array_equal(Standardize().fit_transform(almost), 0)


@pytest.mark.parametrize("scaler", [Standardize(), MinMax(), MinMax(low=-1.0, high=2.0)])
def test_fitted_config_is_plain_json_and_round_trips(scaler):
    scaler.fit(TRAIN)
    config = json.loads(json.dumps(scaler.get_config()))
    again = Scaler.from_config(config)
    assert type(again) is type(scaler) and again == scaler
    np.testing.assert_array_equal(again.transform(LATER), scaler.transform(LATER))
    assert all(isinstance(v, float) for key in config if isinstance(config[key], list) for v in config[key])


def test_image_shaped_samples_are_scaled_per_pixel():
    images = np.random.default_rng(0).uniform(0, 255, (10, 4, 4)).astype(np.float32)
    scaler = get("minmax").fit(images)
    out = scaler.transform(images)
    assert out.shape == (10, 4, 4) and out.min() == 0 and out.max() == 1
    np.testing.assert_array_equal(Scaler.from_config(scaler.get_config()).transform(images), out)


def test_scaler_names_and_unfitted_configs():
    assert get(None) is None
    assert isinstance(get("zscore"), Standardize) and isinstance(get({"name": "min_max"}), MinMax)
    assert Standardize().get_config() == {"name": "standardize"}


@pytest.mark.parametrize(
    ("action", "error", "message"),
    [
        (lambda: Standardize().transform(TRAIN), ConfigError, "has not been fitted"),
        (
            lambda: Standardize().fit(TRAIN).transform(np.zeros((2, 5))),
            ShapeError,
            r"fitted on samples of shape \(3,\)",
        ),
        (lambda: Standardize(mean=[0, 1]), ConfigError, "mean and std must both be given"),
        (lambda: Standardize(mean=[0, 1], std=[1]), ConfigError, "mean and std must both be given"),
        (lambda: Standardize(mean=["a"], std=[1]), ConfigError, "mean must be a list of numbers"),
        (lambda: MinMax(min=[0], max=[float("nan")]), ConfigError, "max must hold finite numbers"),
        (lambda: MinMax(low=1, high=0), ConfigError, "low must be below high"),
        (lambda: get("whiten"), ConfigError, "unknown scaling 'whiten'"),
        (lambda: Standardize().fit(np.zeros((0, 2))), ConfigError, "at least one training sample"),
    ],
)
def test_bad_scaling_is_named(action, error, message):
    with pytest.raises(error, match=message):
        action()
