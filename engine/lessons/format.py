"""Lesson files: one JSON file per concept of the syllabus, read and checked field by field.

A lesson is data, not code, so a teacher can edit its texts and numbers without touching
Python, and so the GUI's lesson panel and ``layerlab lessons --check`` read the same file.
Every problem is one :class:`LessonFileError` naming the file and the field, as project
files do (DESIGN rule 9).

    {
      "id": "02", "slug": "learning-rate",
      "title": {"en": "...", "zh_CN": "..."}, "summary": {"en": "...", "zh_CN": "..."},
      "preset": {"example": "circle_tanh.layerlab"}            # or an inline project (below)
      "steps": [{"text": {...}, "action": {"set": {...}} | {"train": {...}} | {"compare": {...}}
                 | {"race": {...}} | {"curvature": {...}} | {"show": {}}, "look_at": "loss"}, ...],
      "check": {"kind": "learning_rates", ...thresholds...}
    }

A ``compare`` action may name its runs for the legend in every language:
``"labels": {"small": {"en": "small", "zh_CN": "太小"}, ...}`` (the check uses the variant's key).

An inline preset is ``{"network": [{"type": "input", "name": "input", "shape": [1]}, ...],
"loss": "mse", "dataset": {...}, "split": {...}, "training": {...}, "seed": 0, "scaling": null}``.
"""

import inspect
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.errors import LayerLabError
from engine.messages import QT_TRANSLATE_NOOP, Message, reason

#: Languages every text must exist in: the app's and the lecture notes' (Simplified Chinese).
LANGUAGES = ("en", "zh_CN")
#: The plots a step can point the learner at (the GUI brings that plot to the front).
PLOTS = ("loss", "landscape", "activations", "boundary", "gradient_flow", "confusion", "data", "canvas")
ACTIONS = ("set", "train", "compare", "race", "curvature", "show")
LESSONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "lessons"
EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "examples"
_FILE_NAME = re.compile(r"^(\d\d)_([a-z0-9-]+)\.json$")


class LessonFileError(LayerLabError):
    """A lesson file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Step:
    text: dict[str, str]
    action: dict[str, Any]
    look_at: str


@dataclass(frozen=True)
class Lesson:
    id: str
    slug: str
    title: dict[str, str]
    summary: dict[str, str]
    preset: dict[str, Any]
    steps: tuple[Step, ...]
    check: dict[str, Any]
    path: Path

    @property
    def name(self) -> str:
        """``02 learning-rate``: how the CLI and error messages refer to the lesson."""
        return f"{self.id} {self.slug}"


def _texts(where: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "{where} must be an object with the languages {languages}"),
                context="lessons",
                where=where,
                languages=", ".join(LANGUAGES),
            )
        )
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise LessonFileError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "{where}.{lang} is missing or empty"),
                    context="lessons",
                    where=where,
                    lang=lang,
                )
            )
    return {lang: value[lang] for lang in LANGUAGES}


def _object(where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "{where} must be an object, got {type}"),
                context="lessons",
                where=where,
                type=type(value).__name__,
            )
        )
    return value


def _preset(where: str, value: Any) -> dict[str, Any]:
    preset = _object(where, value)
    if "example" in preset:
        name = preset["example"]
        if not isinstance(name, str) or not (EXAMPLES_DIR / name).is_file():
            raise LessonFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "lessons", "{where}.example names no file in resources/examples: {name!r}"
                    ),
                    context="lessons",
                    where=where,
                    name=name,
                )
            )
    elif not isinstance(preset.get("network"), list) or not preset["network"]:
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "lessons", "{where} needs an 'example' file name or a non-empty 'network' list"
                ),
                context="lessons",
                where=where,
            )
        )
    return preset


def _step(where: str, value: Any) -> Step:
    step = _object(where, value)
    action = _object(f"{where}.action", step.get("action"))
    if len(action) != 1 or next(iter(action)) not in ACTIONS:
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "{where}.action must have exactly one of {actions}, got {got}"),
                context="lessons",
                where=where,
                actions=", ".join(ACTIONS),
                got=str(list(action)),
            )
        )
    look_at = step.get("look_at")
    if look_at not in PLOTS:
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "{where}.look_at must be one of {plots}, got {look_at!r}"),
                context="lessons",
                where=where,
                plots=", ".join(PLOTS),
                look_at=look_at,
            )
        )
    kind, spec = next(iter(action.items()))
    if kind == "compare" and isinstance(spec, dict) and "labels" in spec:
        _labels(f"{where}.action.compare.labels", spec["labels"], spec.get("variants"))
    return Step(_texts(f"{where}.text", step.get("text")), action, look_at)


def _labels(where: str, value: Any, variants: Any) -> dict[str, dict[str, str]]:
    """A comparison's names for its runs in every language (the legend shows them), by the
    variant's label (which the check and the English legend use)."""
    labels = _object(where, value)
    for label, texts in labels.items():
        if not isinstance(variants, dict) or label not in variants:
            raise LessonFileError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "{where}.{label} names no variant of the comparison"),
                    context="lessons",
                    where=where,
                    label=label,
                )
            )
        _texts(f"{where}.{label}", texts)
    return labels


def load_lesson(path: str | Path) -> Lesson:
    """Read and validate one lesson file (every error names ``path`` and the field)."""
    from engine.lessons.checks import CHECKS

    path = Path(path)
    match = _FILE_NAME.match(path.name)
    if not match:
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "lessons", "{path}: lesson files are named NN_slug.json, e.g. 02_learning-rate.json"
                ),
                context="lessons",
                path=str(path),
            )
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "{path}: cannot read the lesson: {error}"),
                context="lessons",
                path=str(path),
                error=str(exc),
            )
        ) from None
    try:
        data = _object("lesson", data)
        if data.get("id") != match[1] or data.get("slug") != match[2]:
            raise LessonFileError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "id/slug must match the file name ({id!r}, {slug!r})"),
                    context="lessons",
                    id=match[1],
                    slug=match[2],
                )
            )
        steps = data.get("steps")
        if not isinstance(steps, list) or not steps:
            raise LessonFileError(
                Message(QT_TRANSLATE_NOOP("lessons", "steps must be a non-empty list"), context="lessons")
            )
        check = _object("check", data.get("check"))
        if check.get("kind") not in CHECKS:
            raise LessonFileError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "check.kind must be one of {kinds}, got {kind!r}"),
                    context="lessons",
                    kinds=", ".join(CHECKS.names()),
                    kind=check.get("kind"),
                )
            )
        known = set(inspect.signature(CHECKS.get(check["kind"])).parameters) - {"state"}
        unknown = sorted(set(check) - known - {"kind"})
        if unknown:
            raise LessonFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "lessons", "check.{setting} is not a setting of {kind} (it takes: {known})"
                    ),
                    context="lessons",
                    setting=unknown[0],
                    kind=check["kind"],
                    known=", ".join(sorted(known)),
                )
            )
        return Lesson(
            id=match[1],
            slug=match[2],
            title=_texts("title", data.get("title")),
            summary=_texts("summary", data.get("summary")),
            preset=_preset("preset", data.get("preset")),
            steps=tuple(_step(f"steps[{i}]", s) for i, s in enumerate(steps)),
            check=check,
            path=path,
        )
    except LessonFileError as exc:
        raise LessonFileError(
            Message(
                QT_TRANSLATE_NOOP("lessons", "{path}: {problem}"),
                context="lessons",
                path=str(path),
                problem=reason(exc),
            )
        ) from None


def load_lessons(directory: str | Path = LESSONS_DIR, ids: list[str] | None = None) -> list[Lesson]:
    """Every lesson in ``directory`` in order, or only those whose id is in ``ids``."""
    lessons = [load_lesson(p) for p in sorted(Path(directory).glob("*.json"))]
    if ids:
        wanted = {i.zfill(2) for i in ids}
        unknown = sorted(wanted - {lesson.id for lesson in lessons})
        if unknown:
            raise LessonFileError(
                Message(
                    QT_TRANSLATE_NOOP("lessons", "no lesson with id {ids} in {directory}"),
                    context="lessons",
                    ids=", ".join(unknown),
                    directory=str(directory),
                )
            )
        lessons = [lesson for lesson in lessons if lesson.id in wanted]
    return lessons
