"""The numba CPU backend agrees with the reference backend, step by step.

Same seed, same batches, same dropout stream: per-step losses and final weights over 100
optimizer steps agree within 1e-5 relative (float32), for every layer type, activation, loss
and optimizer. Weights are compared relative to the scale of their array (a weight that is
itself near zero is judged against its neighbours, not against 0). Training here goes one step
per call (``train_step`` runs the compiled loop for one batch); tests/engine/test_compiled_path.py
runs many steps per call.
"""

import os
import threading

import numpy as np
import pytest

from engine import backends, layers, optimizers
from engine.activations import ACTIVATIONS
from engine.graph import LayerGraph
from engine.model import Model, Sequential, seed_streams
from engine.optimizers import OPTIMIZERS

STEPS = 100
RTOL = 1e-5


def _train(model: Model, backend: str, x, y, batch: int, steps: int = STEPS):
    """``steps`` optimizer updates on fixed batches; returns (per-step losses, final weights)."""
    engine = backends.get(backend)
    net = model.network
    _, _, dropout_rng = seed_streams(3)
    order = np.random.default_rng(4)
    losses = []
    for _ in range(steps):
        idx = order.choice(len(x), size=batch, replace=False)
        loss, _ = model.train_step(engine, net, x[idx], y[idx], dropout_rng)
        losses.append(loss)
    return np.array(losses), model.get_weights()


def assert_backends_agree(make_model, x, y, *, batch: int = 8, steps: int = STEPS) -> None:
    ref_losses, ref_weights = _train(make_model(), "reference", x, y, batch, steps)
    cpu_losses, cpu_weights = _train(make_model(), "cpu", x, y, batch, steps)
    assert np.all(np.isfinite(ref_losses))
    np.testing.assert_allclose(cpu_losses, ref_losses, rtol=RTOL, atol=0)
    for r, c in zip(ref_weights, cpu_weights, strict=True):
        assert c.dtype == r.dtype
        np.testing.assert_allclose(c, r, rtol=RTOL, atol=RTOL * float(np.max(np.abs(r))))


def sequential(stack, loss, optimizer="sgd", dtype="float32"):
    def make():
        model = Sequential(stack, seed=0, dtype=dtype)
        opt = optimizers.get(optimizer)
        model.compile(
            optimizer=type(opt)(**{k: v for k, v in opt.get_config().items() if k != "name"}), loss=loss
        )
        return model

    return make


def regression(shape=(3,), outputs=2, n=64, seed=1, dtype=np.float32):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, *shape)).astype(dtype)
    return x, rng.normal(size=(n, outputs)).astype(dtype)


def classes(k=3, n=64, seed=2):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, 3)).astype(np.float32), rng.integers(0, k, size=n)


# -- activations ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ACTIVATIONS.names())
def test_every_activation_in_dense_and_activation_layers(name):
    spec = {"name": name, "alpha": 0.2} if name in ("leaky_relu", "elu") else name
    stack = [
        layers.Input(3),
        layers.Dense(6, activation=spec),
        layers.Activation(spec),
        layers.Dense(2),
    ]
    assert_backends_agree(sequential(stack, "mse", optimizers.SGD(0.05)), *regression())


# -- losses ---------------------------------------------------------------------------------------

_LOSS_CASES = {
    "mse": ([layers.Dense(2)], "mse", regression),
    "mae": ([layers.Dense(2)], "mae", regression),
    "huber": ([layers.Dense(2)], {"name": "huber", "delta": 0.5}, regression),
    "bce-fused-sigmoid": ([layers.Dense(1, activation="sigmoid")], "binary_crossentropy", None),
    "bce-unfused-hard-sigmoid": ([layers.Dense(1, activation="hard_sigmoid")], "binary_crossentropy", None),
    "bce-from-logits": (
        [layers.Dense(1)],
        {"name": "binary_crossentropy", "from_logits": True},
        None,
    ),
    "cce-fused-softmax": ([layers.Dense(3, activation="softmax")], "categorical_crossentropy", "onehot"),
    "cce-from-logits": (
        [layers.Dense(3)],
        {"name": "categorical_crossentropy", "from_logits": True},
        "onehot",
    ),
    "scce-fused-softmax": (
        [layers.Dense(3, activation="softmax")],
        "sparse_categorical_crossentropy",
        "labels",
    ),
}


@pytest.mark.parametrize("case", list(_LOSS_CASES))
def test_every_loss(case):
    head, loss, data = _LOSS_CASES[case]
    if data is regression:
        x, y = regression()
    else:
        x, labels = classes(k=2 if data is None else 3)
        y = labels.astype(np.float32) if data is None else labels
        if data == "onehot":
            y = np.eye(3, dtype=np.float32)[labels]
    stack = [layers.Input(3), layers.Dense(5, activation="tanh"), *head]
    assert_backends_agree(sequential(stack, loss, optimizers.SGD(0.1)), x, y)


@pytest.mark.parametrize("name", ["categorical_crossentropy", "binary_crossentropy", "huber"])
def test_loss_kernel_on_probabilities_matches_the_loss_class(name):
    """The unfused forms (a validated graph fuses softmax + cross-entropy, so check directly)."""
    from engine import losses
    from engine.backends import compiled
    from engine.backends.kernels import elementwise

    loss = losses.get(name)
    rng = np.random.default_rng(5)
    p = rng.dirichlet(np.ones(3), size=7).astype(np.float32)
    p[0] = [1.0, 0.0, 0.0]  # clipped probabilities
    y = np.eye(3, dtype=np.float32)[rng.integers(0, 3, size=7)]
    code, param, lo, hi = compiled.loss_code(loss, from_logits=False)
    grad = np.empty_like(p)
    value = elementwise.loss_value_grad(code, param, np.float32(lo), np.float32(hi), p, y, grad)
    assert value == pytest.approx(loss.value(p, y), rel=RTOL)
    np.testing.assert_allclose(grad, loss.grad(p, y), rtol=RTOL)


# -- optimizers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*OPTIMIZERS.names(), "adam-clipnorm"])
def test_every_optimizer(name):
    opt = optimizers.Adam(0.01, clipnorm=0.5) if name == "adam-clipnorm" else optimizers.get(name)
    stack = [layers.Input(3), layers.Dense(6, activation="relu"), layers.Dense(2)]
    assert_backends_agree(sequential(stack, "mse", opt), *regression())


# -- layers ---------------------------------------------------------------------------------------


def test_dropout_uses_the_same_random_stream():
    stack = [layers.Input(3), layers.Dense(16, activation="relu"), layers.Dropout(0.3), layers.Dense(2)]
    assert_backends_agree(sequential(stack, "mse", optimizers.SGD(0.05)), *regression())


def test_flatten_of_2d_samples():
    stack = [layers.Input((2, 3)), layers.Flatten(), layers.Dense(4, activation="tanh"), layers.Dense(2)]
    assert_backends_agree(sequential(stack, "mse", optimizers.SGD(0.05)), *regression(shape=(2, 3)))


@pytest.mark.parametrize("center_scale", [True, False])
def test_batch_normalization(center_scale):
    # No bias before the normalization: its true gradient is exactly 0 (the batch mean removes
    # it), so both backends would only accumulate their own rounding noise there, which Adam
    # scales up to full-size steps. (As in practice: Dense(use_bias=False) before BatchNorm.)
    stack = [
        layers.Input(3),
        layers.Dense(6, use_bias=False),
        layers.BatchNormalization(center=center_scale, scale=center_scale, momentum=0.9),
        layers.Activation("relu"),
        layers.Dense(2),
    ]
    assert_backends_agree(sequential(stack, "mse", optimizers.Adam(0.01)), *regression())


def test_batch_normalization_over_the_last_axis_of_3d_samples():
    stack = [layers.Input((3, 4)), layers.BatchNormalization(), layers.Flatten(), layers.Dense(2)]
    assert_backends_agree(sequential(stack, "mse", optimizers.SGD(0.05)), *regression(shape=(3, 4)))


def _graph_model(build, dtype="float32"):
    def make():
        graph = LayerGraph()
        build(graph)
        model = Model(graph, seed=0, dtype=dtype)
        model.compile(optimizer=optimizers.SGD(0.1))
        return model

    return make


def test_add_with_a_skip_connection():
    def build(g):
        inp = g.add_layer(layers.Input(3))
        d0 = g.add_layer(layers.Dense(4, activation="tanh"))
        d1 = g.add_layer(layers.Dense(4, activation="sigmoid"))
        d2 = g.add_layer(layers.Dense(4, activation="elu"))
        add = g.add_layer(layers.Add())
        head = g.add_layer(layers.Dense(3, activation="softmax"))
        out = g.add_layer(layers.Output(loss="sparse_categorical_crossentropy"))
        for a, b in [
            (inp, d0),
            (d0, d1),
            (d0, d2),
            (d0, add),
            (d1, add),
            (d2, add),
            (add, head),
            (head, out),
        ]:
            g.connect(a, b)

    assert_backends_agree(_graph_model(build), *classes())


def test_concatenate_keeps_branch_order():
    def build(g):
        inp = g.add_layer(layers.Input(3))
        wide = g.add_layer(layers.Dense(3, activation="elu"))
        narrow = g.add_layer(layers.Dense(2, activation="swish"))
        cat = g.add_layer(layers.Concatenate())
        head = g.add_layer(layers.Dense(1, activation="sigmoid"))
        out = g.add_layer(layers.Output(loss="binary_crossentropy"))
        for a, b in [(inp, wide), (inp, narrow), (wide, cat), (narrow, cat), (cat, head), (head, out)]:
            g.connect(a, b)

    x, labels = classes(k=2)
    assert_backends_agree(_graph_model(build), x, labels.astype(np.float32))


def test_float64_models_train_in_float64():
    stack = [layers.Input(3), layers.Dense(6, activation="tanh"), layers.Dense(2)]
    assert_backends_agree(
        sequential(stack, "mse", optimizers.SGD(0.05), dtype="float64"), *regression(dtype=np.float64)
    )


# -- the rest of the interface --------------------------------------------------------------------


def test_predict_and_loss_in_inference_mode_agree():
    stack = [
        layers.Input(3),
        layers.Dense(6, activation="relu"),
        layers.BatchNormalization(),
        layers.Dropout(0.5),
        layers.Dense(3, activation="softmax"),
    ]
    x, labels = classes()
    model = sequential(stack, "sparse_categorical_crossentropy", optimizers.Adam(0.01))()
    model.fit(x, labels, epochs=2, batch_size=16, seed=0, backend="cpu")
    ref, cpu = backends.get("reference"), backends.get("cpu")
    net = model.network
    np.testing.assert_allclose(
        cpu.predict(net, model.params, x), ref.predict(net, model.params, x), rtol=1e-5
    )
    assert cpu.loss(net, model.params, x, labels) == pytest.approx(
        ref.loss(net, model.params, x, labels), rel=1e-5
    )


def test_fit_with_backend_cpu_matches_fit_with_reference():
    stack = [layers.Input(2), layers.Dense(8, activation="tanh"), layers.Dense(1, activation="sigmoid")]
    rng = np.random.default_rng(0)
    x = rng.normal(size=(50, 2)).astype(np.float32)
    y = (x[:, 0] * x[:, 1] > 0).astype(np.float32)
    histories = {}
    for backend in ("reference", "cpu"):
        model = sequential(stack, "binary_crossentropy", optimizers.SGD(0.1))()
        histories[backend] = model.fit(x, y, epochs=5, batch_size=10, seed=3, backend=backend).history["loss"]
    np.testing.assert_allclose(histories["cpu"], histories["reference"], rtol=RTOL)


def test_bad_labels_get_the_losses_own_message():
    stack = [layers.Input(3), layers.Dense(3, activation="softmax")]
    model = sequential(stack, "sparse_categorical_crossentropy")()
    x, _ = classes()
    with pytest.raises(Exception, match="outside the 3 classes"):
        backends.get("cpu").loss_and_gradients(model.network, model.params, x[:4], np.array([0, 1, 2, 7]))


def test_runs_off_the_main_thread():
    """The engine worker thread runs training: the kernels (nogil) must work there too."""
    stack = [layers.Input(3), layers.Dense(6, activation="gelu"), layers.Dense(2)]
    model = sequential(stack, "mse")()
    x, y = regression()
    expected = backends.get("cpu").loss_and_gradients(model.network, model.params, x, y)[0]
    result = {}
    worker = threading.Thread(
        target=lambda: result.update(
            loss=backends.get("cpu").loss_and_gradients(model.network, model.params, x, y)[0]
        )
    )
    worker.start()
    worker.join(timeout=60)
    assert result["loss"] == expected


def test_numba_cache_and_threading_layer_are_set():
    from engine.backends import jit

    backends.get("cpu")
    import numba

    assert os.environ["NUMBA_CACHE_DIR"]
    assert os.environ["NUMBA_CACHE_DIR"] == numba.config.CACHE_DIR
    assert numba.config.THREADING_LAYER == jit.THREADING_LAYER == "workqueue"
    assert "cpu" in backends.names()
