"""PyTorch export: a readable ``.py`` file with an ``nn.Module`` and a ``.npz`` of its weights.

Why ``.npz`` and not a ``.pt`` checkpoint: a ``.pt`` file is a pickle, which LayerLab neither
writes (the app does not ship torch) nor wants anyone to load from a stranger. The ``.npz``
holds plain arrays named exactly as the module's ``state_dict()``, so ``load_model()`` in the
generated file is a ``load_state_dict`` — strict, so a mismatch is an error, not a silent
surprise — and ``torch.save(model.state_dict(), "model.pt")`` makes the checkpoint in one line.

How LayerLab maps onto torch (and why): a LayerLab kernel is (in, out), a ``Linear.weight`` is
(out, in), so it is stored transposed. LayerLab normalises the *last* axis; ``BatchNorm1d``
normalises axis 1, which is the same for flat inputs; other inputs are viewed as rows of
features. Keras' BatchNorm momentum m is torch's 1 − m. The module is returned in eval mode:
Dropout off, BatchNorm with its moving statistics, as LayerLab predicts.
"""

from pathlib import Path

import numpy as np

from engine.errors import ConfigError
from engine.export.code import CLASS_NAMES_COMMENT, ident, names_tuple, npz_bytes, number, shape, wrap
from engine.export.plan import ExportPlan, LayerPlan
from engine.messages import QT_TRANSLATE_NOOP, Message, term

#: torch.nn.functional / torch calls for each activation; ``{x}`` is the input, ``{alpha}`` α.
ACTIVATIONS = {
    "linear": "{x}",
    "sigmoid": "torch.sigmoid({x})",
    "hard_sigmoid": "F.hardsigmoid({x})",
    "tanh": "torch.tanh({x})",
    "relu": "torch.relu({x})",
    "leaky_relu": "F.leaky_relu({x}, negative_slope={alpha})",
    "elu": "F.elu({x}, alpha={alpha})",
    "swish": "F.silu({x})",
    "gelu": "F.gelu({x})",  # the exact erf form, PyTorch's default
    "softplus": "F.softplus({x})",
    "softmax": "torch.softmax({x}, dim=-1)",
}


def _apply(lp: LayerPlan, x: str) -> str:
    activation = lp.activation
    assert activation is not None  # Dense and Activation layers always have one
    if activation.name not in ACTIVATIONS:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "export", "the PyTorch export has no counterpart for the activation {activation}"
                ),
                context="export",
                activation=term(activation.label),
            )
        )
    alpha = getattr(activation, "alpha", None)
    return ACTIVATIONS[activation.name].format(x=x, alpha=None if alpha is None else number(alpha))


class _Writer:
    """The module's ``__init__`` and ``forward`` lines and its state dict, built layer by layer."""

    def __init__(self) -> None:
        self.init: list[str] = []
        self.forward: list[str] = []
        self.state: dict[str, np.ndarray] = {}

    def layer(self, lp: LayerPlan, ins: list[str]) -> None:
        name, kind, p = ident(lp.ident), lp.kind, lp.params
        if kind == "dense":
            (n_in,) = lp.input_shapes[0]
            bias = "" if "bias" in p else ", bias=False"
            self.init.append(f"self.{name} = nn.Linear({n_in}, {lp.layer.config['units']}{bias})")
            self.forward.append(f"{name} = {_apply(lp, f'self.{name}({ins[0]})')}")
            self.state[f"{name}.weight"] = np.ascontiguousarray(p["kernel"].T)
            if "bias" in p:
                self.state[f"{name}.bias"] = p["bias"]
        elif kind == "activation":
            self.forward.append(f"{name} = {_apply(lp, ins[0])}")
        elif kind == "dropout":
            self.init.append(f"self.{name} = nn.Dropout(p={number(lp.layer.config['rate'])})")
            self.forward.append(f"{name} = self.{name}({ins[0]})")
        elif kind == "flatten":
            self.forward.append(f"{name} = torch.flatten({ins[0]}, start_dim=1)")
        elif kind == "batch_normalization":
            self._batch_norm(lp, ins[0])
        elif kind == "add":
            self.forward.append(f"{name} = {' + '.join(ins)}")
        elif kind == "concatenate":
            self.forward.append(f"{name} = torch.cat([{', '.join(ins)}], dim=-1)")
        else:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "export", "the PyTorch export has no translation for the layer type {layer}"
                    ),
                    context="export",
                    layer=term(lp.layer.label),
                )
            )

    def _batch_norm(self, lp: LayerPlan, x: str) -> None:
        name, p, cfg = ident(lp.ident), lp.params, lp.layer.config
        features = lp.output_shape[-1]
        momentum = number(round(1 - cfg["momentum"], 12))
        learns = "gamma" in p or "beta" in p
        affine = "" if learns else ", affine=False"
        if learns and not ("gamma" in p and "beta" in p):
            missing = "scale gamma (weight = 1)" if "gamma" not in p else "shift beta (bias = 0)"
            self.init.append(f"# LayerLab learns no {missing} here; torch learns both or neither.")
        eps = number(cfg["epsilon"])
        self.init.append(f"self.{name} = nn.BatchNorm1d({features}, eps={eps}, momentum={momentum}{affine})")
        if len(lp.input_shapes[0]) == 1:
            self.forward.append(f"{name} = self.{name}({x})")
        else:
            self.forward.append(f"# LayerLab normalises the last axis: BatchNorm1d sees rows of {features}.")
            self.forward.append(f"{name} = self.{name}({x}.reshape(-1, {features})).reshape({x}.shape)")
        if learns:
            self.state[f"{name}.weight"] = p.get("gamma", np.ones(features, np.float32))
            self.state[f"{name}.bias"] = p.get("beta", np.zeros(features, np.float32))
        self.state[f"{name}.running_mean"] = p["moving_mean"]
        self.state[f"{name}.running_var"] = p["moving_variance"]
        self.state[f"{name}.num_batches_tracked"] = np.array(0, dtype=np.int64)


def source(plan: ExportPlan) -> tuple[str, dict[str, np.ndarray]]:
    """The generated module's text and its state dict (torch layouts, as numpy arrays)."""
    w = _Writer()
    values: dict[str, str] = {}
    first = ident(plan.input.ident)
    if plan.scaling is not None:
        scaling = plan.scaling
        w.init.append(f"# The input scaling fitted on the training split ({scaling.method}).")
        w.init.append(f'self.register_buffer("input_shift", torch.zeros({shape(scaling.shift.shape)}))')
        w.init.append(f'self.register_buffer("input_divisor", torch.ones({shape(scaling.divisor.shape)}))')
        w.state["input_shift"], w.state["input_divisor"] = scaling.shift, scaling.divisor
        formula = f"({first} - self.input_shift) / self.input_divisor"
        if scaling.stretch is not None:
            stretch, low = scaling.stretch
            formula += f" * {number(stretch)} {'+' if low >= 0 else '-'} {number(abs(low))}"
        w.forward.append(f"input_scaling = {formula}")
        values[plan.input.ident] = "input_scaling"
    else:
        values[plan.input.ident] = first
    for lp in plan.layers[1:-1]:
        w.layer(lp, [values[i] for i in lp.inputs])
        values[lp.ident] = lp.ident
    result = values[plan.output.inputs[0]]

    doc = [
        '"""PyTorch model exported from LayerLab.',
        "",
        *wrap(
            "The network as a torch.nn.Module, layer for layer. Its weights are in the .npz file "
            "with this file's name, beside it: plain numpy arrays named as in state_dict()."
        ),
        "",
        "    import torch",
        "    from <this module> import load_model",
        "",
        "    model = load_model()  # eval mode: Dropout off, BatchNorm with its moving statistics",
        "    with torch.no_grad():",
        "        outputs = model(torch.as_tensor(samples, dtype=torch.float32))",
        "",
        *wrap(f"Input: {plan.describe_input()}."),
        *wrap(f"Output: {plan.describe_output()}."),
        'As a PyTorch checkpoint: torch.save(model.state_dict(), "model.pt").',
        '"""',
    ]
    lines = [
        *doc,
        "",
        "from pathlib import Path",
        "",
        "import numpy as np",
        "import torch",
        "import torch.nn.functional as F",
        "from torch import nn",
        "",
        'WEIGHTS = Path(__file__).with_suffix(".npz")',
    ]
    if plan.class_names:
        lines += CLASS_NAMES_COMMENT
        lines.append(f"CLASS_NAMES = {names_tuple(plan.class_names)}")
    lines += [
        "",
        "",
        "class LayerLabModel(nn.Module):",
        '    """The network drawn in LayerLab; forward runs its layers in the graph\'s order."""',
        "",
        "    def __init__(self) -> None:",
        "        super().__init__()",
        *(f"        {line}" for line in w.init),
        "",
        f"    def forward(self, {first}: torch.Tensor) -> torch.Tensor:",
        *(f"        {line}" for line in w.forward),
        f"        return {result}",
        "",
        "",
        "def load_model(path: str | Path = WEIGHTS) -> LayerLabModel:",
        '    """The model with the weights from ``path``, ready for inference (eval mode)."""',
        "    model = LayerLabModel()",
        "    with np.load(path, allow_pickle=False) as npz:",
        "        state = {name: torch.from_numpy(npz[name]) for name in npz.files}",
        "    model.load_state_dict(state)",
        "    return model.eval()",
        "",
        "",
        'if __name__ == "__main__":',
        "    print(load_model())",
        "",
    ]
    return "\n".join(lines), w.state


def files(plan: ExportPlan, path: Path) -> dict[Path, bytes]:
    """The module at ``path`` and its weights beside it (same name, suffix ``.npz``)."""
    text, state = source(plan)
    return {path: text.encode("utf-8"), path.with_suffix(".npz"): npz_bytes(state)}
