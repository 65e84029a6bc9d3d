"""The layerlab command line: real projects in, exit codes and messages out."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from engine.cli import EXIT_BAD_INPUT, EXIT_OK, main
from engine.project import Project

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"


def copy_example(tmp_path, name):
    path = tmp_path / name
    shutil.copy(EXAMPLES / name, path)
    return path


def last_line(out: str, prefix: str) -> str:
    return next(line for line in reversed(out.splitlines()) if line.startswith(prefix))


def metric(line: str, name: str) -> float:
    return float(line.split(f"{name}: ")[1].split()[0])


def test_info_prints_summary_and_no_problems(capsys):
    assert main(["info", str(EXAMPLES / "circle_tanh.layerlab")]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Total params: 105" in out
    assert "ready to train" in out


def test_info_lists_problems_with_node_names(tmp_path, capsys):
    project = Project.load(EXAMPLES / "circle_tanh.layerlab")
    dense = next(n for n in project.graph.nodes.values() if n.type == "dense")
    dense.config["units"] = 0
    path = tmp_path / "broken.layerlab"
    project.save(path)
    assert main(["info", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"error: [{dense.name}]" in out
    assert "units must be ≥ 1, got 0" in out


def test_train_circle_reaches_95_percent_on_the_test_split_and_saves(tmp_path, capsys):
    path = copy_example(tmp_path, "circle_tanh.layerlab")
    out_path = tmp_path / "trained.layerlab"
    assert (
        main(["train", str(path), "--epochs", "40", "--backend", "reference", "-o", str(out_path)]) == EXIT_OK
    )
    out = capsys.readouterr().out
    assert metric(last_line(out, "Test:"), "accuracy") >= 0.95
    assert "Epoch 40/40" in out and "samples/s" in out
    trained = Project.load(out_path)
    assert trained.weights, "the trained weights are saved"
    assert trained.training["epochs"] == 100, "the project's own settings are kept"
    assert not Project.load(path).weights, "-o leaves the original project alone"


def test_digits_keras_example_reaches_95_percent_test_accuracy(tmp_path, capsys):
    path = copy_example(tmp_path, "digits_keras.layerlab")
    assert main(["train", str(path), "--backend", "reference"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "reshaped from (64,) to (8, 8)" in out  # said, not silently done
    assert metric(last_line(out, "Test:"), "accuracy") >= 0.95


def test_every_example_trains_out_of_the_box(tmp_path, capsys):
    for example in sorted(EXAMPLES.glob("*.layerlab")):
        path = copy_example(tmp_path, example.name)
        assert main(["train", str(path), "--epochs", "2", "--backend", "reference"]) == EXIT_OK, example.name
        assert Project.load(path).weights


def test_evaluate_and_predict_use_the_saved_scaling(tmp_path, capsys):
    path = copy_example(tmp_path, "sine_regression.layerlab")
    assert main(["train", str(path), "--epochs", "60", "--backend", "reference"]) == EXIT_OK
    test_line = last_line(capsys.readouterr().out, "Test:")
    assert main(["evaluate", str(path)]) == EXIT_OK
    evaluated = last_line(capsys.readouterr().out, "test (")
    assert metric(evaluated, "loss") == pytest.approx(metric(test_line, "loss"), abs=1e-4)

    inputs = tmp_path / "x.csv"
    inputs.write_text("x\n0.0\n1.5707963\n-1.5707963\n")
    output = tmp_path / "y.csv"
    assert main(["predict", str(path), str(inputs), "-o", str(output)]) == EXIT_OK
    rows = output.read_text().splitlines()
    assert rows[0] == "x,prediction"
    predicted = np.array([float(r.split(",")[1]) for r in rows[1:]])
    np.testing.assert_allclose(predicted, [0.0, 1.0, -1.0], atol=0.2)


def test_predict_names_classes_and_needs_trained_weights(tmp_path, capsys):
    path = copy_example(tmp_path, "circle_tanh.layerlab")
    inputs = tmp_path / "x.csv"
    inputs.write_text("0,0\n1.8,0.1\n")
    assert main(["predict", str(path), str(inputs)]) == EXIT_BAD_INPUT
    assert "no trained weights yet" in capsys.readouterr().err
    assert main(["train", str(path), "--epochs", "40", "--backend", "reference"]) == EXIT_OK
    capsys.readouterr()
    assert main(["predict", str(path), str(inputs)]) == EXIT_OK
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "column 1,column 2,p(1),class"
    assert [r.rsplit(",", 1)[1] for r in rows[1:]] == ["1", "0"]  # inside the disc, on the ring


def test_predict_with_the_wrong_number_of_features_says_so(tmp_path, capsys):
    path = copy_example(tmp_path, "circle_tanh.layerlab")
    main(["train", str(path), "--epochs", "1", "--backend", "reference"])
    inputs = tmp_path / "x.csv"
    inputs.write_text("1,2,3\n")
    assert main(["predict", str(path), str(inputs)]) == EXIT_BAD_INPUT
    assert "the network's Input expects (2,)" in capsys.readouterr().err


BAD_FILES = {
    "ragged": ("a,b,label\n1,2,x\n3,4\n", "row 3"),
    "non-numeric": ("a,b,label\n1,2,x\n1,two,y\n", "row 3, column 2 ('b')"),
    "empty": ("", "the file is empty"),
    "single class": ("a,b,label\n1,2,x\n3,4,x\n", "at least two classes"),
    "nan": ("a,b,label\n1,2,x\n3,nan,y\n", "row 3, column 2 ('b')"),
    "label missing": ("a,b,c\n1,2,x\n3,4,y\n", "no column named 'label'"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_every_bad_data_file_exits_2_with_its_message(tmp_path, capsys, kind):
    text, expected = BAD_FILES[kind]
    (tmp_path / "data.csv").write_text(text)
    project = json.loads((EXAMPLES / "circle_tanh.layerlab").read_text())
    project["dataset"] = {"name": "csv", "path": "data.csv", "label": "label"}
    path = tmp_path / "p.layerlab"
    path.write_text(json.dumps(project))
    assert main(["train", str(path), "--backend", "reference"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "data.csv" in err and expected in err
    assert "Traceback" not in err


def test_a_file_too_large_for_memory_exits_2(tmp_path, capsys, monkeypatch):
    from engine.data import files

    monkeypatch.setattr(files, "available_memory", lambda: 10)
    (tmp_path / "data.csv").write_text("a,b,label\n1,2,x\n3,4,y\n")
    project = json.loads((EXAMPLES / "circle_tanh.layerlab").read_text())
    project["dataset"] = {"name": "csv", "path": "data.csv", "label": "label"}
    path = tmp_path / "p.layerlab"
    path.write_text(json.dumps(project))
    assert main(["train", str(path)]) == EXIT_BAD_INPUT
    assert "memory" in capsys.readouterr().err


def test_divergence_exits_2_with_a_hint(tmp_path, capsys):
    path = copy_example(tmp_path, "sine_regression.layerlab")
    project = json.loads(path.read_text())
    project["training"]["optimizer"] = {"name": "sgd", "learning_rate": 1000.0}
    path.write_text(json.dumps(project))
    assert main(["train", str(path), "--backend", "reference"]) == EXIT_BAD_INPUT
    out = capsys.readouterr().out
    assert "Training diverged" in out and "learning rate of 1000 is too high" in out
    assert not Project.load(path).weights, "a diverged run is not saved over the project"


def test_bad_file_exits_2_with_message_and_no_traceback(tmp_path, capsys):
    path = tmp_path / "nonsense.layerlab"
    path.write_text("this is not a project")
    assert main(["info", str(path)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert str(path) in err and "not a LayerLab project" in err
    assert "Traceback" not in err


def test_unknown_dataset_exits_2(tmp_path, capsys):
    data = json.loads((EXAMPLES / "circle_tanh.layerlab").read_text())
    data["dataset"] = {"name": "circles"}
    path = tmp_path / "p.layerlab"
    path.write_text(json.dumps(data))
    assert main(["train", str(path)]) == EXIT_BAD_INPUT
    assert "unknown data set 'circles'" in capsys.readouterr().err


def test_datasets_lists_generated_and_bundled_sets(capsys):
    assert main(["datasets"]) == EXIT_OK
    out = capsys.readouterr().out
    for name in ("circle", "xor", "gaussians", "spiral", "moons", "sine", "digits", "iris"):
        assert name in out


def test_no_command_is_a_usage_error():
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal")
def test_ctrl_c_stops_cleanly_and_saves(tmp_path):
    path = copy_example(tmp_path, "circle_tanh.layerlab")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "engine.cli", "train", str(path), "--epochs", "100000"]
    proc = subprocess.Popen(
        [*command, "--backend", "reference"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 60
    for line in proc.stdout:
        if line.startswith("Epoch 3/") or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_OK, err
    assert "Stopped: saving what was trained so far." in out
    assert "Traceback" not in err
    assert Project.load(path).weights
