"""Train / eval / test splits: random with a seed, stratified for classification.

The defaults are the lecture's: 20% of the samples are held out for the test, and 10% of the
rest for evaluation during training (notes 001/002: "80/20, eval 5–10% of train"). A
stratified split gives every class its share of every split to within one sample, so a rare
class is not missing from the test by bad luck.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.data.dataset import Dataset
from engine.data.rounding import round_shares
from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message

SPLITS = ("train", "eval", "test")
DEFAULT_TEST = 0.2
DEFAULT_EVAL = 0.1


@dataclass(frozen=True, eq=False)
class Split:
    """Sorted sample indices of each split, and how many samples of each class each one got."""

    train: np.ndarray
    eval: np.ndarray
    test: np.ndarray
    #: Per split, samples per class index; empty for regression.
    class_counts: dict[str, tuple[int, ...]]

    def sizes(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in SPLITS}

    def summary(self, class_names: Sequence[str] = ()) -> str:
        """A small table of split sizes (and classes, when known), for the CLI and the data panel."""
        width = max([8, *map(len, class_names)]) + 2
        lines = [f"{'':<8}{'samples':>9}" + "".join(f"{name:>{width}}" for name in class_names)]
        for name in SPLITS:
            counts = self.class_counts.get(name, ())
            lines.append(f"{name:<8}{len(getattr(self, name)):>9}" + "".join(f"{c:>{width}}" for c in counts))
        return "\n".join(lines)


def _fraction(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "the {name} fraction must be a number in [0, 1), got {value}"),
                context="data",
                name=name,
                value=repr(value),
            )
        )
    return float(value)


def split_sizes(n: int, test: float = DEFAULT_TEST, eval: float = DEFAULT_EVAL) -> tuple[int, int, int]:
    """(train, eval, test) sizes: ``test`` of all samples, ``eval`` of what the test leaves.

    A fraction above zero always gets at least one sample, so asking for a test set never
    silently yields none.
    """
    test, eval = _fraction("test", test), _fraction("eval", eval)
    n_test = max(1, round(n * test)) if test else 0
    n_eval = max(1, round((n - n_test) * eval)) if eval else 0
    n_train = n - n_test - n_eval
    if n_train < 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "test={test} and eval={eval} leave no samples to train on ({count} samples in all); "
                    "lower the fractions",
                ),
                context="data",
                test=str(test),
                eval=str(eval),
                count=n,
            )
        )
    return n_train, n_eval, n_test


def split_indices(
    y: np.ndarray,
    *,
    test: float = DEFAULT_TEST,
    eval: float = DEFAULT_EVAL,
    seed: int | None = 0,
    stratify: bool = False,
    class_names: Sequence[str] = (),
) -> Split:
    """Assign each of the ``len(y)`` samples to exactly one split, at random under ``seed``.

    ``class_names`` (optional) name the classes in errors and size the per-class counts.

    With ``stratify`` (``y`` must then be class indices) each class is split in the same
    proportions as the whole: class c gets within one sample of n_c·size/n in every split.
    """
    n = len(y)
    n_train, n_eval, n_test = split_sizes(n, test, eval)
    rng = np.random.default_rng(seed)
    labels = np.asarray(y)
    is_classes = labels.dtype.kind in "iu" and labels.ndim == 1
    if not stratify:
        order = rng.permutation(n)
        parts = dict(zip(("test", "eval", "train"), np.split(order, [n_test, n_test + n_eval]), strict=True))
    elif not is_classes:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "a stratified split needs class labels; turn stratify off for regression targets"
                ),
                context="data",
            )
        )
    else:
        parts = _stratified(labels, (n_train, n_eval, n_test), rng, f"test={test}, eval={eval}", class_names)
    per_class: dict[str, tuple[int, ...]] = {}
    if is_classes:
        classes = max(len(class_names), int(labels.max()) + 1)
        per_class = {
            name: tuple(map(int, np.bincount(labels[parts[name]], minlength=classes))) for name in SPLITS
        }
    return Split(np.sort(parts["train"]), np.sort(parts["eval"]), np.sort(parts["test"]), per_class)


def _stratified(
    labels: np.ndarray,
    sizes: tuple[int, int, int],
    rng: np.random.Generator,
    asked: str,
    class_names: Sequence[str],
) -> dict[str, np.ndarray]:
    """Indices per split such that every class is divided in the proportions of ``sizes``."""
    n, n_train = len(labels), sizes[0]
    totals = np.bincount(labels)
    present = np.flatnonzero(totals)
    for c in present:
        if totals[c] * n_train // n < 1:
            name = class_names[c] if c < len(class_names) else str(c)
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data",
                        "class {name} has only {count} sample(s): too few to stratify with {asked} "
                        "(each class needs at least {needed} so that training sees it); "
                        "add samples, lower the fractions, or turn stratify off",
                    ),
                    context="data",
                    name=repr(name),
                    count=int(totals[c]),
                    asked=asked,
                    needed=math.ceil(n / n_train),
                )
            )
    counts = round_shares(totals[present], np.array(sizes), rng)
    parts: dict[str, list[np.ndarray]] = {name: [] for name in SPLITS}
    for c, (k_train, k_eval, _) in zip(present, counts, strict=True):
        members = rng.permutation(np.flatnonzero(labels == c))
        for name, part in zip(SPLITS, np.split(members, [k_train, k_train + k_eval]), strict=True):
            parts[name].append(part)
    return {name: np.concatenate(parts[name]) for name in SPLITS}


def split_dataset(dataset: Dataset, settings: Mapping[str, Any] | None = None, seed: int | None = 0) -> Split:
    """The split a project's ``split`` settings describe, e.g. ``{"test": 0.2, "eval": 0.1}``.

    ``stratify`` defaults to on for classification and must be off for regression.
    """
    settings = dict(settings or {})
    unknown = sorted(set(settings) - {"test", "eval", "stratify"})
    if unknown:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "split settings are test, eval and stratify; got unknown {unknown}"
                ),
                context="data",
                unknown=str(unknown),
            )
        )
    stratify = settings.get("stratify", dataset.task == "classification")
    if not isinstance(stratify, bool):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "{flag} must be true or false, got {value}"),
                context="data",
                flag="stratify",
                value=repr(stratify),
            )
        )
    return split_indices(
        dataset.y,
        test=settings.get("test", DEFAULT_TEST),
        eval=settings.get("eval", DEFAULT_EVAL),
        seed=seed,
        stratify=stratify,
        class_names=dataset.class_names,
    )
