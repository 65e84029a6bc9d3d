"""The numba cache housekeeping: one directory per source hash, stale ones removed safely."""

import os
import threading
import time

from engine.backends import jit

OLD = time.time() - 2 * jit.STALE_AFTER_SECONDS


def _cache(root, name, age=OLD):
    """A cache directory with one file in a subfolder (as numba lays them out), aged to ``age``."""
    folder = root / name / "engine_backends_kernels"
    folder.mkdir(parents=True)
    index = folder / "program.run-1.py311.nbi"
    index.write_bytes(b"index")
    for path in (index, folder, root / name):
        os.utime(path, (age, age))
    return root / name


def test_stale_caches_go_and_the_current_and_recent_ones_stay(tmp_path):
    current = _cache(tmp_path, "aaaaaaaaaaaa")
    stale = [_cache(tmp_path, "0123456789ab"), _cache(tmp_path, "bbbbbbbbbbbb")]
    recent = _cache(tmp_path, "cccccccccccc", age=time.time())
    removed = jit.remove_stale_caches(tmp_path, keep="aaaaaaaaaaaa")
    assert sorted(removed) == sorted(stale)
    assert current.is_dir() and recent.is_dir()
    assert not any(p.exists() for p in stale)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aaaaaaaaaaaa", "cccccccccccc"]


def test_a_recently_written_file_keeps_an_old_directory(tmp_path):
    busy = _cache(tmp_path, "dddddddddddd")
    (busy / "engine_backends_kernels" / "fresh.nbc").write_bytes(b"being written now")
    assert jit.remove_stale_caches(tmp_path, keep="aaaaaaaaaaaa") == []
    assert busy.is_dir()


def test_nothing_but_hash_named_directories_is_touched(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep me")
    root = tmp_path / "numba"
    root.mkdir()
    (root / "eeeeeeeeeeee").symlink_to(outside, target_is_directory=True)  # named like a hash
    (root / "ffffffffffff").write_text("a file, not a directory")
    _cache(root, "not-a-hash")
    _cache(root, "ABCDEF123456")  # upper case: not one of ours
    for path in root.iterdir():
        os.utime(path, (OLD, OLD), follow_symlinks=False)
    assert jit.remove_stale_caches(root, keep="aaaaaaaaaaaa", min_age=0) == []
    assert (outside / "precious.txt").read_text() == "keep me"
    assert sorted(p.name for p in root.iterdir()) == [
        "ABCDEF123456",
        "eeeeeeeeeeee",
        "ffffffffffff",
        "not-a-hash",
    ]


def test_processes_cleaning_at_once_do_not_trip_over_each_other(tmp_path):
    stale = {_cache(tmp_path, f"{k:012x}") for k in range(40)}
    results, errors = [], []

    def clean():
        try:
            results.append(jit.remove_stale_caches(tmp_path, keep="aaaaaaaaaaaa"))
        except Exception as error:  # the test fails on any, below
            errors.append(error)

    threads = [threading.Thread(target=clean) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    removed = [p for found in results for p in found]
    assert sorted(removed) == sorted(stale)  # each directory removed exactly once
    assert list(tmp_path.iterdir()) == []


def test_a_removal_cut_short_is_finished_later(tmp_path):
    leftover = _cache(tmp_path, f"0123456789ab.removing-{int(OLD)}-0badcafe")
    in_progress = _cache(tmp_path, f"bbbbbbbbbbbb.removing-{int(time.time())}-0badcafe")
    assert jit.remove_stale_caches(tmp_path, keep="aaaaaaaaaaaa") == [leftover]
    assert not leftover.exists()
    assert in_progress.is_dir()  # another process is removing it: not ours to touch


def test_no_cache_root_yet_is_not_an_error(tmp_path):
    assert jit.remove_stale_caches(tmp_path / "missing", keep="aaaaaaaaaaaa") == []


def test_the_cache_directory_is_named_by_the_source_hash_under_the_root():
    path = jit.cache_dir()
    assert path.parent == jit.cache_root()
    assert jit._DIGEST_NAME.fullmatch(path.name)
