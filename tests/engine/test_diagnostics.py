"""Gradient flow and unit health: vanishing gradients in a deep sigmoid net, dead ReLUs, saturated
units, update ratios, and the plain-language hints drawn from them and from loss histories."""

import numpy as np
import pytest

from engine import Sequential, landscape, layers
from engine import diagnostics as D


def _data(n=256, features=16, seed=0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, features)).astype(np.float32), rng.normal(size=(n, 1)).astype(np.float32)


def _deep(activation, depth=6):
    stack = [layers.Input(16)] + [layers.Dense(32, activation=activation) for _ in range(depth)]
    model = Sequential([*stack, layers.Dense(1)], seed=0)
    model.compile("sgd", "mse")
    return model


def test_deep_sigmoid_gradients_vanish_but_relu_gradients_do_not():
    x, y = _data()
    sigmoid = D.layer_stats(_deep("sigmoid"), x, y)
    relu = D.layer_stats(_deep("relu"), x, y)
    assert len(sigmoid) == 7
    assert D.gradient_ratio(sigmoid) < 1e-3, "far below 1: each sigmoid layer multiplies by ≤ 0.25"
    assert 0.2 < D.gradient_ratio(relu) < 5, "near 1"
    norms = [s.gradient_norm for s in sigmoid]
    assert norms == sorted(norms), "the gradient shrinks layer by layer on its way back"
    assert "vanishing_gradients" in [h.code for h in D.hints(sigmoid)]
    assert D.hints(relu) == []


def test_a_large_negative_bias_kills_relu_units_but_not_leaky_relu_units():
    x, y = _data()
    dead = {}
    for activation in ("relu", "leaky_relu"):
        model = Sequential(
            [
                layers.Input(16),
                layers.Dense(
                    32, activation=activation, bias_initializer={"name": "constant", "value": -10.0}
                ),
                layers.Dense(1),
            ],
            seed=0,
        )
        model.compile("sgd", "mse")
        stats = D.layer_stats(model, x, y)
        dead[activation] = stats[0].dead_fraction
        codes = [h.code for h in D.hints(stats)]
    assert dead["relu"] > 0.9
    assert dead["leaky_relu"] == 0
    assert codes == []  # Leaky ReLU: nothing to say

    healthy = _deep("relu", depth=2)
    assert D.layer_stats(healthy, x, y)[0].dead_fraction < 0.2


def test_dead_units_get_a_hint_naming_the_layer_instead_of_vanishing_gradients():
    x, y = _data()
    model = Sequential(
        [
            layers.Input(16),
            layers.Dense(
                32, activation="relu", bias_initializer={"name": "constant", "value": -10.0}, name="hidden"
            ),
            layers.Dense(1),
        ],
        seed=0,
    )
    model.compile("sgd", "mse")
    hints = D.hints(D.layer_stats(model, x, y))
    assert [h.code for h in hints] == ["dead_units"]
    assert hints[0].layer == "hidden" and "hidden" in hints[0].message and "Leaky ReLU" in hints[0].message
    assert "hidden" in hints[0].message_zh


@pytest.mark.parametrize(("loss", "saturation_counts"), [("binary_crossentropy", False), ("mse", True)])
def test_a_confident_sigmoid_output_is_not_called_saturated_when_its_loss_is_fused(loss, saturation_counts):
    """Sigmoid + cross-entropy trains on p − y, whatever the slope; under MSE the slope stalls it."""
    x, y = _data()
    model = Sequential(
        [layers.Input(16), layers.Dense(1, activation="sigmoid", name="out")],
        seed=0,
    )
    model.compile("sgd", loss)
    (kernel,) = [p["kernel"] for p in model.params.values() if "kernel" in p]
    kernel[:] = 5.0  # outputs pinned near 0 or 1
    (head,) = D.layer_stats(model, x, (y > 0).astype(np.float32))
    codes = [h.code for h in D.hints([head])]
    if saturation_counts:
        assert head.saturated_fraction > 0.5 and "saturated_units" in codes
    else:
        assert head.saturated_fraction is None and "saturated_units" not in codes


def test_saturated_sigmoid_units_and_statistics_of_each_layer():
    x, y = _data()
    model = Sequential(
        [
            layers.Input(16),
            layers.Dense(
                32, activation="sigmoid", kernel_initializer={"name": "random_normal", "stddev": 3.0}
            ),
            layers.Activation("tanh"),
            layers.Dense(1),
        ],
        seed=0,
    )
    model.compile("sgd", "mse")
    stats = D.layer_stats(model, x, y, histogram_bins=20)
    first, act, last = stats
    assert first.saturated_fraction > 0.5
    assert "saturated_units" in [h.code for h in D.hints(stats)]
    assert act.activation == "tanh" and act.gradient_norm is None and act.weight_norm is None
    assert last.saturated_fraction is None and last.dead_fraction is None  # linear
    z = x @ model.params[first.node_id]["kernel"] + model.params[first.node_id]["bias"]
    counts, edges = first.histogram
    assert (
        counts.sum() == z.size and edges[0] == pytest.approx(z.min()) and edges[-1] == pytest.approx(z.max())
    )
    out = 1 / (1 + np.exp(-z))
    assert first.activation_mean == pytest.approx(out.mean(), rel=1e-5)
    assert first.activation_std == pytest.approx(out.std(), rel=1e-4)
    assert first.weight_norm == pytest.approx(
        np.sqrt(
            np.sum(model.params[first.node_id]["kernel"] ** 2)
            + np.sum(model.params[first.node_id]["bias"] ** 2)
        ),
        rel=1e-5,
    )


def test_update_ratio_measures_the_last_step_and_flags_a_huge_one():
    x, y = _data()
    model = _deep("tanh", depth=2)
    before = {nid: {k: a.copy() for k, a in p.items()} for nid, p in model.params.items()}
    model.fit(x, y, epochs=1, batch_size=len(x))
    small = D.layer_stats(model, x, y, previous=before)
    assert all(0 < s.update_ratio < 0.1 for s in small)
    model.compile({"name": "sgd", "learning_rate": 50.0}, "mse")
    before = {nid: {k: a.copy() for k, a in p.items()} for nid, p in model.params.items()}
    model.fit(x, y, epochs=1, batch_size=len(x))
    big = D.layer_stats(model, x, y, previous=before)
    assert "learning_rate_too_high" in [h.code for h in D.hints(big)]


def test_batchnorm_statistics_are_not_changed_by_looking():
    x, y = _data()
    model = Sequential(
        [layers.Input(16), layers.Dense(8), layers.BatchNormalization(), layers.Dense(1)], seed=0
    )
    model.compile("sgd", "mse")
    moving = {k: a.copy() for p in model.params.values() for k, a in p.items() if "moving" in k}
    stats = D.layer_stats(model, x, y)
    assert [s.name for s in stats] == ["dense", "batch_normalization", "dense_1"]
    for p in model.params.values():
        for k, a in p.items():
            if "moving" in k:
                np.testing.assert_array_equal(a, moving[k])


# -- hints from loss histories ------------------------------------------------------------------------


def test_history_hints():
    falling = list(np.exp(-np.linspace(0, 3, 30)))
    assert D.history_hints(falling) == []
    zigzag = [1.0, 0.6, 1.1, 0.55, 1.2, 0.6, 1.15, 0.5, 1.1, 0.58]
    assert [h.code for h in D.history_hints(zigzag)] == ["learning_rate_too_high"]
    climbing = [1.0, 0.8, 0.9, 1.2, 1.6, 2.4, 3.9, 6.0]
    assert [h.code for h in D.history_hints(climbing)] == ["learning_rate_too_high"]
    assert [h.code for h in D.history_hints([1.0, 3.0, float("nan")])] == ["diverged"]
    train = [1.0, 0.7, 0.5, 0.4, 0.3, 0.22, 0.16, 0.12, 0.09]
    val = [1.05, 0.8, 0.62, 0.58, 0.6, 0.66, 0.71, 0.78, 0.85]
    codes = [h.code for h in D.hints(loss=train, val_loss=val)]
    assert codes == ["overfitting"]
    assert "epoch 4" in D.history_hints(train, val)[0].message
    assert D.history_hints(train, [v * 0.5 for v in train]) == []


def test_three_learning_rates_slow_good_and_too_large_and_the_hint_says_so():
    """Lesson 2: too small is slow, a good one converges, too large diverges — and is named."""
    rng = np.random.default_rng(3)
    x = rng.uniform(-2, 2, 50).reshape(-1, 1)
    y = 1.0 + 2.0 * x[:, 0] + rng.normal(0, 0.1, 50)
    best = landscape.least_squares_line(x, y)
    histories = {}
    for rate in (0.001, 0.1, 1.2):
        model, b, w = landscape.line_model(optimizer={"name": "sgd", "learning_rate": rate})
        history = model.fit(x, y, epochs=60, batch_size=len(x), shuffle=False)
        histories[rate] = (history.history["loss"], (b.value(model), w.value(model)))
    slow, good, large = histories[0.001], histories[0.1], histories[1.2]
    assert slow[0][-1] > 1.0, "a tiny learning rate leaves the loss high"
    np.testing.assert_allclose(good[1], best, atol=1e-3)
    assert not np.isfinite(large[0][-1]) or large[0][-1] > large[0][0]
    assert D.history_hints(slow[0]) == [] and D.history_hints(good[0]) == []
    assert [h.code for h in D.history_hints(large[0])] in (["learning_rate_too_high"], ["diverged"])
