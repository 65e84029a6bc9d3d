"""Real data sets shipped with LayerLab, so a classroom without internet can still train on them.

Each is a gzipped CSV with a header in ``resources/datasets/``, read by the same importer as a
user's own CSV; the ``.md`` file beside it gives its source, citation and licence.
"""

from dataclasses import dataclass, replace
from pathlib import Path

from engine.data.csv_import import read_csv
from engine.data.dataset import Dataset
from engine.messages import term
from engine.registry import Registry

DATASETS_DIR = Path(__file__).resolve().parents[2] / "resources" / "datasets"


@dataclass(frozen=True)
class BundledSet:
    name: str
    label: str
    description: str
    file: str
    label_column: str
    # What the file holds, so the catalog can describe the set without reading it.
    samples: int
    num_classes: int
    features: int


BUNDLED: Registry[BundledSet] = Registry("bundled data set")

for _s in (
    BundledSet(
        "digits",
        "Handwritten digits (8×8)",
        "1 797 handwritten digits 0–9 as 8×8 images of ink counts 0–16 (UCI optdigits test set).",
        "digits.csv.gz",
        "digit",
        1797,
        10,
        64,
    ),
    BundledSet(
        "iris",
        "Iris flowers",
        "150 irises of 3 species, measured by 4 lengths in cm (Fisher, 1936).",
        "iris.csv.gz",
        "species",
        150,
        3,
        4,
    ),
):
    BUNDLED.add(_s.name, _s)


def load_bundled(name: str) -> Dataset:
    """The named bundled set, with its catalog name and description."""
    entry = BUNDLED.get(name)
    data = read_csv(DATASETS_DIR / entry.file, label=entry.label_column, header=True)
    return replace(data, name=entry.name, description=term(entry.description))
