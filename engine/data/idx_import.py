"""Reading the IDX format of MNIST: an images file and a labels file, each optionally gzipped.

An IDX file is a 4-byte magic number — two zero bytes, a type code, the number of
dimensions — then each dimension as a big-endian 32-bit count, then the values, big-endian.
The header tells us the exact size, so the memory check happens before any data is read.
"""

import gzip
import math
import os
import zlib
from pathlib import Path

import numpy as np

from engine.data.dataset import Dataset
from engine.data.files import check_fits_in_memory, open_binary, resolve
from engine.data.values import drop_note, encode_classes, nonfinite_error, nonfinite_rows
from engine.errors import DataError
from engine.messages import QT_TRANSLATE_NOOP, Message, term

#: IDX type codes and the big-endian numpy types they name.
IDX_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def read_idx_array(path: Path) -> np.ndarray:
    """The array stored in one IDX file, its header checked against its length."""
    try:
        with open_binary(path) as f:
            magic = f.read(4)
            if len(magic) < 4 or magic[:2] != b"\0\0" or magic[2] not in IDX_TYPES or magic[3] == 0:
                raise DataError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "data",
                            "{path}, bytes 0–3: not an IDX file — it starts with {start}, but an IDX file "
                            "starts with 00 00, a type code (08 for bytes) and a dimension count",
                        ),
                        context="data",
                        path=str(path),
                        start=magic.hex(" ") or term(QT_TRANSLATE_NOOP("data", "nothing"), "data"),
                    )
                )
            dtype = np.dtype(IDX_TYPES[magic[2]])
            header = f.read(4 * magic[3])
            if len(header) < 4 * magic[3]:
                raise DataError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "data", "{path}: the IDX header is cut short (it promises {count} dimensions)"
                        ),
                        context="data",
                        path=str(path),
                        count=magic[3],
                    )
                )
            shape = tuple(int.from_bytes(header[i : i + 4], "big") for i in range(0, len(header), 4))
            count = math.prod(shape)
            size = count * dtype.itemsize
            check_fits_in_memory(path, size + count * 4)
            data = f.read(size)
            extra = len(f.read(1))
    except (gzip.BadGzipFile, EOFError, zlib.error):
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{path}: the gzip compression is damaged or cut short"),
                context="data",
                path=str(path),
            )
        ) from None
    if len(data) < size:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{path}: cut short — its header promises {shape} values ({size} bytes), "
                    "but only {count} bytes follow",
                ),
                context="data",
                path=str(path),
                shape=str(shape),
                size=size,
                count=len(data),
            )
        )
    if extra:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{path}: has bytes after the {shape} values its header describes; is it really IDX?",
                ),
                context="data",
                path=str(path),
                shape=str(shape),
            )
        )
    return np.frombuffer(data, dtype=dtype).reshape(shape)


def read_idx(
    images: str | os.PathLike[str],
    labels: str | os.PathLike[str],
    *,
    drop_nonfinite: bool = False,
    base_dir: str | os.PathLike[str] | None = None,
) -> Dataset:
    """Images (n, rows, cols) from one IDX file and their class labels from another.

    Pixel values are kept as stored (0–255 for MNIST); scale them with ``scaling``.
    """
    images_path, labels_path = resolve(images, base_dir), resolve(labels, base_dir)
    x = read_idx_array(images_path)
    y = read_idx_array(labels_path)
    if x.ndim < 2:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{path}: holds a {ndim}-dimensional array, not images (n, rows, cols); "
                    "are the images and labels files swapped?",
                ),
                context="data",
                path=str(images_path),
                ndim=x.ndim,
            )
        )
    if y.ndim != 1:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{path}: holds an array of shape {shape}, not one label per image; "
                    "are the images and labels files swapped?",
                ),
                context="data",
                path=str(labels_path),
                shape=str(y.shape),
            )
        )
    if len(x) != len(y):
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{images} holds {images_count} images but {labels} holds {labels_count} labels; "
                    "they must be a matching pair",
                ),
                context="data",
                images=str(images_path),
                images_count=len(x),
                labels=str(labels_path),
                labels_count=len(y),
            )
        )
    bad = nonfinite_rows(x) | nonfinite_rows(y)
    notes: tuple[str, ...] = ()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        if not drop_nonfinite:
            if nonfinite_rows(x[row : row + 1])[0]:
                raise nonfinite_error(str(images_path), "images", x, row)
            raise nonfinite_error(str(labels_path), "labels", y, row)
        if bad.all():
            raise DataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data", "{path}: every image or label has a non-finite value; no samples are left"
                    ),
                    context="data",
                    path=str(images_path),
                )
            )
        notes = (drop_note(np.flatnonzero(bad).tolist()),)
        x, y = x[~bad], y[~bad]
    classes, class_names = encode_classes(y, str(labels_path), "", np.flatnonzero(~bad).tolist())
    return Dataset(
        x.astype(np.float32),
        classes,
        "classification",
        len(class_names),
        class_names=class_names,
        name=images_path.name,
        description=Message(
            QT_TRANSLATE_NOOP("data", "{count} images of {size} from {file}."),
            context="data",
            count=len(x),
            size=" × ".join(map(str, x.shape[1:])),
            file=images_path.name,
        ),
        dropped=int(bad.sum()),
        notes=notes,
    )
