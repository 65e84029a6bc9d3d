"""The one bridge between the window and the engine's Trainer.

The Trainer trains on its own thread and reports into a mailbox; it never touches Qt. The
:class:`TrainingWorker` lives on the GUI thread: it sends the Trainer commands (Train, Pause,
Step, live learning rate …) without ever waiting for their futures, and a timer at 30 Hz
drains the mailbox into preallocated buffers (:mod:`gui.live_data`) and announces what changed
with one coalesced signal per kind, so plots redraw at most 30 times a second however fast the
trainer reports. Heavy view work (predictions on a grid, surfaces) goes to the
:class:`~gui.background.ViewComputer` the worker owns.

The worker also decides when a run must start over: editing the graph, the data set, the split
or the seed makes a new session with fresh weights (as Playground does), while the learning
rate, optimizer, batch size and regularization reach the running trainer at once.
"""

import concurrent.futures
import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from engine.errors import LayerLabError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.messages import reason as exc_reason
from engine.project import Project
from engine.trainer import DIVERGED, IDLE, RUNNING, EarlyStopping, Trainer
from engine.trainer_events import BackendChanged, Diverged, EpochEnd, Snapshot, StateChanged, Steps
from gui import live_data
from gui.background import ViewComputer
from gui.document import GraphDocument
from gui.i18n import translated
from gui.session import (
    Params,
    Session,
    batch_size,
    build_session,
    copy_params,
    epochs,
    optimizer_config,
    regularizers,
    structural_key,
    trained_project,
    trainer_settings,
)

log = logging.getLogger("gui.worker")

#: The timer that drains the trainer's mailbox, and so the plots' refresh: every 30 ms (a little
#: over the 30 Hz the plots must make, since a timer never fires early and often fires late).
TICK_MS = 30
#: Time a closing window gives the trainer thread to end.
CLOSE_TIMEOUT = 0.9
#: State shown when there is no session (the graph has errors or the data cannot be loaded).
UNAVAILABLE = "unavailable"
#: How long a thread may keep the GIL while another waits for it, while the reference backend
#: trains. That backend runs numpy on small arrays, which never lets go of the GIL, and every
#: call this thread makes into Qt gives the GIL up and then waits this long to get it back: at
#: Python's default of 5 ms one frame of a plot takes seconds and the window freezes
#: (benchmarks/gui_latency.py --example circle_tanh --backend reference: p99 latency 5.9 s with
#: 5 ms, 0.2–0.4 s with 0.1 ms). Only then, because so short a slice slows every other
#: Python-heavy thread (numba compiling, imports) a great deal.
#: (The trainer now pauses between reference chunks instead, see REFERENCE_YIELD_SECONDS; this
#: short slice is what runs that do not pause use.)
REFERENCE_SWITCH_SECONDS = 1e-4
DEFAULT_SWITCH_SECONDS = sys.getswitchinterval()
#: BLAS threads while the window trains: one, so the other core stays free for drawing. Two
#: BLAS threads fight the GUI thread for every matrix product and lose (benchmarks/gui_latency.py,
#: digits on the cpu backend, 2 cores: headless 51k samples/s with two, 190k with one).
BLAS_THREADS = 1
#: Pause after each reference-backend chunk (about 50 ms of numpy that holds the GIL nearly all
#: along), with the GIL free, so the window gets a turn of its own. With it, Python's own switch
#: interval does better than the short one above, which is then not used (gui_latency.py, circle
#: on the reference backend, two runs each, same minutes: p99 58–71 ms against 93–128 ms, loss
#: plot 26–29 Hz against 18–22 Hz, more samples per second too).
REFERENCE_YIELD_SECONDS = 0.004
#: Commands that make the trainer train (the run's clock runs until it settles again).
TRAINING_COMMANDS = frozenset({"start", "resume", "step", "step_epoch"})


class TrainingWorker(QObject):
    """Owns the session and its Trainer; forwards commands and turns events into signals."""

    #: A new session (data, model) or none: views rebuild from :attr:`session`.
    session_changed = Signal()
    #: The run started over (new session or Reset): views drop what they drew of the old run.
    cleared = Signal()
    #: ``(state, reason)``: idle, running, paused, stopped, finished, diverged or unavailable.
    state_changed = Signal(str, str)
    #: New steps or epochs are in :attr:`steps` / :attr:`epochs` (at most once per tick).
    progress = Signal()
    #: At least one epoch ended since the last tick (eval metrics, confusion matrix).
    epoch_ended = Signal()
    #: Newer weights are in :attr:`params` (from a snapshot, or after a step/pause).
    params_changed = Signal()
    #: ``(backend, reason)``: training now runs on that backend (the JIT took over, …).
    backend_changed = Signal(str, str)
    #: Something went wrong that the user should read (a refused setting, a failed step).
    failed = Signal(str)

    def __init__(
        self, document: GraphDocument, base_dir: Callable[[], Path | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._base_dir = base_dir
        self.views = ViewComputer("layerlab-views", self)
        #: The loss landscape's own thread (its numba kernel may compile for a while at first).
        self.landscape_views = ViewComputer("layerlab-landscape", self)
        self.session: Session | None = None
        self.trainer: Trainer | None = None
        self._subscription = None
        self.steps = live_data.step_series()
        self.epochs = live_data.epoch_series()
        #: The latest weights the views may draw (a private copy; never written to).
        self.params: Params | None = None
        #: Global step of :attr:`params`.
        self.params_step = -1
        self.state = UNAVAILABLE
        self.reason = ""
        self.backend = ""
        #: Training time of this run before the current stretch, and when that stretch began.
        self._elapsed_done = 0.0
        self._running_since: float | None = None
        self.samples_per_second: float | None = None
        self._step_offset = 0
        self._epoch_offset = 0
        #: The current trainer's own step and epoch counts, from its reports.
        self._trainer_step = 0
        self._trainer_epoch = 0
        self._applied: dict[str, Any] = {}
        self._pending: list[tuple[str, concurrent.futures.Future]] = []
        self._closing: list[threading.Thread] = []
        self._force_rebuild = True
        self._shut_down = False
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(0)
        self._sync_timer.timeout.connect(self._sync)
        document.analysis_changed.connect(self._sync_soon)
        document.project_replaced.connect(self._on_project_replaced)
        self._sync()

    # -- what the panels read -------------------------------------------------------------------------
    @property
    def can_train(self) -> bool:
        return self.trainer is not None and self.state != DIVERGED

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    @property
    def busy(self) -> bool:
        """A command was sent and has not taken effect yet."""
        return bool(self._pending)

    @property
    def step(self) -> int:
        """Training steps since the run started (across trainer rebuilds), as reported so far."""
        return self._step_offset + self._trainer_step

    @property
    def epoch(self) -> int:
        """Completed epochs since the run started, as reported so far."""
        return self._epoch_offset + self._trainer_epoch

    @property
    def elapsed(self) -> float:
        """Seconds spent training in this run: from the moment a training command (Train, Step,
        Epoch) goes out until the trainer settles again, read from the clock, not counted in
        timer ticks, so it is right however late the ticks come."""
        live = 0.0 if self._running_since is None else time.perf_counter() - self._running_since
        return self._elapsed_done + live

    @property
    def requested_backend(self) -> str:
        return self.trainer.requested_backend if self.trainer else ""

    @property
    def settled(self) -> bool:
        """The trainer thread waits for a command (only this thread sends them), so its weights
        hold still and may be read."""
        return self.trainer is not None and self.state != RUNNING and not self._pending

    def current_params(self) -> Params | None:
        """A copy of the weights as trained so far: exact when :attr:`settled`, else the newest
        snapshot (at most one snapshot interval behind the running trainer)."""
        if self.settled:
            assert self.trainer is not None
            return copy_params(self.trainer.model.params)
        return copy_params(self.params) if self.params is not None else None

    def trained_project(self) -> Project | None:
        """The project with the weights trained in this window and the scaling fitted for them
        (what Save stores and Export writes), or None when this run has not trained yet (or the
        session does not match the project's current structure).

        Raises LayerLabError when the run diverged: no project file or export should hold
        weights that blew up (and non-finite ones could not even be read back).
        """
        session, project = self.session, self.document.project
        if session is None or self.step == 0 or self.document.has_errors:
            return None
        if session.key != structural_key(project):
            return None  # edited a moment ago; the new session (fresh weights) is on its way
        params = self.current_params()
        if params is None:
            return None
        finite = all(np.isfinite(a).all() for p in params.values() for a in p.values())
        if self.state == DIVERGED or not finite:
            raise LayerLabError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "training",
                        "training diverged, so the weights are useless (some may not even be finite "
                        "numbers): press Reset and train again",
                    ),
                    context="training",
                )
            )
        return trained_project(project, session, params)

    def trajectory(self) -> list[tuple[int, Params]]:
        """The trainer's recorded (step, weights) snapshots of this run, oldest first."""
        if self.trainer is None:
            return []
        return [(self._step_offset + s, p) for s, p in list(self.trainer.trajectory)]

    # -- commands ---------------------------------------------------------------------------------------
    def train(self) -> None:
        """Start, resume or continue training (Train)."""
        if not self._ready():
            return
        if self.state == RUNNING:
            return
        self._share_the_gil(starting=True)  # now: the state only says "running" once drained
        self._send("resume" if self.state == "paused" else "start")

    def pause(self) -> None:
        if self.trainer is not None and self.state == RUNNING:
            self._send("pause")

    def step_once(self) -> None:
        """Exactly one batch, then pause."""
        if self._ready():
            self._send("step")

    def step_epoch(self) -> None:
        """The rest of the current epoch, then pause."""
        if self._ready():
            self._send("step_epoch")

    def stop(self) -> None:
        if self.trainer is not None:
            self._send("stop")

    def reset(self) -> None:
        """Fresh weights from the project's seed; the plots start over."""
        if self.trainer is not None and not self._shut_down:
            self._send("reset", self.document.project.seed)

    def shutdown(self, timeout: float = CLOSE_TIMEOUT) -> None:
        """Stop everything for good (the window is closing): returns within about ``timeout``."""
        if self._shut_down:
            return
        self._shut_down = True
        self._share_the_gil()
        deadline = time.perf_counter() + timeout
        self._timer.stop()
        self._sync_timer.stop()
        self.document.analysis_changed.disconnect(self._sync_soon)
        self.document.project_replaced.disconnect(self._on_project_replaced)
        # The views' threads first, without waiting: queued jobs are dropped, and a running one
        # (a loss surface can take seconds) ends on its own; its result is never delivered and
        # it touches no Qt object, so the window need not wait for it.
        for computer in (self.views, self.landscape_views):
            computer.shutdown(0.0)
        if self.trainer is not None:
            self.trainer.close(timeout=max(0.05, deadline - time.perf_counter()))
            self.trainer = None
        for thread in self._closing:
            thread.join(max(0.0, deadline - time.perf_counter()))

    def _ready(self) -> bool:
        """Whether a training command may go out now; rebuilds the trainer if its settings
        (epochs, backend, …) changed since it was made and it is not running."""
        if self._sync_timer.isActive():  # an edit not applied yet: it comes first
            self._sync_timer.stop()
            self._sync()
        if self.trainer is None or self._shut_down or self.state == DIVERGED:
            return False
        if any(name == "reset" for name, _ in self._pending):
            return False  # its report would be wiped with the old run's when the reset lands
        if self.state != RUNNING and not self._pending:
            wanted = trainer_settings(self.document.project)
            if (
                wanted != self._applied.get("trainer")
                or self._applied.get("epoch_offset") != self._epoch_offset
            ):
                self._rebuild_trainer()
        return self.trainer is not None

    def _send(self, name: str, *args: Any) -> None:
        assert self.trainer is not None
        try:
            future = getattr(self.trainer, name)(*args)
        except LayerLabError as exc:
            self.failed.emit(translated(exc_reason(exc)))
            return
        self._pending.append((name, future))
        if name in TRAINING_COMMANDS and self._running_since is None:
            self._running_since = time.perf_counter()
        self._timer.start()

    # -- sessions ---------------------------------------------------------------------------------------
    def _sync_soon(self) -> None:
        if not self._shut_down:
            self._sync_timer.start()

    def _on_project_replaced(self) -> None:
        self._force_rebuild = True
        self._sync_soon()

    def _sync(self) -> None:
        """Bring the session in line with the project after an edit."""
        if self._shut_down:
            return
        document = self.document
        if document.has_errors:
            self._set_session(None, document.error_reason)
            return
        project = document.project
        if (
            self.session is not None
            and not self._force_rebuild
            and structural_key(project) == self.session.key
        ):
            self._forward_live_settings()
            return
        self._force_rebuild = False
        try:
            session = build_session(project, self._base_dir())
        except LayerLabError as exc:
            self._set_session(None, exc_reason(exc))
            return
        self._set_session(session)

    def _set_session(self, session: Session | None, reason: str = "") -> None:
        unchanged = self.state == UNAVAILABLE and translated(reason) == self.reason
        if session is None and self.session is None and unchanged:
            return
        self._dispose_trainer()
        self.session = session
        self._applied = {}
        self._clear_run()
        if session is not None:
            self.params = copy_params(session.initial_params)
            try:
                self._make_trainer()
            except LayerLabError as exc:
                session, self.session, self.params, reason = None, None, None, exc_reason(exc)
        if session is None:
            self.backend = ""
            self._set_state(UNAVAILABLE, reason)
        else:
            self._set_state(IDLE, "")
        self.session_changed.emit()
        self.cleared.emit()
        self.params_changed.emit()

    def _make_trainer(self, epochs_left: int | None = None) -> None:
        """A Trainer for the session's model with the project's current settings (the model's
        optimizer and regularizers are brought up to date through the trainer's commands)."""
        assert self.session is not None
        project, session = self.document.project, self.session
        settings = trainer_settings(project)
        wanted = epochs(project)
        if epochs_left is None:
            epochs_left = wanted
        size = batch_size(project)
        patience = settings.get("early_stopping_patience")
        trainer = Trainer(
            session.model,
            *session.prepared.train,
            validation_data=session.prepared.eval,
            epochs=epochs_left,
            batch_size=size,
            backend=settings.get("backend") or "auto",
            stratify_batches=bool(settings.get("stratify_batches")),
            early_stopping=EarlyStopping(patience=patience) if patience else None,
            snapshot_every=session.snapshot_every(size),
            blas_threads=BLAS_THREADS,
            yield_seconds=REFERENCE_YIELD_SECONDS,
        )
        self.trainer = trainer
        self._subscription = trainer.subscribe()
        self._trainer_step = self._trainer_epoch = 0
        self.backend = trainer.backend_name
        fresh = not self._applied
        self._applied = {
            "trainer": settings,
            "epoch_offset": self._epoch_offset,
            "batch_size": size,
            # What the model has: the project's, for a model just built from it; else as before.
            "optimizer": optimizer_config(project) if fresh else self._applied["optimizer"],
            "regularizers": regularizers(project.graph) if fresh else self._applied["regularizers"],
        }
        self._forward_live_settings()

    def _rebuild_trainer(self) -> None:
        """A new Trainer around the same model (weights and optimizer state kept), continuing
        the step and epoch counts, for settings only a new Trainer takes."""
        old = self.trainer
        if old is None:
            return
        self._tick()  # what it reported so far still counts with the old offsets
        self._step_offset += self._trainer_step
        self._epoch_offset += self._trainer_epoch
        old.unsubscribe(self._subscription)
        old.close(timeout=CLOSE_TIMEOUT)  # idle: its thread ends at once
        wanted = epochs(self.document.project)
        left = None if wanted is None else max(0, wanted - self._epoch_offset)
        try:
            self._make_trainer(left)
        except LayerLabError as exc:
            self.trainer = None
            self._set_state(UNAVAILABLE, exc_reason(exc))

    def _dispose_trainer(self) -> None:
        """Let go of the current trainer without waiting for its thread (it ends on its own)."""
        trainer, self.trainer = self.trainer, None
        self._pending = []
        if trainer is None:
            return
        if self._subscription is not None:
            trainer.unsubscribe(self._subscription)
            self._subscription = None
        closer = threading.Thread(target=trainer.close, name="layerlab-trainer-close", daemon=True)
        closer.start()
        self._closing = [t for t in self._closing if t.is_alive()] + [closer]

    def _clear_run(self) -> None:
        self.steps.clear()
        self.epochs.clear()
        self._step_offset = self._epoch_offset = 0
        self._trainer_step = self._trainer_epoch = 0
        self._elapsed_done, self._running_since = 0.0, None
        self.samples_per_second = None
        self.params_step = 0

    def _forward_live_settings(self) -> None:
        """Send the trainer the settings it can change between two steps."""
        trainer, project = self.trainer, self.document.project
        if trainer is None:
            return
        applied = self._applied
        settings = trainer_settings(project)
        if settings["epochs"] != applied["trainer"]["epochs"]:
            # The epoch budget reaches a running trainer at once (the run may finish right there).
            wanted = epochs(project)
            self._send("set_epochs", None if wanted is None else max(0, wanted - self._epoch_offset))
            applied["trainer"] = {**applied["trainer"], "epochs": settings["epochs"]}
        optimizer = optimizer_config(project)
        if optimizer != applied["optimizer"]:
            old = {k: v for k, v in applied["optimizer"].items() if k != "learning_rate"}
            new = {k: v for k, v in optimizer.items() if k != "learning_rate"}
            if old == new:
                self._send("set_learning_rate", optimizer.get("learning_rate", 0.01))
            else:
                self._send("set_optimizer", optimizer)
            applied["optimizer"] = optimizer
        size = batch_size(project)
        if size != applied["batch_size"]:
            self._send("set_batch_size", size)
            applied["batch_size"] = size
        wanted = regularizers(project.graph)
        for node_id, spec in wanted.items():
            if applied["regularizers"].get(node_id) != spec:
                self._send("set_regularization", node_id, spec)
        applied["regularizers"] = wanted

    # -- the timer ----------------------------------------------------------------------------------------
    def _tick(self) -> None:
        # Futures first, events second: whatever a finished command reported is in the mailbox
        # by the time its future is done, so this drain sees it.
        done = [(name, future) for name, future in self._pending if future.done()]
        self._pending = [entry for entry in self._pending if entry not in done]
        stepped, ended, snapshot = self._drain()
        reset_done = False
        for name, future in done:
            error = future.exception()
            if error is not None:
                self.failed.emit(translated(exc_reason(error)))
            elif name == "reset":
                reset_done = True
        if reset_done:
            self._clear_run()
            self.cleared.emit()
            snapshot = False
        trainer = self.trainer
        settled = trainer is not None and self.state != RUNNING and not self._pending
        if settled and (self.params_step != self.step or reset_done):
            # The trainer thread is waiting for a command that only this thread sends: its
            # weights hold still, so a copy now is exact.
            self.params = copy_params(trainer.model.params)
            self.params_step = self.step
            snapshot = True
        if self.state != RUNNING and not self._pending and self._running_since is not None:
            self._elapsed_done += time.perf_counter() - self._running_since
            self._running_since = None
            stepped = True  # the clock stopped: show its final reading
        if stepped or reset_done:
            self.progress.emit()
        if ended:
            self.epoch_ended.emit()
        if snapshot:
            self.params_changed.emit()
        if self.state != RUNNING and not self._pending:
            self._timer.stop()

    def _drain(self) -> tuple[bool, bool, bool]:
        """Move what the trainer reported into the buffers; (steps, epoch ends, weights) seen."""
        if self._subscription is None:
            return False, False, False
        stepped = ended = snapshot = False
        # Steps and epoch ends are gathered and appended once each per tick: the trainer's
        # report comes in many pieces (its steps are cut at every epoch end, and on a small data
        # set several epochs end per tick), and each append costs the GUI thread the GIL.
        step_events: list[Steps] = []
        epoch_rows: list[tuple[int, dict[str, float]]] = []
        for event in self._subscription.drain():
            if isinstance(event, Steps):
                self._trainer_step = int(event.step[-1])
                step_events.append(event)
                stepped = True
            elif isinstance(event, EpochEnd):
                self._trainer_epoch = event.epoch
                logs = {**event.logs, "step": event.step + self._step_offset}
                epoch_rows.append((event.epoch + self._epoch_offset, logs))
                self.samples_per_second = event.samples_per_second
                ended = True
            elif isinstance(event, Snapshot):
                self.params, self.params_step = event.params, event.step + self._step_offset
                snapshot = True
            elif isinstance(event, StateChanged):
                self._set_state(event.new, event.reason)
            elif isinstance(event, Diverged):
                self.failed.emit(translated(event.hint))
            elif isinstance(event, BackendChanged):
                self.backend = event.backend
                self._share_the_gil()
                self.backend_changed.emit(event.backend, translated(event.reason))
        if step_events:
            self.steps.append(
                np.concatenate([e.step for e in step_events]) + self._step_offset,
                loss=np.concatenate([e.loss for e in step_events]),
                learning_rate=np.concatenate([e.learning_rate for e in step_events]),
            )
        if epoch_rows:
            keys = list(dict.fromkeys(k for _, logs in epoch_rows for k in logs))
            self.epochs.append(
                [epoch for epoch, _ in epoch_rows],
                **{k: [logs.get(k, np.nan) for _, logs in epoch_rows] for k in keys},
            )
        return stepped, ended, snapshot

    def _set_state(self, state: str, reason: str) -> None:
        # An engine Message (a divergence hint, why training cannot start) in the interface language.
        reason = translated(reason)
        if state == RUNNING:
            self._timer.start()
        if (state, reason) != (self.state, self.reason):
            self.state, self.reason = state, reason
            self._share_the_gil()
            self.state_changed.emit(state, reason)

    def _share_the_gil(self, starting: bool = False) -> None:
        """Short GIL slices while the reference backend trains without pausing between chunks
        (REFERENCE_YIELD_SECONDS = 0), Python's own otherwise."""
        running = self.state == RUNNING or starting
        reference = running and self.backend == "reference" and not self._shut_down
        reference = reference and not REFERENCE_YIELD_SECONDS
        sys.setswitchinterval(REFERENCE_SWITCH_SECONDS if reference else DEFAULT_SWITCH_SECONDS)
