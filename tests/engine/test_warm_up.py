"""Instant start: ``backends.warm_up`` readies the CPU backend in the background and reports,
through its future, either the seconds it took or why it could not."""

import threading

import pytest

from engine import backends
from engine.backends import cpu

TIMEOUT = 600  # an empty numba cache compiles everything: minutes on a busy machine


@pytest.fixture
def fresh_warm_ups(monkeypatch):
    """Forget earlier warm-ups, and record any exception that escapes a thread."""
    monkeypatch.setattr(backends, "_warm_ups", {})
    escaped = []
    monkeypatch.setattr(threading, "excepthook", lambda args: escaped.append(args.exc_value))
    yield escaped


def test_warm_up_resolves_and_is_idempotent(fresh_warm_ups):
    future = backends.warm_up("float32")
    assert backends.warm_up("float32") is future
    seconds = future.result(timeout=TIMEOUT)
    assert isinstance(seconds, float) and seconds >= 0
    assert backends.warm_up("float32") is future
    assert fresh_warm_ups == []


def test_a_failing_warm_up_is_reported_through_the_future(fresh_warm_ups, monkeypatch):
    def broken(dtype):
        raise RuntimeError(f"no compiler for {dtype}")

    monkeypatch.setattr(cpu, "warm_up", broken)
    future = backends.warm_up("float32")
    error = future.exception(timeout=TIMEOUT)
    assert isinstance(error, RuntimeError) and "no compiler for float32" in str(error)
    assert fresh_warm_ups == []


def test_a_dtype_the_backend_cannot_compute_in_fails_in_the_future(fresh_warm_ups):
    error = backends.warm_up("float16").exception(timeout=TIMEOUT)
    assert isinstance(error, TypeError) and "float16" in str(error)
    assert fresh_warm_ups == []
