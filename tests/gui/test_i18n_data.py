"""The data area speaks Chinese: file errors, option errors, notes and descriptions made by the
engine, and the data panel's own lines, all in the interface language (and still English in an
English interface)."""

import gzip

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from engine import experiment
from engine.data import load_dataset, split_dataset
from engine.data.batching import check_batch_size
from engine.data.idx_import import read_idx_array
from engine.data.scaling import MinMax
from engine.errors import LayerLabError
from engine.messages import Message, reason
from gui import i18n
from gui.document import GraphDocument
from gui.panels.data import DataPanel


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Tests here switch the language; the next test starts in English again."""
    yield
    i18n.apply_language(qapp, "en")
    QApplication.processEvents()


def failure(call, *args, **kwargs) -> Message:
    """The Message a call fails with (it must fail with one)."""
    with pytest.raises(LayerLabError) as caught:
        call(*args, **kwargs)
    message = reason(caught.value)
    assert isinstance(message, Message), message
    return message


def chinese(qapp, text: str) -> str:
    i18n.apply_language(qapp, "zh_CN")
    try:
        return i18n.translated(text)
    finally:
        i18n.apply_language(qapp, "en")


def damaged_gzip(data: bytes) -> bytes:
    """``data`` gzipped, its compressed stream cut in half (the trailer, which says the size, kept)."""
    raw = gzip.compress(data)
    return raw[: len(raw) // 2] + raw[-8:]


def write_csv(path, rows: list[str]) -> None:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_file_errors_read_in_chinese(qapp, tmp_path):
    idx = tmp_path / "images.idx"
    idx.write_bytes(b"\0\0\x08\x03" + (2).to_bytes(4, "big") + (3).to_bytes(4, "big"))
    cut = failure(read_idx_array, idx)
    assert cut == f"{idx}: the IDX header is cut short (it promises 3 dimensions)"
    assert chinese(qapp, cut) == f"{idx}：IDX 文件头不完整（它声明有 3 个维度）"

    short = tmp_path / "short.idx"
    short.write_bytes(b"\0\0\x08\x01" + (10).to_bytes(4, "big") + bytes(4))
    truncated = failure(read_idx_array, short)
    assert "only 4 bytes follow" in truncated
    assert (
        chinese(qapp, truncated)
        == f"{short}：文件不完整——文件头声明有 (10,) 个值（10 字节），但其后只有 4 字节"
    )

    damaged = tmp_path / "damaged.csv"
    damaged.write_bytes(
        damaged_gzip(b"a,b,label\n" + b"".join(b"%d,%d,%d\n" % (i, i, i % 2) for i in range(30)))
    )
    gz = failure(load_dataset, {"name": "csv", "path": str(damaged)})
    assert gz == f"{damaged}: the gzip compression is damaged or cut short"
    assert chinese(qapp, gz) == f"{damaged}：gzip 压缩数据已损坏或不完整"

    npz = tmp_path / "data.npz"
    npz.write_bytes(b"not a zip archive")
    assert chinese(qapp, failure(load_dataset, {"name": "npz", "path": str(npz)})) == (
        f"{npz}：不是 NumPy .npz 文件（它不是 zip 压缩包）"
    )

    huge = tmp_path / "huge.csv"
    write_csv(huge, ["a,label", "x" * 200_000 + ",1"])
    unreadable = failure(load_dataset, {"name": "csv", "path": str(huge)})
    assert unreadable.startswith(f"{huge}: cannot be read as CSV (")
    assert chinese(qapp, unreadable).startswith(f"{huge}：无法按 CSV 读取（")


def test_fractional_labels_and_option_errors_read_in_chinese(qapp, tmp_path):
    labels = tmp_path / "labels.csv"
    write_csv(labels, ["a,label", "1,0", "2,1.5"])
    fractional = failure(load_dataset, {"name": "csv", "path": str(labels)})
    assert fractional.startswith(f"{labels}, row 3, column 2 ('label'): label 1.5 is not a whole number")
    assert chinese(qapp, fractional) == (
        f"{labels}，第 3 行，第 2 列（'label'）：标签 1.5 不是整数；"
        '类别标签必须是词语或整数（若要预测数值目标，请以 task "regression" 载入）'
    )
    circle = load_dataset({"name": "circle", "samples": 20})
    split = failure(split_dataset, circle, {"test": 0.5, "eval": 0.95})
    assert (
        split
        == "test=0.5 and eval=0.95 leave no samples to train on (20 samples in all); lower the fractions"
    )
    assert chinese(qapp, split) == "test=0.5 和 eval=0.95 没有留下可供训练的样本（共 20 个样本）；请降低比例"
    assert chinese(qapp, failure(split_dataset, circle, {"stratify": "yes"})) == (
        "stratify 必须是 true 或 false，而输入的是 'yes'"
    )
    assert chinese(qapp, failure(load_dataset, {"name": "mystery"})).startswith("未知的数据集 'mystery'；")
    assert chinese(qapp, failure(check_batch_size, 0)) == "批大小必须是 ≥ 1 的整数，而输入的是 0"
    assert (
        chinese(qapp, failure(MinMax, low=1, high=0)) == "缩放 'minmax'：low 必须小于 high，而输入的是 [1, 0]"
    )
    assert chinese(qapp, failure(load_dataset, {"name": "circle", "inputs": ["x3"]})).startswith(
        "未知的输入特征 'x3'；"
    )


def test_notes_and_descriptions_read_in_chinese(qapp, tmp_path):
    path = tmp_path / "gaps.csv"
    write_csv(path, ["a,b,label", "1,2,x", "3,,y", "5,6,x", "7,nan,y", "9,10,y"])
    data = load_dataset({"name": "csv", "path": str(path), "drop_nonfinite": True})
    assert data.notes == ("Dropped 2 rows with missing or non-finite values (rows 3, 5).",)
    assert chinese(qapp, data.notes[0]) == "已丢弃 2 行含缺失值或非有限值的数据（第 3, 5 行）。"
    assert data.description == "3 samples with 2 features from gaps.csv."
    assert chinese(qapp, data.description) == "来自 gaps.csv 的 3 个样本，每个有 2 个特征。"

    circle = load_dataset({"name": "circle"})
    assert circle.description == "A disc inside a ring."
    assert chinese(qapp, circle.description) not in ("", "A disc inside a ring.")
    _, note = experiment.shaped(np.zeros((3, 64), np.float32), (8, 8), "digits")
    assert note == "samples reshaped from (64,) to (8, 8) to fit the Input"
    assert chinese(qapp, note) == "样本形状已从 (64,) 改为 (8, 8)，以适配输入层"


def test_the_data_panel_follows_a_switch_to_chinese(qapp, qtbot, tmp_path):
    path = tmp_path / "gaps.csv"
    write_csv(
        path, ["a,b,label"] + [f"{i},{'' if i == 4 else i % 3},{'yes' if i % 2 else 'no'}" for i in range(20)]
    )
    document = GraphDocument()
    panel = DataPanel(document, lambda: tmp_path)
    qtbot.addWidget(panel)
    assert panel.set_dataset({"name": "csv", "path": "gaps.csv", "drop_nonfinite": True}, "Import data")
    assert panel.counts.text().startswith("19 samples: ")
    assert panel.notes.text() == "Dropped 1 row with missing or non-finite values (row 6)."
    assert panel.description.text() == "19 samples with 2 features from gaps.csv."
    assert panel.preview.kind == "scatter"

    i18n.apply_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: panel.counts.text().startswith("19 个样本："), timeout=2000)
    assert panel.notes.text() == "已丢弃 1 行含缺失值或非有限值的数据（第 6 行）。"
    assert panel.description.text() == "来自 gaps.csv 的 19 个样本，每个有 2 个特征。"
    assert panel.source.currentText() == "文件：gaps.csv"

    damaged = tmp_path / "damaged.csv"
    damaged.write_bytes(damaged_gzip(path.read_bytes()))
    assert not panel.set_dataset({"name": "csv", "path": "damaged.csv"}, "Import data")
    assert panel.error.text() == f"{damaged}：gzip 压缩数据已损坏或不完整"
    assert document.project.dataset["path"] == "gaps.csv"

    i18n.apply_language(qapp, "en")
    qtbot.waitUntil(lambda: panel.counts.text().startswith("19 samples: "), timeout=2000)
    assert panel.error.text() == f"{damaged}: the gzip compression is damaged or cut short"
    assert panel.notes.text().startswith("Dropped 1 row")
    assert panel.source.currentText() == "File: gaps.csv"


def test_the_preview_table_names_unnamed_columns_in_chinese(qapp, qtbot, tmp_path):
    path = tmp_path / "plain.csv"
    write_csv(path, [f"{i},{i % 4},{i * 2},{i % 2}" for i in range(12)])
    document = GraphDocument()
    panel = DataPanel(document, lambda: tmp_path)
    qtbot.addWidget(panel)
    i18n.apply_language(qapp, "zh_CN")
    assert panel.set_dataset({"name": "csv", "path": "plain.csv"}, "Import data")
    assert panel.preview.kind == "table"
    table = panel.preview.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["第 1 列", "第 2 列", "第 3 列", "类别"]
