"""The classroom view a teacher saves with a project (hidden controls, presentation mode)."""

import json
import zipfile

import pytest

from engine.errors import ProjectFileError
from engine.graph import AddNode, LayerGraph
from engine.project import Project


def _project(**extra) -> Project:
    graph = LayerGraph()
    AddNode("dense", {"units": 2}, name="hidden").do(graph)
    return Project(graph=graph, **extra)


def _raw(path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("project.json"))


def test_classroom_view_round_trips(tmp_path):
    view = {"hidden_controls": ["training.seed", "panel.inspector"], "presentation": True}
    path = tmp_path / "lesson.layerlab"
    _project(classroom=view).save(path)
    assert Project.load(path).classroom == view


def test_project_without_classroom_view_writes_none_and_reads_none(tmp_path):
    path = tmp_path / "plain.layerlab"
    _project().save(path)
    assert "classroom" not in _raw(path)
    assert Project.load(path).classroom is None


def test_missing_settings_get_defaults(tmp_path):
    path = tmp_path / "partial.json"
    data = _project().to_json() | {"classroom": {"hidden_controls": ["training.backend"]}}
    path.write_text(json.dumps(data))
    assert Project.load(path).classroom == {"hidden_controls": ["training.backend"], "presentation": False}


@pytest.mark.parametrize(
    ("classroom", "field", "message"),
    [
        ([], "classroom", "expected an object"),
        ({"hidden": []}, "classroom.hidden", "unknown setting"),
        ({"hidden_controls": "training.seed"}, "classroom.hidden_controls", "expected a list"),
        ({"hidden_controls": ["a", 3]}, "classroom.hidden_controls[1]", "expected a control name"),
        ({"hidden_controls": ["a", " "]}, "classroom.hidden_controls[1]", "expected a control name"),
        ({"hidden_controls": ["a", "a"]}, "classroom.hidden_controls[1]", "listed twice"),
        ({"presentation": "yes"}, "classroom.presentation", "expected true or false"),
    ],
)
def test_bad_classroom_view_names_the_field(tmp_path, classroom, field, message):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(_project().to_json() | {"classroom": classroom}))
    with pytest.raises(ProjectFileError) as caught:
        Project.load(path)
    assert f"field '{field}'" in str(caught.value)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)
