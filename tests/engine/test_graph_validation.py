"""LayerGraph validation: every problem a student can wire into a graph is found, pinned to the
right node, and explained in a sentence that names the node and says what to do."""

import pytest

from engine import layers as L
from engine.graph import Connect, LayerGraph, Problem, SetConfig
from engine.model import Sequential

# -- helpers ----------------------------------------------------------------------------------------


def build(nodes: dict[str, L.Layer], edges: list[tuple[str, str]]) -> tuple[LayerGraph, dict[str, str]]:
    """A graph from ``{name: layer}`` and ``[(source name, target name)]``; returns (graph, name → id).

    Edges go in through the ``Connect`` command, which (unlike the canvas) does not refuse
    wiring mistakes, so every kind of bad graph can be built.
    """
    graph = LayerGraph()
    ids = {name: graph.add_layer(layer, name=name) for name, layer in nodes.items()}
    for source, target in edges:
        graph.execute(Connect(ids[source], ids[target]))
    return graph, ids


def valid_chain(loss: str = "binary_crossentropy") -> tuple[LayerGraph, dict[str, str]]:
    """Input(2) → Dense(8, relu) → Dense(1, sigmoid) → Output: a graph with no problem at all."""
    return build(
        {
            "features": L.Input(2),
            "hidden": L.Dense(8, activation="relu"),
            "head": L.Dense(1, activation="sigmoid"),
            "prediction": L.Output(loss=loss),
        },
        [("features", "hidden"), ("hidden", "head"), ("head", "prediction")],
    )


def problems_with(graph: LayerGraph, code: str, num_classes: int | None = None) -> list[Problem]:
    return [p for p in graph.validate(num_classes) if p.code == code]


def only(graph: LayerGraph, code: str, num_classes: int | None = None) -> Problem:
    found = problems_with(graph, code, num_classes)
    assert len(found) == 1, f"expected one {code!r} problem, got {graph.validate(num_classes)}"
    return found[0]


def assert_words(message: str, *words: str) -> None:
    lowered = message.lower()
    missing = [w for w in words if w.lower() not in lowered]
    assert not missing, f"message {message!r} lacks {missing}"


# -- a valid graph ------------------------------------------------------------------------------------


def test_valid_graph_has_no_problems():
    graph, _ = valid_chain()
    assert graph.validate() == []
    assert graph.validate(num_classes=2) == []
    assert graph.analyze().errors == []


def test_valid_merge_graph_has_no_problems():
    graph, _ = build(
        {
            "x": L.Input(4),
            "left": L.Dense(3, activation="relu"),
            "right": L.Dense(3, activation="tanh"),
            "sum": L.Add(),
            "head": L.Dense(3, activation="softmax"),
            "y": L.Output(loss="sparse_categorical_crossentropy"),
        },
        [("x", "left"), ("x", "right"), ("left", "sum"), ("right", "sum"), ("sum", "head"), ("head", "y")],
    )
    assert graph.validate(num_classes=3) == []


# -- wiring problems ------------------------------------------------------------------------------------


def test_cycle_is_reported_on_every_node_of_the_loop_only():
    graph, ids = build(
        {"x": L.Input(2), "merge": L.Add(), "loop_dense": L.Dense(2), "y": L.Output(loss="mse")},
        [("x", "merge"), ("merge", "loop_dense"), ("loop_dense", "merge"), ("loop_dense", "y")],
    )
    cycles = problems_with(graph, "cycle")
    assert {p.node_id for p in cycles} == {ids["merge"], ids["loop_dense"]}
    for p in cycles:
        assert p.severity == "error"
        assert_words(p.message, graph.nodes[p.node_id].name, "loop", "one way", "input", "output")
    # The Output sits after the loop but is not part of it.
    assert ids["y"] not in {p.node_id for p in cycles}
    assert graph.analyze().shapes[ids["y"]] is None


def test_unreachable_node():
    graph, ids = build(
        {
            "x": L.Input(2),
            "orphan": L.Dense(2),
            "after_orphan": L.Dense(2),
            "merge": L.Add(),
            "hidden": L.Dense(2),
            "y": L.Output(loss="mse"),
        },
        [
            ("x", "hidden"),
            ("hidden", "merge"),
            ("orphan", "after_orphan"),
            ("after_orphan", "merge"),
            ("merge", "y"),
        ],
    )
    unreachable = {p.node_id: p for p in problems_with(graph, "unreachable")}
    assert set(unreachable) == {ids["orphan"], ids["after_orphan"]}
    p = unreachable[ids["after_orphan"]]
    assert p.severity == "error"
    assert_words(p.message, "after_orphan", "no data", "input")
    # after_orphan itself has its one input: its only problem is that no data reaches it.
    assert [q.code for q in graph.validate() if q.node_id == ids["after_orphan"]] == ["unreachable"]


def test_dangling_node_is_a_warning():
    graph, ids = valid_chain()
    side = graph.add_layer(L.Dense(4), name="side_branch")
    graph.execute(Connect(ids["hidden"], side))
    p = only(graph, "dangling")
    assert p.node_id == side
    assert p.severity == "warning"
    assert_words(p.message, "side_branch", "leads nowhere", "output", "never used")
    assert graph.analyze().errors == []


def test_two_inputs_into_a_non_merge_layer():
    graph, ids = build(
        {
            "x": L.Input(2),
            "a": L.Dense(3),
            "b": L.Dense(3),
            "joined": L.Dense(1, activation="sigmoid"),
            "y": L.Output(loss="binary_crossentropy"),
        },
        [("x", "a"), ("x", "b"), ("a", "joined"), ("b", "joined"), ("joined", "y")],
    )
    p = only(graph, "input_count")
    assert p.node_id == ids["joined"]
    assert p.severity == "error"
    assert_words(p.message, "joined", "one input", "2", "add", "concatenate")


def test_layer_without_input():
    graph, _ = valid_chain()
    lonely = graph.add_layer(L.Dense(1), name="lonely")
    p = only(graph, "input_count")
    assert p.node_id == lonely
    assert p.severity == "error"
    assert_words(p.message, "lonely", "no input", "connect")


def test_merge_layer_with_one_input():
    graph, ids = build(
        {"x": L.Input(2), "join": L.Concatenate(), "y": L.Output(loss="mse")},
        [("x", "join"), ("join", "y")],
    )
    p = only(graph, "input_count")
    assert p.node_id == ids["join"]
    assert_words(p.message, "join", "at least 2", "1")


def test_add_with_unequal_shapes():
    graph, ids = build(
        {
            "x": L.Input(2),
            "three": L.Dense(3),
            "four": L.Dense(4),
            "residual": L.Add(),
            "y": L.Output(loss="mse"),
        },
        [("x", "three"), ("x", "four"), ("three", "residual"), ("four", "residual"), ("residual", "y")],
    )
    p = only(graph, "shape")
    assert p.node_id == ids["residual"]
    assert p.severity == "error"
    assert_words(p.message, "residual", "one shape", "(3,)", "(4,)")
    assert graph.analyze().shapes[ids["residual"]] is None


def test_dense_after_2d_input_needs_flatten():
    graph, ids = build(
        {"image": L.Input((8, 8)), "classifier": L.Dense(10, activation="softmax"), "y": L.Output()},
        [("image", "classifier"), ("classifier", "y")],
    )
    p = only(graph, "shape")
    assert p.node_id == ids["classifier"]
    assert p.severity == "error"
    assert_words(p.message, "classifier", "(8, 8)", "flatten")


def test_missing_output():
    graph, _ = build({"x": L.Input(2), "hidden": L.Dense(2)}, [("x", "hidden")])
    p = only(graph, "missing_output")
    assert p.node_id is None
    assert p.severity == "error"
    assert_words(p.message, "no output", "add one", "loss")


def test_more_than_one_output():
    graph, ids = valid_chain()
    extra = graph.add_layer(L.Output(loss="mse"), name="second_prediction")
    graph.execute(Connect(ids["hidden"], extra))
    p = only(graph, "multiple_outputs")
    assert p.node_id == extra
    assert p.severity == "error"
    assert_words(p.message, "second_prediction", "exactly one output", "second")


def test_second_input():
    graph, ids = valid_chain()
    extra = graph.add_layer(L.Input(2), name="other_features")
    p = only(graph, "multiple_inputs")
    assert p.node_id == extra
    assert p.severity == "error"
    assert_words(p.message, "other_features", "exactly one input", "delete")
    # The first Input is fine and is not blamed.
    assert ids["features"] not in {q.node_id for q in graph.validate() if q.severity == "error"}


def test_no_input():
    graph, _ = build(
        {"hidden": L.Dense(2), "y": L.Output(loss="mse")},
        [("hidden", "y")],
    )
    p = only(graph, "missing_input")
    assert p.node_id is None
    assert p.severity == "error"
    assert_words(p.message, "no input", "add one")


def test_output_without_loss():
    graph, ids = valid_chain()
    graph.execute(SetConfig(ids["prediction"], {"loss": None}))
    p = only(graph, "missing_loss")
    assert p.node_id == ids["prediction"]
    assert p.severity == "error"
    assert_words(p.message, "prediction", "choose a loss")


# -- loss and output compatibility --------------------------------------------------------------------


def classifier(units: int, activation: str, loss: str) -> tuple[LayerGraph, dict[str, str]]:
    return build(
        {
            "x": L.Input(2),
            "hidden": L.Dense(8, activation="relu"),
            "scores": L.Dense(units, activation=activation),
            "answer": L.Output(loss=loss),
        },
        [("x", "hidden"), ("hidden", "scores"), ("scores", "answer")],
    )


def test_categorical_crossentropy_on_one_unit():
    graph, ids = classifier(1, "sigmoid", "categorical_crossentropy")
    p = only(graph, "loss_incompatible")
    assert p.node_id == ids["answer"]
    assert p.severity == "error"
    assert_words(p.message, "answer", "one output unit per class", "binary cross-entropy", "sigmoid")


def test_binary_crossentropy_on_ten_softmax_units():
    graph, ids = classifier(10, "softmax", "binary_crossentropy")
    p = only(graph, "loss_incompatible")
    assert p.node_id == ids["answer"]
    assert_words(p.message, "answer", "softmax", "use sigmoid", "categorical cross-entropy")


def test_binary_crossentropy_on_ten_linear_units():
    graph, ids = classifier(10, "linear", "binary_crossentropy")
    p = only(graph, "loss_incompatible")
    assert p.node_id == ids["answer"]
    assert_words(p.message, "answer", "10 units", "sigmoid", "categorical cross-entropy", "softmax")


def test_categorical_crossentropy_without_softmax():
    graph, ids = classifier(3, "relu", "categorical_crossentropy")
    p = only(graph, "loss_incompatible")
    assert p.node_id == ids["answer"]
    assert_words(p.message, "softmax", "relu")


def test_compatible_losses_are_not_flagged():
    for units, activation, loss in [
        (1, "sigmoid", "binary_crossentropy"),
        (4, "sigmoid", "binary_crossentropy"),
        (3, "softmax", "categorical_crossentropy"),
        (3, "softmax", "sparse_categorical_crossentropy"),
        (2, "linear", "mse"),
    ]:
        graph, _ = classifier(units, activation, loss)
        assert graph.validate() == [], (units, activation, loss)


def test_class_count_mismatch():
    graph, ids = classifier(10, "softmax", "sparse_categorical_crossentropy")
    assert graph.validate() == []
    assert graph.validate(num_classes=10) == []
    p = only(graph, "class_count", num_classes=3)
    assert p.node_id == ids["answer"]
    assert p.severity == "error"
    assert_words(p.message, "answer", "3 classes", "10 units", "give the last dense layer 3 units")


def test_two_classes_with_one_sigmoid_unit_is_fine():
    graph, _ = classifier(1, "sigmoid", "binary_crossentropy")
    assert graph.validate(num_classes=2) == []
    assert problems_with(graph, "class_count", num_classes=3)


def test_class_count_is_not_checked_for_regression():
    graph, _ = classifier(1, "linear", "mse")
    assert graph.validate(num_classes=5) == []


# -- other warnings ------------------------------------------------------------------------------------


def test_flatten_of_a_flat_input_is_a_warning():
    graph, ids = build(
        {
            "x": L.Input(4),
            "flat": L.Flatten(),
            "head": L.Dense(1),
            "y": L.Output(loss="mse"),
        },
        [("x", "flat"), ("flat", "head"), ("head", "y")],
    )
    p = only(graph, "flatten_1d")
    assert p.node_id == ids["flat"]
    assert p.severity == "warning"
    assert_words(p.message, "flat", "(4,)", "already flat", "changes nothing")
    assert graph.analyze().errors == []


# -- hyper-parameters out of range -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("node", "changes", "words"),
    [
        ("hidden", {"units": 0}, ["units", "≥ 1", "0"]),
        ("hidden", {"units": -1}, ["units", "≥ 1", "-1"]),
        ("hidden", {"units": 2.5}, ["units", "whole number"]),
        ("drop", {"rate": 1.0}, ["rate", "[0, 1)", "1"]),
        ("drop", {"rate": -0.1}, ["rate", "[0, 1)", "-0.1"]),
        ("norm", {"epsilon": 0}, ["epsilon", "> 0"]),
        ("norm", {"momentum": 1.0}, ["momentum", "[0, 1)"]),
        ("hidden", {"activation": "relux"}, ["activation", "unknown", "relux", "choose one of", "relu"]),
        ("hidden", {"unit": 4}, ["no setting", "'unit'", "units"]),
        ("hidden", {"kernel_initializer": "glorious"}, ["kernel_initializer", "glorious", "choose"]),
    ],
)
def test_bad_hyper_parameter(node, changes, words):
    graph, ids = build(
        {
            "x": L.Input(2),
            "hidden": L.Dense(4, activation="relu"),
            "drop": L.Dropout(0.3),
            "norm": L.BatchNormalization(),
            "head": L.Dense(1, activation="sigmoid"),
            "y": L.Output(loss="binary_crossentropy"),
        },
        [("x", "hidden"), ("hidden", "drop"), ("drop", "norm"), ("norm", "head"), ("head", "y")],
    )
    assert graph.validate() == []
    graph.execute(SetConfig(ids[node], changes))
    p = only(graph, "bad_config")
    assert p.node_id == ids[node]
    assert p.severity == "error"
    assert_words(p.message, node, *words)
    # The bad value is kept exactly as typed (never silently replaced).
    key, value = next(iter(changes.items()))
    assert graph.nodes[ids[node]].config[key] == value


def test_fixing_a_bad_hyper_parameter_clears_the_problem():
    graph, ids = valid_chain()
    graph.execute(SetConfig(ids["hidden"], {"units": 0}))
    assert problems_with(graph, "bad_config")
    graph.execute(SetConfig(ids["hidden"], {"units": 5}))
    assert graph.validate() == []


# -- shapes and parameter counts ----------------------------------------------------------------------


def test_shape_inference():
    graph, ids = build(
        {
            "x": L.Input(4),
            "a": L.Dense(3),
            "b": L.Dense(5),
            "both": L.Concatenate(),
            "drop": L.Dropout(0.5),
            "y": L.Output(loss="mse"),
        },
        [("x", "a"), ("x", "b"), ("a", "both"), ("b", "both"), ("both", "drop"), ("drop", "y")],
    )
    shapes = graph.analyze().shapes
    assert shapes == {
        ids["x"]: (4,),
        ids["a"]: (3,),
        ids["b"]: (5,),
        ids["both"]: (8,),
        ids["drop"]: (8,),
        ids["y"]: (8,),
    }


def test_concatenate_of_2d_inputs_joins_the_last_axis():
    graph, ids = build(
        {
            "x": L.Input((4, 3)),
            "act": L.Activation("tanh"),
            "norm": L.BatchNormalization(),
            "both": L.Concatenate(),
            "flat": L.Flatten(),
        },
        [("x", "act"), ("x", "norm"), ("act", "both"), ("norm", "both"), ("both", "flat")],
    )
    shapes = graph.analyze().shapes
    assert shapes[ids["both"]] == (4, 6)
    assert shapes[ids["flat"]] == (24,)


def test_concatenate_of_mismatched_ranks_is_a_shape_problem():
    graph, ids = build(
        {
            "x": L.Input((4, 3)),
            "flat": L.Flatten(),
            "act": L.Activation("relu"),
            "both": L.Concatenate(),
        },
        [("x", "flat"), ("x", "act"), ("flat", "both"), ("act", "both")],
    )
    p = only(graph, "shape")
    assert p.node_id == ids["both"]
    assert_words(p.message, "both", "last axis", "(12,)", "(4, 3)")


def test_flatten_of_an_image():
    graph, ids = build(
        {
            "image": L.Input((8, 8)),
            "flat": L.Flatten(),
            "head": L.Dense(10, activation="softmax"),
            "y": L.Output(loss="sparse_categorical_crossentropy"),
        },
        [("image", "flat"), ("flat", "head"), ("head", "y")],
    )
    shapes = graph.analyze().shapes
    assert shapes[ids["flat"]] == (64,)
    assert shapes[ids["head"]] == (10,)
    assert graph.validate(num_classes=10) == []


def test_topological_order_puts_inputs_first():
    graph, ids = build(
        {"y": L.Output(loss="mse"), "b": L.Dense(1), "a": L.Dense(3), "x": L.Input(2)},
        [("x", "a"), ("a", "b"), ("b", "y")],
    )
    order, unordered = graph.topological_order()
    assert order == [ids["x"], ids["a"], ids["b"], ids["y"]]
    assert unordered == set()


def test_parameter_counts_keras_example():
    # Keras' classic: 64 inputs → Dense(128) → Dense(10).
    graph, _ = build(
        {
            "x": L.Input(64),
            "hidden": L.Dense(128, activation="relu"),
            "logits": L.Dense(10, activation="softmax"),
            "y": L.Output(loss="sparse_categorical_crossentropy"),
        },
        [("x", "hidden"), ("hidden", "logits"), ("logits", "y")],
    )
    rows = graph.summary_rows()
    assert rows == [
        ("x", "Input", (64,), 0),
        ("hidden", "Dense", (128,), 64 * 128 + 128),
        ("logits", "Dense", (10,), 128 * 10 + 10),
        ("y", "Output", (10,), 0),
    ]
    total = (64 * 128 + 128) + (128 * 10 + 10)
    assert total == 9610
    text = graph.summary()
    assert "Total params: 9,610" in text
    assert "8,320" in text and "1,290" in text

    model = Sequential([L.Input(64), L.Dense(128, activation="relu"), L.Dense(10, activation="softmax")])
    assert model.count_params() == total


def test_parameter_counts_without_bias_and_with_batchnorm():
    model = Sequential(
        [L.Input(5), L.Dense(7, use_bias=False), L.BatchNormalization(), L.Dense(2, activation="softmax")]
    )
    # 5·7 kernel only; batchnorm: γ, β, moving mean and variance for 7 channels; 7·2 + 2.
    assert model.count_params() == 5 * 7 + 4 * 7 + (7 * 2 + 2)
    assert [row[3] for row in model.graph.summary_rows()] == [0, 35, 28, 16, 0]

    no_center = Sequential([L.Input(3), L.BatchNormalization(center=False, scale=False)])
    assert no_center.count_params() == 2 * 3


# -- connect_problem: refusing bad wiring while the user drags ---------------------------------------


@pytest.fixture
def wiring():
    graph, ids = build(
        {
            "x": L.Input(2),
            "a": L.Dense(3),
            "merge": L.Add(),
            "b": L.Dense(3),
            "free": L.Dense(3),
            "y": L.Output(loss="mse"),
        },
        [("x", "a"), ("a", "merge"), ("merge", "b"), ("b", "y")],
    )
    return graph, ids


def test_connect_problem_accepts_a_good_edge(wiring):
    graph, ids = wiring
    assert graph.connect_problem(ids["a"], ids["free"]) is None
    assert graph.connect_problem(ids["x"], ids["merge"]) is None


def test_connect_problem_refuses_self_loop(wiring):
    graph, ids = wiring
    reason = graph.connect_problem(ids["free"], ids["free"])
    assert reason is not None
    assert_words(reason, "itself")


def test_connect_problem_refuses_duplicate_edge(wiring):
    graph, ids = wiring
    reason = graph.connect_problem(ids["x"], ids["a"])
    assert reason is not None
    assert_words(reason, "already connected")


def test_connect_problem_refuses_edge_into_input(wiring):
    graph, ids = wiring
    reason = graph.connect_problem(ids["free"], ids["x"])
    assert reason is not None
    assert_words(reason, "x", "input", "nothing can flow into it")


def test_connect_problem_refuses_edge_out_of_output(wiring):
    graph, ids = wiring
    reason = graph.connect_problem(ids["y"], ids["free"])
    assert reason is not None
    assert_words(reason, "y", "output", "nothing comes after")


def test_connect_problem_refuses_second_input_into_dense(wiring):
    graph, ids = wiring
    reason = graph.connect_problem(ids["x"], ids["b"])
    assert reason is not None
    assert_words(reason, "b", "already has its input", "add", "concatenate")


def test_connect_problem_refuses_loops(wiring):
    graph, ids = wiring
    # merge → b exists and merge takes any number of inputs, so b → merge would close a loop.
    reason = graph.connect_problem(ids["b"], ids["merge"])
    assert reason is not None
    assert_words(reason, "b", "merge", "loop")


def test_connect_problem_refuses_unknown_nodes(wiring):
    graph, ids = wiring
    reason = graph.connect_problem(ids["a"], "no_such_node")
    assert reason is not None
    assert_words(reason, "both ends")
