"""The ``layerlab`` command line: inspect and train projects without a window.

Exit codes: 0 success, 2 bad input (the message says what and where; no traceback),
1 an internal error (a bug: the traceback is printed so it can be reported).
"""

import argparse
import sys
import time
from collections.abc import Sequence

from engine import data
from engine.errors import LayerLabError
from engine.project import Project

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


def _info(args: argparse.Namespace) -> int:
    project = Project.load(args.project)
    print(project.graph.summary())
    problems = project.graph.validate()
    for p in problems:
        where = project.graph.nodes[p.node_id].name if p.node_id else "network"
        print(f"{p.severity}: [{where}] {p.message}")
    if not problems:
        print("No problems: the network is ready to train.")
    return EXIT_OK


def _datasets(args: argparse.Namespace) -> int:
    for name in data.GENERATORS.names():
        gen = data.GENERATORS.get(name)
        print(f"{name:<10} {gen.label:<14} {gen.description}")
    return EXIT_OK


def _train(args: argparse.Namespace) -> int:
    project = Project.load(args.project)
    if project.dataset is None:
        raise LayerLabError(f"{args.project}: the project has no data set to train on")
    x, y = data.load(project.dataset)
    model = project.to_model()
    if model.optimizer is None:
        raise LayerLabError(f"{args.project}: the project has no optimizer in its training settings")
    settings = project.training
    epochs = args.epochs if args.epochs is not None else settings.get("epochs", 10)
    batch_size = args.batch_size if args.batch_size is not None else settings.get("batch_size", 32)
    seed = args.seed if args.seed is not None else project.seed
    start = time.perf_counter()
    history = model.fit(
        x,
        y,
        epochs=epochs,
        batch_size=batch_size,
        validation_split=project.split.get("eval", 0.0),
        seed=seed,
        verbose=1,
    )
    seconds = time.perf_counter() - start
    print(f"{epochs} epochs in {seconds:.2f} s ({epochs * len(x) / max(seconds, 1e-9):,.0f} samples/s)")
    if history.diverged:
        print("Training diverged: the loss became NaN or infinite. Try a smaller learning rate.")
    if args.save:
        trained = Project.from_model(model, dataset=project.dataset, split=project.split)
        trained.training = {**settings, **trained.training}
        trained.save(args.project)
        print(f"Saved the trained weights into {args.project}")
    return EXIT_BAD_INPUT if history.diverged else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="layerlab", description="See how neural networks learn.")
    sub = parser.add_subparsers(dest="command", required=True)
    info = sub.add_parser("info", help="show a project's layers, shapes, parameters and problems")
    info.add_argument("project")
    info.set_defaults(run=_info)
    sets = sub.add_parser("datasets", help="list the data sets LayerLab can generate")
    sets.set_defaults(run=_datasets)
    train = sub.add_parser("train", help="train a project's network on its data set")
    train.add_argument("project")
    train.add_argument("--epochs", type=int)
    train.add_argument("--batch-size", type=int)
    train.add_argument("--seed", type=int)
    train.add_argument("--save", action="store_true", help="store the trained weights in the project")
    train.set_defaults(run=_train)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except LayerLabError as exc:
        print(f"layerlab: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("layerlab: stopped", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
