"""Exported models predict what LayerLab predicts: ONNX (onnxruntime), PyTorch and Keras (torch backend).

Every layer type and every activation is exported in all three formats, with weights moved
away from their initial values (biases, γ, β, and BatchNorm moving statistics that are far
from 0 and 1), and the exported model must agree with LayerLab's reference backend to 1e-5.
"""

import importlib.util
import itertools
import os
import subprocess
import sys
import uuid
from pathlib import Path

import numpy as np
import pytest

os.environ["KERAS_BACKEND"] = "torch"  # before Keras is imported anywhere: the backend LayerLab tests

import keras
import onnx
import onnxruntime
import torch

from engine import experiment, layers
from engine import export as export_lib
from engine.activations import ACTIVATIONS
from engine.errors import ConfigError, GraphError, LayerLabError
from engine.export import default_path, export_project
from engine.export.onnx import CLASS_NAMES_KEY, OPSET
from engine.graph import LayerGraph
from engine.layers import LAYERS
from engine.model import Model
from engine.project import Project
from engine.serving.predictor import load_predictor

ATOL = 1e-5
#: Keras' torch backend converts tensors in a way numpy 2 deprecates (not ours to fix).
pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation:DeprecationWarning")
FORMATS = ["onnx", "pytorch", "keras"]


# -- test networks -----------------------------------------------------------------------------------


def graph_of(input_shape, *specs, names=None) -> LayerGraph:
    """Input → specs… → Output as a chain (names optional)."""
    graph = LayerGraph()
    previous = graph.add_layer(layers.Input(input_shape), name="input")
    for i, spec in enumerate(specs):
        node = graph.add_layer(spec, name=names[i] if names else None)
        graph.connect(previous, node)
        previous = node
    graph.connect(previous, graph.add_layer(layers.Output(), name="output"))
    return graph


def branching_graph() -> LayerGraph:
    """Two branches added (three-way Add), joined with a third branch and the raw input
    (Concatenate), plus a Dense that leads nowhere (left out of the export)."""
    g = LayerGraph()
    inp = g.add_layer(layers.Input((4,)), name="input")
    left = g.add_layer(layers.Dense(6, activation="relu"), name="left")
    right = g.add_layer(layers.Dense(6, activation="tanh"), name="right")
    middle = g.add_layer(layers.Dense(6, activation="sigmoid"), name="middle")
    total = g.add_layer(layers.Add(), name="sum")
    third = g.add_layer(layers.Dense(3, activation="elu"), name="third")
    joined = g.add_layer(layers.Concatenate(), name="joined")
    head = g.add_layer(layers.Dense(2, activation="softmax"), name="head")
    unused = g.add_layer(layers.Dense(5), name="unused")
    out = g.add_layer(layers.Output(), name="output")
    for a, b in [
        (inp, left),
        (inp, right),
        (inp, middle),
        (left, total),
        (right, total),
        (middle, total),
        (total, third),
        (total, joined),
        (third, joined),
        (inp, joined),
        (joined, head),
        (head, out),
        (inp, unused),
    ]:
        g.connect(a, b)
    return g


def minmax(shape, low=-1.0, high=1.0):
    rng = np.random.default_rng(7)
    lo = rng.uniform(-3, 0, shape)
    return {"name": "minmax", "low": low, "high": high, "min": lo.tolist(), "max": (lo + 4).tolist()}


def standardize(shape):
    rng = np.random.default_rng(8)
    std = rng.uniform(0.5, 2, shape)
    std.flat[0] = 0.0  # a constant column: shifted, not divided
    return {"name": "standardize", "mean": rng.normal(size=shape).tolist(), "std": std.tolist()}


def _activation_spec(name: str):
    if name == "leaky_relu":
        return {"name": name, "alpha": 0.2}
    if name == "elu":
        return {"name": name, "alpha": 0.7}
    return name


CASES = {
    **{
        f"activation_{name}": lambda name=name: graph_of(
            (3,),
            layers.Dense(5, activation=_activation_spec(name)),
            layers.Activation(_activation_spec(name)),
        )
        for name in ACTIVATIONS.names()
    },
    "dense_without_bias": lambda: graph_of(
        (3,), layers.Dense(4, activation="tanh", use_bias=False), layers.Dense(2)
    ),
    "dropout": lambda: graph_of(
        (3,), layers.Dense(6, activation="relu"), layers.Dropout(0.5), layers.Dense(2)
    ),
    "flatten_from_8x8": lambda: graph_of((8, 8), layers.Flatten(), layers.Dense(10, activation="softmax")),
    "batchnorm": lambda: graph_of(
        (3,), layers.Dense(6), layers.BatchNormalization(epsilon=0.01), layers.Dense(2)
    ),
    "batchnorm_without_scale": lambda: graph_of(
        (3,), layers.BatchNormalization(scale=False), layers.Dense(2)
    ),
    "batchnorm_without_center": lambda: graph_of(
        (3,), layers.BatchNormalization(center=False), layers.Dense(2)
    ),
    "batchnorm_plain": lambda: graph_of((3,), layers.BatchNormalization(center=False, scale=False)),
    "batchnorm_on_8x8": lambda: graph_of(
        (8, 8), layers.BatchNormalization(), layers.Flatten(), layers.Dense(3)
    ),
    "softmax_on_8x8_rows": lambda: graph_of((8, 8), layers.Activation("softmax"), layers.Flatten()),
    "branches_add_concatenate": branching_graph,
    "input_straight_to_output": lambda: graph_of((3,)),
}
SCALED = {
    "standardize": (lambda: graph_of((3,), layers.Dense(4, activation="tanh")), standardize),
    "minmax_8x8": (lambda: graph_of((8, 8), layers.Flatten(), layers.Dense(3, activation="softmax")), minmax),
}


def trained_project(graph: LayerGraph, scaling=None, seed: int = 0) -> Project:
    """A project whose weights are far from their initial values, as after training."""
    model = Model(graph, seed=seed)
    model.network  # builds the parameters  # noqa: B018
    rng = np.random.default_rng(seed + 1)
    for arrays in model.params.values():
        for name, p in arrays.items():
            if name == "kernel":
                p[...] = rng.normal(0, 0.6, p.shape)
            elif name in ("bias", "beta"):
                p[...] = rng.normal(0, 0.5, p.shape)
            elif name == "gamma":
                p[...] = rng.uniform(0.5, 1.5, p.shape)
            elif name == "moving_mean":
                p[...] = rng.normal(1.0, 2.0, p.shape)
            elif name == "moving_variance":
                p[...] = rng.uniform(0.2, 4.0, p.shape)
    project = Project.from_model(model)
    project.scaling = scaling
    return project


def samples(project: Project, n: int = 24) -> np.ndarray:
    shape = project.to_model().network.input_shape
    return np.random.default_rng(3).normal(0, 2, (n, *shape)).astype(np.float32)


def layerlab_predict(project: Project, x: np.ndarray) -> np.ndarray:
    model = project.to_model()
    return model.predict(experiment.inputs_for_prediction(project, model, x, "test"))


# -- running an export -------------------------------------------------------------------------------


def import_file(path: Path):
    spec = importlib.util.spec_from_file_location(f"exported_{uuid.uuid4().hex}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_onnx(path: Path, x: np.ndarray) -> np.ndarray:
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {"inputs": x})[0]


def run_pytorch(path: Path, x: np.ndarray) -> np.ndarray:
    model = import_file(path).load_model()
    with torch.no_grad():
        return model(torch.as_tensor(x)).numpy()


def run_keras(path: Path, x: np.ndarray) -> np.ndarray:
    return np.asarray(import_file(path).load_model().predict(x, verbose=0))


RUN = {"onnx": run_onnx, "pytorch": run_pytorch, "keras": run_keras}
SUFFIX = {"onnx": ".onnx", "pytorch": ".py", "keras": ".py"}


def exported_predictions(project: Project, fmt: str, x: np.ndarray, tmp_path: Path) -> np.ndarray:
    path = tmp_path / f"model_{fmt}{SUFFIX[fmt]}"
    written = export_project(project, fmt, path)
    assert written[0] == path and all(p.exists() for p in written)
    return RUN[fmt](path, x)


# -- parity ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES)
def test_export_predicts_what_layerlab_predicts(case, fmt, tmp_path):
    project = trained_project(CASES[case]())
    x = samples(project)
    expected = layerlab_predict(project, x)
    got = exported_predictions(project, fmt, x, tmp_path)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=0, atol=ATOL)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", SCALED)
def test_export_includes_the_fitted_input_scaling(case, fmt, tmp_path):
    build, scaling = SCALED[case]
    graph = build()
    project = trained_project(graph, scaling(project_shape(graph)))
    x = samples(project) + 1.5
    expected = layerlab_predict(project, x)
    np.testing.assert_allclose(exported_predictions(project, fmt, x, tmp_path), expected, rtol=0, atol=ATOL)


@pytest.mark.parametrize("case", CASES)
def test_onnx_runs_the_same_without_onnxruntime(case, tmp_path, monkeypatch):
    """The packaged app has no onnxruntime: ONNX files then run on onnx's reference evaluator."""
    project = trained_project(CASES[case]())
    x = samples(project)
    path = tmp_path / "model.onnx"
    export_project(project, "onnx", path)
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import onnxruntime → ImportError
    predictor = load_predictor(path)
    assert predictor.session.runtime == "onnx reference evaluator"
    got = predictor.predict(x, "samples")
    np.testing.assert_allclose(got, layerlab_predict(project, x), rtol=0, atol=ATOL)


def test_a_broken_onnx_file_is_named_without_onnxruntime(tmp_path, monkeypatch):
    path = tmp_path / "broken.onnx"
    path.write_bytes(b"not a model")
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    with pytest.raises(LayerLabError, match=r"broken\.onnx: not an ONNX model LayerLab can run"):
        load_predictor(path)


def project_shape(graph: LayerGraph) -> tuple[int, ...]:
    return tuple(graph.layer(graph.nodes_of_type("input")[0]).config["shape"])


def test_every_layer_type_is_exported_by_some_case():
    covered = {node.type for build in CASES.values() for node in build().nodes.values()}
    assert set(LAYERS.names()) <= covered


def test_large_inputs_stay_finite_and_equal(tmp_path):
    """Softplus, sigmoid, softmax and ELU in their saturated ranges (no overflow anywhere)."""
    graph = graph_of((3,), layers.Dense(4, activation="softplus"), layers.Dense(3, activation="softmax"))
    project = trained_project(graph)
    x = np.array([[80.0, -80.0, 40.0], [-60.0, 60.0, 0.0]], dtype=np.float32)
    expected = layerlab_predict(project, x)
    for fmt in FORMATS:
        got = exported_predictions(project, fmt, x, tmp_path)
        assert np.isfinite(got).all()
        np.testing.assert_allclose(got, expected, rtol=1e-6, atol=ATOL)


# -- the ONNX file itself --------------------------------------------------------------------------


def test_onnx_file_passes_the_checker_and_says_what_it_holds(tmp_path):
    project = trained_project(SCALED["minmax_8x8"][0](), minmax((8, 8)))
    project.training["class_names"] = ["a", "b", "c"]
    path = tmp_path / "m.onnx"
    export_project(project, "onnx", path)
    onnx.checker.check_model(str(path), full_check=True)
    model = onnx.load(str(path))
    assert model.opset_import[0].version == OPSET >= 17
    assert [n.op_type for n in model.graph.node[:4]] == ["Sub", "Div", "Mul", "Add"]  # the min-max scaling
    assert "minmax scaling" in model.doc_string and "input_scaling" in model.doc_string
    props = {p.key: p.value for p in model.metadata_props}
    assert props[CLASS_NAMES_KEY] == '["a", "b", "c"]'
    assert [d.dim_param or d.dim_value for d in model.graph.input[0].type.tensor_type.shape.dim] == [
        "batch",
        8,
        8,
    ]


def test_onnx_runs_any_batch_size(tmp_path):
    project = trained_project(CASES["batchnorm"]())
    export_project(project, "onnx", tmp_path / "m.onnx")
    for n in (1, 7, 300):
        x = samples(project, n)
        np.testing.assert_allclose(run_onnx(tmp_path / "m.onnx", x), layerlab_predict(project, x), atol=ATOL)


# -- the generated code ----------------------------------------------------------------------------


def test_generated_pytorch_reads_like_the_graph(tmp_path):
    project = trained_project(branching_graph())
    export_project(project, "pytorch", tmp_path / "branches.py")
    text = (tmp_path / "branches.py").read_text()
    for line in (
        "self.left = nn.Linear(4, 6)",
        "left = torch.relu(self.left(input_layer))",
        "sum_layer = left + right + middle",
        "joined = torch.cat([sum_layer, third, input_layer], dim=-1)",
        "third = F.elu(self.third(sum_layer), alpha=1.0)",
        "return head",
    ):
        assert line in text
    assert "unused" not in text, "a layer that leads nowhere is not exported"
    state = np.load(tmp_path / "branches.npz", allow_pickle=False)
    assert set(state.files) == set(import_file(tmp_path / "branches.py").LayerLabModel().state_dict())


def test_generated_keras_reads_like_the_graph(tmp_path):
    project = trained_project(CASES["activation_leaky_relu"]())
    export_project(project, "keras", tmp_path / "leaky.py")
    text = (tmp_path / "leaky.py").read_text()
    assert 'dense = layers.Dense(5, name="dense")(input_layer)' in text
    assert 'dense = layers.LeakyReLU(negative_slope=0.2, name="dense_activation")(dense)' in text
    assert 'model.get_layer("dense").set_weights([weights["dense/kernel"], weights["dense/bias"]])' in text


@pytest.mark.parametrize("fmt", ["pytorch", "keras"])
def test_generated_code_is_clean_python(fmt, tmp_path):
    """ASCII only, and lint-clean (pyflakes and pycodestyle rules, lines ≤ 100)."""
    project = trained_project(branching_graph(), None)
    project.training["class_names"] = ["yes", "no"]
    written = export_project(project, fmt, tmp_path / f"clean_{fmt}.py")
    text = written[0].read_text()
    assert text.isascii()
    ruff = Path(sys.executable).parent / "ruff"
    if not ruff.exists():
        pytest.skip("ruff is not installed beside this Python")
    result = subprocess.run(
        [str(ruff), "check", "--isolated", "--select", "E,F,W", "--line-length", "100", str(written[0])],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_keras_export_uses_the_torch_backend_here():
    assert keras.backend.backend() == "torch"


# -- what cannot be exported, and how files are written -----------------------------------------------


def test_a_project_without_weights_is_refused_with_a_reason(tmp_path):
    project = trained_project(CASES["dropout"]())
    project.weights = None
    for fmt in FORMATS:
        with pytest.raises(ConfigError, match="no trained weights yet"):
            export_project(project, fmt, tmp_path / f"m{SUFFIX[fmt]}")
    assert not list(tmp_path.iterdir())


def test_a_graph_that_cannot_run_is_refused_with_its_problems(tmp_path):
    project = trained_project(CASES["dropout"]())
    dense = next(n for n in project.graph.nodes.values() if n.type == "dense")
    dense.config["units"] = 0
    with pytest.raises(GraphError, match="units must be ≥ 1"):
        export_project(project, "onnx", tmp_path / "m.onnx")


def test_an_unfitted_scaling_is_refused(tmp_path):
    project = trained_project(CASES["dropout"](), "standardize")
    with pytest.raises(ConfigError, match="has not been fitted"):
        export_project(project, "onnx", tmp_path / "m.onnx")


@pytest.mark.parametrize(
    ("fmt", "name", "message"),
    [
        ("onnx", "m.py", "written to a .onnx file"),
        ("pytorch", "m.onnx", "written to a .py file"),
        ("keras", "keras.py", "would hide the keras package"),
        ("pytorch", "torch.py", "would hide the torch package"),
        ("tflite", "m.tflite", "unknown export format 'tflite'"),
    ],
)
def test_bad_targets_are_refused(fmt, name, message, tmp_path):
    with pytest.raises(ConfigError, match=message):
        export_project(trained_project(CASES["dropout"]()), fmt, tmp_path / name)


def test_an_unwritable_folder_is_a_clear_error(tmp_path):
    with pytest.raises(LayerLabError, match="cannot write the file"):
        export_project(trained_project(CASES["dropout"]()), "onnx", tmp_path / "missing" / "m.onnx")


def test_a_failed_write_leaves_the_previous_export_and_no_temporary_files(tmp_path, monkeypatch):
    project = trained_project(CASES["dropout"]())
    first = export_project(project, "pytorch", tmp_path / "m.py")
    before = {p: p.read_bytes() for p in first}
    calls = itertools.count()

    def failing_fsync(fd):
        if next(calls) == 1:  # the second file (the weights)
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_lib.os, "fsync", failing_fsync)
    project.weights = {n: {k: v + 1 for k, v in p.items()} for n, p in project.weights.items()}
    with pytest.raises(LayerLabError, match="No space left on device"):
        export_project(project, "pytorch", tmp_path / "m.py")
    assert {p: p.read_bytes() for p in first} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz", "m.py"]


def test_default_paths_sit_beside_the_project_and_import_cleanly(tmp_path):
    project_path = tmp_path / "My Circle (v2).layerlab"
    assert default_path(project_path, "onnx") == tmp_path / "My Circle (v2).onnx"
    assert default_path(project_path, "pytorch") == tmp_path / "my_circle_v2_torch.py"
    assert default_path(project_path, "keras") == tmp_path / "my_circle_v2_keras.py"
    assert default_path(tmp_path / "2024.layerlab", "keras") == tmp_path / "model_2024_keras.py"


def test_exporting_and_serving_never_import_torch_or_keras(tmp_path):
    """The app ships without torch and keras: their exporters only write text and arrays."""
    script = f"""
import sys
from engine import cli, serving
from engine.export import export_project
from engine.model import Sequential
from engine import layers
from engine.project import Project

model = Sequential([layers.Input((2,)), layers.Dense(3, activation="relu"), layers.Dense(1)], seed=0)
model.network
project = Project.from_model(model)
for fmt, name in [("onnx", "m.onnx"), ("pytorch", "t.py"), ("keras", "k.py")]:
    export_project(project, fmt, {str(tmp_path)!r} + "/" + name)
serving.load_predictor({str(tmp_path)!r} + "/m.onnx")
print(sorted(m for m in ("torch", "keras", "tensorflow", "jax") if m in sys.modules))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
