"""The layerlab command line: real projects in, exit codes and messages out."""

import json
import shutil
from pathlib import Path

import pytest

from engine.cli import EXIT_BAD_INPUT, EXIT_OK, main
from engine.project import Project

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


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


def test_train_reaches_high_accuracy_and_saves(tmp_path, capsys):
    path = tmp_path / "circle.layerlab"
    shutil.copy(EXAMPLES / "circle_tanh.layerlab", path)
    assert main(["train", str(path), "--epochs", "40", "--save"]) == EXIT_OK
    out = capsys.readouterr().out
    final = next(line for line in out.splitlines() if line.startswith("Epoch 40/40"))
    accuracy = float(final.split("val_accuracy: ")[1])
    assert accuracy >= 0.95
    trained = Project.load(path)
    assert trained.weights, "--save stores the trained weights"
    assert trained.training["epochs"] == 100, "the project's own settings are kept"


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


def test_datasets_lists_generators(capsys):
    assert main(["datasets"]) == EXIT_OK
    out = capsys.readouterr().out
    for name in ("circle", "xor", "gaussians", "spiral", "moons"):
        assert name in out


def test_no_command_is_a_usage_error():
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
