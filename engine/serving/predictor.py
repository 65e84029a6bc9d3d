"""A trained model to ask for predictions, from a LayerLab project or an exported ONNX file.

``layerlab predict`` and ``layerlab serve`` take either, so both go through one interface:
raw samples in (shaped as the data set has them), the model's outputs back. A project scales
its inputs with the statistics saved in training; an ONNX file exported by LayerLab carries
that scaling as its first nodes. Problems with the file show when it is loaded — a warm-up
prediction runs then — not at the first request.
"""

import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from engine import experiment
from engine.errors import LayerLabError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.project import Project

Shape = tuple[int, ...]


class Predictor:
    """What a served or command-line model offers (see ``ProjectPredictor``, ``OnnxPredictor``)."""

    kind: str
    path: Path
    input_shape: Shape
    output_shape: Shape
    #: The class each output column stands for, when the model was trained on named classes.
    class_names: tuple[str, ...]

    def predict(self, x: np.ndarray, source: str) -> np.ndarray:
        """Outputs for raw samples ``x`` (n, …); ``source`` names the data in error messages."""
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        """A JSON-ready summary for people and clients: what goes in, what comes out."""
        summary: dict[str, Any] = {
            "model": self.path.name,
            "kind": self.kind,
            "input_shape": list(self.input_shape),
            "output_shape": list(self.output_shape),
        }
        if self.class_names:
            summary["classes"] = list(self.class_names)
        return summary

    def _warm_up(self) -> None:
        self.predict(np.zeros((1, *self.input_shape), dtype=np.float32), str(self.path))


class ProjectPredictor(Predictor):
    kind = "LayerLab project"

    def __init__(self, path: str | os.PathLike[str], backend: str = "reference") -> None:
        self.path = Path(path)
        self.project = Project.load(self.path)
        if not self.project.weights:
            raise LayerLabError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "serving",
                        "{path}: the project has no trained weights yet; run `layerlab train {path}` first",
                    ),
                    context="serving",
                    path=str(path),
                )
            )
        self.model = self.project.to_model()
        self.backend = backend
        self.input_shape = self.model.network.input_shape
        self.output_shape = self.model.network.output_shape
        self.class_names = tuple(map(str, self.project.training.get("class_names", ())))
        self._warm_up()

    def predict(self, x: np.ndarray, source: str) -> np.ndarray:
        prepared = experiment.inputs_for_prediction(self.project, self.model, x, source)
        return self.model.predict(prepared, backend=self.backend)


class OnnxPredictor(Predictor):
    """An ONNX model: one float input of fixed sample shape (any batch size).

    onnxruntime runs it where it is installed (the pip install). The packaged app leaves
    onnxruntime out to stay within its size budget, so there the ONNX project's own reference
    evaluator runs the model: the same operators by the specification, in numpy — slower, but
    the networks LayerLab exports are small.
    """

    kind = "ONNX model"

    def __init__(self, path: str | os.PathLike[str]) -> None:
        from engine.export.onnx import CLASS_NAMES_KEY

        self.path = Path(path)
        if not self.path.is_file():
            raise LayerLabError(
                Message(
                    QT_TRANSLATE_NOOP("serving", "{path}: no such file"),
                    context="serving",
                    path=str(path),
                )
            )
        self.session = _open_session(self.path)
        inputs, outputs = self.session.inputs, self.session.outputs
        if len(inputs) != 1 or inputs[0][1] != "tensor(float)":
            raise LayerLabError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "serving",
                        "{path}: the model takes {count} input(s) of type {types}; "
                        "LayerLab runs models with one float input",
                    ),
                    context="serving",
                    path=str(path),
                    count=len(inputs),
                    types=", ".join(kind for _, kind, _ in inputs),
                )
            )
        self.input_name = inputs[0][0]
        self.input_shape = _sample_shape(path, "input", inputs[0][2])
        self.output_shape = _sample_shape(path, "output", outputs[0][2])
        self.class_names = _class_names(path, self.session.metadata.get(CLASS_NAMES_KEY))
        self._warm_up()

    def predict(self, x: np.ndarray, source: str) -> np.ndarray:
        x, _ = experiment.shaped(np.asarray(x, dtype=np.float32), self.input_shape, source)
        return np.asarray(self.session.run({self.input_name: np.ascontiguousarray(x)}))


class _OnnxRuntimeSession:
    """onnxruntime's view of a model, in the terms :class:`OnnxPredictor` asks for."""

    runtime = "onnxruntime"

    def __init__(self, path: Path) -> None:
        import onnxruntime

        try:
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3  # errors only: warnings are for model authors
            self._session = onnxruntime.InferenceSession(
                str(path), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime's own error types, for any broken or foreign file
            raise LayerLabError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "serving", "{path}: not an ONNX model that onnxruntime can run ({error})"
                    ),
                    context="serving",
                    path=str(path),
                    error=_first_line(exc),
                )
            ) from None
        #: (name, type, shape) of each input and output; shape entries are ints or symbolic names.
        self.inputs = [(i.name, i.type, i.shape) for i in self._session.get_inputs()]
        self.outputs = [(o.name, o.type, o.shape) for o in self._session.get_outputs()]
        self.metadata = dict(self._session.get_modelmeta().custom_metadata_map)

    def run(self, feeds: dict[str, np.ndarray]) -> np.ndarray:
        return self._session.run(None, feeds)[0]


class _OnnxReferenceSession(_OnnxRuntimeSession):
    """The ``onnx`` package's reference evaluator, where onnxruntime is not installed."""

    runtime = "onnx reference evaluator"

    def __init__(self, path: Path) -> None:
        import onnx
        from onnx.reference import ReferenceEvaluator

        try:
            model = onnx.load(str(path))
            onnx.checker.check_model(model)
            self._evaluator = ReferenceEvaluator(model)
        except Exception as exc:  # onnx's parse, checker and evaluator errors
            raise LayerLabError(
                Message(
                    QT_TRANSLATE_NOOP("serving", "{path}: not an ONNX model LayerLab can run ({error})"),
                    context="serving",
                    path=str(path),
                    error=_first_line(exc),
                )
            ) from None
        types = {number: f"tensor({name.lower()})" for name, number in onnx.TensorProto.DataType.items()}

        def described(value) -> tuple[str, str, list]:
            tensor = value.type.tensor_type
            dims = [d.dim_value if d.HasField("dim_value") else d.dim_param for d in tensor.shape.dim]
            return value.name, types.get(tensor.elem_type, "not a tensor"), dims

        initializers = {i.name for i in model.graph.initializer}
        self.inputs = [described(v) for v in model.graph.input if v.name not in initializers]
        self.outputs = [described(v) for v in model.graph.output]
        self.metadata = {p.key: p.value for p in model.metadata_props}

    def run(self, feeds: dict[str, np.ndarray]) -> np.ndarray:
        return self._evaluator.run(None, feeds)[0]


def _open_session(path: Path) -> _OnnxRuntimeSession:
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return _OnnxReferenceSession(path)
    return _OnnxRuntimeSession(path)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _sample_shape(path: str | os.PathLike[str], what: str, dims: list) -> Shape:
    """The shape of one sample: every dimension after the batch must be a fixed size."""
    if not dims or not all(isinstance(d, int) and d > 0 for d in dims[1:]):
        what_text = (
            Message(QT_TRANSLATE_NOOP("serving", "input"), context="serving")
            if what == "input"
            else Message(QT_TRANSLATE_NOOP("serving", "output"), context="serving")
        )
        raise LayerLabError(
            Message(
                QT_TRANSLATE_NOOP(
                    "serving",
                    "{path}: the model's {what} has shape {dims}; LayerLab needs a batch axis first and "
                    "fixed sizes after it",
                ),
                context="serving",
                path=str(path),
                what=what_text,
                dims=str(dims),
            )
        )
    return tuple(dims[1:])


def _class_names(path: str | os.PathLike[str], stored: str | None) -> tuple[str, ...]:
    if stored is None:
        return ()
    try:
        names = json.loads(stored)
    except json.JSONDecodeError:
        names = None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise LayerLabError(
            Message(
                QT_TRANSLATE_NOOP("serving", "{path}: the model's class names are not a JSON list of text"),
                context="serving",
                path=str(path),
            )
        )
    return tuple(names)


def load_predictor(path: str | os.PathLike[str], backend: str = "reference") -> Predictor:
    """The model in ``path``: an exported ``.onnx`` file, or else a LayerLab project file."""
    if Path(path).suffix.lower() == ".onnx":
        return OnnxPredictor(path)
    return ProjectPredictor(path, backend)


def predicted_classes(outputs: np.ndarray, class_names: tuple[str, ...]) -> list[str] | None:
    """The class each row of outputs predicts (None when the classes are not known, or do not
    match the outputs). One column is the sigmoid probability of the second of two classes;
    several columns are one score per class.
    """
    rows = outputs.reshape(len(outputs), -1)
    if rows.shape[1] == 1 and len(class_names) == 2:
        return [class_names[int(p >= 0.5)] for p in rows[:, 0]]
    if rows.shape[1] > 1 and len(class_names) == rows.shape[1]:
        return [class_names[i] for i in np.argmax(rows, axis=1)]
    return None
