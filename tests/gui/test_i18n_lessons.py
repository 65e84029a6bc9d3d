"""Lesson sentences in the interface language: lesson-file and lesson-step errors, a step that
could not run as the lesson panel says it, and the comparison plot's headline, notes and race
summary — in Chinese where the window shows them, and unchanged in English."""

import dataclasses
import json
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QWidget

from engine.errors import ConfigError
from engine.lessons import LessonFileError, Step, load_lesson, load_lessons, run_lesson
from engine.lessons.compare import Comparison, boundaries, fitted_curves, shared_surface, training_failed
from engine.lessons.format import LESSONS_DIR
from engine.lessons.runner import build_project
from engine.messages import reason
from gui import i18n


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Tests here switch the language; the next test starts in English again."""
    yield
    i18n.apply_language(qapp, "en")


def lesson_data(lesson_id: str) -> dict:
    path = next(LESSONS_DIR.glob(f"{lesson_id}_*.json"))
    return json.loads(path.read_text(encoding="utf-8"))


def write_lesson(tmp_path, data: dict):
    path = tmp_path / f"{data['id']}_{data['slug']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_lesson_file_errors_are_translated_part_by_part(qapp, tmp_path):
    data = lesson_data("01")
    data["title"].pop("zh_CN")
    path = write_lesson(tmp_path, data)
    with pytest.raises(LessonFileError) as missing:
        load_lesson(path)
    assert str(missing.value) == f"{path}: title.zh_CN is missing or empty"
    data = lesson_data("01")
    data["steps"][0]["look_at"] = "radar"
    with pytest.raises(LessonFileError) as look_at:
        load_lesson(write_lesson(tmp_path, data))
    assert "steps[0].look_at must be one of loss, landscape" in str(look_at.value)
    i18n.apply_language(qapp, "zh_CN")
    assert i18n.translated(reason(missing.value)) == f"{path}：title.zh_CN 缺失或为空"
    shown = i18n.translated(reason(look_at.value))
    assert "steps[0].look_at 必须是 loss, landscape" in shown and "现在是 'radar'" in shown


def test_a_lesson_step_missing_a_setting_is_translated(qapp, tmp_path):
    data = lesson_data("15")
    next(s for s in data["steps"] if "race" in s["action"])["action"]["race"].pop("function")
    path = write_lesson(tmp_path, data)
    with pytest.raises(LessonFileError) as info:
        run_lesson(load_lesson(path))
    assert str(info.value) == f"{path}: steps[1].action needs the setting 'function'"
    i18n.apply_language(qapp, "zh_CN")
    assert i18n.translated(reason(info.value)) == f"{path}：steps[1].action 需要设置 'function'"


def test_comparison_notes_are_translated(qapp):
    # A 1-D regression has no decision boundary, a 2-D one no fitted curve: the comparison
    # plot shows these sentences where the picture would be.
    line = SimpleNamespace(prepared=SimpleNamespace(train=(np.zeros((4, 1)), np.zeros((4, 1)))))
    plane = SimpleNamespace(prepared=SimpleNamespace(train=(np.zeros((4, 2)), np.zeros(4, np.int64))))
    with pytest.raises(ConfigError) as no_boundary:
        boundaries({"a": line})
    with pytest.raises(ConfigError) as no_fit:
        fitted_curves({"a": plane})
    failed = training_failed("large", "the loss is NaN")
    assert str(failed) == "training 'large' failed: the loss is NaN"
    i18n.apply_language(qapp, "zh_CN")
    assert i18n.translated(reason(no_boundary.value)) == "决策边界需要每个样本有两个输入和一个类别标签"
    assert i18n.translated(reason(no_fit.value)) == "拟合曲线需要每个样本只有一个输入和一个目标值的数据"
    assert i18n.translated(failed) == "训练 'large' 失败：the loss is NaN"


@pytest.fixture
def lessons(window):
    panel = window.findChild(QWidget, "lessonPanel")
    panel.parentWidget().show()
    panel.parentWidget().raise_()
    QApplication.processEvents()
    return panel


def open_step(panel, lesson_id: str, step: int) -> None:
    panel.list.setCurrentRow(next(i for i, lesson in enumerate(panel.lessons) if lesson.id == lesson_id))
    panel.go_to(step)


def test_a_step_that_cannot_run_says_why_in_chinese(qapp, window, lessons):
    open_step(lessons, "05", 0)
    lesson = lessons.lesson
    broken = Step(lesson.steps[0].text, {"set": {"layers.nothing.activation": "relu"}}, "canvas")
    lessons.lesson = lessons.lessons[4] = dataclasses.replace(lesson, steps=(broken, *lesson.steps[1:]))
    i18n.apply_language(qapp, "zh_CN")
    lessons.run_button.click()
    shown = lessons.message.text()
    assert shown.startswith("这一步无法运行：layers.nothing.activation：网络中没有名为 'nothing' 的层")
    assert "no layer" not in shown and lessons.message.isVisible()
    # A step whose action leaves out a setting it needs.
    missing = Step(lesson.steps[0].text, {"race": {}}, "landscape")
    lessons.lesson = lessons.lessons[4] = dataclasses.replace(lesson, steps=(missing, *lesson.steps[1:]))
    lessons.run_button.click()
    assert lessons.message.text() == "这一步无法运行：它需要设置 'function'"


def test_the_look_at_line_of_a_comparison_step_is_chinese(qapp, lessons):
    open_step(lessons, "02", 1)
    i18n.apply_language(qapp, "zh_CN")
    QApplication.processEvents()  # the panel re-reads its texts on the LanguageChange event
    assert lessons.look_at.text() == "请看：对比运行 — 损失曲面"
    i18n.apply_language(qapp, "en")
    QApplication.processEvents()
    assert lessons.look_at.text() == "Look at: Compare runs — Loss landscape"


def test_a_comparison_says_what_blew_up_and_why_a_picture_is_missing_in_chinese(qapp, window, lessons, qtbot):
    comparison = window.lessons.comparison
    i18n.apply_language(qapp, "zh_CN")
    open_step(lessons, "02", 1)  # three learning rates on a line; the largest explodes
    lessons.run_button.click()
    qtbot.waitUntil(lambda: comparison.surface is not None, timeout=30000)
    headline = comparison.headline.text()
    assert headline.startswith("太大：损失在第 ") and "暴增到" in headline, headline  # the run is named too
    assert "exploded" not in headline
    assert [text.text for _, text in comparison.loss_legend.items] == ["太小", "合适", "太大"]
    comparison.view.setCurrentIndex(comparison.view.findData("boundary"))  # a line has no boundary
    assert comparison.caption.text() == "决策边界需要每个样本有两个输入和一个类别标签"


def test_an_optimizer_race_says_its_function_and_results_in_chinese(qapp, window, lessons):
    comparison = window.lessons.comparison
    i18n.apply_language(qapp, "zh_CN")
    open_step(lessons, "15", 1)  # SGD, momentum, RMSProp and Adam on the banana valley
    lessons.run_button.click()
    assert comparison.headline.text() == "Rosenbrock（香蕉函数）"
    caption = comparison.caption.text().split("  ·  ")
    assert caption[0].startswith("一条又长又弯的山谷")
    assert caption[2].startswith("SGD + 动量（η = 0.001）：第 ") and caption[2].endswith(" 步时 f < 0.01")
    assert caption[1] == "SGD（随机梯度下降）（η = 0.001）：未降到 0.01 以下"
    names = [text.text for _, text in comparison.loss_legend.items]
    assert names == ["SGD（随机梯度下降）", "SGD + 动量", "RMSProp", "Adam"]


def test_the_metric_axis_names_the_metric_in_chinese(qapp, window):
    comparison = window.lessons.comparison
    assert comparison._metric_title("mae") == "Mean absolute error"
    i18n.apply_language(qapp, "zh_CN")
    assert comparison._metric_title("mae") == "平均绝对误差"
    assert comparison._metric_title("accuracy") == "准确率"


def test_the_plane_of_a_comparison_has_chinese_axis_titles(qapp):
    variants = {a: {"layers.hidden.activation": a} for a in ("sigmoid", "tanh")}
    comparison = Comparison(build_project(load_lessons(ids=["09"])[0].preset), variants, epochs=1)
    try:
        comparison.start()
        assert comparison.wait(timeout=60)
    finally:
        comparison.close()
    surface = shared_surface(comparison.variants, comparison.shared_loss, resolution=5)
    assert surface.axis_labels == ("PC 1", "PC 2") and not surface.exact
    i18n.apply_language(qapp, "zh_CN")
    assert [i18n.translated(a) for a in surface.axis_labels] == ["主成分 1", "主成分 2"]
