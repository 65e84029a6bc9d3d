"""Screenshots of the main window in its main states, for looking at and for the README.

The empty window first, then editing states (the spiral example loaded, the inspector, a broken
graph with its problems listed, a refused connection, templates), then training: the circle
while it trains and paused (loss landscape, activations, gradient flow tabs), the spiral after
training, the digits with their confusion matrix.

    .venv/bin/python benchmarks/screenshots.py OUT_DIR [--readme docs/screenshot.png] [--language zh_CN]

Runs offscreen (no display needed) with throw-away settings, so it never touches the user's
recent files or recovery folder. Also prints how long the window took to become visible,
counted from the start of this script (so with every import), the figure DESIGN.md's
"main window visible ≤ 2 s" is about. ``--readme`` also saves the circle-while-training
picture there, scaled to 1200 pixels wide (the README's screenshot). ``--language`` takes every
picture in that interface language (``en`` or ``zh_CN``), to look for untranslated text.
"""

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engine.graph import Disconnect, SetConfig  # noqa: E402
from gui import i18n  # noqa: E402
from gui.app import create_main_window  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.templates import template  # noqa: E402

SPIRAL = ROOT / "resources" / "examples" / "spiral_relu.layerlab"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


#: Where ``--readme`` saves its picture, by state (absent: not asked for).
README_SHOTS: dict[str, Path] = {}
README_WIDTH = 1200


def save(window: MainWindow, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    picture = window.grab()
    picture.save(str(path))
    print(f"wrote {path}")
    if (shot := README_SHOTS.get(name)) is not None:
        shot.parent.mkdir(parents=True, exist_ok=True)
        scaled = picture.scaledToWidth(README_WIDTH, Qt.TransformationMode.SmoothTransformation)
        scaled.save(str(shot), "PNG", 9)
        print(f"wrote {shot} ({shot.stat().st_size // 1024} KB)")


def node_id(window: MainWindow, name: str) -> str:
    return next(n.id for n in window.document.graph.nodes.values() if n.name == name)


def viewport_point(window: MainWindow, scene_point) -> QPoint:
    return window.view.mapFromScene(scene_point)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--readme", type=Path, help="also save the README's screenshot here")
    parser.add_argument("--language", choices=sorted(i18n.LANGUAGES), default="en", help="interface language")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.readme is not None:
        README_SHOTS["07_circle_training"] = args.readme

    scratch = Path(tempfile.mkdtemp(prefix="layerlab-shots-"))
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    start = time.perf_counter()
    window = create_main_window()
    i18n.set_language(args.language)  # remembered in the throw-away settings only
    window.resize(1440, 900)
    window.show()
    QApplication.processEvents()
    shown = time.perf_counter()
    print(
        f"window visible {shown - STARTED:.2f} s after this script started (imports "
        f"{start - STARTED:.2f} s, building and showing the window {shown - start:.2f} s)"
    )
    window.files.new_project()
    save(window, args.out, "00_empty")

    window.files.open_path(SPIRAL)
    window.view.fit_to_view()
    save(window, args.out, "01_spiral_example")

    document = window.document
    document.select([node_id(window, "dense_1")])
    save(window, args.out, "02_inspector_dense")

    with document.macro("break it"):
        document.execute(SetConfig(node_id(window, "dense_1"), {"units": 0}))
        document.execute(Disconnect(node_id(window, "dense_2"), node_id(window, "output")))
    document.select([node_id(window, "dense_1")])
    save(window, args.out, "03_problems")
    document.undo_stack.undo()

    # A connection being dragged onto a layer that refuses it (an Input takes no inputs).
    source = window.scene.nodes[node_id(window, "dense")].output_port
    target = window.scene.nodes[node_id(window, "input")]
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=viewport_point(window, source.scene_center()))
    QTest.mouseMove(viewport, viewport_point(window, target.sceneBoundingRect().center()))
    save(window, args.out, "04_connect_refused")
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, pos=viewport_point(window, target.sceneBoundingRect().center())
    )

    document.mark_clean()  # so that replacing the project asks nothing
    window.files.new_project(template("keras_digits"))
    document.select([node_id(window, "dense_1")])
    save(window, args.out, "05_keras_template")

    window.layer_palette.search.setText("norm")
    document.mark_clean()
    window.files.new_project()
    save(window, args.out, "06_blank_and_search")

    document.mark_clean()
    window.close()
    training_states(args.out, scratch)
    return 0


def wait_until(condition, timeout: float = 60.0) -> None:
    """Run the event loop until ``condition()`` holds (the worker's timer needs it)."""
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.005)


def open_example(name: str, scratch: Path, backend: str = "reference") -> MainWindow:
    """An example (from a copy), on a fixed backend so pictures do not depend on the JIT cache."""
    copy = scratch / f"{name}.layerlab"
    shutil.copyfile(ROOT / "resources" / "examples" / f"{name}.layerlab", copy)
    window = create_main_window(copy)
    window.resize(1440, 900)
    window.show()
    combo = window.training.panel.backend
    combo.setCurrentIndex(combo.findData(backend))
    wait_until(lambda: window.training.worker.session is not None)
    return window


def raise_tab(window: MainWindow, plot) -> None:
    plot.parentWidget().raise_()
    wait_until(plot.on_screen)


def training_states(out: Path, scratch: Path) -> None:
    """The window while and after training the circle, spiral and digits examples."""
    window = open_example("circle_tanh", scratch)
    ui = window.training
    ui.panel.epochs.setValue(0)  # until stopped, so there is a "while training" to show
    ui.panel.train_button.click()
    wait_until(lambda: ui.worker.epoch >= 15)
    save(window, out, "07_circle_training")
    ui.panel.train_button.click()  # pause
    wait_until(lambda: ui.worker.state == "paused" and not ui.worker.busy)
    ui.boundary.show_test.setChecked(True)
    raise_tab(window, ui.landscape)
    wait_until(lambda: ui.landscape.picture is not None and ui.landscape.picture.surface is not None, 300)
    wait_until(lambda: ui.landscape._state.full_at == ui.worker.step, 120)
    save(window, out, "08_circle_paused_landscape")
    window.document.select([node_id(window, "dense_1")])
    raise_tab(window, ui.activations)
    wait_until(lambda: ui.activations.histogram is not None)
    save(window, out, "09_circle_activations")
    raise_tab(window, ui.gradients)
    wait_until(lambda: ui.gradients.history.count > 0)
    save(window, out, "10_circle_gradient_flow")
    window.document.mark_clean()
    window.close()

    window = open_example("spiral_relu", scratch)
    ui = window.training
    ui.data.parentWidget().raise_()
    raise_tab(window, ui.boundary)  # the last window's tabs were restored: pick the output again
    ui.panel.train_button.click()
    wait_until(lambda: ui.worker.state == "finished" and not ui.worker.busy, 300)
    wait_until(lambda: ui.boundary.prediction_step == ui.worker.step)
    save(window, out, "11_spiral_trained")
    window.document.mark_clean()
    window.close()

    window = open_example("digits_keras", scratch)
    ui = window.training
    ui.data.parentWidget().raise_()
    ui.panel.epochs.setValue(5)
    raise_tab(window, ui.confusion)
    ui.panel.train_button.click()
    wait_until(lambda: ui.worker.state == "finished" and not ui.worker.busy, 300)
    wait_until(lambda: ui.confusion.matrix_step == ui.worker.step)
    save(window, out, "12_digits_trained")
    window.document.mark_clean()
    window.close()


if __name__ == "__main__":
    sys.exit(main())
