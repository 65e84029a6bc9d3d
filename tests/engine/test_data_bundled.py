"""The bundled real sets load offline through the same spec as everything else, intact."""

import numpy as np
import pytest

from engine.data import catalog, load_dataset
from engine.data.bundled import BUNDLED, DATASETS_DIR


def test_digits_is_the_uci_test_set_of_8x8_images():
    data = load_dataset({"name": "digits"})
    assert data.x.shape == (1797, 64) and data.x.dtype == np.float32
    assert data.num_classes == 10 and data.class_names == tuple("0123456789")
    assert data.x.min() == 0 and data.x.max() == 16 and np.all(data.x == np.round(data.x))
    counts = data.class_counts()
    assert counts.sum() == 1797 and counts.min() >= 174 and counts.max() <= 183
    assert data.feature_names[0] == "pixel_0_0" and data.feature_names[-1] == "pixel_7_7"
    # The first sample is a zero: an ink ring around an empty centre.
    image = data.x[0].reshape(8, 8)
    assert data.y[0] == 0 and image[3:5, 3:5].sum() == 0 and image[3:5, 1].min() > 0


def test_iris_has_150_flowers_of_three_species():
    data = load_dataset({"name": "iris"})
    assert data.x.shape == (150, 4) and data.num_classes == 3
    assert data.class_names == ("setosa", "versicolor", "virginica")
    np.testing.assert_array_equal(data.class_counts(), [50, 50, 50])
    np.testing.assert_allclose(data.x.mean(axis=0), [5.843, 3.057, 3.758, 1.199], atol=1e-3)
    # Setosa is the species a straight line separates: its petals are all shorter.
    petal = data.x[:, 2]
    assert petal[data.y == 0].max() < petal[data.y != 0].min()


@pytest.mark.parametrize("name", BUNDLED.names())
def test_catalog_entries_match_the_files(name):
    entry = next(info for info in catalog() if info.name == name)
    data = load_dataset({"name": name})
    assert (entry.samples, entry.num_classes, entry.features) == (
        len(data),
        data.num_classes,
        data.x.shape[1],
    )
    assert entry.source == "bundled" and data.description == entry.description and data.name == name


@pytest.mark.parametrize("name", BUNDLED.names())
def test_each_bundled_file_is_small_and_has_its_source_and_licence_beside_it(name):
    entry = BUNDLED.get(name)
    assert (DATASETS_DIR / entry.file).stat().st_size < 100_000
    note = (DATASETS_DIR / f"{name}.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in note and "https://doi.org/10.24432/" in note
