"""From a project's ``dataset`` entry to a :class:`Dataset`, and the list of sets to choose from.

One spec format for every source, so the project file, the CLI and the GUI's data picker agree:

- generated: ``{"name": "circle", "samples": 500, "noise": 0.1, "seed": 0}`` (+ ``classes`` for
  blobs/spiral, ``outliers`` for regression sets);
- bundled: ``{"name": "digits"}``, ``{"name": "iris"}``;
- imported: ``{"name": "csv", "path": "data/my.csv", "label": "species"}``,
  ``{"name": "npz", "path": "data.npz", "x": "x", "y": "y"}``,
  ``{"name": "idx", "images": "train-images-idx3-ubyte.gz", "labels": "train-labels-idx1-ubyte.gz"}``;
  relative paths are found from ``base_dir``, the project file's folder.

Any 2-feature set also takes ``"inputs": ["x1", "x2", "x1_squared", ...]`` (Playground's input
features, see ``transforms``).
"""

import inspect
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from engine.data.bundled import BUNDLED, load_bundled
from engine.data.csv_import import read_csv
from engine.data.dataset import Dataset, Task
from engine.data.idx_import import read_idx
from engine.data.npz_import import read_npz
from engine.data.synthetic import DEFAULT_SAMPLES, GENERATORS, generate
from engine.data.transforms import input_features
from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message, term

#: Importers by spec name; each takes the spec's other keys (and ``base_dir``) as keyword arguments.
IMPORTERS: dict[str, Callable[..., Dataset]] = {"csv": read_csv, "npz": read_npz, "idx": read_idx}


@dataclass(frozen=True)
class DatasetInfo:
    """One built-in set as the data picker and ``layerlab datasets`` list it."""

    name: str
    label: str
    description: str
    #: "generated" (samples, noise, seed are settings) or "bundled" (a fixed real set).
    source: str
    task: Task
    #: Classes with the default settings; 0 for regression.
    num_classes: int
    features: int
    #: Samples with the default settings (the whole set for a bundled one).
    samples: int
    #: The keys a spec for this set may carry besides ``name`` (and ``inputs`` for 2-D sets).
    settings: tuple[str, ...]


def catalog() -> list[DatasetInfo]:
    """Every built-in set: the generated ones in registry order, then the bundled ones."""
    generated = [
        DatasetInfo(
            g.name,
            g.label,
            g.description,
            "generated",
            g.task,
            g.num_classes,
            len(g.feature_names),
            DEFAULT_SAMPLES,
            g.settings(),
        )
        for g in map(GENERATORS.get, GENERATORS.names())
    ]
    bundled = [
        DatasetInfo(
            b.name,
            b.label,
            b.description,
            "bundled",
            "classification",
            b.num_classes,
            b.features,
            b.samples,
            (),
        )
        for b in map(BUNDLED.get, BUNDLED.names())
    ]
    return generated + bundled


def _generated(name: str, settings: dict[str, Any]) -> Dataset:
    gen = GENERATORS.get(name)
    x, y = generate(name, **settings)
    common = {"feature_names": gen.feature_names, "name": gen.name, "description": term(gen.description)}
    if gen.task == "regression":
        return Dataset(x, y, "regression", 0, target_names=("y",), **common)
    classes = int(settings.get("classes", gen.num_classes))
    return Dataset(x, y, "classification", classes, class_names=tuple(map(str, range(classes))), **common)


def _imported(name: str, settings: dict[str, Any], base_dir: str | os.PathLike[str] | None) -> Dataset:
    reader = IMPORTERS[name]
    params = inspect.signature(reader).parameters
    allowed = [p for p in params if p != "base_dir"]
    required = [p for p in allowed if params[p].default is inspect.Parameter.empty]
    unknown = sorted(set(settings) - set(allowed))
    if unknown:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "data set {name} takes only the settings {allowed}; got {unknown}"),
                context="data",
                name=repr(name),
                allowed=", ".join(allowed),
                unknown=str(unknown),
            )
        )
    missing = [p for p in required if p not in settings]
    if missing:
        template = (
            QT_TRANSLATE_NOOP("data", "data set {name} needs the settings {missing}")
            if len(missing) > 1
            else QT_TRANSLATE_NOOP("data", "data set {name} needs the setting {missing}")
        )
        raise ConfigError(Message(template, context="data", name=repr(name), missing=", ".join(missing)))
    for flag in ("drop_nonfinite", "header"):
        if flag in settings and not isinstance(settings[flag], bool | None):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("data", "{flag} must be true or false, got {value}"),
                    context="data",
                    flag=flag,
                    value=repr(settings[flag]),
                )
            )
    return reader(**settings, base_dir=base_dir)


def load_dataset(spec: Mapping[str, Any], base_dir: str | os.PathLike[str] | None = None) -> Dataset:
    """The data set a spec describes (see the module docstring for the formats).

    Bad settings raise :class:`ConfigError`; unusable files raise :class:`DataError` naming the
    file, row and column.
    """
    if not isinstance(spec, Mapping):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "a data set is described by a mapping such as {{'name': 'circle'}}, got {value}"
                ),
                context="data",
                value=repr(spec),
            )
        )
    settings = dict(spec)
    name = settings.pop("name", None)
    inputs = settings.pop("inputs", None)
    key = name.strip().lower() if isinstance(name, str) else None
    if key in IMPORTERS:
        data = _imported(key, settings, base_dir)
    elif key in BUNDLED:
        if settings:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data", "the bundled data set {name} takes no settings; got {settings}"
                    ),
                    context="data",
                    name=repr(key),
                    settings=str(sorted(settings)),
                )
            )
        data = load_bundled(key)
    elif key in GENERATORS:
        data = _generated(GENERATORS.canonical(key), settings)
    else:
        choices = [*GENERATORS.names(), *BUNDLED.names(), *IMPORTERS]
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "unknown data set {name}; choose one of: {choices}"),
                context="data",
                name=repr(name),
                choices=", ".join(choices),
            )
        )
    if inputs is None:
        return data
    x, labels = input_features(data.x, inputs)
    return replace(data, x=x, feature_names=labels)
