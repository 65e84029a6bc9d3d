"""Training speed of LayerLab's backends against PyTorch CPU on the workloads of BENCHMARKS.md.

Both sides get the same initial weights, data, batches (same order), optimizer and epochs, and
2 threads. Only the training loop is timed (``engine.train_steps``, once per epoch); the first
step (JIT compilation, or loading the compiled cache) runs beforehand on a throwaway model and
is reported on its own. Figures are ratios measured side by side in this one run; absolute
seconds are only meaningful together with the machine they came from.

Also per workload: the achieved GFLOP/s of training (the matrix products' arithmetic divided
by the training time) relative to numpy's own ``A @ B`` on the same shapes, measured right
after — how close the engine gets to what the machine's BLAS does; BENCHMARKS.md sets ≥ 0.7
for mnist. And once: how long the JIT backend takes to be ready in a fresh process with the
cache warm (``--cold``: also with an empty cache, which takes minutes).

    python benchmarks/train_vs_torch.py [--workloads tiny digits mnist] [--backends reference] [--cold]
                                        [--threads 2]

``--threads`` sets both sides' thread count (PyTorch's intra-op threads, and every BLAS pool in
the process through engine.blas: numpy's and scipy's OpenBLAS, which the numba kernels call).
"""

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")
os.environ.setdefault("MKL_NUM_THREADS", "2")

import numpy as np
import torch

from engine import Sequential, backends, blas, layers, optimizers
from engine.data import generate
from engine.data.batching import epoch_batches
from engine.model import seed_streams

THREADS = 2


@dataclass
class Workload:
    name: str
    stack: list
    loss: str
    optimizer: object
    torch_optimizer: object  # (params) -> torch optimizer
    data: tuple
    batch_size: int
    epochs: int
    target_ratio: float


def workloads() -> dict[str, Workload]:
    rng = np.random.default_rng(0)
    tiny_x, tiny_y = generate("circle", 500, noise=0.1, seed=0)
    digits_x = rng.random((1437, 64), dtype=np.float32)
    digits_y = rng.integers(0, 10, 1437)
    mnist_x = rng.random((60000, 784), dtype=np.float32)
    mnist_y = rng.integers(0, 10, 60000)
    return {
        "tiny": Workload(
            "tiny",
            [
                layers.Input(2),
                layers.Dense(8, activation="tanh"),
                layers.Dense(8, activation="tanh"),
                layers.Dense(1, activation="sigmoid"),
            ],
            "binary_crossentropy",
            optimizers.SGD(0.03),
            lambda p: torch.optim.SGD(p, lr=0.03),
            (tiny_x, tiny_y),
            10,
            200,
            0.02,
        ),
        "digits": Workload(
            "digits",
            [
                layers.Input(64),
                layers.Dense(128, activation="relu"),
                layers.Dropout(0.2),
                layers.Dense(10, activation="softmax"),
            ],
            "sparse_categorical_crossentropy",
            optimizers.Adam(1e-3),
            lambda p: torch.optim.Adam(p, lr=1e-3, eps=1e-7),
            (digits_x, digits_y),
            32,
            30,
            0.2,
        ),
        "mnist": Workload(
            "mnist",
            [layers.Input(784), layers.Dense(128, activation="relu"), layers.Dense(10, activation="softmax")],
            "sparse_categorical_crossentropy",
            optimizers.Adam(1e-3),
            lambda p: torch.optim.Adam(p, lr=1e-3, eps=1e-7),
            (mnist_x, mnist_y),
            128,
            2,
            0.67,
        ),
    }


def torch_model(model) -> torch.nn.Sequential:
    """The same network in PyTorch, ending in logits (the loss applies sigmoid/softmax fused)."""
    modules, weights = [], iter(model.get_weights())
    for step in model.network.steps:
        layer = step.layer
        if isinstance(layer, layers.Dense):
            linear = torch.nn.Linear(*step.parameter_shapes["kernel"])
            with torch.no_grad():
                linear.weight.copy_(torch.from_numpy(next(weights).T.copy()))
                linear.bias.copy_(torch.from_numpy(next(weights)))
            modules.append(linear)
            act = step.activation.name
            if step.node_id != model.network.head_id:
                modules.append({"tanh": torch.nn.Tanh(), "relu": torch.nn.ReLU()}[act])
        elif isinstance(layer, layers.Dropout):
            modules.append(torch.nn.Dropout(layer.config["rate"]))
    return torch.nn.Sequential(*modules)


def epoch_orders(n: int, w: Workload) -> list[list[np.ndarray]]:
    """The batch order both sides use (drawn as LayerLab's fit draws it)."""
    _, order_rng, _ = seed_streams(0)
    return [epoch_batches(n, w.batch_size, order_rng) for _ in range(w.epochs)]


def run_torch(model, w: Workload, orders) -> tuple[float, float]:
    torch.set_num_threads(THREADS)
    net = torch_model(model)
    opt = w.torch_optimizer(net.parameters())
    x = torch.from_numpy(w.data[0])
    if w.loss == "binary_crossentropy":
        criterion = torch.nn.BCEWithLogitsLoss()
        y = torch.from_numpy(w.data[1].astype(np.float32)).reshape(-1, 1)
    else:
        criterion = torch.nn.CrossEntropyLoss()
        y = torch.from_numpy(w.data[1])
    net.train()
    start = time.perf_counter()
    for batches in orders:
        for idx in batches:
            idx_t = torch.from_numpy(idx)
            opt.zero_grad()
            loss = criterion(net(x[idx_t]), y[idx_t])
            loss.backward()
            opt.step()
    seconds = time.perf_counter() - start
    net.eval()
    with torch.no_grad():
        final = float(criterion(net(x), y))
    return seconds, final


def run_layerlab(model, w: Workload, orders, backend_name: str) -> tuple[float, float]:
    engine = backends.get(backend_name)
    net = model.network
    x, y = w.data
    _, _, dropout_rng = seed_streams(0)
    start = time.perf_counter()
    for batches in orders:
        engine.train_steps(net, model.params, model.optimizer, x, y, batches, dropout_rng)
    seconds = time.perf_counter() - start
    return seconds, engine.loss(net, model.params, x, y)


def fresh_model(w: Workload):
    model = Sequential(w.stack, seed=0)
    optimizer = type(w.optimizer)(**{k: v for k, v in w.optimizer.get_config().items() if k != "name"})
    model.compile(optimizer=optimizer, loss=w.loss)
    return model


def first_step_seconds(w: Workload, backend_name: str) -> float:
    """One step on a throwaway model: JIT compilation (or cache loading) happens here, so the
    timed loop measures training only; the figure is reported on its own."""
    model = fresh_model(w)
    x, y = w.data
    idx = np.arange(w.batch_size)
    start = time.perf_counter()
    model.train_step(
        backends.get(backend_name),
        model.network,
        x[idx],
        y[idx],
        seed_streams(0)[2],
    )
    return time.perf_counter() - start


def training_flops(model, w: Workload) -> float:
    """Arithmetic of the matrix products of the whole training run: per Dense layer and sample,
    x·W forward, xᵀ·dz for the weights' gradient, and dz·Wᵀ when a layer before it learns."""
    per_sample, upstream_learns = 0, False
    for step in model.network.steps:
        if isinstance(step.layer, layers.Dense):
            n_in, n_out = step.parameter_shapes["kernel"]
            per_sample += 2 * n_in * n_out * (3 if upstream_learns else 2)
            upstream_learns = True
    return float(per_sample) * len(w.data[0]) * w.epochs


def numpy_gflops(model, w: Workload, seconds: float = 0.5) -> float:
    """numpy's own ``A @ B`` GFLOP/s on the products one training step of ``w`` computes."""
    rng = np.random.default_rng(0)
    n, upstream_learns, products = w.batch_size, False, []
    for step in model.network.steps:
        if isinstance(step.layer, layers.Dense):
            n_in, n_out = step.parameter_shapes["kernel"]
            x, W, dz = (rng.random(s, dtype=np.float32) for s in ((n, n_in), (n_in, n_out), (n, n_out)))
            products += [(x, W), (x.T, dz)] + ([(dz, W.T)] if upstream_learns else [])
            upstream_learns = True
    flops = sum(2 * a.shape[0] * a.shape[1] * b.shape[1] for a, b in products)
    best = float("inf")
    for _ in range(3):
        reps, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds / 3:
            for a, b in products:
                a @ b
            reps += 1
        best = min(best, (time.perf_counter() - start) / reps)
    return flops / best / 1e9


def jit_ready_seconds(cache_dir: str | None = None) -> float:
    """A fresh process: import the engine, then wait for ``backends.warm_up`` (the time from
    launch until training can switch to the JIT backend)."""
    code = (
        "import time; t = time.perf_counter(); from engine import backends; "
        "backends.warm_up('float32').result(); print(time.perf_counter() - t)"
    )
    env = dict(os.environ, **({"NUMBA_CACHE_DIR": cache_dir} if cache_dir else {}))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workloads", nargs="+", default=["tiny", "digits", "mnist"])
    parser.add_argument("--backends", nargs="+", default=backends.names())
    parser.add_argument("--cold", action="store_true", help="also time the JIT with an empty cache")
    parser.add_argument("--threads", type=int, default=2, help="threads of both sides (default 2)")
    args = parser.parse_args()
    global THREADS
    THREADS = args.threads
    with blas.limited(THREADS):
        run(args)


def run(args: argparse.Namespace) -> None:
    print(
        f"{time.strftime('%Y-%m-%d')} · {platform.processor() or platform.machine()} · "
        f"{os.cpu_count()} cores · torch {torch.__version__} · {THREADS} threads"
    )
    print(
        f"{'workload':<8} {'backend':<10} {'LayerLab s':>10} {'PyTorch s':>10} {'ratio':>7} "
        f"{'target':>7} {'loss LL':>9} {'loss PT':>9} {'1st step':>9} {'GFLOP/s':>8} {'vs numpy':>8}"
    )
    for name in args.workloads:
        w = workloads()[name]
        orders = epoch_orders(len(w.data[0]), w)
        for backend_name in args.backends:
            t_first = first_step_seconds(w, backend_name)
            model = fresh_model(w)
            t_torch, loss_torch = run_torch(model, w, orders)
            t_ll, loss_ll = run_layerlab(model, w, orders, backend_name)
            gflops = training_flops(model, w) / t_ll / 1e9
            print(
                f"{name:<8} {backend_name:<10} {t_ll:>10.2f} {t_torch:>10.2f} {t_ll / t_torch:>7.3f} "
                f"{w.target_ratio:>7.2f} {loss_ll:>9.4f} {loss_torch:>9.4f} {t_first:>9.2f} "
                f"{gflops:>8.1f} {gflops / numpy_gflops(model, w):>8.2f}"
            )
    print(f"JIT backend ready in a fresh process, warm cache: {jit_ready_seconds():.2f} s (target ≤ 2 s)")
    if args.cold:
        with tempfile.TemporaryDirectory() as empty:
            print(f"JIT backend ready in a fresh process, empty cache: {jit_ready_seconds(empty):.1f} s")


if __name__ == "__main__":
    main()
