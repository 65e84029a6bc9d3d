"""The CPU backend: the reference backend's math, run by numba kernels.

Same interface and the same meaning as :class:`engine.backends.reference.ReferenceBackend` —
``predict``, ``loss``, ``loss_and_gradients`` (and ``forward``/``backward``) — so
``Model.fit(..., backend="cpu")`` trains the same network to the same numbers (tests compare
them step by step). The graph walk is the reference backend's; this module replaces only its
per-layer methods with thin validating wrappers that check for C-contiguous float32/float64
arrays and hand each layer to a compiled kernel (engine/backends/kernels). Dropout draws its
mask from the caller's random generator exactly as the reference does, so both backends
consume the same random stream.
"""

import logging

import numpy as np

from engine import layers as L
from engine import losses
from engine.backends import jit
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
    act = step.activation
    try:
        code = E.ACTIVATION_CODES[act.name]
    except KeyError:
        raise NotImplementedError(f"the CPU backend has no kernel for the activation {act.name!r}") from None
    return code, float(getattr(act, "alpha", 0.0))


def _loss_code(loss: losses.Loss, from_logits: bool) -> tuple[int, float, float, float]:
    """(kernel code, parameter, clip low, clip high) of a loss."""
    logits = from_logits or getattr(loss, "from_logits", False)
    if isinstance(loss, losses.MeanSquaredError):
        return E.MSE, 0.0, 0.0, 0.0
    if isinstance(loss, losses.MeanAbsoluteError):
        return E.MAE, 0.0, 0.0, 0.0
    if isinstance(loss, losses.Huber):
        return E.HUBER, loss.delta, 0.0, 0.0
    if isinstance(loss, losses.BinaryCrossentropy):
        return (E.BCE_LOGITS if logits else E.BCE), 0.0, losses.EPS, 1 - losses.EPS
    if isinstance(loss, losses.CategoricalCrossentropy | losses.SparseCategoricalCrossentropy):
        return (E.CCE_LOGITS if logits else E.CCE), 0.0, losses.EPS, 1.0
    raise NotImplementedError(f"the CPU backend has no kernel for the loss {loss.name!r}")


class CPUBackend(ReferenceBackend):
    """Numba kernels behind the reference backend's interface (``name = "cpu"``)."""

    name = "cpu"

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
    def _loss_and_seed(self, net: Network, tape: Tape, y: np.ndarray):
        loss = net.loss
        pred = tape.caches[net.head_id]["z"] if net.fused_loss else tape.outputs[net.output_id]
        # The loss's own target checks (shapes, class labels → one-hot rows) with clear errors.
        targets = loss.one_hot(pred, y) if hasattr(loss, "one_hot") else loss.targets_like(pred, y)
        code, param, lo, hi = _loss_code(loss, net.fused_loss)
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
