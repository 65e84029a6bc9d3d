"""Model and Sequential: the Keras-shaped way to build, train and use a LayerGraph.

A model wraps a graph (the single source of truth) together with what training adds to it:
parameter arrays, an optimizer, metrics. A graph drawn on the canvas and one built with
``Sequential`` are trained through the same calls.
"""

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine import backends, losses, optimizers
from engine import layers as layer_specs
from engine import metrics as metrics_lib
from engine.data.batching import check_batch_size, epoch_batches
from engine.errors import ConfigError, GraphError, ShapeError
from engine.graph import Disconnect, LayerGraph, Move, SetConfig
from engine.layers import Layer
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.network import Network

Params = dict[str, dict[str, np.ndarray]]


@dataclass
class History:
    """What ``fit`` returns: ``history["loss"]`` etc. are per-epoch lists, as in Keras."""

    history: dict[str, list[float]] = field(default_factory=dict)
    epoch: list[int] = field(default_factory=list)
    #: Set when training stopped because the loss became NaN or infinite.
    diverged: bool = False

    def record(self, epoch: int, logs: dict[str, float]) -> None:
        self.epoch.append(epoch)
        for key, value in logs.items():
            self.history.setdefault(key, []).append(value)


def seed_streams(seed: int | None) -> tuple[np.random.Generator, ...]:
    """Independent generators for (initial weights, batch order, dropout) from one seed."""
    children = np.random.SeedSequence(seed).spawn(3)
    return tuple(np.random.default_rng(c) for c in children)


class Model:
    def __init__(self, graph: LayerGraph, *, dtype: Any = "float32", seed: int | None = None) -> None:
        self.graph = graph
        self.dtype = np.dtype(dtype)
        if self.dtype not in (np.float32, np.float64):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("model", "dtype must be float32 or float64, got {dtype}"),
                    context="model",
                    dtype=str(dtype),
                )
            )
        self.seed = seed
        self.optimizer: optimizers.Optimizer | None = None
        self.metrics: list[str] = []
        self.params: Params = {}
        #: True while every weight is as initialized from ``seed`` (nothing trained or loaded),
        #: so a seed given to ``fit`` may still redraw them.
        self.weights_untrained = True
        self._network: Network | None = None
        graph.events.connect(self._graph_changed)

    # -- structure ----------------------------------------------------------------------------------
    def _graph_changed(self, event) -> None:
        if event.kind not in ("renamed", "moved"):
            self._network = None

    @property
    def network(self) -> Network:
        """The executable network (rebuilt after the graph changes; errors say what is wrong)."""
        if self._network is None:
            self._network = Network(self.graph, require_loss=False)
            self._sync_params(self._network)
        return self._network

    def _sync_params(self, net: Network) -> None:
        """Keep every parameter whose shape still fits; initialize the rest."""
        init_rng = seed_streams(self.seed)[0]
        fresh = net.init_params(init_rng, self.dtype)
        kept: Params = {}
        for nid, arrays in fresh.items():
            old = self.params.get(nid, {})
            kept[nid] = {k: old[k] if k in old and old[k].shape == v.shape else v for k, v in arrays.items()}
        if self.optimizer is not None and _layout(kept) != _layout(self.params):
            self.optimizer.reset()  # its per-parameter state belonged to other arrays
        self.params = kept

    @property
    def output_node(self) -> str:
        outputs = self.graph.nodes_of_type("output")
        if not outputs:
            raise GraphError(
                Message(
                    QT_TRANSLATE_NOOP("model", "the network has no Output layer"),
                    context="model",
                )
            )
        return outputs[0]

    @property
    def loss(self) -> losses.Loss | None:
        return self.network.loss

    def summary(self) -> str:
        text = self.graph.summary()
        print(text)
        return text

    def count_params(self) -> int:
        return self.network.count_params()

    # -- compile ------------------------------------------------------------------------------------
    def compile(
        self,
        optimizer: "str | dict | optimizers.Optimizer" = "adam",
        loss: "str | dict | losses.Loss | None" = None,
        metrics: list[str] | None = None,
    ) -> None:
        """Choose how to train: the optimizer, the loss (stored on the Output node) and metrics."""
        if loss is not None:
            spec = losses.serialize(losses.get(loss))
            self.graph.execute(SetConfig(self.output_node, {"loss": spec}))
        self.optimizer = optimizers.get(optimizer)
        self.metrics = [metrics_lib.get(m).name for m in (metrics or [])]
        if self.network.loss is None:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("model", 'compile needs a loss, e.g. loss="mse"'),
                    context="model",
                )
            )
        metrics_lib.check_compatible(self.metrics, self.network.loss)

    # -- weights ------------------------------------------------------------------------------------
    def get_weights(self) -> list[np.ndarray]:
        """Copies of every parameter array: per layer, kernel then bias (Keras' order)."""
        net = self.network
        return [self.params[nid][name].copy() for nid, name in net.weight_keys()]

    def set_weights(self, weights: list[np.ndarray]) -> None:
        net = self.network
        keys = net.weight_keys()
        if len(weights) != len(keys):
            raise ShapeError(
                Message(
                    QT_TRANSLATE_NOOP("model", "the model has {count} weight arrays, but {given} were given"),
                    context="model",
                    count=len(keys),
                    given=len(weights),
                )
            )
        for (nid, name), w in zip(keys, weights, strict=True):
            w = np.asarray(w)
            expected = self.params[nid][name].shape
            if w.shape != expected:
                node = self.graph.nodes[nid].name
                raise ShapeError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "model", "{node}.{name} has shape {expected}, but the given array has {shape}"
                        ),
                        context="model",
                        node=node,
                        name=name,
                        expected=expected,
                        shape=w.shape,
                    )
                )
        for (nid, name), w in zip(keys, weights, strict=True):
            self.params[nid][name] = np.array(w, dtype=self.dtype)
        self.weights_untrained = False
        if self.optimizer is not None:
            self.optimizer.reset()

    def reset_weights(self, seed: int | None = None) -> None:
        """Draw all weights afresh (with ``seed``, or the model's own) and reset the optimizer."""
        if seed is not None:
            self.seed = seed
        self.params = {}
        self._sync_params(self.network)
        self.weights_untrained = True
        if self.optimizer is not None:
            self.optimizer.reset()

    # -- use ----------------------------------------------------------------------------------------
    def predict(self, x: np.ndarray, batch_size: int | None = None, backend: str = "reference") -> np.ndarray:
        net, engine = self.network, backends.get(backend)
        x = np.asarray(x)
        if batch_size is None:
            return engine.predict(net, self.params, x)
        check_batch_size(batch_size)
        parts = [
            engine.predict(net, self.params, x[i : i + batch_size]) for i in range(0, len(x), batch_size)
        ]
        return np.concatenate(parts)

    def evaluate(self, x: np.ndarray, y: np.ndarray, backend: str = "reference") -> dict[str, float]:
        """Loss (inference mode, no regularization term) and every compiled metric."""
        net = self._trainable_network()
        engine = backends.get(backend)
        x, y = np.asarray(x), np.asarray(y)
        _check_pairs(x, y)
        y_pred = engine.predict(net, self.params, x)
        logs = {"loss": engine.loss(net, self.params, x, y)}
        logs.update(metrics_lib.compute(self.metrics, y_pred, y, net.loss))
        return logs

    def _trainable_network(self) -> Network:
        net = self.network
        if net.loss is None:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "model", "choose a loss first: call compile(loss=...) or set it on the Output"
                    ),
                    context="model",
                )
            )
        return net

    # -- train --------------------------------------------------------------------------------------
    def fit(
        self,
        x: np.ndarray,
        y: np.ndarray,
        *,
        epochs: int = 1,
        batch_size: int = 32,
        validation_split: float = 0.0,
        validation_data: tuple | None = None,
        shuffle: bool = True,
        seed: int | None = None,
        backend: str = "reference",
        verbose: int = 0,
    ) -> History:
        """Train for ``epochs`` passes over (x, y); returns the per-epoch History.

        ``seed`` fixes the batch order, dropout masks and (if the model has no weights yet)
        the initial weights: the same seed gives the identical history. ``validation_split``
        holds out the *last* fraction of the samples, before shuffling, as Keras does.
        """
        if self.optimizer is None:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("model", "call compile(optimizer=..., loss=...) before fit"),
                    context="model",
                )
            )
        if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 0:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("model", "epochs must be a whole number ≥ 0, got {value}"),
                    context="model",
                    value=repr(epochs),
                )
            )
        check_batch_size(batch_size)
        x, y = np.asarray(x), np.asarray(y)
        _check_pairs(x, y)
        if validation_data is None and validation_split:
            if not 0 < validation_split < 1:
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP("model", "validation_split must be in (0, 1), got {value}"),
                        context="model",
                        value=validation_split,
                    )
                )
            n_val = max(1, round(len(x) * validation_split))
            if n_val >= len(x):
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP("model", "validation_split leaves no samples to train on"),
                        context="model",
                    )
                )
            validation_data = (x[-n_val:], y[-n_val:])
            x, y = x[:-n_val], y[:-n_val]
        if seed is not None and self.seed != seed:
            self.seed = seed
            if self.weights_untrained:
                self.reset_weights()
        net = self._trainable_network()
        engine = backends.get(backend)
        _, order_rng, dropout_rng = seed_streams(self.seed)
        history = History()
        for epoch in range(epochs):
            batches = epoch_batches(len(x), batch_size, order_rng, shuffle=shuffle)
            step_losses, y_pred = engine.train_steps(
                net, self.params, self.optimizer, x, y, batches, dropout_rng
            )
            self.weights_untrained = False
            sizes = np.array([len(b) for b in batches])
            logs = {"loss": float(step_losses @ sizes / sizes.sum())}
            if self.metrics:
                order = np.concatenate(batches)
                logs.update(metrics_lib.compute(self.metrics, y_pred, y[order], net.loss))
            if validation_data is not None:
                val = self.evaluate(*validation_data, backend=backend)
                logs.update({f"val_{k}": v for k, v in val.items()})
            history.record(epoch, logs)
            if verbose:
                print(f"Epoch {epoch + 1}/{epochs} - " + " - ".join(f"{k}: {v:.4f}" for k, v in logs.items()))
            if not math.isfinite(logs["loss"]):
                history.diverged = True
                break
        return history

    def train_step(
        self,
        engine,
        net: Network,
        xb: np.ndarray,
        yb: np.ndarray,
        rng: np.random.Generator,
    ) -> tuple[float, np.ndarray]:
        """One optimizer update on one batch; returns (loss incl. penalties, predictions)."""
        self.weights_untrained = False
        return engine.train_step(net, self.params, self.optimizer, xb, yb, rng)

    # -- files --------------------------------------------------------------------------------------
    def save(self, path: str) -> None:
        """Save graph, training settings and weights to one project file (atomically)."""
        from engine import project

        project.Project.from_model(self).save(path)


def _layout(params: Params) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(nid, name, a.shape) for nid, p in params.items() for name, a in p.items()]


def _check_pairs(x: np.ndarray, y: np.ndarray) -> None:
    if len(x) != len(y):
        raise ShapeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "model", "{samples} samples but {labels} labels: they must pair up one to one"
                ),
                context="model",
                samples=len(x),
                labels=len(y),
            )
        )
    if len(x) == 0:
        raise ShapeError(Message(QT_TRANSLATE_NOOP("model", "there are no samples"), context="model"))


class Sequential(Model):
    """A plain stack of layers: Input first, each layer feeding the next, then an Output."""

    def __init__(
        self, layers: list[Layer] | None = None, *, dtype: Any = "float32", seed: int | None = None
    ) -> None:
        super().__init__(LayerGraph(), dtype=dtype, seed=seed)
        self._last: str | None = None
        out = self.graph.add_layer(layer_specs.Output(), name="output")
        self._output = out
        for layer in layers or []:
            self.add(layer)

    def add(self, layer: Layer) -> None:
        """Append a layer just before the Output."""
        if not isinstance(layer, Layer) or isinstance(layer, layer_specs.Output):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "model", "Sequential takes layers such as layers.Dense(8), got {value}"
                    ),
                    context="model",
                    value=repr(layer),
                )
            )
        is_input = isinstance(layer, layer_specs.Input)
        if self._last is None and not is_input:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "model", "a Sequential model starts with an Input, e.g. layers.Input(2)"
                    ),
                    context="model",
                )
            )
        if self._last is not None and is_input:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("model", "a Sequential model has one Input, at the start"),
                    context="model",
                )
            )
        index = len(self.graph.nodes) - 1
        nid = self.graph.add_layer(layer, position=(220.0 * index, 0.0))
        if self._last is not None:
            self.graph.execute(Disconnect(self._last, self._output))
            self.graph.connect(self._last, nid)
        self.graph.connect(nid, self._output)
        self.graph.execute(Move(self._output, (220.0 * (index + 1), 0.0)))
        self._last = nid
