"""The Keras-shaped API: Sequential, compile, fit, evaluate, predict, weights; metrics, schedules,
optimizer settings — checked on small problems whose answers are known."""

import itertools
import math

import numpy as np
import pytest

from engine import backends, metrics, optimizers, schedules
from engine import layers as L
from engine.errors import ConfigError, ShapeError
from engine.model import Sequential

# -- data, generated inline ---------------------------------------------------------------------------


def circles(n: int = 300, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Class 0 inside radius 1, class 1 on a ring of radius 1.5–2: separable, but not by a line."""
    rng = np.random.default_rng(seed)
    radius = np.r_[rng.uniform(0.0, 1.0, n), rng.uniform(1.5, 2.0, n)]
    angle = rng.uniform(0.0, 2 * np.pi, 2 * n)
    x = np.c_[radius * np.cos(angle), radius * np.sin(angle)].astype(np.float32)
    y = np.r_[np.zeros(n), np.ones(n)].astype(np.float32)
    order = rng.permutation(2 * n)
    return x[order], y[order]


def blobs(n: int = 600, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three well-separated Gaussian blobs with integer labels 0, 1, 2."""
    rng = np.random.default_rng(seed)
    centers = np.array([[0.0, 3.0], [3.0, -2.0], [-3.0, -2.0]])
    y = rng.integers(0, 3, n)
    x = (centers[y] + rng.normal(0.0, 0.6, (n, 2))).astype(np.float32)
    return x, y


def binary_model(seed: int | None = None, hidden: tuple = ()) -> Sequential:
    return Sequential(
        [L.Input(2), L.Dense(8, activation="tanh"), *hidden, L.Dense(1, activation="sigmoid")], seed=seed
    )


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# -- training works ----------------------------------------------------------------------------------


def test_fit_separates_circles():
    x, y = circles()
    model = binary_model(seed=0)
    model.compile(optimizers.Adam(0.05), "binary_crossentropy", ["accuracy"])
    history = model.fit(x, y, epochs=40, batch_size=32, seed=0)
    assert history.history["accuracy"][-1] >= 0.95
    assert history.history["loss"][-1] < history.history["loss"][0]
    predicted = (model.predict(x)[:, 0] >= 0.5).astype(np.float32)
    assert np.mean(predicted == y) >= 0.95
    assert model.evaluate(x, y)["accuracy"] >= 0.95
    assert not history.diverged


def test_fit_softmax_on_three_blobs():
    x, y = blobs()
    model = Sequential([L.Input(2), L.Dense(8, activation="relu"), L.Dense(3, activation="softmax")], seed=0)
    model.compile(optimizers.Adam(0.05), "sparse_categorical_crossentropy", ["accuracy"])
    history = model.fit(x, y, epochs=20, batch_size=32, seed=0)
    assert history.history["accuracy"][-1] >= 0.95
    probabilities = model.predict(x)
    assert probabilities.shape == (len(x), 3)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=1e-5)
    assert np.mean(np.argmax(probabilities, axis=1) == y) >= 0.95


def test_regression_with_mse_reduces_the_loss():
    rng = np.random.default_rng(1)
    x = rng.uniform(-1, 1, (200, 1)).astype(np.float32)
    y = (2.0 * x[:, 0] + 0.5).astype(np.float32)
    model = Sequential([L.Input(1), L.Dense(1)], seed=0)
    model.compile(optimizers.SGD(0.1), "mse", ["mae", "rmse", "r2"])
    start = model.evaluate(x, y)
    history = model.fit(x, y, epochs=10, batch_size=16, seed=0)
    losses = history.history["loss"]
    assert losses[-1] < 0.01 * losses[0]
    assert all(b <= a for a, b in itertools.pairwise(losses))
    end = model.evaluate(x, y)
    assert end["loss"] < 0.01 * start["loss"]
    assert end["r2"] > 0.99
    assert end["rmse"] == pytest.approx(math.sqrt(end["loss"]), rel=1e-3)
    kernel, bias = model.get_weights()
    assert kernel[0, 0] == pytest.approx(2.0, abs=0.05)
    assert bias[0] == pytest.approx(0.5, abs=0.05)


# -- determinism ------------------------------------------------------------------------------------


def _history_of(fit_seed, model_seed=None, hidden=()):
    x, y = circles(100)
    model = binary_model(seed=model_seed, hidden=hidden)
    model.compile(optimizers.Adam(0.01), "binary_crossentropy", ["accuracy"])
    return model.fit(x, y, epochs=3, batch_size=16, seed=fit_seed, validation_split=0.2).history


def test_same_fit_seed_gives_identical_history():
    # Keras style: build, compile, then fit(seed=0) — twice on fresh models, identical curves.
    first, second = _history_of(0), _history_of(0)
    assert first == second


def test_same_model_seed_gives_identical_history_even_with_dropout():
    hidden = (L.Dropout(0.3),)
    first = _history_of(0, model_seed=0, hidden=hidden)
    second = _history_of(0, model_seed=0, hidden=hidden)
    assert first == second


def test_different_seed_gives_different_history():
    assert _history_of(0, model_seed=0) != _history_of(1, model_seed=1)
    assert _history_of(0) != _history_of(1)


def test_same_weights_different_batch_order_seed_differs():
    x, y = circles(100)
    results = []
    for seed in (0, 1):
        model = binary_model(seed=5)
        model.compile(optimizers.SGD(0.1), "binary_crossentropy")
        weights = model.get_weights()
        model.set_weights(weights)
        model.seed = seed  # only the batch order and dropout streams change
        results.append(model.fit(x, y, epochs=2, batch_size=10).history["loss"])
    assert results[0] != results[1]


# -- history, evaluate, predict -----------------------------------------------------------------------


def test_history_keys_with_validation_split():
    x, y = circles(100)
    model = binary_model(seed=0)
    model.compile("adam", "binary_crossentropy", ["accuracy"])
    history = model.fit(x, y, epochs=4, batch_size=32, validation_split=0.25, seed=0)
    assert set(history.history) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    assert history.epoch == [0, 1, 2, 3]
    assert all(len(v) == 4 for v in history.history.values())
    # The validation numbers are those of evaluate on the held-out last quarter.
    val = model.evaluate(x[-50:], y[-50:])
    assert history.history["val_loss"][-1] == pytest.approx(val["loss"])
    assert history.history["val_accuracy"][-1] == pytest.approx(val["accuracy"])


def test_history_without_validation_has_no_val_keys():
    x, y = circles(50)
    model = binary_model(seed=0)
    model.compile("sgd", "binary_crossentropy")
    history = model.fit(x, y, epochs=2, seed=0)
    assert set(history.history) == {"loss"}


def test_evaluate_returns_loss_and_metrics():
    x, y = circles(100)
    model = binary_model(seed=3)
    model.compile("adam", "binary_crossentropy", ["accuracy", "precision", "recall", "f1"])
    result = model.evaluate(x, y)
    assert set(result) == {"loss", "accuracy", "precision", "recall", "f1"}
    p = model.predict(x)[:, 0].astype(np.float64)
    p = np.clip(p, 1e-7, 1 - 1e-7)
    bce = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert result["loss"] == pytest.approx(bce, rel=1e-4)
    labels = (model.predict(x)[:, 0] >= 0.5).astype(int)
    assert result["accuracy"] == pytest.approx(np.mean(labels == y))


def test_predict_shapes_and_batching():
    x, _ = circles(37)
    model = binary_model(seed=0)
    assert model.predict(x).shape == (74, 1)
    np.testing.assert_allclose(model.predict(x, batch_size=10), model.predict(x), rtol=1e-6)
    with pytest.raises(ShapeError, match="shape"):
        model.predict(np.zeros((3, 5), np.float32))


def test_fit_and_evaluate_need_compile_and_matching_lengths():
    x, y = circles(20)
    model = binary_model(seed=0)
    with pytest.raises(ConfigError, match="compile"):
        model.fit(x, y)
    model.compile("adam", "binary_crossentropy")
    with pytest.raises(ShapeError, match="40 samples but 39 labels"):
        model.fit(x, y[:-1])
    with pytest.raises(ConfigError, match="validation_split"):
        model.fit(x, y, validation_split=1.5)


# -- weights ------------------------------------------------------------------------------------------


def test_get_weights_order_and_shapes():
    model = Sequential([L.Input(3), L.Dense(5), L.Dense(4, use_bias=False), L.Dense(2)], seed=0)
    shapes = [w.shape for w in model.get_weights()]
    assert shapes == [(3, 5), (5,), (5, 4), (4, 2), (2,)]
    # Biases start at zero; kernels do not.
    weights = model.get_weights()
    assert not weights[1].any() and not weights[4].any()
    assert weights[0].any()


def test_get_weights_returns_copies():
    model = binary_model(seed=0)
    weights = model.get_weights()
    weights[0][:] = 123.0
    assert not np.any(model.get_weights()[0] == 123.0)


def test_set_weights_changes_predictions_exactly():
    model = binary_model(seed=0)
    rng = np.random.default_rng(2)
    new = [rng.normal(size=w.shape).astype(np.float32) for w in model.get_weights()]
    model.set_weights(new)
    for a, b in zip(model.get_weights(), new, strict=True):
        np.testing.assert_array_equal(a, b)
    x = rng.normal(size=(5, 2)).astype(np.float32)
    w1, b1, w2, b2 = (w.astype(np.float64) for w in new)
    expected = sigmoid(np.tanh(x @ w1 + b1) @ w2 + b2)
    np.testing.assert_allclose(model.predict(x), expected, rtol=1e-5, atol=1e-6)


def test_set_weights_with_wrong_count_raises():
    model = binary_model(seed=0)
    weights = model.get_weights()
    with pytest.raises(ShapeError, match=r"4 weight arrays, but 3 were given"):
        model.set_weights(weights[:3])


def test_set_weights_with_wrong_shape_raises_and_changes_nothing():
    model = binary_model(seed=0)
    before = model.get_weights()
    bad = [w + 1 for w in before]
    bad[2] = np.zeros((1, 8), np.float32)  # second kernel transposed
    with pytest.raises(ShapeError) as info:
        model.set_weights(bad)
    message = str(info.value)
    assert "kernel" in message and "(8, 1)" in message and "(1, 8)" in message
    assert model.graph.nodes[model.network.weight_keys()[2][0]].name in message
    for a, b in zip(model.get_weights(), before, strict=True):
        np.testing.assert_array_equal(a, b)


# -- dropout and batch normalization ------------------------------------------------------------------


def test_dropout_is_active_in_training_only():
    model = Sequential(
        [L.Input(2), L.Dense(16, activation="tanh"), L.Dropout(0.5), L.Dense(1, activation="sigmoid")], seed=0
    )
    model.compile("sgd", "binary_crossentropy")
    x, y = circles(20)
    first, second = model.predict(x), model.predict(x)
    np.testing.assert_array_equal(first, second)
    # Inference ignores dropout entirely: the plain two-layer formula.
    w1, b1, w2, b2 = (w.astype(np.float64) for w in model.get_weights())
    np.testing.assert_allclose(first, sigmoid(np.tanh(x @ w1 + b1) @ w2 + b2), rtol=1e-5, atol=1e-6)
    # Training mode drops units: predictions differ from inference and between two draws.
    engine = backends.get("reference")
    rng = np.random.default_rng(0)
    _, _, train_a = engine.loss_and_gradients(model.network, model.params, x, y, rng)
    _, _, train_b = engine.loss_and_gradients(model.network, model.params, x, y, rng)
    assert not np.allclose(train_a, first)
    assert not np.allclose(train_a, train_b)


def test_batchnorm_moving_statistics_update_in_fit_and_serve_predict():
    x, y = circles(100)
    x = x * 3.0 + 5.0  # features far from mean 0 / variance 1, so the statistics must move
    model = Sequential(
        [
            L.Input(2),
            L.Dense(4, activation="linear"),
            L.BatchNormalization(momentum=0.5),
            L.Dense(1, activation="sigmoid"),
        ],
        seed=0,
    )
    model.compile(optimizers.SGD(0.01), "binary_crossentropy")
    bn = model.graph.nodes_of_type("batch_normalization")[0]
    assert not model.params[bn]["moving_mean"].any()
    np.testing.assert_array_equal(model.params[bn]["moving_variance"], 1.0)
    model.fit(x, y, epochs=2, batch_size=25, seed=0)
    mean, var = model.params[bn]["moving_mean"], model.params[bn]["moving_variance"]
    assert np.all(np.abs(mean) > 0.1)
    assert not np.allclose(var, 1.0)

    # predict normalizes with the moving statistics, not with the batch's own.
    w1, b1, gamma, beta, mm, mv, w2, b2 = (w.astype(np.float64) for w in model.get_weights())
    np.testing.assert_array_equal(mm, mean)
    h = x[:7] @ w1 + b1
    normalized = (h - mm) / np.sqrt(mv + 1e-3) * gamma + beta
    expected = sigmoid(normalized @ w2 + b2)
    np.testing.assert_allclose(model.predict(x[:7]), expected, rtol=1e-4, atol=1e-5)
    # One sample at a time gives the same answer (no batch statistics in inference).
    np.testing.assert_allclose(model.predict(x[:1]), expected[:1], rtol=1e-4, atol=1e-5)
    # Prediction does not move the statistics.
    np.testing.assert_array_equal(model.params[bn]["moving_mean"], mean)


def test_batchnorm_statistics_are_not_trained_by_the_optimizer():
    model = Sequential([L.Input(2), L.BatchNormalization(), L.Dense(1)], seed=0)
    keys = model.network.trainable_keys()
    names = [name for _, name in keys]
    assert names == ["gamma", "beta", "kernel", "bias"]


# -- divergence --------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_huge_learning_rate_diverges_without_crashing():
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, (64, 1)).astype(np.float32)
    y = (200.0 * x[:, 0]).astype(np.float32)
    model = Sequential([L.Input(1), L.Dense(1)], seed=0)
    model.compile(optimizers.SGD(10.0), "mse")
    history = model.fit(x, y, epochs=50, batch_size=16, seed=0)
    losses = history.history["loss"]
    assert history.diverged
    assert not math.isfinite(losses[-1])
    assert all(math.isfinite(v) for v in losses[:-1])
    assert len(history.epoch) < 50  # training stopped at the first non-finite epoch
    assert model.predict(x).shape == (64, 1)


# -- metrics module ---------------------------------------------------------------------------------

Y_TRUE = np.array([0, 0, 1, 1, 2, 2])
Y_PRED = np.array([0, 1, 1, 1, 2, 0])
# Per class — precision: 1/2, 2/3, 1/1; recall: 1/2, 2/2, 1/2; F1: 1/2, 4/5, 2/3.


def test_accuracy_precision_recall_f1_by_hand():
    assert metrics.accuracy(Y_TRUE, Y_PRED) == pytest.approx(4 / 6)
    assert metrics.precision(Y_TRUE, Y_PRED) == pytest.approx((1 / 2 + 2 / 3 + 1) / 3)
    assert metrics.recall(Y_TRUE, Y_PRED) == pytest.approx((1 / 2 + 1 + 1 / 2) / 3)
    assert metrics.f1(Y_TRUE, Y_PRED) == pytest.approx((1 / 2 + 4 / 5 + 2 / 3) / 3)


def test_macro_average_skips_classes_that_never_occur():
    # Class 1 is neither present nor predicted: it must not drag the average down.
    y_true, y_pred = np.array([0, 0, 2, 2]), np.array([0, 2, 2, 2])
    assert metrics.precision(y_true, y_pred) == pytest.approx((1 + 2 / 3) / 2)
    assert metrics.recall(y_true, y_pred) == pytest.approx((1 / 2 + 1) / 2)


def test_confusion_matrix_by_hand():
    expected = np.array([[1, 1, 0], [0, 2, 0], [1, 0, 1]])
    np.testing.assert_array_equal(metrics.confusion_matrix(Y_TRUE, Y_PRED), expected)
    padded = metrics.confusion_matrix(Y_TRUE, Y_PRED, num_classes=4)
    assert padded.shape == (4, 4)
    np.testing.assert_array_equal(padded[:3, :3], expected)
    assert padded[3].sum() == 0 and padded[:, 3].sum() == 0


def test_regression_metrics_by_hand():
    y_true = np.array([1.0, 2.0, 3.0, 4.0])
    y_pred = np.array([1.5, 2.0, 2.5, 4.5])
    assert metrics.mae(y_true, y_pred) == pytest.approx(1.5 / 4)
    assert metrics.rmse(y_true, y_pred) == pytest.approx(math.sqrt(0.75 / 4))
    # SS_res = 0.75, SS_tot = 5.
    assert metrics.r2(y_true, y_pred) == pytest.approx(1 - 0.75 / 5)
    assert metrics.r2(y_true, np.full(4, 2.5)) == pytest.approx(0.0)
    assert math.isnan(metrics.r2(np.ones(3), np.ones(3)))


def test_compute_turns_outputs_into_labels():
    from engine import losses

    bce = losses.get("binary_crossentropy")
    probs = np.array([[0.9], [0.2], [0.6], [0.4]])
    y = np.array([1, 0, 0, 0])
    assert metrics.compute(["accuracy"], probs, y, bce) == {"accuracy": 0.75}
    logits = np.array([[2.0], [-1.0], [0.5], [-0.1]])
    from_logits = losses.get({"name": "binary_crossentropy", "from_logits": True})
    assert metrics.compute(["acc"], logits, y, from_logits) == {"accuracy": 0.75}
    scores = np.array([[0.1, 0.7, 0.2], [0.8, 0.1, 0.1]])
    one_hot = np.array([[0, 1, 0], [0, 0, 1]])
    cce = losses.get("categorical_crossentropy")
    assert metrics.compute(["accuracy"], scores, one_hot, cce) == {"accuracy": 0.5}
    with pytest.raises(ConfigError, match="classification loss"):
        metrics.compute(["accuracy"], probs, y, losses.get("mse"))


def test_unknown_metric_is_named():
    with pytest.raises(ConfigError, match="happiness"):
        metrics.get("happiness")


# -- schedules ------------------------------------------------------------------------------------------


def test_step_decay_values():
    s = schedules.StepDecay(0.1, step_size=10, gamma=0.5)
    assert [s(step) for step in (0, 9, 10, 19, 20, 35)] == pytest.approx(
        [0.1, 0.1, 0.05, 0.05, 0.025, 0.0125]
    )


def test_exponential_decay_values():
    s = schedules.ExponentialDecay(0.1, decay_steps=100, decay_rate=0.5)
    assert s(0) == pytest.approx(0.1)
    assert s(50) == pytest.approx(0.1 * math.sqrt(0.5))
    assert s(100) == pytest.approx(0.05)
    assert s(300) == pytest.approx(0.0125)


def test_cosine_decay_values():
    s = schedules.CosineDecay(1.0, decay_steps=100, alpha=0.1)
    assert s(0) == pytest.approx(1.0)
    assert s(50) == pytest.approx(0.1 + 0.9 * 0.5)
    assert s(25) == pytest.approx(0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi / 4)))
    assert s(100) == pytest.approx(0.1)
    assert s(1000) == pytest.approx(0.1)


def test_warmup_values():
    s = schedules.LinearWarmup(1.0, warmup_steps=4)
    assert [s(step) for step in range(6)] == pytest.approx([0.25, 0.5, 0.75, 1.0, 1.0, 1.0])
    after = schedules.LinearWarmup(
        0.8,
        warmup_steps=2,
        after={"name": "step", "initial_learning_rate": 0.8, "step_size": 3, "gamma": 0.5},
    )
    assert [after(step) for step in range(8)] == pytest.approx([0.4, 0.8, 0.8, 0.8, 0.8, 0.4, 0.4, 0.4])


def test_constant_and_number_schedules():
    assert schedules.get(0.3)(12345) == 0.3
    assert schedules.Constant(0.2)(0) == 0.2


def test_optimizer_follows_its_schedule():
    opt = optimizers.SGD({"name": "step", "initial_learning_rate": 1.0, "step_size": 2, "gamma": 0.1})
    p = np.zeros(1)
    seen = []
    for _ in range(5):
        seen.append(opt.current_learning_rate)
        opt.apply([p], [np.ones(1)])
    assert seen == pytest.approx([1.0, 1.0, 0.1, 0.1, 0.01])
    # SGD without momentum: p moved by −Σ lr·g.
    assert p[0] == pytest.approx(-(1.0 + 1.0 + 0.1 + 0.1 + 0.01))


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        ({"name": "step", "initial_learning_rate": 0.1, "step_size": 0}, "step_size"),
        ({"name": "exponential", "initial_learning_rate": 0.1, "decay_rate": 0}, "decay_rate"),
        ({"name": "cosine", "initial_learning_rate": 0.1, "alpha": 2.0}, "alpha"),
        ({"name": "constant", "initial_learning_rate": -1.0}, "initial_learning_rate"),
        ({"name": "warmup", "initial_learning_rate": 0.1, "warmup_steps": 1.5}, "warmup_steps"),
    ],
)
def test_bad_schedule_settings_name_the_field(spec, field):
    with pytest.raises(ConfigError, match=field):
        schedules.get(spec)


# -- optimizer settings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        ({"name": "sgd", "momentum": -0.1}, "momentum"),
        ({"name": "momentum", "momentum": 1.0}, "momentum"),
        ({"name": "adam", "beta_1": 1.0}, "beta_1"),
        ({"name": "adam", "beta_2": 1.5}, "beta_2"),
        ({"name": "adam", "epsilon": 0.0}, "epsilon"),
        ({"name": "rmsprop", "rho": -0.5}, "rho"),
        ({"name": "adamw", "weight_decay": -1.0}, "weight_decay"),
        ({"name": "sgd", "learning_rate": -0.01}, "initial_learning_rate"),
        ({"name": "sgd", "learning_rate": float("nan")}, "initial_learning_rate"),
        ({"name": "sgd", "clipnorm": 0.0}, "clipnorm"),
        ({"name": "sgd", "nesterov": True}, "momentum"),
        ({"name": "adam", "betaa": 0.9}, "betaa"),
    ],
)
def test_bad_optimizer_settings_name_the_field(spec, field):
    with pytest.raises(ConfigError, match=field):
        optimizers.get(spec)


def test_bad_optimizer_keyword_arguments():
    with pytest.raises(ConfigError, match="momentum"):
        optimizers.SGD(momentum=-0.1)
    with pytest.raises(ConfigError, match="beta_1"):
        optimizers.Adam(beta_1=1)
    with pytest.raises(ConfigError, match="unknown optimizer"):
        optimizers.get("adamm")


def test_compile_rejects_bad_optimizer_and_regression_metric_mismatch():
    model = binary_model(seed=0)
    with pytest.raises(ConfigError, match="beta_1"):
        model.compile({"name": "adam", "beta_1": 1.0}, "binary_crossentropy")
    with pytest.raises(ConfigError, match="classification loss"):
        model.compile("adam", "mse", ["accuracy"])
