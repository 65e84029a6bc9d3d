"""Metrics: numbers that say how good predictions are, in terms a person reads directly.

Classification metrics compare predicted and true class labels (see ``predicted_labels``);
regression metrics compare values.
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.errors import ConfigError
from engine.losses import Loss
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.registry import Registry


@dataclass(frozen=True)
class Metric:
    name: str
    label: str
    #: "classification" (on labels) or "regression" (on values).
    kind: str
    fn: Callable[[np.ndarray, np.ndarray], float]


METRICS: Registry[Metric] = Registry("metric")


def predicted_labels(y_pred: np.ndarray, from_logits: bool = False) -> np.ndarray:
    """Class labels from outputs: one unit → threshold (0.5, or 0 for logits); else argmax."""
    y_pred = np.asarray(y_pred)
    if y_pred.ndim == 1 or y_pred.shape[-1] == 1:
        return (y_pred.reshape(-1) >= (0.0 if from_logits else 0.5)).astype(np.int64)
    return np.argmax(y_pred, axis=-1)


def true_labels(y_true: np.ndarray) -> np.ndarray:
    """Class labels from targets: class indices as they are; one-hot rows → argmax."""
    y_true = np.asarray(y_true)
    if y_true.ndim == 2 and y_true.shape[1] > 1:
        return np.argmax(y_true, axis=-1)
    return y_true.reshape(-1).astype(np.int64)


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, num_classes: int | None = None) -> np.ndarray:
    """counts[i, j] = samples of true class i predicted as class j."""
    y_true, y_pred = np.asarray(y_true, np.int64), np.asarray(y_pred, np.int64)
    k = num_classes or int(max(y_true.max(initial=0), y_pred.max(initial=0)) + 1)
    counts = np.zeros((k, k), dtype=np.int64)
    np.add.at(counts, (y_true, y_pred), 1)
    return counts


def _per_class(y_true, y_pred):
    cm = confusion_matrix(y_true, y_pred)
    tp = np.diag(cm).astype(np.float64)
    predicted, actual = cm.sum(axis=0), cm.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(actual > 0, tp / actual, 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    present = (actual > 0) | (predicted > 0)
    return precision[present], recall[present], f1[present]


def accuracy(y_true, y_pred):
    return float(np.mean(y_true == y_pred))


def precision(y_true, y_pred):
    """Macro average over classes: of the samples predicted as a class, how many were it."""
    return float(np.mean(_per_class(y_true, y_pred)[0]))


def recall(y_true, y_pred):
    """Macro average over classes: of a class's samples, how many were found."""
    return float(np.mean(_per_class(y_true, y_pred)[1]))


def f1(y_true, y_pred):
    return float(np.mean(_per_class(y_true, y_pred)[2]))


def mae(y_true, y_pred):
    return float(np.mean(np.abs(y_pred - y_true)))


def rmse(y_true, y_pred):
    return float(np.sqrt(np.mean((y_pred - y_true) ** 2)))


def r2(y_true, y_pred):
    """1 − SS_res / SS_tot: 1 is a perfect fit, 0 is no better than predicting the mean."""
    ss_res = float(np.sum((y_true - y_pred) ** 2))
    ss_tot = float(np.sum((y_true - np.mean(y_true, axis=0)) ** 2))
    return 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")


for _metric in (
    Metric("accuracy", "Accuracy", "classification", accuracy),
    Metric("precision", "Precision (macro)", "classification", precision),
    Metric("recall", "Recall (macro)", "classification", recall),
    Metric("f1", "F1 (macro)", "classification", f1),
    Metric("mae", "Mean absolute error", "regression", mae),
    Metric("rmse", "Root mean squared error", "regression", rmse),
    Metric("r2", "R²", "regression", r2),
):
    METRICS.add(_metric.name, _metric, *{"accuracy": ("acc",), "f1": ("f1_score",)}.get(_metric.name, ()))


def get(name: str) -> Metric:
    return METRICS.get(name)


def check_compatible(names: list[str], loss: Loss | None) -> None:
    """A clear error when a class metric (accuracy, …) is asked of a regression loss."""
    for name in names:
        metric = get(name)
        if metric.kind == "classification" and loss is not None and not loss.is_classification:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{metric} needs a classification loss, not {loss}"),
                    metric=term(metric.label),
                    loss=term(loss.label),
                )
            )


def compute(names: list[str], y_pred: np.ndarray, y_true: np.ndarray, loss: Loss | None) -> dict[str, float]:
    """Each named metric of predictions against targets."""
    results: dict[str, float] = {}
    if not names:
        return results
    check_compatible(names, loss)
    from_logits = bool(getattr(loss, "from_logits", False))
    labels = None
    for name in names:
        metric = get(name)
        if metric.kind == "classification":
            if labels is None:
                labels = (true_labels(y_true), predicted_labels(y_pred, from_logits))
            results[metric.name] = metric.fn(*labels)
        else:
            results[metric.name] = metric.fn(
                np.asarray(y_true, np.float64).reshape(y_pred.shape), np.asarray(y_pred, np.float64)
            )
    return results
