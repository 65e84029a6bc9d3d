"""Chunks that span several short epochs (one ``train_steps`` call for many epochs of a small
network) must give exactly what epoch-by-epoch chunks give: steps, losses, logs, events,
snapshots, weights, the step a divergence is reported at, and commands acting where they land."""

import time

import numpy as np
import pytest

from engine import Sequential, backends, layers
from engine.trainer import EarlyStopping, Trainer
from engine.trainer_events import Diverged, EpochEnd, Snapshot, StateChanged, Steps
from tests.engine.test_trainer import X, Y, circle_model


class CountingEngine:
    """The cpu backend, counting its ``train_steps`` calls."""

    def __init__(self) -> None:
        self.engine, self.calls = backends.get("cpu"), 0

    def train_steps(self, *args, **kwargs):
        self.calls += 1
        return self.engine.train_steps(*args, **kwargs)


@pytest.fixture
def make():
    made = []

    def factory(model=None, *, spans=True, chunk=1000, **options):
        options.setdefault("batch_size", 10)
        trainer = Trainer(model or circle_model(), X, options.pop("y", Y), backend="cpu", **options)
        trainer._engine = CountingEngine()
        trainer._chunk = chunk  # as if the adaptive chunk had grown: deterministic cuts
        if not spans:
            trainer._may_span = lambda: False
        made.append(trainer)
        return trainer

    yield factory
    for trainer in made:
        trainer.close()


def _normalised(events):
    """The events with step reports merged between other events, and snapshots left out
    (a mailbox keeps only the newest one); times are not compared."""
    out = []
    for event in events:
        if isinstance(event, Snapshot):
            continue
        if isinstance(event, Steps) and out and isinstance(out[-1], Steps):
            out[-1] = out[-1].merged(event)
        else:
            out.append(event)
    return out


def _assert_same_events(a, b):
    assert [type(e) for e in a] == [type(e) for e in b]
    for x, y in zip(a, b, strict=True):
        if isinstance(x, Steps):
            for field in ("step", "epoch", "loss", "learning_rate"):
                np.testing.assert_array_equal(getattr(x, field), getattr(y, field))
            assert x.backend == y.backend
        elif isinstance(x, EpochEnd):
            assert (x.epoch, x.step, x.logs) == (y.epoch, y.step, y.logs)
            np.testing.assert_array_equal(x.order, y.order)
            np.testing.assert_array_equal(x.batch_sizes, y.batch_sizes)
        elif isinstance(x, Diverged):
            assert (x.step, x.epoch, x.hint) == (y.step, y.epoch, y.hint)
            np.testing.assert_equal(x.loss, y.loss)
        else:
            assert x == y


def _assert_same_weights(a, b):
    for u, v in zip(a.model.get_weights(), b.model.get_weights(), strict=True):
        np.testing.assert_array_equal(u, v)


def _run(trainer):
    feed = trainer.subscribe()
    trainer.start()
    state = trainer.wait(timeout=60)
    return state, _normalised(feed.drain())


def test_spanning_chunks_give_the_same_run_as_one_chunk_per_epoch(make):
    options = dict(epochs=12, snapshot_every=45, max_snapshots=4, record_batch_order=True, chunk=50)
    spanned, per_epoch = make(**options), make(spans=False, **options)
    state, events = _run(spanned)
    assert state == "finished"
    state, reference_events = _run(per_epoch)
    assert state == "finished"
    assert spanned._engine.calls < per_epoch._engine.calls  # it did span epochs
    _assert_same_events(events, reference_events)
    assert sum(isinstance(e, EpochEnd) for e in events) == 12
    assert spanned.global_step == per_epoch.global_step == 12 * 20
    assert spanned.history == per_epoch.history
    _assert_same_weights(spanned, per_epoch)
    assert [s for s, _ in spanned.trajectory] == [s for s, _ in per_epoch.trajectory]
    for (_, p), (_, q) in zip(spanned.trajectory, per_epoch.trajectory, strict=True):
        for nid in p:
            for name in p[nid]:
                np.testing.assert_array_equal(p[nid][name], q[nid][name])


def test_a_spanning_run_without_listeners_matches_fit(make):
    trainer = make(epochs=6)
    trainer.start()
    assert trainer.wait(timeout=60) == "finished"
    assert trainer._engine.calls == 1  # all six epochs in one call
    reference = circle_model()
    history = reference.fit(X, Y, epochs=6, batch_size=10, backend="cpu")
    assert trainer.history.history == history.history
    for a, b in zip(trainer.model.get_weights(), reference.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


def _warming_up_model():
    """Diverges in its fifth epoch (step 81), as the learning rate warms up to 3."""
    model = Sequential(
        [layers.Input(2), layers.Dense(8, activation="relu"), layers.Dropout(0.2), layers.Dense(1)], seed=1
    )
    model.compile(
        optimizer={
            "name": "sgd",
            "learning_rate": {"name": "warmup", "initial_learning_rate": 3, "warmup_steps": 200},
        },
        loss="mse",
    )
    return model


def test_a_divergence_inside_a_spanning_chunk_is_reported_as_without_spans(make):
    spanned = make(_warming_up_model(), epochs=30, y=Y.astype(float))
    per_epoch = make(_warming_up_model(), spans=False, epochs=30, y=Y.astype(float))
    state, events = _run(spanned)
    assert state == "diverged"
    assert [(e.step, e.epoch) for e in events if isinstance(e, Diverged)] == [(81, 5)]
    state, reference_events = _run(per_epoch)
    assert state == "diverged"
    _assert_same_events(events, reference_events)
    _assert_same_weights(spanned, per_epoch)
    assert spanned.history == per_epoch.history and spanned.history.diverged
    assert (spanned.epoch, spanned.global_step) == (per_epoch.epoch, per_epoch.global_step) == (4, 100)
    assert spanned.model.optimizer.iterations == per_epoch.model.optimizer.iterations
    assert spanned._engine.calls == 1 + 5  # the spanning chunk, undone, then epoch by epoch


def test_commands_act_where_they_land_in_a_spanning_run(make):
    """Pause lands after a chunk, mid-epoch; a batch size change re-cuts the rest of that epoch;
    the epoch budget set then holds exactly. The same commands at the same step, sent to a
    trainer that never spans, give the same run."""
    spanned = make(epochs=None, chunk=1)  # the adaptive chunk grows from one step, as in use
    spanned.start().result(timeout=60)
    deadline = time.monotonic() + 60
    while spanned.epoch < 40 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert spanned.pause().result(timeout=60) == "paused"
    at_pause = spanned.global_step
    assert spanned._engine.calls < spanned.epoch / 2  # it spanned epochs before the pause

    def steer(trainer):
        trainer.set_batch_size(25).result(timeout=60)
        trainer.step_epoch().result(timeout=60)
        trainer.set_learning_rate(0.05).result(timeout=60)
        trainer.set_epochs(trainer.epoch + 4).result(timeout=60)
        trainer.start()
        assert trainer.wait(timeout=60) == "finished"

    steer(spanned)
    per_epoch = make(spans=False, epochs=at_pause // 20)
    per_epoch.start()
    assert per_epoch.wait(timeout=60) == "finished"
    per_epoch.set_epochs(None).result(timeout=60)
    for _ in range(at_pause % 20):
        per_epoch.step().result(timeout=60)
    assert per_epoch.global_step == at_pause
    steer(per_epoch)
    assert spanned.epoch == per_epoch.epoch
    assert spanned.global_step == per_epoch.global_step
    assert spanned.history == per_epoch.history
    _assert_same_weights(spanned, per_epoch)


def test_spans_stay_off_where_each_epoch_end_needs_the_weights(make):
    watched = make(epochs=5, validation_data=(X[:40], Y[:40]))
    stopping = make(epochs=5, early_stopping=EarlyStopping(patience=50))
    for trainer in (watched, stopping):
        trainer.start()
        assert trainer.wait(timeout=60) == "finished"
        assert trainer._engine.calls == 5


def test_a_spanning_run_ends_exactly_at_the_epoch_budget(make):
    trainer = make(epochs=7)
    state, events = _run(trainer)
    assert state == "finished" and (trainer.epoch, trainer.global_step) == (7, 140)
    finished = [e for e in events if isinstance(e, StateChanged) and e.new == "finished"]
    assert len(finished) == 1 and isinstance(events[-2], EpochEnd) and events[-2].epoch == 7


class PoisoningEngine(CountingEngine):
    """Sets a weight to infinity in the call that trains step 50, the loss staying finite: the
    case only the weights check at an epoch end catches."""

    def train_steps(self, net, params, optimizer, *args, **kwargs):
        before = optimizer.iterations
        result = super().train_steps(net, params, optimizer, *args, **kwargs)
        if before < 50 <= optimizer.iterations:
            next(iter(params.values()))["kernel"][0, 0] = np.inf
        return result


def test_weights_broken_inside_a_spanning_chunk_are_found_at_the_same_epoch_end(make):
    spanned, per_epoch = make(epochs=10), make(spans=False, epochs=10)
    for trainer in (spanned, per_epoch):
        trainer._engine = PoisoningEngine()
    state, events = _run(spanned)
    assert state == "diverged"
    assert [(e.step, e.epoch) for e in events if isinstance(e, Diverged)] == [(60, 3)]
    assert "weights overflowed" in next(e for e in events if isinstance(e, Diverged)).hint
    state, reference_events = _run(per_epoch)
    assert state == "diverged"
    _assert_same_events(events, reference_events)
    _assert_same_weights(spanned, per_epoch)
    assert spanned.history == per_epoch.history


@pytest.mark.parametrize(
    "options",
    [dict(stratify_batches=True), dict(batch_size=30, drop_last=True), dict(shuffle=False, batch_size=64)],
)
def test_every_way_of_cutting_batches_spans_alike(make, options):
    spanned, per_epoch = (
        make(epochs=15, chunk=64, **options),
        make(spans=False, epochs=15, chunk=64, **options),
    )
    state, events = _run(spanned)
    assert state == "finished" and spanned._engine.calls < 15
    state, reference_events = _run(per_epoch)
    assert state == "finished"
    _assert_same_events(events, reference_events)
    assert spanned.history == per_epoch.history
    _assert_same_weights(spanned, per_epoch)
