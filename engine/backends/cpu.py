"""The CPU backend: the reference backend's math, run by numba kernels.

Same interface and the same meaning as :class:`engine.backends.reference.ReferenceBackend` —
``train_steps``/``train_step``, ``predict``, ``loss``, ``loss_and_gradients`` — so
``Model.fit(..., backend="cpu")`` trains the same network to the same numbers (tests compare
them step by step).

Training runs compiled from end to end: ``train_steps`` hands all its batches to one compiled
loop (engine/backends/compiled.py), because a Python graph walk per step costs more than a
small network's arithmetic. Everything else — inference, single gradients, and training of a
network or optimizer the compiled loop cannot express (logged once, with the reason) — walks the
graph in Python as the reference does, with each layer's math replaced by a compiled kernel
behind a thin wrapper that checks for C-contiguous float32/float64 arrays. Either way dropout
draws its masks from the caller's random generator in the reference's order, so both backends
consume the same random stream.
"""

import logging
from typing import Any

import numpy as np

from engine import layers as L
from engine.backends import compiled, jit
from engine.backends.kernels import elementwise as E
from engine.backends.kernels import layers as K
from engine.backends.reference import ReferenceBackend, Tape
from engine.network import Network, Step

log = logging.getLogger("engine.backends.cpu")
log.info("CPU backend: %s", jit.describe())

Params = dict[str, dict[str, np.ndarray]]
_FLOATS = (np.dtype(np.float32), np.dtype(np.float64))
_EMPTY = {d: np.zeros(0, d) for d in _FLOATS}


def _arr(a: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """``a`` as a C-contiguous array of ``dtype`` (a view when it already is one)."""
    if a.dtype not in _FLOATS:
        raise TypeError(f"the CPU backend computes in float32 or float64, not {a.dtype}")
    return np.ascontiguousarray(a, dtype=dtype)


def _rows(a: np.ndarray) -> np.ndarray:
    """A batch as 2-D (rows, last axis), without copying a contiguous array."""
    return a.reshape(-1, a.shape[-1])


def _activation(step: Step) -> tuple[int, float]:
    return compiled.activation_code(step.activation)


def _params_dtype(params: Params) -> np.dtype:
    """The one float dtype of all parameters (float32 when there are none, as the reference)."""
    found = {a.dtype for p in params.values() for a in p.values()} or {np.dtype(np.float32)}
    if len(found) > 1 or not found <= set(_FLOATS):
        raise compiled.UnsupportedError(
            f"parameters must share one dtype, float32 or float64, not {sorted(map(str, found))}"
        )
    return found.pop()


_explained: set[str] = set()


def _explain_fallback(reason: Exception) -> None:
    """Say once per reason why training runs layer by layer instead of compiled."""
    if str(reason) not in _explained:
        _explained.add(str(reason))
        log.warning("CPU backend: training layer by layer, not as one compiled loop: %s", reason)


class CPUBackend(ReferenceBackend):
    """Numba kernels behind the reference backend's interface (``name = "cpu"``)."""

    name = "cpu"

    # -- training ---------------------------------------------------------------------------------
    def train_steps(
        self,
        net: Network,
        params: Params,
        optimizer: Any,
        x: np.ndarray,
        y: np.ndarray,
        batches: list[np.ndarray],
        rng: np.random.Generator | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """One update per batch, all inside one compiled loop (same meaning as the reference)."""
        try:
            program = compiled.program_for(net, _params_dtype(params))
            compiled.optimizer_kind(optimizer)
        except compiled.UnsupportedError as reason:
            _explain_fallback(reason)
            return super().train_steps(net, params, optimizer, x, y, batches, rng)
        return program.train_steps(params, optimizer, self._as_input(net, params, x), y, batches, rng)

    def train_step(
        self,
        net: Network,
        params: Params,
        optimizer: Any,
        x: np.ndarray,
        y: np.ndarray,
        rng: np.random.Generator | None = None,
    ) -> tuple[float, np.ndarray]:
        """One update on one batch: the compiled loop, run for a single step."""
        losses, y_pred = self.train_steps(net, params, optimizer, x, y, [np.arange(len(x))], rng)
        return float(losses[0]), y_pred

    # -- forward ----------------------------------------------------------------------------------
    def forward(
        self,
        net: Network,
        params: Params,
        x: np.ndarray,
        *,
        training: bool,
        rng: np.random.Generator | None = None,
    ) -> Tape:
        return super().forward(net, params, _arr(x, x.dtype), training=training, rng=rng)

    def layer_forward(self, step, p, ins, training, rng):
        layer = step.layer
        dtype = ins[0].dtype
        if isinstance(layer, L.Dense):
            code, alpha = _activation(step)
            use_bias = "bias" in p
            W = _arr(p["kernel"], dtype)
            b = _arr(p["bias"], dtype) if use_bias else _EMPTY[dtype]
            z, out = K.dense_forward(ins[0], W, b, use_bias, code, alpha)
            return out, {"x": ins[0], "z": z, "a": out}
        if isinstance(layer, L.Activation):
            code, alpha = _activation(step)
            out = np.empty_like(ins[0])
            E.activation_forward(code, alpha, _rows(ins[0]), _rows(out))
            return out, {"z": ins[0], "a": out}
        if isinstance(layer, L.Dropout):
            return self._dropout_forward(step, ins[0], training, rng)
        if isinstance(layer, L.BatchNormalization):
            return self._batchnorm_forward(step, p, ins[0], training)
        if isinstance(layer, L.Add):
            out = ins[0]
            for other in ins[1:]:
                out = K.add(out, other)
            return out, {}
        if isinstance(layer, L.Concatenate):
            return self._concatenate(ins), {"sizes": [i.shape[-1] for i in ins]}
        return super().layer_forward(step, p, ins, training, rng)  # Flatten, Output: no math

    @staticmethod
    def _dropout_forward(step: Step, x: np.ndarray, training: bool, rng: np.random.Generator | None):
        rate = step.layer.config["rate"]
        if not training or rate == 0:
            return x, {"mask": None}
        if rng is None:
            raise ValueError("a training pass through Dropout needs a random generator (rng)")
        keep = rng.random(x.shape) >= rate  # the very draw the reference makes: same stream
        scale = x.dtype.type(1) / x.dtype.type(1 - rate)
        out, mask = K.dropout_forward(_rows(x), _rows(keep), scale)
        return out.reshape(x.shape), {"mask": mask.reshape(x.shape)}

    @staticmethod
    def _batchnorm_forward(step: Step, p: dict[str, np.ndarray], x: np.ndarray, training: bool):
        cfg, t = step.layer.config, x.dtype.type
        for key in ("moving_mean", "moving_variance"):
            if p[key].dtype != x.dtype or not p[key].flags.c_contiguous:
                raise TypeError(f"{step.name}.{key} must be a contiguous {x.dtype} array")
        gamma = _arr(p["gamma"], x.dtype) if "gamma" in p else _EMPTY[x.dtype]
        beta = _arr(p["beta"], x.dtype) if "beta" in p else _EMPTY[x.dtype]
        m = t(cfg["momentum"])
        out, x_hat, inv_std = K.batchnorm_forward(
            _rows(x),
            gamma,
            beta,
            p["moving_mean"],
            p["moving_variance"],
            training,
            m,
            1 - m,
            t(cfg["epsilon"]),
        )
        return out.reshape(x.shape), {"x_hat": x_hat, "inv_std": inv_std, "shape": x.shape}

    @staticmethod
    def _concatenate(ins: list[np.ndarray]) -> np.ndarray:
        width = sum(i.shape[-1] for i in ins)
        out = np.empty((*ins[0].shape[:-1], width), ins[0].dtype)
        offset = 0
        for piece in ins:
            K.copy_columns(_rows(out), _rows(piece), offset)
            offset += piece.shape[-1]
        return out

    # -- loss -------------------------------------------------------------------------------------
    def loss_and_seeds(self, net: Network, tape: Tape, y: np.ndarray):
        loss = net.loss
        pred = tape.caches[net.head_id]["z"] if net.fused_loss else tape.outputs[net.output_id]
        # The loss's own target checks (shapes, class labels → one-hot rows) with clear errors.
        targets = loss.one_hot(pred, y) if hasattr(loss, "one_hot") else loss.targets_like(pred, y)
        code, param, lo, hi = compiled.loss_code(loss, net.fused_loss)
        t = pred.dtype.type
        grad = np.empty_like(pred)
        value = E.loss_value_grad(
            code, param, t(lo), t(hi), _rows(pred), _rows(_arr(targets, pred.dtype)), _rows(grad)
        )
        return float(value), ({"logits": grad} if net.fused_loss else {"output": grad})

    # -- backward ---------------------------------------------------------------------------------
    def activation_backward(self, step, cache, d):
        code, alpha = _activation(step)
        z = cache["z"]
        through = np.empty_like(z)
        E.activation_backward(
            code, alpha, _rows(z), _rows(cache["a"]), _rows(np.ascontiguousarray(d)), _rows(through)
        )
        return through

    def accumulate(self, a, b):
        return K.add(a, b)

    def layer_backward(self, step, p, cache, d):
        layer = step.layer
        d = np.ascontiguousarray(d)
        if isinstance(layer, L.Dense):
            dx, dW, db = K.dense_backward(cache["x"], _arr(p["kernel"], d.dtype), d, "bias" in p)
            return [dx], {"kernel": dW, **({"bias": db} if "bias" in p else {})}
        if isinstance(layer, L.Dropout) and cache["mask"] is not None:
            return [K.multiply(d, cache["mask"])], {}
        if isinstance(layer, L.BatchNormalization):
            gamma = _arr(p["gamma"], d.dtype) if "gamma" in p else _EMPTY[d.dtype]
            dx, dgamma, dbeta = K.batchnorm_backward(cache["x_hat"], cache["inv_std"], _rows(d), gamma)
            grads = {}
            if "gamma" in p:
                grads["gamma"] = dgamma
            if "beta" in p:
                grads["beta"] = dbeta
            grads["moving_mean"] = np.zeros_like(cache["inv_std"])
            grads["moving_variance"] = np.zeros_like(cache["inv_std"])
            return [dx.reshape(cache["shape"])], grads
        if isinstance(layer, L.Concatenate):
            pieces, offset = [], 0
            for size in cache["sizes"]:
                pieces.append(np.ascontiguousarray(d[..., offset : offset + size]))
                offset += size
            return pieces, {}
        return super().layer_backward(step, p, cache, d)  # Activation, Output, Flatten, Add: no math


def warm_up(dtype: str = "float32") -> None:
    """Run every kernel of this backend once on a throwaway network with every kind of layer:
    the training loop, inference and single gradients. Each compiles (about a minute with an
    empty cache) or loads from the cache (well under a second), so no real step pays for it."""
    from engine import optimizers
    from engine.graph import LayerGraph

    graph = LayerGraph()
    nodes = {
        name: graph.add_layer(layer)
        for name, layer in {
            "input": L.Input((2, 3)),
            "flat": L.Flatten(),
            "dense": L.Dense(4, activation="tanh", kernel_regularizer={"name": "l2", "l2": 0.01}),
            "norm": L.BatchNormalization(),
            "drop": L.Dropout(0.5),
            "relu": L.Activation("relu"),
            "add": L.Add(),
            "cat": L.Concatenate(),
            "head": L.Dense(3, activation="softmax"),
            "out": L.Output(loss="sparse_categorical_crossentropy"),
        }.items()
    }
    for source, target in [
        ("input", "flat"),
        ("flat", "dense"),
        ("dense", "norm"),
        ("norm", "drop"),
        ("dense", "relu"),
        ("drop", "add"),
        ("relu", "add"),
        ("add", "cat"),
        ("relu", "cat"),
        ("cat", "head"),
        ("head", "out"),
    ]:
        graph.connect(nodes[source], nodes[target])
    net = Network(graph)
    rng = np.random.default_rng(0)
    params = net.init_params(rng, np.dtype(dtype))
    x = rng.normal(size=(8, 2, 3)).astype(dtype)
    y = rng.integers(0, 3, size=8)
    backend = CPUBackend()
    optimizer = optimizers.Adam(global_clipnorm=1.0, clipvalue=1.0)
    backend.train_steps(net, params, optimizer, x, y, [np.arange(4), np.arange(4, 8)], rng)
    backend.loss_and_gradients(net, params, x, y, rng)
    backend.predict(net, params, x)
    backend.loss(net, params, x, y)
