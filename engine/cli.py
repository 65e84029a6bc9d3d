"""The ``layerlab`` command line: inspect, train, evaluate and use projects without a window.

Exit codes: 0 success, 2 bad input (the message says what and where; no traceback),
1 an internal error (a bug: the traceback is printed so it can be reported).
"""

import argparse
import csv
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from engine import backends, data, experiment, export, serving
from engine.data.csv_import import read_csv_inputs
from engine.errors import LayerLabError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.project import Project
from engine.trainer import DIVERGED, EarlyStopping, Trainer
from engine.trainer_events import BackendChanged, Diverged, EpochEnd, StateChanged, Steps

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


def _load(path: str) -> tuple[Project, Path]:
    return Project.load(path), Path(path).resolve().parent


# -- info / datasets ---------------------------------------------------------------------------


def _info(args: argparse.Namespace) -> int:
    project, _ = _load(args.project)
    print(project.graph.summary())
    if project.dataset is not None:
        print(f"Data set: {project.dataset.get('name')}  split: {project.split or 'default'}")
    problems = project.graph.validate()
    for p in problems:
        where = project.graph.nodes[p.node_id].name if p.node_id else "network"
        print(f"{p.severity}: [{where}] {p.message}")
    if not problems:
        print("No problems: the network is ready to train.")
    print(f"CUDA backend: {backends.cuda_line()}")
    return EXIT_OK


def _datasets(args: argparse.Namespace) -> int:
    for info in data.catalog():
        kind = f"{info.num_classes} classes" if info.task == "classification" else "regression"
        size = f"{info.samples} × {info.features}"
        print(f"{info.name:<15} {info.source:<10} {kind:<11} {size:<12} {info.description}")
    return EXIT_OK


# -- train -------------------------------------------------------------------------------------


class Progress:
    """One line per epoch (a live bar within the epoch on a terminal)."""

    def __init__(self, epochs: int | None, steps_per_epoch: int, stream=None) -> None:
        self.epochs, self.steps_per_epoch = epochs, steps_per_epoch
        self.stream = stream or sys.stdout
        self.live = self.stream.isatty()
        self.epoch_step = 0
        self.last_loss = float("nan")

    def show(self, event) -> None:
        if isinstance(event, Steps):
            self.epoch_step = int(event.step[-1]) - (int(event.epoch[-1]) - 1) * self.steps_per_epoch
            self.last_loss = float(event.loss[-1])
            if self.live:
                done = min(self.epoch_step / max(self.steps_per_epoch, 1), 1.0)
                bar = "#" * int(done * 20)
                print(
                    f"\rEpoch {int(event.epoch[-1])}{self._of()} [{bar:<20}] loss {self.last_loss:.4f}",
                    end="",
                    file=self.stream,
                    flush=True,
                )
        elif isinstance(event, EpochEnd):
            parts = [f"{k}: {v:.4f}" for k, v in event.logs.items()]
            end = "\r" if self.live else ""
            print(
                f"{end}Epoch {event.epoch}{self._of()} - " + " - ".join(parts) + f" - "
                f"{event.samples_per_second:,.0f} samples/s" + " " * (8 if self.live else 0),
                file=self.stream,
                flush=True,
            )
        elif isinstance(event, BackendChanged):
            self._line(f"Backend: {event.backend} ({event.reason})")
        elif isinstance(event, Diverged):
            self._line(f"Training diverged. {event.hint}")
        elif (
            isinstance(event, StateChanged)
            and event.reason
            and event.new not in ("running", "paused", "diverged")
        ):
            self._line(event.reason[0].upper() + event.reason[1:] + ".")

    def _of(self) -> str:
        return f"/{self.epochs}" if self.epochs is not None else ""

    def _line(self, text: str) -> None:
        print(("\n" if self.live else "") + text, file=self.stream, flush=True)


def _train(args: argparse.Namespace) -> int:
    project, base_dir = _load(args.project)
    model = project.to_model()
    if model.optimizer is None:
        raise LayerLabError(
            Message(
                QT_TRANSLATE_NOOP("cli", "{path}: the project has no optimizer in its training settings"),
                context="cli",
                path=str(args.project),
            )
        )
    if args.seed is not None:
        project.seed = args.seed
        model.reset_weights(args.seed)
    prepared = experiment.prepare(project, model, base_dir)
    for note in prepared.notes:
        print(f"Note: {note}")
    print(prepared.split.summary(prepared.dataset.class_names if prepared.dataset.num_classes else ()))
    settings = project.training
    epochs = args.epochs if args.epochs is not None else settings.get("epochs", 10)
    batch_size = args.batch_size if args.batch_size is not None else settings.get("batch_size", 32)
    backend = args.backend or settings.get("backend", "auto")
    patience = settings.get("early_stopping_patience")
    trainer = Trainer(
        model,
        *prepared.train,
        validation_data=prepared.eval,
        epochs=epochs,
        batch_size=batch_size,
        backend=backend,
        early_stopping=EarlyStopping(patience=patience) if patience else None,
        stratify_batches=bool(settings.get("stratify_batches", False)),
    )
    n_train = len(prepared.train[0])
    progress = Progress(epochs, -(-n_train // batch_size))
    feed = trainer.subscribe()
    print(f"Training on {n_train} samples with the {trainer.backend_name} backend …")
    start = time.perf_counter()
    with trainer:
        trainer.start()
        try:
            while True:
                for event in feed.wait(0.2):
                    progress.show(event)
                if trainer.wait(timeout=0) != "running":
                    for event in feed.drain():
                        progress.show(event)
                    break
        except KeyboardInterrupt:
            trainer.stop().result(timeout=10)
            print("\nStopped: saving what was trained so far.")
        state = trainer.state
    seconds = time.perf_counter() - start
    print(f"{trainer.global_step} steps in {seconds:.2f} s on the {trainer.backend_name} backend")
    if trainer.error:
        raise LayerLabError(
            Message(
                QT_TRANSLATE_NOOP("cli", "{path}: training failed: {error}"),
                context="cli",
                path=str(args.project),
                error=trainer.error,
            )
        )
    if state != DIVERGED and prepared.test is not None:
        test = model.evaluate(*prepared.test)
        print("Test: " + " - ".join(f"{k}: {v:.4f}" for k, v in test.items()))
    if state != DIVERGED and not args.no_save:
        target = args.output or args.project
        trained = Project.from_model(model, dataset=project.dataset, split=project.split)
        trained.training = {**settings, **trained.training}
        trained.graph = project.graph  # keep the layout and names exactly as the user left them
        trained.scaling = experiment.fitted_scaling(prepared) or project.scaling
        if prepared.dataset.task == "classification":
            trained.training["class_names"] = list(prepared.dataset.class_names)
        trained.save(target)
        print(f"Saved the trained model to {target}")
    return EXIT_BAD_INPUT if state == DIVERGED else EXIT_OK


# -- evaluate / predict ------------------------------------------------------------------------


def _trained_model(project: Project, path: str):
    if not project.weights:
        raise LayerLabError(
            Message(
                QT_TRANSLATE_NOOP(
                    "serving",
                    "{path}: the project has no trained weights yet; run `layerlab train {path}` first",
                ),
                context="serving",
                path=str(path),
            )
        )
    return project.to_model()


def _evaluate(args: argparse.Namespace) -> int:
    project, base_dir = _load(args.project)
    model = _trained_model(project, args.project)
    # The split and the scaling fit are functions of the data and the seed: the same as in training.
    prepared = experiment.prepare(project, model, base_dir)
    parts = {"train": prepared.train, "eval": prepared.eval, "test": prepared.test}
    chosen = parts[args.split]
    if chosen is None:
        raise LayerLabError(
            Message(
                QT_TRANSLATE_NOOP(
                    "cli", "{path}: the {split} split is empty (see the project's split settings)"
                ),
                context="cli",
                path=str(args.project),
                split=str(args.split),
            )
        )
    logs = model.evaluate(*chosen, backend=args.backend)
    print(f"{args.split} ({len(chosen[0])} samples): " + " - ".join(f"{k}: {v:.4f}" for k, v in logs.items()))
    return EXIT_OK


def _predict(args: argparse.Namespace) -> int:
    predictor = serving.load_predictor(args.project, backend=args.backend)
    x, names = read_csv_inputs(args.inputs, header=args.header)
    y = predictor.predict(x, args.inputs)
    rows = y.reshape(len(y), -1)
    classes = predictor.class_names
    header = [*names, *_output_columns(classes, rows.shape[1])]
    predicted = serving.predicted_classes(y, classes)
    if predicted is not None:
        header.append("class")
    out = sys.stdout if args.output in (None, "-") else None
    target = Path(args.output) if out is None else None
    lines = []
    for i, (xi, yi) in enumerate(zip(x.reshape(len(x), -1), rows, strict=True)):
        row = [f"{v:g}" for v in xi] + [f"{v:.6g}" for v in yi]
        if predicted is not None:
            row.append(predicted[i])
        lines.append(row)
    if target is not None:
        tmp = target.with_name(f".{target.name}.tmp")
        with tmp.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([header, *lines])
        tmp.replace(target)
        print(f"Wrote {len(lines)} predictions to {target}")
    else:
        csv.writer(out).writerows([header, *lines])
    return EXIT_OK


def _output_columns(classes: tuple[str, ...], width: int) -> list[str]:
    if classes and len(classes) == width:
        return [f"p({c})" for c in classes]
    if classes and width == 1:
        return [f"p({classes[-1]})"]
    return ["prediction"] if width == 1 else [f"prediction_{i}" for i in range(width)]


# -- export / serve ----------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    project, _ = _load(args.project)
    target = Path(args.output) if args.output else export.default_path(args.project, args.format)
    written = export.export_project(project, args.format, target)
    print(f"Exported {args.project} as {export.FORMATS[args.format].label}:")
    for path in written:
        print(f"  {path}")
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        raise LayerLabError(
            Message(
                QT_TRANSLATE_NOOP(
                    "cli", "--port must be a port number from 0 to 65535 (0: any free port), got {port}"
                ),
                context="cli",
                port=args.port,
            )
        )
    predictor = serving.load_predictor(args.model)
    summary = predictor.describe()
    print(f"Model: {args.model} ({predictor.kind}); input shape {summary['input_shape']}")
    if args.host not in serving.LOOPBACK:
        print(f"Warning: listening on {args.host}, so other computers on the network can use this model.")

    def ready(url: str) -> None:
        print(f"Serving on {url} (GET / describes the model, POST /predict predicts; Ctrl-C stops)")
        sys.stdout.flush()

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    serving.serve(predictor, args.host, args.port, on_ready=ready)
    print("Stopped.")
    return EXIT_OK


# -- lessons ---------------------------------------------------------------------------------


def _lessons(args: argparse.Namespace) -> int:
    """List the lessons, or (--check) run each one's steps headless and assert its phenomenon."""
    from engine.lessons import load_lessons, run_lesson

    chosen = load_lessons(ids=args.ids)
    if not args.check:
        for lesson in chosen:
            print(f"{lesson.id} {lesson.slug:<22} {lesson.title['en']} / {lesson.title['zh_CN']}")
        return EXIT_OK
    failed = 0
    for lesson in chosen:
        passed, message = run_lesson(lesson)
        failed += not passed
        print(f"{'PASS' if passed else 'FAIL'} {lesson.id} {lesson.slug}: {message}", flush=True)
    print(f"{len(chosen) - failed} passed, {failed} failed")
    return EXIT_OK if not failed else EXIT_INTERNAL


# -- entry -------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="layerlab", description="See how neural networks learn.")
    sub = parser.add_subparsers(dest="command", required=True)
    choices = ["auto", *backends.names()]

    info = sub.add_parser("info", help="show a project's layers, shapes, parameters and problems")
    info.add_argument("project")
    info.set_defaults(run=_info)

    sets = sub.add_parser("datasets", help="list the built-in data sets")
    sets.set_defaults(run=_datasets)

    train = sub.add_parser("train", help="train a project's network on its data set (Ctrl-C stops and saves)")
    train.add_argument("project")
    train.add_argument("--epochs", type=int)
    train.add_argument("--batch-size", type=int)
    train.add_argument("--seed", type=int, help="re-initialize the weights and split with this seed")
    train.add_argument("--backend", choices=choices)
    train.add_argument("-o", "--output", help="save the trained project here (default: over PROJECT)")
    train.add_argument("--no-save", action="store_true", help="do not save the trained weights")
    train.set_defaults(run=_train)

    evaluate = sub.add_parser("evaluate", help="loss and metrics of a trained project on one split")
    evaluate.add_argument("project")
    evaluate.add_argument("--split", choices=["train", "eval", "test"], default="test")
    evaluate.add_argument("--backend", choices=backends.names(), default="reference")
    evaluate.set_defaults(run=_evaluate)

    predict = sub.add_parser(
        "predict", help="run a trained project, or an exported .onnx model, on the samples of a CSV file"
    )
    predict.add_argument("project", help="a trained project file, or a model exported with --format onnx")
    predict.add_argument("inputs", help="CSV file with one sample per row (feature columns only)")
    predict.add_argument("-o", "--output", help="CSV file to write (default: print)")
    predict.add_argument("--header", action=argparse.BooleanOptionalAction, default=None)
    predict.add_argument(
        "--backend", choices=backends.names(), default="reference", help="for projects (not .onnx models)"
    )
    predict.set_defaults(run=_predict)

    exporter = sub.add_parser("export", help="export a trained project to ONNX, or as PyTorch or Keras code")
    exporter.add_argument("project")
    exporter.add_argument("--format", choices=list(export.FORMATS), required=True)
    exporter.add_argument(
        "-o",
        "--output",
        help="file to write (.onnx or .py; code formats also write a .npz of weights beside it)",
    )
    exporter.set_defaults(run=_export)

    server = sub.add_parser("serve", help="answer predictions over HTTP (JSON) from a project or .onnx model")
    server.add_argument("model", help="a trained project file, or a model exported with --format onnx")
    server.add_argument(
        "--port", type=int, default=serving.DEFAULT_PORT, help="0 picks a free port (default: %(default)s)"
    )
    server.add_argument(
        "--host",
        default=serving.DEFAULT_HOST,
        help="address to listen on (default: %(default)s, this computer only)",
    )
    server.set_defaults(run=_serve)

    lessons = sub.add_parser(
        "lessons", help="list the lessons; --check runs each and asserts what it teaches"
    )
    lessons.add_argument("ids", nargs="*", metavar="ID", help="only these lessons (e.g. 02 or 2)")
    lessons.add_argument(
        "--check", action="store_true", help="run the steps headless and check the phenomenon"
    )
    lessons.set_defaults(run=_lessons)
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
    except BrokenPipeError:
        # The reader went away (`layerlab lessons | head`): not an error. Point stdout at
        # devnull so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        traceback.print_exc()
        print(
            "layerlab: an internal error occurred (a bug); please report the traceback above", file=sys.stderr
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
