"""The one shape every data source ends in, so the trainer, CLI and GUI handle all sets alike."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np

Task = Literal["classification", "regression"]
TASKS: tuple[Task, ...] = ("classification", "regression")


@dataclass(frozen=True, eq=False)
class Dataset:
    """Samples and targets, with the names a user needs to read them.

    ``x`` is float32 of shape (n, features...) — (n, 2) for the Playground sets, (n, 64) for
    digits, (n, 28, 28) for MNIST read from IDX files. ``y`` is int64 class indices of shape
    (n,) for classification (``class_names[i]`` is what index ``i`` stood for in the file) and
    float32 targets of shape (n, k) for regression (``num_classes`` is then 0).
    """

    x: np.ndarray
    y: np.ndarray
    task: Task
    num_classes: int
    class_names: tuple[str, ...] = ()
    feature_names: tuple[str, ...] = ()
    name: str = ""
    description: str = ""
    #: Names of the regression targets (e.g. the CSV column), empty for classification.
    target_names: tuple[str, ...] = ()
    #: How many rows loading dropped because of missing or non-finite values (``drop_nonfinite``).
    dropped: int = 0
    #: Sentences for the user about what loading did, e.g. which rows were dropped.
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A malformed Dataset is a bug in whoever built it, so these are plain ValueErrors.
        if self.x.dtype != np.float32 or self.x.ndim < 2:
            raise ValueError(
                f"x must be float32 of shape (n, features...), got {self.x.dtype} {self.x.shape}"
            )
        if len(self.y) != len(self.x):
            raise ValueError(f"x has {len(self.x)} samples but y has {len(self.y)}")
        if self.task == "classification":
            if self.y.dtype != np.int64 or self.y.ndim != 1:
                raise ValueError(
                    f"class labels must be int64 of shape (n,), got {self.y.dtype} {self.y.shape}"
                )
            if len(self.class_names) != self.num_classes:
                raise ValueError(f"{self.num_classes} classes but {len(self.class_names)} class names")
            if len(self.y) and not 0 <= self.y.min() <= self.y.max() < self.num_classes:
                raise ValueError(f"class labels must lie in [0, {self.num_classes})")
        elif self.task == "regression":
            if self.y.dtype != np.float32 or self.y.ndim != 2 or self.num_classes != 0:
                raise ValueError(
                    f"regression targets must be float32 (n, k), got {self.y.dtype} {self.y.shape}"
                )
        else:
            raise ValueError(f"task must be one of {TASKS}, got {self.task!r}")

    def __len__(self) -> int:
        return len(self.x)

    @property
    def input_shape(self) -> tuple[int, ...]:
        """The shape of one sample: what the network's Input node must declare."""
        return tuple(self.x.shape[1:])

    @property
    def num_outputs(self) -> int:
        """Units the output layer needs: one per class, or one per regression target."""
        return self.num_classes if self.task == "classification" else self.y.shape[1]

    def class_counts(self) -> np.ndarray:
        """Samples per class index (classification only), for the balance shown beside a set."""
        return np.bincount(self.y, minlength=self.num_classes)

    def subset(self, indices: Sequence[int] | np.ndarray) -> "Dataset":
        """The same set restricted to ``indices`` (a split, a batch), names kept."""
        rows = np.asarray(indices, dtype=np.int64)
        return replace(self, x=self.x[rows], y=self.y[rows])
