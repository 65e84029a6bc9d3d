"""The compiled loop's own pieces: the float32 tanh, the softmax restated as scalar loops, the
plain-loop dense layers for small shapes beside the BLAS ones, and buffers reused across calls."""

import threading

import numpy as np
import pytest

from engine import activations as A
from engine import layers, losses
from engine.backends import compiled
from engine.backends.kernels import elementwise as E
from engine.backends.kernels import layers as K
from engine.backends.kernels import program as P
from engine.backends.kernels.shared import njit  # through the engine: numba's cache settings first
from tests.engine.test_compiled_path import assert_same_training, classes, regression, sequential, train


@njit
def _kernel_tanh(x, out):
    for j in range(x.shape[0]):
        out[j] = A.tanh(x[j])


def test_the_kernels_float32_tanh_is_within_its_stated_error():
    x = np.concatenate(
        [
            np.linspace(-12, 12, 2_000_001, dtype=np.float32),
            np.logspace(-30, 1, 20_000).astype(np.float32),
            -np.logspace(-30, 1, 20_000).astype(np.float32),
            np.array([0.0, -0.0, np.inf, -np.inf, 1e30, -1e30], np.float32),
        ]
    )
    out = np.empty_like(x)
    _kernel_tanh(x, out)
    exact = np.tanh(x.astype(np.float64))
    rel = np.abs(out - exact) / np.maximum(np.abs(exact), np.finfo(np.float32).tiny)
    assert rel.max() < 5e-7
    assert np.abs(out).max() <= 1.0
    nan = np.array([np.nan], np.float32)
    _kernel_tanh(nan, nan)
    assert np.isnan(nan[0])  # divergence stays visible
    wide = np.linspace(-5, 5, 101)
    out64 = np.empty_like(wide)
    _kernel_tanh(wide, out64)
    np.testing.assert_allclose(out64, np.tanh(wide), rtol=1e-15)  # float64: the exact function (libm)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_softmax_kernels_restate_the_shared_formulas(dtype):
    rng = np.random.default_rng(0)
    z = (rng.normal(size=(7, 5)) * 30).astype(dtype)
    z[3] = [1000, 1000, -1000, 0, 3]  # huge logits: still finite
    dy = rng.normal(size=z.shape).astype(dtype)
    out = np.empty_like(z)
    E.activation_forward(E.SOFTMAX, 0.0, z, out)
    np.testing.assert_allclose(out, A.softmax(z), rtol=1e-6)
    y = A.softmax(z)
    E.activation_backward(E.SOFTMAX, 0.0, z, y, dy, out)
    np.testing.assert_allclose(out, A.softmax_backward(y, dy), rtol=1e-5, atol=1e-6)
    labels = rng.integers(0, 5, size=7)
    onehot = np.eye(5, dtype=dtype)[labels]
    loss = losses.get("sparse_categorical_crossentropy")
    grad = np.empty_like(z)
    value = E.loss_value_grad(E.CCE_LOGITS, 0.0, dtype(0), dtype(1), z, onehot, grad)
    assert value == pytest.approx(loss.value_from_logits(z, labels), rel=1e-6)
    np.testing.assert_allclose(grad, loss.grad_from_logits(z, labels), rtol=1e-5, atol=1e-7)


def test_small_dense_loops_equal_the_blas_kernels():
    rng = np.random.default_rng(1)
    n, fin, fout = 6, 5, 4
    x, W, b = (rng.normal(size=s) for s in ((n, fin), (fin, fout), (fout,)))
    dz = rng.normal(size=(n, fout))
    z = np.full((n, fout), np.nan)
    K.dense_forward_small(x, W, b, True, z)
    np.testing.assert_allclose(z, x @ W + b, rtol=1e-12)
    K.dense_forward_small(x, W, b[:0], False, z)
    np.testing.assert_allclose(z, x @ W, rtol=1e-12)
    dW, db, dx = np.full((fin, fout), np.nan), np.full(fout, np.nan), np.full((n, fin), np.nan)
    K.dense_backward_small(x, W, dz, True, dW, db, dx)
    np.testing.assert_allclose(dW, x.T @ dz, rtol=1e-12)
    np.testing.assert_allclose(db, dz.sum(axis=0), rtol=1e-12)
    np.testing.assert_allclose(dx, dz @ W.T, rtol=1e-12)
    K.dense_backward_small(x, W, dz, False, dW, db[:0], dx[:0])  # no bias, no dL/dx wanted
    np.testing.assert_allclose(dW, x.T @ dz, rtol=1e-12)


@pytest.mark.parametrize("activation", ["tanh", "relu", "softmax"])
def test_a_network_with_small_and_blas_sized_layers_trains_as_the_reference(activation):
    """One layer under layers.SMALL_PRODUCT multiply-adds (plain loops), one far above (BLAS)."""
    batch = 16
    assert P._small(batch, 3, 4) and not P._small(batch, 4, 300)
    stack = [layers.Input(3), layers.Dense(4, activation="tanh"), layers.Dense(300, activation=activation)]
    stack.append(layers.Dense(3, activation="softmax"))
    x, y = classes(n=64)
    assert_same_training(sequential(stack, "sparse_categorical_crossentropy", "adam"), x, y, batch=batch)


def test_buffers_are_reused_across_calls_and_a_second_thread_gets_its_own():
    stack = [layers.Input(3), layers.Dense(4, activation="tanh"), layers.Dense(2)]
    make = sequential(stack, "mse", "adam")
    x, y = regression()
    batches = [np.arange(8) + 8 * k for k in range(8)]
    one_call = train(make, "cpu", x, y, batches, calls=1)
    many_calls = train(make, "cpu", x, y, batches, calls=8)
    np.testing.assert_array_equal(one_call[0], many_calls[0])  # reused buffers carry nothing over
    for a, b in zip(one_call[2].get_weights(), many_calls[2].get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)

    model = make()
    program = compiled.program_for(model.network, np.dtype(np.float32))
    program.train_steps(model.params, model.optimizer, x, y, batches[:1], None)
    kept = program._kept["buffers"]
    program.train_steps(model.params, model.optimizer, x, y, batches[1:2], None)
    assert program._kept["buffers"] is kept

    # While one call holds the buffers (the lock), a call from another thread uses its own.
    twin = make()
    results = []
    with program._lock:
        thread = threading.Thread(
            target=lambda: results.append(
                program.train_steps(twin.params, twin.optimizer, x, y, batches[:2], None)[0]
            )
        )
        thread.start()
        thread.join(timeout=120)
    expected = program.train_steps(make().params, make().optimizer, x, y, batches[:1], None)[0]
    assert results and results[0][0] == expected[0]
    assert program._kept["buffers"] is kept
