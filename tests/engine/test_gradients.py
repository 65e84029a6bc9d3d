"""Analytic gradients against central finite differences, in float64.

Every activation, every loss (plain and fused with its output activation), every layer type
through the reference backend, and the weight penalties. Relative error must stay ≤ 1e-6.

Parametrizations read the registries, so a newly registered activation or loss is checked
automatically (and a loss without a test case here fails until one is added).
"""

import numpy as np
import pytest

from engine import activations, layers, losses
from engine.activations import ACTIVATIONS
from engine.backends.reference import ReferenceBackend
from engine.graph import LayerGraph
from engine.losses import LOSSES
from engine.model import Model, Sequential

H = 1e-6  # central-difference step
TOL = 1e-6  # relative error allowed between analytic and numeric gradients

# Points where an activation has a kink (its derivative jumps): FD is meaningless there.
KINKS = (-3.0, 0.0, 3.0)


# -- helpers ----------------------------------------------------------------------------------------


def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    analytic, numeric = np.asarray(analytic, float), np.asarray(numeric, float)
    assert analytic.shape == numeric.shape, f"shape {analytic.shape} vs numeric {numeric.shape}"
    # The floor keeps FD round-off (~1e-10) on a gradient that is exactly zero (a bias in front
    # of a batch normalization) from counting as a relative error; real gradients here are larger.
    scale = max(np.linalg.norm(analytic), np.linalg.norm(numeric), 1e-3)
    return float(np.linalg.norm(analytic - numeric) / scale)


def assert_grad_close(analytic, numeric, what: str, tol: float = TOL) -> None:
    err = relative_error(analytic, numeric)
    assert err <= tol, (
        f"{what}: relative error {err:.3e} > {tol:.0e}\n"
        f"analytic:\n{np.asarray(analytic)}\nnumeric:\n{np.asarray(numeric)}"
    )


def numeric_grad(f, x: np.ndarray, h: float = H) -> np.ndarray:
    """Central differences of the scalar f() w.r.t. every element of x (perturbed in place)."""
    g = np.empty_like(x, dtype=float)
    for i in range(x.size):
        old = x.flat[i]
        x.flat[i] = old + h
        up = f()
        x.flat[i] = old - h
        down = f()
        x.flat[i] = old
        g.flat[i] = (up - down) / (2 * h)
    return g


def numeric_jacobian(f, x: np.ndarray, h: float = H) -> np.ndarray:
    """J[i, j] = ∂ f(x).flat[i] / ∂ x.flat[j] by central differences."""
    x = x.copy()
    out_size = f(x).size
    jac = np.empty((out_size, x.size))
    for j in range(x.size):
        old = x.flat[j]
        x.flat[j] = old + h
        up = f(x).ravel().copy()
        x.flat[j] = old - h
        down = f(x).ravel().copy()
        x.flat[j] = old
        jac[:, j] = (up - down) / (2 * h)
    return jac


def away_from_kinks(x: np.ndarray, margin: float = 1e-2) -> np.ndarray:
    keep = np.ones(x.shape, bool)
    for k in KINKS:
        keep &= np.abs(x - k) > margin
    return x[keep]


def softmax_rows(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


# -- activations ------------------------------------------------------------------------------------

ACTIVATION_SPECS = [
    *ACTIVATIONS.names(),
    {"name": "leaky_relu", "alpha": 0.2},
    {"name": "elu", "alpha": 0.5},
]


def _spec_id(spec) -> str:
    if isinstance(spec, str):
        return spec
    return "-".join(f"{v}" for v in spec.values())


# A 3×4 batch with values on both sides of every kink (0, ±3) but never near one.
ROWS = np.array(
    [
        [-5.5, -3.7, -2.2, -0.9],
        [-0.31, 0.27, 0.8, 1.6],
        [2.7, 3.4, 4.9, -1.3],
    ]
)


ELEMENTWISE_SPECS = [s for s in ACTIVATION_SPECS if activations.get(s).elementwise]


@pytest.mark.parametrize("spec", ELEMENTWISE_SPECS, ids=_spec_id)
def test_activation_derivative_matches_finite_differences(spec):
    """df on a fine sweep over [-8, 8] (softmax's df is checked on its Jacobian below)."""
    act = activations.get(spec)
    x = away_from_kinks(np.linspace(-8.0, 8.0, 321))
    numeric = (act.f(x + H) - act.f(x - H)) / (2 * H)
    analytic = act.df(x)
    assert analytic.shape == x.shape
    np.testing.assert_allclose(analytic, numeric, rtol=TOL, atol=1e-9, err_msg=f"{act!r}.df")
    assert_grad_close(analytic, numeric, f"{act!r}.df")


@pytest.mark.parametrize("spec", ACTIVATION_SPECS, ids=_spec_id)
def test_activation_jacobian_diagonal_and_elementwise_flag(spec):
    act = activations.get(spec)
    jac = numeric_jacobian(act.f, ROWS)
    # df is ∂yᵢ/∂xᵢ: the Jacobian's diagonal (for elementwise activations, its only entries).
    np.testing.assert_allclose(act.df(ROWS).ravel(), np.diag(jac), rtol=TOL, atol=1e-9)
    off_diagonal = jac - np.diag(np.diag(jac))
    if act.elementwise:
        assert np.max(np.abs(off_diagonal)) < 1e-9, f"{act!r} claims to be elementwise but mixes values"
    else:
        assert np.max(np.abs(off_diagonal)) > 1e-3, f"{act!r} claims to mix a row but does not"


@pytest.mark.parametrize("spec", ACTIVATION_SPECS, ids=_spec_id)
def test_activation_backward_is_vector_jacobian_product(spec):
    act = activations.get(spec)
    rng = np.random.default_rng(1)
    dy = rng.normal(size=ROWS.shape)
    x = ROWS.copy()
    analytic = act.backward(x, act.f(x), dy)
    numeric = numeric_grad(lambda: float(np.sum(dy * act.f(x))), x)
    assert_grad_close(analytic, numeric, f"{act!r}.backward")


def test_activation_checks_can_fail():
    """The Jacobian check sees a wrong derivative (here: a sigmoid paired with tanh's f')."""
    sig, tanh = activations.get("sigmoid"), activations.get("tanh")
    x = ROWS.copy()
    numeric = numeric_grad(lambda: float(np.sum(sig.f(x))), x)
    np.testing.assert_allclose(sig.df(ROWS), numeric, rtol=TOL, atol=1e-9)
    assert relative_error(tanh.df(ROWS), numeric) > 1e-2


# -- losses -----------------------------------------------------------------------------------------

N, K = 5, 3


def _one_hot(labels: np.ndarray, k: int) -> np.ndarray:
    return np.eye(k)[labels]


def loss_case(loss: losses.Loss, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """(prediction, target) valid for this loss; predictions are logits when from_logits is set."""
    from_logits = getattr(loss, "from_logits", False)
    name = loss.name
    if name in ("mse", "mae"):
        return rng.normal(size=(N, K)), rng.normal(size=(N, K))
    if name == "huber":
        # Errors on both sides of delta, never within 0.05 of it (the seam of the two pieces).
        pred = rng.normal(size=(N, K)) * 2 * loss.delta
        pred = np.where(np.abs(np.abs(pred) - loss.delta) < 0.05, pred * 1.2, pred)
        return pred, np.zeros((N, K))
    if name == "binary_crossentropy":
        y = rng.integers(0, 2, size=(N, K)).astype(float)
        y[0] = [0.3, 0.6, 0.9]  # soft targets are allowed too
        pred = rng.normal(size=(N, K)) * 2 if from_logits else rng.uniform(0.05, 0.95, size=(N, K))
        return pred, y
    if name in ("categorical_crossentropy", "sparse_categorical_crossentropy"):
        labels = rng.integers(0, K, size=N)
        y = labels if loss.sparse_targets else _one_hot(labels, K)
        z = rng.normal(size=(N, K)) * 2
        return (z if from_logits else softmax_rows(z)), y
    raise AssertionError(f"no gradient test case for loss {name!r}: add one to loss_case")


LOSS_SPECS = [
    *LOSSES.names(),
    {"name": "huber", "delta": 0.5},
    {"name": "binary_crossentropy", "from_logits": True},
    {"name": "categorical_crossentropy", "from_logits": True},
    {"name": "sparse_categorical_crossentropy", "from_logits": True},
]
FUSED_LOSSES = [n for n in LOSSES.names() if LOSSES.get(n).fused_activation is not None]


@pytest.mark.parametrize("spec", LOSS_SPECS, ids=_spec_id)
def test_loss_gradient_matches_finite_differences(spec):
    loss = losses.get(spec)
    pred, y = loss_case(loss, np.random.default_rng(2))
    value = loss.value(pred, y)
    assert np.isfinite(value) and value > 0
    analytic = loss.grad(pred, y)
    assert analytic.shape == pred.shape
    numeric = numeric_grad(lambda: loss.value(pred, y), pred)
    assert_grad_close(analytic, numeric, f"{loss!r} {loss.get_config()}.grad")


def test_huber_case_covers_both_pieces():
    loss = losses.get({"name": "huber", "delta": 0.5})
    pred, y = loss_case(loss, np.random.default_rng(2))
    d = np.abs(pred - y)
    assert (d < 0.5).any() and (d > 0.5).any()


@pytest.mark.parametrize("name", ["mse", "mae", "huber", "binary_crossentropy"])
def test_loss_gradient_with_flat_targets_for_one_unit(name):
    """An (n, 1) output with (n,) targets: the gradient keeps the output's shape."""
    loss = losses.get(name)
    rng = np.random.default_rng(3)
    pred = rng.uniform(0.1, 0.9, size=(6, 1))
    y = rng.integers(0, 2, size=6).astype(float)
    analytic = loss.grad(pred, y)
    assert analytic.shape == (6, 1)
    numeric = numeric_grad(lambda: loss.value(pred, y), pred)
    assert_grad_close(analytic, numeric, f"{name}.grad with flat targets")


@pytest.mark.parametrize("name", FUSED_LOSSES)
def test_fused_loss_gradient_matches_finite_differences(name):
    loss = losses.get(name)
    rng = np.random.default_rng(4)
    _, y = loss_case(loss, rng)
    z = rng.normal(size=(N, K)) * 2
    analytic = loss.grad_from_logits(z, y)
    assert analytic.shape == z.shape
    numeric = numeric_grad(lambda: loss.value_from_logits(z, y), z)
    assert_grad_close(analytic, numeric, f"{name}.grad_from_logits")


@pytest.mark.parametrize("name", FUSED_LOSSES)
def test_fused_loss_equals_loss_of_activated_logits(name):
    loss = losses.get(name)
    act = activations.get(loss.fused_activation)
    rng = np.random.default_rng(5)
    _, y = loss_case(loss, rng)
    z = rng.normal(size=(N, K)) * 2
    p = act.f(z)
    assert loss.value_from_logits(z, y) == pytest.approx(loss.value(p, y), rel=1e-12, abs=1e-12)
    # Chain rule: dL/dz = act.backward(z, p, dL/dp).
    chained = act.backward(z, p, loss.grad(p, y))
    np.testing.assert_allclose(loss.grad_from_logits(z, y), chained, rtol=1e-10, atol=1e-14)


@pytest.mark.parametrize("name", FUSED_LOSSES)
def test_from_logits_config_is_the_fused_form(name):
    plain = losses.get(name)
    logits = losses.get({"name": name, "from_logits": True})
    rng = np.random.default_rng(6)
    _, y = loss_case(plain, rng)
    z = rng.normal(size=(N, K)) * 2
    assert logits.value(z, y) == pytest.approx(plain.value_from_logits(z, y), rel=1e-12)
    np.testing.assert_allclose(logits.grad(z, y), plain.grad_from_logits(z, y), rtol=1e-12)


# -- layers through the reference backend --------------------------------------------------------


def randomize(model: Model, seed: int = 0, scale: float = 0.8) -> None:
    """Give every trainable array non-trivial values (biases and β included, γ around 1)."""
    rng = np.random.default_rng(seed)
    net = model.network
    for nid, name in net.trainable_keys():
        p = model.params[nid][name]
        base = 1.0 if name == "gamma" else 0.0
        p[...] = base + scale * rng.normal(size=p.shape)


def check_network_gradients(model: Model, x: np.ndarray, y: np.ndarray) -> dict:
    """Every trainable parameter's backend gradient against FD of the training-mode loss."""
    net, params = model.network, model.params
    backend = ReferenceBackend()

    def run():
        # A fresh generator with one seed: every call draws the same dropout mask.
        return backend.loss_and_gradients(net, params, x, y, np.random.default_rng(0))

    loss, grads, _ = run()
    assert np.isfinite(loss)
    keys = net.trainable_keys()
    assert keys, "the network has nothing to train"
    total = 0.0
    for nid, name in keys:
        p = params[nid][name]
        numeric = numeric_grad(lambda: run()[0], p)
        analytic = grads[nid][name]
        assert analytic.shape == p.shape
        assert_grad_close(analytic, numeric, f"{net.step_of[nid].name}.{name}")
        total += float(np.sum(analytic**2))
    assert total > 1e-8, "every gradient is zero: the check would prove nothing"
    return grads


def sequential(stack: list, loss, seed: int = 0) -> Model:
    model = Sequential(stack, dtype="float64", seed=seed)
    model.compile(optimizer="sgd", loss=loss)
    randomize(model, seed)
    return model


def regression_data(n_in, n_out=2, n=6, seed=0, scale=1.5):
    rng = np.random.default_rng(seed + 100)
    shape = (n, *n_in) if isinstance(n_in, tuple) else (n, n_in)
    return rng.normal(size=shape) * scale, rng.normal(size=(n, n_out))


@pytest.mark.parametrize("spec", ACTIVATION_SPECS, ids=_spec_id)
def test_dense_with_each_activation(spec):
    model = sequential([layers.Input(3), layers.Dense(4, activation=spec), layers.Dense(2)], "mse", seed=1)
    check_network_gradients(model, *regression_data(3))


@pytest.mark.parametrize("spec", ACTIVATION_SPECS, ids=_spec_id)
def test_activation_layer(spec):
    model = sequential(
        [layers.Input(3), layers.Dense(4), layers.Activation(spec), layers.Dense(2)], "mse", seed=2
    )
    check_network_gradients(model, *regression_data(3))


def test_dropout_uses_one_mask_per_seed_and_its_gradient():
    model = sequential(
        [layers.Input(4), layers.Dense(6, activation="tanh"), layers.Dropout(0.3), layers.Dense(2)],
        "mse",
    )
    x, y = regression_data(4, n=8)
    net = model.network
    drop_id = next(s.node_id for s in net.steps if isinstance(s.layer, layers.Dropout))
    tape = ReferenceBackend().forward(net, model.params, x, training=True, rng=np.random.default_rng(0))
    dropped = tape.outputs[drop_id] == 0
    assert dropped.any() and not dropped.all(), "the dropout layer dropped nothing (or everything)"
    check_network_gradients(model, x, y)


def test_flatten():
    model = sequential(
        [layers.Input((3, 4)), layers.Flatten(), layers.Dense(5, activation="relu"), layers.Dense(2)],
        "mse",
        seed=3,
    )
    check_network_gradients(model, *regression_data((3, 4)))


@pytest.mark.parametrize(
    "settings",
    [{}, {"scale": False}, {"center": False}, {"momentum": 0.5, "epsilon": 0.1}],
    ids=["default", "no-scale", "no-center", "momentum-epsilon"],
)
def test_batch_normalization_training_mode(settings):
    model = sequential(
        [
            layers.Input(3),
            layers.Dense(5),
            layers.BatchNormalization(**settings),
            layers.Activation("tanh"),
            layers.Dense(2),
        ],
        "mse",
        seed=4,
    )
    check_network_gradients(model, *regression_data(3, n=8))


def test_batch_normalization_over_the_last_axis_of_3d_samples():
    model = sequential(
        [layers.Input((3, 4)), layers.BatchNormalization(), layers.Flatten(), layers.Dense(2)],
        "mse",
        seed=5,
    )
    check_network_gradients(model, *regression_data((3, 4), n=5))


def graph_model(build) -> Model:
    graph = LayerGraph()
    build(graph)
    model = Model(graph, dtype="float64", seed=0)
    randomize(model, 7)
    return model


def test_add_with_a_skip_connection():
    """A residual block: d0 feeds both d1 and the Add, so its gradients must be summed."""

    def build(g):
        inp = g.add_layer(layers.Input(3))
        d0 = g.add_layer(layers.Dense(4, activation="tanh"))
        d1 = g.add_layer(layers.Dense(4, activation="sigmoid"))
        d2 = g.add_layer(layers.Dense(4, activation="elu"))
        add = g.add_layer(layers.Add())
        head = g.add_layer(layers.Dense(3, activation="softmax"))
        out = g.add_layer(layers.Output(loss="categorical_crossentropy"))
        for a, b in [(inp, d0), (d0, d1), (d0, d2), (d0, add), (d1, add), (d2, add), (add, head)]:
            g.connect(a, b)
        g.connect(head, out)

    model = graph_model(build)
    add_step = next(s for s in model.network.steps if isinstance(s.layer, layers.Add))
    assert len(add_step.inputs) == 3
    rng = np.random.default_rng(8)
    y = _one_hot(rng.integers(0, 3, size=6), 3)
    check_network_gradients(model, rng.normal(size=(6, 3)), y)


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

    model = graph_model(build)
    rng = np.random.default_rng(9)
    check_network_gradients(model, rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float))


# (name, head layers before the Output, targets) per loss: fused and unfused heads alike.
def _output_cases():
    cases = []
    for name in LOSSES.names():
        loss = LOSSES.get(name)
        if name in ("mse", "mae"):
            cases.append((name, name, [layers.Dense(3)]))
        elif name == "huber":
            cases.append((name, {"name": "huber", "delta": 0.5}, [layers.Dense(3)]))
        elif name == "binary_crossentropy":
            cases += [
                ("bce-fused-1", name, [layers.Dense(1, activation="sigmoid")]),
                ("bce-fused-3", name, [layers.Dense(3, activation="sigmoid")]),
                ("bce-activation-layer", name, [layers.Dense(1), layers.Activation("sigmoid")]),
                # A layer between the sigmoid and the Output: BCE.grad, then sigmoid's backward.
                ("bce-unfused", name, [layers.Dense(1, activation="sigmoid"), layers.Dropout(0.0)]),
                ("bce-unfused-hard-sigmoid", name, [layers.Dense(1, activation="hard_sigmoid")]),
                ("bce-from-logits", {"name": name, "from_logits": True}, [layers.Dense(3)]),
            ]
        elif loss.fused_activation == "softmax":
            cases += [
                (f"{name}-fused", name, [layers.Dense(3, activation="softmax")]),
                (f"{name}-activation-layer", name, [layers.Dense(3), layers.Activation("softmax")]),
                (f"{name}-from-logits", {"name": name, "from_logits": True}, [layers.Dense(3)]),
            ]
        else:
            cases.append((name, name, None))  # fails below: add a case for the new loss
    return cases


def _targets(loss: losses.Loss, units: int, n: int, rng) -> np.ndarray:
    if loss.name == "binary_crossentropy":
        return rng.integers(0, 2, size=(n, units)).astype(float) if units > 1 else rng.integers(0, 2, n)
    if loss.name in ("categorical_crossentropy", "sparse_categorical_crossentropy"):
        labels = rng.integers(0, units, size=n)
        return labels if loss.sparse_targets else _one_hot(labels, units)
    return rng.normal(size=(n, units)) * 2


@pytest.mark.parametrize(("case", "spec", "head"), _output_cases(), ids=[c[0] for c in _output_cases()])
def test_output_with_each_loss(case, spec, head):
    assert head is not None, f"no network gradient case for loss {spec!r}: add one to _output_cases"
    model = sequential([layers.Input(4), layers.Dense(5, activation="tanh"), *head], spec, seed=10)
    net = model.network
    if "fused" in case or "activation-layer" in case:
        assert net.fused_loss == ("unfused" not in case)
    rng = np.random.default_rng(11)
    x = rng.normal(size=(7, 4))
    check_network_gradients(model, x, _targets(net.loss, net.output_shape[-1], 7, rng))


def test_input_gradient_through_an_identity_layer():
    """dL/dx of one sample equals dL/db of an identity Dense right after the Input (z = x + b)."""
    model = sequential(
        [
            layers.Input(3),
            layers.Dense(3, kernel_initializer="zeros"),
            layers.Dense(4, activation="gelu"),
            layers.Dense(3, activation="softmax"),
        ],
        "sparse_categorical_crossentropy",
        seed=12,
    )
    net = model.network
    first = net.steps[1].node_id
    model.params[first]["kernel"][...] = np.eye(3)
    model.params[first]["bias"][...] = 0.0
    backend = ReferenceBackend()
    rng = np.random.default_rng(13)
    for label in range(3):
        x = rng.normal(size=(1, 3))
        y = np.array([label])
        _, grads, _ = backend.loss_and_gradients(net, model.params, x, y)
        numeric = numeric_grad(lambda x=x, y=y: backend.loss(net, model.params, x, y), x)
        assert_grad_close(grads[first]["bias"], numeric[0], f"dL/dx for label {label}")


def test_network_check_detects_a_wrong_gradient():
    """Scaling one analytic gradient by 1.001 is caught: the tolerance is not vacuous."""
    model = sequential([layers.Input(3), layers.Dense(4, activation="tanh"), layers.Dense(2)], "mse")
    x, y = regression_data(3)
    net = model.network
    grads = check_network_gradients(model, x, y)
    nid, name = net.trainable_keys()[0]
    p = model.params[nid][name]
    numeric = numeric_grad(lambda: ReferenceBackend().loss_and_gradients(net, model.params, x, y)[0], p)
    assert relative_error(grads[nid][name] * 1.001, numeric) > TOL


# -- regularization ---------------------------------------------------------------------------------


def test_regularization_penalty_gradient():
    model = sequential(
        [
            layers.Input(3),
            layers.Dense(4, activation="tanh", kernel_regularizer={"name": "l1l2", "l1": 0.01, "l2": 0.02}),
            layers.Dense(3),
            layers.Dense(2, kernel_regularizer={"name": "l1", "l1": 0.05}),
        ],
        "mse",
    )
    net, params = model.network, model.params
    penalty, grads = net.regularization(params)
    regularized = [s.node_id for s in net.steps if s.layer.config.get("kernel_regularizer")]
    assert sorted(grads) == sorted((nid, "kernel") for nid in regularized)
    assert penalty > 0
    for (nid, name), analytic in grads.items():
        p = params[nid][name]
        numeric = numeric_grad(lambda: net.regularization(params)[0], p)
        assert_grad_close(analytic, numeric, f"penalty gradient of {net.step_of[nid].name}.{name}")
    # The unregularized middle kernel adds nothing to the penalty.
    middle = net.steps[2].node_id
    before = net.regularization(params)[0]
    params[middle]["kernel"] *= 3
    assert net.regularization(params)[0] == before
