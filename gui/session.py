"""A training session: the model, its prepared data and what the views need to draw them.

The worker keeps one session per *structure* of the project — graph, data set, split, scaling,
seed. Editing any of these makes a new session (fresh weights, as in Playground); settings a
trainer can change while it runs (learning rate, optimizer, batch size, regularization) do not.
The session holds two models with equal weights at the start: ``model`` belongs to the trainer
thread, ``view_model`` to the views' background thread, so neither ever reads arrays the
other is writing.
"""

import copy
import dataclasses
import json
import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine import experiment, optimizers
from engine.data import Dataset, input_features
from engine.errors import ConfigError, ProjectFileError
from engine.experiment import PreparedData
from engine.graph import LayerGraph
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.model import Model
from engine.project import Project
from gui import data_cache

Params = dict[str, dict[str, np.ndarray]]

#: The optimizer a project without one trains with (what the training panel shows for it).
DEFAULT_OPTIMIZER: dict[str, Any] = {"name": "adam", "learning_rate": 0.001}
DEFAULT_BATCH_SIZE = 32
DEFAULT_EPOCHS = 100
#: A project's ``training`` keys that need a new Trainer (the weights are kept).
TRAINER_KEYS = ("epochs", "backend", "early_stopping_patience", "stratify_batches")
#: Snapshots of the weights (for the path on the loss landscape and the plots' weights while
#: training) at least this often in steps; more often for short epochs, never mid-chunk.
MAX_SNAPSHOT_EVERY = 50


def _structure(graph: LayerGraph) -> dict[str, Any]:
    """The graph without what does not change the computation (names, positions) and without
    the regularizers, which the trainer can change while it runs."""
    nodes = []
    for node in graph.to_dict()["nodes"]:
        config = {k: v for k, v in node["config"].items() if k != "kernel_regularizer"}
        nodes.append([node["id"], node["type"], config])
    return {"nodes": sorted(nodes, key=lambda n: n[0]), "edges": graph.to_dict()["edges"]}


def _scaling_name(spec: Any) -> Any:
    return spec.get("name") if isinstance(spec, dict) else spec


def structural_key(project: Project) -> str:
    """Equal for two projects exactly when a session built for one fits the other."""
    parts = {
        "graph": _structure(project.graph),
        "dataset": project.dataset,
        "split": project.split,
        "seed": project.seed,
        "dtype": project.dtype,
        "scaling": _scaling_name(project.scaling),
    }
    return json.dumps(parts, sort_keys=True, default=str)


def optimizer_config(project: Project) -> dict[str, Any]:
    """The project's optimizer settings, or the default the training panel shows."""
    return copy.deepcopy(project.training.get("optimizer") or DEFAULT_OPTIMIZER)


def batch_size(project: Project) -> int:
    value = project.training.get("batch_size", DEFAULT_BATCH_SIZE)
    return value if isinstance(value, int) and not isinstance(value, bool) else DEFAULT_BATCH_SIZE


def epochs(project: Project) -> int | None:
    """Epochs to train; None trains until stopped (Playground's way)."""
    return project.training.get("epochs", DEFAULT_EPOCHS)


def trainer_settings(project: Project) -> dict[str, Any]:
    return {key: project.training.get(key) for key in TRAINER_KEYS}


def regularizers(graph: LayerGraph) -> dict[str, Any]:
    """Each Dense layer's kernel regularizer (None: none), by node id."""
    return {
        nid: node.config.get("kernel_regularizer")
        for nid, node in graph.nodes.items()
        if node.type == "dense"
    }


def copy_params(params: Params) -> Params:
    return {nid: {k: a.copy() for k, a in p.items()} for nid, p in params.items()}


@dataclass(eq=False)
class Session:
    key: str
    model: Model
    view_model: Model
    prepared: PreparedData
    #: The project's data set entry the session was built from.
    spec: dict[str, Any]
    #: The samples as generated or read (before input features and scaling), same rows.
    raw: Dataset
    #: The weights the session started from (a copy).
    initial_params: Params

    @property
    def dataset(self) -> Dataset:
        return self.prepared.dataset

    @property
    def train_size(self) -> int:
        return len(self.prepared.train[0])

    def snapshot_every(self, batch: int) -> int:
        """Steps between weight snapshots: once an epoch, or every MAX_SNAPSHOT_EVERY steps."""
        return max(1, min(-(-self.train_size // batch), MAX_SNAPSHOT_EVERY))

    def private_model(self) -> Model:
        """Another model of the session's network, for a thread of its own (the landscape's)."""
        view = self.view_model
        model = Model(view.graph.copy(), dtype=view.dtype, seed=view.seed)
        model.network  # noqa: B018  (built on the calling thread, not the one that will use it)
        model.params = copy_params(self.initial_params)
        return model

    def network_inputs(self, points: np.ndarray) -> np.ndarray:
        """Raw samples (as in ``raw.x``) turned into what the network is fed: the project's
        input features, then its fitted scaling, then the Input's layout — the engine's own
        steps, in training's order, so a grid of points is predicted as the data was."""
        x = np.asarray(points, dtype=np.float32)
        inputs = self.spec.get("inputs")
        if inputs:
            x, _ = input_features(x, inputs)
        x, _ = experiment.shaped(x, self.model.network.input_shape, "grid")
        if self.prepared.scaler is not None:
            x = self.prepared.scaler.transform(x)
        return x


def trained_project(project: Project, session: Session, params: Params) -> Project:
    """``project`` as ``layerlab train`` would have saved it after training to ``params``: those
    weights, the scaling with the statistics fitted on the session's training split, and the
    class names, so ``layerlab predict``/``evaluate`` and exports answer as the window does.

    The graph (with its layout and names), data set and settings stay as the user left them;
    ``project`` itself is not changed.
    """
    training = copy.deepcopy(project.training)
    dataset = session.dataset
    if dataset.task == "classification" and dataset.class_names:
        training["class_names"] = list(dataset.class_names)
    scaling = project.scaling
    if session.prepared.scaler is not None:
        scaling = experiment.fitted_scaling(session.prepared)
    return dataclasses.replace(
        project,
        graph=project.graph.copy(),
        dataset=copy.deepcopy(project.dataset),
        split=copy.deepcopy(project.split),
        training=training,
        weights=copy_params(params),
        scaling=copy.deepcopy(scaling),
    )


def _model(project: Project) -> Model:
    """The project's model with its saved weights — or fresh ones, when the saved weights no
    longer fit the graph the user has edited since."""
    try:
        model = project.to_model()
    except ProjectFileError:
        model = Project(project.graph, training=project.training, seed=project.seed, dtype=project.dtype)
        model = model.to_model()
    if model.optimizer is None:
        model.optimizer = optimizers.get(optimizer_config(project))
    if not model.metrics:
        loss = model.network.loss
        model.metrics = ["accuracy"] if loss is not None and loss.is_classification else ["mae"]
    return model


def build_session(project: Project, base_dir: str | os.PathLike[str] | None) -> Session:
    """Load and prepare the project's data for its network. Raises LayerLabError (with the
    engine's message, naming the file, field or layer) when it cannot."""
    if project.dataset is None:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("training", "the project has no data set: choose one in the Data panel"),
                context="training",
            )
        )
    model = _model(project)
    prepared = experiment.prepare(project, model, base_dir)
    raw = data_cache.raw_points(project.dataset, base_dir)
    view_model = Model(project.graph.copy(), dtype=project.dtype, seed=project.seed)
    view_model.network  # noqa: B018  (built here, once, not on the views' thread)
    view_model.params = copy_params(model.params)
    return Session(
        key=structural_key(project),
        model=model,
        view_model=view_model,
        prepared=prepared,
        spec=copy.deepcopy(project.dataset),
        raw=raw,
        initial_params=copy_params(model.params),
    )
