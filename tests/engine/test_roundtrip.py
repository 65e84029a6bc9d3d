"""Round trips: every registered layer, activation, loss, optimizer, initializer, regularizer and
schedule survives get_config → JSON → from_config exactly; projects survive save → load bit for
bit; bad files are refused with a message naming the file and the field; saves are atomic."""

import io
import json
import os
import pathlib
import zipfile

import numpy as np
import pytest

from engine import activations, initializers, losses, optimizers, regularizers, schedules
from engine import layers as L
from engine.errors import GraphError, LayerLabError, ProjectFileError
from engine.graph import AddNode, LayerGraph, SetConfig
from engine.model import Model, Sequential
from engine.project import FORMAT, FORMAT_VERSION, Project, load_model


def json_trip(config):
    return json.loads(json.dumps(config, allow_nan=False))


def state(obj) -> dict:
    """Every attribute of a config object except training state (what a round trip must keep)."""
    return {k: v for k, v in vars(obj).items() if k not in ("slots", "iterations")}


# -- layers -------------------------------------------------------------------------------------------

LAYER_SETTINGS = {
    "input": {"shape": (8, 8)},
    "dense": {
        "units": 5,
        "activation": {"name": "leaky_relu", "alpha": 0.2},
        "use_bias": False,
        "kernel_initializer": {"name": "random_normal", "mean": 0.1, "stddev": 0.3},
        "bias_initializer": "ones",
        "kernel_regularizer": {"name": "l1l2", "l1": 0.01, "l2": 0.02},
    },
    "activation": {"activation": "gelu"},
    "dropout": {"rate": 0.35},
    "flatten": {},
    "batch_normalization": {"momentum": 0.9, "epsilon": 1e-5, "center": False, "scale": False},
    "add": {},
    "concatenate": {},
    "output": {"loss": {"name": "huber", "delta": 2.5}},
}


def test_every_layer_has_round_trip_settings():
    assert set(LAYER_SETTINGS) == set(L.LAYERS.names())


@pytest.mark.parametrize("type_name", L.LAYERS.names())
def test_layer_config_round_trip(type_name):
    cls = L.LAYERS.get(type_name)
    settings = LAYER_SETTINGS[type_name]
    layer = cls(**settings)
    config = layer.get_config()
    assert set(config) == {f.name for f in cls.fields}
    if cls.fields:
        # The settings were really taken (not silently left at their defaults).
        assert config != cls().get_config()
        for key in settings:
            assert getattr(layer, key) == layer.config[key]

    rebuilt = cls.from_config(config)
    assert rebuilt == layer
    assert type(rebuilt) is cls
    assert rebuilt.get_config() == config

    through_json = L.from_config(type_name, json_trip(config))
    assert through_json == layer
    assert through_json.get_config() == config
    assert json_trip(through_json.get_config()) == json_trip(config)

    # A graph node built from the config gives back the same layer.
    graph = LayerGraph()
    nid = graph.add_layer(layer)
    assert graph.layer(nid) == layer
    assert LayerGraph.from_dict(json_trip(graph.to_dict())).layer(nid) == layer


@pytest.mark.parametrize("type_name", L.LAYERS.names())
def test_layer_default_config_round_trip(type_name):
    cls = L.LAYERS.get(type_name)
    layer = cls()
    assert cls.from_config(json_trip(layer.get_config())) == layer


def test_layer_equality_sees_differences():
    assert L.Dense(4) != L.Dense(5)
    assert L.Dense(4) != L.Dense(4, activation="relu")
    assert L.Dropout(0.2) != L.BatchNormalization()
    assert L.Dense(4, kernel_regularizer={"name": "l2", "l2": 0.1}) != L.Dense(
        4, kernel_regularizer={"name": "l2", "l2": 0.2}
    )


def test_layer_positional_settings_and_aliases():
    assert L.Dense(4, "relu") == L.Dense(units=4, activation="relu")
    assert L.from_config("Fully_Connected", {"units": 3}) == L.Dense(3)
    assert L.Input(3).get_config() == {"shape": [3]}


# -- activations, losses, initializers, regularizers, schedules --------------------------------------

ACTIVATION_SETTINGS = {"leaky_relu": {"alpha": 0.3}, "elu": {"alpha": 0.7}}
LOSS_SETTINGS = {
    "huber": {"delta": 0.5},
    "binary_crossentropy": {"from_logits": True},
    "categorical_crossentropy": {"from_logits": True},
    "sparse_categorical_crossentropy": {"from_logits": True},
}
INITIALIZER_SETTINGS = {
    "constant": {"value": 0.25},
    "random_normal": {"mean": 0.5, "stddev": 0.2},
    "random_uniform": {"minval": -0.3, "maxval": 0.7},
}
REGULARIZER_SETTINGS = {"l1l2": {"l1": 0.001, "l2": 0.002}, "l1": {"l1": 0.05}, "l2": {"l2": 0.03}}
COSINE = {"name": "cosine", "initial_learning_rate": 0.1, "decay_steps": 50, "alpha": 0.2}
SCHEDULE_SETTINGS = {
    "constant": {"initial_learning_rate": 0.3},
    "step": {"initial_learning_rate": 0.1, "step_size": 7, "gamma": 0.25},
    "exponential": {"initial_learning_rate": 0.2, "decay_steps": 30, "decay_rate": 0.8},
    "cosine": {k: v for k, v in COSINE.items() if k != "name"},
    "warmup": {"initial_learning_rate": 0.1, "warmup_steps": 5, "after": COSINE},
}


def _check_registry_round_trip(registry, get, cls, settings, baseline=None):
    obj = cls(**settings)
    config = obj.get_config()
    assert config["name"] == registry.canonical(config["name"])
    rebuilt = get(config)
    assert type(rebuilt) is cls
    assert rebuilt == obj
    assert state(rebuilt) == state(obj)
    assert rebuilt.get_config() == config
    from_json = get(json_trip(config))
    assert from_json == obj
    assert state(from_json) == state(obj)
    assert json_trip(from_json.get_config()) == json_trip(config)
    if settings:
        assert obj != (baseline or cls)(), "the non-default settings were not kept"
    return obj, rebuilt


@pytest.mark.parametrize("name", activations.ACTIVATIONS.names())
def test_activation_round_trip(name):
    cls = activations.ACTIVATIONS.get(name)
    obj, rebuilt = _check_registry_round_trip(
        activations.ACTIVATIONS, activations.get, cls, ACTIVATION_SETTINGS.get(name, {})
    )
    assert activations.get(activations.serialize(obj)) == obj
    x = np.linspace(-3, 3, 13).reshape(1, -1)
    np.testing.assert_array_equal(rebuilt(x), obj(x))


@pytest.mark.parametrize("name", losses.LOSSES.names())
def test_loss_round_trip(name):
    cls = losses.LOSSES.get(name)
    obj, _ = _check_registry_round_trip(losses.LOSSES, losses.get, cls, LOSS_SETTINGS.get(name, {}))
    assert losses.get(json_trip(losses.serialize(obj))) == obj


@pytest.mark.parametrize("name", initializers.INITIALIZERS.names())
def test_initializer_round_trip(name):
    cls = initializers.INITIALIZERS.get(name)
    obj, rebuilt = _check_registry_round_trip(
        initializers.INITIALIZERS, initializers.get, cls, INITIALIZER_SETTINGS.get(name, {})
    )
    assert initializers.get(json_trip(initializers.serialize(obj))) == obj
    a = obj((3, 4), np.random.default_rng(5))
    b = rebuilt((3, 4), np.random.default_rng(5))
    np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("name", regularizers.REGULARIZERS.names())
def test_regularizer_round_trip(name):
    cls = regularizers.REGULARIZERS.get(name)
    obj, rebuilt = _check_registry_round_trip(
        regularizers.REGULARIZERS, regularizers.get, cls, REGULARIZER_SETTINGS[name]
    )
    w = np.array([[1.0, -2.0], [0.5, 0.0]])
    assert rebuilt.penalty(w) == obj.penalty(w)


@pytest.mark.parametrize("name", schedules.SCHEDULES.names())
def test_schedule_round_trip(name):
    cls = schedules.SCHEDULES.get(name)
    obj, rebuilt = _check_registry_round_trip(
        schedules.SCHEDULES,
        schedules.get,
        cls,
        SCHEDULE_SETTINGS[name],
        baseline=lambda: cls(initial_learning_rate=1.0),
    )
    assert [rebuilt(s) for s in range(0, 120, 7)] == [obj(s) for s in range(0, 120, 7)]


def test_every_parametrized_entry_is_registered():
    # The settings tables must not name entries that no longer exist (typos test nothing).
    assert set(ACTIVATION_SETTINGS) <= set(activations.ACTIVATIONS.names())
    assert set(LOSS_SETTINGS) <= set(losses.LOSSES.names())
    assert set(INITIALIZER_SETTINGS) <= set(initializers.INITIALIZERS.names())
    assert set(REGULARIZER_SETTINGS) == set(regularizers.REGULARIZERS.names())
    assert set(SCHEDULE_SETTINGS) == set(schedules.SCHEDULES.names())


# -- optimizers ---------------------------------------------------------------------------------------

OPTIMIZER_SETTINGS = {
    "sgd": {"learning_rate": 0.05, "momentum": 0.5, "nesterov": True, "clipvalue": 1.0},
    "momentum": {
        "learning_rate": {"name": "step", "initial_learning_rate": 0.1, "step_size": 3, "gamma": 0.5},
        "momentum": 0.8,
    },
    "nesterov": {"learning_rate": 0.02, "momentum": 0.7, "global_clipnorm": 2.0},
    "rmsprop": {"learning_rate": 0.002, "rho": 0.8, "epsilon": 1e-6, "clipnorm": 1.5},
    "adagrad": {"learning_rate": 0.3, "initial_accumulator_value": 0.2, "epsilon": 1e-5},
    "adam": {
        "learning_rate": {
            "name": "warmup",
            "initial_learning_rate": 0.01,
            "warmup_steps": 2,
            "after": {"name": "cosine", "initial_learning_rate": 0.01, "decay_steps": 10, "alpha": 0.1},
        },
        "beta_1": 0.8,
        "beta_2": 0.99,
        "epsilon": 1e-6,
    },
    "adamw": {
        "learning_rate": {
            "name": "exponential",
            "initial_learning_rate": 0.01,
            "decay_steps": 4,
            "decay_rate": 0.5,
        },
        "weight_decay": 0.01,
        "beta_2": 0.95,
    },
}


def test_every_optimizer_has_round_trip_settings():
    assert set(OPTIMIZER_SETTINGS) == set(optimizers.OPTIMIZERS.names())


@pytest.mark.parametrize("name", optimizers.OPTIMIZERS.names())
def test_optimizer_round_trip(name):
    cls = optimizers.OPTIMIZERS.get(name)
    obj, rebuilt = _check_registry_round_trip(
        optimizers.OPTIMIZERS, optimizers.get, cls, OPTIMIZER_SETTINGS[name]
    )
    # The same gradients give the same steps (schedule and slots included).
    rng = np.random.default_rng(0)
    p1 = [rng.normal(size=(3, 2)), rng.normal(size=4)]
    p2 = [p.copy() for p in p1]
    for _ in range(6):
        grads = [rng.normal(size=p.shape) * 3 for p in p1]
        obj.apply(p1, grads)
        rebuilt.apply(p2, grads)
    for a, b in zip(p1, p2, strict=True):
        np.testing.assert_array_equal(a, b)
    assert obj.current_learning_rate == rebuilt.current_learning_rate


def test_optimizer_with_schedule_keeps_the_schedule():
    opt = optimizers.get(OPTIMIZER_SETTINGS["adam"] | {"name": "adam"})
    config = json_trip(opt.get_config())
    assert config["learning_rate"]["name"] == "warmup"
    assert config["learning_rate"]["after"]["name"] == "cosine"
    again = optimizers.get(config)
    assert isinstance(again.learning_rate, schedules.LinearWarmup)
    assert isinstance(again.learning_rate.after, schedules.CosineDecay)
    assert [again.learning_rate(s) for s in range(15)] == [opt.learning_rate(s) for s in range(15)]


def test_optimizer_constant_learning_rate_is_a_plain_number():
    config = optimizers.get({"name": "sgd", "learning_rate": 0.125}).get_config()
    assert config["learning_rate"] == 0.125


# -- projects: save and load ------------------------------------------------------------------------


def full_project(dtype: str = "float32") -> Project:
    graph = LayerGraph()
    ids = {}
    for name, layer, pos in [
        ("features", L.Input(2), (-40.5, 10.0)),
        ("left", L.Dense(4, activation="relu"), (120.0, -80.25)),
        ("right", L.Dense(3, activation={"name": "elu", "alpha": 0.5}), (120.0, 80.0)),
        ("隐藏 join", L.Concatenate(), (260.0, 0.0)),
        ("norm", L.BatchNormalization(momentum=0.8), (380.0, 0.0)),
        ("head", L.Dense(1, activation="sigmoid", kernel_regularizer={"name": "l2", "l2": 0.001}), (500, 3)),
        ("prediction", L.Output(loss="binary_crossentropy"), (640.0, 0.0)),
    ]:
        ids[name] = graph.add_layer(layer, name=name, position=pos)
    for s, t in [
        ("features", "left"),
        ("features", "right"),
        ("right", "隐藏 join"),  # right first: Concatenate's input order must survive
        ("left", "隐藏 join"),
        ("隐藏 join", "norm"),
        ("norm", "head"),
        ("head", "prediction"),
    ]:
        graph.connect(ids[s], ids[t])
    model = Model(graph, dtype=dtype, seed=7)
    assert model.count_params() > 0  # builds the network and draws the initial weights
    rng = np.random.default_rng(3)
    weights = {
        nid: {k: (v + rng.normal(size=v.shape)).astype(dtype) for k, v in arrays.items()}
        for nid, arrays in model.params.items()
    }
    return Project(
        graph=graph,
        dataset={"name": "moons", "n_samples": 300, "noise": 0.15, "options": {"shuffle": True}},
        split={"test": 0.2, "eval": 0.1, "stratify": True},
        training={
            "optimizer": optimizers.get(OPTIMIZER_SETTINGS["adam"] | {"name": "adam"}).get_config(),
            "metrics": ["accuracy", "f1"],
            "batch_size": 16,
            "epochs": 40,
            "backend": "reference",
        },
        seed=1234,
        dtype=dtype,
        weights=weights,
    )


def assert_same_weights(a, b):
    assert a is not None and b is not None
    assert set(a) == set(b)
    for nid in a:
        assert set(a[nid]) == set(b[nid])
        for name in a[nid]:
            x, y = a[nid][name], b[nid][name]
            assert x.dtype == y.dtype and x.shape == y.shape
            assert x.tobytes() == y.tobytes(), f"{nid}/{name} changed"


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_project_round_trip(tmp_path, dtype):
    project = full_project(dtype)
    path = tmp_path / "study.layerlab"
    project.save(path)
    assert zipfile.is_zipfile(path)
    loaded = Project.load(path)
    assert loaded.graph.validate() == []
    assert loaded.to_json() == project.to_json()
    assert loaded.graph.to_dict() == project.graph.to_dict()
    assert [tuple(n.position) for n in loaded.graph.nodes.values()] == [
        tuple(n.position) for n in project.graph.nodes.values()
    ]
    assert loaded.dataset == project.dataset
    assert loaded.split == project.split
    assert loaded.training == project.training
    assert loaded.seed == 1234
    assert loaded.dtype == dtype
    assert_same_weights(loaded.weights, project.weights)

    # And a second save of the loaded project gives an identical file content.
    again = tmp_path / "again.layerlab"
    loaded.save(again)
    assert Project.load(again).to_json() == project.to_json()
    assert_same_weights(Project.load(again).weights, project.weights)


def test_project_to_model_uses_the_saved_weights_and_settings(tmp_path):
    project = full_project()
    path = tmp_path / "p.layerlab"
    project.save(path)
    model = Project.load(path).to_model()
    assert model.seed == 1234
    assert model.metrics == ["accuracy", "f1"]
    assert model.optimizer == optimizers.get(project.training["optimizer"])
    for nid, arrays in project.weights.items():
        for name, array in arrays.items():
            np.testing.assert_array_equal(model.params[nid][name], array)


def test_model_save_and_load_model_predict_identically(tmp_path):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(64, 2)).astype(np.float32)
    y = (x[:, 0] * x[:, 1] > 0).astype(np.float32)
    model = Sequential(
        [L.Input(2), L.Dense(6, activation="tanh"), L.BatchNormalization(), L.Dense(1, activation="sigmoid")],
        seed=4,
    )
    model.compile(optimizers.Adam(0.01), "binary_crossentropy", ["accuracy"])
    model.fit(x, y, epochs=3, batch_size=16, seed=4)
    path = tmp_path / "trained.layerlab"
    model.save(str(path))
    loaded = load_model(path)
    np.testing.assert_array_equal(loaded.predict(x), model.predict(x))
    for a, b in zip(loaded.get_weights(), model.get_weights(), strict=True):
        assert a.tobytes() == b.tobytes()
    assert loaded.graph.to_dict() == model.graph.to_dict()
    assert loaded.metrics == ["accuracy"]
    assert loaded.optimizer == model.optimizer
    assert loaded.evaluate(x, y) == model.evaluate(x, y)


def test_plain_json_project_without_weights_loads(tmp_path):
    project = full_project()
    project.weights = None
    path = tmp_path / "plain.json"
    path.write_text(json.dumps(project.to_json(), ensure_ascii=False), encoding="utf-8")
    loaded = Project.load(path)
    assert loaded.to_json() == project.to_json()
    assert loaded.weights is None
    # It still makes a model (fresh weights from the saved seed).
    model = loaded.to_model()
    assert model.seed == 1234
    assert model.predict(np.zeros((2, 2), np.float32)).shape == (2, 1)


def test_project_without_weights_saves_without_weights_file(tmp_path):
    project = full_project()
    project.weights = None
    path = tmp_path / "noweights.layerlab"
    project.save(path)
    with zipfile.ZipFile(path) as zf:
        assert zf.namelist() == ["project.json"]
    assert Project.load(path).weights is None


def test_every_graph_the_commands_allow_can_be_reopened(tmp_path):
    # Whatever names AddNode accepts must survive save → load (never an unopenable file).
    graph = LayerGraph()
    for name in ("", "   "):
        try:
            AddNode("dense", {"units": 2}, name=name).do(graph)
        except GraphError:
            continue
    path = tmp_path / "names.layerlab"
    Project(graph).save(path)
    assert Project.load(path).graph.to_dict() == graph.to_dict()


def test_values_kept_as_typed_do_not_make_the_project_unsavable(tmp_path):
    # SetConfig keeps invalid values as typed; saving such a graph must either keep them or
    # refuse with a message naming the layer and setting — not fail with a bare ValueError.
    graph = LayerGraph()
    nid = graph.add_layer(L.Dropout(0.2), name="drop")
    graph.execute(SetConfig(nid, {"rate": float("inf")}))
    assert next(p.code for p in graph.validate() if p.node_id == nid) == "bad_config"
    path = tmp_path / "typed.layerlab"
    try:
        Project(graph).save(path)
    except LayerLabError as exc:
        assert "drop" in str(exc) and "rate" in str(exc), str(exc)
        assert not path.exists()
    else:
        assert Project.load(path).graph.nodes[nid].config["rate"] == float("inf")


# -- bad files ------------------------------------------------------------------------------------------


def minimal_json() -> dict:
    """A small valid project (as JSON) that the bad-file tests break one field at a time."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "graph": {
            "nodes": [
                {"id": "n1", "type": "input", "name": "x", "config": {"shape": [2]}, "position": [0, 0]},
                {"id": "n2", "type": "dense", "name": "d", "config": {"units": 1}, "position": [1, 0]},
                {"id": "n3", "type": "output", "name": "y", "config": {"loss": "mse"}, "position": [2, 0]},
            ],
            "edges": [["n1", "n2"], ["n2", "n3"]],
        },
        "dataset": {"name": "blobs"},
        "split": {},
        "training": {},
        "seed": 0,
        "dtype": "float32",
    }


def write_json(path: pathlib.Path, data) -> pathlib.Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def write_zip(path: pathlib.Path, members: dict[str, bytes]) -> pathlib.Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return path


def npz_bytes(**arrays) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def test_minimal_json_is_valid(tmp_path):
    # The bad-file tests below each break this one thing; it must load when unbroken.
    loaded = Project.load(write_json(tmp_path / "ok.json", minimal_json()))
    assert list(loaded.graph.nodes) == ["n1", "n2", "n3"]
    assert loaded.graph.validate() == []
    assert loaded.to_model().predict(np.zeros((1, 2))).shape == (1, 1)


def expect_error(path, *words: str) -> str:
    with pytest.raises(ProjectFileError) as info:
        Project.load(path)
    message = str(info.value)
    assert str(path) in message or path.name in message, message
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} not in {message!r}"
    return message


def test_not_json(tmp_path):
    path = tmp_path / "junk.layerlab"
    path.write_bytes(b"\x00\x01 this is { not json")
    expect_error(path, "not valid json")


def test_json_without_format(tmp_path):
    data = minimal_json()
    del data["format"]
    expect_error(write_json(tmp_path / "noformat.json", data), "not a layerlab project", "format")


def test_json_that_is_not_an_object(tmp_path):
    expect_error(write_json(tmp_path / "list.json", [1, 2, 3]), "not a layerlab project")


def test_newer_format_version(tmp_path):
    data = minimal_json()
    data["format_version"] = FORMAT_VERSION + 1
    expect_error(write_json(tmp_path / "future.json", data), "newer", "update")


def test_format_version_of_wrong_type(tmp_path):
    data = minimal_json()
    data["format_version"] = "1"
    expect_error(write_json(tmp_path / "v.json", data), "format_version")


def test_missing_graph_nodes(tmp_path):
    data = minimal_json()
    del data["graph"]["nodes"]
    expect_error(write_json(tmp_path / "nonodes.json", data), "graph.nodes", "missing")


def test_unknown_node_type_names_the_field_path(tmp_path):
    data = minimal_json()
    data["graph"]["nodes"][1]["type"] = "transformer"
    expect_error(write_json(tmp_path / "type.json", data), "graph.nodes[1].type", "transformer")


def test_edge_to_missing_node(tmp_path):
    data = minimal_json()
    data["graph"]["edges"][1] = ["n2", "n9"]
    expect_error(write_json(tmp_path / "edge.json", data), "graph.edges[1]", "n9", "does not exist")


def test_duplicate_node_id(tmp_path):
    data = minimal_json()
    data["graph"]["nodes"][2]["id"] = "n1"
    expect_error(write_json(tmp_path / "dup.json", data), "graph.nodes[2].id", "n1", "twice")


def test_duplicate_node_name(tmp_path):
    data = minimal_json()
    data["graph"]["nodes"][2]["name"] = "x"
    expect_error(write_json(tmp_path / "dupname.json", data), "graph.nodes[2].name", "'x'")


def test_bad_position(tmp_path):
    data = minimal_json()
    data["graph"]["nodes"][0]["position"] = [0, "left"]
    expect_error(write_json(tmp_path / "pos.json", data), "graph.nodes[0].position")


def test_unknown_metric_and_bad_optimizer(tmp_path):
    data = minimal_json()
    data["training"] = {"metrics": ["accuracy", "happiness"]}
    expect_error(write_json(tmp_path / "metric.json", data), "training.metrics[1]", "happiness")
    data["training"] = {"optimizer": {"name": "adam", "beta_1": 1.0}}
    expect_error(write_json(tmp_path / "opt.json", data), "training.optimizer", "beta_1")


class _Trap:
    """An object whose unpickling touches a file: proof of whether anything was unpickled."""

    def __init__(self, marker: pathlib.Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def test_weights_with_object_array_are_refused_without_unpickling(tmp_path):
    marker = tmp_path / "unpickled.flag"
    trap = np.empty(1, dtype=object)
    trap[0] = _Trap(marker)
    payload = npz_bytes(**{"n2/kernel": trap})
    path = write_zip(
        tmp_path / "evil.layerlab",
        {"project.json": json.dumps(minimal_json()).encode(), "weights.npz": payload},
    )
    expect_error(path, "weights.npz")
    assert not marker.exists(), "the weights file was unpickled"
    # The trap is real: loading the same bytes with pickling allowed springs it.
    with np.load(io.BytesIO(payload), allow_pickle=True) as npz:
        npz["n2/kernel"]
    assert marker.exists()


def test_weights_for_unknown_node_or_non_numbers(tmp_path):
    project_json = json.dumps(minimal_json()).encode()
    path = write_zip(
        tmp_path / "stray.layerlab",
        {"project.json": project_json, "weights.npz": npz_bytes(**{"n7/kernel": np.zeros((2, 1))})},
    )
    expect_error(path, "weights.npz", "n7/kernel")
    path = write_zip(
        tmp_path / "ints.layerlab",
        {"project.json": project_json, "weights.npz": npz_bytes(**{"n2/kernel": np.array([[np.nan], [1]])})},
    )
    expect_error(path, "weights.npz", "n2/kernel", "finite")


def test_weights_with_wrong_shape_are_refused_at_to_model(tmp_path):
    path = write_zip(
        tmp_path / "shape.layerlab",
        {
            "project.json": json.dumps(minimal_json()).encode(),
            "weights.npz": npz_bytes(
                **{"n2/kernel": np.zeros((3, 1), np.float32), "n2/bias": np.zeros(1, np.float32)}
            ),
        },
    )
    project = Project.load(path)
    with pytest.raises(ProjectFileError) as info:
        project.to_model()
    message = str(info.value)
    for word in ("weights.npz", "n2/kernel", "(3, 1)", "(2, 1)", "'d'"):
        assert word in message, message


def test_weights_missing_an_array_are_refused_at_to_model(tmp_path):
    path = write_zip(
        tmp_path / "partial.layerlab",
        {
            "project.json": json.dumps(minimal_json()).encode(),
            "weights.npz": npz_bytes(**{"n2/kernel": np.zeros((2, 1), np.float32)}),
        },
    )
    with pytest.raises(ProjectFileError, match="n2/bias"):
        Project.load(path).to_model()


def test_zip_without_project_json(tmp_path):
    path = write_zip(tmp_path / "other.layerlab", {"readme.txt": b"hello"})
    expect_error(path, "no project.json")


def test_missing_file(tmp_path):
    expect_error(tmp_path / "nowhere.layerlab", "cannot open")


# -- atomic saves --------------------------------------------------------------------------------------


def _boom(*args, **kwargs):
    raise OSError(28, "No space left on device")


class HalfWriter:
    """A file that writes half of what it is given, then fails as a full disk does."""

    def __init__(self, f) -> None:
        self._f = f

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._f.close()

    def write(self, data):
        self._f.write(data[: len(data) // 2])
        self._f.flush()
        raise OSError(28, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._f, name)


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_failed_save_keeps_the_previous_file(tmp_path, monkeypatch, failing):
    path = tmp_path / "work.layerlab"
    first = full_project()
    first.save(path)
    original = path.read_bytes()

    changed = full_project()
    changed.seed = 99
    changed.graph.nodes[next(iter(changed.graph.nodes))].name = "renamed"
    if failing == "write":
        real_fdopen = os.fdopen
        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k)))
    else:
        monkeypatch.setattr(os, failing, _boom)

    with pytest.raises(OSError):
        changed.save(path)
    monkeypatch.undo()

    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work.layerlab"]
    assert Project.load(path).seed == 1234


def test_failed_first_save_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "replace", _boom)
    with pytest.raises(OSError):
        full_project().save(tmp_path / "new.layerlab")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_save_overwrites_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "work.layerlab"
    full_project().save(path)
    changed = full_project()
    changed.seed = 5
    changed.save(path)
    assert Project.load(path).seed == 5
    assert [p.name for p in tmp_path.iterdir()] == ["work.layerlab"]


def test_save_keeps_the_file_mode_or_uses_the_usual_one(tmp_path):
    path = tmp_path / "p.layerlab"
    full_project().save(path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask, "not the private 0600 of a temp file"
    path.chmod(0o640)
    full_project().save(path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_scaling_round_trips_and_a_bad_one_names_the_field(tmp_path):
    project = full_project()
    project.scaling = {"name": "standardize", "mean": [0.5, -1.0], "std": [2.0, 1.0]}
    path = tmp_path / "p.layerlab"
    project.save(path)
    assert Project.load(path).scaling == project.scaling
    data = json.loads(zipfile.ZipFile(path).read("project.json"))
    data["scaling"] = "zscale"
    with pytest.raises(ProjectFileError, match="field 'scaling': unknown scaling 'zscale'"):
        Project.load(write_json(tmp_path / "bad.json", data))
