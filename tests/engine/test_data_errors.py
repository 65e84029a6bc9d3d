"""Every kind of bad data file gets one DataError that names the file, and the row and column
where there is one — checked message by message, because the message is what the user sees."""

import gzip
import re

import numpy as np
import pytest

from engine.data import files, load_dataset
from engine.errors import ConfigError, DataError, LayerLabError


def write(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return name


def write_idx(path, array, type_code=0x08, magic=None, gzipped=False):
    header = magic if magic is not None else bytes([0, 0, type_code, array.ndim])
    dims = b"".join(int(d).to_bytes(4, "big") for d in array.shape)
    dtype = {0x08: ">u1", 0x0C: ">i4", 0x0D: ">f4"}[type_code]
    data = header + dims + array.astype(dtype).tobytes()
    path.write_bytes(gzip.compress(data) if gzipped else data)
    return path.name


def csv_error(tmp_path, text, **settings):
    name = write(tmp_path, "bad.csv", text)
    with pytest.raises(DataError) as caught:
        load_dataset({"name": "csv", "path": name, **settings}, base_dir=tmp_path)
    return str(caught.value)


def test_data_error_is_a_layerlab_error_so_the_cli_shows_only_its_message():
    assert issubclass(DataError, LayerLabError)


def test_ragged_row_names_file_row_and_the_missing_column(tmp_path):
    message = csv_error(tmp_path, "a,b,label\n1,2,x\n3,4,y\n5,6\n7,8,x\n")
    assert "bad.csv, row 4" in message
    assert "2 values, but the header has 3" in message and "column 3 ('label')" in message


def test_row_with_an_extra_value_names_the_extra_column(tmp_path):
    message = csv_error(tmp_path, "1,2,0\n3,4,1\n5,6,1,9\n")
    assert "bad.csv, row 3" in message and "an extra value in column 4" in message
    assert "row 1 has 3" in message  # no header: the first row sets the width


def test_non_numeric_feature_names_file_row_and_column(tmp_path):
    message = csv_error(tmp_path, "height,weight,label\n1.5,60,a\n1.7,seventy,b\n")
    assert "bad.csv, row 3, column 2 ('weight')" in message
    assert "'seventy' is not a number" in message and "features must be numbers" in message


def test_non_numeric_feature_is_not_dropped_by_drop_nonfinite(tmp_path):
    message = csv_error(tmp_path, "a,b,label\n1,2,x\n1,oops,y\n", drop_nonfinite=True)
    assert "row 3, column 2 ('b')" in message


def test_empty_file(tmp_path):
    assert "bad.csv: the file is empty" in csv_error(tmp_path, "")
    assert "bad.csv: the file is empty" in csv_error(tmp_path, "\n  \n\n")


def test_header_without_rows(tmp_path):
    assert "bad.csv: has a header row but no data rows" in csv_error(tmp_path, "a,b,label\n")


def test_a_single_class_names_the_label_column(tmp_path):
    message = csv_error(tmp_path, "a,b,kind\n1,2,cat\n3,4,cat\n5,6,cat\n")
    assert "bad.csv, column 3 ('kind')" in message
    assert "same label 'cat'" in message and "at least two classes" in message


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-Infinity", "1e39"])
def test_nan_or_inf_names_file_row_and_column(tmp_path, value):
    message = csv_error(tmp_path, f"a,b,label\n1,2,x\n3,{value},y\n")
    assert f"bad.csv, row 3, column 2 ('b'): '{value}' is not a finite 32-bit number" in message
    assert "drop_nonfinite=True" in message


def test_missing_value_names_file_row_and_column(tmp_path):
    message = csv_error(tmp_path, "a,b,label\n1,2,x\n3,,y\n")
    assert "bad.csv, row 3, column 2 ('b'): the value is missing" in message


def test_missing_label_names_file_row_and_column(tmp_path):
    message = csv_error(tmp_path, "a,b,label\n1,2,x\n3,4,\n")
    assert "bad.csv, row 3, column 3 ('label'): the value is missing" in message


def test_drop_nonfinite_drops_those_rows_and_says_how_many(tmp_path):
    name = write(tmp_path, "gaps.csv", "a,b,label\n1,2,x\n3,nan,y\n4,5,\n6,inf,x\n7,8,y\n,9,x\n")
    data = load_dataset({"name": "csv", "path": name, "drop_nonfinite": True}, base_dir=tmp_path)
    assert len(data) == 2 and data.dropped == 4
    assert data.notes == ("Dropped 4 rows with missing or non-finite values (rows 3, 4, 5, 7).",)
    np.testing.assert_array_equal(data.x, [[1, 2], [7, 8]])


def test_drop_nonfinite_that_leaves_nothing_is_an_error(tmp_path):
    message = csv_error(tmp_path, "a,label\nnan,x\ninf,y\n", drop_nonfinite=True)
    assert "bad.csv: every row has a missing or non-finite value" in message


def test_label_column_missing_by_name_lists_the_columns(tmp_path):
    message = csv_error(tmp_path, "sepal,petal,kind\n1,2,a\n3,4,b\n", label="species")
    assert "bad.csv: no column named 'species' for the label" in message
    assert "the columns are: sepal, petal, kind" in message


def test_label_column_missing_by_number(tmp_path):
    message = csv_error(tmp_path, "1,2,0\n3,4,1\n", label=5)
    assert "bad.csv: there is no column 5 (counting from 0) for the label; the file has 3 columns" in message


def test_label_by_name_needs_a_header(tmp_path):
    message = csv_error(tmp_path, "1,2,0\n3,4,1\n", label="species")
    assert "bad.csv: has no header row" in message and "give its number instead" in message


def test_label_that_is_not_a_whole_number_points_to_regression(tmp_path):
    message = csv_error(tmp_path, "a,y\n1,0\n2,0.5\n3,1\n")
    assert "bad.csv, row 3, column 2 ('y'): label 0.5 is not a whole number" in message
    assert 'task "regression"' in message


def test_regression_target_must_be_a_number(tmp_path):
    message = csv_error(tmp_path, "a,y\n1,0.5\n2,high\n", task="regression")
    assert (
        "bad.csv, row 3, column 2 ('y'): 'high' is not a number, and a regression target must be" in message
    )


def test_file_too_large_for_memory_is_refused_before_reading(tmp_path, monkeypatch):
    name = write(tmp_path, "big.csv", "a,label\n" + "1.0,x\n2.0,y\n" * 500)
    monkeypatch.setattr(files, "available_memory", lambda: 10_000)
    monkeypatch.setattr(
        "engine.data.csv_import._rows", lambda *a: pytest.fail("the file was read before the size check")
    )
    with pytest.raises(
        DataError, match=r"big\.csv: too large to load — reading it needs about .* of memory, "
    ):
        load_dataset({"name": "csv", "path": name}, base_dir=tmp_path)


def test_gzipped_file_too_large_is_judged_by_its_decompressed_size(tmp_path, monkeypatch):
    path = tmp_path / "big.csv.gz"
    path.write_bytes(gzip.compress(b"a,label\n" + b"0,0\n1,1\n" * 50_000))
    assert path.stat().st_size < 5_000
    monkeypatch.setattr(files, "available_memory", lambda: 1_000_000)
    with pytest.raises(DataError, match=r"big\.csv\.gz: too large to load"):
        load_dataset({"name": "csv", "path": str(path)})


def test_missing_file_names_the_path_and_where_it_was_looked_for(tmp_path):
    with pytest.raises(
        DataError, match=r"data/nowhere\.csv: no such data file \(looked for .*nowhere\.csv\)"
    ):
        load_dataset({"name": "csv", "path": "data/nowhere.csv"}, base_dir=tmp_path)


def test_text_that_is_not_utf8(tmp_path):
    (tmp_path / "bad.csv").write_bytes("a,label\n1,\u732b\n2,\u72d7\n".encode("gbk"))
    with pytest.raises(DataError, match=r"bad\.csv: is not UTF-8 text"):
        load_dataset({"name": "csv", "path": "bad.csv"}, base_dir=tmp_path)


def test_damaged_gzip(tmp_path):
    (tmp_path / "bad.csv.gz").write_bytes(gzip.compress(b"a,label\n" + b"1,x\n2,y\n" * 100)[:40])
    with pytest.raises(DataError, match=r"bad\.csv\.gz: the gzip compression is damaged or cut short"):
        load_dataset({"name": "csv", "path": "bad.csv.gz"}, base_dir=tmp_path)


def test_wrong_idx_magic_names_the_file_and_the_bytes(tmp_path):
    images = write_idx(tmp_path / "images.idx", np.zeros((3, 2, 2)), magic=b"\x12\x34\x08\x03")
    labels = write_idx(tmp_path / "labels.idx", np.array([0, 1, 2]))
    with pytest.raises(DataError) as caught:
        load_dataset({"name": "idx", "images": images, "labels": labels}, base_dir=tmp_path)
    assert "images.idx, bytes 0–3: not an IDX file — it starts with 12 34 08 03" in str(caught.value)


def test_csv_given_as_idx_is_not_an_idx_file(tmp_path):
    name = write(tmp_path, "images.idx", "a,b\n1,2\n")
    write_idx(tmp_path / "labels.idx", np.array([0, 1]))
    with pytest.raises(
        DataError, match=r"images\.idx, bytes 0–3: not an IDX file — it starts with 61 2c 62 0a"
    ):
        load_dataset({"name": "idx", "images": name, "labels": "labels.idx"}, base_dir=tmp_path)


def test_mismatched_image_and_label_counts_name_both_files(tmp_path):
    images = write_idx(tmp_path / "train-images.idx.gz", np.zeros((5, 4, 4)), gzipped=True)
    labels = write_idx(tmp_path / "t10k-labels.idx", np.array([0, 1, 2, 1]))
    with pytest.raises(DataError) as caught:
        load_dataset({"name": "idx", "images": images, "labels": labels}, base_dir=tmp_path)
    message = str(caught.value)
    assert "train-images.idx.gz holds 5 images but" in message and "t10k-labels.idx holds 4 labels" in message


def test_truncated_idx_says_how_much_is_missing(tmp_path):
    path = tmp_path / "images.idx"
    write_idx(path, np.zeros((3, 4, 4)))
    path.write_bytes(path.read_bytes()[:-10])
    write_idx(tmp_path / "labels.idx", np.array([0, 1, 2]))
    with pytest.raises(
        DataError, match=r"images\.idx: cut short — its header promises \(3, 4, 4\) values \(48 bytes\)"
    ):
        load_dataset({"name": "idx", "images": "images.idx", "labels": "labels.idx"}, base_dir=tmp_path)


def test_swapped_idx_files_are_suspected(tmp_path):
    write_idx(tmp_path / "images.idx", np.zeros((3, 4, 4)))
    write_idx(tmp_path / "labels.idx", np.array([0, 1, 2]))
    with pytest.raises(DataError, match=r"labels\.idx: holds a 1-dimensional array.*swapped"):
        load_dataset({"name": "idx", "images": "labels.idx", "labels": "images.idx"}, base_dir=tmp_path)


def test_idx_too_large_is_refused_from_its_header(tmp_path, monkeypatch):
    write_idx(tmp_path / "images.idx", np.zeros((50, 28, 28)))
    write_idx(tmp_path / "labels.idx", np.arange(50) % 10)
    monkeypatch.setattr(files, "available_memory", lambda: 100_000)
    with pytest.raises(DataError, match=r"images\.idx: too large to load"):
        load_dataset({"name": "idx", "images": "images.idx", "labels": "labels.idx"}, base_dir=tmp_path)


def test_idx_nan_names_file_row_and_column(tmp_path):
    images = np.zeros((3, 2, 2))
    images[1, 1, 0] = np.nan
    write_idx(tmp_path / "images.idx", images, type_code=0x0D)
    write_idx(tmp_path / "labels.idx", np.array([0, 1, 2]))
    with pytest.raises(DataError, match=re.escape("images.idx, row 1, column 2: images[1, 1, 0] is nan")):
        load_dataset({"name": "idx", "images": "images.idx", "labels": "labels.idx"}, base_dir=tmp_path)


def test_npz_missing_array_lists_what_it_holds(tmp_path):
    np.savez(tmp_path / "d.npz", features=np.zeros((4, 2)), labels=np.array([0, 1, 0, 1]))
    with pytest.raises(
        DataError, match=r"d\.npz: has no array named 'x' for the features; it holds: features, labels"
    ):
        load_dataset({"name": "npz", "path": "d.npz"}, base_dir=tmp_path)


def test_npz_mismatched_lengths(tmp_path):
    np.savez(tmp_path / "d.npz", x=np.zeros((4, 2)), y=np.array([0, 1, 0]))
    with pytest.raises(DataError, match=r"d\.npz: array 'x' has 4 rows but 'y' has 3"):
        load_dataset({"name": "npz", "path": "d.npz"}, base_dir=tmp_path)


def test_npz_inf_names_row_and_column(tmp_path):
    x = np.zeros((4, 3))
    x[2, 1] = np.inf
    np.savez(tmp_path / "d.npz", x=x, y=np.array([0, 1, 0, 1]))
    with pytest.raises(DataError, match=re.escape("d.npz, row 2, column 1: x[2, 1] is inf")):
        load_dataset({"name": "npz", "path": "d.npz"}, base_dir=tmp_path)


def test_npz_with_python_objects_is_refused_not_unpickled(tmp_path):
    np.savez(tmp_path / "d.npz", x=np.zeros((2, 2)), y=np.array([{"a": 1}, None], dtype=object))
    with pytest.raises(DataError, match=r"d\.npz: array 'y' cannot be read safely"):
        load_dataset({"name": "npz", "path": "d.npz"}, base_dir=tmp_path)


def test_a_csv_named_npz_is_not_a_zip(tmp_path):
    name = write(tmp_path, "d.npz", "a,b\n")
    with pytest.raises(DataError, match=r"d\.npz: is not a NumPy \.npz file"):
        load_dataset({"name": "npz", "path": name}, base_dir=tmp_path)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"name": "csv"}, "data set 'csv' needs the setting path"),
        ({"name": "idx", "images": "a"}, "data set 'idx' needs the setting labels"),
        ({"name": "csv", "path": "a.csv", "sheet": 2}, "data set 'csv' takes only the settings path, label"),
        ({"name": "csv", "path": 3}, "a data file must be given by its path"),
        ({"name": "csv", "path": "a.csv", "drop_nonfinite": "yes"}, "drop_nonfinite must be true or false"),
        (
            {"name": "csv", "path": "a.csv", "task": "clustering"},
            "task must be one of classification, regression",
        ),
        ({"name": "digits", "samples": 10}, "the bundled data set 'digits' takes no settings"),
    ],
)
def test_bad_import_settings_are_config_errors(spec, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_dataset(spec)
