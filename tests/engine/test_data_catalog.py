"""One catalog and one spec format for every set: what the data picker and the CLI rely on."""

import numpy as np
import pytest

from engine.data import GENERATORS, catalog, load, load_dataset
from engine.errors import ConfigError


def test_catalog_lists_every_generated_and_bundled_set_once():
    names = [info.name for info in catalog()]
    assert len(names) == len(set(names))
    assert set(names) == set(GENERATORS.names()) | {"digits", "iris"}


@pytest.mark.parametrize("info", catalog(), ids=lambda info: info.name)
def test_every_catalog_entry_loads_as_described(info):
    data = load_dataset({"name": info.name})
    assert data.task == info.task and data.num_classes == info.num_classes
    assert len(data) == info.samples and data.x.shape[1] == info.features
    assert data.name == info.name and data.description == info.description
    if info.source == "generated":
        assert info.settings[:3] == ("samples", "noise", "seed")
        assert ("outliers" in info.settings) == (info.task == "regression")


def test_load_keeps_returning_x_and_y():
    x, y = load({"name": "circle", "samples": 50, "noise": 0.1, "seed": 0})
    assert x.shape == (50, 2) and y.shape == (50,) and y.dtype == np.int64


def test_names_are_forgiving_about_case_and_spaces():
    assert load_dataset({"name": " Digits "}).name == "digits"
    assert load_dataset({"name": "CIRCLE", "samples": 10}).name == "circle"


def test_generated_sets_name_their_classes_and_features():
    data = load_dataset({"name": "blobs", "classes": 4, "samples": 40})
    assert data.num_classes == 4 and data.class_names == ("0", "1", "2", "3")
    assert data.feature_names == ("x1", "x2") and data.input_shape == (2,) and data.num_outputs == 4


def test_input_features_on_a_generated_set():
    plain = load_dataset({"name": "circle", "samples": 30, "seed": 5})
    lifted = load_dataset(
        {"name": "circle", "samples": 30, "seed": 5, "inputs": ["x1_squared", "x2_squared"]}
    )
    np.testing.assert_allclose(lifted.x, plain.x**2, rtol=1e-6)
    np.testing.assert_array_equal(lifted.y, plain.y)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({}, "unknown data set None"),
        ({"name": "mnist"}, "unknown data set 'mnist'; choose one of: circle, xor"),
        ("circle", "a data set is described by a mapping"),
        ({"name": "digits", "inputs": ["x1"]}, "input features are built from 2-D points"),
    ],
)
def test_bad_specs_are_config_errors(spec, message):
    with pytest.raises(ConfigError, match=message):
        load_dataset(spec)
