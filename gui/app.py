"""Entry points. ``layerlab`` opens the window; ``layerlab <command> …`` runs the command line.

Qt is imported only when a window is opened, so ``layerlab train …`` works on a machine with
no display and without loading Qt at all.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.main_window import MainWindow

#: Arguments ending in these open the window with that project instead of the command line.
PROJECT_SUFFIXES = (".layerlab", ".json")


def _application():
    """The QApplication, created on first use with LayerLab's names (used by QSettings)."""
    from PySide6.QtWidgets import QApplication

    from gui import main_thread_gc
    from gui.pyside_refcounts import protect_singletons

    protect_singletons()
    if not QApplication.organizationName():
        QApplication.setOrganizationName("LayerLab")
        QApplication.setApplicationName("LayerLab")
    app = QApplication.instance() or QApplication(sys.argv[:1] or ["layerlab"])
    main_thread_gc.install(app)
    return app


def create_main_window(project_path: str | Path | None = None) -> "MainWindow":
    """Build the main window without entering the event loop (tests, screenshots, self-test).

    With ``project_path`` the project is opened (ProjectFileError if it cannot be read);
    without, the default template is shown, ready to train.
    """
    _application()
    from gui.main_window import MainWindow
    from gui.templates import DEFAULT_TEMPLATE

    window = MainWindow()
    if project_path is None:
        window.document.set_project(DEFAULT_TEMPLATE.build())
    else:
        window.files.load(project_path)
    return window


def _run_window(project_path: str | None) -> int:
    app = _application()
    from PySide6.QtCore import QTimer

    window = create_main_window()
    window.show()
    if project_path is not None:
        window.files.open_path(project_path)
    else:
        QTimer.singleShot(0, window.files.offer_restore)
    return app.exec()


def main(argv: Sequence[str] | None = None) -> int:
    """``layerlab`` [PROJECT] opens the window; ``layerlab info|train|datasets …`` runs headless."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (len(args) == 1 and args[0].lower().endswith(PROJECT_SUFFIXES)):
        return _run_window(args[0] if args else None)
    from engine import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
