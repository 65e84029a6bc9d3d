"""Graph commands: every edit has do/undo that restores the graph exactly, and announces itself."""

import copy

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

from engine import layers as L
from engine.errors import GraphError
from engine.graph import (
    AddNode,
    Connect,
    Disconnect,
    Edge,
    GraphEvent,
    LayerGraph,
    Move,
    RemoveNode,
    Rename,
    SetConfig,
)

# -- helpers ----------------------------------------------------------------------------------------


def diamond() -> tuple[LayerGraph, dict[str, str]]:
    """x → a, x → b, a → merge, b → merge, merge → head → y, plus an unconnected node."""
    graph = LayerGraph()
    ids = {}
    for name, layer, pos in [
        ("x", L.Input(2), (0, 0)),
        ("a", L.Dense(3, activation="relu"), (100, -50)),
        ("b", L.Dense(3, activation="tanh"), (100, 50)),
        ("merge", L.Add(), (200, 0)),
        ("head", L.Dense(1), (300, 0)),
        ("y", L.Output(loss="mse"), (400, 0)),
        ("spare", L.Dropout(0.1), (500, 100)),
    ]:
        ids[name] = graph.add_layer(layer, name=name, position=pos)
    for s, t in [("x", "a"), ("a", "merge"), ("x", "b"), ("b", "merge"), ("merge", "head"), ("head", "y")]:
        graph.connect(ids[s], ids[t])
    return graph, ids


class Recorder:
    def __init__(self, graph: LayerGraph) -> None:
        self.events: list[GraphEvent] = []
        graph.events.connect(self.events.append)

    def take(self) -> list[tuple[str, str | None, Edge | None]]:
        out = [(e.kind, e.node_id, e.edge) for e in self.events]
        self.events.clear()
        return out


def check_do_undo_redo(graph: LayerGraph, command) -> tuple[dict, dict]:
    """Run do, undo, do again; assert undo restores the start and redo gives the done state."""
    before = graph.to_dict()
    command.do(graph)
    after = graph.to_dict()
    assert after != before, "the command changed nothing"
    command.undo(graph)
    assert graph.to_dict() == before
    command.do(graph)
    assert graph.to_dict() == after
    command.undo(graph)
    assert graph.to_dict() == before
    return before, after


# -- do / undo / redo ---------------------------------------------------------------------------------


def test_add_node_do_undo_redo():
    graph, _ = diamond()
    cmd = AddNode("dense", {"units": 5, "activation": "elu"}, name="extra", position=(7, 8))
    _, after = check_do_undo_redo(graph, cmd)
    added = after["nodes"][-1]
    assert added == {
        "id": cmd.node_id,
        "type": "dense",
        "name": "extra",
        "config": {"units": 5, "activation": "elu"},
        "position": [7.0, 8.0],
    }


def test_add_node_picks_a_unique_name_and_keeps_it_on_redo():
    graph, _ = diamond()
    cmd = AddNode("Dense")
    cmd.do(graph)
    assert graph.nodes[cmd.node_id].type == "dense"
    assert graph.nodes[cmd.node_id].name == "dense"
    second = AddNode("dense")
    second.do(graph)
    assert graph.nodes[second.node_id].name == "dense_1"
    first_id = cmd.node_id
    second.undo(graph)
    cmd.undo(graph)
    cmd.do(graph)
    assert cmd.node_id == first_id
    assert graph.nodes[first_id].name == "dense"


def test_add_node_refuses_duplicate_name_and_id():
    graph, ids = diamond()
    before = graph.to_dict()
    with pytest.raises(GraphError, match="already called 'merge'"):
        AddNode("dense", name="merge").do(graph)
    with pytest.raises(GraphError, match="already exists"):
        AddNode("dense", name="fresh", node_id=ids["a"]).do(graph)
    assert graph.to_dict() == before


@pytest.mark.parametrize("name", ["", "   "])
def test_add_node_refuses_empty_name(name):
    # Rename refuses an empty name, and a project file with one cannot be opened again:
    # adding a node must refuse it too.
    graph, _ = diamond()
    before = graph.to_dict()
    with pytest.raises(GraphError, match="empty"):
        AddNode("dense", name=name).do(graph)
    assert graph.to_dict() == before


def test_add_node_config_is_not_shared_with_the_command():
    graph = LayerGraph()
    cmd = AddNode("dense", {"units": 3})
    cmd.do(graph)
    graph.nodes[cmd.node_id].config["units"] = 99
    cmd.undo(graph)
    cmd.do(graph)
    assert graph.nodes[cmd.node_id].config == {"units": 3}


@pytest.mark.parametrize("victim", ["x", "a", "merge", "head", "y", "spare"])
def test_remove_node_restores_node_and_edge_order(victim):
    graph, ids = diamond()
    before = graph.to_dict()
    cmd = RemoveNode(ids[victim])
    cmd.do(graph)
    assert ids[victim] not in graph.nodes
    assert all(ids[victim] not in (e.source, e.target) for e in graph.edges)
    cmd.undo(graph)
    after_undo = graph.to_dict()
    assert after_undo == before
    # Order matters (Concatenate's input order, the saved file): compare sequences explicitly.
    assert [n["id"] for n in after_undo["nodes"]] == [n["id"] for n in before["nodes"]]
    assert after_undo["edges"] == before["edges"]
    check_do_undo_redo(graph, RemoveNode(ids[victim]))


def test_remove_middle_node_with_several_edges():
    graph, ids = diamond()
    # merge has two incoming edges (at positions 1 and 3) and one outgoing (position 4).
    before = graph.to_dict()
    assert before["edges"].index([ids["a"], ids["merge"]]) == 1
    cmd = RemoveNode(ids["merge"])
    cmd.do(graph)
    assert graph.to_dict()["edges"] == [[ids["x"], ids["a"]], [ids["x"], ids["b"]], [ids["head"], ids["y"]]]
    cmd.undo(graph)
    assert graph.to_dict() == before
    assert list(graph.nodes).index(ids["merge"]) == 3


def test_remove_unknown_node_is_an_error():
    graph, _ = diamond()
    with pytest.raises(GraphError, match="no node"):
        RemoveNode("nope").do(graph)


def test_connect_do_undo_redo():
    graph, ids = diamond()
    cmd = Connect(ids["head"], ids["spare"])
    _, after = check_do_undo_redo(graph, cmd)
    assert after["edges"][-1] == [ids["head"], ids["spare"]]


def test_connect_refuses_duplicates_and_unknown_nodes():
    graph, ids = diamond()
    before = graph.to_dict()
    with pytest.raises(GraphError, match="already connected"):
        Connect(ids["x"], ids["a"]).do(graph)
    with pytest.raises(GraphError, match="no node"):
        Connect(ids["x"], "ghost").do(graph)
    assert graph.to_dict() == before


def test_disconnect_middle_edge_restores_its_position():
    graph, ids = diamond()
    before = graph.to_dict()
    cmd = Disconnect(ids["x"], ids["b"])
    cmd.do(graph)
    assert [ids["x"], ids["b"]] not in graph.to_dict()["edges"]
    cmd.undo(graph)
    assert graph.to_dict()["edges"] == before["edges"]
    check_do_undo_redo(graph, Disconnect(ids["x"], ids["b"]))


def test_disconnect_refuses_missing_edge():
    graph, ids = diamond()
    with pytest.raises(GraphError, match="not connected"):
        Disconnect(ids["a"], ids["b"]).do(graph)


def test_set_config_do_undo_redo_existing_key():
    graph, ids = diamond()
    cmd = SetConfig(ids["a"], {"units": 9, "activation": {"name": "elu", "alpha": 0.5}})
    _, after = check_do_undo_redo(graph, cmd)
    node = next(n for n in after["nodes"] if n["id"] == ids["a"])
    assert node["config"]["units"] == 9
    assert node["config"]["activation"] == {"name": "elu", "alpha": 0.5}


def test_set_config_undo_removes_keys_that_were_absent():
    graph = LayerGraph()
    nid = graph.add_layer(L.Dense(4), name="d")
    del graph.nodes[nid].config["use_bias"]  # a file may leave a setting to its default
    before = graph.to_dict()
    cmd = SetConfig(nid, {"use_bias": False, "typo": 3})
    cmd.do(graph)
    assert graph.nodes[nid].config["use_bias"] is False
    assert graph.nodes[nid].config["typo"] == 3
    cmd.undo(graph)
    assert "use_bias" not in graph.nodes[nid].config
    assert "typo" not in graph.nodes[nid].config
    assert graph.to_dict() == before


def test_set_config_keeps_invalid_values_as_typed():
    graph, ids = diamond()
    cmd = SetConfig(ids["a"], {"units": -3, "activation": "nonsense"})
    cmd.do(graph)
    config = graph.nodes[ids["a"]].config
    assert config["units"] == -3
    assert config["activation"] == "nonsense"
    assert {p.code for p in graph.validate() if p.node_id == ids["a"]} == {"bad_config"}
    cmd.undo(graph)
    assert graph.nodes[ids["a"]].config["units"] == 3
    assert graph.nodes[ids["a"]].config["activation"] == "relu"
    assert [p for p in graph.validate() if p.node_id == ids["a"]] == []


def test_set_config_copies_values_in_and_out():
    graph, ids = diamond()
    spec = {"name": "l2", "l2": 0.01}
    cmd = SetConfig(ids["a"], {"kernel_regularizer": spec})
    cmd.do(graph)
    spec["l2"] = 5.0  # the caller's dict changing later must not reach into the graph
    assert graph.nodes[ids["a"]].config["kernel_regularizer"] == {"name": "l2", "l2": 0.01}
    graph.nodes[ids["a"]].config["kernel_regularizer"]["l2"] = 7.0
    cmd.undo(graph)
    cmd.do(graph)
    assert graph.nodes[ids["a"]].config["kernel_regularizer"] == {"name": "l2", "l2": 0.01}


def test_rename_do_undo_redo_and_strips_spaces():
    graph, ids = diamond()
    cmd = Rename(ids["a"], "  left branch ")
    check_do_undo_redo(graph, cmd)
    assert graph.nodes[ids["a"]].name == "a"
    cmd.do(graph)
    assert graph.nodes[ids["a"]].name == "left branch"


@pytest.mark.parametrize("name", ["b", "", "   "])
def test_rename_refuses_duplicates_and_empty_names(name):
    graph, ids = diamond()
    before = graph.to_dict()
    with pytest.raises(GraphError, match=r"already called|cannot be empty"):
        Rename(ids["a"], name).do(graph)
    assert graph.to_dict() == before


def test_rename_to_own_name_is_allowed():
    graph, ids = diamond()
    cmd = Rename(ids["a"], "a")
    cmd.do(graph)
    cmd.undo(graph)
    assert graph.nodes[ids["a"]].name == "a"


def test_move_do_undo_redo():
    graph, ids = diamond()
    cmd = Move(ids["head"], (12.5, -3))
    _, after = check_do_undo_redo(graph, cmd)
    assert next(n for n in after["nodes"] if n["id"] == ids["head"])["position"] == [12.5, -3.0]


# -- events --------------------------------------------------------------------------------------------


def test_events_of_each_command():
    graph, ids = diamond()
    rec = Recorder(graph)

    add = AddNode("dense", name="new")
    add.do(graph)
    assert rec.take() == [("node_added", add.node_id, None)]
    add.undo(graph)
    assert rec.take() == [("node_removed", add.node_id, None)]

    edge = Edge(ids["head"], ids["spare"])
    connect = Connect(edge.source, edge.target)
    connect.do(graph)
    assert rec.take() == [("edge_added", None, edge)]
    connect.undo(graph)
    assert rec.take() == [("edge_removed", None, edge)]

    disconnect = Disconnect(ids["x"], ids["a"])
    disconnect.do(graph)
    assert rec.take() == [("edge_removed", None, Edge(ids["x"], ids["a"]))]
    disconnect.undo(graph)
    assert rec.take() == [("edge_added", None, Edge(ids["x"], ids["a"]))]

    for cmd, kind in [
        (SetConfig(ids["a"], {"units": 4}), "config_changed"),
        (Rename(ids["a"], "alpha"), "renamed"),
        (Move(ids["a"], (1, 1)), "moved"),
    ]:
        cmd.do(graph)
        assert rec.take() == [(kind, ids["a"], None)]
        cmd.undo(graph)
        assert rec.take() == [(kind, ids["a"], None)]


def test_remove_node_announces_its_edges_then_itself():
    graph, ids = diamond()
    rec = Recorder(graph)
    merge = ids["merge"]
    cmd = RemoveNode(merge)
    cmd.do(graph)
    events = rec.take()
    assert events[-1] == ("node_removed", merge, None)
    removed = [e for kind, _, e in events[:-1] if kind == "edge_removed"]
    assert len(events) == 4
    assert set(removed) == {Edge(ids["a"], merge), Edge(ids["b"], merge), Edge(merge, ids["head"])}
    cmd.undo(graph)
    events = rec.take()
    assert events[0] == ("node_added", merge, None)
    assert {e for kind, _, e in events[1:] if kind == "edge_added"} == set(removed)
    assert len(events) == 4


def test_events_are_silenced_while_blocked_and_resume_after():
    graph, ids = diamond()
    rec = Recorder(graph)
    with graph.events.blocked():
        Move(ids["a"], (5, 5)).do(graph)
        SetConfig(ids["a"], {"units": 2}).do(graph)
        with graph.events.blocked():
            Rename(ids["a"], "quiet").do(graph)
        Connect(ids["head"], ids["spare"]).do(graph)
    assert rec.take() == []
    # The edits themselves happened.
    assert graph.nodes[ids["a"]].name == "quiet"
    assert graph.nodes[ids["a"]].position == (5.0, 5.0)
    Move(ids["a"], (6, 6)).do(graph)
    assert rec.take() == [("moved", ids["a"], None)]


def test_blocked_is_released_even_when_the_block_raises():
    graph, ids = diamond()
    rec = Recorder(graph)
    with pytest.raises(GraphError), graph.events.blocked():
        Rename(ids["a"], "").do(graph)
    Rename(ids["a"], "loud").do(graph)
    assert rec.take() == [("renamed", ids["a"], None)]


def test_disconnected_listener_hears_nothing():
    graph, ids = diamond()
    heard: list[GraphEvent] = []
    graph.events.connect(heard.append)
    graph.events.disconnect(heard.append)
    Move(ids["a"], (1, 2)).do(graph)
    assert heard == []


# -- random command sequences ----------------------------------------------------------------------

TYPES = ["dense", "dropout", "add", "concatenate", "activation", "flatten", "output", "input"]
NAMES = ["alpha", "beta", "gamma", " delta ", "x"]
KEYS = ["units", "rate", "activation", "new_key", "use_bias"]
VALUES = [-3, 0, 1, 7, 0.5, "relu", "bogus", None, True]


def pick(data, options):
    """One of ``options`` (an index draw: cheap to generate and to shrink)."""
    options = list(options)
    return options[data.draw(st.integers(0, len(options) - 1))]


def draw_operation(data, graph: LayerGraph) -> tuple:
    """One edit that is legal on ``graph`` as it is now, as a readable tuple."""
    ids = list(graph.nodes)
    kinds = ["add"]
    if ids:
        kinds += ["remove", "set_config", "rename", "move", "connect"]
    if graph.edges:
        kinds.append("disconnect")
    kind = pick(data, kinds)
    if kind == "add":
        taken = {n.name for n in graph.nodes.values()}
        name = pick(data, [None, *NAMES])
        config = {pick(data, KEYS): pick(data, VALUES)}
        position = (data.draw(st.integers(-500, 500)), data.draw(st.integers(-500, 500)))
        if name is not None and name.strip() in taken:
            name = None
        return ("add", pick(data, TYPES), config, name, position)
    if kind == "disconnect":
        edge = pick(data, graph.edges)
        return ("disconnect", edge.source, edge.target)
    nid = pick(data, ids)
    if kind == "remove":
        return ("remove", nid)
    if kind == "move":
        return ("move", nid, (data.draw(st.floats(-1e3, 1e3)), data.draw(st.floats(-1e3, 1e3))))
    if kind == "rename":
        taken = {n.name for n in graph.nodes.values() if n.id != nid}
        name = pick(data, NAMES)
        return ("rename", nid, name) if name.strip() not in taken else ("remove", nid)
    if kind == "set_config":
        return ("set_config", nid, {pick(data, KEYS): pick(data, VALUES)})
    target = pick(data, ids)
    if Edge(nid, target) in graph.edges:
        return ("disconnect", nid, target)
    return ("connect", nid, target)


def make_command(op: tuple):
    kind, *args = op
    if kind == "add":
        type_name, config, name, position = args
        return AddNode(type_name, config, name=name, position=position)
    return {
        "remove": RemoveNode,
        "move": Move,
        "rename": Rename,
        "set_config": SetConfig,
        "connect": Connect,
        "disconnect": Disconnect,
    }[kind](*args)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # No "explain" phase: it can take longer than the whole suite when a bug is found.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
)
@given(data=st.data())
def test_random_command_sequence_undoes_to_the_start(data):
    graph, _ = diamond()
    initial = copy.deepcopy(graph.to_dict())
    done = []
    states = [graph.to_dict()]
    for _ in range(data.draw(st.integers(1, 20), label="length")):
        op = draw_operation(data, graph)
        note(repr(op))
        cmd = make_command(op)
        cmd.do(graph)
        done.append(cmd)
        states.append(graph.to_dict())
    # Undo in reverse order walks back through every intermediate state.
    for cmd, state in zip(reversed(done), reversed(states[:-1]), strict=True):
        cmd.undo(graph)
        assert graph.to_dict() == state, f"undo of {type(cmd).__name__} did not restore the graph"
    assert graph.to_dict() == initial
    # Redo everything: the same end state again.
    for cmd in done:
        cmd.do(graph)
    assert graph.to_dict() == states[-1]
