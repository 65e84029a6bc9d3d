"""Loss-landscape timings against the targets of BENCHMARKS.md ("Loss landscape").

- *tiny* (2 → 8 tanh → 8 tanh → 1 sigmoid, binary cross-entropy, 500 samples): a 101 × 101
  random-plane surface, full-data loss per cell. Target ≤ 0.3 s.
- *digits* (64 → 128 ReLU → Dropout → 10 softmax, sparse categorical cross-entropy, 1437
  samples): a 51 × 51 surface. Target ≤ 2 s.
- *live*: *tiny* trained (SGD lr 0.03, batch 10) in chunks of one epoch, as the Trainer does,
  with a 31 × 31 LiveLandscape recording the path after every chunk and refreshing whenever it
  is due; compared with the same training without it. Target: slower by at most 20%. 3000
  epochs, not the 200 of the training benchmark: on the CPU backend 200 epochs take about
  0.1 s, less than the first refresh's share allows, which would measure the first picture
  rather than the steady cadence.

Each surface is also computed cell by cell through the reference backend's ``loss`` (the path
a layer without a batched form takes), side by side, so the batched path's gain is a ratio
measured in one run (one run of it: it is slow). The first surface (numba compiling the
kernels, or loading them from the cache) is timed before and reported on its own. Timings are
the best of ``--repeat`` runs: the machine is shared, and the minimum is the run least
disturbed by others.

    python benchmarks/landscape.py [--repeat 5] [--skip-reference] [--backend cpu]
"""

import argparse
import os
import platform
import time

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")
os.environ.setdefault("NUMBA_NUM_THREADS", "2")

import numpy as np

from engine import Sequential, backends, landscape, layers, optimizers
from engine.data import generate
from engine.data.batching import epoch_batches
from engine.model import seed_streams


def tiny_model() -> Sequential:
    model = Sequential(
        [
            layers.Input(2),
            layers.Dense(8, activation="tanh"),
            layers.Dense(8, activation="tanh"),
            layers.Dense(1, activation="sigmoid"),
        ],
        seed=0,
    )
    model.compile(optimizers.SGD(0.03), "binary_crossentropy")
    return model


def digits_model() -> Sequential:
    model = Sequential(
        [
            layers.Input(64),
            layers.Dense(128, activation="relu"),
            layers.Dropout(0.2),
            layers.Dense(10, activation="softmax"),
        ],
        seed=0,
    )
    model.compile(optimizers.Adam(1e-3), "sparse_categorical_crossentropy")
    return model


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def surface_rows(repeat: int, skip_reference: bool) -> list[dict]:
    rng = np.random.default_rng(0)
    tiny_x, tiny_y = generate("circle", 500, noise=0.1, seed=0)
    digits_x = rng.random((1437, 64), dtype=np.float32) * 16
    digits_y = rng.integers(0, 10, 1437)
    rows = []
    for name, model, x, y, resolution, target in (
        ("tiny, 101 × 101, 500 samples", tiny_model(), tiny_x, tiny_y, 101, 0.3),
        ("digits, 51 × 51, 1437 samples", digits_model(), digits_x, digits_y, 51, 2.0),
    ):
        start = time.perf_counter()
        landscape.random_plane(model, x, y, resolution=3)
        first = time.perf_counter() - start
        seconds = best_of(repeat, lambda m=model, x=x, y=y, r=resolution: landscape.random_plane(m, x, y, r))
        reference = None
        if not skip_reference:
            reference = best_of(
                1,
                lambda m=model, x=x, y=y, r=resolution: landscape.random_plane(m, x, y, r, method="backend"),
            )
        rows.append(
            {
                "workload": name,
                "target": f"≤ {target:g} s",
                "seconds": seconds,
                "vs_target": seconds / target,
                "reference": reference,
                "first": first,
            }
        )
    return rows


EPOCHS = 3000


def live_row(backend_name: str, repeat: int) -> dict:
    """Training time of *tiny* with and without a live 31 × 31 surface."""
    x, y = generate("circle", 500, noise=0.1, seed=0)
    engine = backends.get(backend_name)

    def train(live: bool) -> tuple[float, int]:
        model = tiny_model()
        net = model.network
        _, order_rng, dropout_rng = seed_streams(0)
        view = landscape.LiveLandscape(model, x, y, resolution=31) if live else None
        refreshes = 0
        start = time.perf_counter()
        for _ in range(EPOCHS):
            batches = epoch_batches(len(x), 10, order_rng)
            engine.train_steps(net, model.params, model.optimizer, x, y, batches, dropout_rng)
            if view is not None:
                view.record()
                if view.due():
                    view.refresh()
                    refreshes += 1
        return time.perf_counter() - start, refreshes

    train(True)  # compile everything once
    plain = min(train(False)[0] for _ in range(repeat))
    runs = [train(True) for _ in range(repeat)]
    with_live, refreshes = min(runs)
    return {
        "plain": plain,
        "live": with_live,
        "slowdown": with_live / plain - 1,
        "refreshes": refreshes,
        "rate": refreshes / with_live,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-reference", action="store_true", help="skip the per-cell reference timing")
    parser.add_argument("--backend", default="cpu", help="training backend of the live benchmark")
    args = parser.parse_args()

    import numba

    rows = surface_rows(args.repeat, args.skip_reference)
    live = live_row(args.backend, max(1, args.repeat // 2))
    print(
        f"Loss landscape — {time.strftime('%Y-%m-%d')}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, numba {numba.__version__} ({numba.get_num_threads()} threads)\n"
    )
    print("| workload | target | LayerLab | ÷ target | reference, cell by cell | speed-up | first call |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        ref = "—" if r["reference"] is None else f"{r['reference']:.2f} s"
        gain = "—" if r["reference"] is None else f"{r['reference'] / r['seconds']:.0f}×"
        print(
            f"| {r['workload']} | {r['target']} | {r['seconds']:.3f} s | {r['vs_target']:.2f} | {ref} | "
            f"{gain} | {r['first']:.1f} s |"
        )
    print(
        f"| live 31 × 31 while *tiny* trains ({args.backend} backend, {EPOCHS} epochs) | slowdown ≤ 20% | "
        f"{live['live']:.2f} s vs {live['plain']:.2f} s: +{100 * live['slowdown']:.0f}% "
        f"({live['refreshes']} refreshes, {live['rate']:.1f} per second) | "
        f"{live['slowdown'] / 0.2:.2f} | — | — | — |"
    )


if __name__ == "__main__":
    main()
