"""``layerlab --selftest`` and friends from the Python install (the frozen app's run is in
test_frozen_app.py): a pass with its summary, a failure with a plain message and exit status 1;
and the app's clean exit while the clipboard holds copied layers."""

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _layerlab(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    command = [sys.executable, "-m", "gui.app", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


def test_selftest_trains_on_the_jit_draws_every_plot_and_reports(tmp_path):
    result = _layerlab("--selftest", "--screenshots", str(tmp_path / "shots"), tmp_path=tmp_path)
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "SELFTEST PASSED" in out and f"{version('layerlab')} (Python)" in out
    for line in ("versions", "lesson", "JIT warm-up", "threading layer", "BLAS", "numba cache", "plots"):
        assert f"  {line} " in out, line
    assert "05 activation-functions" in out and "1 epoch on the JIT backend" in out
    drawn = int(out.split("  plots")[1].split("drawn")[0])
    assert drawn == len(list((tmp_path / "shots").glob("*PlotDock.png"))) >= 6
    assert not (tmp_path / "config").exists()  # the user's settings were not touched


def test_selftest_failure_says_why_and_exits_1(tmp_path):
    result = _layerlab("--selftest", "--lesson", "99", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "SELFTEST FAILED: no lesson with id 99" in result.stderr
    assert "Traceback" not in result.stderr


def test_version_option(tmp_path):
    result = _layerlab("--version", tmp_path=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == f"LayerLab {version('layerlab')}"


QUIT_WITH_COPIED_LAYERS = """
from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtWidgets import QApplication
from gui.app import _application
from gui.canvas.mime import NODES_MIME

app = _application()
mime = QMimeData()
mime.setData(NODES_MIME, b"{}")
QApplication.clipboard().setMimeData(mime)
QTimer.singleShot(0, app.quit)
app.exec()
left = QApplication.clipboard().mimeData()
print("left on the clipboard:", [] if left is None else left.formats())
"""


def test_quitting_with_copied_layers_exits_cleanly(tmp_path):
    """Qt crashes at exit (SIGSEGV) while the clipboard owns data the app copied; the app hands
    the clipboard back when it quits."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    command = [sys.executable, "-c", QUIT_WITH_COPIED_LAYERS]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "left on the clipboard: []" in result.stdout
