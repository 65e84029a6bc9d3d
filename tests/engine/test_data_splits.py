"""Train / eval / test splits: every sample in exactly one split, sizes as configured, stratified
classes within one sample of their share, and the same seed giving the same split."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.data import Split, load_dataset, split_dataset, split_indices
from engine.data.splits import split_sizes
from engine.errors import ConfigError

fractions = st.floats(0, 0.6, allow_nan=False)
labels = st.lists(st.integers(0, 5), min_size=2, max_size=300).map(lambda v: np.array(v, dtype=np.int64))


def assert_partition(split: Split, n: int) -> None:
    parts = [split.train, split.eval, split.test]
    joined = np.concatenate(parts)
    assert len(joined) == n and set(joined.tolist()) == set(range(n)), "each sample in exactly one split"
    assert all(np.all(np.diff(p) > 0) for p in parts), "indices sorted and unique"


@settings(max_examples=200, deadline=None)
@given(y=labels, test=fractions, eval=fractions, seed=st.integers(0, 2**32 - 1))
def test_random_split_uses_every_sample_once_with_the_configured_sizes(y, test, eval, seed):
    try:
        sizes = split_sizes(len(y), test, eval)
    except ConfigError:
        return  # nothing left to train on: covered by its own test
    split = split_indices(y, test=test, eval=eval, seed=seed)
    assert_partition(split, len(y))
    assert (len(split.train), len(split.eval), len(split.test)) == sizes
    assert split.sizes() == dict(zip(("train", "eval", "test"), sizes, strict=True))


@settings(max_examples=300, deadline=None)
@given(y=labels, test=fractions, eval=fractions, seed=st.integers(0, 2**32 - 1))
def test_stratified_split_gives_every_class_its_share_within_one_sample(y, test, eval, seed):
    try:
        split = split_indices(y, test=test, eval=eval, seed=seed, stratify=True)
    except ConfigError as error:
        # Refused only when nothing is left to train on, or a class is too small for training to see it.
        if "leave no samples to train on" not in str(error):
            assert "too few to stratify" in str(error)
            n_train = split_sizes(len(y), test, eval)[0]
            assert np.any(np.bincount(y)[np.unique(y)] * n_train // len(y) < 1)
        return
    n = len(y)
    assert_partition(split, n)
    totals = np.bincount(y)
    for name in ("train", "eval", "test"):
        part = getattr(split, name)
        counts = np.bincount(y[part], minlength=len(totals))
        assert np.all(np.abs(counts - totals * len(part) / n) < 1), (name, counts, totals)
        assert split.class_counts[name] == tuple(counts)
    assert np.all(np.bincount(y[split.train], minlength=len(totals))[totals > 0] >= 1), (
        "training sees every class"
    )


@settings(max_examples=50, deadline=None)
@given(y=labels, seed=st.integers(0, 2**32 - 1), stratify=st.booleans())
def test_same_seed_same_split(y, seed, stratify):
    try:
        a = split_indices(y, seed=seed, stratify=stratify)
    except ConfigError:
        return
    b = split_indices(y, seed=seed, stratify=stratify)
    for name in ("train", "eval", "test"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name))


def test_another_seed_another_split():
    y = np.arange(500) % 3
    a, b = split_indices(y, seed=1, stratify=True), split_indices(y, seed=2, stratify=True)
    assert not np.array_equal(a.test, b.test)


def test_defaults_follow_the_lecture_notes():
    assert split_sizes(1000) == (720, 80, 200)  # test 20%, eval 10% of the remaining 80%
    data = load_dataset({"name": "iris"})
    split = split_dataset(data, seed=0)
    assert split.sizes() == {"train": 108, "eval": 12, "test": 30}
    assert split.class_counts == {"train": (36, 36, 36), "eval": (4, 4, 4), "test": (10, 10, 10)}


def test_a_fraction_above_zero_always_gets_a_sample_and_zero_gets_none():
    assert split_sizes(4, test=0.05, eval=0.05) == (2, 1, 1)
    assert split_sizes(10, test=0.0, eval=0.0) == (10, 0, 0)


def test_regression_sets_split_at_random_without_class_counts():
    data = load_dataset({"name": "sine", "samples": 100})
    split = split_dataset(data, {"test": 0.3, "eval": 0.0})
    assert split.sizes() == {"train": 70, "eval": 0, "test": 30} and split.class_counts == {}
    with pytest.raises(ConfigError, match="stratified split needs class labels"):
        split_dataset(data, {"stratify": True})


def test_unstratified_classification_split_still_counts_classes():
    y = np.array([0, 0, 0, 1, 1, 1, 1, 1, 2, 2])
    split = split_indices(y, test=0.3, eval=0.0, seed=0)
    assert sum(split.class_counts["test"]) == 3 and split.class_counts["train"] != ()


def test_summary_shows_counts_per_split_and_class():
    split = split_dataset(load_dataset({"name": "iris"}))
    table = split.summary(("setosa", "versicolor", "virginica")).splitlines()
    assert table[0].split() == ["samples", "setosa", "versicolor", "virginica"]
    assert table[1].split() == ["train", "108", "36", "36", "36"]
    assert table[3].split() == ["test", "30", "10", "10", "10"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"test": 1.0}, r"the test fraction must be a number in \[0, 1\), got 1.0"),
        ({"test": -0.1}, r"the test fraction must be a number in \[0, 1\)"),
        ({"eval": "0.1"}, r"the eval fraction must be a number in \[0, 1\), got '0.1'"),
        ({"eval": True}, r"the eval fraction must be a number"),
        ({"test": 0.5, "eval": 0.9}, "leave no samples to train on"),
    ],
)
def test_impossible_fractions_are_config_errors(kwargs, message):
    with pytest.raises(ConfigError, match=message):
        split_indices(np.array([0, 1, 0, 1, 0, 1]), **kwargs)


def test_a_class_too_small_to_stratify_is_named():
    y = np.array([0] * 20 + [1] * 20 + [2])
    with pytest.raises(
        ConfigError, match=r"class 'rare' has only 1 sample\(s\): too few to stratify .* at least 2"
    ):
        split_indices(y, stratify=True, class_names=("a", "b", "rare"))
    assert split_indices(y, stratify=False).sizes()["train"] == 30  # the plain split still works


def test_bad_split_settings():
    data = load_dataset({"name": "circle", "samples": 50})
    with pytest.raises(
        ConfigError, match=r"split settings are test, eval and stratify; got unknown \['valid'\]"
    ):
        split_dataset(data, {"valid": 0.1})
    with pytest.raises(ConfigError, match="stratify must be true or false"):
        split_dataset(data, {"stratify": "yes"})
