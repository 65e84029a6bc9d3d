"""Names typed by users never reach exported code as they are: hostile names, safe exports.

A project file is data someone may have sent. Its layer names and class names can hold quotes,
newlines, code, keywords, Unicode, and names that collide once made into identifiers; the
exported files must still be valid, must not run any of it, and must predict correctly.
"""

import ast
import contextlib
import importlib.util
import io
import keyword
import os
import re
import uuid

import numpy as np
import pytest

os.environ["KERAS_BACKEND"] = "torch"

import onnx
import onnxruntime
import torch
from torch import nn

from engine import experiment, layers
from engine.export import export_project
from engine.export.names import RESERVED, TORCH_MODULE_ATTRIBUTES, Namer, is_safe_identifier, sanitize
from engine.export.onnx import CLASS_NAMES_KEY
from engine.graph import LayerGraph
from engine.model import Model
from engine.project import Project
from engine.serving import OnnxPredictor

pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation:DeprecationWarning")

#: Each would break, or run, if pasted into Python source.
HOSTILE_LAYER_NAMES = [
    "__import__('builtins').print('PWNED-1')",
    'x"); print("PWNED-2"); ("',
    "line one\nprint('PWNED-3')\n# ",
    "\\'; raise SystemExit('PWNED-4') #",
    "class",
    "lambda",
    "self",
    "training",  # an nn.Module attribute
    "forward",
    "torch",
    "weights",
    "Hidden 1",
    "hidden-1",  # the same identifier as "Hidden 1" once sanitised
    "HIDDEN_1",
    "1st layer",
    "Schicht ä",
    "隐藏层",  # nothing left after sanitising: falls back to the layer type
    "层",
    "\u2028\u2029\x00\x1b[31m",
    "a" * 300,
]
HOSTILE_CLASS_NAMES = ["it's", 'say "hi"\nprint("PWNED-5")', "\\x00\x00", "猫"]


def hostile_project() -> Project:
    """A chain of Dense layers named by HOSTILE_LAYER_NAMES, with a Concatenate of two of them."""
    g = LayerGraph()
    previous = g.add_layer(layers.Input((3,)), name="input")
    nodes = []
    for name in HOSTILE_LAYER_NAMES[:-2]:
        node = g.add_layer(layers.Dense(3, activation="tanh"))
        g.nodes[node].name = name
        g.connect(previous, node)
        nodes.append(node)
        previous = node
    joined = g.add_layer(layers.Concatenate())
    g.nodes[joined].name = HOSTILE_LAYER_NAMES[-2]
    g.connect(nodes[0], joined)
    g.connect(previous, joined)
    head = g.add_layer(layers.Dense(4, activation="softmax"))
    g.nodes[head].name = HOSTILE_LAYER_NAMES[-1]
    g.connect(joined, head)
    g.connect(head, g.add_layer(layers.Output(), name="output"))
    model = Model(g, seed=5)
    model.network  # builds the parameters  # noqa: B018
    rng = np.random.default_rng(0)
    for arrays in model.params.values():
        for p in arrays.values():
            p[...] = rng.normal(0, 0.5, p.shape)
    project = Project.from_model(model)
    project.training["class_names"] = HOSTILE_CLASS_NAMES
    return project


def import_file(path):
    spec = importlib.util.spec_from_file_location(f"exported_{uuid.uuid4().hex}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def project():
    return hostile_project()


@pytest.fixture(scope="module")
def reference(project):
    x = np.random.default_rng(1).normal(0, 1, (10, 3)).astype(np.float32)
    model = project.to_model()
    return x, model.predict(experiment.inputs_for_prediction(project, model, x, "test"))


def assert_inert(text: str) -> None:
    """The generated source holds no hostile name and nothing but our own simple strings."""
    assert text.isascii()
    for name in HOSTILE_LAYER_NAMES + HOSTILE_CLASS_NAMES:
        if not re.fullmatch(r"[a-z0-9_]+", name):
            for line in text.splitlines():
                if not line.startswith("CLASS_NAMES = "):
                    assert name not in line
    tree = ast.parse(text)
    class_names = None
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "CLASS_NAMES":
            class_names = ast.literal_eval(node.value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            is_doc = node.value.startswith(("PyTorch model exported", "Keras 3 model exported"))
            assert (
                is_doc
                or re.fullmatch(r"[A-Za-z0-9_./ ()`,;:'\"=-]*", node.value)
                or node.value in HOSTILE_CLASS_NAMES
            ), node.value
    assert class_names == tuple(HOSTILE_CLASS_NAMES), "class names survive exactly, as escaped literals"


@pytest.mark.parametrize("fmt", ["pytorch", "keras"])
def test_hostile_names_become_inert_identifiers_in_code(fmt, project, reference, tmp_path, capfd):
    path = tmp_path / f"hostile_{fmt}.py"
    export_project(project, fmt, path)
    text = path.read_text(encoding="utf-8")
    assert_inert(text)
    module = import_file(path)
    model = module.load_model()
    x, expected = reference
    if fmt == "pytorch":
        with torch.no_grad():
            got = model(torch.as_tensor(x)).numpy()
    else:
        got = np.asarray(model.predict(x, verbose=0))
    np.testing.assert_allclose(got, expected, atol=1e-5)
    out, err = capfd.readouterr()
    assert "PWNED" not in out + err
    assert tuple(HOSTILE_CLASS_NAMES) == module.CLASS_NAMES


def test_hostile_names_in_onnx_are_identifiers_and_class_names_are_data(project, reference, tmp_path):
    path = tmp_path / "hostile.onnx"
    export_project(project, "onnx", path)
    model = onnx.load(str(path))
    names = [n.name for n in model.graph.node] + [i.name for i in model.graph.initializer]
    assert all(re.fullmatch(r"[a-z0-9_./'-]+", n) for n in names), names
    props = {p.key: p.value for p in model.metadata_props}
    assert props[CLASS_NAMES_KEY].startswith("[")
    assert OnnxPredictor(path).class_names == tuple(HOSTILE_CLASS_NAMES)
    x, expected = reference
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    np.testing.assert_allclose(session.run(None, {"inputs": x})[0], expected, atol=1e-5)


def test_every_identifier_is_unique_and_safe():
    namer = Namer()
    made = [namer.claim(name, "dense") for name in HOSTILE_LAYER_NAMES]
    assert len(set(made)) == len(made)
    assert all(is_safe_identifier(m) and m.isidentifier() and not keyword.iskeyword(m) for m in made)
    assert made[11:14] == ["hidden_1", "hidden_1_2", "hidden_1_3"]
    assert made[4:10] == [
        "class_layer",
        "lambda_layer",
        "self_layer",
        "training_layer",
        "forward_layer",
        "torch_layer",
    ]
    assert made[14:18] == ["layer_1st_layer", "schicht_a", "dense", "dense_2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hidden Layer #2", "hidden_layer_2"), ("__init__", "init"), ("Ünïcödé", "unicode"), ("---", "")],
)
def test_sanitize(text, expected):
    assert sanitize(text) == expected


def test_torch_module_attributes_are_all_reserved():
    """If a new torch adds an nn.Module attribute, it must join the list (a layer would hide it)."""
    public = {n for n in dir(nn.Module()) if not n.startswith("_")}
    assert public <= TORCH_MODULE_ATTRIBUTES <= RESERVED


def test_nothing_from_the_file_is_executed_on_export(tmp_path):
    """Exporting only writes files: a hostile project exports without printing anything."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        for fmt, name in [("onnx", "a.onnx"), ("pytorch", "b.py"), ("keras", "c.py")]:
            export_project(hostile_project(), fmt, tmp_path / name)
    assert "PWNED" not in buffer.getvalue()
