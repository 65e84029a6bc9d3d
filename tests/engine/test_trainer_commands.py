"""Trainer commands and reports the GUI and the lessons ask for: a changeable epoch budget, each
epoch's batch order, capped BLAS threads, and pauses that leave the GIL to a GUI."""

import time

import numpy as np
import pytest

from engine import blas
from engine.data.batching import epoch_batches
from engine.errors import ConfigError
from engine.model import seed_streams
from engine.trainer import Trainer
from engine.trainer_events import EpochEnd
from tests.engine.test_trainer import X, Y, circle_model


@pytest.fixture
def make():
    made = []

    def factory(model=None, **options):
        options.setdefault("backend", "reference")
        options.setdefault("batch_size", 10)
        trainer = Trainer(model or circle_model(), X, Y, **options)
        made.append(trainer)
        return trainer

    yield factory
    for trainer in made:
        trainer.close()


def _epoch_ends(sub):
    return [e for e in sub.drain() if isinstance(e, EpochEnd)]


# -- set_epochs ------------------------------------------------------------------------------------


def test_set_epochs_extends_a_finished_run_and_start_continues_it(make):
    trainer = make(epochs=1)
    trainer.start()
    assert trainer.wait(timeout=60) == "finished" and trainer.epoch == 1
    trainer.set_epochs(3).result(timeout=60)
    trainer.start()
    assert trainer.wait(timeout=60) == "finished"
    assert trainer.epoch == 3 and trainer.epochs == 3


def test_set_epochs_below_the_epochs_done_finishes_a_running_trainer(make):
    trainer = make(epochs=None)  # until stopped
    trainer.start().result(timeout=60)
    deadline = time.monotonic() + 60
    while trainer.epoch < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    trainer.set_epochs(1).result(timeout=60)
    assert trainer.wait(timeout=60) == "finished"
    assert trainer.epoch >= 2  # it stopped where it was, nothing was undone


def test_set_epochs_while_running_sets_where_the_run_ends(make):
    trainer = make(epochs=100_000)
    trainer.start().result(timeout=60)
    trainer.set_epochs(trainer.epoch + 50).result(timeout=60)  # far more than a command's delay
    assert trainer.wait(timeout=60) == "finished"
    assert trainer.epoch == trainer.epochs


def test_set_epochs_checks_its_value_in_the_callers_thread(make):
    trainer = make(epochs=1)
    for bad in (-1, 1.5, True, "3"):
        with pytest.raises(ConfigError, match="epochs"):
            trainer.set_epochs(bad)


# -- the batch order of each epoch ----------------------------------------------------------------


def test_epoch_end_reports_the_order_the_trainer_used(make):
    trainer = make(epochs=3, record_batch_order=True)
    sub = trainer.subscribe()
    trainer.start()
    trainer.wait(timeout=60)
    ends = _epoch_ends(sub)
    assert [e.epoch for e in ends] == [1, 2, 3]
    # What the trainer's own order stream gives for this seed: the reports are the real thing.
    rng = seed_streams(trainer.model.seed)[1]
    for event in ends:
        batches = epoch_batches(len(X), 10, rng)
        np.testing.assert_array_equal(event.order, np.concatenate(batches))
        np.testing.assert_array_equal(event.batch_sizes, [len(b) for b in batches])
        assert sorted(event.order) == list(range(len(X)))  # every sample once
    assert not np.array_equal(ends[0].order, ends[1].order)


def test_the_batch_order_follows_a_batch_size_change_mid_epoch(make):
    trainer = make(epochs=1, record_batch_order=True)
    sub = trainer.subscribe()
    for _ in range(3):
        trainer.step().result(timeout=60)
    trainer.set_batch_size(25).result(timeout=60)
    trainer.start()
    trainer.wait(timeout=60)
    (end,) = _epoch_ends(sub)
    assert list(end.batch_sizes) == [10, 10, 10] + [25] * 6 + [20]
    assert end.batch_sizes.sum() == len(end.order) == len(X)


def test_no_batch_order_unless_asked_for(make):
    trainer = make(epochs=1)
    sub = trainer.subscribe()
    trainer.start()
    trainer.wait(timeout=60)
    (end,) = _epoch_ends(sub)
    assert end.order.size == 0 and end.batch_sizes.size == 0


# -- BLAS threads ---------------------------------------------------------------------------------


def test_blas_threads_are_capped_while_a_chunk_trains_and_restored_after(make, monkeypatch):
    before = {p["filepath"]: p["num_threads"] for p in blas.pools()}
    assert any("scipy_openblas" in path for path in before)  # scipy's BLAS, which numba calls, too
    seen = []
    trainer = make(epochs=1, blas_threads=1)
    engine_steps = trainer._engine.train_steps

    def spy(*args, **kwargs):
        seen.append({p["filepath"]: p["num_threads"] for p in blas.pools()})
        return engine_steps(*args, **kwargs)

    monkeypatch.setattr(trainer._engine, "train_steps", spy)
    trainer.start()
    assert trainer.wait(timeout=60) == "finished"
    assert seen and all(set(pools.values()) == {1} for pools in seen)
    assert set(seen[0]) == set(before)  # every pool, numpy's and scipy's
    trainer.pause().result(timeout=60)  # a command runs after the chunk that finished the run
    assert {p["filepath"]: p["num_threads"] for p in blas.pools()} == before


def test_set_blas_threads_changes_the_cap_from_the_next_chunk(make):
    trainer = make(epochs=1)
    assert trainer.blas_threads is None
    trainer.set_blas_threads(1).result(timeout=60)
    assert trainer.blas_threads == 1
    for bad in (0, -2, 1.0, True):
        with pytest.raises(ConfigError, match="blas_threads"):
            trainer.set_blas_threads(bad)
    with pytest.raises(ConfigError, match="blas_threads"):
        make(blas_threads=0)


# -- leaving the GIL to a GUI ---------------------------------------------------------------------


def test_yield_seconds_pauses_the_reference_backend_between_chunks(make, monkeypatch):
    sleeps = []
    real_sleep = time.sleep
    trainer = make(epochs=None, yield_seconds=0.002)
    monkeypatch.setattr("engine.trainer.time.sleep", lambda s: (sleeps.append(s), real_sleep(s)))
    trainer.start().result(timeout=60)
    real_sleep(0.3)
    trainer.pause().result(timeout=60)
    assert sleeps and set(sleeps) == {0.002}


def test_the_compiled_backend_does_not_pause(make, monkeypatch):
    sleeps = []
    trainer = make(epochs=3, backend="cpu", yield_seconds=0.002)
    monkeypatch.setattr("engine.trainer.time.sleep", sleeps.append)
    trainer.start()
    assert trainer.wait(timeout=120) == "finished"
    assert sleeps == []


def test_yield_seconds_is_checked(make):
    for bad in (-0.1, 2.0, "1"):
        with pytest.raises(ConfigError, match="yield_seconds"):
            make(yield_seconds=bad)
