"""What the Trainer costs on top of calling the backend directly (issue 4: ≤ 10% with no subscribers).

All sides train the same model from the same weights on the same batches: by calling
``backend.train_steps`` epoch by epoch and nothing else (the bare floor); through
``Model.fit`` (the same calls plus per-epoch losses, the least a caller needs to see progress);
and through a :class:`engine.trainer.Trainer` started and waited for (its worker thread,
command queue, chunking, events and epoch bookkeeping), with no subscriber and with one that
reads everything at the end. The workload is tiny on purpose (an epoch of 50 steps takes a
fraction of a millisecond), so fixed costs per call and per epoch show. The runs alternate,
each repeat in a rotated order so that drift hits every side alike, and the medians are
compared, in one process; the default (300 epochs, 11 repeats) takes a few seconds.

    python benchmarks/trainer_overhead.py [--backend cpu] [--epochs 300] [--repeats 11]
"""

import argparse
import statistics
import time

from engine import Sequential, backends, layers
from engine.data import generate
from engine.data.batching import epoch_batches
from engine.model import seed_streams
from engine.trainer import Trainer
from engine.trainer_events import EpochEnd


def tiny_model():
    model = Sequential(
        [
            layers.Input(2),
            layers.Dense(8, activation="tanh"),
            layers.Dense(8, activation="tanh"),
            layers.Dense(1, activation="sigmoid"),
        ],
        seed=0,
    )
    model.compile(optimizer={"name": "sgd", "learning_rate": 0.03}, loss="binary_crossentropy")
    return model


def direct(backend: str, x, y, epochs: int) -> float:
    model, engine = tiny_model(), backends.get(backend)
    _, order_rng, dropout_rng = seed_streams(model.seed)
    net = model.network
    start = time.perf_counter()
    for _ in range(epochs):
        batches = epoch_batches(len(x), 10, order_rng)
        engine.train_steps(net, model.params, model.optimizer, x, y, batches, dropout_rng)
    return time.perf_counter() - start


def through_fit(backend: str, x, y, epochs: int) -> float:
    model = tiny_model()
    start = time.perf_counter()
    model.fit(x, y, epochs=epochs, batch_size=10, backend=backend)
    return time.perf_counter() - start


def through_trainer(backend: str, x, y, epochs: int, listen: bool = False) -> float:
    with Trainer(tiny_model(), x, y, epochs=epochs, batch_size=10, backend=backend) as trainer:
        feed = trainer.subscribe() if listen else None
        start = time.perf_counter()
        trainer.start()
        trainer.wait()
        seconds = time.perf_counter() - start
        if feed is not None:
            assert sum(isinstance(e, EpochEnd) for e in feed.drain()) == epochs
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="cpu", choices=backends.names())
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=11)
    args = parser.parse_args()
    x, y = generate("circle", 500, noise=0.1, seed=0)
    direct(args.backend, x, y, 1)  # compile or load the JIT cache outside the timing
    sides = {
        "train_steps": lambda: direct(args.backend, x, y, args.epochs),
        "fit": lambda: through_fit(args.backend, x, y, args.epochs),
        "trainer": lambda: through_trainer(args.backend, x, y, args.epochs),
        "listened": lambda: through_trainer(args.backend, x, y, args.epochs, listen=True),
    }
    times: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for repeat in range(args.repeats):
        for name in names[repeat % len(names) :] + names[: repeat % len(names)]:
            times[name].append(sides[name]())
    a, f, b, w = (statistics.median(times[name]) for name in names)
    per_epoch = 1e6 / args.epochs
    print(f"{args.epochs} epochs of 50 steps, median of {args.repeats} alternating runs")
    print(
        "| backend | train_steps (s) | fit (s) | trainer (s) | trainer + subscriber (s) "
        "| ÷ train_steps | subscribed ÷ train_steps | ÷ fit | target |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {args.backend} | {a:.3f} | {f:.3f} | {b:.3f} | {w:.3f} "
        f"| {b / a:.3f} | {w / a:.3f} | {b / f:.3f} | ≤ 1.10 |"
    )
    print(f"per epoch: train_steps {a * per_epoch:.0f} µs, trainer {b * per_epoch:.0f} µs")


if __name__ == "__main__":
    main()
