"""Data: generated and bundled sets, import, splits, scaling and batching.

``load_dataset(spec, base_dir)`` turns a project's ``dataset`` entry into a :class:`Dataset`;
``catalog()`` lists the built-in sets; ``split_dataset``, ``scaling`` and ``batching`` take it
from there to the batches a training step sees.
"""

import os
from typing import Any

import numpy as np

from engine.data import regression as _regression  # noqa: F401  (registers the regression generators)
from engine.data.batching import epoch_batches, steps_per_epoch, stratified_batches
from engine.data.dataset import TASKS, Dataset, Task
from engine.data.loading import DatasetInfo, catalog, load_dataset
from engine.data.scaling import SCALERS, MinMax, Scaler, Standardize
from engine.data.splits import DEFAULT_EVAL, DEFAULT_TEST, Split, split_dataset, split_indices
from engine.data.synthetic import GENERATORS, generate
from engine.data.transforms import INPUT_FEATURES, input_features


def load(
    spec: dict[str, Any], base_dir: str | os.PathLike[str] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The (x, y) arrays of ``load_dataset(spec, base_dir)``, for callers that need only those."""
    data = load_dataset(spec, base_dir)
    return data.x, data.y


__all__ = [
    "DEFAULT_EVAL",
    "DEFAULT_TEST",
    "GENERATORS",
    "INPUT_FEATURES",
    "SCALERS",
    "TASKS",
    "Dataset",
    "DatasetInfo",
    "MinMax",
    "Scaler",
    "Split",
    "Standardize",
    "Task",
    "catalog",
    "epoch_batches",
    "generate",
    "input_features",
    "load",
    "load_dataset",
    "split_dataset",
    "split_indices",
    "steps_per_epoch",
    "stratified_batches",
]
