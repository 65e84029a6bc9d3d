"""Several settings trained side by side, and what lets a student compare them on one picture.

A lesson that compares settings (learning rates, batch sizes, activations, optimizers, scaling)
must show the runs *together*: their loss curves on the same axes and their paths on the same
loss surface. :class:`Comparison` starts one :class:`~engine.trainer.Trainer` per variant, all
from the same project and seed, lets them train at the same time on their own threads, and
collects what each reports; the GUI polls it on a timer, the headless runner waits for it.
So ``layerlab lessons --check`` checks exactly the runs the lesson panel draws.

:func:`shared_surface` puts every run on one plane of weight space: the exact (b, w) plane for
a two-weight model, else the plane the runs moved in most (principal components of every
path around their common start). When the variants differ only in how they train
(``training.*``) the loss function is the same and one surface carries every path; when they
change the network or the data each run gets its own surface over the same plane.
:func:`fitted_curves` and :func:`layer_profiles` give the 1-D fits and the per-layer gradient
and dead-unit numbers of the finished runs.
"""

import contextlib
import copy
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from engine import diagnostics, experiment, landscape
from engine.errors import ConfigError, LayerLabError
from engine.landscape.grid import BATCHED_LAYERS
from engine.lessons.format import EXAMPLES_DIR
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.model import Model
from engine.project import Project
from engine.trainer import DIVERGED, FINISHED, STOPPED, Trainer
from engine.trainer_events import Diverged, EpochEnd, StateChanged, Steps, Subscription

#: Lessons train on the readable reference backend: no JIT compile time, same math.
BACKEND = "reference"
#: About this many weight snapshots per run when the lesson does not set a cadence.
SNAPSHOTS_PER_RUN = 200
#: Samples a comparison surface averages the loss over (the first of the training split).
SURFACE_SAMPLES = 256
#: Cells per side when a layer (e.g. Dropout) has no batched surface kernel and every cell
#: is a separate loss evaluation: a coarser grid keeps the picture to seconds.
CELL_BY_CELL_RESOLUTION = 25
#: States a run does not leave on its own.
DONE = (FINISHED, STOPPED, DIVERGED)


def copy_project(project: Project) -> Project:
    """An independent copy (graph and settings), so variants never change each other; its
    weights are drawn afresh from the seed."""
    return Project(
        graph=project.graph.copy(),
        dataset=copy.deepcopy(project.dataset),
        split=copy.deepcopy(project.split),
        training=copy.deepcopy(project.training),
        seed=project.seed,
        dtype=project.dtype,
        weights=None,
        scaling=copy.deepcopy(project.scaling),
    )


def training_failed(label: str, error: str) -> Message:
    """“training 'x' failed: why”, for a run whose trainer stopped on an error."""
    return Message(
        QT_TRANSLATE_NOOP("lessons", "training {label!r} failed: {error}"),
        context="lessons",
        label=label,
        error=error,
    )


@dataclass
class Variant:
    """One run of a comparison, as far as it has got: the numbers its curves are drawn from."""

    label: str
    #: The settings this run changes, as the lesson file names them.
    changes: dict[str, Any]
    project: Project
    model: Model
    prepared: experiment.PreparedData
    batch_size: int
    trainer: Trainer
    feed: Subscription
    #: Training loss of every step so far, as chunks (see :attr:`step_losses`).
    chunks: list[np.ndarray] = field(default_factory=list)
    #: Keras-style per-epoch logs (``loss``, ``val_loss``, ``accuracy`` …) and their steps.
    history: dict[str, list[float]] = field(default_factory=dict)
    epoch_steps: list[int] = field(default_factory=list)
    state: str = "idle"
    #: The trainer's explanation when the run diverged (what the app shows), else None.
    diverged: str | None = None
    #: Time spent training, summed over finished epochs.
    seconds: float = 0.0

    @property
    def steps_per_epoch(self) -> int:
        return -(-len(self.prepared.train[0]) // self.batch_size)

    @property
    def step_losses(self) -> np.ndarray:
        if len(self.chunks) > 1:
            self.chunks = [np.concatenate(self.chunks)]
        return self.chunks[0] if self.chunks else np.zeros(0)

    @property
    def done(self) -> bool:
        return self.state in DONE

    def trajectory(self) -> list[tuple[int, dict[str, dict[str, np.ndarray]]]]:
        """(step, weights) snapshots so far; once the run is over its path ends at its final
        weights even when the last step fell between two snapshots."""
        path = list(self.trainer.trajectory)
        if self.done and (not path or path[-1][0] != self.trainer.global_step):
            final = {nid: {k: a.copy() for k, a in p.items()} for nid, p in self.model.params.items()}
            path.append((self.trainer.global_step, final))
        return path


class Comparison:
    """The same project trained with each variant's changes, all at once, one thread each.

    ``variants`` maps a label to the settings it changes (``training.optimizer.learning_rate``,
    ``layers.hidden.activation``, ``scaling`` …, see :func:`engine.lessons.runner.apply_setting`).
    Every variant starts from the same seed, so they differ only in what the lesson changes.
    """

    def __init__(
        self,
        base: Project,
        variants: Mapping[str, Mapping[str, Any]],
        epochs: int,
        snapshot_every: int = 0,
        *,
        backend: str = BACKEND,
        base_dir: str | Path | None = EXAMPLES_DIR,
    ) -> None:
        from engine.lessons.runner import apply_setting

        if not variants:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "a comparison needs at least one variant"), context="lessons"
                )
            )
        if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 1:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "epochs must be a whole number ≥ 1, got {epochs!r}"),
                    context="lessons",
                    epochs=epochs,
                )
            )
        #: True when the variants change only how they train: one loss function for all.
        self.shared_loss = all(path.startswith("training.") for c in variants.values() for path in c)
        self.epochs = epochs
        self.variants: dict[str, Variant] = {}
        try:
            for label, changes in variants.items():
                project = copy_project(base)
                for path, value in changes.items():
                    apply_setting(project, path, value)
                self.variants[label] = self._variant(
                    label, dict(changes), project, snapshot_every, backend, base_dir
                )
        except BaseException:
            self.close()
            raise

    def _variant(
        self,
        label: str,
        changes: dict[str, Any],
        project: Project,
        snapshot_every: int,
        backend: str,
        base_dir: str | Path | None,
    ) -> Variant:
        model = project.to_model()
        if model.optimizer is None:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "lessons", "{label}: the project has no optimizer in its training settings"
                    ),
                    context="lessons",
                    label=label,
                )
            )
        prepared = experiment.prepare(project, model, base_dir)
        settings = project.training
        n_train = len(prepared.train[0])
        batch_size = settings.get("batch_size", 32)
        batch_size = n_train if batch_size == "full" else min(int(batch_size), n_train)
        if not snapshot_every:
            total = self.epochs * -(-n_train // batch_size)
            snapshot_every = max(1, total // SNAPSHOTS_PER_RUN)
        trainer = Trainer(
            model,
            *prepared.train,
            validation_data=prepared.eval,
            epochs=self.epochs,
            batch_size=batch_size,
            backend=backend,
            shuffle=settings.get("shuffle", True),
            stratify_batches=bool(settings.get("stratify_batches", False)),
            snapshot_every=snapshot_every,
            max_snapshots=2 * SNAPSHOTS_PER_RUN,
        )
        return Variant(label, changes, project, model, prepared, batch_size, trainer, trainer.subscribe())

    # -- running ---------------------------------------------------------------------------------------
    def start(self) -> None:
        """Every run starts now; they train at the same time, each on its own thread."""
        for variant in self.variants.values():
            variant.state = "running"
            variant.trainer.start()

    def poll(self) -> bool:
        """Take in what the runs reported since the last poll; True when anything was new."""
        changed = False
        for v in self.variants.values():
            for event in v.feed.drain():
                changed = True
                if isinstance(event, Steps):
                    v.chunks.append(np.asarray(event.loss, np.float64))
                elif isinstance(event, EpochEnd):
                    v.epoch_steps.append(event.step)
                    v.seconds += event.seconds
                    for key, value in event.logs.items():
                        v.history.setdefault(key, []).append(float(value))
                elif isinstance(event, Diverged):
                    v.diverged = v.diverged or event.hint
                elif isinstance(event, StateChanged):
                    v.state = event.new
        return changed

    @property
    def done(self) -> bool:
        return all(v.done for v in self.variants.values())

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every run is over (True) or ``timeout`` seconds passed (False)."""
        deadline = None if timeout is None else time.perf_counter() + timeout
        for v in self.variants.values():
            left = None if deadline is None else max(0.0, deadline - time.perf_counter())
            v.trainer.wait(left)
        self.poll()
        for v in self.variants.values():
            if v.trainer.error:
                raise ConfigError(training_failed(v.label, v.trainer.error))
        return self.done

    def stop(self) -> None:
        """Ask every run still going to stop (returns at once)."""
        for v in self.variants.values():
            if not v.done:
                with contextlib.suppress(LayerLabError):  # closed: nothing left to stop
                    v.trainer.stop()

    def close(self, timeout: float = 1.0) -> None:
        """End every run's thread (idempotent), within about ``timeout`` seconds in all."""
        deadline = time.perf_counter() + timeout
        for v in self.variants.values():
            v.trainer.close(timeout=max(0.05, deadline - time.perf_counter()))


# -- pictures of finished runs ---------------------------------------------------------------------------


@dataclass(eq=False)
class ComparedSurface:
    """Loss over one plane for a comparison: ``losses[label][i, j]`` at ``(alphas[i], betas[j])``
    (a single entry under ``""`` when the runs share their loss function) and each run's path
    in the same coordinates."""

    alphas: np.ndarray
    betas: np.ndarray
    losses: dict[str, np.ndarray]
    paths: dict[str, np.ndarray]
    #: The epoch (fractional: step / steps per epoch) at each point of each path, for replaying
    #: the runs side by side in time.
    epochs: dict[str, np.ndarray]
    axis_labels: tuple[str, str]
    #: True when the axes are the network's only two weights (the surface is the whole loss);
    #: else the plane is the runs' first two principal components and ``explained`` is the
    #: share of their movement it holds.
    exact: bool
    explained: float


def shared_surface(
    variants: Mapping[str, Variant], shared_loss: bool, resolution: int = 61, margin: float = 0.25
) -> ComparedSurface:
    """Every run's path on one plane, and the loss over it (see the module's description).

    The plane's extent covers the paths of the runs that did not diverge (a diverging path
    leaves the picture, as it leaves the valley). Raises ConfigError when the runs have
    differently shaped weights (they share no plane) or never moved.
    """
    runs = list(variants.values())
    layouts = [landscape.Layout(v.model.network) for v in runs]
    shapes = {(tuple(lay.keys), tuple(lay.shapes)) for lay in layouts}
    if len(shapes) > 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "lessons",
                    "the variants' networks have different numbers of weights, "
                    "so no plane holds all their paths",
                ),
                context="lessons",
            )
        )
    layout, first = layouts[0], runs[0]
    if layout.size < 2:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "a plane needs at least two trainable weights"),
                context="lessons",
            )
        )
    trajectories = {v.label: v.trajectory() for v in runs}
    flat = {label: np.stack([layout.flatten(p) for _, p in t]) for label, t in trajectories.items()}
    epochs = {
        v.label: np.array([step for step, _ in trajectories[v.label]], np.float64) / v.steps_per_epoch
        for v in runs
    }
    names = {nid: node.name for nid, node in first.model.graph.nodes.items()}
    if layout.size == 2:
        origin = np.zeros(2)
        axes = np.eye(2)
        labels = tuple(f"{names.get(nid, nid)}.{array}" for nid, array in layout.keys)
        exact, share = True, 1.0
    else:
        origin = flat[first.label][0]  # every run starts here: same seed, same shapes
        moves = np.concatenate([f[np.all(np.isfinite(f), axis=1)] - origin for f in flat.values()])
        _, s, vt = np.linalg.svd(moves, full_matrices=False)
        total = float(np.sum(s * s))
        if total == 0:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "the weights never moved: there is no path to show"),
                    context="lessons",
                )
            )
        axes = np.zeros((2, layout.size))
        axes[: min(2, len(vt))] = vt[:2]
        share = float(np.sum(s[:2] ** 2) / total)
        labels = tuple(
            Message(QT_TRANSLATE_NOOP("lessons", "PC {number}"), context="lessons", number=n) for n in (1, 2)
        )
        exact = False
    paths = {label: (f - origin) @ axes.T for label, f in flat.items()}
    calm = [p for v, p in zip(runs, paths.values(), strict=True) if v.diverged is None]
    calm = calm or list(paths.values())
    points = np.concatenate([p[np.all(np.isfinite(p), axis=1)] for p in calm])
    points = points[np.all(np.abs(points) < 1e6, axis=1)]
    if len(points) == 0:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "every run blew up at once: there is no finite path to show"),
                context="lessons",
            )
        )
    lo, hi = points.min(axis=0), points.max(axis=0)
    extent = np.maximum(hi - lo, 0.05 * max(float(np.max(hi - lo)), 1e-3))
    alphas = np.linspace(lo[0] - margin * extent[0], hi[0] + margin * extent[0], resolution)
    betas = np.linspace(lo[1] - margin * extent[1], hi[1] + margin * extent[1], resolution)

    if any(not isinstance(s.layer, BATCHED_LAYERS) for v in runs for s in v.model.network.steps):
        resolution = min(resolution, CELL_BY_CELL_RESOLUTION)
    alphas = np.linspace(alphas[0], alphas[-1], resolution)
    betas = np.linspace(betas[0], betas[-1], resolution)

    def grid(v: Variant) -> np.ndarray:
        dtype = v.model.dtype
        center = layout.unflatten(origin, v.model.params)
        d1 = layout.unflatten(axes[0], layout.zeros(dtype))
        d2 = layout.unflatten(axes[1], layout.zeros(dtype))
        x, y = v.prepared.train
        x, y = x[:SURFACE_SAMPLES], y[:SURFACE_SAMPLES]
        with np.errstate(over="ignore", invalid="ignore"):
            return landscape.evaluate(v.model.network, center, d1, d2, alphas, betas, x, y).loss

    losses = {"": grid(first)} if shared_loss else {v.label: grid(v) for v in runs}
    return ComparedSurface(alphas, betas, losses, paths, epochs, labels, exact, share)


@dataclass(eq=False)
class FittedCurves:
    """For one input and one output: the training points and each run's prediction on a line."""

    x: np.ndarray
    y: np.ndarray
    xs: np.ndarray
    predictions: dict[str, np.ndarray]


def fitted_curves(variants: Mapping[str, Variant], points: int = 200) -> FittedCurves:
    """Each finished run's fitted curve over the range of its training inputs (1-D data only)."""
    runs = list(variants.values())
    x, y = runs[0].prepared.train
    if x.ndim != 2 or x.shape[1] != 1 or np.asarray(y).reshape(len(y), -1).shape[1] != 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "lessons", "fitted curves need data with one input and one target per sample"
                ),
                context="lessons",
            )
        )
    xs = np.linspace(float(np.min(x)), float(np.max(x)), points)
    predictions = {}
    for v in runs:
        grid = xs.reshape(-1, 1).astype(v.model.dtype)
        with np.errstate(over="ignore", invalid="ignore"):
            predictions[v.label] = np.asarray(v.model.predict(grid), np.float64).reshape(-1)
    return FittedCurves(x.reshape(-1), np.asarray(y, np.float64).reshape(-1), xs, predictions)


@dataclass(eq=False)
class LayerProfile:
    """Per Dense layer of one run: its name, the gradient norm and the share of dead units."""

    names: list[str]
    gradient_norm: np.ndarray
    dead_fraction: np.ndarray


def layer_profiles(variants: Mapping[str, Variant], samples: int = 64) -> dict[str, LayerProfile]:
    """Gradient norm and dead-unit share of every layer with weights, per run, on the first
    ``samples`` training samples (engine/diagnostics.py, as the gradient-flow plot uses)."""
    out = {}
    for v in variants.values():
        x, y = v.prepared.train
        stats = diagnostics.layer_stats(v.model, x[:samples], y[:samples])
        stats = [s for s in stats if s.gradient_norm is not None]
        out[v.label] = LayerProfile(
            [s.name for s in stats],
            np.array([s.gradient_norm for s in stats], np.float64),
            np.array([math.nan if s.dead_fraction is None else s.dead_fraction for s in stats], np.float64),
        )
    return out


@dataclass(eq=False)
class Boundaries:
    """For two inputs: each run's output over a grid of the input plane, with the data.

    ``outputs[label][i, j]`` is at ``(xs[i], ys[j])``: the probability of the second class
    for one sigmoid output, else the predicted class (0, 1, …).
    """

    xs: np.ndarray
    ys: np.ndarray
    outputs: dict[str, np.ndarray]
    #: "probability" or "class".
    kind: str
    points: np.ndarray
    labels: np.ndarray


def boundaries(variants: Mapping[str, Variant], resolution: int = 60, margin: float = 0.1) -> Boundaries:
    """Each finished run's answer over the plane of its two inputs (classification only), so
    decision boundaries can be shown side by side."""
    runs = list(variants.values())
    x, y = runs[0].prepared.train
    y = np.asarray(y)
    if x.ndim != 2 or x.shape[1] != 2 or y.ndim != 1 or y.dtype.kind not in "iu":
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "lessons", "decision boundaries need two inputs and one class label per sample"
                ),
                context="lessons",
            )
        )
    lo, hi = x.min(axis=0).astype(np.float64), x.max(axis=0).astype(np.float64)
    pad = margin * np.maximum(hi - lo, 1e-9)
    xs = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
    ys = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
    grid = np.stack(np.meshgrid(xs, ys, indexing="ij"), axis=-1).reshape(-1, 2)
    outputs, kind = {}, "probability"
    for v in runs:
        with np.errstate(over="ignore", invalid="ignore"):
            p = np.asarray(v.model.predict(grid.astype(v.model.dtype)), np.float64)
        if p.ndim == 2 and p.shape[1] > 1:
            kind = "class"
            outputs[v.label] = np.argmax(p, axis=1).reshape(resolution, resolution).astype(np.float64)
        else:
            outputs[v.label] = p.reshape(resolution, resolution)
    return Boundaries(xs, ys, outputs, kind, x, y)
