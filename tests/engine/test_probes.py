"""Unit maps (each unit's output over the input plane), weight histograms and surface heights."""

import numpy as np
import pytest

from engine import Sequential, layers, probes
from engine.errors import ConfigError, ShapeError


def _grid(n=5, m=4, low=-2.0, high=2.0):
    xs, ys = np.linspace(low, high, n), np.linspace(low, high, m)
    return xs, ys, np.stack(np.meshgrid(xs, ys, indexing="ij"), axis=-1).reshape(-1, 2)


def _net(dtype="float64"):
    model = Sequential(
        [
            layers.Input(2),
            layers.Dense(3, activation="tanh"),
            layers.Dense(2, activation="relu"),
            layers.Dense(1, activation="sigmoid"),
        ],
        seed=3,
        dtype=dtype,
    )
    model.compile("sgd", "binary_crossentropy")
    return model


def test_first_layer_maps_are_tanh_of_a_weighted_sum_of_the_two_inputs():
    model = _net()
    xs, ys, points = _grid()
    inputs, *maps = probes.unit_maps(model, points, (5, 4))
    assert inputs.name == "input" and inputs.values.shape == (2, 5, 4)
    np.testing.assert_allclose(inputs.values[0], np.repeat(xs[:, None], 4, axis=1))  # x₁ along i
    np.testing.assert_allclose(inputs.values[1], np.repeat(ys[None, :], 5, axis=0))  # x₂ along j
    assert [m.name for m in maps] == ["dense", "dense_1", "dense_2"]
    assert [m.values.shape for m in maps] == [(3, 5, 4), (2, 5, 4), (1, 5, 4)]
    first = model.graph.nodes[maps[0].node_id]
    kernel, bias = model.params[first.id]["kernel"], model.params[first.id]["bias"]
    for u in range(3):
        for i, x in enumerate(xs):
            for j, y in enumerate(ys):
                expected = np.tanh(x * kernel[0, u] + y * kernel[1, u] + bias[u])
                assert maps[0].values[u, i, j] == pytest.approx(expected, abs=1e-12)
    # The last layer's single unit is the network's prediction on the grid.
    np.testing.assert_allclose(maps[2].values[0].reshape(-1), model.predict(points)[:, 0], atol=1e-12)
    relu = maps[1].values
    assert relu.min() >= 0.0


def test_maps_follow_the_given_weights_not_the_models():
    model = _net()
    _, _, points = _grid()
    params = {nid: {k: a.copy() for k, a in p.items()} for nid, p in model.params.items()}
    first = probes.probed_layers(model)[1]
    params[first]["kernel"][:] = 0.0
    params[first]["bias"][:] = 0.5
    maps = probes.unit_maps(model, points, (5, 4), params=params, layers=[first])
    assert len(maps) == 1
    np.testing.assert_allclose(maps[0].values, np.tanh(0.5))
    assert not np.allclose(probes.unit_maps(model, points, (5, 4), layers=[first])[0].values, np.tanh(0.5))


def test_probed_layers_skip_the_output_and_wide_layers():
    model = Sequential([layers.Input(2), layers.Dense(100, activation="relu"), layers.Dense(1)], seed=0)
    model.compile("sgd", "mse")
    ids = probes.probed_layers(model)
    assert [model.graph.nodes[i].name for i in ids] == ["input", "dense_1"]
    assert len(probes.probed_layers(model, max_units=100)) == 3


def test_bad_grids_are_refused_with_the_reason():
    model = _net()
    _, _, points = _grid()
    with pytest.raises(ShapeError, match="5×5 grid has 25 points, but 20"):
        probes.unit_maps(model, points, (5, 5))
    with pytest.raises(ShapeError, match="shape"):
        probes.unit_maps(model, points[:, :1], (5, 4))
    with pytest.raises(ConfigError, match="no layer with id 'nope'"):
        probes.unit_maps(model, points, (5, 4), layers=["nope"])


def test_weight_histograms_count_every_kernel_value_and_flag_non_finite_ones():
    model = _net("float32")
    hists = probes.weight_histograms(model, bins=7)
    assert [h.name for h in hists] == ["dense", "dense_1", "dense_2"]
    for h, size in zip(hists, (6, 6, 2), strict=True):
        assert h.counts.sum() == size and len(h.edges) == 8 and h.non_finite == 0
        kernel = model.params[h.node_id]["kernel"]
        assert h.edges[0] == pytest.approx(kernel.min()) and h.edges[-1] == pytest.approx(kernel.max())
    params = {nid: {k: a.copy() for k, a in p.items()} for nid, p in model.params.items()}
    params[hists[0].node_id]["kernel"][0, 0] = np.nan
    params[hists[2].node_id]["kernel"][:] = 0.25
    broken = probes.weight_histograms(model, params, bins=7)
    assert broken[0].non_finite == 1 and broken[0].counts.sum() == 5
    assert broken[2].counts.sum() == 2 and broken[2].edges[0] < 0.25 < broken[2].edges[-1]
    auto = probes.weight_histograms(model)
    assert [len(h.counts) for h in auto] == [5, 5, 5]  # √6 and √2 weights: the fewest bins
    wide = Sequential([layers.Input(30), layers.Dense(30)], seed=0)
    wide.compile("sgd", "mse")
    assert len(probes.weight_histograms(wide)[0].counts) == 30  # √900
    with pytest.raises(ConfigError, match="at least one bin"):
        probes.weight_histograms(model, bins=0)


def test_surface_heights_read_the_grid_bilinearly():
    alphas, betas = np.linspace(-1, 1, 5), np.linspace(0, 2, 3)
    values = alphas[:, None] * 3 + betas[None, :] * 2  # a plane: bilinear reading is exact
    points = np.array([[0.1, 0.3], [-1, 0], [1, 2], [0.77, 1.9]])
    np.testing.assert_allclose(
        probes.surface_heights(alphas, betas, values, points), points[:, 0] * 3 + points[:, 1] * 2
    )
    # Outside the grid: the nearest edge's value.
    assert probes.surface_heights(alphas, betas, values, [[5.0, 1.0]])[0] == pytest.approx(3 + 2)
    with pytest.raises(ShapeError, match="values must have shape"):
        probes.surface_heights(alphas, betas, values.T, points)
