"""Mini-batches: every sample once per epoch, ceil(n / batch) steps, reshuffled each epoch under a
seed, and — when stratified — every class within one sample of its share in every batch."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.data import epoch_batches, steps_per_epoch, stratified_batches
from engine.errors import ConfigError

labels = st.lists(st.integers(0, 6), min_size=1, max_size=400).map(lambda v: np.array(v, dtype=np.int64))


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(0, 500), batch=st.integers(1, 80), seed=st.integers(0, 2**32 - 1), drop_last=st.booleans()
)
def test_epoch_uses_every_sample_once_in_ceil_n_over_batch_steps(n, batch, seed, drop_last):
    batches = epoch_batches(n, batch, np.random.default_rng(seed), drop_last=drop_last)
    assert len(batches) == steps_per_epoch(n, batch, drop_last=drop_last)
    assert steps_per_epoch(n, batch) == math.ceil(n / batch)
    seen = np.concatenate(batches) if batches else np.zeros(0, int)
    assert len(seen) == len(set(seen.tolist()))
    if drop_last:
        assert all(len(b) == batch for b in batches) and len(seen) == n - n % batch
    else:
        assert sorted(seen.tolist()) == list(range(n))
        assert all(len(b) == batch for b in batches[:-1])


@settings(max_examples=300, deadline=None)
@given(y=labels, batch=st.integers(1, 64), seed=st.integers(0, 2**32 - 1), drop_last=st.booleans())
def test_stratified_batches_keep_each_class_within_one_sample_of_its_share(y, batch, seed, drop_last):
    n = len(y)
    batches = stratified_batches(y, batch, np.random.default_rng(seed), drop_last=drop_last)
    plain = epoch_batches(n, batch, np.random.default_rng(seed), drop_last=drop_last)
    assert [len(b) for b in batches] == [len(b) for b in plain], "same sizes and steps as plain batches"
    seen = np.concatenate(batches) if batches else np.zeros(0, int)
    assert len(seen) == len(set(seen.tolist()))
    if not drop_last:
        assert sorted(seen.tolist()) == list(range(n)), "every sample exactly once"
    totals = np.bincount(y)
    for b in batches:
        counts = np.bincount(y[b], minlength=len(totals))
        assert np.all(np.abs(counts - totals * len(b) / n) < 1), (counts, totals * len(b) / n)


@settings(max_examples=50, deadline=None)
@given(y=labels, batch=st.integers(1, 64), seed=st.integers(0, 2**32 - 1))
def test_same_seed_same_batches(y, batch, seed):
    for make in (
        lambda rng: epoch_batches(len(y), batch, rng),
        lambda rng: stratified_batches(y, batch, rng),
    ):
        a = make(np.random.default_rng(seed))
        b = make(np.random.default_rng(seed))
        assert len(a) == len(b) and all(np.array_equal(p, q) for p, q in zip(a, b, strict=True))


@pytest.mark.parametrize("stratified", [False, True])
def test_the_order_changes_from_epoch_to_epoch(stratified):
    y = np.arange(200) % 4
    rng = np.random.default_rng(0)
    make = (lambda: stratified_batches(y, 16, rng)) if stratified else (lambda: epoch_batches(200, 16, rng))
    first, second = np.concatenate(make()), np.concatenate(make())
    assert sorted(first) == sorted(second) and not np.array_equal(first, second)


def test_stratified_batches_mix_classes_even_for_sorted_labels():
    y = np.repeat([0, 1], [90, 10])  # 10% minority, sorted as files often are
    batches = stratified_batches(y, 10, np.random.default_rng(3))
    assert all(np.sum(y[b] == 1) == 1 for b in batches)


def test_no_shuffle_keeps_file_order():
    batches = epoch_batches(7, 3, None, shuffle=False)
    assert [b.tolist() for b in batches] == [[0, 1, 2], [3, 4, 5], [6]]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: stratified_batches(np.array([0.5, 1.5]), 2, np.random.default_rng()), "need class labels"),
        (lambda: stratified_batches(np.array([0, 1]), 0, np.random.default_rng()), "batch size must be"),
        (lambda: steps_per_epoch(10, 2.5), "batch size must be a whole number"),
    ],
)
def test_bad_batch_settings(call, message):
    with pytest.raises(ConfigError, match=message):
        call()
