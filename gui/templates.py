"""Starting points: Playground-style presets, the Keras example, and the bundled examples.

Each template builds an engine ``Project`` with engine layer specs, exactly as a user could
by hand, so templates are ordinary projects and go through the same validation.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from engine.graph import LayerGraph
from engine.layers import Dense, Dropout, Flatten, Input, Layer, Output
from engine.project import Project

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "resources" / "examples"
COLUMN = 240.0


@dataclass(frozen=True)
class Template:
    """``title`` and ``description`` are untranslated; show them with translate("templates", …)."""

    key: str
    title: str
    description: str
    build: Callable[[], Project]


def chain(layers: list[Layer]) -> LayerGraph:
    """A graph of ``layers`` wired one after another, laid out left to right."""
    graph = LayerGraph()
    previous = None
    for i, layer in enumerate(layers):
        node = graph.add_layer(layer, position=(i * COLUMN, 0.0))
        if previous is not None:
            graph.connect(previous, node)
        previous = node
    return graph


def _playground(dataset: str, hidden: list[tuple[int, str]], learning_rate: float = 0.03) -> Project:
    layers: list[Layer] = [Input(2)]
    layers += [Dense(units, activation=act) for units, act in hidden]
    layers += [Dense(1, activation="sigmoid"), Output(loss="binary_crossentropy")]
    training: dict[str, Any] = {
        "optimizer": {"name": "sgd", "learning_rate": learning_rate},
        "metrics": ["accuracy"],
        "epochs": 200,
        "batch_size": 10,
    }
    return Project(
        graph=chain(layers),
        dataset={"name": dataset, "samples": 500, "noise": 0.1, "seed": 0},
        split={"eval": 0.5},
        training=training,
        seed=0,
    )


def _keras(shape: tuple[int, ...], dataset: dict[str, Any] | None) -> Project:
    layers = [
        Input(shape),
        Flatten(),
        Dense(128, activation="relu"),
        Dropout(0.2),
        Dense(10, activation="softmax"),
        Output(loss="sparse_categorical_crossentropy"),
    ]
    training = {
        "optimizer": {"name": "adam", "learning_rate": 0.001},
        "metrics": ["accuracy"],
        "epochs": 5,
        "batch_size": 32,
    }
    return Project(graph=chain(layers), dataset=dataset, split={"test": 0.2}, training=training, seed=0)


TEMPLATES: tuple[Template, ...] = (
    Template(
        "playground_circle",
        QT_TRANSLATE_NOOP("templates", "Playground: circle, 2 → 4 tanh → 2 tanh → 1"),
        QT_TRANSLATE_NOOP(
            "templates", "TensorFlow Playground's default: two small tanh layers learn a ring."
        ),
        lambda: _playground("circle", [(4, "tanh"), (2, "tanh")]),
    ),
    Template(
        "playground_xor",
        QT_TRANSLATE_NOOP("templates", "Playground: XOR, 2 → 4 ReLU → 1"),
        QT_TRANSLATE_NOOP("templates", "One hidden layer is enough to separate opposite quadrants."),
        lambda: _playground("xor", [(4, "relu")], learning_rate=0.1),
    ),
    Template(
        "playground_spiral",
        QT_TRANSLATE_NOOP("templates", "Playground: spiral, 2 → 8 → 8 → 8 ReLU → 1"),
        QT_TRANSLATE_NOOP("templates", "The hard one: a deeper network for two interleaved spirals."),
        lambda: _playground("spiral", [(8, "relu")] * 3, learning_rate=0.1),
    ),
    Template(
        "logistic_regression",
        QT_TRANSLATE_NOOP("templates", "Logistic regression: 2 → 1 sigmoid"),
        QT_TRANSLATE_NOOP(
            "templates", "No hidden layer: a straight boundary, enough for two Gaussian clouds."
        ),
        lambda: _playground("gaussians", [], learning_rate=0.1),
    ),
    Template(
        "keras_digits",
        QT_TRANSLATE_NOOP(
            "templates", "Keras example: digits 8×8 → Flatten → 128 ReLU → Dropout → 10 softmax"
        ),
        QT_TRANSLATE_NOOP("templates", "The classic first Keras model, on the bundled 8×8 digits."),
        lambda: _keras((8, 8), {"name": "digits"}),
    ),
    Template(
        "keras_mnist",
        QT_TRANSLATE_NOOP(
            "templates", "Keras example: 28×28 images → Flatten → 128 ReLU → Dropout → 10 softmax"
        ),
        QT_TRANSLATE_NOOP(
            "templates", "The same model for 28×28 images such as MNIST (import the data set)."
        ),
        lambda: _keras((28, 28), None),
    ),
)

#: What a fresh window shows: a network that can train at once.
DEFAULT_TEMPLATE = TEMPLATES[0]


def template(key: str) -> Template:
    return next(t for t in TEMPLATES if t.key == key)


def example_paths() -> list[Path]:
    """The example projects shipped in resources/examples, by name."""
    return sorted(EXAMPLES_DIR.glob("*.layerlab"))


#: File ▸ Open Example's names for the shipped examples, by file name (untranslated).
EXAMPLE_TITLES = {
    "circle_tanh": QT_TRANSLATE_NOOP("templates", "Circle with two tanh layers"),
    "digits_keras": QT_TRANSLATE_NOOP("templates", "Digits with the Keras example model"),
    "sine_regression": QT_TRANSLATE_NOOP("templates", "Sine curve regression"),
    "spiral_relu": QT_TRANSLATE_NOOP("templates", "Spiral with two ReLU layers"),
}


def example_title(path: Path) -> str:
    """An example's name in the interface language (an example added without a title here is
    shown by its file name, which is then what a person reads)."""
    title = EXAMPLE_TITLES.get(path.stem)
    return QCoreApplication.translate("templates", title) if title else path.stem.replace("_", " ")
