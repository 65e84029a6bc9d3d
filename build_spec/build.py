"""Build LayerLab's one-folder app and its archive: ``python build_spec/build.py``.

Steps: draw the app icon (the same QPainter picture the window uses) as PNG, ICO and ICNS; run
PyInstaller on ``layerlab.spec``; on Linux strip the libraries, replace identical copies of
large ones with links (numpy and scipy each ship the same Fortran runtime) and add the desktop
entry, icon, file type and ``install.sh``; pack ``layerlab-<version>-<os>-<machine>.tar.gz``
(``.zip`` of the folder on Windows, of LayerLab.app on macOS); print the sizes.

Needs the test extra (``pip install -e ".[test]"``, which brings PyInstaller). Builds for the
platform it runs on: PyInstaller does not cross-compile.
"""

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_spec" / "layerlab.spec"
LINUX_FILES = ROOT / "build_spec" / "linux"
APP_NAME = "layerlab"
MAC_BUNDLE = "LayerLab.app"
#: Pixels of the icon files' picture.
ICON_SIZE = 256
#: Linux: the ELF files under these folders are left as they are. They are the libraries
#: auditwheel grafted into numpy's and scipy's wheels (OpenBLAS, gfortran), rewritten by patchelf;
#: ``strip`` leaves them unloadable ("ELF load command address/offset not page-aligned"). That
#: is why PyInstaller's own strip option, which strips everything, is off in the spec.
NO_STRIP_PARENTS = re.compile(r"\.libs$")
ELF_MAGIC = b"\x7fELF"
#: Files at least this large are compared for identical copies.
DEDUPE_MIN_BYTES = 64 * 1024
MIB = 1024 * 1024


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-x86_64``, ``macos-arm64``: the archive's suffix."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def folder_bytes(folder: Path) -> int:
    """The unpacked size: the sum of the files' sizes (links count as the link, not the target)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def make_icons(target: Path) -> Path:
    """Draw the window's icon (``gui.icons``: the Dense layer's badge) at 256 px into ``target``
    as layerlab.png, .ico and .icns (Windows and macOS scale it down for small sizes)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImageWriter, QPainter, QPixmap

    from gui.icons import paint_layer_badge

    _app = QGuiApplication.instance() or QGuiApplication(["layerlab-build"])
    target.mkdir(parents=True, exist_ok=True)
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_layer_badge(painter, QRectF(0, 0, ICON_SIZE, ICON_SIZE), "dense")
    painter.end()
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    for suffix in ("png", "ico", "icns"):
        if suffix in formats and not pixmap.save(str(target / f"layerlab.{suffix}")):
            raise RuntimeError(f"could not write {target / f'layerlab.{suffix}'}")
    return target


def run_pyinstaller(dist: Path, work: Path, icons: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        # A fresh analysis every time: engine/ is collected as source files, and PyInstaller's
        # cached analysis would miss a module newly imported by one of them.
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
        "--",
        "--icons",
        str(icons),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def add_linux_files(app: Path, icons: Path) -> None:
    """The desktop entry, icon, file type and installer beside the ``layerlab`` executable."""
    for name in ("layerlab.desktop", "layerlab-mime.xml", "install.sh"):
        shutil.copy2(LINUX_FILES / name, app / name)
    (app / "install.sh").chmod(0o755)
    shutil.copy2(icons / "layerlab.png", app / "layerlab.png")


def strip_libraries(folder: Path) -> int:
    """Remove symbol tables from the bundled libraries (``strip --strip-unneeded``; Linux):
    about 45 MB, most of it llvmlite's and Python's. Returns the bytes saved."""
    if shutil.which("strip") is None:
        print("build: `strip` (binutils) not found; the app stays larger", file=sys.stderr)
        return 0
    saved = 0
    for path in sorted((folder / "_internal").rglob("*")):
        if path.is_symlink() or not path.is_file() or NO_STRIP_PARENTS.search(path.parent.name):
            continue
        with path.open("rb") as f:
            if f.read(4) != ELF_MAGIC:
                continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def missing_desktop_libraries(folder: Path) -> list[str]:
    """Libraries the Linux desktop plugins need that neither the app nor this machine has:
    PyInstaller bundles what the build machine has installed, so these would be missing on a
    lab PC that lacks them too (Qt's xcb plugin needs libxcb-icccm4, libxcb-keysyms1, ...)."""
    internal = folder / "_internal"
    plugins = [*internal.rglob("libqxcb.so"), *internal.rglob("libqwayland*.so")]
    if not plugins or shutil.which("ldd") is None:
        return []
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing = set()
    for plugin in plugins:
        listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env).stdout
        missing |= {line.split()[0] for line in listing.splitlines() if "not found" in line}
    return sorted(missing)


def dedupe(folder: Path) -> int:
    """Replace identical copies of large files by relative symbolic links; returns bytes saved.

    PyInstaller keeps each wheel's bundled libraries apart (numpy.libs, scipy.libs), so one
    Fortran runtime ships twice. Not on Windows, where links need special rights.
    """
    seen: dict[tuple[int, str], Path] = {}
    saved = 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.stat().st_size < DEDUPE_MIN_BYTES:
            continue
        key = (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
        first = seen.setdefault(key, path)
        if first is not path:
            saved += path.stat().st_size
            path.unlink()
            path.symlink_to(os.path.relpath(first, path.parent))
    return saved


def make_archive(app: Path, archive: Path) -> Path:
    """Pack ``app`` (the folder itself, so it unpacks as ``layerlab/``) into ``archive``:
    .tar.gz keeps links and the executable bit; .zip is what Windows and macOS users open."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    if app.suffix == ".app":  # a macOS bundle: ditto keeps its links and signature intact
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True)
    elif archive.name.endswith(".tar.gz"):
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(app, arcname=app.name)
    else:
        base = archive.with_suffix("")
        shutil.make_archive(str(base), "zip", root_dir=app.parent, base_dir=app.name)
    return archive


def build(dist: Path, work: Path, archive: bool = True) -> dict[str, object]:
    """Build the app into ``dist/layerlab`` (and the archive into ``dist``); what was made."""
    started = time.perf_counter()
    icons = make_icons(work / "icons")
    run_pyinstaller(dist, work, icons)
    app = dist / APP_NAME
    saved = 0
    if sys.platform.startswith("linux"):  # Windows has no links; on macOS the app is signed by now
        add_linux_files(app, icons)
        saved += strip_libraries(app) + dedupe(app)
        missing = missing_desktop_libraries(app)
        if missing:
            print(
                f"build: this machine lacks {', '.join(missing)}: the app does not bring them, and "
                "its window may not open on a PC that lacks them too. Install them (Debian/Ubuntu: "
                "the packages of the same names, e.g. libxcb-icccm4) and build again.",
                file=sys.stderr,
            )
    result: dict[str, object] = {"folder": app, "bytes": folder_bytes(app), "saved": saved}
    if archive:
        suffix = ".tar.gz" if sys.platform.startswith("linux") else ".zip"
        name = f"{APP_NAME}-{version('layerlab')}-{platform_tag()}{suffix}"
        packed = make_archive(dist / MAC_BUNDLE if sys.platform == "darwin" else app, dist / name)
        result["archive"] = packed
        result["archive_bytes"] = packed.stat().st_size
    result["seconds"] = time.perf_counter() - started
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build LayerLab's one-folder app and its archive.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="scratch")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    options = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('PyInstaller is missing: pip install -e ".[test]"', file=sys.stderr)
        return 2
    try:
        result = build(options.dist.resolve(), options.work.resolve(), archive=not options.no_archive)
    except subprocess.CalledProcessError as error:
        print(f"PyInstaller failed (exit status {error.returncode}); its messages are above", file=sys.stderr)
        return 1
    print(f"app:     {result['folder']}  ({result['bytes'] / MIB:.1f} MiB unpacked)")
    if "archive" in result:
        print(f"archive: {result['archive']}  ({result['archive_bytes'] / MIB:.1f} MiB)")
    print(f"built in {result['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
