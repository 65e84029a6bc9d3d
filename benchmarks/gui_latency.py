"""How the window holds up while a network trains (shared/BENCHMARKS.md, "GUI while training").

    .venv/bin/python benchmarks/gui_latency.py [--backend cpu|reference|auto] [--example digits_keras]
                                               [--seconds 5] [--repeat 3]

Opens an example (digits by default) offscreen, trains it for a fixed time and measures:

- event-loop latency: a 1 ms QTimer's lateness (how late each timeout fires), p50/p99/max;
- plot refresh rate: redraws of the loss plot per second while steps arrive;
- training throughput with the window attached, against the same trainer headless (no
  window, no subscriber) in the same process, back to back: samples per second.

Runs with throw-away settings, like screenshots.py.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QStandardPaths, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engine import experiment  # noqa: E402
from engine.project import Project  # noqa: E402
from engine.trainer import Trainer  # noqa: E402
from gui.app import create_main_window  # noqa: E402
from gui.worker import BLAS_THREADS  # noqa: E402

EXAMPLES = ROOT / "resources" / "examples"


def headless_rate(example: Path, backend: str, seconds: float) -> float:
    """Samples per second of the example's trainer alone (warm: after one epoch)."""
    project = Project.load(example)
    model = project.to_model()
    prepared = experiment.prepare(project, model, example.parent)
    batch = project.training.get("batch_size", 32)
    # The same BLAS thread cap as the window's trainer: the ratio is then the window's own cost.
    trainer = Trainer(
        model,
        *prepared.train,
        validation_data=prepared.eval,
        epochs=None,
        batch_size=batch,
        backend=backend,
        blas_threads=BLAS_THREADS,
    )
    with trainer:
        trainer.step_epoch().result()
        start_step, start = trainer.global_step, time.perf_counter()
        trainer.start().result()
        time.sleep(seconds)
        trainer.pause().result()
        steps, elapsed = trainer.global_step - start_step, time.perf_counter() - start
    return steps * batch / elapsed


def gui_run(example: Path, backend: str, seconds: float, scratch: Path) -> dict[str, float]:
    copy = scratch / example.name
    shutil.copyfile(example, copy)
    window = create_main_window(copy)
    window.resize(1440, 900)
    window.show()
    ui = window.training
    ui.panel.backend.setCurrentIndex(ui.panel.backend.findData(backend))
    ui.panel.epochs.setValue(0)
    app = QApplication.instance()
    deadline = time.perf_counter() + 2
    while ui.worker.session is None and time.perf_counter() < deadline:
        app.processEvents()

    redraws = []
    original = ui.loss.redraw

    def counted() -> None:
        redraws.append(time.perf_counter())
        original()

    ui.loss.redraw = counted
    ui.panel.epoch_button.click()  # warm up: one epoch, then pause
    while not (ui.worker.state == "paused" and not ui.worker.busy):
        app.processEvents()
        time.sleep(0.001)
    start_step = ui.worker.step
    lateness: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(1)

    def tick() -> None:
        lateness.append(max(0.0, clock.nsecsElapsed() / 1e6 - 1.0))
        clock.restart()

    timer.timeout.connect(tick)
    ui.panel.train_button.click()
    start = time.perf_counter()
    clock.start()
    timer.start()
    redraws.clear()
    loop = QEventLoop()  # the real event loop (it sleeps when idle), not a busy processEvents()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    elapsed = time.perf_counter() - start
    ui.panel.train_button.click()
    while not (ui.worker.state == "paused" and not ui.worker.busy):
        app.processEvents()
    steps = ui.worker.step - start_step
    batch = window.document.project.training.get("batch_size", 32)
    window.document.mark_clean()
    window.close()
    late = np.array(lateness[1:])
    return {
        "p50_ms": float(np.percentile(late, 50)),
        "p99_ms": float(np.percentile(late, 99)),
        "max_ms": float(late.max()),
        "redraw_hz": len(redraws) / elapsed,
        "samples_per_second": steps * batch / elapsed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="cpu", choices=["reference", "cpu", "auto"])
    parser.add_argument("--example", default="digits_keras", help="an example in resources/examples")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3, help="interleaved headless/GUI pairs (medians)")
    args = parser.parse_args(argv)
    example = EXAMPLES / f"{args.example}.layerlab"
    scratch = Path(tempfile.mkdtemp(prefix="layerlab-latency-"))
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    create_main_window().close()  # imports and first-use costs out of the measurement
    headless, runs = [], []
    for _ in range(args.repeat):  # interleaved, so a busy neighbour on the machine hits both alike
        headless.append(headless_rate(example, args.backend, args.seconds))
        runs.append(gui_run(example, args.backend, args.seconds, scratch))
    gui = {key: float(np.median([r[key] for r in runs])) for key in runs[0]}
    rate = float(np.median(headless))
    ratios = [r["samples_per_second"] / h for r, h in zip(runs, headless, strict=True)]
    print(
        f"{args.example}, {args.backend} backend, {args.repeat} × {args.seconds:g} s each way, "
        f"{os.cpu_count()} CPUs"
    )
    print(
        f"event-loop latency (1 ms timer lateness): p50 {gui['p50_ms']:.1f} ms, "
        f"p99 {gui['p99_ms']:.1f} ms, max {gui['max_ms']:.1f} ms  (target p99 ≤ 30 ms)"
    )
    print(f"loss plot redraws: {gui['redraw_hz']:.1f} Hz  (target ≥ 30 Hz)")
    print(
        f"throughput: GUI {gui['samples_per_second']:,.0f} samples/s, headless {rate:,.0f} samples/s, "
        f"ratio {np.median(ratios):.2f} (runs: {', '.join(f'{r:.2f}' for r in ratios)})  (target ≥ 0.8)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
