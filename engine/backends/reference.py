"""The reference backend: every layer's forward and backward pass in plain numpy.

Read it top to bottom as the chain rule, one layer at a time. The forward pass keeps what each
layer saw (its "cache"); the backward pass walks the layers in reverse and turns dL/d(output)
into dL/d(input) and dL/d(parameters).

Conventions: ``x`` is a batch (first axis = samples); ``dout`` is dL/d(layer output).
"""

from dataclasses import dataclass
from typing import Any

import numpy as np

from engine import layers as L
from engine.errors import ShapeError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.network import Network, Step

Params = dict[str, dict[str, np.ndarray]]


@dataclass
class Tape:
    """Everything the forward pass remembered, for the backward pass."""

    outputs: dict[str, np.ndarray]
    caches: dict[str, dict[str, Any]]


# -- one layer forward ---------------------------------------------------------------------------


def dense_forward(step: Step, p: dict[str, np.ndarray], x: np.ndarray):
    z = x @ p["kernel"]  # weighted sums: z = x·W + b
    if "bias" in p:
        z = z + p["bias"]
    a = step.activation.f(z)  # activation: a = f(z)
    return a, {"x": x, "z": z, "a": a}


def activation_forward(step: Step, x: np.ndarray):
    a = step.activation.f(x)
    return a, {"z": x, "a": a}


def dropout_forward(step: Step, x: np.ndarray, training: bool, rng: np.random.Generator | None):
    rate = step.layer.config["rate"]
    if not training or rate == 0:
        return x, {"mask": None}
    if rng is None:
        raise ValueError("a training pass through Dropout needs a random generator (rng)")
    # Inverted dropout: keep each value with probability 1 − rate and scale it up, so the
    # expected output equals the input and inference needs no change.
    keep = rng.random(x.shape) >= rate
    mask = keep.astype(x.dtype) / x.dtype.type(1 - rate)
    return x * mask, {"mask": mask}


def batchnorm_forward(step: Step, p: dict[str, np.ndarray], x: np.ndarray, training: bool):
    cfg = step.layer.config
    rows = x.reshape(-1, x.shape[-1])
    if training:
        mean = rows.mean(axis=0)
        var = rows.var(axis=0)
        m = x.dtype.type(cfg["momentum"])
        # Moving averages for inference (updated in place: they are the layer's state).
        p["moving_mean"] *= m
        p["moving_mean"] += (1 - m) * mean
        p["moving_variance"] *= m
        p["moving_variance"] += (1 - m) * var
    else:
        mean, var = p["moving_mean"], p["moving_variance"]
    inv_std = 1.0 / np.sqrt(var + x.dtype.type(cfg["epsilon"]))
    x_hat = (rows - mean) * inv_std
    out = x_hat * p["gamma"] if "gamma" in p else x_hat
    if "beta" in p:
        out = out + p["beta"]
    return out.reshape(x.shape), {"x_hat": x_hat, "inv_std": inv_std, "shape": x.shape}


# -- one layer backward ---------------------------------------------------------------------------


def linear_backward(p: dict[str, np.ndarray], cache: dict[str, Any], dz: np.ndarray):
    """From dL/dz of z = x·W + b to dL/dx, dL/dW, dL/db."""
    x = cache["x"]
    grads = {"kernel": x.T @ dz}
    if "bias" in p:
        grads["bias"] = dz.sum(axis=0)
    return dz @ p["kernel"].T, grads


def batchnorm_backward(p: dict[str, np.ndarray], cache: dict[str, Any], dout: np.ndarray):
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    d = dout.reshape(x_hat.shape)
    grads = {}
    if "gamma" in p:
        grads["gamma"] = np.sum(d * x_hat, axis=0)
        d_xhat = d * p["gamma"]
    else:
        d_xhat = d
    if "beta" in p:
        grads["beta"] = np.sum(d, axis=0)
    grads["moving_mean"] = np.zeros_like(inv_std)
    grads["moving_variance"] = np.zeros_like(inv_std)
    n = x_hat.shape[0]
    # x̂ depends on x directly and through the batch mean and variance.
    dx = inv_std / n * (n * d_xhat - d_xhat.sum(axis=0) - x_hat * np.sum(d_xhat * x_hat, axis=0))
    return dx.reshape(cache["shape"]), grads


class ReferenceBackend:
    """The graph walk (forward in order, backward in reverse) plus each layer's numpy math.

    Faster backends subclass it and replace only the per-layer methods (``layer_forward``,
    ``layer_backward``, ``activation_backward``, ``accumulate``): the walk, the loss seeding
    and the bookkeeping of gradients that meet at a branch exist once.
    """

    name = "reference"

    def forward(
        self,
        net: Network,
        params: Params,
        x: np.ndarray,
        *,
        training: bool,
        rng: np.random.Generator | None = None,
    ) -> Tape:
        """Run every layer in order; ``tape.outputs[net.head_id]`` is the prediction."""
        outputs: dict[str, np.ndarray] = {}
        caches: dict[str, dict[str, Any]] = {}
        for step in net.steps:
            if isinstance(step.layer, L.Input):
                out, cache = x, {}
            else:
                ins = [outputs[s] for s in step.inputs]
                p = params.get(step.node_id, {})
                out, cache = self.layer_forward(step, p, ins, training, rng)
            outputs[step.node_id], caches[step.node_id] = out, cache
        return Tape(outputs, caches)

    def layer_forward(
        self,
        step: Step,
        p: dict[str, np.ndarray],
        ins: list[np.ndarray],
        training: bool,
        rng: np.random.Generator | None,
    ) -> tuple[np.ndarray, dict[str, Any]]:
        """One layer's output and what its backward pass needs to remember."""
        layer = step.layer
        if isinstance(layer, L.Dense):
            return dense_forward(step, p, ins[0])
        if isinstance(layer, L.Activation):
            return activation_forward(step, ins[0])
        if isinstance(layer, L.Dropout):
            return dropout_forward(step, ins[0], training, rng)
        if isinstance(layer, L.Flatten):
            return ins[0].reshape(ins[0].shape[0], -1), {"shape": ins[0].shape}
        if isinstance(layer, L.BatchNormalization):
            return batchnorm_forward(step, p, ins[0], training)
        if isinstance(layer, L.Add):
            return sum(ins[1:], ins[0]), {}
        if isinstance(layer, L.Concatenate):
            return np.concatenate(ins, axis=-1), {"sizes": [i.shape[-1] for i in ins]}
        if isinstance(layer, L.Output):
            return ins[0], {}
        raise NotImplementedError(f"no {self.name} kernel for {layer.label}")

    def predict(self, net: Network, params: Params, x: np.ndarray) -> np.ndarray:
        """Inference: dropout off, batch normalization with its moving statistics."""
        x = self._as_input(net, params, x)
        return self.forward(net, params, x, training=False).outputs[net.output_id]

    def loss(self, net: Network, params: Params, x: np.ndarray, y: np.ndarray) -> float:
        """The data loss in inference mode (no dropout), as ``evaluate`` reports it."""
        x = self._as_input(net, params, x)
        tape = self.forward(net, params, x, training=False)
        return self.loss_and_seeds(net, tape, y)[0]

    def loss_and_gradients(
        self,
        net: Network,
        params: Params,
        x: np.ndarray,
        y: np.ndarray,
        rng: np.random.Generator | None = None,
    ) -> tuple[float, Params, np.ndarray]:
        """One training-mode forward and backward pass: (loss, dL/dparams, predictions)."""
        x = self._as_input(net, params, x)
        tape = self.forward(net, params, x, training=True, rng=rng)
        loss, seeds = self.loss_and_seeds(net, tape, y)
        grads = self.backward(net, params, tape, seeds)
        return loss, grads, tape.outputs[net.output_id]

    def train_step(
        self,
        net: Network,
        params: Params,
        optimizer: Any,
        x: np.ndarray,
        y: np.ndarray,
        rng: np.random.Generator | None = None,
    ) -> tuple[float, np.ndarray]:
        """One optimizer update on one batch, in place; returns (loss incl. penalties, predictions)."""
        return self._layerwise_step(net, params, optimizer, x, y, rng)

    def _layerwise_step(self, net, params, optimizer, x, y, rng) -> tuple[float, np.ndarray]:
        """The step as the graph walk plus the numpy optimizer (with this backend's layer methods);
        also the fallback of backends whose own ``train_step`` is compiled."""
        loss, grads, y_pred = self.loss_and_gradients(net, params, x, y, rng)
        penalty, reg_grads = net.regularization(params)
        for (nid, name), g in reg_grads.items():
            grads[nid][name] = grads[nid][name] + g
        trainable = net.trainable_keys()
        optimizer.apply([params[n][k] for n, k in trainable], [grads[n][k] for n, k in trainable])
        return loss + penalty, y_pred

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
        """One update per batch of sample indices, in order.

        Returns the loss of every step (incl. penalties) and the predictions made for the
        samples of every batch, concatenated in batch order (training metrics come from them).
        Backends that compile the whole loop override this; the meaning stays the same.
        """
        losses, predictions = [], []
        for idx in batches:
            loss, y_pred = self._layerwise_step(net, params, optimizer, x[idx], y[idx], rng)
            losses.append(loss)
            predictions.append(y_pred)
        return np.array(losses, dtype=np.float64), np.concatenate(predictions)

    def loss_and_seeds(self, net: Network, tape: Tape, y: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
        """The loss of a forward pass's ``tape`` against targets ``y``, and the seeds
        :meth:`backward` starts from: ``{"output": dL/d(prediction)}`` or, when the loss is fused
        with the last activation, ``{"logits": dL/d(logits)}`` of the head layer. Public so that
        tools which walk a tape themselves (diagnostics) seed it exactly as training does."""
        if net.fused_loss:
            z = tape.caches[net.head_id]["z"]
            return net.loss.value_from_logits(z, y), {"logits": net.loss.grad_from_logits(z, y)}
        y_pred = tape.outputs[net.output_id]
        return net.loss.value(y_pred, y), {"output": net.loss.grad(y_pred, y)}

    def backward(self, net: Network, params: Params, tape: Tape, seeds: dict[str, np.ndarray]) -> Params:
        """Walk the layers in reverse, applying the chain rule; returns dL/d(every parameter)."""
        dout: dict[str, np.ndarray] = {}  # dL/d(output of node), summed over its consumers
        if "output" in seeds:
            dout[net.output_id] = seeds["output"]
        dlogits = {net.head_id: seeds["logits"]} if "logits" in seeds else {}
        grads: Params = {nid: {k: np.zeros_like(v) for k, v in p.items()} for nid, p in params.items()}

        for step in reversed(net.steps):
            nid, cache = step.node_id, tape.caches[step.node_id]
            d = dout.get(nid)
            if step.activation is not None:
                # Through the activation: dL/dz = f'(z) ⊙ dL/da (softmax: its Jacobian).
                dz = dlogits.get(nid)
                if d is not None:
                    through = self.activation_backward(step, cache, d)
                    dz = through if dz is None else self.accumulate(dz, through)
                d = dz
            if d is None or isinstance(step.layer, L.Input):
                continue  # nothing downstream depends on this node
            d_inputs, layer_grads = self.layer_backward(step, params.get(nid, {}), cache, d)
            if layer_grads:
                grads[nid] = layer_grads
            for source, g in zip(step.inputs, d_inputs, strict=True):
                dout[source] = self.accumulate(dout[source], g) if source in dout else g
        return grads

    def activation_backward(self, step: Step, cache: dict[str, Any], d: np.ndarray) -> np.ndarray:
        return step.activation.backward(cache["z"], cache["a"], d)

    def accumulate(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The sum of two gradients that reach one node by different paths."""
        return a + b

    def layer_backward(
        self, step: Step, p: dict[str, np.ndarray], cache: dict[str, Any], d: np.ndarray
    ) -> tuple[list[np.ndarray], dict[str, np.ndarray]]:
        """dL/d(each input) and dL/d(each parameter) of one layer, given dL/d(its result)."""
        layer = step.layer
        if isinstance(layer, L.Dense):
            dx, grads = linear_backward(p, cache, d)
            return [dx], grads
        if isinstance(layer, L.Activation | L.Output):
            return [d], {}
        if isinstance(layer, L.Dropout):
            return [d if cache["mask"] is None else d * cache["mask"]], {}
        if isinstance(layer, L.Flatten):
            return [d.reshape(cache["shape"])], {}
        if isinstance(layer, L.BatchNormalization):
            dx, grads = batchnorm_backward(p, cache, d)
            return [dx], grads
        if isinstance(layer, L.Add):
            return [d] * len(step.inputs), {}
        if isinstance(layer, L.Concatenate):
            return np.split(d, np.cumsum(cache["sizes"])[:-1], axis=-1), {}
        raise NotImplementedError(f"no {self.name} gradient for {layer.label}")

    @staticmethod
    def _as_input(net: Network, params: Params, x: np.ndarray) -> np.ndarray:
        dtype = next((a.dtype for p in params.values() for a in p.values()), np.dtype(np.float32))
        x = np.asarray(x, dtype=dtype)
        expected = net.input_shape
        if x.shape[1:] != expected:
            raise ShapeError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "model",
                        "the Input expects samples of shape {expected}, but the data has samples of "
                        "shape {shape}",
                    ),
                    context="model",
                    expected=expected,
                    shape=x.shape[1:],
                )
            )
        return x
