"""Seams other engine modules use: a backend's loss seeding, a scaler's fitted state, and the
activations whose derivative comes from their output."""

import numpy as np
import pytest

from engine import Sequential, activations, backends, layers
from engine.backends.kernels import elementwise as E
from engine.data import scaling
from engine.errors import ConfigError


def _model(head, loss):
    model = Sequential([layers.Input(3), layers.Dense(5, activation="tanh"), head], seed=0)
    model.compile(optimizer="sgd", loss=loss)
    return model


@pytest.mark.parametrize("backend", ["reference", "cpu"])
@pytest.mark.parametrize(
    ("head", "loss", "seed_key"),
    [
        (layers.Dense(1, activation="sigmoid"), "binary_crossentropy", "logits"),
        (layers.Dense(2), "mse", "output"),
    ],
)
def test_loss_and_seeds_start_backpropagation_as_training_does(backend, head, loss, seed_key):
    model = _model(head, loss)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(6, 3)).astype(np.float32)
    y = rng.integers(0, 2, size=(6, 1)).astype(np.float32) if seed_key == "logits" else x[:, :2]
    engine, net = backends.get(backend), model.network
    tape = engine.forward(net, model.params, x, training=True)
    value, seeds = engine.loss_and_seeds(net, tape, y)
    assert list(seeds) == [seed_key]
    expected_loss, expected_grads, _ = engine.loss_and_gradients(net, model.params, x, y)
    assert value == pytest.approx(expected_loss, rel=1e-6)
    grads = engine.backward(net, model.params, tape, seeds)
    for nid, arrays in expected_grads.items():
        for name, g in arrays.items():
            np.testing.assert_allclose(grads[nid][name], g, rtol=1e-6)


def test_a_scalers_fitted_state_is_what_transform_applies():
    x = np.array([[1.0, 5.0, 2.0], [3.0, 5.0, 4.0], [5.0, 5.0, 9.0]])
    for scaler in (scaling.Standardize(), scaling.MinMax()):
        with pytest.raises(ConfigError, match="not been fitted"):
            scaler.fitted()
        scaler.fit(x)
        shift, divisor = scaler.fitted()
        assert divisor[1] == 1.0  # the constant column is shifted, not divided
        unit = (x - shift) / divisor
        if isinstance(scaler, scaling.MinMax):
            unit = unit * (scaler.high - scaler.low) + scaler.low
        np.testing.assert_allclose(scaler.transform(x), unit.astype(np.float32), rtol=1e-6)
    np.testing.assert_allclose(scaling.Standardize().fit(x).fitted()[0], x.mean(axis=0))


ELEMENTWISE = [name for name in E.ACTIVATION_CODES if activations.get(name).elementwise]


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_derivatives_from_the_output_equal_those_from_the_input(name):
    """The kernels take f' from the output exactly for the activations that say they can."""
    act = activations.get(name)
    assert act.derivative_from_output == (E.ACTIVATION_CODES[name] in E.FROM_OUTPUT)
    x = np.linspace(-6, 6, 2001)
    x = x[np.abs(x) > 1e-6]  # the ReLUs' kink
    if act.derivative_from_output:
        np.testing.assert_allclose(act.df_from_output(act.f(x)), act.df(x), rtol=1e-12, atol=1e-15)
    else:
        with pytest.raises(NotImplementedError, match="needs its input"):
            act.df_from_output(act.f(x))
    dy = np.cos(x)
    np.testing.assert_allclose(act.backward(x, act.f(x), dy), dy * act.df(x), rtol=1e-12, atol=1e-15)
