"""Importing a user's own data: CSV, .npz and IDX files read as the user meant them."""

import gzip

import numpy as np
import pytest

from engine.data import load, load_dataset
from engine.data.csv_import import read_csv
from engine.data.idx_import import read_idx
from engine.data.npz_import import read_npz

IRIS_LIKE = "sepal,petal,species\n5.1,1.4,setosa\n7.0,4.7,versicolor\n6.3,6.0,virginica\n4.9,1.4,setosa\n"


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_with_header_and_word_labels_keeps_the_mapping(tmp_path):
    write(tmp_path, "flowers.csv", IRIS_LIKE)
    data = load_dataset({"name": "csv", "path": "flowers.csv", "label": "species"}, base_dir=tmp_path)
    assert data.task == "classification" and data.num_classes == 3
    assert data.class_names == ("setosa", "versicolor", "virginica")
    np.testing.assert_array_equal(data.y, [0, 1, 2, 0])
    assert data.y.dtype == np.int64 and data.x.dtype == np.float32
    np.testing.assert_allclose(data.x, [[5.1, 1.4], [7.0, 4.7], [6.3, 6.0], [4.9, 1.4]], rtol=1e-6)
    assert data.feature_names == ("sepal", "petal") and data.name == "flowers.csv"
    assert data.dropped == 0 and data.notes == ()


def test_label_by_index_and_chosen_features(tmp_path):
    path = write(tmp_path, "t.csv", "id,label,a,b,c\n1,yes,0.5,2,9\n2,no,1.5,3,8\n")
    data = read_csv(path, label=1, features=["c", 2])
    assert data.feature_names == ("c", "a") and data.class_names == ("no", "yes")
    np.testing.assert_array_equal(data.x, [[9, 0.5], [8, 1.5]])
    np.testing.assert_array_equal(data.y, [1, 0])
    assert read_csv(path, label=-4, features=["a"]).class_names == ("no", "yes")


def test_numeric_labels_are_classes_in_numeric_order(tmp_path):
    path = write(tmp_path, "t.csv", "1,2,10\n3,4,2\n5,6,10.0\n7,8,3\n")
    data = read_csv(path)
    assert data.class_names == ("2", "3", "10")
    np.testing.assert_array_equal(data.y, [2, 0, 2, 1])


def test_header_is_detected_and_can_be_overridden(tmp_path):
    no_header = write(tmp_path, "a.csv", "1,2,0\n3,4,1\n")
    assert len(read_csv(no_header)) == 2 and read_csv(no_header).feature_names == ("column 1", "column 2")
    words = write(tmp_path, "b.csv", "x,y,cls\nup,1,a\ndown,2,b\n")
    assert read_csv(words, header=True, features=["y"]).feature_names == ("y",)
    # A first row of numbers read as a header when told so.
    named = read_csv(write(tmp_path, "c.csv", "2019,2020,label\n1,2,a\n3,4,b\n"), header=True)
    assert named.feature_names == ("2019", "2020")


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_files_are_recognised(tmp_path, delimiter):
    path = write(tmp_path, "t.csv", IRIS_LIKE.replace(",", delimiter))
    assert read_csv(path).x.shape == (4, 2)


def test_explicit_delimiter_quotes_bom_blank_lines_and_gzip(tmp_path):
    text = '\ufeffa|b|name\n\n1|2|"Smith, J."\n3|4|"Lee, K."\n\n'
    path = tmp_path / "t.csv.gz"
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    data = read_csv(path, delimiter="|")
    assert data.feature_names == ("a", "b") and data.class_names == ("Lee, K.", "Smith, J.")


def test_rows_are_numbered_like_a_spreadsheet_even_after_blank_lines(tmp_path):
    path = write(tmp_path, "t.csv", "a,label\n\n1,x\n\n2,y\nbad,x\n")
    with pytest.raises(Exception, match=r"row 6, column 1 \('a'\)"):
        read_csv(path)


def test_regression_from_csv(tmp_path):
    path = write(tmp_path, "houses.csv", "rooms,area,price\n3,70,210.5\n4,95,300\n2,40,99.9\n")
    data = read_csv(path, label="price", task="regression")
    assert data.task == "regression" and data.num_classes == 0 and data.target_names == ("price",)
    assert data.y.shape == (3, 1) and data.y.dtype == np.float32
    np.testing.assert_allclose(data.y[:, 0], [210.5, 300, 99.9], rtol=1e-6)


def test_relative_paths_are_found_from_the_project_folder_absolute_ones_anywhere(tmp_path):
    (tmp_path / "data").mkdir()
    path = write(tmp_path / "data", "my.csv", IRIS_LIKE)
    relative = load_dataset({"name": "csv", "path": "data/my.csv", "label": "species"}, base_dir=tmp_path)
    absolute = load_dataset({"name": "csv", "path": str(path), "label": "species"}, base_dir="/elsewhere")
    np.testing.assert_array_equal(relative.x, absolute.x)
    x, y = load({"name": "csv", "path": "data/my.csv"}, base_dir=tmp_path)
    np.testing.assert_array_equal(x, relative.x) and np.testing.assert_array_equal(y, relative.y)


def test_npz_with_default_and_chosen_keys(tmp_path):
    x = np.arange(12, dtype=np.float64).reshape(6, 2)
    np.savez(tmp_path / "a.npz", x=x, y=np.array([0, 1, 1, 0, 1, 0]))
    np.savez(tmp_path / "b.npz", inputs=x, species=np.array(["b", "a", "b", "a", "a", "c"]))
    a = load_dataset({"name": "npz", "path": "a.npz"}, base_dir=tmp_path)
    b = load_dataset({"name": "npz", "path": "b.npz", "x": "inputs", "y": "species"}, base_dir=tmp_path)
    np.testing.assert_array_equal(a.x, x) and np.testing.assert_array_equal(b.x, x)
    assert a.class_names == ("0", "1") and b.class_names == ("a", "b", "c")
    np.testing.assert_array_equal(b.y, [1, 0, 1, 0, 0, 2])
    assert a.feature_names == ("x[0]", "x[1]")


def test_npz_images_keep_their_shape_and_regression_targets_their_columns(tmp_path):
    np.savez(tmp_path / "img.npz", x=np.zeros((5, 3, 3), np.uint8), y=np.arange(10.0).reshape(5, 2))
    data = read_npz(tmp_path / "img.npz", task="regression")
    assert data.x.shape == (5, 3, 3) and data.y.shape == (5, 2) and data.target_names == ("y[0]", "y[1]")
    assert data.input_shape == (3, 3) and data.num_outputs == 2


def test_npz_drop_nonfinite_reports_the_dropped_rows(tmp_path):
    x = np.ones((5, 2))
    x[1, 0] = np.nan
    np.savez(tmp_path / "d.npz", x=x, y=np.array([0.0, 1.0, np.inf, 0.0, 1.0]))
    data = read_npz(tmp_path / "d.npz", drop_nonfinite=True)
    assert len(data) == 3 and data.dropped == 2 and "rows 1, 2" in data.notes[0]


def write_idx(path, array, type_code=0x08):
    dtype = {0x08: ">u1", 0x0B: ">i2", 0x0E: ">f8"}[type_code]
    body = bytes([0, 0, type_code, array.ndim]) + b"".join(d.to_bytes(4, "big") for d in array.shape)
    data = body + array.astype(dtype).tobytes()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)


def test_idx_reads_mnist_style_files_gzipped_or_not(tmp_path):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (20, 28, 28))
    labels = np.arange(20) % 10
    write_idx(tmp_path / "train-images-idx3-ubyte.gz", images)
    write_idx(tmp_path / "train-labels-idx1-ubyte", labels)
    data = load_dataset(
        {"name": "idx", "images": "train-images-idx3-ubyte.gz", "labels": "train-labels-idx1-ubyte"},
        base_dir=tmp_path,
    )
    assert data.x.shape == (20, 28, 28) and data.x.dtype == np.float32
    np.testing.assert_array_equal(data.x, images)
    np.testing.assert_array_equal(data.y, labels)
    assert data.class_names == tuple("0123456789") and "28 × 28" in data.description


def test_idx_with_wider_types(tmp_path):
    write_idx(tmp_path / "i.idx", np.array([[1.5, -2.0], [3.0, 4.25]]), type_code=0x0E)
    write_idx(tmp_path / "l.idx", np.array([7, -1]), type_code=0x0B)
    data = read_idx(tmp_path / "i.idx", tmp_path / "l.idx")
    np.testing.assert_array_equal(data.x, [[1.5, -2.0], [3.0, 4.25]])
    assert data.class_names == ("-1", "7") and list(data.y) == [1, 0]


def test_input_features_apply_to_imported_two_feature_sets(tmp_path):
    write(tmp_path, "f.csv", IRIS_LIKE)
    data = load_dataset({"name": "csv", "path": "f.csv", "inputs": ["x1_x2", "x1"]}, base_dir=tmp_path)
    assert data.feature_names == ("x₁·x₂", "x₁")
    np.testing.assert_allclose(data.x[0], [5.1 * 1.4, 5.1], rtol=1e-6)
