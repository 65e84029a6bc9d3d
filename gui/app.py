"""Entry points. ``layerlab`` opens the window; ``layerlab <command> …`` runs the command line.

Qt is imported only when a window is opened, so ``layerlab train …`` works on a machine with
no display and without loading Qt at all. Two options check and prepare an installation (see
:mod:`gui.selftest`): ``layerlab --selftest`` and ``layerlab --warm-cache``.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from gui.main_window import MainWindow

#: Arguments ending in these open the window with that project instead of the command line.
PROJECT_SUFFIXES = (".layerlab", ".json")
#: Options of the app itself (the rest of the command line belongs to engine.cli).
APP_OPTIONS = ("--selftest", "--warm-cache", "--version")


def installed_version() -> str:
    """LayerLab's version from its installed metadata (also inside the frozen app)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("layerlab")
    except PackageNotFoundError:
        return "unknown (not installed)"


def _application():
    """The QApplication, created on first use with LayerLab's names (used by QSettings)."""
    from PySide6.QtWidgets import QApplication

    from gui import i18n, main_thread_gc
    from gui.pyside_refcounts import protect_singletons

    protect_singletons()
    if not QApplication.organizationName():
        QApplication.setOrganizationName("LayerLab")
        QApplication.setApplicationName("LayerLab")
    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1] or ["layerlab"])
    if existing is None:
        # Qt crashes at exit while the clipboard still owns data LayerLab copied (canvas
        # layers): hand it back before the application object goes away.
        app.aboutToQuit.connect(lambda: QApplication.clipboard().clear())
    main_thread_gc.install(app)
    i18n.install(app)  # the remembered language, and a font that can show it
    return app


def create_main_window(
    project_path: str | Path | None = None,
    *,
    settings: "QSettings | None" = None,
    recovery_dir: Path | None = None,
) -> "MainWindow":
    """Build the main window without entering the event loop (tests, screenshots, self-test).

    With ``project_path`` the project is opened (ProjectFileError if it cannot be read);
    without, the default template is shown, ready to train. ``settings`` and ``recovery_dir``
    replace the user's own (the self-test must not change a lab machine's window layout).
    """
    _application()
    from gui.main_window import MainWindow
    from gui.templates import DEFAULT_TEMPLATE

    window = MainWindow(settings, recovery_dir)
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


def _app_option(args: list[str]) -> int:
    """``--selftest [--lesson ID] [--screenshots DIR]``, ``--warm-cache`` or ``--version``."""
    import argparse

    parser = argparse.ArgumentParser(prog="layerlab", description="Check or prepare this installation.")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--selftest",
        action="store_true",
        help="open the window offscreen, train a lesson for one epoch on the JIT, draw every plot",
    )
    group.add_argument(
        "--warm-cache", action="store_true", help="compile the JIT kernels into numba's cache, then exit"
    )
    group.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--lesson", default=None, help="the lesson id the self-test loads (default: 05)")
    parser.add_argument("--screenshots", type=Path, default=None, help="save the self-test's plots here")
    options = parser.parse_args(args)
    if options.version:
        print(f"LayerLab {installed_version()}")
        return 0
    from gui import selftest

    if options.warm_cache:
        return selftest.warm_cache()
    lesson = options.lesson or selftest.DEFAULT_LESSON
    return selftest.selftest(lesson_id=lesson, screenshots=options.screenshots)


def main(argv: Sequence[str] | None = None) -> int:
    """``layerlab`` [PROJECT] opens the window; ``layerlab info|train|datasets …`` runs headless;
    ``layerlab --selftest`` / ``--warm-cache`` check and prepare the installation."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (len(args) == 1 and args[0].lower().endswith(PROJECT_SUFFIXES)):
        return _run_window(args[0] if args else None)
    if args[0] in APP_OPTIONS:
        return _app_option(args)
    from engine import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
