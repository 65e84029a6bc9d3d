"""Does the window's memory stay flat over a long run? (shared/BENCHMARKS.md, "Memory")

    .venv/bin/python benchmarks/gui_memory.py [--steps 100000] [--backend cpu|reference|auto]
                                              [--example circle_tanh] [--csv rss.csv]

Opens the *tiny* workload (the circle example: 2 → 8 tanh → 8 tanh → 1 sigmoid, 500 samples,
batch 10) offscreen and trains it with the plots attached — every plot tab is brought to the
front in turn, so each one draws for a while — sampling the process's resident memory (RSS) a
few times a second, for ``--steps`` steps after the baseline. It reports the RSS at the
baseline, at the end, the growth in between, and the slope of a straight line fitted through
the samples after the baseline (MB per 100 000 steps): a leak shows as a slope that does not
vanish however long the run. Target: growth ≤ 5 %.

The baseline is taken once every tab has been in front once while the network trains (and
1 000 steps are done): the first look at the loss landscape imports numba and loads its compiled
kernels, and a JIT backend compiles or loads its own, well over 100 MB that come once per
process, not per step; the RSS before and after that warm-up is reported on its own.

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
from PySide6.QtCore import QEventLoop, QSettings, QStandardPaths, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.app import create_main_window  # noqa: E402

EXAMPLES = ROOT / "resources" / "examples"
BASELINE_STEP = 1_000
SAMPLE_MS = 200
#: Seconds each plot tab stays in front before the next one is raised.
TAB_SECONDS = 2.0


def rss_bytes() -> int:
    """The resident set size of this process now (not the peak)."""
    try:
        import psutil
    except ImportError:
        psutil = None
    if psutil is not None:
        return psutil.Process().memory_info().rss
    statm = Path("/proc/self/statm")
    if statm.is_file():
        return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    raise SystemExit("need psutil (pip install psutil) or Linux's /proc to read the resident memory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=100_000)
    parser.add_argument("--backend", default="cpu", choices=["reference", "cpu", "auto"])
    parser.add_argument("--example", default="circle_tanh", help="an example in resources/examples")
    parser.add_argument("--csv", type=Path, help="also write the samples (seconds, step, rss) here")
    parser.add_argument("--timeout", type=float, default=900, help="give up after this many seconds")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="layerlab-memory-"))
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    copy = scratch / f"{args.example}.layerlab"
    shutil.copyfile(EXAMPLES / f"{args.example}.layerlab", copy)
    window = create_main_window(copy)
    window.resize(1440, 900)
    window.show()
    ui = window.training
    ui.panel.backend.setCurrentIndex(ui.panel.backend.findData(args.backend))
    ui.panel.epochs.setValue(0)  # until stopped
    app = QApplication.instance()
    while ui.worker.session is None:
        app.processEvents()

    plots = [ui.boundary, ui.landscape, ui.activations, ui.gradients, ui.confusion]
    warm_up = len(plots) * TAB_SECONDS  # every tab has been in front once
    samples: list[tuple[float, int, int]] = []
    baseline_time: list[float] = []
    start = time.perf_counter()
    loop = QEventLoop()
    baseline: list[int] = []  # the step of the baseline sample, once taken
    # When the first steps arrived: the JIT backend may compile for a while before (its cache
    # is empty after every change to a kernel), and the tabs must each draw a run, not nothing.
    training_since: list[float] = []

    def sample() -> None:
        now = time.perf_counter() - start
        step = ui.worker.step
        samples.append((now, step, rss_bytes()))
        if step and not training_since:
            training_since.append(now)
        trained = now - training_since[0] if training_since else 0.0
        if not baseline and trained >= warm_up and step >= BASELINE_STEP:
            baseline.append(step)
            baseline_time.append(now)
        tab = plots[int(trained // TAB_SECONDS) % len(plots)]
        if not tab.on_screen():
            tab.parentWidget().raise_()
        done = bool(baseline) and step >= baseline[0] + args.steps
        if done or now > args.timeout or ui.worker.state not in ("running", "idle"):
            loop.quit()

    timer = QTimer()
    timer.setInterval(SAMPLE_MS)
    timer.timeout.connect(sample)
    timer.start()
    ui.panel.train_button.click()
    loop.exec()
    timer.stop()
    state, step = ui.worker.state, ui.worker.step
    ui.worker.pause()
    window.document.mark_clean()
    window.close()

    seconds = np.array([s[0] for s in samples])
    steps = np.array([s[1] for s in samples], dtype=np.float64)
    rss = np.array([s[2] for s in samples], dtype=np.float64) / 2**20
    if args.csv:
        with args.csv.open("w", encoding="utf-8") as f:
            f.write("seconds,step,rss_mb\n")
            f.writelines(f"{t:.3f},{int(s)},{r:.2f}\n" for t, s, r in zip(seconds, steps, rss, strict=True))
    after = seconds >= (baseline_time[0] if baseline_time else np.inf)
    print(
        f"{args.example}, {args.backend} backend: {step:,} steps in {seconds[-1]:.1f} s "
        f"({len(samples)} samples, every plot tab in front for {TAB_SECONDS:g} s in turn; state {state})"
    )
    if after.sum() < 3:
        print(f"too few samples after the warm-up ({warm_up:g} s of training, {BASELINE_STEP:,} steps)")
        return 1
    base, end = rss[after][0], rss[-1]
    slope = np.polyfit(steps[after], rss[after], 1)[0] * 100_000
    growth = (end - base) / base
    first = int(steps[after][0])
    print(
        f"RSS: {rss[0]:.1f} MB at the start, {base:.1f} MB after the warm-up (every tab shown once, "
        f"step {first:,}), {rss.max():.1f} MB at most, {end:.1f} MB at the end"
    )
    print(
        f"growth from step {first:,} to {int(steps[-1]):,}: {growth * 100:+.1f} %  (target ≤ 5 %); "
        f"fitted slope {slope:+.2f} MB per 100 000 steps"
    )
    return 0 if baseline and step >= baseline[0] + args.steps else 1


if __name__ == "__main__":
    sys.exit(main())
