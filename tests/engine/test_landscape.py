"""Loss surfaces: the exact (b, w) surface, Li et al.'s filter-normalised plane, the PCA plane
of a training path, 1-D interpolation, live surfaces, and the batched grid against the backend."""

import numpy as np
import pytest

from engine import Sequential, landscape, layers
from engine.data import generate
from engine.errors import ConfigError
from engine.landscape import Layout


def _line_data(n=40, b=1.5, w=-2.0, noise=0.3, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-2, 3, n)
    return x.reshape(-1, 1), b + w * x + rng.normal(0, noise, n)


# -- y = b + w·x ------------------------------------------------------------------------------------


def test_line_surface_is_the_exact_mse_and_its_minimum_is_least_squares():
    x, y = _line_data()
    model, b_ref, w_ref = landscape.line_model(loss="mse")
    b_ls, w_ls = landscape.least_squares_line(x, y)
    surf = landscape.parameter_plane(
        model, x, y, b_ref, w_ref, resolution=121, first_range=(-1, 4), second_range=(-4, 1)
    )
    assert surf.labels == ("line.bias[0]", "line.kernel[0, 0]")
    # Every cell is the mean squared error of that very line.
    B, W = np.meshgrid(surf.alphas, surf.betas, indexing="ij")
    exact = np.mean((B[..., None] + W[..., None] * x[:, 0] - y) ** 2, axis=-1)
    np.testing.assert_allclose(surf.loss, exact, rtol=1e-10)
    # The lowest cell is next to the least-squares line, and the quadratic through the cells
    # around it (the MSE surface is exactly quadratic) has its bottom exactly there.
    b_min, w_min, _ = surf.minimum()
    i, j = int(np.argmin(np.abs(surf.alphas - b_min))), int(np.argmin(np.abs(surf.betas - w_min)))
    assert abs(b_min - b_ls) <= np.diff(surf.alphas)[0] and abs(w_min - w_ls) <= np.diff(surf.betas)[0]
    bb, ww = B[i - 1 : i + 2, j - 1 : j + 2].ravel(), W[i - 1 : i + 2, j - 1 : j + 2].ravel()
    design = np.stack([np.ones_like(bb), bb, ww, bb * bb, bb * ww, ww * ww], axis=1)
    c = np.linalg.lstsq(design, surf.loss[i - 1 : i + 2, j - 1 : j + 2].ravel(), rcond=None)[0]
    bottom = np.linalg.solve([[2 * c[3], c[4]], [c[4], 2 * c[5]]], [-c[1], -c[2]])
    np.testing.assert_allclose(bottom, [b_ls, w_ls], atol=1e-7)


def test_gradient_descent_path_walks_down_the_surface_to_least_squares():
    x, y = _line_data()
    model, b_ref, w_ref = landscape.line_model(
        b=-0.5, w=0.5, optimizer={"name": "sgd", "learning_rate": 0.05}
    )
    trace = landscape.ParameterTrace(model, b_ref, w_ref)
    trace.record()
    losses = []
    for _ in range(400):
        losses.append(model.fit(x, y, epochs=1, batch_size=len(x), shuffle=False).history["loss"][0])
        trace.record()
    path = trace.points
    assert path.shape == (401, 2)
    np.testing.assert_allclose(path[0], [-0.5, 0.5])
    np.testing.assert_allclose(path[-1], landscape.least_squares_line(x, y), atol=1e-4)
    assert np.all(np.diff(losses) <= 1e-12), "a small learning rate lowers the loss at every step"


def test_mae_surface_and_two_weights_of_a_bigger_network():
    x, y = _line_data()
    model, b_ref, w_ref = landscape.line_model(loss="mae")
    surf = landscape.parameter_plane(model, x, y, w_ref, b_ref, resolution=11, span=1.0)
    W, B = np.meshgrid(surf.alphas, surf.betas, indexing="ij")
    exact = np.mean(np.abs(B[..., None] + W[..., None] * x[:, 0] - y), axis=-1)
    np.testing.assert_allclose(surf.loss, exact, rtol=1e-10)

    net = Sequential([layers.Input(2), layers.Dense(4, activation="tanh"), layers.Dense(1)], seed=1)
    net.compile("sgd", "mse")
    xs, ys = np.random.default_rng(0).normal(size=(30, 2)), np.random.default_rng(1).normal(size=30)
    first, second = landscape.Param("dense", "kernel", (1, 2)), landscape.Param("dense_1", "bias", 0)
    surf = landscape.parameter_plane(net, xs, ys, first, second, resolution=5)
    i, j = 3, 1
    params = surf.params_at(surf.alphas[i], surf.betas[j])
    probe = Sequential([layers.Input(2), layers.Dense(4, activation="tanh"), layers.Dense(1)], seed=1)
    probe.compile("sgd", "mse")
    probe.set_weights([params[nid][k] for nid, k in net.network.weight_keys()])
    assert probe.evaluate(xs, ys)["loss"] == pytest.approx(surf.loss[i, j], rel=1e-5)
    assert first.value(net, params) == pytest.approx(surf.alphas[i])


def test_parameter_refs_say_what_is_wrong():
    model, b_ref, _ = landscape.line_model()
    x, y = _line_data()
    with pytest.raises(ConfigError, match="no layer named"):
        landscape.Param("nope").locate(model)
    with pytest.raises(ConfigError, match="shape"):
        landscape.Param("line", "kernel", (3, 0)).locate(model)
    with pytest.raises(ConfigError, match="two different"):
        landscape.parameter_plane(model, x, y, b_ref, b_ref)


# -- Li et al.'s random plane ------------------------------------------------------------------------


def _tiny(seed=0, **dense):
    model = Sequential(
        [
            layers.Input(2),
            layers.Dense(8, activation="tanh", **dense),
            layers.Dense(8, activation="tanh", **dense),
            layers.Dense(1, activation="sigmoid"),
        ],
        seed=seed,
    )
    model.compile("sgd", "binary_crossentropy")
    return model


def test_filter_normalisation_gives_every_direction_column_its_weight_column_norm():
    model = _tiny(bias_initializer={"name": "random_normal", "stddev": 0.5})
    x, y = generate("circle", 100, noise=0.1, seed=0)
    surf = landscape.random_plane(model, x, y, resolution=5)
    for direction in surf.directions:
        for nid, arrays in direction.items():
            w = model.params[nid]
            np.testing.assert_allclose(
                np.linalg.norm(arrays["kernel"], axis=0), np.linalg.norm(w["kernel"], axis=0), rtol=1e-5
            )
            assert not np.any(arrays["bias"]), "biases stay still by default"
    d1, d2 = surf.directions
    assert not np.allclose(d1[next(iter(d1))]["kernel"], d2[next(iter(d2))]["kernel"])

    with_biases = landscape.random_plane(model, x, y, resolution=5, include_biases=True)
    for nid, arrays in with_biases.directions[0].items():
        np.testing.assert_allclose(np.abs(arrays["bias"]), np.abs(model.params[nid]["bias"]), rtol=1e-6)


def test_random_plane_shape_center_and_determinism():
    model = _tiny()
    x, y = generate("circle", 200, noise=0.1, seed=0)
    surf = landscape.random_plane(model, x, y, resolution=7, span=0.5, seed=3)
    assert surf.loss.shape == (7, 7)
    np.testing.assert_allclose(surf.alphas, np.linspace(-0.5, 0.5, 7))
    assert surf.loss[3, 3] == pytest.approx(model.evaluate(x, y)["loss"], rel=1e-5)
    again = landscape.random_plane(model, x, y, resolution=7, span=0.5, seed=3)
    np.testing.assert_array_equal(surf.loss, again.loss)
    other = landscape.random_plane(model, x, y, resolution=7, span=0.5, seed=4)
    assert not np.allclose(surf.loss, other.loss)
    sub = landscape.random_plane(model, x, y, resolution=3, subsample=50)
    idx = np.sort(np.random.default_rng(0).choice(200, 50, replace=False))
    assert sub.loss[1, 1] == pytest.approx(model.evaluate(x[idx], y[idx])["loss"], rel=1e-5)
    everything = landscape.random_plane(model, x, y, resolution=7, span=0.5, seed=3, subsample=10_000)
    np.testing.assert_array_equal(everything.loss, surf.loss)  # "at most 10 000 samples": all 200
    with pytest.raises(ConfigError, match="resolution"):
        landscape.random_plane(model, x, y, resolution=1)


def test_the_surface_says_where_each_cell_is():
    model = _tiny()
    x, y = generate("circle", 100, noise=0.1, seed=1)
    surf = landscape.random_plane(model, x, y, resolution=5)
    other = _tiny()
    for i, j in ((0, 4), (2, 1)):
        params = surf.params_at(surf.alphas[i], surf.betas[j])
        other.set_weights([params[nid][k] for nid, k in other.network.weight_keys()])
        assert other.evaluate(x, y)["loss"] == pytest.approx(surf.loss[i, j], rel=1e-5)


# -- the batched grid agrees with the backend cell by cell --------------------------------------------


def _regression(stack, loss="mse", dtype="float32", seed=0):
    model = Sequential(stack, seed=seed, dtype=dtype)
    model.compile("sgd", loss)
    return model


NETWORKS = {
    "tanh chain, BCE fused with sigmoid": lambda: (_tiny(), "circle"),
    "relu + softmax, sparse CE (fused), Dropout": lambda: (
        _regression(
            [
                layers.Input(2),
                layers.Dense(16, activation="relu"),
                layers.Dropout(0.3),
                layers.Dense(3, activation="softmax"),
            ],
            "sparse_categorical_crossentropy",
        ),
        "classes3",
    ),
    "Activation layers, leaky relu, elu, swish; MSE on 2 outputs": lambda: (
        _regression(
            [
                layers.Input(2),
                layers.Dense(6),
                layers.Activation({"name": "leaky_relu", "alpha": 0.2}),
                layers.Dense(5, activation={"name": "elu", "alpha": 0.7}),
                layers.Dense(4, activation="swish"),
                layers.Dense(2, activation="sigmoid"),
            ]
        ),
        "regression2",
    ),
    "Flatten of 2-D samples, gelu, softplus, hard sigmoid; MAE; float64": lambda: (
        _regression(
            [
                layers.Input((2, 3)),
                layers.Activation("softplus"),
                layers.Flatten(),
                layers.Dense(7, activation="gelu"),
                layers.Dense(3, activation="hard_sigmoid"),
                layers.Dense(1),
            ],
            "mae",
            dtype="float64",
        ),
        "image",
    ),
    "huber; L1 and L2 penalties": lambda: (
        _regression(
            [
                layers.Input(2),
                layers.Dense(5, activation="relu", kernel_regularizer={"name": "l2", "l2": 0.05}),
                layers.Dense(1, kernel_regularizer={"name": "l1l2", "l1": 0.01, "l2": 0.02}),
            ],
            {"name": "huber", "delta": 0.5},
        ),
        "regression1",
    ),
    "softmax then categorical CE on probabilities (not fused), no bias": lambda: (
        _regression(
            [
                layers.Input(2),
                layers.Dense(6, activation="tanh", use_bias=False),
                layers.Dense(3),
                layers.Activation("softmax"),
            ],
            {"name": "categorical_crossentropy", "from_logits": False},
        ),
        "onehot3",
    ),
    "MSE on a softmax": lambda: (
        _regression(
            [layers.Input(2), layers.Dense(4, activation="relu"), layers.Dense(3, activation="softmax")]
        ),
        "onehot3",
    ),
    "BatchNorm (moving statistics), sigmoid head fused with BCE": lambda: (
        _with_moving_statistics(
            _regression(
                [
                    layers.Input(2),
                    layers.Dense(6, activation="tanh"),
                    layers.BatchNormalization(),
                    layers.Dense(1, activation="sigmoid"),
                ],
                "binary_crossentropy",
            )
        ),
        "circle",
    ),
}


def _with_moving_statistics(model):
    """BatchNorm's moving statistics away from their (0, 1) start, as after training."""
    rng = np.random.default_rng(5)
    for nid, arrays in model.params.items():
        if "moving_mean" in arrays:
            arrays["moving_mean"][:] = rng.normal(size=arrays["moving_mean"].shape)
            arrays["moving_variance"][:] = rng.uniform(0.5, 2.0, arrays["moving_variance"].shape)
            model.params[nid] = arrays
    return model


def _skip_connections():
    """Input → Dense → (Dense, Dense) → Add and Concatenate with the data → Dense: a graph."""
    from engine.graph import LayerGraph
    from engine.model import Model

    graph = LayerGraph()
    ids = {}
    for name, layer in (
        ("in", layers.Input(2)),
        ("a", layers.Dense(5, activation="tanh")),
        ("b", layers.Dense(5, activation="relu")),
        ("c", layers.Dense(5, activation="elu")),
        ("add", layers.Add()),
        ("cat", layers.Concatenate()),
        ("head", layers.Dense(3, activation="softmax")),
        ("out", layers.Output({"name": "sparse_categorical_crossentropy"})),
    ):
        ids[name] = graph.add_layer(layer, name=name)
    for source, target in (
        ("in", "a"),
        ("a", "b"),
        ("a", "c"),
        ("b", "add"),
        ("c", "add"),
        ("add", "cat"),
        ("in", "cat"),
        ("cat", "head"),
        ("head", "out"),
    ):
        graph.connect(ids[source], ids[target])
    model = Model(graph, seed=0)
    model.compile("sgd")
    return model


NETWORKS["Add and Concatenate (a graph, not a chain)"] = lambda: (_skip_connections(), "classes3")


def _data_for(kind, n=300):
    rng = np.random.default_rng(7)
    x = rng.normal(size=(n, 2)).astype(np.float32)
    if kind == "circle":
        return generate("circle", n, noise=0.1, seed=0)
    if kind == "classes3":
        return x, rng.integers(0, 3, n)
    if kind == "onehot3":
        return x, np.eye(3)[rng.integers(0, 3, n)]
    if kind == "regression2":
        return x, rng.normal(size=(n, 2))
    if kind == "regression1":
        return x, rng.normal(size=n)
    return rng.normal(size=(n, 2, 3)), rng.normal(size=n)


@pytest.mark.parametrize("name", list(NETWORKS))
def test_batched_grid_agrees_with_the_backend_loss_per_cell(name):
    model, kind = NETWORKS[name]()
    x, y = _data_for(kind)
    fast = landscape.random_plane(model, x, y, resolution=6, span=1.5, seed=2, include_biases=True)
    slow = landscape.random_plane(
        model, x, y, resolution=6, span=1.5, seed=2, include_biases=True, method="backend"
    )
    assert fast.method == "batched"
    assert slow.method == "reference"
    rtol = 1e-10 if model.dtype == np.float64 else 2e-5
    np.testing.assert_allclose(fast.loss, slow.loss, rtol=rtol)


def test_a_layer_without_a_batched_form_falls_back_to_the_backend(monkeypatch):
    from engine.landscape import grid

    model, kind = NETWORKS["BatchNorm (moving statistics), sigmoid head fused with BCE"]()
    x, y = _data_for(kind, n=50)
    monkeypatch.setattr(
        grid, "BATCHED_LAYERS", tuple(t for t in grid.BATCHED_LAYERS if t is not layers.BatchNormalization)
    )
    surf = landscape.random_plane(model, x, y, resolution=3)
    assert surf.method == "reference"
    assert surf.loss[1, 1] == pytest.approx(model.evaluate(x, y)["loss"], rel=1e-5)
    with pytest.raises(ConfigError, match="Batch normalization"):
        landscape.random_plane(model, x, y, resolution=3, method="batched")


# -- the plane training moved in ------------------------------------------------------------------------


def test_pca_of_a_path_in_a_known_plane_recovers_the_plane():
    model = _tiny()
    x, y = generate("circle", 100, noise=0.1, seed=0)
    layout = Layout(model.network)
    rng = np.random.default_rng(0)
    u, v = np.linalg.qr(rng.normal(size=(layout.size, 2)))[0].T
    final = layout.flatten(model.params)
    s = np.linspace(-3, 0, 30)
    t = 0.8 * np.sin(np.linspace(0, 3, 30)) * s
    points = final + s[:, None] * u + t[:, None] * v
    snapshots = [layout.unflatten(p, model.params) for p in points]
    plane = landscape.trajectory_plane(model, snapshots, x, y, resolution=9)
    assert plane.explained_variance.sum() == pytest.approx(1.0, abs=1e-6)
    assert plane.explained_variance[0] >= plane.explained_variance[1] > 0
    # The axes span the plane of u and v, and the drawn path keeps every distance of the real one.
    axes = np.stack([layout.flatten(d) for d in plane.directions])
    np.testing.assert_allclose(np.linalg.norm(axes @ np.stack([u, v]).T, axis=0), 1.0, atol=1e-5)
    real = np.linalg.norm(points[:, None] - points[None], axis=-1)
    drawn = np.linalg.norm(plane.path[:, None] - plane.path[None], axis=-1)
    np.testing.assert_allclose(drawn, real, atol=1e-4)
    np.testing.assert_allclose(plane.path[-1], 0, atol=1e-6)
    assert np.all(plane.path[0] <= 0), "training starts at negative coordinates"
    assert plane.alphas.min() < plane.path[:, 0].min() and plane.betas.max() > plane.path[:, 1].max()
    assert plane.loss.shape == (9, 9)


def test_trajectory_plane_of_real_training_with_recorded_snapshots():
    model = _tiny()
    x, y = generate("circle", 200, noise=0.1, seed=0)
    snapshots = landscape.Snapshots(capacity=16)
    snapshots.record(model.params)
    for _ in range(40):
        model.fit(x, y, epochs=1, batch_size=50)
        snapshots.record(model.params)
    assert len(snapshots) <= 17
    assert snapshots.steps[0] == 0 and snapshots.steps[-1] == 40
    final = snapshots[-1]
    for nid in model.params:
        for k in model.params[nid]:
            np.testing.assert_array_equal(final[nid][k], model.params[nid][k])
    plane = landscape.trajectory_plane(model, snapshots, x, y, resolution=11)
    assert plane.path.shape == (len(snapshots), 2)
    assert 0 < plane.explained_variance.sum() <= 1 + 1e-9
    # The last point is the final weights, on the grid's plane at (0, 0).
    i, j = np.argmin(np.abs(plane.alphas)), np.argmin(np.abs(plane.betas))
    near = plane.params_at(plane.alphas[i], plane.betas[j])
    assert np.isfinite(plane.loss).all() and near.keys() == model.params.keys()
    with pytest.raises(ConfigError, match="two snapshots"):
        landscape.trajectory_plane(model, snapshots[:1], x, y)


def test_snapshots_thin_evenly_and_keep_the_latest():
    model = _tiny()
    snaps = landscape.Snapshots(capacity=8)
    for _ in range(100):
        snaps.record(model.params)
    steps = snaps.steps
    assert len(snaps) <= 9
    assert steps[-1] == 99
    gaps = np.diff(steps[:-1])
    assert np.all(gaps == gaps[0]), "kept snapshots are evenly spaced"


# -- 1-D interpolation and the live surface ----------------------------------------------------------------


def test_interpolation_passes_through_both_ends():
    model = _tiny()
    x, y = generate("circle", 200, noise=0.1, seed=0)
    start = {nid: {k: a.copy() for k, a in p.items()} for nid, p in model.params.items()}
    model.fit(x, y, epochs=20, batch_size=20)
    profile = landscape.interpolate(model, start, model.params, x, y, resolution=9, t_range=(-0.5, 1.5))
    np.testing.assert_allclose(profile.ts, np.linspace(-0.5, 1.5, 9))
    assert profile.loss[2] == pytest.approx(_tiny().evaluate(x, y)["loss"], rel=1e-5)  # t = 0
    assert profile.loss[6] == pytest.approx(model.evaluate(x, y)["loss"], rel=1e-5)  # t = 1


def test_live_surface_follows_training_within_its_time_budget():
    model = _tiny()
    x, y = generate("circle", 200, noise=0.1, seed=0)
    live = landscape.LiveLandscape(model, x, y, resolution=5, budget=0.2)
    assert live.record() == pytest.approx((0.0, 0.0))
    assert live.due(), "the first surface comes at once"
    first = live.refresh()
    assert first.loss.shape == (5, 5)
    assert first.loss[2, 2] == pytest.approx(model.evaluate(x, y)["loss"], rel=1e-5)
    assert not live.due(), "right after a refresh, training gets its share of the time"
    model.fit(x, y, epochs=3, batch_size=20)
    a, b = live.record()
    surf = live.refresh()
    np.testing.assert_allclose([surf.alphas[2], surf.betas[2]], [a, b])
    assert surf.loss[2, 2] == pytest.approx(model.evaluate(x, y)["loss"], rel=1e-5)
    # The surface's frame is the path's: center + α·δ + β·η at the current point is the model.
    now = surf.params_at(a, b)
    for nid in model.params:
        np.testing.assert_allclose(now[nid]["kernel"], model.params[nid]["kernel"], atol=1e-5)
    assert surf.path.shape == (2, 2)
    # A point that lies in the plane gets its own coordinates back.
    d1, d2 = live.directions
    layout = Layout(model.network)
    origin = layout.flatten(first.center)  # the frame's origin: the weights training started at
    probe = layout.unflatten(origin + 0.3 * layout.flatten(d1) - 0.2 * layout.flatten(d2), first.center)
    assert live.coordinates(probe) == pytest.approx((0.3, -0.2), abs=1e-5)
    assert live.finish(resolution=7).loss.shape == (7, 7)


def test_warm_up_compiles_exactly_what_a_surface_runs():
    """In a fresh process: after warm_up, a float32 surface compiles nothing more."""
    import subprocess
    import sys

    script = """
from engine import Sequential, landscape, layers
from engine.data import generate
from engine.landscape import _kernels as K
landscape.warm_up(("float32",))
known = [len(K.cell_products.signatures), len(K.combine.signatures)]
model = Sequential([layers.Input(2), layers.Dense(4, activation="tanh"), layers.Dense(3, activation="relu"),
                    layers.Dense(1, activation="sigmoid")], seed=0)
model.compile("sgd", "binary_crossentropy")
landscape.random_plane(model, *generate("circle", 50, noise=0.1, seed=0), resolution=3)
assert [len(K.cell_products.signatures), len(K.combine.signatures)] == known, known
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
