"""Critical points: Hessian eigenvalues of known functions are exact, the kind of point follows
from their signs, Lanczos finds the extremes of a network's spectrum, and a saddle is escaped."""

import numpy as np
import pytest

from engine import Sequential, landscape, layers
from engine.errors import ConfigError
from engine.landscape import critical


@pytest.mark.parametrize(
    ("matrix", "kind"),
    [
        (np.diag([1.0, 4.0, 9.0]), "minimum"),
        (np.array([[2.0, 0.0], [0.0, -2.0]]), "saddle"),  # x² − y²
        (-np.array([[3.0, 1.0], [1.0, 2.0]]), "maximum"),
        (np.array([[5.0, 2.0, 0.0], [2.0, -1.0, 0.5], [0.0, 0.5, 3.0]]), "saddle"),
        (np.diag([2.0, 0.0]), "minimum"),  # a flat direction with an upward one: still a minimum
        (np.zeros((2, 2)), "flat"),
    ],
)
def test_hessian_of_a_quadratic_is_exact_and_its_signs_classify_the_point(matrix, kind):
    center = np.array([0.3, -1.2, 2.0])[: len(matrix)]

    def gradient(theta):  # of f(θ) = ½ (θ − c)ᵀ A (θ − c)
        return matrix @ (theta - center)

    H = landscape.hessian_from_gradient(gradient, center)
    np.testing.assert_allclose(H, matrix, atol=1e-9)
    found = landscape.analyze(gradient, center)
    np.testing.assert_allclose(found.eigenvalues, np.linalg.eigvalsh(matrix), atol=1e-9)
    assert found.kind == kind
    assert found.exact and found.gradient_norm == pytest.approx(0, abs=1e-12)


def test_saddle_x2_minus_y2_has_eigenvalues_plus_and_minus_two_and_is_escaped_along_y():
    def gradient(p):
        return np.array([2 * p[0], -2 * p[1]])

    def value(p):
        return p[0] ** 2 - p[1] ** 2

    found = landscape.analyze(gradient, np.zeros(2))
    np.testing.assert_allclose(found.eigenvalues, [-2.0, 2.0], atol=1e-9)
    assert found.kind == "saddle"
    np.testing.assert_allclose(np.abs(found.escape_direction), [0.0, 1.0], atol=1e-9)
    moved = landscape.escape_step(np.zeros(2), found, 0.5, value)
    assert value(moved) == pytest.approx(-0.25)
    minimum = landscape.analyze(lambda p: 2 * p, np.zeros(2))
    assert minimum.escape_direction is None
    with pytest.raises(ConfigError, match="minimum"):
        landscape.escape_step(np.zeros(2), minimum, 0.5)


def test_classification_tolerates_rounding_but_not_real_curvature():
    assert landscape.classify([-1e-9, 1.0, 2.0], tol=1e-6) == "minimum"
    assert landscape.classify([-1e-3, 1.0], tol=1e-6) == "saddle"
    assert landscape.classify([-1.0, 1e-9], tol=1e-6) == "maximum"


def test_hessian_of_the_line_model_is_exact():
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 2, 30)
    y = 0.5 + 1.5 * x + rng.normal(0, 0.1, 30)
    model, _, _ = landscape.line_model(b=0.2, w=-0.7)
    H = landscape.hessian(model, x.reshape(-1, 1), y)
    # L(b, w) = mean((b + w·x − y)²); weights in layout order: kernel (w), then bias (b).
    expected = 2 * np.array([[np.mean(x * x), np.mean(x)], [np.mean(x), 1.0]])
    np.testing.assert_allclose(H, expected, rtol=1e-7)
    b, w = landscape.least_squares_line(x, y)
    model.set_weights([np.array([[w]]), np.array([b])])
    found = landscape.curvature(model, x.reshape(-1, 1), y)
    assert found.kind == "minimum"
    assert found.gradient_norm < 1e-9


def _net(seed=0, hidden=(12, 8)):
    model = Sequential(
        [layers.Input(4), *(layers.Dense(h, activation="tanh") for h in hidden), layers.Dense(1)],
        seed=seed,
        dtype="float64",
    )
    model.compile("sgd", "mse")
    return model


def test_lanczos_finds_the_extreme_eigenvalues_of_a_network():
    rng = np.random.default_rng(1)
    x, y = rng.normal(size=(60, 4)), rng.normal(size=60)
    model = _net()
    H = landscape.hessian(model, x, y)
    assert H.shape == (model.count_params(),) * 2
    np.testing.assert_allclose(H, H.T)
    exact = np.linalg.eigvalsh(H)
    found = landscape.curvature(model, x, y, exact_limit=10, k=2)
    assert not found.exact
    np.testing.assert_allclose(found.eigenvalues[:2], exact[:2], rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(found.eigenvalues[-2:], exact[-2:], rtol=1e-4, atol=1e-6)
    full = landscape.curvature(model, x, y)
    assert full.exact
    np.testing.assert_allclose(full.eigenvalues, exact, atol=1e-9)
    assert found.kind == full.kind == critical.classify(exact, full.tolerance)


def test_escaping_a_saddle_of_a_network_lowers_the_loss():
    rng = np.random.default_rng(2)
    x, y = rng.normal(size=(40, 4)), rng.normal(size=40)
    y -= y.mean()
    model = _net(seed=3, hidden=(6,))
    # All weights zero (and targets of mean zero): the gradient vanishes — a critical point —
    # and the loss's term −2·mean(y · W₂·W₁x) is bilinear in the two layers: curvature of both signs.
    model.set_weights([np.zeros_like(w) for w in model.get_weights()])
    found = landscape.curvature(model, x, y)
    assert found.gradient_norm < 1e-12
    assert found.kind == "saddle"
    before = model.evaluate(x, y)["loss"]
    params = landscape.escape_saddle(model, x, y, step=0.05, spectrum=found)
    assert model.evaluate(x, y)["loss"] == before, "the model itself is left as it was"
    moved = _net(seed=3, hidden=(6,))
    moved.set_weights([params[nid][k] for nid, k in model.network.weight_keys()])
    assert moved.evaluate(x, y)["loss"] < before


def test_unscaled_features_make_an_elongated_surface_and_scaling_makes_it_round():
    """Lesson 17: the Hessian's condition number is the surface's elongation."""
    rng = np.random.default_rng(4)
    x = rng.uniform(0, 100, 200)
    y = 3.0 + 0.05 * x + rng.normal(0, 0.5, 200)
    model, _, _ = landscape.line_model()
    raw = np.linalg.eigvalsh(landscape.hessian(model, x.reshape(-1, 1), y))
    scaled = (x - x.mean()) / x.std()
    round_ = np.linalg.eigvalsh(landscape.hessian(model, scaled.reshape(-1, 1), y))
    assert raw[-1] / raw[0] > 1000
    assert round_[-1] / round_[0] == pytest.approx(1.0, abs=1e-6)
