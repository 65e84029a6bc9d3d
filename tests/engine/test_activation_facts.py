"""The facts about activations and losses that the lecture notes teach, checked numerically."""

import math

import numpy as np
import pytest

from engine import activations, losses

X = np.linspace(-10, 10, 200001)


def test_sigmoid_derivative_peaks_at_a_quarter_at_zero():
    d = activations.get("sigmoid").df(X)
    assert d.max() == pytest.approx(0.25, abs=1e-12)
    assert X[np.argmax(d)] == pytest.approx(0.0, abs=1e-9)


def test_tanh_is_zero_centred_and_sigmoid_is_not():
    tanh = activations.get("tanh").f(X)
    sigmoid = activations.get("sigmoid").f(X)
    assert abs(tanh.mean()) < 1e-12
    assert sigmoid.min() > 0  # every output positive: the cause of zig-zag updates


def test_relu_derivative_is_zero_for_negative_inputs():
    d = activations.get("relu").df(X)
    assert np.all(d[X < 0] == 0) and np.all(d[X > 0] == 1)


def test_leaky_relu_keeps_a_gradient_for_negative_inputs():
    d = activations.get({"name": "leaky_relu", "alpha": 0.1}).df(X)
    assert np.all(d[X < 0] == pytest.approx(0.1))


def test_swish_has_a_lower_bound_and_no_upper_bound():
    swish = activations.get("swish")
    values = swish.f(X)
    assert values.min() == pytest.approx(-0.2784645, abs=1e-6)
    assert swish.f(np.array([1e6]))[0] == pytest.approx(1e6)


def test_softmax_rows_sum_to_one_even_for_huge_logits():
    z = np.array([[1000.0, 1000.0, -1000.0], [0.1, 0.2, 0.3]])
    p = activations.get("softmax").f(z)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    assert np.all(np.isfinite(p))


@pytest.mark.parametrize("name", activations.ACTIVATIONS.names())
def test_no_overflow_warnings_at_extreme_inputs(name):
    x = np.array([[-1e4, -50.0, 0.0, 50.0, 1e4]], dtype=np.float32)
    act = activations.get(name)
    with np.errstate(over="raise", invalid="raise", divide="raise", under="ignore"):
        y, d = act.f(x), act.df(x)
    assert np.all(np.isfinite(y)) and np.all(np.isfinite(d))
    assert y.dtype == np.float32


def test_cross_entropy_worked_example_from_the_notes():
    # The notes: a true class predicted with p = 0.8 costs −log(0.8): 0.0969 with log₁₀,
    # 0.2231 with the natural log that training uses.
    p = np.array([[0.1, 0.8, 0.1]])
    loss = losses.get("categorical_crossentropy")(p, np.array([[0.0, 1.0, 0.0]]))
    assert loss == pytest.approx(0.2231, abs=1e-4)
    assert loss / math.log(10) == pytest.approx(0.0969, abs=1e-4)


def test_mae_is_pulled_less_by_an_outlier_than_mse():
    # The best constant prediction under MSE is the mean, under MAE the median.
    y = np.array([1.0, 1.1, 0.9, 1.0, 10.0])
    grid = np.linspace(0, 10, 10001)
    mse = [losses.get("mse")(np.full(5, c), y) for c in grid]
    mae = [losses.get("mae")(np.full(5, c), y) for c in grid]
    best_mse, best_mae = grid[np.argmin(mse)], grid[np.argmin(mae)]
    assert best_mse == pytest.approx(y.mean(), abs=1e-3)
    assert best_mae == pytest.approx(np.median(y), abs=1e-3)
    assert abs(best_mae - 1.0) < abs(best_mse - 1.0)
