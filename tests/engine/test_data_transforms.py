"""Playground's input features, built from (x1, x2) with the labels the GUI shows."""

import numpy as np
import pytest

from engine.data import INPUT_FEATURES, input_features
from engine.errors import ConfigError

POINTS = np.array([[0.5, -1.0], [2.0, 3.0], [-1.5, 0.25]], dtype=np.float32)


def test_every_playground_feature_is_offered():
    assert list(INPUT_FEATURES) == ["x1", "x2", "x1_squared", "x2_squared", "x1_x2", "sin_x1", "sin_x2"]


def test_features_are_built_in_the_order_asked_with_their_labels():
    x, labels = input_features(POINTS, ["sin_x2", "x1_x2", "x1", "x2_squared", "x1_squared", "x2", "sin_x1"])
    x1, x2 = POINTS[:, 0], POINTS[:, 1]
    expected = np.stack([np.sin(x2), x1 * x2, x1, x2**2, x1**2, x2, np.sin(x1)], axis=1)
    np.testing.assert_allclose(x, expected, rtol=1e-6)
    assert x.dtype == np.float32
    assert labels == ("sin x₂", "x₁·x₂", "x₁", "x₂²", "x₁²", "x₂", "sin x₁")


@pytest.mark.parametrize(
    ("keys", "points", "message"),
    [
        (["x3"], POINTS, "unknown input feature 'x3'"),
        ([], POINTS, "non-empty list"),
        ("x1", POINTS, "non-empty list"),
        (["x1", "x1"], POINTS, "name a feature twice"),
        (["x1"], np.zeros((3, 4), np.float32), "this set has shape"),
    ],
)
def test_bad_feature_choices(keys, points, message):
    with pytest.raises(ConfigError, match=message):
        input_features(points, keys)
