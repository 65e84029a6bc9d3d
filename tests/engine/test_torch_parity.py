"""LayerLab against PyTorch, in float64: forward passes, gradients, optimizer steps, schedules.

Each LayerLab network is rebuilt from ``torch.nn`` parts with the same initial weights
(a LayerLab kernel is ``(in, out)``; a torch ``Linear.weight`` is ``(out, in)``), then both
run the same batches and must agree to 1e-5.
"""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from engine import backends, layers, losses, optimizers, schedules
from engine.activations import ACTIVATIONS
from engine.model import Model, Sequential
from engine.optimizers import OPTIMIZERS

RTOL, ATOL = 1e-5, 1e-8
DT = torch.float64


# -- a torch mirror of a LayerLab Sequential -------------------------------------------------------


def torch_activation(act) -> nn.Module:
    """The torch module computing the same function as a LayerLab activation."""
    alpha = getattr(act, "alpha", None)
    table = {
        "linear": nn.Identity,
        "sigmoid": nn.Sigmoid,
        "hard_sigmoid": nn.Hardsigmoid,
        "tanh": nn.Tanh,
        "relu": nn.ReLU,
        "leaky_relu": lambda: nn.LeakyReLU(alpha),
        "elu": lambda: nn.ELU(alpha),
        "swish": nn.SiLU,
        "gelu": lambda: nn.GELU(approximate="none"),
        "softplus": nn.Softplus,
        "softmax": lambda: nn.Softmax(dim=-1),
    }
    assert act.name in table, f"no torch counterpart for activation {act.name!r}: add one to the table"
    return table[act.name]()


class Mirror(nn.Module):
    """A LayerLab Sequential rebuilt from torch.nn parts, starting from the same weights.

    ``forward`` returns (the last pre-activation, the output): the cross-entropies take logits.
    ``links`` pairs every torch parameter with the LayerLab array it mirrors.
    """

    def __init__(self, model: Model) -> None:
        super().__init__()
        net = model.network
        self.stages = nn.ModuleList()
        self.acts = nn.ModuleList()
        self.links: list[tuple[torch.Tensor, str, str, bool]] = []
        for step in net.steps:
            layer, nid, p = step.layer, step.node_id, model.params.get(step.node_id, {})
            if isinstance(layer, layers.Input | layers.Output):
                continue
            if isinstance(layer, layers.Dense):
                n_in, units = step.input_shapes[0][0], layer.config["units"]
                lin = nn.Linear(n_in, units, bias="bias" in p, dtype=DT)
                with torch.no_grad():
                    lin.weight.copy_(torch.from_numpy(p["kernel"].T.copy()))
                    self.links.append((lin.weight, nid, "kernel", True))
                    if "bias" in p:
                        lin.bias.copy_(torch.from_numpy(p["bias"]))
                        self.links.append((lin.bias, nid, "bias", False))
                self.stages.append(lin)
                self.acts.append(torch_activation(step.activation))
            elif isinstance(layer, layers.Activation):
                self.stages.append(nn.Identity())
                self.acts.append(torch_activation(step.activation))
            elif isinstance(layer, layers.BatchNormalization):
                cfg = layer.config
                bn = nn.BatchNorm1d(
                    step.output_shape[-1], eps=cfg["epsilon"], momentum=1 - cfg["momentum"], dtype=DT
                )
                with torch.no_grad():
                    bn.weight.copy_(torch.from_numpy(p["gamma"]))
                    bn.bias.copy_(torch.from_numpy(p["beta"]))
                    bn.running_mean.copy_(torch.from_numpy(p["moving_mean"]))
                    bn.running_var.copy_(torch.from_numpy(p["moving_variance"]))
                self.links += [(bn.weight, nid, "gamma", False), (bn.bias, nid, "beta", False)]
                self.stages.append(bn)
                self.acts.append(nn.Identity())
            else:
                raise AssertionError(f"Mirror cannot rebuild a {layer.label} layer")

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        pre = out = x
        for stage, act in zip(self.stages, self.acts, strict=True):
            pre = stage(out)
            out = act(pre)
        return pre, out


def torch_targets(loss: losses.Loss, y: np.ndarray, out: torch.Tensor) -> torch.Tensor:
    if loss.sparse_targets:
        return torch.from_numpy(np.asarray(y, dtype=np.int64))
    return torch.from_numpy(np.asarray(y, dtype=np.float64)).reshape(out.shape)


def torch_loss(loss: losses.Loss, pre: torch.Tensor, out: torch.Tensor, y: np.ndarray) -> torch.Tensor:
    """The same batch-mean loss in torch (from the logits where LayerLab fuses or is told to)."""
    t = torch_targets(loss, y, out)
    from_logits = getattr(loss, "from_logits", False)
    if loss.name == "mse":
        return F.mse_loss(out, t)
    if loss.name == "mae":
        return F.l1_loss(out, t)
    if loss.name == "huber":
        return F.huber_loss(out, t, delta=loss.delta)
    if loss.name == "binary_crossentropy":
        return F.binary_cross_entropy_with_logits(out, t) if from_logits else F.binary_cross_entropy(out, t)
    if loss.name in ("categorical_crossentropy", "sparse_categorical_crossentropy"):
        # Without from_logits the network ends in a softmax, so `pre` are its logits.
        return F.cross_entropy(out if from_logits else pre, t)
    raise AssertionError(f"no torch counterpart for loss {loss.name!r}")


def build(stack: list, loss, *, seed: int = 0, optimizer="sgd", randomize: bool = True) -> Model:
    model = Sequential(stack, dtype="float64", seed=seed)
    model.compile(optimizer=optimizer, loss=loss)
    if randomize:  # biases (and γ, β) away from their zero/one start, so they are tested too
        rng = np.random.default_rng(seed + 1)
        for nid, name in model.network.trainable_keys():
            p = model.params[nid][name]
            if name != "kernel":
                p[...] = (1.0 if name == "gamma" else 0.0) + 0.3 * rng.normal(size=p.shape)
    return model


def assert_params_match(model: Model, mirror: Mirror, when: str) -> None:
    for tensor, nid, name, transposed in mirror.links:
        t = tensor.detach().numpy()
        np.testing.assert_allclose(
            model.params[nid][name], t.T if transposed else t, rtol=RTOL, atol=ATOL, err_msg=f"{name} {when}"
        )


def assert_grads_match(grads: dict, mirror: Mirror) -> None:
    for tensor, nid, name, transposed in mirror.links:
        t = tensor.grad.numpy()
        np.testing.assert_allclose(
            grads[nid][name], t.T if transposed else t, rtol=RTOL, atol=ATOL, err_msg=f"d loss / d {name}"
        )


def check_forward_and_gradients(model: Model, x: np.ndarray, y: np.ndarray) -> Mirror:
    """Loss, predictions and every parameter gradient of one training-mode pass agree."""
    mirror = Mirror(model)
    net = model.network
    loss, grads, y_pred = backends.get("reference").loss_and_gradients(
        net, model.params, x, y, np.random.default_rng(0)
    )
    pre, out = mirror(torch.from_numpy(x))
    t_loss = torch_loss(net.loss, pre, out, y)
    t_loss.backward()
    np.testing.assert_allclose(y_pred, out.detach().numpy(), rtol=RTOL, atol=ATOL, err_msg="predictions")
    assert loss == pytest.approx(t_loss.item(), rel=RTOL)
    assert_grads_match(grads, mirror)
    return mirror


def data(n_in: int, n: int = 8, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(n, n_in))


# -- forward and gradients ------------------------------------------------------------------------


def test_tanh_softmax_sparse_categorical():
    model = build(
        [layers.Input(4), layers.Dense(5, activation="tanh"), layers.Dense(3, activation="softmax")],
        "sparse_categorical_crossentropy",
    )
    assert model.network.fused_loss
    y = np.random.default_rng(1).integers(0, 3, size=8)
    check_forward_and_gradients(model, data(4), y)


def test_softmax_categorical_with_soft_targets():
    model = build(
        [layers.Input(4), layers.Dense(5, activation="relu"), layers.Dense(3, activation="softmax")],
        "categorical_crossentropy",
    )
    y = np.random.default_rng(2).dirichlet(np.ones(3), size=8)
    check_forward_and_gradients(model, data(4), y)


def test_relu_sigmoid_binary_crossentropy():
    model = build(
        [layers.Input(2), layers.Dense(8, activation="relu"), layers.Dense(1, activation="sigmoid")],
        "binary_crossentropy",
    )
    y = np.random.default_rng(3).integers(0, 2, size=8)
    check_forward_and_gradients(model, data(2), y)


@pytest.mark.parametrize(
    ("loss", "units", "y_of"),
    [
        ({"name": "binary_crossentropy", "from_logits": True}, 2, lambda r: r.integers(0, 2, (8, 2))),
        (
            {"name": "categorical_crossentropy", "from_logits": True},
            3,
            lambda r: np.eye(3)[r.integers(0, 3, 8)],
        ),
        ({"name": "sparse_categorical_crossentropy", "from_logits": True}, 3, lambda r: r.integers(0, 3, 8)),
    ],
    ids=["bce", "cce", "scce"],
)
def test_cross_entropies_from_logits(loss, units, y_of):
    model = build([layers.Input(3), layers.Dense(5, activation="elu"), layers.Dense(units)], loss)
    check_forward_and_gradients(model, data(3), y_of(np.random.default_rng(4)))


@pytest.mark.parametrize("loss", ["mse", "mae", {"name": "huber", "delta": 0.7}], ids=["mse", "mae", "huber"])
def test_regression_losses(loss):
    model = build([layers.Input(3), layers.Dense(6, activation="elu"), layers.Dense(2)], loss)
    y = np.random.default_rng(5).normal(size=(8, 2)) * 2
    check_forward_and_gradients(model, data(3), y)


@pytest.mark.parametrize("name", ACTIVATIONS.names())
def test_each_activation(name):
    model = build([layers.Input(3), layers.Dense(5, activation=name), layers.Dense(2)], "mse")
    y = np.random.default_rng(6).normal(size=(8, 2))
    check_forward_and_gradients(model, data(3) * 2, y)


def test_deep_stack_of_smooth_and_leaky_activations():
    acts = ["gelu", "elu", "swish", "softplus", {"name": "leaky_relu", "alpha": 0.1}, "hard_sigmoid"]
    stack = [layers.Input(3)] + [layers.Dense(6, activation=a) for a in acts] + [layers.Dense(2)]
    model = build(stack, "huber")
    y = np.random.default_rng(7).normal(size=(10, 2))
    check_forward_and_gradients(model, data(3, n=10) * 2, y)


def test_batch_normalization_training_and_inference():
    model = build(
        [
            layers.Input(3),
            layers.Dense(6),
            layers.BatchNormalization(),
            layers.Activation("relu"),
            layers.Dense(1),
        ],
        "mse",
    )
    net = model.network
    bn = next(s.node_id for s in net.steps if isinstance(s.layer, layers.BatchNormalization))
    x, y = data(3, n=10), np.random.default_rng(8).normal(size=10)
    mirror = check_forward_and_gradients(model, x, y)

    # One training pass moved the moving averages by (1 − momentum) of the batch statistics.
    t_bn = next(m for m in mirror.stages if isinstance(m, nn.BatchNorm1d))
    np.testing.assert_allclose(model.params[bn]["moving_mean"], t_bn.running_mean.numpy(), rtol=RTOL)
    # LayerLab (like Keras) averages the biased batch variance; torch the unbiased one.
    n = len(x)
    batch_var_unbiased = (t_bn.running_var.numpy() - 0.99) / 0.01
    expected = 0.99 + 0.01 * batch_var_unbiased * (n - 1) / n
    np.testing.assert_allclose(model.params[bn]["moving_variance"], expected, rtol=RTOL)

    # Inference normalizes with the moving statistics.
    with torch.no_grad():
        t_bn.running_var.copy_(torch.from_numpy(model.params[bn]["moving_variance"]))
    mirror.eval()
    with torch.no_grad():
        expected_pred = mirror(torch.from_numpy(x))[1].numpy()
    np.testing.assert_allclose(model.predict(x), expected_pred, rtol=RTOL, atol=ATOL)


# -- optimizers -------------------------------------------------------------------------------------

# name → (LayerLab config, torch optimizer factory). Non-default hyper-parameters throughout,
# so a mixed-up parameter (rho vs 1 − rho, eps inside the root, …) shows.
OPTIMIZER_CASES = {
    "sgd": ({"name": "sgd", "learning_rate": 0.1}, lambda p: torch.optim.SGD(p, lr=0.1)),
    "momentum": (
        {"name": "momentum", "learning_rate": 0.05},
        lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9),
    ),
    "nesterov": (
        {"name": "nesterov", "learning_rate": 0.05},
        lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, nesterov=True),
    ),
    "rmsprop": (
        {"name": "rmsprop", "learning_rate": 0.01, "rho": 0.8, "epsilon": 1e-3},
        lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.8, eps=1e-3),
    ),
    "adagrad": (
        {"name": "adagrad", "learning_rate": 0.1, "initial_accumulator_value": 0.2, "epsilon": 1e-3},
        lambda p: torch.optim.Adagrad(p, lr=0.1, initial_accumulator_value=0.2, eps=1e-3),
    ),
    "adam": (
        {"name": "adam", "learning_rate": 0.01, "beta_1": 0.8, "beta_2": 0.95, "epsilon": 1e-3},
        lambda p: torch.optim.Adam(p, lr=0.01, betas=(0.8, 0.95), eps=1e-3),
    ),
    "adamw": (
        {"name": "adamw", "learning_rate": 0.01, "weight_decay": 0.5, "beta_1": 0.85, "epsilon": 1e-6},
        lambda p: torch.optim.AdamW(p, lr=0.01, betas=(0.85, 0.999), eps=1e-6, weight_decay=0.5),
    ),
}
EXTRA_OPTIMIZER_CASES = {
    "sgd-nesterov-0.5": (
        {"name": "sgd", "learning_rate": 0.1, "momentum": 0.5, "nesterov": True},
        lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.5, nesterov=True),
    ),
    "adam-defaults": ({"name": "adam"}, lambda p: torch.optim.Adam(p, lr=0.001, eps=1e-7)),
    "adamw-defaults": (
        {"name": "adamw"},
        lambda p: torch.optim.AdamW(p, lr=0.001, eps=1e-7, weight_decay=0.004),
    ),
    "rmsprop-defaults": (
        {"name": "rmsprop"},
        lambda p: torch.optim.RMSprop(p, lr=0.001, alpha=0.9, eps=1e-7),
    ),
    "adagrad-defaults": (
        {"name": "adagrad"},
        lambda p: torch.optim.Adagrad(p, lr=0.01, initial_accumulator_value=0.1, eps=1e-7),
    ),
}


def classifier(optimizer, **kwargs) -> Model:
    return build(
        [layers.Input(4), layers.Dense(6, activation="tanh"), layers.Dense(3, activation="softmax")],
        "sparse_categorical_crossentropy",
        optimizer=optimizer,
        **kwargs,
    )


def classification_batches(steps: int = 5, n: int = 8, seed: int = 9):
    rng = np.random.default_rng(seed)
    return [(rng.normal(size=(n, 4)), rng.integers(0, 3, size=n)) for _ in range(steps)]


def train_side_by_side(
    model: Model, make_torch_optimizer, batches, *, before_step=None, after_step=None, torch_extra=None
):
    """Run the same batches through LayerLab's train_step and torch; compare after each step."""
    mirror = Mirror(model)
    t_opt = make_torch_optimizer(mirror.parameters())
    engine, net = backends.get("reference"), model.network
    start = [p.copy() for p in model.get_weights()]
    for i, (xb, yb) in enumerate(batches):
        reported, _ = model.train_step(engine, net, xb, yb, np.random.default_rng(0))
        t_opt.zero_grad()
        pre, out = mirror(torch.from_numpy(xb))
        t_loss = torch_loss(net.loss, pre, out, yb)
        if torch_extra is not None:
            t_loss = t_loss + torch_extra(mirror)
        t_loss.backward()
        if before_step is not None:
            before_step(mirror)
        t_opt.step()
        if after_step is not None:
            after_step(mirror)
        assert reported == pytest.approx(t_loss.item(), rel=RTOL), f"loss at step {i + 1}"
        assert_params_match(model, mirror, f"after step {i + 1}")
    moved = max(float(np.max(np.abs(a - b))) for a, b in zip(start, model.get_weights(), strict=True))
    assert moved > 1e-3, "the weights hardly moved: the comparison would prove little"
    return mirror, t_opt


@pytest.mark.parametrize("name", OPTIMIZERS.names())
def test_every_optimizer_matches_torch_for_five_steps(name):
    assert name in OPTIMIZER_CASES, f"no torch counterpart for optimizer {name!r}: add one to OPTIMIZER_CASES"
    config, make = OPTIMIZER_CASES[name]
    model = classifier(config)
    assert model.optimizer.name == name
    train_side_by_side(model, make, classification_batches())


@pytest.mark.parametrize("case", list(EXTRA_OPTIMIZER_CASES))
def test_optimizer_settings_and_defaults_match_torch(case):
    config, make = EXTRA_OPTIMIZER_CASES[case]
    # Default learning rates are small: more steps so the weights move measurably.
    train_side_by_side(classifier(config), make, classification_batches(steps=12))


def test_optimizer_apply_on_plain_arrays_matches_torch():
    """``Optimizer.apply`` alone, on a quadratic bowl: Adam for 5 steps on two arrays."""
    rng = np.random.default_rng(10)
    arrays = [rng.normal(size=(3, 2)), rng.normal(size=4)]
    tensors = [torch.tensor(a, requires_grad=True) for a in arrays]
    ours = optimizers.get({"name": "adam", "learning_rate": 0.1, "epsilon": 1e-8})
    theirs = torch.optim.Adam(tensors, lr=0.1, eps=1e-8)
    scales = [np.array(2.0), np.array(0.5)]
    for step in range(5):
        ours.apply(arrays, [s * a for s, a in zip(scales, arrays, strict=True)])  # ∇ ½ s‖a‖²
        theirs.zero_grad()
        sum(0.5 * float(s) * (t**2).sum() for s, t in zip(scales, tensors, strict=True)).backward()
        theirs.step()
        for a, t in zip(arrays, tensors, strict=True):
            np.testing.assert_allclose(a, t.detach().numpy(), rtol=RTOL, atol=ATOL, err_msg=f"step {step}")
    assert ours.iterations == 5


# -- gradient clipping -------------------------------------------------------------------------------


def regressor(optimizer) -> Model:
    return build(
        [layers.Input(3), layers.Dense(6, activation="tanh"), layers.Dense(2)],
        "mse",
        optimizer=optimizer,
    )


def regression_batches(steps: int = 5, n: int = 8, seed: int = 11):
    # Large targets: gradients far above the clipping limits (and torch's 1e-6 in the norm's
    # denominator becomes negligible).
    rng = np.random.default_rng(seed)
    return [(rng.normal(size=(n, 3)), 10 * rng.normal(size=(n, 2))) for _ in range(steps)]


def test_global_clipnorm_matches_clip_grad_norm():
    norms = []

    def clip(mirror):
        norms.append(float(nn.utils.clip_grad_norm_(mirror.parameters(), max_norm=0.5)))

    model = regressor({"name": "momentum", "learning_rate": 0.1, "global_clipnorm": 0.5})
    train_side_by_side(
        model, lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9), regression_batches(), before_step=clip
    )
    assert min(norms) > 5, "the gradients never needed clipping"


def test_clipnorm_clips_each_array_like_clip_grad_norm_per_tensor():
    clipped = []

    def clip(mirror):
        for p in mirror.parameters():
            clipped.append(float(nn.utils.clip_grad_norm_([p], max_norm=0.5)) > 0.5)

    model = regressor({"name": "sgd", "learning_rate": 0.05, "clipnorm": 0.5})
    train_side_by_side(model, lambda p: torch.optim.SGD(p, lr=0.05), regression_batches(), before_step=clip)
    assert sum(clipped) >= len(clipped) // 2, "too few arrays needed clipping"


def test_clipvalue_matches_clip_grad_value():
    outside = []

    def clip(mirror):
        outside.append(sum(int((p.grad.abs() > 0.2).sum()) for p in mirror.parameters()))
        nn.utils.clip_grad_value_(mirror.parameters(), clip_value=0.2)

    model = regressor({"name": "adam", "learning_rate": 0.05, "clipvalue": 0.2, "epsilon": 1e-7})
    train_side_by_side(
        model, lambda p: torch.optim.Adam(p, lr=0.05, eps=1e-7), regression_batches(), before_step=clip
    )
    assert min(outside) > 0, "no gradient ever exceeded clipvalue"


# -- learning-rate schedules ------------------------------------------------------------------------


def torch_schedule_values(make_scheduler, lr: float, steps: int) -> list[float]:
    opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr)
    scheduler = make_scheduler(opt)
    values = []
    for _ in range(steps):
        values.append(opt.param_groups[0]["lr"])
        opt.step()
        scheduler.step()
    return values


@pytest.mark.parametrize(
    ("config", "make_scheduler"),
    [
        (
            {"name": "step", "initial_learning_rate": 0.3, "step_size": 4, "gamma": 0.5},
            lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=4, gamma=0.5),
        ),
        (
            {"name": "exponential", "initial_learning_rate": 0.3, "decay_steps": 1, "decay_rate": 0.9},
            lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9),
        ),
        (
            {"name": "cosine", "initial_learning_rate": 0.3, "decay_steps": 20},
            lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=20),
        ),
        (
            {"name": "cosine", "initial_learning_rate": 0.3, "decay_steps": 20, "alpha": 0.2},
            lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=20, eta_min=0.2 * 0.3),
        ),
    ],
    ids=["step", "exponential", "cosine", "cosine-alpha"],
)
def test_schedule_values_match_torch(config, make_scheduler):
    schedule = schedules.get(config)
    steps = 21  # 0 … decay_steps for the cosine (torch's cosine rises again after T_max)
    ours = [schedule(t) for t in range(steps)]
    theirs = torch_schedule_values(make_scheduler, config["initial_learning_rate"], steps)
    np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-14)
    assert ours[0] == config["initial_learning_rate"] and ours[-1] < ours[0]


def test_exponential_decay_is_continuous_between_torch_steps():
    """With decay_steps = k, step t equals ExponentialLR's value at t / k (a smooth staircase)."""
    schedule = schedules.ExponentialDecay(0.3, decay_steps=5, decay_rate=0.5)
    theirs = torch_schedule_values(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.5), 0.3, 4)
    np.testing.assert_allclose([schedule(5 * t) for t in range(4)], theirs, rtol=1e-12)
    assert schedule(7) == pytest.approx(0.3 * 0.5 ** (7 / 5))


def test_optimizer_follows_its_schedule_like_a_torch_scheduler():
    """The first update uses the schedule's step-0 value, as torch does before scheduler.step()."""
    config = {
        "name": "momentum",
        "learning_rate": {"name": "step", "initial_learning_rate": 0.2, "step_size": 2, "gamma": 0.3},
    }
    model = classifier(config)
    made = {}

    def make(params):
        made["opt"] = torch.optim.SGD(params, lr=0.2, momentum=0.9)
        made["scheduler"] = torch.optim.lr_scheduler.StepLR(made["opt"], step_size=2, gamma=0.3)
        return made["opt"]

    def after_step(mirror):
        made["scheduler"].step()
        assert model.optimizer.current_learning_rate == pytest.approx(made["opt"].param_groups[0]["lr"])

    train_side_by_side(model, make, classification_batches(steps=6), after_step=after_step)
    assert model.optimizer.current_learning_rate == pytest.approx(0.2 * 0.3**3)


# -- weight penalties -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "regularizer",
    [{"name": "l2", "l2": 0.05}, {"name": "l1l2", "l1": 0.01, "l2": 0.03}, {"name": "l1", "l1": 0.02}],
    ids=["l2", "l1l2", "l1"],
)
def test_kernel_regularizer_with_sgd_matches_explicit_penalty(regularizer):
    model = build(
        [
            layers.Input(4),
            layers.Dense(6, activation="tanh", kernel_regularizer=regularizer),
            layers.Dense(3, activation="softmax", kernel_regularizer=regularizer),
        ],
        "sparse_categorical_crossentropy",
        optimizer={"name": "sgd", "learning_rate": 0.2},
    )
    l1, l2 = regularizer.get("l1", 0.0), regularizer.get("l2", 0.0)

    def penalty(mirror):
        kernels = [m.weight for m in mirror.stages if isinstance(m, nn.Linear)]
        return sum(l1 * w.abs().sum() + l2 * (w**2).sum() for w in kernels)

    train_side_by_side(
        model, lambda p: torch.optim.SGD(p, lr=0.2), classification_batches(), torch_extra=penalty
    )


def test_regularizer_changes_the_result():
    """Without the explicit penalty on the torch side, the regularized run does not match."""
    model = build(
        [layers.Input(4), layers.Dense(6, activation="tanh", kernel_regularizer={"name": "l2", "l2": 0.05})],
        "mse",
        optimizer={"name": "sgd", "learning_rate": 0.2},
    )
    with pytest.raises(AssertionError):
        rng = np.random.default_rng(13)
        batches = [(rng.normal(size=(8, 4)), rng.normal(size=(8, 6))) for _ in range(3)]
        train_side_by_side(model, lambda p: torch.optim.SGD(p, lr=0.2), batches)


def test_float64_throughout():
    model = classifier("sgd")
    assert all(w.dtype == np.float64 for w in model.get_weights())
    assert all(p.dtype == DT for p in Mirror(model).parameters())
