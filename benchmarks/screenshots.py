"""Screenshots of the main window in its main states, for looking at and for the README.

    .venv/bin/python benchmarks/screenshots.py OUT_DIR

Runs offscreen (no display needed) with throw-away settings, so it never touches the user's
recent files or recovery folder. Also prints how long the window took to become visible.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engine.graph import Disconnect, SetConfig  # noqa: E402
from gui.app import create_main_window  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.templates import template  # noqa: E402

SPIRAL = ROOT / "resources" / "examples" / "spiral_relu.layerlab"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def save(window: MainWindow, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")


def node_id(window: MainWindow, name: str) -> str:
    return next(n.id for n in window.document.graph.nodes.values() if n.name == name)


def viewport_point(window: MainWindow, scene_point) -> QPoint:
    return window.view.mapFromScene(scene_point)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    scratch = Path(tempfile.mkdtemp(prefix="layerlab-shots-"))
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    start = time.perf_counter()
    window = create_main_window(SPIRAL)
    window.resize(1440, 900)
    window.show()
    QApplication.processEvents()
    print(f"window built and shown in {time.perf_counter() - start:.2f} s (after imports)")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
