"""``layerlab export`` and ``layerlab predict`` on exported ONNX models, from the command line.

The example projects are trained briefly, exported, and the exports must reproduce LayerLab's
predictions on the project's own test split (the issue's bar: max abs diff ≤ 1e-5), with the
fitted input scaling carried inside the exported model.
"""

import importlib.util
import os
import shutil
import uuid
from pathlib import Path

import numpy as np
import pytest

os.environ["KERAS_BACKEND"] = "torch"

import onnxruntime
import torch

from engine import experiment
from engine.cli import EXIT_BAD_INPUT, EXIT_OK, main
from engine.project import Project

pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation:DeprecationWarning")

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def trained_example(tmp_path: Path, name: str, epochs: int = 2) -> Path:
    path = tmp_path / name
    shutil.copy(EXAMPLES / name, path)
    assert main(["train", str(path), "--epochs", str(epochs), "--backend", "reference"]) == EXIT_OK
    return path


def import_file(path: Path):
    spec = importlib.util.spec_from_file_location(f"exported_{uuid.uuid4().hex}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_digits_exports_match_layerlab_on_the_test_split(tmp_path, capsys):
    """8×8 inputs, Flatten, Dropout, softmax, and min-max scaling inside every export."""
    path = trained_example(tmp_path, "digits_keras.layerlab", epochs=1)
    for fmt in ("onnx", "pytorch", "keras"):
        assert main(["export", str(path), "--format", fmt]) == EXIT_OK
    out = capsys.readouterr().out
    assert "digits_keras_torch.npz" in out and "digits_keras_keras.py" in out

    project = Project.load(path)
    assert isinstance(project.scaling, dict) and project.scaling["name"] == "minmax"
    model = project.to_model()
    prepared = experiment.prepare(project, model, tmp_path)
    raw, _ = experiment.shaped(prepared.dataset.x, model.network.input_shape, "digits")
    x_test = raw[prepared.split.test].astype(np.float32)
    expected = model.predict(prepared.test[0])

    session = onnxruntime.InferenceSession(
        str(tmp_path / "digits_keras.onnx"), providers=["CPUExecutionProvider"]
    )
    got = {"onnx": session.run(None, {"inputs": x_test})[0]}
    with torch.no_grad():
        got["pytorch"] = (
            import_file(tmp_path / "digits_keras_torch.py").load_model()(torch.as_tensor(x_test)).numpy()
        )
    got["keras"] = import_file(tmp_path / "digits_keras_keras.py").load_model().predict(x_test, verbose=0)
    for fmt, y in got.items():
        assert np.abs(np.asarray(y) - expected).max() <= 1e-5, fmt


def predictions(csv_text: str) -> np.ndarray:
    rows = [line.split(",") for line in csv_text.strip().splitlines()[1:]]
    return np.array([[float(v) for v in r[2:-1]] for r in rows])


def test_predict_on_the_exported_onnx_model_matches_the_project(tmp_path, capsys):
    path = trained_example(tmp_path, "circle_tanh.layerlab")
    onnx_path = tmp_path / "circle.onnx"
    assert main(["export", str(path), "--format", "onnx", "-o", str(onnx_path)]) == EXIT_OK
    inputs = tmp_path / "x.csv"
    inputs.write_text("a,b\n0,0\n1.8,0.1\n-0.3,0.9\n")
    capsys.readouterr()
    assert main(["predict", str(path), str(inputs)]) == EXIT_OK
    from_project = capsys.readouterr().out
    assert main(["predict", str(onnx_path), str(inputs)]) == EXIT_OK
    from_onnx = capsys.readouterr().out
    assert from_onnx.splitlines()[0] == from_project.splitlines()[0] == "a,b,p(1),class"
    assert [r.rsplit(",", 1)[1] for r in from_onnx.splitlines()[1:]] == [
        r.rsplit(",", 1)[1] for r in from_project.splitlines()[1:]
    ]
    np.testing.assert_allclose(predictions(from_onnx), predictions(from_project), atol=1e-5)


def test_predict_with_onnx_checks_the_sample_shape(tmp_path, capsys):
    path = trained_example(tmp_path, "circle_tanh.layerlab", epochs=1)
    assert main(["export", str(path), "--format", "onnx"]) == EXIT_OK
    inputs = tmp_path / "x.csv"
    inputs.write_text("1,2,3\n")
    assert main(["predict", str(tmp_path / "circle_tanh.onnx"), str(inputs)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "x.csv" in err and "expects (2,)" in err and "Traceback" not in err


def test_export_without_trained_weights_says_so(tmp_path, capsys):
    path = tmp_path / "circle.layerlab"
    shutil.copy(EXAMPLES / "circle_tanh.layerlab", path)
    assert main(["export", str(path), "--format", "pytorch"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "no trained weights yet" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["circle.layerlab"]


def test_export_to_a_wrong_suffix_is_a_clear_error(tmp_path, capsys):
    path = trained_example(tmp_path, "circle_tanh.layerlab", epochs=1)
    assert (
        main(["export", str(path), "--format", "keras", "-o", str(tmp_path / "model.onnx")]) == EXIT_BAD_INPUT
    )
    assert "written to a .py file" in capsys.readouterr().err


def test_export_needs_a_known_format():
    with pytest.raises(SystemExit) as exc:
        main(["export", "p.layerlab", "--format", "tflite"])
    assert exc.value.code == 2


@pytest.mark.parametrize("content", [b"", b"not an onnx model", b"\x08\x07" * 50])
def test_predict_on_a_broken_onnx_file_exits_2(tmp_path, capsys, content):
    model = tmp_path / "broken.onnx"
    model.write_bytes(content)
    inputs = tmp_path / "x.csv"
    inputs.write_text("1,2\n")
    assert main(["predict", str(model), str(inputs)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "broken.onnx" in err and "not an ONNX model" in err and "Traceback" not in err


def test_predict_on_a_missing_onnx_file_exits_2(tmp_path, capsys):
    assert main(["predict", str(tmp_path / "nope.onnx"), str(tmp_path / "x.csv")]) == EXIT_BAD_INPUT
    assert "no such file" in capsys.readouterr().err
