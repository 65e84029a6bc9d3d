"""Preallocated buffers that the live plots draw from.

The worker appends what the trainer reported since the last timer tick; the plots read the
filled part on their next redraw. Nothing here grows without bound: a series that fills up
keeps every other point and from then on records only every other step or epoch (the trainer
does the same with its snapshots), so a Playground-style run that goes on for a million steps
costs the same memory as a short one.
"""

import numpy as np

#: Points kept per step series (about 2.4 MB for its three columns).
STEP_CAPACITY = 100_000
#: Epochs kept per epoch series.
EPOCH_CAPACITY = 8_192


class Series:
    """Columns of float64 in fixed-size arrays, indexed by a whole number (step or epoch).

    Columns may appear later than others (``val_loss`` only once evaluation ran); missing
    values read as NaN.
    """

    def __init__(self, index: str, capacity: int) -> None:
        if capacity < 2 or capacity % 2:
            raise ValueError(f"capacity must be an even number ≥ 2, got {capacity}")
        self.index_name = index
        self.capacity = capacity
        self._columns: dict[str, np.ndarray] = {index: np.zeros(capacity)}
        self.count = 0
        #: Only rows whose index is divisible by this are kept (1 until the buffer first fills).
        self.stride = 1

    def clear(self) -> None:
        self.count = 0
        self.stride = 1
        self._columns = {self.index_name: self._columns[self.index_name]}

    def append(self, index: np.ndarray, **columns: np.ndarray) -> None:
        """Add rows: ``index`` and each named column are arrays of the same length."""
        index = np.asarray(index, dtype=np.float64)
        values = {k: np.asarray(v, dtype=np.float64) for k, v in columns.items()}
        for key in values:
            if key not in self._columns:
                self._columns[key] = np.full(self.capacity, np.nan)
        while len(index):
            if self.stride > 1:
                keep = index % self.stride == 0
                index, values = index[keep], {k: v[keep] for k, v in values.items()}
                if not len(index):
                    return
            if self.count == self.capacity:
                self._halve()
                continue
            take = min(len(index), self.capacity - self.count)
            end = self.count + take
            self._columns[self.index_name][self.count : end] = index[:take]
            for key, column in self._columns.items():
                if key != self.index_name:
                    column[self.count : end] = values[key][:take] if key in values else np.nan
            self.count = end
            index, values = index[take:], {k: v[take:] for k, v in values.items()}

    def _halve(self) -> None:
        self.stride *= 2
        keep = np.flatnonzero(self._columns[self.index_name][: self.count] % self.stride == 0)
        for column in self._columns.values():
            column[: len(keep)] = column[keep]
        self.count = len(keep)

    @property
    def index(self) -> np.ndarray:
        return self._columns[self.index_name][: self.count]

    def names(self) -> list[str]:
        """Names of the columns other than the index, in the order they first appeared."""
        return [k for k in self._columns if k != self.index_name]

    def column(self, key: str) -> np.ndarray | None:
        """The filled part of column ``key``, or None if it was never reported."""
        column = self._columns.get(key)
        return None if column is None else column[: self.count]

    def values(self, key: str) -> np.ndarray:
        """Column ``key`` for plotting: NaN where it was not reported (all NaN if never)."""
        column = self._columns.get(key)
        return np.full(self.count, np.nan) if column is None else column[: self.count]

    def last(self, key: str) -> float | None:
        column = self.column(key)
        return None if column is None or not self.count else float(column[-1])


def step_series() -> Series:
    """Per training step: ``loss`` and ``learning_rate``, indexed by ``step``."""
    return Series("step", STEP_CAPACITY)


def epoch_series() -> Series:
    """Per epoch: the Keras-style logs plus the ``step`` it ended at, indexed by ``epoch``."""
    return Series("epoch", EPOCH_CAPACITY)
