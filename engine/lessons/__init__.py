"""Lessons: the syllabus's concepts as data (resources/lessons), run and checked headless.

``load_lessons()`` reads and validates the lesson files; ``run_lesson(lesson)`` carries out a
lesson's steps on the real engine and returns its check's ``(passed, message)``. A step that
compares settings trains its variants side by side with :class:`~engine.lessons.compare.Comparison`
(the same object the GUI's comparison plot polls). The GUI's lesson panel and
``layerlab lessons --check`` both start here.
"""

from engine.lessons.compare import Comparison
from engine.lessons.format import LANGUAGES, PLOTS, Lesson, LessonFileError, Step, load_lesson, load_lessons
from engine.lessons.runner import run_lesson

__all__ = [
    "LANGUAGES",
    "PLOTS",
    "Comparison",
    "Lesson",
    "LessonFileError",
    "Step",
    "load_lesson",
    "load_lessons",
    "run_lesson",
]
