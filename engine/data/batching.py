"""Mini-batches: which samples each training step sees, reshuffled every epoch."""

import math

import numpy as np

from engine.errors import ConfigError


def steps_per_epoch(n: int, batch_size: int, drop_last: bool = False) -> int:
    """ceil(n / batch) steps, or floor when the last partial batch is dropped."""
    check_batch_size(batch_size)
    return n // batch_size if drop_last else math.ceil(n / batch_size)


def check_batch_size(batch_size: object) -> int:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int | np.integer) or batch_size < 1:
        raise ConfigError(f"batch size must be a whole number ≥ 1, got {batch_size!r}")
    return int(batch_size)


def epoch_batches(
    n: int, batch_size: int, rng: np.random.Generator | None, shuffle: bool = True, drop_last: bool = False
) -> list[np.ndarray]:
    """Index arrays of one epoch's batches: a fresh permutation from ``rng`` when shuffling."""
    check_batch_size(batch_size)
    order = rng.permutation(n) if shuffle and rng is not None else np.arange(n)
    stops = range(batch_size, n + batch_size, batch_size)
    batches = [order[stop - batch_size : min(stop, n)] for stop in stops]
    if drop_last and batches and len(batches[-1]) < batch_size:
        batches.pop()
    return batches
