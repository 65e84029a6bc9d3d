"""The CPU backend's compiled training loop agrees with the reference backend's Python loop.

Each test runs ``train_steps`` once over 100 batches on both backends from the same weights,
batches and dropout seed, then compares per-step losses, predictions, final weights and the
optimizer's state (slots and step count): within 1e-5 relative in float32 (weights judged
against the scale of their array, as tests/engine/test_cpu_backend.py does). Several networks
share one compiled signature per dtype, so the suite compiles the loop once per dtype.
"""

import itertools
import logging

import numpy as np
import pytest

from engine import backends, layers, optimizers, schedules
from engine.activations import ACTIVATIONS
from engine.backends import compiled
from engine.backends.kernels import program as P
from engine.graph import LayerGraph
from engine.model import Model, Sequential, seed_streams
from engine.optimizers import OPTIMIZERS

STEPS = 100
RTOL = 1e-5


def _copy(optimizer: optimizers.Optimizer) -> optimizers.Optimizer:
    return type(optimizer)(**{k: v for k, v in optimizer.get_config().items() if k != "name"})


def sequential(stack, loss, optimizer, dtype="float32"):
    def make():
        model = Sequential(stack, seed=0, dtype=dtype)
        model.compile(optimizer=_copy(optimizers.get(optimizer)), loss=loss)
        return model

    return make


def graph_model(build, optimizer, dtype="float32"):
    def make():
        graph = LayerGraph()
        build(graph)
        model = Model(graph, seed=0, dtype=dtype)
        model.compile(optimizer=_copy(optimizer))
        return model

    return make


def fixed_batches(n: int, batch: int, steps: int = STEPS) -> list[np.ndarray]:
    """``steps`` batches from a fixed stream, with a ragged batch now and then."""
    rng = np.random.default_rng(4)
    return [rng.choice(n, size=batch - (s % 7 == 6), replace=False) for s in range(steps)]


def train(make_model, backend, x, y, batches, *, switch_at=None, calls=1):
    """Train on ``batches`` with ``backend`` (from step ``switch_at`` on the other backend), in
    ``calls`` calls of train_steps; returns (losses, predictions, model)."""
    model = make_model()
    engines = {name: backends.get(name) for name in ("reference", "cpu")}
    other = "cpu" if backend == "reference" else "reference"
    _, _, dropout_rng = seed_streams(3)
    cuts = sorted({0, len(batches), *np.linspace(0, len(batches), calls + 1, dtype=int)})
    if switch_at is not None:
        cuts = sorted({*cuts, switch_at})
    losses, predictions = [], []
    for a, b in itertools.pairwise(cuts):
        name = other if switch_at is not None and a >= switch_at else backend
        step_losses, y_pred = engines[name].train_steps(
            model.network, model.params, model.optimizer, x, y, batches[a:b], dropout_rng
        )
        losses.append(step_losses)
        predictions.append(y_pred)
    return np.concatenate(losses), np.concatenate(predictions), model


def _close(actual, expected, what):
    scale = float(np.max(np.abs(expected))) if np.size(expected) else 0.0
    np.testing.assert_allclose(actual, expected, rtol=RTOL, atol=RTOL * scale, err_msg=what)


def assert_same_training(make_model, x, y, *, batch=8, steps=STEPS, **kwargs):
    model = make_model()
    compiled.optimizer_kind(model.optimizer)  # the compiled loop runs (no layer-by-layer fallback)
    compiled.program_for(model.network, model.dtype)
    batches = fixed_batches(len(x), batch, steps)
    ref_losses, ref_pred, ref = train(make_model, "reference", x, y, batches)
    cpu_losses, cpu_pred, cpu = train(make_model, "cpu", x, y, batches, **kwargs)
    assert np.all(np.isfinite(ref_losses))
    np.testing.assert_allclose(cpu_losses, ref_losses, rtol=RTOL, atol=0, err_msg="per-step losses")
    assert cpu_pred.shape == ref_pred.shape and cpu_pred.dtype == ref_pred.dtype
    _close(cpu_pred, ref_pred, "predictions")
    for r, c in zip(ref.get_weights(), cpu.get_weights(), strict=True):
        assert c.dtype == r.dtype
        _close(c, r, "weights")
    assert cpu.optimizer.iterations == ref.optimizer.iterations == steps
    assert len(cpu.optimizer.slots) == len(ref.optimizer.slots)
    for r_slots, c_slots in zip(ref.optimizer.slots, cpu.optimizer.slots, strict=True):
        assert r_slots.keys() == c_slots.keys()
        for name in r_slots:
            assert c_slots[name].dtype == r_slots[name].dtype
            _close(c_slots[name], r_slots[name], f"optimizer slot {name}")


def regression(shape=(3,), outputs=2, n=64, seed=1, dtype=np.float32):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, *shape)).astype(dtype), rng.normal(size=(n, outputs)).astype(dtype)


def classes(k=3, n=64, seed=2, dtype=np.float32):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, 3)).astype(dtype), rng.integers(0, k, size=n)


# -- activations, losses, optimizers --------------------------------------------------------------


@pytest.mark.parametrize("name", ACTIVATIONS.names())
def test_every_activation(name):
    spec = {"name": name, "alpha": 0.2} if name in ("leaky_relu", "elu") else name
    stack = [layers.Input(3), layers.Dense(6, activation=spec), layers.Activation(spec), layers.Dense(2)]
    assert_same_training(sequential(stack, "mse", optimizers.SGD(0.05)), *regression())


_LOSS_CASES = {
    "mse": ([layers.Dense(2)], "mse", "regression"),
    "mae": ([layers.Dense(2)], "mae", "regression"),
    "huber": ([layers.Dense(2)], {"name": "huber", "delta": 0.5}, "regression"),
    "bce-fused-sigmoid": ([layers.Dense(1, activation="sigmoid")], "binary_crossentropy", "binary"),
    "bce-unfused-hard-sigmoid": (
        [layers.Dense(1, activation="hard_sigmoid")],
        "binary_crossentropy",
        "binary",
    ),
    "bce-from-logits": ([layers.Dense(1)], {"name": "binary_crossentropy", "from_logits": True}, "binary"),
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
    "scce-softmax-activation-layer": (
        [layers.Dense(3), layers.Activation("softmax")],
        "sparse_categorical_crossentropy",
        "labels",
    ),
}


@pytest.mark.parametrize("case", list(_LOSS_CASES))
def test_every_loss(case):
    head, loss, data = _LOSS_CASES[case]
    if data == "regression":
        x, y = regression()
    else:
        x, labels = classes(k=2 if data == "binary" else 3)
        y = {"binary": labels.astype(np.float32), "labels": labels}.get(data)
        if data == "onehot":
            y = np.eye(3, dtype=np.float32)[labels]
    stack = [layers.Input(3), layers.Dense(5, activation="tanh"), *head]
    assert_same_training(sequential(stack, loss, optimizers.SGD(0.1)), x, y)


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_every_optimizer_and_its_state(name):
    stack = [layers.Input(3), layers.Dense(6, activation="relu"), layers.Dense(2)]
    assert_same_training(sequential(stack, "mse", name), *regression())


@pytest.mark.parametrize(
    "optimizer",
    [
        optimizers.SGD(0.05, clipvalue=0.01),
        optimizers.Momentum(0.05, clipnorm=0.05),
        optimizers.Adam(0.01, global_clipnorm=0.05),
        optimizers.RMSProp(0.01, clipvalue=0.02, global_clipnorm=0.1),
    ],
    ids=["clipvalue", "clipnorm", "global_clipnorm", "clipvalue+global"],
)
def test_gradient_clipping(optimizer):
    stack = [layers.Input(3), layers.Dense(6, activation="tanh"), layers.Dense(2)]
    assert_same_training(sequential(stack, "mse", optimizer), *regression())


@pytest.mark.parametrize(
    "schedule",
    [
        schedules.StepDecay(0.05, step_size=10, gamma=0.5),
        schedules.ExponentialDecay(0.05, decay_steps=20, decay_rate=0.5),
        schedules.CosineDecay(0.05, decay_steps=60, alpha=0.1),
        schedules.LinearWarmup(0.05, warmup_steps=30, after=schedules.CosineDecay(0.05, decay_steps=50)),
    ],
    ids=["step", "exponential", "cosine", "warmup"],
)
def test_learning_rate_schedules(schedule):
    stack = [layers.Input(3), layers.Dense(6, activation="tanh"), layers.Dense(2)]
    assert_same_training(sequential(stack, "mse", optimizers.AdamW(schedule)), *regression(), calls=3)


def test_weight_penalties():
    stack = [
        layers.Input(3),
        layers.Dense(6, activation="elu", kernel_regularizer={"name": "l1", "l1": 0.01}),
        layers.Dense(6, activation="tanh", kernel_regularizer={"name": "l1l2", "l1": 0.003, "l2": 0.02}),
        layers.Dense(2, kernel_regularizer={"name": "l2", "l2": 0.05}),
    ]
    assert_same_training(sequential(stack, "mse", optimizers.Adagrad(0.05)), *regression())


# -- layers ---------------------------------------------------------------------------------------


def test_dropout_layers_consume_the_same_random_stream(monkeypatch):
    # A tiny draw budget makes the loop run in many chunks: each must continue the stream.
    monkeypatch.setattr(compiled, "RAND_CHUNK", 100)
    stack = [
        layers.Input(3),
        layers.Dense(16, activation="relu"),
        layers.Dropout(0.3),
        layers.Dense(8, activation="swish"),
        layers.Dropout(0.5),
        layers.Dropout(0.0),
        layers.Dense(2),
    ]
    assert_same_training(sequential(stack, "mse", optimizers.SGD(0.05)), *regression(), calls=4)


@pytest.mark.parametrize("center_scale", [True, False])
def test_batch_normalization_and_its_moving_statistics(center_scale):
    stack = [
        layers.Input(3),
        layers.Dense(6, use_bias=False),
        layers.BatchNormalization(center=center_scale, scale=center_scale, momentum=0.9),
        layers.Activation("relu"),
        layers.Dense(2),
    ]
    assert_same_training(sequential(stack, "mse", optimizers.Adam(0.01)), *regression())


def test_flatten_and_batch_normalization_over_the_last_axis_of_3d_samples():
    stack = [
        layers.Input((3, 4)),
        layers.BatchNormalization(),
        layers.Activation("tanh"),
        layers.Flatten(),
        layers.Dense(2),
    ]
    assert_same_training(sequential(stack, "mse", optimizers.SGD(0.05)), *regression(shape=(3, 4)))


def test_softmax_over_the_last_axis_of_3d_outputs():
    # Categorical cross-entropy on (2, 3) outputs: the gradient divides by the batch, the mean
    # runs over every row of every sample.
    stack = [layers.Input((2, 3)), layers.Activation("softmax")]
    x, _ = regression(shape=(2, 3))
    y = np.eye(3, dtype=np.float32)[np.random.default_rng(0).integers(0, 3, size=(64, 2))]
    batches = fixed_batches(64, 8)
    for backend in ("reference", "cpu"):
        losses, pred, _ = train(sequential(stack, "categorical_crossentropy", "sgd"), backend, x, y, batches)
        if backend == "reference":
            expected = losses, pred
    np.testing.assert_allclose(losses, expected[0], rtol=RTOL)
    _close(pred, expected[1], "predictions")


def _skip_connections(g):
    inp = g.add_layer(layers.Input(3))
    d0 = g.add_layer(layers.Dense(4, activation="tanh"))
    d1 = g.add_layer(layers.Dense(4, activation="sigmoid"))
    drop = g.add_layer(layers.Dropout(0.25))
    d2 = g.add_layer(layers.Dense(4, activation="elu"))
    add = g.add_layer(layers.Add())
    wide = g.add_layer(layers.Dense(3, activation="gelu"))
    cat = g.add_layer(layers.Concatenate())
    head = g.add_layer(layers.Dense(3, activation="softmax"))
    out = g.add_layer(layers.Output(loss="sparse_categorical_crossentropy"))
    edges = [
        (inp, d0),
        (d0, d1),
        (d1, drop),
        (d0, d2),
        (d0, add),
        (drop, add),
        (d2, add),
        (inp, wide),
        (add, cat),
        (wide, cat),
        (d0, cat),
        (cat, head),
        (head, out),
    ]
    for a, b in edges:
        g.connect(a, b)


def test_add_and_concatenate_with_gradients_meeting_at_a_branch():
    assert_same_training(graph_model(_skip_connections, optimizers.Nesterov(0.05)), *classes())


def test_a_branch_that_does_not_reach_the_output():
    """Its layers still run forward (and its dropout still draws), its weights get zero
    gradients, and the optimizer still updates them (as the reference does)."""

    def build(g):
        inp = g.add_layer(layers.Input(3))
        hidden = g.add_layer(layers.Dense(5, activation="tanh"))
        dead = g.add_layer(layers.Dense(4, activation="relu"))
        dead_drop = g.add_layer(layers.Dropout(0.5))
        drop = g.add_layer(layers.Dropout(0.5))
        head = g.add_layer(layers.Dense(2))
        out = g.add_layer(layers.Output(loss="mse"))
        for a, b in [
            (inp, hidden),
            (hidden, dead),
            (dead, dead_drop),
            (hidden, drop),
            (drop, head),
            (head, out),
        ]:
            g.connect(a, b)

    assert_same_training(graph_model(build, optimizers.AdamW(0.01, weight_decay=0.1)), *regression())


def test_float64_networks_train_in_float64():
    make = graph_model(_skip_connections, optimizers.Adam(0.01), dtype="float64")
    assert_same_training(make, *classes(dtype=np.float64))


# -- switching backends ---------------------------------------------------------------------------


@pytest.mark.parametrize("first", ["reference", "cpu"])
def test_switching_backends_halfway_gives_the_same_training(first):
    stack = [
        layers.Input(3),
        layers.Dense(8, activation="relu"),
        layers.BatchNormalization(),
        layers.Dropout(0.2),
        layers.Dense(3, activation="softmax"),
    ]
    make = sequential(stack, "sparse_categorical_crossentropy", optimizers.Adam(0.01))
    x, y = classes()
    batches = fixed_batches(len(x), 8)
    all_ref_losses, _, all_ref = train(make, "reference", x, y, batches)
    losses, _, switched = train(make, first, x, y, batches, switch_at=STEPS // 2)
    np.testing.assert_allclose(losses, all_ref_losses, rtol=RTOL)
    for r, c in zip(all_ref.get_weights(), switched.get_weights(), strict=True):
        _close(c, r, "weights")
    for r_slots, c_slots in zip(all_ref.optimizer.slots, switched.optimizer.slots, strict=True):
        for name in r_slots:
            _close(c_slots[name], r_slots[name], name)
    assert switched.optimizer.iterations == STEPS


# -- the optimizer formulas -----------------------------------------------------------------------


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_compiled_updates_equal_the_numpy_optimizers_bit_for_bit(name, dtype):
    """One definition of each update: the kernel calls the formulas the numpy classes call, with
    the hyper-parameters rounded to the dtype as numpy rounds them."""
    rng = np.random.default_rng(0)
    stack = [layers.Input(3), layers.Dense(4), layers.Dense(2)]
    model = sequential(stack, "mse", name, dtype=np.dtype(dtype).name)()
    net, numpy_opt = model.network, model.optimizer
    program = compiled.translate(net, np.dtype(dtype))
    params = [model.params[n][k] for n, k in net.trainable_keys()]
    flat = np.concatenate([p.ravel() for p in params])
    kind, nesterov, _, tmeta = program._optimizer_settings(numpy_opt)
    slots = np.zeros((2, flat.size), dtype)
    for step in range(5):
        grads = [rng.normal(size=p.shape).astype(dtype) for p in params]
        schedule = program._schedule(numpy_opt, kind, 1)
        numpy_opt.apply(params, grads)
        g = np.concatenate([g.ravel() for g in grads])
        P._update(flat, g, flat.size, slots, kind, nesterov, tmeta, schedule, 0)
        np.testing.assert_array_equal(
            flat, np.concatenate([p.ravel() for p in params]), err_msg=f"step {step}"
        )


# -- the rest of the contract ---------------------------------------------------------------------


def test_train_step_is_one_compiled_step():
    stack = [layers.Input(3), layers.Dense(4, activation="tanh"), layers.Dense(2)]
    x, y = regression()
    ref, cpu = (sequential(stack, "mse", "adam")() for _ in range(2))
    results = {}
    for model, name in ((ref, "reference"), (cpu, "cpu")):
        loss, y_pred = backends.get(name).train_step(
            model.network, model.params, model.optimizer, x[:8], y[:8]
        )
        assert isinstance(loss, float)
        results[name] = loss, y_pred
    assert results["cpu"][0] == pytest.approx(results["reference"][0], rel=RTOL)
    _close(results["cpu"][1], results["reference"][1], "predictions")
    for r, c in zip(ref.get_weights(), cpu.get_weights(), strict=True):
        _close(c, r, "weights")
    assert cpu.optimizer.iterations == 1


def test_no_batches_is_no_step():
    stack = [layers.Input(3), layers.Dense(2)]
    model = sequential(stack, "mse", "sgd")()
    losses, y_pred = backends.get("cpu").train_steps(
        model.network, model.params, model.optimizer, *regression(), []
    )
    assert losses.shape == (0,) and y_pred.shape == (0, 2)
    assert model.optimizer.iterations == 0


def test_errors_are_the_reference_backends():
    stack = [layers.Input(3), layers.Dropout(0.5), layers.Dense(3, activation="softmax")]
    model = sequential(stack, "sparse_categorical_crossentropy", "sgd")()
    x, _ = classes()
    cpu, net = backends.get("cpu"), model.network
    with pytest.raises(Exception, match="outside the 3 classes"):
        cpu.train_steps(
            net, model.params, model.optimizer, x[:4], np.array([0, 1, 2, 7]), [np.arange(4)], None
        )
    with pytest.raises(ValueError, match="random generator"):
        cpu.train_steps(
            net, model.params, model.optimizer, x[:4], np.array([0, 1, 2, 1]), [np.arange(4)], None
        )
    with pytest.raises(IndexError):
        cpu.train_steps(net, model.params, model.optimizer, x[:4], np.zeros(4), [np.arange(5)], None)


def test_an_optimizer_without_a_compiled_update_trains_layer_by_layer(caplog):
    class Halved(optimizers.SGD):
        def update(self, p, g, slots, lr):
            super().update(p, g, slots, lr / 2)

    stack = [layers.Input(3), layers.Dense(4, activation="tanh"), layers.Dense(2)]
    x, y = regression()
    batches = fixed_batches(len(x), 8, steps=10)
    results = {}
    for name in ("reference", "cpu"):
        model = Sequential(stack, seed=0)
        model.compile(optimizer=Halved(0.1), loss="mse")
        with caplog.at_level(logging.WARNING, logger="engine.backends.cpu"):
            losses, _ = backends.get(name).train_steps(
                model.network, model.params, model.optimizer, x, y, batches
            )
        results[name] = losses
    np.testing.assert_allclose(results["cpu"], results["reference"], rtol=RTOL)
    assert "no compiled update for the optimizer Halved" in caplog.text


def test_divergence_shows_as_inf_and_nan_not_an_error():
    """No fastmath that assumes finite numbers, and numpy's error model: a run that blows up
    reports non-finite losses at the same step as the reference."""
    stack = [layers.Input(3), layers.Dense(6, activation="relu"), layers.Dense(2)]
    x, y = regression()
    batches = fixed_batches(len(x), 8, steps=40)
    first_bad = {}
    for backend in ("reference", "cpu"):
        with np.errstate(all="ignore"):
            losses, _, _ = train(sequential(stack, "mse", optimizers.SGD(5.0)), backend, x, y, batches)
        assert not np.all(np.isfinite(losses))
        first_bad[backend] = int(np.argmin(np.isfinite(losses)))
    assert first_bad["cpu"] == first_bad["reference"]
