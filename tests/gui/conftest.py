"""GUI tests run offscreen, with throw-away settings and recovery folders, and never block on
a dialog: every question a window would ask is answered by the test (default: discard)."""

import gc
import os
import shutil
import threading
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

import gui.files
from gui.app import create_main_window
from gui.files import FileController
from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"


@pytest.fixture(autouse=True, scope="session")
def examples_stay_untouched():
    """No test may save over a bundled example (they are opened from copies)."""
    before = {p.name: p.read_bytes() for p in EXAMPLES.glob("*.layerlab")}
    yield
    after = {p.name: p.read_bytes() for p in EXAMPLES.glob("*.layerlab") if p.name in before}
    assert after == before


@pytest.fixture(autouse=True, scope="session")
def collector_back_to_python():
    """The window collects garbage on the GUI thread only (gui/main_thread_gc.py); tests that
    run after these get Python's own collection back."""
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def threads_end_with_their_window():
    """Every trainer and view thread a test's windows started is gone once they are closed
    (qtbot closes them before this fixture's teardown runs); their garbage is collected here, on
    the GUI thread."""
    yield
    gc.collect()
    deadline = time.perf_counter() + 2.0
    names = ("layerlab-trainer", "layerlab-views")
    while time.perf_counter() < deadline:
        alive = [t.name for t in threading.enumerate() if t.name in names and t.is_alive()]
        if not alive:
            return
        time.sleep(0.02)
    raise AssertionError(f"threads still running after the test: {alive}")


@pytest.fixture(autouse=True)
def isolated_storage(tmp_path, monkeypatch):
    """Settings (recent files, layout) and recovery files go to this test's own folder."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    # The interface follows the system's language (gui/i18n.py); the tests read English texts,
    # also on a machine set to Chinese.
    QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LayerLab", "LayerLab").setValue(
        "language", "en"
    )
    recovery = tmp_path / "recovery"
    monkeypatch.setattr(gui.files, "default_recovery_dir", lambda: recovery)
    return recovery


@pytest.fixture
def dialogs(monkeypatch):
    """Answers for the window's questions, and a record of what it showed."""

    class Answers:
        save_changes = QMessageBox.StandardButton.Discard
        save_path: Path | None = None
        open_path: Path | None = None
        restore = True
        errors: list[str] = []  # noqa: RUF012 (one instance per test)
        asked: list[str] = []  # noqa: RUF012

    answers = Answers()
    answers.errors, answers.asked = [], []

    def ask_save_changes(self):
        answers.asked.append("save_changes")
        return answers.save_changes

    monkeypatch.setattr(FileController, "ask_save_changes", ask_save_changes)
    monkeypatch.setattr(FileController, "ask_save_path", lambda self: answers.save_path)
    monkeypatch.setattr(FileController, "ask_open_path", lambda self: answers.open_path)
    monkeypatch.setattr(FileController, "ask_restore", lambda self, recovery: answers.restore)
    monkeypatch.setattr(FileController, "show_error", lambda self, text: answers.errors.append(text))
    return answers


@pytest.fixture
def make_window(qtbot, dialogs):
    """Build shown main windows (closed again at teardown by qtbot)."""

    def make(project_path: Path | str | None = None) -> MainWindow:
        window = create_main_window(project_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    """The window as a user first sees it: the default template."""
    return make_window()


@pytest.fixture
def spiral(make_window, tmp_path) -> MainWindow:
    """The spiral example, opened from a copy (a test's Save must never touch resources/)."""
    copy = tmp_path / "spiral_relu.layerlab"
    shutil.copyfile(EXAMPLES / "spiral_relu.layerlab", copy)
    return make_window(copy)


@pytest.fixture
def example(make_window, tmp_path):
    """``example("circle_tanh")``: a bundled example opened from a copy, set to train on the
    reference backend (no numba compile time in tests)."""

    def open_copy(name: str) -> MainWindow:
        copy = tmp_path / f"{name}.layerlab"
        shutil.copyfile(EXAMPLES / f"{name}.layerlab", copy)
        window = make_window(copy)
        combo = window.training.panel.backend
        combo.setCurrentIndex(combo.findData("reference"))
        assert window.document.project.training["backend"] == "reference"
        return window

    return open_copy


@pytest.fixture
def circle(example) -> MainWindow:
    return example("circle_tanh")


@pytest.fixture
def node_named():
    """``node_named(window, "dense")``: the id of the layer a user knows by that name."""

    def find(window: MainWindow, name: str) -> str:
        return next(n.id for n in window.document.graph.nodes.values() if n.name == name)

    return find


@pytest.fixture(autouse=True)
def empty_clipboard(qapp):
    """Leave no copied layers behind: Qt crashes at exit (SIGSEGV after every test passed) when
    the application is torn down while the clipboard still owns mime data it was given."""
    yield
    qapp.clipboard().clear()
