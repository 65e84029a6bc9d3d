"""Project files: the graph (with positions), data-set choice, split, training settings, seed,
and optionally trained weights — in one file.

The file is a zip holding ``project.json`` and, when there are weights, ``weights.npz`` (a
plain ``.json`` file without weights is read too). Reading never unpickles or executes
anything: JSON is checked field by field and arrays load with ``allow_pickle=False``. Any
problem is one :class:`ProjectFileError` naming the file and the field. Saving is atomic: a
crash mid-save leaves the previous file intact.
"""

import io
import json
import math
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from engine import layers as layer_specs
from engine import metrics as metrics_lib
from engine import optimizers
from engine.data import scaling as scaling_lib
from engine.errors import ConfigError, LayerLabError, ProjectFileError
from engine.graph import LayerGraph
from engine.messages import QT_TRANSLATE_NOOP, Message, reason

FORMAT = "layerlab-project"
FORMAT_VERSION = 1
#: Refuse to read files larger than this (a project with weights is far smaller).
MAX_FILE_BYTES = 512 * 1024 * 1024

Params = dict[str, dict[str, np.ndarray]]


@dataclass
class Project:
    graph: LayerGraph
    #: The data set: ``{"name": ..., **settings}`` (generator parameters or an import path).
    dataset: dict[str, Any] | None = None
    #: Train/eval/test split settings, e.g. ``{"test": 0.2, "eval": 0.1, "stratify": True}``.
    split: dict[str, Any] = field(default_factory=dict)
    #: Training settings: optimizer config, metrics, batch size, epochs, backend, ….
    training: dict[str, Any] = field(default_factory=dict)
    seed: int | None = None
    dtype: str = "float32"
    weights: Params | None = None
    #: Input scaling: None, a method name ("standardize", "minmax"), or — after training — the
    #: fitted method with its statistics, so predictions scale new inputs as training did.
    scaling: str | dict[str, Any] | None = None
    #: Classroom view a teacher hands out: ``{"hidden_controls": [control ids], "presentation":
    #: bool}``. The ids name GUI controls (the GUI lists them); None: the full interface.
    classroom: dict[str, Any] | None = None

    # -- models ---------------------------------------------------------------------------------
    @classmethod
    def from_model(cls, model, **extra: Any) -> "Project":
        training: dict[str, Any] = {"metrics": list(model.metrics)}
        if model.optimizer is not None:
            training["optimizer"] = model.optimizer.get_config()
        return cls(
            graph=model.graph.copy(),
            training=training,
            seed=model.seed,
            dtype=model.dtype.name,
            weights={n: {k: v.copy() for k, v in p.items()} for n, p in model.params.items()},
            **extra,
        )

    def to_model(self):
        """A Model of this project's graph, with its weights and optimizer if saved."""
        from engine.model import Model

        model = Model(self.graph.copy(), dtype=self.dtype, seed=self.seed)
        if "optimizer" in self.training:
            model.optimizer = optimizers.get(self.training["optimizer"])
        model.metrics = list(self.training.get("metrics", []))
        if self.weights:
            net = model.network
            for nid, name in net.weight_keys():
                saved = self.weights.get(nid, {}).get(name)
                expected = model.params[nid][name].shape
                if saved is None:
                    raise ProjectFileError(
                        Message(
                            QT_TRANSLATE_NOOP("project", "weights.npz: no array for {node}/{name}"),
                            context="project",
                            node=nid,
                            name=name,
                        )
                    )
                if saved.shape != expected:
                    raise ProjectFileError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "project",
                                "weights.npz: {node}/{name} has shape {shape}, but the layer {layer!r} "
                                "needs {expected}",
                            ),
                            context="project",
                            node=nid,
                            name=name,
                            shape=saved.shape,
                            layer=self.graph.nodes[nid].name,
                            expected=expected,
                        )
                    )
                model.params[nid][name] = saved.astype(model.dtype)
            model.weights_untrained = False
        return model

    # -- writing --------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "graph": self.graph.to_dict(),
            "dataset": self.dataset,
            "split": self.split,
            "training": self.training,
            "seed": self.seed,
            "dtype": self.dtype,
            "scaling": self.scaling,
            # Written only when set, so projects without a classroom view read as before.
            **({"classroom": self.classroom} if self.classroom is not None else {}),
        }

    def save(self, path: str | os.PathLike) -> None:
        """Write the project atomically: to a temporary file beside ``path``, then rename."""
        path = Path(path)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            # allow_nan: a setting the user typed as inf/NaN is kept as typed (validation
            # reports it) and reads back, rather than making the whole project unsavable.
            text = json.dumps(self.to_json(), indent=2, ensure_ascii=False, allow_nan=True)
            zf.writestr("project.json", text)
            if self.weights:
                arrays = {f"{nid}/{name}": a for nid, p in self.weights.items() for name, a in p.items()}
                npz = io.BytesIO()
                np.savez(npz, **arrays)
                zf.writestr("weights.npz", npz.getvalue())
        _atomic_write(path, buffer.getvalue())

    # -- reading --------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | os.PathLike) -> "Project":
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ProjectFileError(
                Message(
                    QT_TRANSLATE_NOOP("project", "{path}: cannot open the file ({reason})"),
                    context="project",
                    path=str(path),
                    reason=exc.strerror,
                )
            ) from None
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(
                Message(
                    QT_TRANSLATE_NOOP("project", "{path}: {size} MiB is too large for a project file"),
                    context="project",
                    path=str(path),
                    size=f"{size / 2**20:.0f}",
                )
            )
        raw = path.read_bytes()
        weights_bytes = None
        if zipfile.is_zipfile(io.BytesIO(raw)):
            try:
                with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                    names = zf.namelist()
                    if "project.json" not in names:
                        raise ProjectFileError(
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "project", "{path}: not a LayerLab project (no project.json inside)"
                                ),
                                context="project",
                                path=str(path),
                            )
                        )
                    text = zf.read("project.json")
                    if "weights.npz" in names:
                        weights_bytes = zf.read("weights.npz")
            except (zipfile.BadZipFile, OSError) as exc:
                raise ProjectFileError(
                    Message(
                        QT_TRANSLATE_NOOP("project", "{path}: the file is damaged ({reason})"),
                        context="project",
                        path=str(path),
                        reason=str(exc),
                    )
                ) from None
        else:
            text = raw
        try:
            data = json.loads(text.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ProjectFileError(
                Message(
                    QT_TRANSLATE_NOOP("project", "{path}: not a LayerLab project (not valid JSON: {reason})"),
                    context="project",
                    path=str(path),
                    reason=str(exc),
                )
            ) from None
        project = _parse(data, path)
        if weights_bytes is not None:
            project.weights = _read_weights(weights_bytes, project.graph, path)
        return project


def load_model(path: str | os.PathLike):
    """The trained model stored in a project file (``model.save``'s counterpart)."""
    return Project.load(path).to_model()


def _atomic_write(path: Path, data: bytes) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file private (0600); a project keeps the mode it had, or gets the
        # mode any new file would get, so sharing a folder with a class still works.
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# -- checking a file field by field -----------------------------------------------------------------


class _Reader:
    """Typed access to JSON fields; every failure names the file and the field's path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, message: str) -> ProjectFileError:
        """The error for field ``where``; ``message`` (a Message, so it can be translated) says why."""
        return ProjectFileError(
            Message(
                QT_TRANSLATE_NOOP("project", "{path}: field '{where}': {reason}"),
                context="project",
                path=str(self.path),
                where=where,
                reason=message,
            )
        )

    def get(
        self,
        obj: dict,
        key: str,
        where: str,
        kinds: type | tuple,
        *,
        optional: bool = False,
        default: Any = None,
    ) -> Any:
        here = f"{where}.{key}" if where else key
        if key not in obj:
            if optional:
                return default
            raise self.fail(here, Message(QT_TRANSLATE_NOOP("project", "is missing"), context="project"))
        value = obj[key]
        if optional and value is None:
            return default
        if isinstance(value, bool) and bool not in (kinds if isinstance(kinds, tuple) else (kinds,)):
            raise self.fail(
                here,
                Message(
                    QT_TRANSLATE_NOOP("project", "expected {kinds}, found {value}"),
                    context="project",
                    kinds=_kind_name(kinds),
                    value=json.dumps(value),
                ),
            )
        if not isinstance(value, kinds):
            raise self.fail(
                here,
                Message(
                    QT_TRANSLATE_NOOP("project", "expected {kinds}, found {type} {value}"),
                    context="project",
                    kinds=_kind_name(kinds),
                    type=type(value).__name__,
                    value=json.dumps(value)[:60],
                ),
            )
        return value


def _kind_name(kinds: type | tuple) -> str:
    names = {
        dict: Message(QT_TRANSLATE_NOOP("project", "an object"), context="project"),
        list: Message(QT_TRANSLATE_NOOP("project", "a list"), context="project"),
        str: Message(QT_TRANSLATE_NOOP("project", "text"), context="project"),
        int: Message(QT_TRANSLATE_NOOP("project", "a whole number"), context="project"),
        float: Message(QT_TRANSLATE_NOOP("project", "a number"), context="project"),
        bool: Message(QT_TRANSLATE_NOOP("project", "true or false"), context="project"),
    }
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    words = [names.get(k, k.__name__) for k in kinds]
    text = words[0]
    for word in words[1:]:
        text = Message(
            QT_TRANSLATE_NOOP("project", "{first} or {second}"), context="project", first=text, second=word
        )
    return text


def _parse(data: Any, path: Path) -> Project:
    r = _Reader(path)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectFileError(
            Message(
                QT_TRANSLATE_NOOP("project", '{path}: not a LayerLab project (no "format": "{format}")'),
                context="project",
                path=str(path),
                format=FORMAT,
            )
        )
    version = r.get(data, "format_version", "", int)
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "project",
                    "{path}: saved by a newer LayerLab (file format {version}; this version reads up to "
                    "{newest}). Update LayerLab to open it.",
                ),
                context="project",
                path=str(path),
                version=version,
                newest=FORMAT_VERSION,
            )
        )
    if version < 1:
        raise r.fail(
            "format_version",
            Message(
                QT_TRANSLATE_NOOP("project", "must be ≥ 1, found {value}"), context="project", value=version
            ),
        )
    graph = _parse_graph(r, r.get(data, "graph", "", dict))
    dataset = r.get(data, "dataset", "", dict, optional=True)
    if dataset is not None:
        r.get(dataset, "name", "dataset", str)
    split = r.get(data, "split", "", dict, optional=True, default={})
    training = r.get(data, "training", "", dict, optional=True, default={})
    if "optimizer" in training:
        try:
            optimizers.get(training["optimizer"])
        except (ConfigError, TypeError) as exc:
            raise r.fail("training.optimizer", reason(exc)) from None
    for i, name in enumerate(r.get(training, "metrics", "training", list, optional=True, default=[])):
        if not isinstance(name, str) or name not in metrics_lib.METRICS:
            raise r.fail(
                f"training.metrics[{i}]",
                Message(
                    QT_TRANSLATE_NOOP("project", "unknown metric {name}"),
                    context="project",
                    name=json.dumps(name),
                ),
            )
    seed = r.get(data, "seed", "", int, optional=True)
    dtype = r.get(data, "dtype", "", str, optional=True, default="float32")
    if dtype not in ("float32", "float64"):
        raise r.fail(
            "dtype",
            Message(
                QT_TRANSLATE_NOOP("project", "must be float32 or float64, found {value!r}"),
                context="project",
                value=dtype,
            ),
        )
    scaling = data.get("scaling")
    if scaling is not None:
        try:
            scaling_lib.get(scaling)
        except (ConfigError, TypeError) as exc:
            raise r.fail("scaling", reason(exc)) from None
    return Project(
        graph=graph,
        dataset=dataset,
        split=split,
        training=training,
        seed=seed,
        dtype=dtype,
        scaling=scaling,
        classroom=_parse_classroom(r, data),
    )


#: The keys a ``classroom`` object may have.
CLASSROOM_KEYS = ("hidden_controls", "presentation")


def _parse_classroom(r: _Reader, data: dict) -> dict[str, Any] | None:
    """The optional classroom view: control ids to hide (text, each once) and presentation mode."""
    classroom = r.get(data, "classroom", "", dict, optional=True)
    if classroom is None:
        return None
    for key in classroom:
        if key not in CLASSROOM_KEYS:
            raise r.fail(
                f"classroom.{key}",
                Message(
                    QT_TRANSLATE_NOOP("project", "unknown setting; known: {known}"),
                    context="project",
                    known=", ".join(CLASSROOM_KEYS),
                ),
            )
    hidden = r.get(classroom, "hidden_controls", "classroom", list, optional=True, default=[])
    seen: set[str] = set()
    for i, control in enumerate(hidden):
        if not isinstance(control, str) or not control.strip():
            raise r.fail(
                f"classroom.hidden_controls[{i}]",
                Message(
                    QT_TRANSLATE_NOOP("project", "expected a control name, found {value}"),
                    context="project",
                    value=repr(control),
                ),
            )
        if control in seen:
            raise r.fail(
                f"classroom.hidden_controls[{i}]",
                Message(
                    QT_TRANSLATE_NOOP("project", "{name!r} is listed twice"), context="project", name=control
                ),
            )
        seen.add(control)
    presentation = r.get(classroom, "presentation", "classroom", bool, optional=True, default=False)
    return {"hidden_controls": list(hidden), "presentation": presentation}


def _parse_graph(r: _Reader, g: dict) -> LayerGraph:
    nodes = r.get(g, "nodes", "graph", list)
    ids: set[str] = set()
    names: set[str] = set()
    clean_nodes = []
    for i, n in enumerate(nodes):
        where = f"graph.nodes[{i}]"
        if not isinstance(n, dict):
            raise r.fail(
                where, Message(QT_TRANSLATE_NOOP("project", "expected an object"), context="project")
            )
        nid = r.get(n, "id", where, str)
        if nid in ids:
            raise r.fail(
                f"{where}.id",
                Message(
                    QT_TRANSLATE_NOOP("project", "the id {node!r} is used twice"), context="project", node=nid
                ),
            )
        type_name = r.get(n, "type", where, str)
        if type_name not in layer_specs.LAYERS:
            raise r.fail(
                f"{where}.type",
                Message(
                    QT_TRANSLATE_NOOP("project", "unknown layer type {name!r}"),
                    context="project",
                    name=type_name,
                ),
            )
        name = r.get(n, "name", where, str)
        if not name.strip():
            raise r.fail(
                f"{where}.name", Message(QT_TRANSLATE_NOOP("project", "is empty"), context="project")
            )
        if name in names:
            raise r.fail(
                f"{where}.name",
                Message(
                    QT_TRANSLATE_NOOP("project", "two layers are called {name!r}"),
                    context="project",
                    name=name,
                ),
            )
        config = r.get(n, "config", where, dict)
        position = r.get(n, "position", where, list, optional=True, default=[0.0, 0.0])
        if len(position) != 2 or not all(
            isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in position
        ):
            raise r.fail(
                f"{where}.position",
                Message(
                    QT_TRANSLATE_NOOP("project", "expected two numbers [x, y], found {value}"),
                    context="project",
                    value=str(position),
                ),
            )
        ids.add(nid)
        names.add(name)
        clean_nodes.append(
            {"id": nid, "type": type_name, "name": name, "config": config, "position": position}
        )
    edges = r.get(g, "edges", "graph", list)
    seen = set()
    for i, e in enumerate(edges):
        where = f"graph.edges[{i}]"
        if not (isinstance(e, list) and len(e) == 2 and all(isinstance(v, str) for v in e)):
            raise r.fail(
                where,
                Message(
                    QT_TRANSLATE_NOOP("project", "expected [source id, target id], found {value}"),
                    context="project",
                    value=json.dumps(e)[:60],
                ),
            )
        for end in e:
            if end not in ids:
                raise r.fail(
                    where,
                    Message(
                        QT_TRANSLATE_NOOP("project", "refers to a node {node!r} that does not exist"),
                        context="project",
                        node=end,
                    ),
                )
        if tuple(e) in seen:
            raise r.fail(
                where,
                Message(
                    QT_TRANSLATE_NOOP("project", "the connection {source} → {target} is listed twice"),
                    context="project",
                    source=e[0],
                    target=e[1],
                ),
            )
        seen.add(tuple(e))
    return LayerGraph.from_dict({"nodes": clean_nodes, "edges": edges})


def _read_weights(raw: bytes, graph: LayerGraph, path: Path) -> Params:
    try:
        with np.load(io.BytesIO(raw), allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in npz.files}
    except (ValueError, OSError, zipfile.BadZipFile) as exc:
        raise ProjectFileError(
            Message(
                QT_TRANSLATE_NOOP("project", "{path}: weights.npz is unreadable ({reason})"),
                context="project",
                path=str(path),
                reason=str(exc),
            )
        ) from None
    weights: Params = {}
    for key, array in arrays.items():
        nid, _, name = key.partition("/")
        if nid not in graph.nodes or not name:
            raise ProjectFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "project", "{path}: weights.npz: {array!r} belongs to no layer in the graph"
                    ),
                    context="project",
                    path=str(path),
                    array=key,
                )
            )
        if array.dtype.kind != "f" or not np.all(np.isfinite(array)):
            raise ProjectFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "project", "{path}: weights.npz: {array!r} is not an array of finite numbers"
                    ),
                    context="project",
                    path=str(path),
                    array=key,
                )
            )
        weights.setdefault(nid, {})[name] = array
    return weights


__all__ = ["FORMAT_VERSION", "LayerLabError", "Project", "ProjectFileError", "load_model"]
