"""The build script's own steps, on small folders: links for identical files, the archive, names."""

import importlib.util
import os
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_build_script():
    spec = importlib.util.spec_from_file_location("layerlab_build_script", ROOT / "build_spec" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_script()


def _app(tmp_path: Path) -> Path:
    app = tmp_path / "layerlab"
    (app / "_internal" / "numpy.libs").mkdir(parents=True)
    (app / "_internal" / "scipy.libs").mkdir(parents=True)
    runtime = os.urandom(build.DEDUPE_MIN_BYTES + 10)
    (app / "_internal" / "numpy.libs" / "libgfortran.so.5").write_bytes(runtime)
    (app / "_internal" / "scipy.libs" / "libgfortran.so.5").write_bytes(runtime)
    (app / "_internal" / "scipy.libs" / "other.so").write_bytes(os.urandom(build.DEDUPE_MIN_BYTES + 10))
    (app / "_internal" / "small-a.txt").write_text("same")
    (app / "_internal" / "small-b.txt").write_text("same")
    exe = app / "layerlab"
    exe.write_bytes(b"#!/bin/sh\necho hi\n")
    exe.chmod(0o755)
    return app


@pytest.mark.skipif(sys.platform == "win32", reason="links are not used on Windows")
def test_dedupe_links_identical_large_files_only(tmp_path):
    app = _app(tmp_path)
    before = build.folder_bytes(app)
    saved = build.dedupe(app)
    assert saved == build.DEDUPE_MIN_BYTES + 10
    first, second = (app / "_internal" / d / "libgfortran.so.5" for d in ("numpy.libs", "scipy.libs"))
    assert not first.is_symlink() and second.is_symlink()
    assert os.readlink(second) == os.path.join("..", "numpy.libs", "libgfortran.so.5")
    assert second.read_bytes() == first.read_bytes()
    assert not (app / "_internal" / "small-b.txt").is_symlink()  # below the size worth linking
    assert not (app / "_internal" / "scipy.libs" / "other.so").is_symlink()
    assert build.folder_bytes(app) == before - saved + len(os.readlink(second))  # a link counts as itself
    assert build.dedupe(app) == 0  # a second pass finds nothing left


@pytest.mark.skipif(sys.platform == "win32", reason="links are not used on Windows")
def test_tar_archive_unpacks_to_the_same_folder_with_links_and_modes(tmp_path):
    app = _app(tmp_path)
    build.dedupe(app)
    archive = build.make_archive(app, tmp_path / "out" / "layerlab-1.0-linux-x86_64.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / "layerlab"
    assert (unpacked / "_internal" / "scipy.libs" / "libgfortran.so.5").is_symlink()
    assert os.access(unpacked / "layerlab", os.X_OK)
    for path in app.rglob("*"):
        if path.is_file():
            assert (unpacked / path.relative_to(app)).read_bytes() == path.read_bytes()


def test_zip_archive_holds_the_folder(tmp_path):
    app = _app(tmp_path)
    archive = build.make_archive(app, tmp_path / "layerlab-1.0-windows-x86_64.zip")
    assert archive.is_file()
    with zipfile.ZipFile(archive) as z:
        names = set(z.namelist())
    assert "layerlab/layerlab" in names and "layerlab/_internal/numpy.libs/libgfortran.so.5" in names


def test_platform_tag_names_the_system_and_machine(monkeypatch):
    monkeypatch.setattr(build.sys, "platform", "win32")
    monkeypatch.setattr(build.platform, "machine", lambda: "AMD64")
    assert build.platform_tag() == "windows-x86_64"
    monkeypatch.setattr(build.sys, "platform", "darwin")
    monkeypatch.setattr(build.platform, "machine", lambda: "arm64")
    assert build.platform_tag() == "macos-arm64"
    monkeypatch.setattr(build.sys, "platform", "linux")
    monkeypatch.setattr(build.platform, "machine", lambda: "x86_64")
    assert build.platform_tag() == "linux-x86_64"
