"""Training speed of LayerLab's backends against PyTorch CPU on the workloads of BENCHMARKS.md.

Both sides get the same initial weights, data, batches (same order), optimizer and epochs, and
2 threads. Only the training loop is timed; the first step (JIT compilation, or loading the
compiled cache) runs beforehand on a throwaway model and is reported on its own. Figures are
ratios measured side by side in this one run; absolute seconds are only meaningful together
with the machine they came from.

    python benchmarks/train_vs_torch.py [--workloads tiny digits mnist] [--backends reference]
"""

import argparse
import os
import platform
import time
from dataclasses import dataclass

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")
os.environ.setdefault("MKL_NUM_THREADS", "2")

import numpy as np
import torch

from engine import Sequential, backends, layers, optimizers
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workloads", nargs="+", default=["tiny", "digits", "mnist"])
    parser.add_argument("--backends", nargs="+", default=backends.names())
    args = parser.parse_args()
    print(
        f"{time.strftime('%Y-%m-%d')} · {platform.processor() or platform.machine()} · "
        f"{os.cpu_count()} cores · torch {torch.__version__} · {THREADS} threads"
    )
    print(
        f"{'workload':<8} {'backend':<10} {'LayerLab s':>10} {'PyTorch s':>10} {'ratio':>7} "
        f"{'target':>7} {'loss LL':>9} {'loss PT':>9} {'1st step':>9}"
    )
    for name in args.workloads:
        w = workloads()[name]
        orders = epoch_orders(len(w.data[0]), w)
        for backend_name in args.backends:
            t_first = first_step_seconds(w, backend_name)
            model = fresh_model(w)
            t_torch, loss_torch = run_torch(model, w, orders)
            t_ll, loss_ll = run_layerlab(model, w, orders, backend_name)
            print(
                f"{name:<8} {backend_name:<10} {t_ll:>10.2f} {t_torch:>10.2f} {t_ll / t_torch:>7.3f} "
                f"{w.target_ratio:>7.2f} {loss_ll:>9.4f} {loss_torch:>9.4f} {t_first:>9.2f}"
            )


if __name__ == "__main__":
    main()
