"""A project's data made ready for its network: loaded, split, shaped and scaled.

The CLI, the desktop app and the lessons all go from a project file to a Trainer the same
way, so that way exists once, here: load the data set the project names, split it with the
project's settings and seed, reshape samples to the Input when only the layout differs (64
digit pixels for an 8×8 Input), and fit the scaling on the training split alone. The fitted
scaling is stored back into the project, so ``predict`` on new data scales it exactly as
training did — without needing the training data.
"""

import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.data import Dataset, Scaler, Split, load_dataset, split_dataset
from engine.data import scaling as scaling_lib
from engine.errors import ConfigError, ShapeError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.model import Model
from engine.project import Project

Pair = tuple[np.ndarray, np.ndarray]


@dataclass
class PreparedData:
    dataset: Dataset
    split: Split
    scaler: Scaler | None
    train: Pair
    eval: Pair | None
    test: Pair | None
    #: What was done to the data that the user should know about, in words.
    notes: list[str] = field(default_factory=list)


def input_shape(model: Model) -> tuple[int, ...]:
    return model.network.input_shape


def shaped(x: np.ndarray, expected: tuple[int, ...], source: str) -> tuple[np.ndarray, str | None]:
    """``x`` laid out as the Input expects; only a pure re-layout (same number of values per
    sample) is done, and it is reported. Anything else is a clear error."""
    if x.shape[1:] == tuple(expected):
        return x, None
    if int(np.prod(x.shape[1:])) == int(np.prod(expected)):
        note = Message(
            QT_TRANSLATE_NOOP("data", "samples reshaped from {old} to {new} to fit the Input"),
            context="data",
            old=str(x.shape[1:]),
            new=str(tuple(expected)),
        )
        return x.reshape(len(x), *expected), note
    raise ShapeError(
        Message(
            QT_TRANSLATE_NOOP(
                "data",
                "{source}: samples have shape {shape} but the network's Input expects {expected}; "
                "change the Input's shape to {wanted}",
            ),
            context="data",
            source=source,
            shape=str(x.shape[1:]),
            expected=str(tuple(expected)),
            wanted=str(list(x.shape[1:])),
        )
    )


def prepare(project: Project, model: Model, base_dir: str | os.PathLike[str] | None = None) -> PreparedData:
    """The project's data set, split, shaped for ``model`` and scaled (fitted on train only)."""
    if project.dataset is None:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "the project has no data set: choose one (e.g. circle) first"),
                context="data",
            )
        )
    dataset = load_dataset(project.dataset, base_dir)
    notes = list(dataset.notes)
    split = split_dataset(dataset, project.split, seed=project.seed or 0)
    source = Message(QT_TRANSLATE_NOOP("data", "data set {name}"), context="data", name=repr(dataset.name))
    x, note = shaped(dataset.x, input_shape(model), source)
    if note:
        notes.append(note)
    scaler = scaling_lib.get(_scaling_name(project.scaling))
    if scaler is not None:
        scaler.fit(x[split.train])
        x = scaler.transform(x)

    def part(indices: np.ndarray) -> Pair | None:
        return (x[indices], dataset.y[indices]) if len(indices) else None

    return PreparedData(dataset, split, scaler, part(split.train), part(split.eval), part(split.test), notes)


def inputs_for_prediction(project: Project, model: Model, x: np.ndarray, source: str) -> np.ndarray:
    """New samples prepared as training prepared its own: shaped, then scaled with the saved fit."""
    x, _ = shaped(np.asarray(x, dtype=np.float32), input_shape(model), source)
    spec = project.scaling
    if spec is None:
        return x
    if not isinstance(spec, dict) or len(spec) == 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "the project scales its inputs ({name}) but was never trained, so the "
                    "scaling has not been fitted yet: train it first",
                ),
                context="data",
                name=str(_scaling_name(spec)),
            )
        )
    return scaling_lib.get(spec).transform(x)


def _scaling_name(spec: Any) -> Any:
    return spec.get("name") if isinstance(spec, dict) else spec


def fitted_scaling(prepared: PreparedData) -> dict[str, Any] | None:
    """The scaling as the project stores it after training (statistics included)."""
    if prepared.scaler is None:
        return None
    return prepared.scaler.get_config()
