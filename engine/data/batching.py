"""Mini-batches: which samples each training step sees, reshuffled every epoch."""

import math

import numpy as np

from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message


def steps_per_epoch(n: int, batch_size: int, drop_last: bool = False) -> int:
    """ceil(n / batch) steps, or floor when the last partial batch is dropped."""
    check_batch_size(batch_size)
    return n // batch_size if drop_last else math.ceil(n / batch_size)


def check_batch_size(batch_size: object) -> int:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int | np.integer) or batch_size < 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "batch size must be a whole number ≥ 1, got {value}"),
                context="data",
                value=repr(batch_size),
            )
        )
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


def stratified_batches(
    y: np.ndarray, batch_size: int, rng: np.random.Generator, drop_last: bool = False
) -> list[np.ndarray]:
    """Index arrays of one epoch's batches in which every class keeps its share of the epoch.

    Class c, with n_c of the n samples, gets within one sample of n_c·size/n in every batch,
    so a small batch is not all one class by chance; every sample is used exactly once, and the
    batch sizes are those of ``epoch_batches`` (ceil(n / batch) steps, the partial batch last).

    Each full batch takes floor(n_c·batch/n) of class c, plus one more for the classes whose
    share has a fraction; those extra samples are dealt round-robin over the full batches, which
    keeps every batch exactly full and never gives one class two extras in the same batch.
    """
    check_batch_size(batch_size)
    labels = np.asarray(y)
    if labels.dtype.kind not in "iu" or labels.ndim != 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "stratified batches need class labels; use plain shuffled batches for regression"
                ),
                context="data",
            )
        )
    n = len(labels)
    if n == 0:
        return []
    totals = np.bincount(labels)
    full, last = divmod(n, batch_size)
    per_full = totals * batch_size // n
    per_last, last_rest = np.divmod(totals * last, n)
    # What class c needs beyond the floors, full·frac(n_c·batch/n) + frac(n_c·last/n), is whole.
    extra = totals - full * per_full - per_last
    in_last = np.zeros_like(totals)
    in_last[rng.choice(np.flatnonzero(last_rest > 0), size=last - per_last.sum(), replace=False)] = 1
    order = rng.permutation(len(totals))
    dealt = np.repeat(order, (extra - in_last)[order])
    counts = np.tile(per_full, (full, 1))
    np.add.at(counts, (np.arange(len(dealt)) % max(full, 1), dealt), 1)
    pools = [rng.permutation(np.flatnonzero(labels == c)) for c in range(len(totals))]
    used = np.zeros_like(totals)
    batches = []
    for wanted in [*counts[rng.permutation(full)], per_last + in_last]:
        batch = np.concatenate([pools[c][used[c] : used[c] + k] for c, k in enumerate(wanted)])
        used += wanted
        batches.append(rng.permutation(batch))
    if not last or drop_last:
        batches.pop()
    return batches
