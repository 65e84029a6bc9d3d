"""Gradient flow and unit health: is each layer learning, and if not, why not.

One forward and one backward pass on a batch gives, per layer: how large its gradient is
(vanishing or exploding gradients show as a steady fall or rise from the last layer to the
first), how large its weights are and how much the last update changed them, what its outputs
look like (mean, spread), how many of its units are saturated (sigmoid/tanh pushed onto a flat
tail, where the slope and so the gradient is almost 0) and how many are dead (the slope is 0
for every sample of the batch — for ReLU, the output is 0 throughout — so no gradient reaches
the unit's weights and it cannot recover).

:func:`hints` turns clear patterns in these numbers and in loss histories into plain
sentences (English as translatable Messages, and Simplified Chinese), each with a stable
``code`` the GUI can key on.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from engine import backends
from engine import layers as L
from engine.errors import ConfigError, ShapeError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.model import Model

Params = dict[str, dict[str, np.ndarray]]

#: Activations with two flat tails, where a unit can saturate.
SATURATING = frozenset({"sigmoid", "tanh", "hard_sigmoid"})
#: A value is saturated where the activation's slope is below this fraction of its peak slope
#: (sigmoid: |z| > 3.6, tanh: |z| > 1.8).
SATURATION = 0.1

#: First-layer gradient norm / last-layer gradient norm below this: vanishing gradients.
VANISHING_RATIO = 1e-2
#: ... above this: exploding gradients.
EXPLODING_RATIO = 1e2
#: Share of dead (or saturated) units in a layer from which a hint is given.
UNHEALTHY_SHARE = 0.5
#: An update that changes a layer's weights by more than this fraction of their size.
LARGE_UPDATE = 0.1


@dataclass(eq=False)
class LayerStats:
    """One layer's health after one forward/backward pass (None: does not apply to it)."""

    node_id: str
    name: str
    activation: str | None
    #: ‖∂L/∂θ‖ over the layer's trainable arrays (kernel and bias together).
    gradient_norm: float | None
    #: ‖θ‖ over the same arrays.
    weight_norm: float | None
    #: ‖θ − θ_previous‖ / ‖θ‖: how much the last update moved the weights (≈ 1e-3 is healthy).
    update_ratio: float | None
    #: Mean and standard deviation of the layer's outputs over the batch.
    activation_mean: float
    activation_std: float
    #: Share of (sample, unit) values on a flat tail of sigmoid/tanh/hard sigmoid.
    saturated_fraction: float | None
    #: Share of units whose slope is 0 for every sample of the batch (ReLU: output always 0).
    dead_fraction: float | None
    #: (counts, bin edges) of the pre-activations z, when asked for.
    histogram: tuple[np.ndarray, np.ndarray] | None = None


def _norm(arrays: list[np.ndarray]) -> float:
    return math.sqrt(sum(float(np.sum(np.square(a, dtype=np.float64))) for a in arrays))


def layer_stats(
    model: Model,
    x: np.ndarray,
    y: np.ndarray,
    *,
    previous: Params | None = None,
    histogram_bins: int | None = None,
    seed: int = 0,
    backend: str = "reference",
) -> list[LayerStats]:
    """Health of every Dense, Activation and BatchNorm layer, in network order, from one
    training-mode forward and backward pass on the batch (x, y).

    ``previous``: the weights before the last update (e.g. a copy taken before the step), for
    the update/weight ratio. ``histogram_bins``: also histogram each layer's pre-activations.
    The model is not changed (BatchNorm's moving statistics included).
    """
    net = model.network
    if net.loss is None:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "training", "choose a loss first: call compile(loss=...) or set it on the Output"
                ),
                context="training",
            )
        )
    x = np.asarray(x, dtype=model.dtype)
    if x.shape[1:] != net.input_shape:
        raise ShapeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "training",
                    "the Input expects samples of shape {expected}, "
                    "but the data has samples of shape {shape}",
                ),
                context="training",
                expected=str(net.input_shape),
                shape=str(x.shape[1:]),
            )
        )
    y = np.asarray(y)
    engine = backends.get(backend)
    # The pass updates BatchNorm's moving averages in place: give it copies of those.
    params = {
        nid: {k: a.copy() if "moving" in k else a for k, a in p.items()} for nid, p in model.params.items()
    }
    tape = engine.forward(net, params, x, training=True, rng=np.random.default_rng(seed))
    grads = engine.backward(net, params, tape, engine.loss_and_seeds(net, tape, y)[1])
    _, penalty_grads = net.regularization(params)
    for (nid, name), g in penalty_grads.items():
        grads[nid][name] = grads[nid][name] + g

    stats = []
    for step in net.steps:
        if not isinstance(step.layer, L.Dense | L.Activation | L.BatchNormalization):
            continue
        nid = step.node_id
        names = [n for n in step.parameter_shapes if n not in step.layer.non_trainable]
        weights = [model.params[nid][n] for n in names]
        grad_norm = _norm([grads[nid][n] for n in names]) if names else None
        weight_norm = _norm(weights) if names else None
        ratio = None
        if names and previous is not None and nid in previous:
            moved = _norm(
                [w.astype(np.float64) - previous[nid][n] for w, n in zip(weights, names, strict=True)]
            )
            ratio = moved / weight_norm if weight_norm else (math.inf if moved else 0.0)
        out = tape.outputs[nid]
        act = step.activation
        z = tape.caches[nid].get("z") if act is not None else None
        saturated = dead = None
        if act is not None and act.elementwise and act.name != "linear":
            slope = act.df(z).reshape(-1, z.shape[-1])
            dead = float(np.mean(np.all(slope == 0, axis=0)))
            # A saturated output fused with its loss (sigmoid or softmax with cross-entropy) is a
            # confident prediction, not a stall: the gradient p − y does not pass its slope.
            if act.name in SATURATING and not (net.fused_loss and nid == net.head_id):
                peak = float(act.df(np.zeros(1, z.dtype))[0])
                saturated = float(np.mean(slope < SATURATION * peak))
        histogram = None
        if histogram_bins is not None and z is not None:
            counts, edges = np.histogram(z[np.isfinite(z)], bins=histogram_bins)
            histogram = (counts, edges)
        stats.append(
            LayerStats(
                node_id=nid,
                name=step.name,
                activation=None if act is None else act.name,
                gradient_norm=grad_norm,
                weight_norm=weight_norm,
                update_ratio=ratio,
                activation_mean=float(np.mean(out, dtype=np.float64)),
                activation_std=float(np.std(out, dtype=np.float64)),
                saturated_fraction=saturated,
                dead_fraction=dead,
                histogram=histogram,
            )
        )
    return stats


def gradient_ratio(stats: list[LayerStats]) -> float | None:
    """First layer's gradient norm / last layer's (layers with weights only): ≪ 1 means the
    gradient fades on its way back (vanishing), ≫ 1 that it grows (exploding)."""
    norms = [s.gradient_norm for s in stats if s.gradient_norm is not None]
    if len(norms) < 2:
        return None
    if norms[-1] == 0:
        return math.inf if norms[0] > 0 else None
    return norms[0] / norms[-1]


# -- hints ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hint:
    """A plain-language observation; ``code`` is stable, the messages are for people.

    ``message`` is an :class:`engine.messages.Message` (the English sentence, which a GUI shows
    in its interface language through the catalogues); ``message_zh`` is the same sentence in
    Simplified Chinese for callers without a GUI."""

    code: str
    message: str
    message_zh: str
    #: The layer it is about, if one.
    layer: str | None = None


def gradient_hints(stats: list[LayerStats]) -> list[Hint]:
    """Hints from one :func:`layer_stats` result."""
    found = []
    ratio = gradient_ratio(stats)
    norms = [s.gradient_norm for s in stats if s.gradient_norm is not None]
    # Dead units also starve the layers before them of gradient; then they are the hint to give.
    dead = any(s.dead_fraction is not None and s.dead_fraction >= UNHEALTHY_SHARE for s in stats)
    if any(not math.isfinite(n) for n in norms) or (ratio is not None and ratio > EXPLODING_RATIO):
        found.append(
            Hint(
                "exploding_gradients",
                Message(
                    QT_TRANSLATE_NOOP(
                        "training",
                        "Exploding gradients: the gradient grows on its way back to the first layer, so "
                        "the early weights take huge steps. Use a smaller learning rate, gradient "
                        "clipping, or a smaller weight initialization.",
                    ),
                    context="training",
                ),
                "梯度爆炸：梯度在反向传播到前面的层时越来越大，前面层的权重更新步子过大。"
                "请调小学习率、使用梯度裁剪，或用更小的权重初始化。",
            )
        )
    elif ratio is not None and ratio < VANISHING_RATIO and not dead:
        found.append(
            Hint(
                "vanishing_gradients",
                Message(
                    QT_TRANSLATE_NOOP(
                        "training",
                        "Vanishing gradients: the first layer's gradient is {ratio} times the last "
                        "layer's, so the early layers barely learn. Sigmoid's slope is at most 0.25 and "
                        "each layer multiplies by it; ReLU, or Batch Normalization, keeps it alive.",
                    ),
                    context="training",
                    ratio=f"{ratio:.1e}",
                ),
                f"梯度消失：第一层的梯度只有最后一层的 {ratio:.1e} 倍，前面的层几乎学不到东西。"
                "Sigmoid 的导数最大只有 0.25，每经过一层就再乘一次；"
                "换用 ReLU 或加入批量归一化（Batch Normalization）可以缓解。",
            )
        )
    for s in stats:
        if s.dead_fraction is not None and s.dead_fraction >= UNHEALTHY_SHARE:
            pct = round(100 * s.dead_fraction)
            found.append(
                Hint(
                    "dead_units",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "training",
                            "{layer}: {percent}% of its units are dead — their output is 0 for every "
                            "sample, so no gradient reaches them and they cannot recover. Try Leaky "
                            "ReLU or ELU, a smaller learning rate, or biases that do not start negative.",
                        ),
                        context="training",
                        layer=s.name,
                        percent=pct,
                    ),
                    f"{s.name}：{pct}% 的神经元已“死亡”——对所有样本输出都是 0，梯度传不到它们，"
                    "也就无法恢复。可以试试 Leaky ReLU 或 ELU、调小学习率，或不要用负的偏置初始化。",
                    s.name,
                )
            )
        if s.saturated_fraction is not None and s.saturated_fraction >= UNHEALTHY_SHARE:
            pct = round(100 * s.saturated_fraction)
            found.append(
                Hint(
                    "saturated_units",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "training",
                            "{layer}: {percent}% of its values sit on a flat tail of {activation}, "
                            "where the slope is nearly 0 and learning stalls. Scale the inputs, use a "
                            "smaller initialization, or switch to ReLU.",
                        ),
                        context="training",
                        layer=s.name,
                        percent=pct,
                        activation=str(s.activation),
                    ),
                    f"{s.name}：{pct}% 的数值落在 {s.activation} 平坦的两端，那里导数几乎为 0，"
                    "学习会停滞。请把输入标准化、用更小的初始化，或改用 ReLU。",
                    s.name,
                )
            )
        if s.update_ratio is not None and s.update_ratio > LARGE_UPDATE:
            found.append(
                Hint(
                    "learning_rate_too_high",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "training",
                            "{layer}: one update changed its weights by {percent}% "
                            "of their size (about 0.1% is typical). The learning rate is probably too high.",
                        ),
                        context="training",
                        layer=s.name,
                        percent=f"{100 * s.update_ratio:.0f}",
                    ),
                    f"{s.name}：一次更新就让权重改变了自身大小的 {100 * s.update_ratio:.0f}%"
                    "（通常约 0.1%）。学习率可能太大了。",
                    s.name,
                )
            )
    return found


#: How many of the latest values the history hints look at.
WINDOW = 20


def history_hints(loss: Sequence[float], val_loss: Sequence[float] | None = None) -> list[Hint]:
    """Hints from a training loss history (and, for overfitting, the evaluation loss)."""
    found = []
    values = np.asarray(loss, dtype=np.float64)
    if values.size and not math.isfinite(values[-1]):
        found.append(
            Hint(
                "diverged",
                Message(
                    QT_TRANSLATE_NOOP(
                        "training",
                        "The loss became infinite or NaN: training diverged. The learning rate is too "
                        "high for this network and data; lower it (e.g. by 10×) and start again.",
                    ),
                    context="training",
                ),
                "损失变成了无穷大或 NaN：训练发散了。对这个网络和数据来说学习率太大，"
                "请调小（例如缩小 10 倍）后重新开始。",
            )
        )
        return found
    if values.size >= 6:
        w = values[-WINDOW:]
        steps = np.diff(w)
        rising = steps > 0
        flips = float(np.mean(rising[1:] != rising[:-1]))
        mean_step = float(np.mean(np.abs(steps)))
        scale = float(np.mean(np.abs(w))) or 1.0
        going_nowhere = (w[0] - w[-1]) < mean_step
        oscillating = flips >= 0.5 and going_nowhere and mean_step > 0.01 * scale
        climbing = w[-1] > 1.1 * float(np.min(values)) and np.mean(rising) > 0.6
        if oscillating or climbing:
            found.append(
                Hint(
                    "learning_rate_too_high",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "training",
                            "The loss jumps up and down (or climbs) instead of falling: the steps "
                            "overshoot the valley. Try a smaller learning rate.",
                        ),
                        context="training",
                    ),
                    "损失忽高忽低（或不断上升），而不是稳定下降：每一步都越过了谷底。请调小学习率。",
                )
            )
    if val_loss is not None:
        train = values
        val = np.asarray(val_loss, dtype=np.float64)
        n = min(len(train), len(val))
        if n >= 5 and np.all(np.isfinite(val[:n])):
            train, val = train[:n], val[:n]
            best = int(np.argmin(val))
            if best <= n - 3 and val[-1] > 1.05 * val[best] and train[-1] < train[best]:
                found.append(
                    Hint(
                        "overfitting",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "training",
                                "Overfitting: the evaluation loss has risen since epoch {epoch} while "
                                "the training loss keeps falling — the network is memorizing the training "
                                "data. Use more data or augmentation, fewer parameters, Dropout or L2, "
                                "or stop at the best epoch.",
                            ),
                            context="training",
                            epoch=best + 1,
                        ),
                        f"过拟合：从第 {best + 1} 轮起验证损失一直上升，而训练损失还在下降——"
                        "网络在死记训练数据。可以增加数据或做数据增强、减少参数、使用 Dropout 或 L2 正则化，"
                        "或在最好的那一轮停止训练。",
                    )
                )
    return found


def hints(
    stats: list[LayerStats] | None = None,
    loss: Sequence[float] | None = None,
    val_loss: Sequence[float] | None = None,
) -> list[Hint]:
    """Every hint the given evidence supports (layer statistics, loss histories, or both)."""
    found = gradient_hints(stats) if stats else []
    if loss is not None:
        found += history_hints(loss, val_loss)
    return found
