"""The Trainer: same numbers as fit, steerable from another thread, never stuck, honest about
divergence."""

import random
import sys
import threading
import time
import types

import numpy as np
import pytest

from engine import Sequential, layers
from engine.data import generate
from engine.errors import ConfigError
from engine.trainer import EarlyStopping, Trainer
from engine.trainer_events import (
    Diverged,
    EpochEnd,
    Snapshot,
    StateChanged,
    Steps,
    Subscription,
)

X, Y = generate("circle", samples=200, noise=0.1, seed=0)


def circle_model(seed=1, optimizer=None, metrics=("accuracy",)):
    model = Sequential(
        [
            layers.Input(2),
            layers.Dense(8, activation="tanh"),
            layers.Dense(8, activation="tanh"),
            layers.Dense(1, activation="sigmoid"),
        ],
        seed=seed,
    )
    model.compile(
        optimizer=optimizer or {"name": "sgd", "learning_rate": 0.1},
        loss="binary_crossentropy",
        metrics=list(metrics),
    )
    return model


@pytest.fixture
def trainer_factory():
    made = []

    def make(model=None, **options):
        options.setdefault("backend", "reference")
        options.setdefault("batch_size", 10)
        trainer = Trainer(model or circle_model(), X, Y, **options)
        made.append(trainer)
        return trainer

    yield make
    for trainer in made:
        trainer.close()


def test_a_full_run_gives_exactly_what_fit_gives(trainer_factory):
    trainer = trainer_factory(epochs=4, validation_data=(X[:50], Y[:50]))
    trainer.start()
    assert trainer.wait(timeout=60) == "finished"

    reference = circle_model()
    history = reference.fit(X, Y, epochs=4, batch_size=10, validation_data=(X[:50], Y[:50]))
    for a, b in zip(trainer.model.get_weights(), reference.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    assert trainer.history.history == history.history
    assert trainer.global_step == 4 * 20


def test_the_same_seed_gives_the_same_run_however_it_is_driven(trainer_factory):
    driven = trainer_factory(epochs=2)
    for _ in range(7):
        driven.step().result()
    driven.step_epoch().result()
    driven.start()
    driven.wait(timeout=60)
    straight = trainer_factory(epochs=2)
    straight.start()
    straight.wait(timeout=60)
    for a, b in zip(driven.model.get_weights(), straight.model.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_step_runs_one_batch_and_pauses(trainer_factory):
    trainer = trainer_factory(epochs=3)
    sub = trainer.subscribe()
    assert trainer.step().result() == "paused"
    assert trainer.global_step == 1
    steps = [e for e in sub.drain() if isinstance(e, Steps)]
    assert [int(s) for e in steps for s in e.step] == [1]
    assert trainer.step_epoch().result() == "paused"
    assert (trainer.epoch, trainer.global_step) == (1, 20)


def test_pause_and_resume(trainer_factory):
    trainer = trainer_factory(epochs=None)  # until stopped
    trainer.start().result()
    assert trainer.pause().result() == "paused"
    frozen = trainer.global_step
    assert trainer.wait(timeout=5) == "paused"
    assert trainer.global_step == frozen
    assert trainer.resume().result() == "running"
    assert trainer.stop().result() == "stopped"
    assert trainer.global_step >= frozen


def test_a_new_learning_rate_takes_effect_at_the_next_step_and_keeps_state(trainer_factory):
    trainer = trainer_factory(epochs=1)
    sub = trainer.subscribe()
    trainer.step().result()
    trainer.set_learning_rate(0.5).result()
    trainer.step().result()
    rates = np.concatenate([e.learning_rate for e in sub.drain() if isinstance(e, Steps)])
    assert rates.tolist() == [0.1, 0.5]
    assert trainer.model.optimizer.iterations == 2


def test_a_new_batch_size_recuts_the_rest_of_the_epoch(trainer_factory):
    trainer = trainer_factory(epochs=1)
    trainer.step().result()  # 10 of 200 samples seen
    trainer.set_batch_size(50).result()
    trainer.step_epoch().result()
    assert trainer.global_step == 1 + 4  # 190 left → 50, 50, 50, 40
    assert trainer.epoch == 1


def test_switching_optimizer_keeps_weights_and_progress(trainer_factory):
    trainer = trainer_factory(epochs=2)
    trainer.step_epoch().result()
    before = trainer.model.get_weights()
    trainer.set_optimizer({"name": "adam", "learning_rate": 0.01}).result()
    assert trainer.model.optimizer.name == "adam"
    for a, b in zip(trainer.model.get_weights(), before, strict=True):
        np.testing.assert_array_equal(a, b)
    trainer.step().result()
    assert trainer.global_step == 21


def test_regularization_changes_the_loss_from_the_next_step(trainer_factory):
    trainer = trainer_factory(epochs=1)
    sub = trainer.subscribe()
    dense = trainer.model.graph.nodes_of_type("dense")[0]
    trainer.set_regularization(dense, {"name": "l2", "l2": 10.0}).result()
    trainer.step().result()
    loss = np.concatenate([e.loss for e in sub.drain() if isinstance(e, Steps)])[0]
    assert loss > 1.0  # the penalty on the first kernel dominates the data loss (~0.7)
    with pytest.raises(ConfigError):
        trainer.set_regularization(dense, {"name": "l2", "l2": -1.0}).result()


def test_reset_starts_over_from_the_seed(trainer_factory):
    trainer = trainer_factory(epochs=1)
    initial = trainer.model.get_weights()
    trainer.step_epoch().result()
    assert trainer.reset().result() == "idle"
    assert (trainer.epoch, trainer.global_step, trainer.model.optimizer.iterations) == (0, 0, 0)
    for a, b in zip(trainer.model.get_weights(), initial, strict=True):
        np.testing.assert_array_equal(a, b)


def regression_or_classification(loss):
    """A network and targets that suit ``loss``."""
    name = loss if isinstance(loss, str) else loss["name"]
    if name in ("mse", "mae", "huber"):
        return None, 1, X[:, :1] ** 2 + 3.0
    if name == "binary_crossentropy":
        return "sigmoid", 1, Y
    if name == "categorical_crossentropy":
        return "softmax", 2, np.eye(2)[Y.astype(int)]
    return "softmax", 2, Y


@pytest.mark.parametrize(
    "loss",
    [
        "mse",
        "mae",
        "huber",
        "binary_crossentropy",
        {"name": "binary_crossentropy", "from_logits": True},
        "categorical_crossentropy",
        "sparse_categorical_crossentropy",
    ],
)
def test_a_too_large_learning_rate_is_reported_as_divergence_and_reset_recovers(loss):
    activation, units, targets = regression_or_classification(loss)
    if isinstance(loss, dict):
        activation = None
    model = Sequential(
        [layers.Input(2), layers.Dense(8, activation="relu"), layers.Dense(units, activation=activation)],
        seed=1,
    )
    model.compile(optimizer={"name": "sgd", "learning_rate": 1e4}, loss=loss)
    with Trainer(model, X, targets, epochs=20, batch_size=10, backend="reference") as trainer:
        sub = trainer.subscribe()
        trainer.start()
        assert trainer.wait(timeout=60) == "diverged"
        diverged = [e for e in sub.drain() if isinstance(e, Diverged)]
        assert len(diverged) == 1
        event = diverged[0]
        assert event.step <= 5
        assert "learning rate of 10000 is too high" in event.hint
        assert trainer.history.diverged
        assert trainer.start().result() == "diverged"  # nothing to continue from
        assert trainer.reset().result() == "idle"
        assert all(np.isfinite(w).all() for w in trainer.model.get_weights())
        trainer.set_learning_rate(1e-3).result()
        assert trainer.step().result() == "paused"


def test_early_stopping_restores_the_best_weights(trainer_factory):
    model = circle_model(optimizer={"name": "sgd", "learning_rate": 3.0})
    rule = EarlyStopping(patience=2, restore_best_weights=True)
    trainer = trainer_factory(model, epochs=200, validation_data=(X[:40], Y[:40]), early_stopping=rule)
    sub = trainer.subscribe()
    trainer.start()
    assert trainer.wait(timeout=120) == "finished"
    changes = [e for e in sub.drain() if isinstance(e, StateChanged) and e.new == "finished"]
    assert "early stopping" in changes[0].reason
    val = trainer.history.history["val_loss"]
    assert trainer.epoch < 200
    best = int(np.argmin(val))
    assert len(val) - 1 - best >= 2  # patience ran out after the best epoch
    restored = trainer.model.evaluate(X[:40], Y[:40])["loss"]
    assert restored == pytest.approx(val[best], rel=1e-5)


def test_early_stopping_settings_are_checked():
    with pytest.raises(ConfigError, match="patience"):
        EarlyStopping(patience=0)


def test_snapshots_follow_the_cadence_and_memory_stays_bounded(trainer_factory):
    trainer = trainer_factory(epochs=3, snapshot_every=2, max_snapshots=8)
    sub = trainer.subscribe()
    trainer.start()
    trainer.wait(timeout=60)
    steps = [s for s, _ in trainer.trajectory]
    assert steps[0] == 0
    assert len(steps) <= 8
    assert np.all(np.diff(steps) > 0)
    snapshots = [e for e in sub.drain() if isinstance(e, Snapshot)]
    assert len(snapshots) == 1  # an undrained mailbox keeps only the newest
    assert snapshots[0].step == steps[-1]


def test_a_mailbox_merges_step_reports():
    sub = Subscription()
    for first in (1, 3):
        sub.put(Steps(np.array([first, first + 1]), np.ones(2), np.ones(2), np.ones(2), "reference"))
    sub.put(EpochEnd(1, 4, {"loss": 1.0}, 0.1, 40.0))
    events = sub.drain()
    assert [type(e) for e in events] == [Steps, EpochEnd]
    assert events[0].step.tolist() == [1, 2, 3, 4]
    assert sub.drain() == []


def test_a_failing_step_stops_training_with_the_reason_and_the_trainer_survives(trainer_factory):
    trainer = trainer_factory(epochs=1)
    trainer.x = trainer.x[:, :1]  # samples no longer fit the Input
    with pytest.raises(Exception, match="Input expects"):
        trainer.step().result()
    assert "Input expects" in trainer.error
    trainer.x = np.ascontiguousarray(X, dtype=np.float32)
    assert trainer.step().result() == "paused"


def test_commands_from_another_thread_never_deadlock_or_leak_threads():
    baseline = threading.active_count()
    model = circle_model()
    trainer = Trainer(model, X, Y, epochs=None, batch_size=20, backend="reference")
    commands = [
        trainer.start,
        trainer.pause,
        trainer.resume,
        trainer.step,
        trainer.stop,
        trainer.reset,
        lambda: trainer.set_learning_rate(0.05),
        lambda: trainer.set_batch_size(random.choice([5, 20, 64])),
    ]
    rng = random.Random(0)
    futures = []

    def drive():
        for _ in range(1000):
            futures.append(rng.choice(commands)())

    driver = threading.Thread(target=drive)
    driver.start()
    driver.join(timeout=120)
    assert not driver.is_alive()
    for future in futures:
        future.result(timeout=60)
    trainer.stop().result(timeout=10)
    trainer.close()
    assert threading.active_count() == baseline


def test_bad_settings_are_refused_up_front():
    model = circle_model()
    with pytest.raises(ConfigError, match="backend"):
        Trainer(model, X, Y, backend="gpu9000")
    with pytest.raises(ConfigError, match="epochs"):
        Trainer(model, X, Y, epochs=-1)
    uncompiled = Sequential([layers.Input(2), layers.Dense(1)])
    with pytest.raises(ConfigError, match="compile"):
        Trainer(uncompiled, X, Y)


def test_stratified_batches_keep_the_class_ratio_in_every_batch():
    labels = (np.arange(200) % 4 == 0).astype(np.int64)  # one sample in four is class 1
    trainer = Trainer(
        circle_model(), X, labels, epochs=1, batch_size=8, backend="reference", stratify_batches=True
    )
    try:
        batches = trainer._epoch_batches()
    finally:
        trainer.close()
    assert all(labels[b].sum() == 2 for b in batches)
    with pytest.raises(ConfigError, match="class labels"):
        Trainer(circle_model(), X, X[:, :1], stratify_batches=True)


def test_auto_starts_on_the_reference_backend_and_hands_over_to_the_jit():
    from engine import backends
    from engine.trainer_events import BackendChanged

    # An earlier test may have loaded the kernels in this process: then the warm-up takes
    # milliseconds and the trainer may rightly start on the JIT backend.
    compiled_already = backends.warm_up("float32").done() or "engine.backends.cpu" in sys.modules
    auto = Trainer(circle_model(), X, Y, epochs=None, batch_size=10, backend="auto")
    feed = auto.subscribe()
    events = []
    with auto:
        auto.start()
        deadline = time.monotonic() + 120
        while not any(isinstance(e, BackendChanged) for e in events) and time.monotonic() < deadline:
            events += feed.wait(0.1)
        auto.pause().result()
        auto.step().result()  # at least one step on the new backend
        auto.step_epoch().result()  # end on an epoch boundary, to compare with fit
        events += feed.drain()
        epochs = auto.epoch
    changes = [e for e in events if isinstance(e, BackendChanged)]
    assert [c.backend for c in changes] == ["cpu"]
    used = [e.backend for e in events if isinstance(e, Steps)]
    assert used[-1] == "cpu"
    if not compiled_already:
        assert used[0] == "reference", "the first steps must not wait for the compiler"
    reference = circle_model()
    reference.fit(X, Y, epochs=epochs, batch_size=10)
    for a, b in zip(auto.model.get_weights(), reference.get_weights(), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)


def test_auto_leaves_the_compiler_half_the_time_until_the_jit_is_ready(trainer_factory, monkeypatch):
    """Training on numpy kept the GIL through every switch interval, and numba's warm-up, which
    drops the GIL for each LLVM call, starved (over 200 s instead of 20 with an empty cache).
    While the warm-up runs, every chunk is followed by a pause as long as the chunk; after it,
    none."""
    import concurrent.futures

    from engine import backends
    from engine import trainer as trainer_module

    compiling = concurrent.futures.Future()
    monkeypatch.setattr(backends, "warm_up", lambda dtype: compiling)
    pauses = []
    clock = types.SimpleNamespace(
        perf_counter=time.perf_counter, monotonic=time.monotonic, sleep=pauses.append
    )
    monkeypatch.setattr(trainer_module, "time", clock)
    trainer = trainer_factory(backend="auto", epochs=None)
    for _ in range(3):
        trainer._train_chunk()
    assert len(pauses) == 3 and all(0 < p <= trainer_module.CHUNK_SECONDS for p in pauses)
    compiling.set_result(0.0)
    trainer._train_chunk()  # switches to the JIT backend: nothing left to wait for
    assert trainer.backend_name != "reference" and len(pauses) == 3
