"""Export a trained project so the model lives on outside LayerLab: ONNX, PyTorch or Keras.

One call for the CLI and the GUI (File → Export)::

    from engine.export import export_project
    written = export_project(project, "pytorch", "circle_torch.py")  # [.py, .npz]

Every format comes from the same :func:`~engine.export.plan.plan_export`, which refuses a
project without trained weights (or with a graph that cannot run) in a sentence meant for
the user. The app never imports torch or keras: their exporters only write text and ``.npz``
arrays. ``onnx`` is imported only when an ONNX file is written.
"""

import importlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from engine.errors import ConfigError, LayerLabError
from engine.export.names import sanitize
from engine.export.plan import plan_export
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.project import Project


@dataclass(frozen=True)
class ExportFormat:
    name: str
    #: For menus and file dialogs.
    label: str
    #: The main file's suffix; the code formats write a ``.npz`` of weights beside it.
    suffix: str
    module: str


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "onnx",
            Message(QT_TRANSLATE_NOOP("export", "ONNX model"), context="export"),
            ".onnx",
            "engine.export.onnx",
        ),
        ExportFormat(
            "pytorch",
            Message(QT_TRANSLATE_NOOP("export", "PyTorch code + weights"), context="export"),
            ".py",
            "engine.export.pytorch",
        ),
        ExportFormat(
            "keras",
            Message(QT_TRANSLATE_NOOP("export", "Keras 3 code + weights"), context="export"),
            ".py",
            "engine.export.keras",
        ),
    )
}

#: Packages the generated code imports: a file named like one would hide it from that code.
_IMPORTED = {"torch", "keras", "numpy", "pathlib"}


def export_format(name: str) -> ExportFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("export", "unknown export format {name}; choose one of: {formats}"),
                context="export",
                name=repr(name),
                formats=", ".join(FORMATS),
            )
        ) from None


def default_path(project_path: str | os.PathLike[str], format: str) -> Path:
    """Where an export goes unless the user says: beside the project, named after it.

    The code formats get an importable module name (``my circle.layerlab`` →
    ``my_circle_torch.py``), since the file is meant to be imported.
    """
    fmt, project_path = export_format(format), Path(project_path)
    if fmt.suffix == ".onnx":
        return project_path.with_suffix(".onnx")
    stem = sanitize(project_path.stem) or "model"
    if stem[0].isdigit():
        stem = f"model_{stem}"
    tag = "torch" if fmt.name == "pytorch" else fmt.name
    return project_path.with_name(f"{stem}_{tag}.py")


def export_project(project: Project, format: str, path: str | os.PathLike[str]) -> list[Path]:
    """Export the trained ``project`` as ``format`` to ``path``; returns every file written.

    ``path`` is the main file (``.onnx``, or the ``.py`` of the code formats, whose weights go
    beside it as ``.npz`` with the same name). Each file goes to a temporary file beside its
    target first, and they are renamed into place only when all are written: a failure on the
    way (a full disk, a read-only folder) leaves any earlier export as it was.
    """
    fmt, path = export_format(format), Path(path)
    if path.suffix.lower() != fmt.suffix:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("export", "{path}: a {format} export is written to a {suffix} file"),
                context="export",
                path=str(path),
                format=fmt.label,
                suffix=fmt.suffix,
            )
        )
    if fmt.suffix == ".py" and path.stem in _IMPORTED:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "export",
                    "{path}: a file called {name} would hide the {package} package that the "
                    "exported code imports; choose another name",
                ),
                context="export",
                path=str(path),
                name=path.name,
                package=path.stem,
            )
        )
    plan = plan_export(project)
    return _write_all(importlib.import_module(fmt.module).files(plan, path))


def _write_all(files: dict[Path, bytes]) -> list[Path]:
    staged: list[tuple[Path, Path]] = []
    current = next(iter(files))
    try:
        for current, data in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{current.name}.", suffix=".tmp", dir=current.parent)
            staged.append((Path(tmp), current))
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            # mkstemp makes a private file; an export is meant to be shared like any other.
            os.chmod(tmp, current.stat().st_mode & 0o777 if current.exists() else 0o644)
        for tmp, current in staged:
            os.replace(tmp, current)
    except OSError as exc:
        raise LayerLabError(
            Message(
                QT_TRANSLATE_NOOP("export", "{path}: cannot write the file ({error})"),
                context="export",
                path=str(current),
                error=str(exc.strerror or exc),
            )
        ) from None
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return list(files)


__all__ = ["FORMATS", "ExportFormat", "default_path", "export_format", "export_project"]
