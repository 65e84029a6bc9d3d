"""Rounding a table of fair shares to whole samples without breaking its totals.

A stratified split gives class c the share n_c · n_s / n of split s. Rounding each share on its
own can leave a split one sample too big or a class one sample short; rounding each share down
or up *so that* every class total and every split total still comes out exactly is always
possible (the shares themselves are a fractional solution of that transport problem, and such
problems have whole-number solutions). We find one with augmenting paths, as in bipartite
matching: every class takes its missing samples one at a time, moving other classes' round-ups
to other splits when a split is already full.
"""

import numpy as np


def round_shares(totals: np.ndarray, sizes: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Counts[c, s], each the floor or ceiling of totals[c]·sizes[s]/n, with row sums ``totals``
    and column sums ``sizes`` (both summing to n). Which shares round up is chosen by ``rng``."""
    n = int(totals.sum())
    products = np.outer(totals, sizes).astype(np.int64)
    counts = products // n
    may_round_up = products % n > 0
    row_missing = totals - counts.sum(axis=1)
    column_room = sizes - counts.sum(axis=0)
    rounded_up = np.zeros_like(may_round_up)
    for row in rng.permutation(len(totals)):
        for _ in range(int(row_missing[row])):
            if not _augment(int(row), may_round_up, rounded_up, column_room, set()):
                raise AssertionError("fair shares always have a whole-number rounding")
    return counts + rounded_up


def _augment(row: int, allowed: np.ndarray, taken: np.ndarray, room: np.ndarray, seen: set[int]) -> bool:
    """Give ``row`` one more round-up, moving another row's round-up along if its column is full."""
    for col in np.flatnonzero(allowed[row] & ~taken[row]):
        if col in seen:
            continue
        seen.add(int(col))
        if room[col] > 0:
            room[col] -= 1
            taken[row, col] = True
            return True
        for other in np.flatnonzero(taken[:, col]):
            if _augment(int(other), allowed, taken, room, seen):
                taken[other, col] = False
                taken[row, col] = True
                return True
    return False
