"""The console entry point and the templates."""

import subprocess
import sys
from pathlib import Path

from gui.templates import TEMPLATES, template

ROOT = Path(__file__).resolve().parents[2]


def test_cli_subcommands_run_headless_without_qt():
    code = (
        "import sys; from gui.app import main; rc = main(['datasets']); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "circle" in result.stdout


def test_every_template_is_a_valid_network():
    for t in TEMPLATES:
        project = t.build()
        assert project.graph.analyze().errors == [], t.key


def test_keras_template_matches_the_notes():
    graph = template("keras_digits").build().graph
    rows = graph.summary_rows()
    assert [(label, shape) for _, label, shape, _ in rows] == [
        ("Input", (8, 8)),
        ("Flatten", (64,)),
        ("Dense", (128,)),
        ("Dropout", (128,)),
        ("Dense", (10,)),
        ("Output", (10,)),
    ]


def test_new_from_template_menu(window):
    window.files.new_project(template("playground_xor"))
    assert window.document.project.dataset["name"] == "xor"
    assert not window.document.dirty and window.undo_action.isEnabled() is False
