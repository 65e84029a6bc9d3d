"""Finding and opening data files, and refusing ones too big for memory *before* reading them.

A data file named in a project is found relative to the project's folder, may be gzipped
(recognised by its first bytes, not its name), and is only read once we know its decoded
contents fit comfortably in the memory that is free now.
"""

import ctypes
import gzip
import os
import sys
from pathlib import Path
from typing import BinaryIO

from engine.errors import ConfigError, DataError
from engine.messages import QT_TRANSLATE_NOOP, Message

GZIP_MAGIC = b"\x1f\x8b"
#: Loading may use at most this fraction of the memory available when it starts.
MEMORY_FRACTION = 0.5


def resolve(path: str | os.PathLike[str], base_dir: str | os.PathLike[str] | None = None) -> Path:
    """The file ``path`` names: relative paths are taken from ``base_dir`` (the project's folder)."""
    if not isinstance(path, str | os.PathLike) or not str(path).strip():
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "a data file must be given by its path, got {value}"),
                context="data",
                value=repr(path),
            )
        )
    found = Path(path).expanduser()
    if not found.is_absolute() and base_dir is not None:
        found = Path(base_dir) / found
    if not found.is_file():
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{path}: no such data file (looked for {full})"),
                context="data",
                path=str(path),
                full=str(found.resolve()),
            )
        )
    return found


def is_gzipped(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(2) == GZIP_MAGIC


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed on the fly when it is gzipped."""
    return gzip.open(path, "rb") if is_gzipped(path) else path.open("rb")  # type: ignore[return-value]


def decoded_size(path: Path) -> int:
    """Bytes the file holds once decompressed, read from the gzip trailer without decompressing.

    The trailer stores the size modulo 4 GiB, so for a huge file it can understate; the
    compressed size is a floor in any case.
    """
    size = path.stat().st_size
    if size < 18 or not is_gzipped(path):
        return size
    with path.open("rb") as f:
        f.seek(-4, os.SEEK_END)
        return max(size, int.from_bytes(f.read(4), "little"))


def available_memory() -> int | None:
    """Bytes of memory free for a new allocation now, or None where the system does not say."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    if sys.platform == "win32":
        return _windows_available_memory()
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


class _MemoryStatus(ctypes.Structure):
    _fields_ = (
        ("dwLength", ctypes.c_ulong),
        ("dwMemoryLoad", ctypes.c_ulong),
        ("ullTotalPhys", ctypes.c_ulonglong),
        ("ullAvailPhys", ctypes.c_ulonglong),
        ("ullTotalPageFile", ctypes.c_ulonglong),
        ("ullAvailPageFile", ctypes.c_ulonglong),
        ("ullTotalVirtual", ctypes.c_ulonglong),
        ("ullAvailVirtual", ctypes.c_ulonglong),
        ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
    )


def _windows_available_memory() -> int | None:
    status = _MemoryStatus()
    status.dwLength = ctypes.sizeof(_MemoryStatus)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
        return None
    return int(status.ullAvailPhys)


def _size_text(n: float) -> str:
    units = ("bytes", "KB", "MB", "GB", "TB")
    step = 0
    while n >= 1024 and step < len(units) - 1:
        n, step = n / 1024, step + 1
    if step == 0:
        return Message(QT_TRANSLATE_NOOP("data", "{count} bytes"), context="data", count=f"{n:.0f}")
    return f"{n:.1f} {units[step]}"


def check_fits_in_memory(path: Path, needed: int) -> None:
    """Refuse, before reading, a file whose loading would need more than half the free memory."""
    free = available_memory()
    if free is not None and needed > free * MEMORY_FRACTION:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{path}: too large to load — reading it needs about {needed} of memory, but only {free} "
                    "is free; use a smaller file (for example a sample of its rows)",
                ),
                context="data",
                path=str(path),
                needed=_size_text(needed),
                free=_size_text(free),
            )
        )
