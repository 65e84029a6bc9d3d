"""``layerlab --selftest`` and ``layerlab --warm-cache``: is this installation whole?

Both run the same way frozen (the PyInstaller app) and unfrozen, so a teacher can check a lab
machine, and the packaging test can check a build, with one command:

- ``--warm-cache`` compiles the JIT kernels into numba's cache (or finds them there) without
  opening a window, so a lab machine can be prepared before the first lesson.
- ``--selftest`` opens the main window offscreen, loads a lesson, trains it for one epoch on the
  JIT backend, draws every plot once, runs the deployment lesson's check (ONNX export, run by
  onnxruntime or, in the packaged app, onnx's reference evaluator) and prints a summary:
  versions, backend, threading layer, BLAS, timings, the plots drawn and the cache directory.
  Exit 0 when all of it worked; 1 with a message saying what did not.

Nothing here writes to the user's settings or recovery folders: the window gets throw-away
ones. Only numba's cache is meant to be kept.
"""

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

# Before anything imports numba: numba reads its cache directory and threading layer from the
# environment once, at import, and this module's version report imports it.
from engine.backends import jit
from engine.errors import LayerLabError
from gui.app import installed_version

if TYPE_CHECKING:
    from gui.main_window import MainWindow

#: The lesson the self-test loads: a small classifier, so every plot has something to show.
DEFAULT_LESSON = "05"
#: The lesson whose check exports a trained model to ONNX and runs it (onnxruntime where it is
#: installed, onnx's reference evaluator in the packaged app).
EXPORT_LESSON = "20"
#: The dtype the app trains in (DESIGN: float32 by default).
DTYPE = "float32"
#: Seconds the JIT may take to compile every kernel with an empty cache on a slow machine.
COMPILE_TIMEOUT = 900.0
#: Seconds for one epoch, and for a plot's background computation, once compiled.
STEP_TIMEOUT = 300.0


class SelfTestError(Exception):
    """A step of the self-test failed; the message says which and why."""


@dataclass
class Summary:
    """What the self-test saw, printed as ``name: value`` lines."""

    lines: list[tuple[str, str]] = field(default_factory=list)

    def add(self, name: str, value: object) -> None:
        self.lines.append((name, str(value)))

    def write(self, out: TextIO) -> None:
        width = max((len(name) for name, _ in self.lines), default=0)
        for name, value in self.lines:
            print(f"  {name.ljust(width)}  {value}", file=out)
        out.flush()


# -- numba's cache (no Qt) --------------------------------------------------------------------------------


def kernel_cache_stats() -> tuple[int, int, int]:
    """``(kernels, loaded, compiled)`` over the engine's numba kernels loaded so far: how many
    there are, how many signatures came from numba's cache and how many were compiled."""
    from numba.core.dispatcher import Dispatcher

    seen: dict[int, Dispatcher] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("engine.") and module is not None:
            for value in vars(module).values():
                if isinstance(value, Dispatcher):
                    seen[id(value)] = value
    loaded = sum(sum(d.stats.cache_hits.values()) for d in seen.values())
    compiled = sum(sum(d.stats.cache_misses.values()) for d in seen.values())
    return len(seen), loaded, compiled


def _warm_engine(dtype: str, timeout: float) -> float:
    """Compile (or load) every kernel the app uses: training and the loss landscape."""
    from engine import backends
    from engine.landscape import warm_up as warm_landscape

    started = time.perf_counter()
    backends.warm_up(dtype).result(timeout=timeout)  # raises the warm-up's own error
    warm_landscape((dtype,))
    return time.perf_counter() - started


def _cache_line(seconds: float) -> str:
    kernels, loaded, compiled = kernel_cache_stats()
    if not compiled:
        how = "loaded from the cache"
    else:
        how = "partly compiled" if loaded else "compiled (the cache was empty)"
    return (
        f"{seconds:.1f} s, {how} ({kernels} kernels; {loaded} signatures from the cache, {compiled} compiled)"
    )


def warm_cache(out: TextIO = sys.stdout) -> int:
    """``layerlab --warm-cache``: fill numba's cache for this user (or NUMBA_CACHE_DIR)."""
    print(f"LayerLab: preparing the JIT kernels in {os.environ.get('NUMBA_CACHE_DIR')}", file=out)
    out.flush()
    try:
        seconds = _warm_engine(DTYPE, COMPILE_TIMEOUT)
    except Exception as error:
        print(f"LayerLab: the JIT kernels could not be prepared: {error}", file=sys.stderr)
        return 1
    print(f"LayerLab: JIT ready in {_cache_line(seconds)}", file=out)
    print(f"LayerLab: {jit.describe()}", file=out)
    return 0


# -- the self-test -------------------------------------------------------------------------------------


def _versions() -> str:
    import llvmlite
    import numba
    import numpy
    import pyqtgraph
    import PySide6
    import scipy

    return (
        f"Python {platform.python_version()}, numpy {numpy.__version__}, scipy {scipy.__version__}, "
        f"numba {numba.__version__}, llvmlite {llvmlite.__version__}, PySide6 {PySide6.__version__}, "
        f"pyqtgraph {pyqtgraph.__version__}"
    )


def _blas() -> str:
    """Which BLAS numpy uses, and whether numba's kernels can reach scipy's BLAS bindings."""
    import numpy

    try:
        blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]
        numpy_blas = f"{blas.get('name')} {blas.get('version', '')}".strip()
    except Exception:  # an unknown numpy build keeps its BLAS to itself
        numpy_blas = "unknown"
    from numba.np.linalg import ensure_blas

    try:
        ensure_blas()  # numba's np.dot in a kernel calls scipy.linalg.cython_blas
    except ImportError as error:
        raise SelfTestError(f"numba cannot reach BLAS: {error}") from error
    return f"numpy: {numpy_blas}; JIT kernels: scipy.linalg.cython_blas"


def _threading_layer() -> str:
    import numba

    try:
        return numba.threading_layer()  # known once a parallel kernel has run
    except ValueError:
        return f"{numba.config.THREADING_LAYER} (configured; no parallel kernel ran)"


def _wait(until: Callable[[], bool], timeout: float, what: str) -> float:
    """Run Qt's event loop until ``until()`` holds; the seconds it took, or SelfTestError."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    started = time.perf_counter()
    while not until():
        if time.perf_counter() - started > timeout:
            raise SelfTestError(f"timed out after {timeout:.0f} s waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return time.perf_counter() - started


def _settle(seconds: float = 0.3) -> None:
    """Let queued events (layout, deferred redraws, delivered results) run for a moment."""
    deadline = time.perf_counter() + seconds
    _wait(lambda: time.perf_counter() >= deadline, seconds + 5, "the event loop")


@contextmanager
def _slot_errors() -> Iterator[list[str]]:
    """Collect exceptions raised in Qt slots (PySide prints them and carries on) so they fail
    the self-test instead of scrolling past."""
    errors: list[str] = []
    previous = sys.excepthook

    def record(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        errors.append("".join(traceback.format_exception(kind, error, tb)).strip())

    sys.excepthook = record
    try:
        yield errors
    finally:
        sys.excepthook = previous


def _load_lesson(window: "MainWindow", lesson_id: str) -> str:
    """Open the lesson as a user does (Lessons menu: the lesson panel loads its project), then
    set that project to train one epoch on the JIT backend."""
    from engine.lessons import format as lesson_files
    from engine.lessons.runner import build_project

    lesson = lesson_files.load_lessons(ids=[lesson_id])[0]  # LessonFileError names a wrong id
    lessons = getattr(window, "lessons", None)
    if lessons is not None:
        rows = [i for i, known in enumerate(lessons.panel.lessons) if known.id == lesson.id]
        if not rows:
            raise SelfTestError(f"the lesson panel does not list lesson {lesson.name}")
        lessons.panel.open_lesson(rows[0])
        if not lessons.panel.runner.load(lessons.panel.lesson):
            raise SelfTestError(f"the lesson panel could not load lesson {lesson.name}'s project")
        how = "lesson panel"
    else:  # a window without the lesson panel: its starting project, straight into the document
        window.document.set_project(build_project(lesson.preset))
        how = "its preset project"
    training = {**window.document.project.training, "epochs": 1, "backend": "cpu"}
    window.document.update_settings("Self-test: one epoch on the JIT", training=training)
    return f"{lesson.name} ({lesson.title['en']}), opened in the {how}"


def _train_one_epoch(window: "MainWindow") -> tuple[float, str]:
    worker = window.training.worker
    _wait(lambda: worker.can_train and not worker.busy, STEP_TIMEOUT, "the lesson's data and model")
    worker.train()
    _wait(
        lambda: worker.state in ("finished", "stopped", "diverged") and not worker.busy,
        STEP_TIMEOUT,
        "one epoch of training",
    )
    if worker.state != "finished" or worker.epochs.count != 1:
        raise SelfTestError(
            f"training ended {worker.state!r} after {worker.epochs.count} epochs: {worker.reason}"
        )
    if worker.backend != "cpu":
        raise SelfTestError(f"training ran on the {worker.backend!r} backend, not the JIT ('cpu')")
    loss = worker.epochs.last("loss")
    return worker.elapsed, f"{worker.step} steps, loss {loss:.4f}"


def _export_round_trip() -> str:
    """Export and serving work: the deployment lesson's own check (ONNX export and run)."""
    from engine.lessons import format as lesson_files
    from engine.lessons.runner import run_lesson

    lesson = lesson_files.load_lessons(ids=[EXPORT_LESSON])[0]
    passed, message = run_lesson(lesson)
    if not passed:
        raise SelfTestError(f"lesson {lesson.name}'s check failed: {message}")
    return f"lesson {lesson.name}: {message}"


def _render_plots(window: "MainWindow", screenshots: Path | None) -> list[str]:
    """Bring each plot's dock to the front, draw it, wait for its background work, grab it."""
    from gui.plots.base import PlotPanel

    worker = window.training.worker
    drawn = []
    for plot in window.findChildren(PlotPanel):
        dock = plot.parentWidget()
        name = dock.objectName() or type(plot).__name__
        started = time.perf_counter()
        dock.raise_()
        _settle(0.1)
        plot.redraw()
        _wait(
            lambda: worker.views.idle() and worker.landscape_views.idle(),
            STEP_TIMEOUT,
            f"the {name} plot's computation",
        )
        _settle(0.2)
        image = dock.grab().toImage()
        if image.isNull() or image.width() < 50 or image.height() < 50:
            raise SelfTestError(f"the {name} plot drew nothing ({image.width()}×{image.height()})")
        if screenshots is not None:
            image.save(str(screenshots / f"{name}.png"))
        drawn.append(f"{name} {1000 * (time.perf_counter() - started):.0f} ms")
    if not drawn:
        raise SelfTestError("the window has no plots")
    return drawn


def selftest(
    out: TextIO = sys.stdout, lesson_id: str = DEFAULT_LESSON, screenshots: Path | None = None
) -> int:
    """``layerlab --selftest``: exit status 0 when the window, a lesson, JIT training and every
    plot worked; 1 with the reason otherwise. ``screenshots``: save each plot there as PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    summary = Summary()
    kind = "frozen app" if getattr(sys, "frozen", False) else "Python"
    summary.add("LayerLab", f"{installed_version()} ({kind})")
    summary.add("versions", _versions())
    summary.add("platform", f"{platform.platform()}, {os.cpu_count()} CPUs")
    print("LayerLab self-test", file=out)
    out.flush()
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    try:
        with tempfile.TemporaryDirectory(prefix="layerlab-selftest-") as tmp, _slot_errors() as errors:
            _run(summary, Path(tmp), lesson_id, screenshots, started)
            if errors:
                raise SelfTestError("an error was raised while the window worked:\n" + errors[0])
    except Exception as error:
        summary.write(out)
        expected = isinstance(error, SelfTestError | LayerLabError)  # said plainly; else the traceback
        detail = str(error) if expected else traceback.format_exc().strip()
        print(f"SELFTEST FAILED: {detail}", file=sys.stderr)
        return 1
    summary.add("total", f"{time.perf_counter() - started:.1f} s")
    summary.write(out)
    print("SELFTEST PASSED", file=out)
    return 0


def _run(summary: Summary, tmp: Path, lesson_id: str, screenshots: Path | None, started: float) -> None:
    from PySide6.QtCore import QSettings

    from engine import backends
    from gui.app import create_main_window

    warm = backends.warm_up(DTYPE)  # in the background, as the app starts it
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(settings=settings, recovery_dir=tmp / "recovery")
    try:
        window.show()
        opened = time.perf_counter() - started
        summary.add("window", f"opened in {opened:.1f} s (Qt platform {os.environ['QT_QPA_PLATFORM']})")
        summary.add("lesson", _load_lesson(window, lesson_id))
        try:
            _wait(warm.done, COMPILE_TIMEOUT, "the JIT backend to compile")
            warm.result()
        except SelfTestError:
            raise
        except Exception as error:
            raise SelfTestError(f"the JIT backend could not start: {error}") from error
        summary.add("JIT warm-up", _cache_line(warm.result()))
        seconds, what = _train_one_epoch(window)
        summary.add("training", f"1 epoch on the JIT backend in {seconds:.2f} s ({what})")
        summary.add("threading layer", _threading_layer())
        summary.add("BLAS", _blas())
        summary.add("numba cache", os.environ.get("NUMBA_CACHE_DIR"))
        drawn = _render_plots(window, screenshots)
        summary.add("plots", f"{len(drawn)} drawn: " + ", ".join(drawn))
        if screenshots is not None:
            window.grab().save(str(screenshots / "window.png"))
        summary.add("export", _export_round_trip())
    finally:
        window.document.mark_clean()  # nothing to save: the lesson was only borrowed
        window.close()
        _settle(0.1)
