"""Run a lesson's steps headless on the real engine, then check its phenomenon.

The runner does what a student does in the lesson panel — set a control, press Train, compare
settings side by side — with the same engine objects the app uses: the project, the
experiment's data preparation and the threaded :class:`~engine.trainer.Trainer` with its
events. So a check that passes here is about what the student will actually see.
"""

import copy
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine import experiment, testfunctions
from engine import layers as layer_specs
from engine.errors import ConfigError, LayerLabError
from engine.graph import SetConfig
from engine.lessons.compare import BACKEND, Comparison, Variant, copy_project, training_failed
from engine.lessons.format import EXAMPLES_DIR, Lesson, LessonFileError
from engine.messages import QT_TRANSLATE_NOOP, Message, reason
from engine.model import Model, Sequential
from engine.project import Project
from engine.trainer import Trainer
from engine.trainer_events import Diverged, EpochEnd, Steps

_DICT_SETTINGS = ("training", "dataset", "split")
_PLAIN_SETTINGS = ("seed", "scaling", "dtype")


@dataclass
class Run:
    """One training run of a lesson: what the loss and accuracy plots would show."""

    label: str
    project: Project
    model: Model
    prepared: experiment.PreparedData
    batch_size: int
    #: Training loss of every step, in order.
    step_losses: np.ndarray
    #: Keras-style per-epoch logs: ``loss``, ``accuracy``, ``val_loss``, ….
    history: dict[str, list[float]]
    global_step: int
    epochs_done: int
    #: The trainer's explanation when the run diverged (what the app shows), else None.
    diverged: str | None
    #: (step, parameters) snapshots, when the step asked for them.
    trajectory: list[tuple[int, dict[str, dict[str, np.ndarray]]]]
    seconds: float
    #: The sample order each epoch trained in, as the trainer reported it (train steps only).
    batch_orders: list[np.ndarray] = field(default_factory=list)


@dataclass
class LessonState:
    """The project as the lesson's steps have left it, and every run made so far."""

    project: Project
    runs: dict[str, Run] = field(default_factory=dict)
    #: Optimizer races on a 2-D test function: label → (function name, one path per optimizer).
    races: dict[str, tuple[str, list[testfunctions.RacePath]]] = field(default_factory=dict)
    #: The Hessian's verdict at chosen points of a test function: label → Curvature.
    curvatures: dict[str, Any] = field(default_factory=dict)


def build_project(preset: dict[str, Any]) -> Project:
    """The project a lesson starts from: an example file, or an inline network and settings."""
    if "example" in preset:
        return Project.load(EXAMPLES_DIR / preset["example"])
    model = Sequential(dtype=preset.get("dtype", "float32"), seed=preset.get("seed", 0))
    for i, spec in enumerate(preset["network"]):
        spec = dict(spec)
        kind, name = spec.pop("type", None), spec.pop("name", None)
        if kind is None:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "preset.network[{index}] needs a 'type' (input, dense, …)"),
                    context="lessons",
                    index=i,
                )
            )
        layer = layer_specs.from_config(kind, spec)
        layer.name = name
        model.add(layer)
    if preset.get("loss") is not None:
        model.graph.execute(SetConfig(model.output_node, {"loss": preset["loss"]}))
    project = Project.from_model(
        model, dataset=copy.deepcopy(preset.get("dataset")), split=copy.deepcopy(preset.get("split", {}))
    )
    project.weights = None  # weights are drawn from the seed when the project is trained
    project.training = copy.deepcopy(preset.get("training", {}))
    project.scaling = preset.get("scaling")
    return project


def layer_node(project: Project, path: str) -> str:
    """The node id of the layer a ``layers.<name>.<setting>`` path names (the name a user sees)."""
    name = path.split(".")[1]
    node_id = next((n.id for n in project.graph.nodes.values() if n.name == name), None)
    if node_id is None:
        names = ", ".join(n.name for n in project.graph.nodes.values())
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "lessons", "{path}: the network has no layer named {name!r} (it has: {names})"
                ),
                context="lessons",
                path=path,
                name=name,
                names=names,
            )
        )
    return node_id


def apply_setting(project: Project, path: str, value: Any) -> None:
    """Change one setting, as the inspector would: ``training.optimizer.learning_rate``,
    ``dataset.samples``, ``split.eval``, ``seed``, ``scaling`` or ``layers.<name>.<setting>``
    (the last goes through the graph's validated SetConfig command)."""
    head, *rest = path.split(".")
    if head == "layers" and len(rest) == 2:
        project.graph.execute(SetConfig(layer_node(project, path), {rest[1]: copy.deepcopy(value)}))
    elif head in _DICT_SETTINGS and rest:
        target = getattr(project, head)
        if target is None:
            target = {}
            setattr(project, head, target)
        for key in rest[:-1]:
            target = target.setdefault(key, {})
        target[rest[-1]] = copy.deepcopy(value)
    elif head in _PLAIN_SETTINGS and not rest:
        setattr(project, head, copy.deepcopy(value))
    else:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "lessons",
                    "{path}: settings are training.…, dataset.…, split.…, seed, scaling, dtype "
                    "or layers.<name>.<key>",
                ),
                context="lessons",
                path=path,
            )
        )


def train(project: Project, label: str, epochs: int, snapshot_every: int = 0) -> Run:
    """Train the project from its seed with the app's Trainer and record what the plots show."""
    model = project.to_model()
    if model.optimizer is None:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "lessons", "the lesson's project has no optimizer in its training settings"
                ),
                context="lessons",
            )
        )
    prepared = experiment.prepare(project, model, EXAMPLES_DIR)
    settings = project.training
    n_train = len(prepared.train[0])
    batch_size = settings.get("batch_size", 32)
    batch_size = n_train if batch_size == "full" else batch_size
    trainer = Trainer(
        model,
        *prepared.train,
        validation_data=prepared.eval,
        epochs=epochs,
        batch_size=batch_size,
        backend=BACKEND,
        shuffle=settings.get("shuffle", True),
        stratify_batches=bool(settings.get("stratify_batches", False)),
        snapshot_every=snapshot_every,
        record_batch_order=True,
    )
    feed = trainer.subscribe()  # the mailbox keeps every event until drained: no live reading needed
    started = time.perf_counter()
    with trainer:
        trainer.start()
        trainer.wait()  # until finished or diverged (the start command itself counts as pending)
        events = feed.drain()
        if trainer.error:
            raise ConfigError(training_failed(label, trainer.error))
    steps = [e.loss for e in events if isinstance(e, Steps)]
    orders = [e.order for e in events if isinstance(e, EpochEnd)]
    diverged = [e.hint for e in events if isinstance(e, Diverged)]
    return Run(
        label=label,
        project=project,
        model=model,
        prepared=prepared,
        batch_size=batch_size,
        step_losses=np.concatenate(steps) if steps else np.zeros(0),
        history={k: list(v) for k, v in trainer.history.history.items()},
        global_step=trainer.global_step,
        epochs_done=trainer.epoch,
        diverged=diverged[0] if diverged else None,
        trajectory=list(trainer.trajectory),
        seconds=time.perf_counter() - started,
        batch_orders=orders,
    )


def run_of(variant: Variant) -> Run:
    """A finished comparison run as the checks read it."""
    trainer = variant.trainer
    return Run(
        label=variant.label,
        project=variant.project,
        model=variant.model,
        prepared=variant.prepared,
        batch_size=variant.batch_size,
        step_losses=variant.step_losses,
        history={k: list(v) for k, v in trainer.history.history.items()},
        global_step=trainer.global_step,
        epochs_done=trainer.epoch,
        diverged=variant.diverged,
        trajectory=variant.trajectory(),
        seconds=variant.seconds,
    )


def run_step(state: LessonState, action: dict[str, Any]) -> None:
    """Carry out one step's action on ``state`` (``show`` only points at a plot): change
    settings, train one run or several side by side, race optimizers on a test function, or
    take the Hessian at a point."""
    ((kind, spec),) = action.items()
    epochs = spec.get("epochs", state.project.training.get("epochs", 10))
    if kind == "set":
        for path, value in spec.items():
            apply_setting(state.project, path, value)
    elif kind == "train":
        label = spec.get("label", "main")
        state.runs[label] = train(copy_project(state.project), label, epochs, spec.get("snapshot_every", 0))
    elif kind == "compare":
        # Side by side, as the lesson panel runs them: every variant from the same project and
        # seed, all training at once.
        comparison = Comparison(state.project, spec["variants"], epochs, spec.get("snapshot_every", 0))
        try:
            comparison.start()
            comparison.wait()
        finally:
            comparison.close()
        for label, variant in comparison.variants.items():
            state.runs[label] = run_of(variant)
    elif kind == "race":
        paths = testfunctions.race(
            spec["function"],
            spec.get("optimizers"),
            steps=spec.get("steps", 1000),
            learning_rates=spec.get("learning_rates"),
        )
        state.races[spec.get("label", "race")] = (spec["function"], paths)
    elif kind == "curvature":
        at = tuple(spec["at"])
        state.curvatures[spec.get("label", f"{spec['function']}{at}")] = testfunctions.curvature_at(
            spec["function"], at
        )


def run_lesson(lesson: Lesson) -> tuple[bool, str]:
    """Every step of ``lesson`` in order, then its check: (passed, message with the numbers)."""
    from engine.lessons.checks import CHECKS

    try:
        state = LessonState(build_project(lesson.preset))
    except LayerLabError as exc:
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "{path}: preset: {problem}"),
                context="lessons",
                path=str(lesson.path),
                problem=reason(exc),
            )
        ) from None
    for i, step in enumerate(lesson.steps):
        try:
            run_step(state, step.action)
        except LayerLabError as exc:
            raise LessonFileError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "{path}: steps[{index}].action: {problem}"),
                    context="lessons",
                    path=str(lesson.path),
                    index=i,
                    problem=reason(exc),
                )
            ) from None
        except KeyError as exc:
            raise LessonFileError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "{path}: steps[{index}].action needs the setting {setting}"),
                    context="lessons",
                    path=str(lesson.path),
                    index=i,
                    setting=str(exc),
                )
            ) from None
    params = {k: v for k, v in lesson.check.items() if k != "kind"}
    try:
        passed, message = CHECKS.get(lesson.check["kind"])(state, **params)
    except KeyError as exc:  # a run, race or point the check names that no step made
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "{path}: check: no step made {what}"),
                context="lessons",
                path=str(lesson.path),
                what=str(exc),
            )
        ) from None
    return bool(passed), message
