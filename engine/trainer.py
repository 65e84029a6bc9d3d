"""The Trainer: one object that trains a model and can be steered while it does.

The GUI's buttons (Train, Pause, Step, Reset) and sliders (learning rate, batch size) and the
CLI's Ctrl-C all talk to a trainer from *another* thread. So every command goes through a
queue to the trainer's single worker thread, which alone touches the model; each command
returns a :class:`concurrent.futures.Future` that resolves to the trainer's state once the
command took effect. Progress goes out as events into subscribers' mailboxes
(:mod:`engine.trainer_events`) so a slow consumer never holds training up.

Between commands the worker trains in *chunks*: as many batches as fit in about 50 ms, handed
to the backend's ``train_steps`` in one call (so a compiled backend runs them without Python in
between). A chunk never crosses a snapshot step. It ends at the epoch's end too, unless epochs
are short and nothing needs the weights between two of them (no validation data, no early
stopping): then one call trains several epochs and the trainer splits its losses at the epoch
ends, so every event is still exact (see :meth:`Trainer._train_span`).

With ``backend="auto"`` training starts at once on the reference backend while the JIT
backend compiles in the background, and switches over between two chunks: the same math on
the same random streams, so the switch changes the speed, not the meaning, of the run.
"""

import concurrent.futures
import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine import backends, blas, optimizers, regularizers, schedules
from engine import metrics as metrics_lib
from engine.data.batching import check_batch_size, epoch_batches, stratified_batches
from engine.errors import ConfigError, LayerLabError
from engine.graph import SetConfig
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.messages import reason as exc_reason
from engine.model import History, Model, seed_streams
from engine.trainer_events import (
    BackendChanged,
    Broadcast,
    Diverged,
    EpochEnd,
    Snapshot,
    StateChanged,
    Steps,
    Subscription,
)

log = logging.getLogger("engine.trainer")

IDLE, RUNNING, PAUSED, STOPPED, FINISHED, DIVERGED = (
    "idle",
    "running",
    "paused",
    "stopped",
    "finished",
    "diverged",
)
#: A chunk of steps aims to take about this long: short enough that Pause answers at once,
#: long enough that per-call overhead disappears.
CHUNK_SECONDS = 0.05
#: A loss this many times above the first step's loss counts as exploding.
EXPLOSION_FACTOR = 1e4

Params = dict[str, dict[str, np.ndarray]]


@dataclass(frozen=True)
class EarlyStopping:
    """Stop when the monitored loss has not improved by ``min_delta`` for ``patience`` epochs."""

    patience: int = 5
    min_delta: float = 0.0
    #: Monitor ``val_loss`` when there is eval data, else ``loss``.
    monitor: str = "auto"
    #: Put back the weights of the best epoch when stopping.
    restore_best_weights: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.patience, bool) or not isinstance(self.patience, int) or self.patience < 1:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "training", "early stopping patience must be a whole number ≥ 1, got {value}"
                    ),
                    context="training",
                    value=repr(self.patience),
                )
            )
        if not (isinstance(self.min_delta, int | float) and self.min_delta >= 0):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("training", "early stopping min_delta must be ≥ 0, got {value}"),
                    context="training",
                    value=repr(self.min_delta),
                )
            )


class Trainer:
    def __init__(
        self,
        model: Model,
        x: np.ndarray,
        y: np.ndarray,
        *,
        validation_data: tuple[np.ndarray, np.ndarray] | None = None,
        epochs: int | None = None,
        batch_size: int = 32,
        backend: str = "auto",
        shuffle: bool = True,
        drop_last: bool = False,
        stratify_batches: bool = False,
        snapshot_every: int = 0,
        max_snapshots: int = 1000,
        early_stopping: EarlyStopping | None = None,
        blas_threads: int | None = None,
        record_batch_order: bool = False,
        yield_seconds: float = 0.0,
    ) -> None:
        """Train ``model`` (compiled: optimizer and loss chosen) on (x, y).

        ``epochs=None`` trains until stopped, as TensorFlow Playground does.
        ``stratify_batches`` makes every batch's class ratios follow the epoch's (classification
        labels only; batches are then always shuffled). ``snapshot_every`` > 0
        records the weights every that many steps into :attr:`trajectory`; when more than
        ``max_snapshots`` pile up, every other one is dropped and the cadence doubles, so a
        long run keeps its whole path in bounded memory.

        ``blas_threads`` caps the BLAS thread pools (numpy's and scipy's OpenBLAS, which the
        compiled kernels call) while this trainer trains: 1 keeps a second core free for a GUI
        that draws meanwhile; two BLAS threads fighting a busy core for every product are slower
        than one (engine/blas.py). None leaves them as they are. The pools are process-wide, so
        the cap holds for everyone while a chunk trains.
        ``record_batch_order`` puts each epoch's sample order and batch sizes into its
        :class:`EpochEnd` event (off by default: an undrained mailbox would pile them up).
        ``yield_seconds`` > 0: after each chunk on the reference backend, sleep that long with
        the GIL released, so another Python thread (a GUI) runs uncontended in between; numpy on
        small arrays otherwise holds the GIL nearly all the time. The compiled backends release
        the GIL inside their kernels and do not pause.
        """
        if model.optimizer is None or model.network.loss is None:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "training", "compile the model (optimizer and loss) before training it"
                    ),
                    context="training",
                )
            )
        _check_epochs(epochs)
        if backend != "auto" and backend not in backends.names():
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "training", "unknown backend {backend}; choose auto or one of: {names}"
                    ),
                    context="training",
                    backend=repr(backend),
                    names=", ".join(backends.names()),
                )
            )
        self.model = model
        self.x = np.ascontiguousarray(x, dtype=model.dtype)
        self.y = np.asarray(y)
        if len(self.x) != len(self.y) or len(self.x) == 0:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "training", "{samples} samples and {labels} labels: need equal, non-zero counts"
                    ),
                    context="training",
                    samples=len(self.x),
                    labels=len(self.y),
                )
            )
        self.validation_data = validation_data
        self.epochs = epochs
        self.batch_size = check_batch_size(batch_size)
        if stratify_batches and (self.y.ndim != 1 or self.y.dtype.kind not in "iu"):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "training", "stratified batches need class labels (one whole number per sample)"
                    ),
                    context="training",
                )
            )
        self.shuffle, self.drop_last, self.stratify_batches = shuffle, drop_last, stratify_batches
        self.snapshot_every = _count("snapshot_every", snapshot_every)
        self.max_snapshots = max(2, _count("max_snapshots", max_snapshots))
        self.early_stopping = early_stopping
        self.requested_backend = backend
        self.blas_threads = blas.check_threads(blas_threads)
        self.record_batch_order = bool(record_batch_order)
        if not (isinstance(yield_seconds, int | float) and 0 <= yield_seconds <= 1):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "training", "yield_seconds must be a number of seconds in [0, 1], got {value}"
                    ),
                    context="training",
                    value=repr(yield_seconds),
                )
            )
        self.yield_seconds = float(yield_seconds)

        self.state = IDLE
        self.epoch = 0  #: completed epochs
        self.global_step = 0  #: updates since the last reset
        self.history = History()
        #: (step, copy of the parameters) at the snapshot cadence, starting with step 0.
        self.trajectory: list[tuple[int, Params]] = []
        self.backend_name = "reference" if backend == "auto" else backend
        self._engine = backends.get(self.backend_name)
        self._warm_up: concurrent.futures.Future | None = None
        self._broadcast = Broadcast()
        self._commands: queue.Queue = queue.Queue()
        self._worker: threading.Thread | None = None
        self._worker_lock = threading.Lock()
        self._settled = threading.Condition()
        self._pending = 0  # commands sent but not yet carried out
        self._closed = False
        #: Why the last run stopped on an error (a LayerLabError's message), if it did.
        self.error: str | None = None
        self._chunk = 1
        self._reset_run()

    # -- consumers --------------------------------------------------------------------------------
    def subscribe(self, **options: Any) -> Subscription:
        """A mailbox that receives every event from now on (see :mod:`engine.trainer_events`)."""
        return self._broadcast.subscribe(**options)

    def unsubscribe(self, subscription: Subscription) -> None:
        self._broadcast.unsubscribe(subscription)

    # -- commands (any thread) ----------------------------------------------------------------
    def start(self) -> concurrent.futures.Future:
        """Train until the epoch budget is spent, early stopping fires, or someone stops it."""
        return self._send("start")

    def pause(self) -> concurrent.futures.Future:
        return self._send("pause")

    def resume(self) -> concurrent.futures.Future:
        return self._send("resume")

    def stop(self) -> concurrent.futures.Future:
        """End the run, keeping the weights; ``start`` continues from here."""
        return self._send("stop")

    def step(self) -> concurrent.futures.Future:
        """Exactly one batch, then pause (the Playground's ⏭ button)."""
        return self._send("step")

    def step_epoch(self) -> concurrent.futures.Future:
        """The rest of the current epoch, then pause."""
        return self._send("step_epoch")

    def reset(self, seed: int | None = None) -> concurrent.futures.Future:
        """Fresh weights from the seed (or a new ``seed``), fresh optimizer, epoch 0."""
        return self._send("reset", seed)

    def set_learning_rate(self, value: Any) -> concurrent.futures.Future:
        """A number or a schedule; the next step uses it, the optimizer keeps its state."""
        return self._send("set_learning_rate", value)

    def set_epochs(self, epochs: int | None) -> concurrent.futures.Future:
        """Change the epoch budget while running (None: until stopped). A budget already spent
        finishes the run at once (the epoch under way stops where it is; more epochs later and
        ``start`` continues it)."""
        _check_epochs(epochs)
        return self._send("set_epochs", epochs)

    def set_blas_threads(self, threads: int | None) -> concurrent.futures.Future:
        """Cap the BLAS threads from the next chunk on (None: leave the pools as they are)."""
        blas.check_threads(threads)
        return self._send("set_blas_threads", threads)

    def set_batch_size(self, batch_size: int) -> concurrent.futures.Future:
        """From the next step on: the rest of this epoch is re-cut into batches of the new size."""
        check_batch_size(batch_size)
        return self._send("set_batch_size", batch_size)

    def set_optimizer(self, spec: Any) -> concurrent.futures.Future:
        """Switch optimizer (its own state starts empty); the weights and progress stay."""
        optimizers.get(spec)  # a bad spec fails here, in the caller's thread
        return self._send("set_optimizer", spec)

    def set_regularization(self, node_id: str, spec: Any) -> concurrent.futures.Future:
        """Set a Dense layer's kernel regularizer (None removes it) from the next step on."""
        if spec is not None:
            regularizers.get(spec)  # a bad spec fails here, in the caller's thread
        return self._send("set_regularization", node_id, spec)

    def close(self, timeout: float | None = 10.0) -> None:
        """Stop the worker thread (idempotent). A closed trainer accepts no more commands."""
        with self._worker_lock:
            worker, self._closed = self._worker, True
        if worker is not None and worker.is_alive():
            self._commands.put(("close", (), concurrent.futures.Future()))
            worker.join(timeout)

    def wait(self, timeout: float | None = None) -> str:
        """Block until the trainer is not running (finished, stopped, paused, diverged)."""
        with self._settled:
            self._settled.wait_for(lambda: self.state != RUNNING and not self._pending, timeout)
            return self.state

    def __enter__(self) -> "Trainer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self, name: str, *args: Any) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        with self._worker_lock:
            if self._closed:
                raise LayerLabError(
                    Message(QT_TRANSLATE_NOOP("training", "the trainer is closed"), context="training")
                )
            if self._worker is None:
                self._worker = threading.Thread(target=self._loop, name="layerlab-trainer", daemon=True)
                self._worker.start()
            with self._settled:
                self._pending += 1
            self._commands.put((name, args, future))
        return future

    # -- the worker thread --------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            block = self.state != RUNNING
            try:
                name, args, future = self._commands.get(block=block)
            except queue.Empty:
                self._guarded(self._train_chunk, None, True)
                continue
            if name == "close":
                future.set_result(self.state)
                return
            error = self._guarded(getattr(self, f"_do_{name}"), *args)
            if error is None:
                future.set_result(self.state)
            else:
                future.set_exception(error)
            with self._settled:
                self._pending -= 1
                self._settled.notify_all()

    def _guarded(self, action: Callable[..., None], *args: Any) -> Exception | None:
        """Run a command or a chunk; a failure stops training with its reason instead of
        killing the worker thread (the trainer stays usable: fix the problem, press Train)."""
        try:
            action(*args)
        except Exception as exc:
            if not isinstance(exc, LayerLabError):
                log.exception("training failed")
            self.error = exc_reason(exc)
            if self.state == RUNNING:
                self._set_state(
                    STOPPED,
                    Message(
                        QT_TRANSLATE_NOOP("training", "training failed: {error}"),
                        context="training",
                        error=self.error,
                    ),
                )
            return exc
        return None

    def _notify_settled(self) -> None:
        with self._settled:
            self._settled.notify_all()

    def _set_state(self, new: str, reason: str = "") -> None:
        old, self.state = self.state, new
        if old != new:
            self._broadcast.emit(StateChanged(old, new, reason))
            self._notify_settled()

    def _do_start(self) -> None:
        if self.state == DIVERGED:
            return
        if self._epochs_done():
            self._set_state(FINISHED, _all_epochs_done(self.epochs))
            return
        self._set_state(RUNNING)

    def _do_resume(self) -> None:
        if self.state == PAUSED:
            self._set_state(RUNNING)

    def _do_pause(self) -> None:
        if self.state == RUNNING:
            self._set_state(PAUSED)

    def _do_stop(self) -> None:
        if self.state in (RUNNING, PAUSED):
            self._set_state(
                STOPPED, Message(QT_TRANSLATE_NOOP("training", "stopped by the user"), context="training")
            )

    def _do_step(self) -> None:
        if self.state == DIVERGED or self._epochs_done():
            return
        self._set_state(PAUSED)
        self._train_chunk(max_steps=1)

    def _do_step_epoch(self) -> None:
        if self.state == DIVERGED or self._epochs_done():
            return
        self._set_state(PAUSED)
        epoch = self.epoch
        while self.epoch == epoch and self.state == PAUSED:
            self._train_chunk()

    def _do_reset(self, seed: int | None) -> None:
        self.model.reset_weights(seed)
        self._reset_run()
        self._set_state(
            IDLE,
            Message(QT_TRANSLATE_NOOP("training", "reset: fresh weights from the seed"), context="training"),
        )

    def _do_set_epochs(self, epochs: int | None) -> None:
        self.epochs = epochs
        if self._epochs_done() and self.state in (RUNNING, PAUSED):
            self._set_state(FINISHED, _all_epochs_done(self.epochs))

    def _do_set_blas_threads(self, threads: int | None) -> None:
        self.blas_threads = threads

    def _do_set_learning_rate(self, value: Any) -> None:
        self.model.optimizer.set_learning_rate(value)

    def _do_set_batch_size(self, batch_size: int) -> None:
        self.batch_size = batch_size
        if self._batches:
            rest = np.concatenate(self._batches)
            self._batches = [rest[i : i + batch_size] for i in range(0, len(rest), batch_size)]

    def _do_set_optimizer(self, spec: Any) -> None:
        self.model.optimizer = optimizers.get(spec)

    def _do_set_regularization(self, node_id: str, spec: Any) -> None:
        self.model.graph.execute(SetConfig(node_id, {"kernel_regularizer": spec}))
        self.model.network  # noqa: B018  (rebuild now, so a bad setting fails this command)

    # -- training -----------------------------------------------------------------------------
    def _reset_run(self) -> None:
        _, self._order_rng, self._dropout_rng = seed_streams(self.model.seed)
        self.epoch = self.global_step = 0
        self.history = History()
        self.trajectory = []
        self._batches: list[np.ndarray] = []
        self._epoch_log: dict[str, list] = {"loss": [], "size": [], "order": [], "pred": []}
        self._epoch_started = time.perf_counter()
        self._first_loss: float | None = None
        self._best: tuple[float, int, Params | None] = (math.inf, -1, None)
        self._snapshot_every = self.snapshot_every
        #: Epochs to train one chunk each before chunks may span epochs again (after an undo).
        self._replay_epochs = 0

    def _epochs_done(self) -> bool:
        return self.epochs is not None and self.epoch >= self.epochs

    def _choose_backend(self) -> None:
        """With ``auto``: start the JIT warm-up once, and switch when it is ready."""
        if self.requested_backend != "auto" or self.backend_name != "reference":
            return
        if self._warm_up is None:
            self._warm_up = backends.warm_up(self.model.dtype.name)
        if not self._warm_up.done():
            return
        error = self._warm_up.exception()
        if error is None:
            name, why = backends.auto_choice(self.model.network, self.batch_size)  # cpu, or a large net: cuda
            self._engine, self.backend_name = backends.get(name), name
            finished = Message(
                QT_TRANSLATE_NOOP("training", "the JIT backend finished compiling; {why}"),
                context="training",
                why=why,
            )
            self._broadcast.emit(BackendChanged(name, finished))
        else:
            self.requested_backend = "reference"
            why = Message(
                QT_TRANSLATE_NOOP(
                    "training",
                    "the JIT backend could not start ({error}); training stays on the reference backend",
                ),
                context="training",
                error=exc_reason(error),
            )
            log.warning(why)
            self._broadcast.emit(BackendChanged("reference", why))

    def _train_chunk(self, max_steps: int | None = None, span: bool = False) -> None:
        """Train the next chunk: at most ``max_steps`` (or the adaptive chunk size) steps; with
        ``span``, on past the end of the epoch when that is allowed (:meth:`_may_span`)."""
        started = time.perf_counter()
        with blas.limited(self.blas_threads):
            count = self._begin_chunk(max_steps or self._chunk)
            if span and max_steps is None and count > len(self._batches) and self._may_span():
                self._train_span(count)
            else:
                self._train_within_epoch(min(count, len(self._batches)), max_steps)
        if self._compiler_waiting():
            # numba compiles in Python and calls LLVM through ctypes, dropping the GIL thousands of
            # times; each time this thread, busy in numpy, kept it for a whole switch interval,
            # and the warm-up starved (over 200 s instead of 20). Sleeping as long as the chunk
            # took gives the compiler half the time until it is done.
            time.sleep(min(time.perf_counter() - started, CHUNK_SECONDS))
        elif self.yield_seconds and self.backend_name == "reference" and max_steps is None:
            time.sleep(self.yield_seconds)  # the GIL is free meanwhile: another thread's turn

    def _compiler_waiting(self) -> bool:
        """``auto`` still trains on the reference backend while the JIT warm-up compiles."""
        return (
            self.backend_name == "reference"
            and self.requested_backend == "auto"
            and self._warm_up is not None
            and not self._warm_up.done()
        )

    def _begin_chunk(self, count: int) -> int:
        """The first snapshot, the current epoch's batches and the backend are in place; returns
        ``count`` cut so that the chunk ends where the next snapshot is due."""
        if self.global_step == 0 and not self.trajectory and self.snapshot_every:
            self._record_snapshot()
        if not self._batches:
            self._batches = self._epoch_batches()
            self._epoch_started = time.perf_counter()
        self._choose_backend()
        if self._snapshot_every:
            count = min(count, self._snapshot_every - self.global_step % self._snapshot_every)
        return count

    def _train_within_epoch(self, count: int, max_steps: int | None) -> None:
        batches, self._batches = self._batches[:count], self._batches[count:]
        model, net = self.model, self.model.network
        watched = self._broadcast.active  # nobody listening: no step reports to build
        learning_rates = _learning_rates(model.optimizer, count) if watched else None
        started = time.perf_counter()
        # Overflow is how divergence starts; it is detected and explained below, not warned about.
        with np.errstate(over="ignore", invalid="ignore"):
            losses, predictions = self._engine.train_steps(
                net, model.params, model.optimizer, self.x, self.y, batches, self._dropout_rng
            )
        model.weights_untrained = False
        if max_steps is None:
            self._adapt_chunk(time.perf_counter() - started, count)
        first_step = self.global_step + 1
        self.global_step += count
        if watched:
            self._emit_steps(first_step, losses, learning_rates)
        epoch_ends = not self._batches
        if self._check_divergence(losses, first_step, check_weights=epoch_ends or max_steps is not None):
            return
        sizes = np.fromiter(map(len, batches), np.int64, count)
        self._log_steps(batches, sizes, losses, predictions)
        if self._snapshot_every and self.global_step % self._snapshot_every == 0:
            self._record_snapshot()
        if epoch_ends:
            self._end_epoch()

    def _emit_steps(self, first_step: int, losses: np.ndarray, learning_rates: np.ndarray) -> None:
        count = len(losses)
        steps = np.arange(first_step, first_step + count)
        self._broadcast.emit(
            Steps(steps, np.full(count, self.epoch + 1), losses, learning_rates, self.backend_name)
        )

    def _log_steps(
        self, batches: list[np.ndarray], sizes: np.ndarray, losses: np.ndarray, predictions: np.ndarray
    ) -> None:
        log_ = self._epoch_log
        log_["loss"].append(losses)
        log_["size"].append(sizes)
        log_["order"].extend(batches)
        log_["pred"].append(predictions)

    # -- chunks over several epochs -----------------------------------------------------------
    def _may_span(self) -> bool:
        """Whether a chunk may run on past the end of the current epoch into the next ones.

        An epoch of a small network on a compiled backend takes a fraction of a millisecond,
        not much more than the fixed cost of a ``train_steps`` call and an epoch end's
        bookkeeping; cut at every epoch end, such a run spends a good part of its time around
        the training instead of in it. A chunk may span epochs when nothing has to happen
        between two of them: no validation pass and no early stopping (both need the weights
        at each epoch's end). The reference backend pays per step, not per call: one epoch
        at most per chunk there. Step-by-step commands (step, step_epoch) never span.
        """
        return (
            self.state == RUNNING
            and self._replay_epochs == 0
            and self.early_stopping is None
            and self.validation_data is None
            and self.backend_name != "reference"
            and not (self.drop_last and len(self.x) < self.batch_size)  # an epoch without a step
            and (self.epochs is None or self.epochs - self.epoch > 1)
        )

    def _train_span(self, count: int) -> None:
        """One ``train_steps`` call for the rest of this epoch and the next ones, ``count`` steps.

        The next epochs' batches are drawn from the order generator in the same sequence as
        epoch by epoch, the dropout generator is drawn from step by step as always, and the
        losses and predictions are split at the epoch ends into the same events, logs and
        history. Only the divergence check cannot be split (the weights exist only at the
        chunk's end): if anything went wrong, the chunk is undone and its epochs are trained
        again one chunk each, so a diverging run reports the same step and stops in the same
        state as without spans.
        """
        model, net, optimizer = self.model, self.model.network, self.model.optimizer
        saved = self._save_state()
        epochs, total = [self._batches], len(self._batches)
        budget = math.inf if self.epochs is None else self.epochs - self.epoch
        rest: list[np.ndarray] = []
        while total < count and len(epochs) < budget:
            following = self._epoch_batches()
            take = min(count - total, len(following))
            epochs.append(following[:take])
            rest, total = following[take:], total + take
        self._batches = rest
        batches = [batch for epoch in epochs for batch in epoch]
        watched = self._broadcast.active
        learning_rates = _learning_rates(optimizer, total) if watched else None
        started = time.perf_counter()
        with np.errstate(over="ignore", invalid="ignore"):
            losses, predictions = self._engine.train_steps(
                net, model.params, optimizer, self.x, self.y, batches, self._dropout_rng
            )
        ended = time.perf_counter()
        if self._went_wrong(losses):
            self._restore_state(saved, len(epochs))
            return
        model.weights_untrained = False
        self._adapt_chunk(ended - started, total)
        sizes = np.fromiter(map(len, batches), np.int64, total)
        through = np.cumsum(sizes)  # samples trained by the end of each step
        seconds_per_sample = (ended - started) / int(through[-1])
        at = first_sample = 0
        for index, epoch in enumerate(epochs):
            n, last = len(epoch), index == len(epochs) - 1
            first_step = self.global_step + 1
            self.global_step += n
            if watched:
                self._emit_steps(first_step, losses[at : at + n], learning_rates[at : at + n])
            end_sample = int(through[at + n - 1])
            self._log_steps(
                epoch, sizes[at : at + n], losses[at : at + n], predictions[first_sample:end_sample]
            )
            at, first_sample = at + n, end_sample
            if last and self._snapshot_every and self.global_step % self._snapshot_every == 0:
                self._record_snapshot()
            if not last or not self._batches:
                # The epoch's share of the chunk's time, by the samples it trained.
                self._end_epoch(started + seconds_per_sample * end_sample)

    def _went_wrong(self, losses: np.ndarray) -> bool:
        """A non-finite or exploding loss anywhere in a spanning chunk, or non-finite weights."""
        first = self._first_loss if self._first_loss is not None else float(losses[0])
        limit = EXPLOSION_FACTOR * max(abs(first), 1e-3)
        if (~np.isfinite(losses) | (losses > limit)).any() or not _all_finite(self.model.params):
            return True
        self._first_loss = first
        return False

    def _save_state(self) -> tuple:
        """What a spanning chunk changes, to undo it (small: such chunks are for small nets)."""
        optimizer = self.model.optimizer
        return (
            _copy(self.model.params),
            optimizer.iterations,
            [{name: array.copy() for name, array in slots.items()} for slots in optimizer.slots],
            self._order_rng.bit_generator.state,
            self._dropout_rng.bit_generator.state,
            self._batches,
            self.model.weights_untrained,
        )

    def _restore_state(self, saved: tuple, epochs: int) -> None:
        """Undo a spanning chunk; its ``epochs`` train again one chunk each (the next chunks)."""
        params, iterations, slots, order_state, dropout_state, batches, untrained = saved
        _put_back(self.model.params, params)
        optimizer = self.model.optimizer
        optimizer.iterations = iterations
        if slots:
            for kept, now in zip(slots, optimizer.slots, strict=True):
                for name, array in kept.items():
                    now[name][...] = array
        else:
            optimizer.slots = []
        self._order_rng.bit_generator.state = order_state
        self._dropout_rng.bit_generator.state = dropout_state
        self._batches = batches
        self.model.weights_untrained = untrained
        self._replay_epochs = epochs

    def _adapt_chunk(self, seconds: float, count: int) -> None:
        if count < self._chunk:
            return  # cut short by an epoch end or a snapshot: says nothing about speed
        if seconds < CHUNK_SECONDS / 2:
            self._chunk = min(self._chunk * 2, 1 << 16)
        elif seconds > CHUNK_SECONDS * 2:
            self._chunk = max(1, self._chunk // 2)

    def _epoch_batches(self) -> list[np.ndarray]:
        if self.stratify_batches:
            return stratified_batches(self.y, self.batch_size, self._order_rng, drop_last=self.drop_last)
        return epoch_batches(len(self.x), self.batch_size, self._order_rng, self.shuffle, self.drop_last)

    def _check_divergence(self, losses: np.ndarray, first_step: int, check_weights: bool) -> bool:
        """A non-finite or exploding loss in this chunk; and, at epoch ends and single steps,
        weights that overflowed while a saturated output kept the loss bounded."""
        if self._first_loss is None and len(losses):
            self._first_loss = float(losses[0])
        limit = EXPLOSION_FACTOR * max(abs(self._first_loss or 0.0), 1e-3)
        bad = np.flatnonzero(~np.isfinite(losses) | (losses > limit))
        weights_broken = check_weights and not bad.size and not _all_finite(self.model.params)
        if not bad.size and not weights_broken:
            return False
        index = int(bad[0]) if bad.size else len(losses) - 1
        loss = float(losses[index])
        step = first_step + index
        hint = divergence_hint(self.model, loss, step, self._first_loss)
        self.history.diverged = True
        self._broadcast.emit(Diverged(step, self.epoch + 1, loss, hint))
        self._batches = []
        self._set_state(DIVERGED, hint)
        return True

    def _end_epoch(self, now: float | None = None) -> None:
        """Logs, history and the EpochEnd event of the epoch just trained (``now``: when it
        ended, if not now: a spanning chunk's epochs end inside it)."""
        if now is None:
            now = time.perf_counter()
        if self._replay_epochs:
            self._replay_epochs -= 1
        log_ = self._epoch_log
        sizes = np.concatenate(log_["size"])
        logs = {"loss": float(np.concatenate(log_["loss"]) @ sizes / sizes.sum())}
        model, net = self.model, self.model.network
        if model.metrics:
            order = np.concatenate(log_["order"])
            logs.update(
                metrics_lib.compute(model.metrics, np.concatenate(log_["pred"]), self.y[order], net.loss)
            )
        if self.validation_data is not None:
            val = model.evaluate(*self.validation_data, backend=self.backend_name)
            logs.update({f"val_{k}": v for k, v in val.items()})
        order = np.concatenate(log_["order"]) if self.record_batch_order else None
        self._epoch_log = {"loss": [], "size": [], "order": [], "pred": []}
        seconds, self._epoch_started = now - self._epoch_started, now
        self.history.record(self.epoch, logs)
        self.epoch += 1
        event = EpochEnd(self.epoch, self.global_step, logs, seconds, int(sizes.sum()) / max(seconds, 1e-9))
        if order is not None:
            event.order, event.batch_sizes = order, sizes
        self._broadcast.emit(event)
        if self._should_stop_early(logs):
            return
        if self._epochs_done() and self.state in (RUNNING, PAUSED):
            self._set_state(FINISHED, _all_epochs_done(self.epochs))

    def _should_stop_early(self, logs: dict[str, float]) -> bool:
        rule = self.early_stopping
        if rule is None:
            return False
        key = rule.monitor if rule.monitor != "auto" else ("val_loss" if "val_loss" in logs else "loss")
        if key not in logs:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "training", "early stopping watches {monitor}, which this run does not report"
                    ),
                    context="training",
                    monitor=repr(key),
                )
            )
        value = logs[key]
        best, best_epoch, best_params = self._best
        if value < best - rule.min_delta:
            keep = _copy(self.model.params) if rule.restore_best_weights else None
            self._best = (value, self.epoch, keep)
            return False
        if self.epoch - best_epoch < rule.patience:
            return False
        if best_params is not None:
            _put_back(self.model.params, best_params)
        self._batches = []
        self._set_state(
            FINISHED,
            Message(
                QT_TRANSLATE_NOOP(
                    "training",
                    "early stopping: {monitor} has not improved for {patience} epochs "
                    "(best {best} after epoch {epoch})",
                ),
                context="training",
                monitor=key,
                patience=rule.patience,
                best=f"{best:.4g}",
                epoch=best_epoch,
            ),
        )
        return True

    def _record_snapshot(self) -> None:
        self.trajectory.append((self.global_step, _copy(self.model.params)))
        if len(self.trajectory) > self.max_snapshots:
            self.trajectory = self.trajectory[::2]
            self._snapshot_every *= 2
        step, params = self.trajectory[-1]
        self._broadcast.emit(Snapshot(step, self.epoch, params))


def divergence_hint(model: Model, loss: float, step: int, first_loss: float | None) -> str:
    """A plain-language explanation of a diverged run and what to try next (a Message, so the
    GUI can show it in the interface language)."""
    optimizer = model.optimizer
    lr = optimizer.current_learning_rate
    loss_label = model.network.loss.label
    what: Message
    if (
        math.isfinite(loss)
        and first_loss is not None
        and loss > EXPLOSION_FACTOR * max(abs(first_loss), 1e-3)
    ):
        what = Message(
            QT_TRANSLATE_NOOP("training", "The loss exploded from {first} to {loss} at step {step}"),
            context="training",
            first=f"{first_loss:.3g}",
            loss=f"{loss:.3g}",
            step=step,
        )
    elif math.isfinite(loss):
        what = Message(
            QT_TRANSLATE_NOOP("training", "The weights overflowed to infinity or NaN by step {step}"),
            context="training",
            step=step,
        )
    elif math.isnan(loss):
        what = Message(
            QT_TRANSLATE_NOOP("training", "The loss became NaN (not a number) at step {step}"),
            context="training",
            step=step,
        )
    else:
        what = Message(
            QT_TRANSLATE_NOOP("training", "The loss became infinite at step {step}"),
            context="training",
            step=step,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "training",
            "{what}: each update overshot the minimum by more than the last, so the numbers grew without "
            "bound. A learning rate of {lr} is too high for {loss} with this network and data — "
            "press Reset and try {lower} or lower (or scale the inputs).",
        ),
        context="training",
        what=what,
        lr=f"{lr:g}",
        loss=term(loss_label),
        lower=f"{lr / 10:g}",
    )


def _learning_rates(optimizer: optimizers.Optimizer, count: int) -> np.ndarray:
    """The step size of each of the next ``count`` updates."""
    schedule, done = optimizer.learning_rate, optimizer.iterations
    if isinstance(schedule, schedules.Constant):
        return np.full(count, schedule.initial_learning_rate)
    return np.array([schedule(done + i) for i in range(count)])


def _copy(params: Params) -> Params:
    return {nid: {k: v.copy() for k, v in p.items()} for nid, p in params.items()}


def _put_back(params: Params, saved: Params) -> None:
    """Copy saved values into the live arrays (in place: others may hold them)."""
    for nid, arrays in saved.items():
        for name, array in arrays.items():
            params[nid][name][...] = array


def _all_finite(params: Params) -> bool:
    return all(np.isfinite(a).all() for p in params.values() for a in p.values())


def _all_epochs_done(epochs: int | None) -> Message:
    """The stop reason of a run that trained its whole epoch budget."""
    return Message(
        QT_TRANSLATE_NOOP("training", "all {epochs} epochs are done"), context="training", epochs=epochs
    )


def _check_epochs(epochs: object) -> None:
    if epochs is not None and (isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 0):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("training", "epochs must be a whole number ≥ 0, got {value}"),
                context="training",
                value=repr(epochs),
            )
        )


def _count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 0:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("training", "{name} must be a whole number ≥ 0, got {value}"),
                context="training",
                name=name,
                value=repr(value),
            )
        )
    return int(value)
