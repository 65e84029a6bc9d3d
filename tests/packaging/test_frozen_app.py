"""The packaged app: build it with build_spec/build.py, then run it as a lab machine would.

One build per test session (about two minutes), into build/packaging-test/ (ignored by git).
The frozen app runs with its own empty cache and config folders: ``--warm-cache`` must compile
the kernels into the per-user cache, and ``--selftest`` must then find them there, train on the
JIT backend, draw every plot and export to ONNX — without writing into the app's folder.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "packaging-test"
APP = BUILD / "dist" / "layerlab"
EXE = APP / ("layerlab-cli.exe" if sys.platform == "win32" else "layerlab")
#: The unpacked folder's budget (the issue's target, 400 MB). llvmlite (152 MiB), Qt with ICU
#: (95 MiB) and two OpenBLAS builds (numpy's 64-bit-index one and scipy's, 48 MiB) alone are
#: 295 MiB; see build_spec/README.md for the rest.
BUDGET_BYTES = 400_000_000
MIB = 1024 * 1024
#: Test and benchmark dependencies, and the repository's own test code: never in the app.
FORBIDDEN = (
    "torch", "keras", "tensorflow", "onnxruntime", "pytest", "_pytest", "pytestqt", "hypothesis", "tests",
    "benchmarks",
)  # fmt: skip
BUILD_TIMEOUT = 1800
RUN_TIMEOUT = 1200


@pytest.fixture(scope="module")
def app() -> Path:
    """Build the one-folder app (PyInstaller reuses its analysis when nothing changed)."""
    command = [sys.executable, str(ROOT / "build_spec" / "build.py"), "--no-archive"]
    command += ["--dist", str(BUILD / "dist"), "--work", str(BUILD / "work")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
    assert EXE.is_file()
    return APP


def _environment(home: Path) -> dict[str, str]:
    """A user with nothing cached or configured yet, and no Python settings that could let the
    frozen app find the development tree's packages."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NUMBA_", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        LOCALAPPDATA=str(home / "local"),
        APPDATA=str(home / "roaming"),
    )
    return env


def _files(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()}


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(EXE), *args], cwd=env["HOME"], env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT
    )


def test_frozen_app_warms_its_cache_and_passes_its_selftest(app: Path, tmp_path: Path):
    env = _environment(tmp_path)
    installed = _files(app)

    warm = _run("--warm-cache", env=env)
    assert warm.returncode == 0, warm.stdout + warm.stderr
    assert "JIT ready" in warm.stdout and "compiled (the cache was empty)" in warm.stdout, warm.stdout
    cache = tmp_path / "cache" / "layerlab" / "numba"
    assert str(cache) in warm.stdout and "threading layer: workqueue" in warm.stdout
    assert any(cache.rglob("*.nbi")), "numba wrote no cache index: the engine's sources are missing"

    shots = tmp_path / "shots"
    test = _run("--selftest", "--screenshots", str(shots), env=env)
    out = test.stdout
    assert test.returncode == 0, out + test.stderr
    assert "SELFTEST PASSED" in out and "(frozen app)" in out
    assert "loaded from the cache" in out, out  # the kernels --warm-cache compiled
    assert "1 epoch on the JIT backend" in out
    assert "JIT kernels: scipy.linalg.cython_blas" in out
    assert "predictions reproduced" in out  # ONNX export run by onnx's reference evaluator
    plots = sorted(p.stem for p in shots.glob("*PlotDock.png"))
    assert len(plots) >= 6, plots
    assert {"lossPlotDock", "boundaryPlotDock", "landscapePlotDock"} <= set(plots)
    assert (shots / "window.png").stat().st_size > 10_000

    assert _files(app) == installed, "the app wrote into its own folder (read-only on lab machines)"
    assert not (tmp_path / "config").exists(), "the self-test changed the user's settings"


def test_frozen_app_fits_its_budget_and_ships_no_test_dependencies(app: Path):
    from PyInstaller.archive.readers import ZlibArchiveReader

    size = sum(p.lstat().st_size for p in app.rglob("*") if not p.is_dir())
    assert size <= BUDGET_BYTES, f"{size / 1e6:.1f} MB unpacked, over the {BUDGET_BYTES / 1e6:.0f} MB budget"

    internal = app / "_internal"
    bundled = {p.name.split(".")[0] for p in internal.iterdir()}
    pyz = ZlibArchiveReader(str(BUILD / "work" / "layerlab" / "PYZ-00.pyz"))
    archived = {name.split(".")[0] for name in pyz.toc}
    for name in FORBIDDEN:
        assert name not in bundled and name not in archived, f"{name} is in the app"
    unused_qt = ("QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtTest", "QtSql")
    assert not [m for m in unused_qt if any((internal / "PySide6").glob(f"{m}.*"))]

    # numba caches a kernel only when its source file exists: the engine ships as .py files
    assert (internal / "engine" / "backends" / "kernels" / "layers.py").is_file()
    assert any((internal / "scipy" / "linalg").glob("cython_blas.*"))
    for folder in ("lessons", "examples", "datasets"):
        shipped = sorted(p.name for p in (internal / "resources" / folder).iterdir())
        assert shipped == sorted(p.name for p in (ROOT / "resources" / folder).iterdir())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop entry is for Linux")
def test_linux_app_has_a_desktop_entry_icon_and_installer(app: Path):
    entry = (app / "layerlab.desktop").read_text(encoding="utf-8")
    assert "Exec=layerlab %f" in entry and "Icon=layerlab" in entry
    assert "MimeType=application/x-layerlab;" in entry
    assert (app / "layerlab.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert os.access(app / "install.sh", os.X_OK)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")
def test_install_sh_adds_and_removes_the_menu_entry_for_one_user(app: Path, tmp_path: Path):
    env = {**_environment(tmp_path), "PATH": os.environ["PATH"]}
    install = ["sh", str(app / "install.sh"), "--user"]
    installed = subprocess.run(install, env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    data, command = tmp_path / "data", tmp_path / ".local" / "bin" / "layerlab"
    entry = (data / "applications" / "layerlab.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}/layerlab" %f' in entry, entry
    assert command.resolve() == EXE.resolve()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "layerlab.png").is_file()
    assert (data / "mime" / "packages" / "layerlab.xml").is_file()
    removed = subprocess.run([*install, "--uninstall"], env=env, capture_output=True, text=True)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not command.exists() and not (data / "applications" / "layerlab.desktop").exists()
    assert EXE.is_file()  # the app's own folder stays
