"""The optional CUDA backend (engine/backends/cuda*.py), tested without a GPU.

- Agreement: the kernels run on numba's CUDA simulator (``NUMBA_ENABLE_CUDASIM=1``) and must
  train tiny networks to the reference backend's numbers — per-step losses, final weights,
  predictions — for every activation, loss, optimizer, clipping, penalty and dropout. The
  simulator replaces ``numba.cuda`` for a whole process, so it runs in one subprocess (this file
  run as a script) and never leaks into the other tests.
- Compilation: the simulator runs kernels as Python and would accept code the GPU compiler
  refuses, so every kernel is also compiled to PTX for a real GPU (compute capability 8.0) with
  the exact argument types the backend launches it with (NVVM from the cuda-toolkit wheels; no
  GPU or driver needed).
- Detection and selection: without a GPU the backend says why and trains on the CPU; ``auto``
  picks CPU for small networks.
"""

import functools
import json
import os
import subprocess
import sys
import types as pytypes
from pathlib import Path

import numpy as np
import pytest

from engine import backends, optimizers
from engine import layers as L
from engine.graph import LayerGraph
from engine.network import Network

ROOT = Path(__file__).resolve().parents[2]
#: Agreement asked of the simulator against the reference: |cuda − ref| ≤ ATOL + RTOL·|ref|.
RTOL, ATOL = 1e-5, 1e-6


def chain(layers: list, loss, input_shape=(3,)) -> Network:
    graph = LayerGraph()
    prev = graph.add_layer(L.Input(input_shape))
    for layer in [*layers, L.Output(loss=loss)]:
        node = graph.add_layer(layer)
        graph.connect(prev, node)
        prev = node
    return Network(graph)


def _base() -> list:
    return [L.Dense(4, activation="tanh"), L.Dense(2)]


#: name → (layers, loss, optimizer, input shape, targets: "reg" | number of classes)
CASES = {
    "act_sigmoid_tanh_relu": (
        lambda: [
            L.Dense(4, activation="sigmoid"), L.Activation("tanh"), L.Dense(3, activation="relu"), L.Dense(2)
        ],
        "mse", lambda: optimizers.SGD(0.1), (3,), "reg",
    ),
    "act_leaky_elu_swish": (
        lambda: [
            L.Dense(4, activation={"name": "leaky_relu", "alpha": 0.2}),
            L.Activation({"name": "elu", "alpha": 0.7}),
            L.Dense(3, activation="swish"),
            L.Dense(2),
        ],
        "mse", lambda: optimizers.SGD(0.1), (3,), "reg",
    ),
    "act_gelu_softplus_hard_sigmoid": (
        lambda: [
            L.Dense(4, activation="gelu"), L.Activation("softplus"), L.Dense(3, activation="hard_sigmoid"),
            L.Dense(2),
        ],
        "mse", lambda: optimizers.SGD(0.1), (3,), "reg",
    ),
    "act_hidden_softmax": (
        lambda: [L.Dense(4, activation="softmax"), L.Dense(2, activation="linear")],
        "mse", lambda: optimizers.SGD(0.5), (3,), "reg",
    ),
    "loss_mae": (_base, "mae", lambda: optimizers.SGD(0.1), (3,), "reg"),
    "loss_huber": (_base, {"name": "huber", "delta": 0.5}, lambda: optimizers.SGD(0.1), (3,), "reg"),
    "loss_bce_fused_sigmoid": (
        lambda: [L.Dense(4, activation="tanh"), L.Dense(1, activation="sigmoid")],
        "binary_crossentropy", lambda: optimizers.SGD(0.1), (3,), 2,
    ),
    "loss_bce_from_logits": (
        lambda: [L.Dense(4, activation="tanh"), L.Dense(1)],
        {"name": "binary_crossentropy", "from_logits": True}, lambda: optimizers.SGD(0.1), (3,), 2,
    ),
    "loss_bce_probabilities": (
        lambda: [L.Dense(4, activation="tanh"), L.Dense(1, activation="hard_sigmoid")],
        "binary_crossentropy", lambda: optimizers.SGD(0.1), (3,), 2,
    ),
    "loss_sparse_cce_fused_softmax": (
        lambda: [L.Dense(4, activation="relu"), L.Dense(3, activation="softmax")],
        "sparse_categorical_crossentropy", lambda: optimizers.SGD(0.1), (3,), 3,
    ),
    "loss_cce_softmax_activation_layer": (
        lambda: [L.Dense(4, activation="tanh"), L.Dense(3), L.Activation("softmax")],
        "sparse_categorical_crossentropy", lambda: optimizers.SGD(0.1), (3,), 3,
    ),
    "loss_cce_from_logits": (
        lambda: [L.Dense(4, activation="tanh"), L.Dense(3)],
        {"name": "sparse_categorical_crossentropy", "from_logits": True},
        lambda: optimizers.SGD(0.1), (3,), 3,
    ),
    "opt_momentum": (_base, "mse", lambda: optimizers.Momentum(0.05), (3,), "reg"),
    "opt_nesterov": (_base, "mse", lambda: optimizers.Nesterov(0.05), (3,), "reg"),
    "opt_rmsprop": (_base, "mse", lambda: optimizers.RMSProp(0.01), (3,), "reg"),
    "opt_adagrad": (_base, "mse", lambda: optimizers.Adagrad(0.05), (3,), "reg"),
    "opt_adam_schedule": (
        _base, "mse",
        lambda: optimizers.Adam({"name": "exponential", "initial_learning_rate": 0.01, "decay_steps": 2}),
        (3,), "reg",
    ),
    "opt_adamw": (_base, "mse", lambda: optimizers.AdamW(0.01, weight_decay=0.1), (3,), "reg"),
    "clip_value": (_base, "mse", lambda: optimizers.SGD(0.1, clipvalue=0.05), (3,), "reg"),
    "clip_norm": (_base, "mse", lambda: optimizers.Adam(0.01, clipnorm=0.1), (3,), "reg"),
    "clip_global_norm": (_base, "mse", lambda: optimizers.RMSProp(0.01, global_clipnorm=0.1), (3,), "reg"),
    "penalties_l1_l2": (
        lambda: [
            L.Dense(4, activation="tanh", kernel_regularizer={"name": "l1", "l1": 0.01}),
            L.Dense(2, kernel_regularizer={"name": "l1l2", "l1": 0.01, "l2": 0.05}),
        ],
        "mse", lambda: optimizers.SGD(0.1), (3,), "reg",
    ),
    "dropout": (
        lambda: [L.Dense(5, activation="relu"), L.Dropout(0.4), L.Dense(2)],
        "mse", lambda: optimizers.Adam(0.01), (3,), "reg",
    ),
    "flatten_no_bias": (
        lambda: [L.Flatten(), L.Dense(4, activation="elu", use_bias=False), L.Dense(2)],
        "mse", lambda: optimizers.SGD(0.1), (2, 3), "reg",
    ),
}  # fmt: skip


def _data(case: str, input_shape, targets):
    rng = np.random.default_rng(7)
    x = rng.normal(size=(10, *input_shape)).astype(np.float32)
    y = rng.normal(size=(10, 2)).astype(np.float32) if targets == "reg" else rng.integers(0, targets, 10)
    return x, y


def run_case(case: str) -> dict[str, float]:
    """Train one case for 3 steps on the reference and on the CUDA backend; the largest
    disagreements, in units of the tolerance (≤ 1 passes), and the largest relative error."""
    make_layers, loss, make_optimizer, input_shape, targets = CASES[case]
    net = chain(make_layers(), loss, input_shape)
    params0 = net.init_params(np.random.default_rng(3), np.float32)
    x, y = _data(case, input_shape, targets)
    batches = [np.arange(4), np.arange(4, 8), np.array([9, 2, 5])]
    results = {}
    for name in ("reference", "cuda"):
        params = {nid: {k: a.copy() for k, a in p.items()} for nid, p in params0.items()}
        optimizer = make_optimizer()
        losses, preds = backends.get(name).train_steps(
            net, params, optimizer, x, y, batches, np.random.default_rng(11)
        )
        results[name] = (losses, preds, params, optimizer.slots, backends.get(name).predict(net, params, x))
    ref, dev = results["reference"], results["cuda"]
    pairs = [(ref[0], dev[0]), (ref[1], dev[1]), (ref[4], dev[4])]
    pairs += [(ref[2][n][k], dev[2][n][k]) for n in ref[2] for k in ref[2][n]]
    pairs += [(a[s], b[s]) for a, b in zip(ref[3], dev[3], strict=True) for s in a]
    excess = max(float(np.max(np.abs(b - a) / (ATOL + RTOL * np.abs(a)))) for a, b in pairs)
    rel = max(float(np.max(np.abs(b - a) / np.maximum(np.abs(a), 1e-3))) for a, b in pairs)
    from engine.backends.cuda import unsupported_reason

    return {"excess": excess, "relative": rel, "on_device": unsupported_reason(net, params0) is None}


@pytest.fixture(scope="module")
def simulated() -> dict[str, dict]:
    """Every case, run once in a subprocess on the CUDA simulator."""
    pytest.importorskip("numba.cuda", reason="numba-cuda is not installed (pip install -e .[test])")
    env = {**os.environ, "NUMBA_ENABLE_CUDASIM": "1", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, __file__], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("case", sorted(CASES))
def test_simulated_cuda_training_agrees_with_the_reference(simulated, case):
    result = simulated[case]
    assert "error" not in result, result.get("error")
    assert result["on_device"], "the case fell back to the CPU"
    assert result["excess"] <= 1.0, result


def test_the_simulator_run_was_on_the_device(simulated):
    """The subprocess saw the simulator as a usable CUDA device (not a silent CPU fallback)."""
    status = simulated["_status"]
    assert status["usable"] and status["simulator"] and status["backend"] == "cuda", status


def run_trainer() -> dict[str, float]:
    """One epoch through the Trainer (its chunks, its parameter dict, its events) on cuda and on
    the reference backend: the same losses and weights."""
    from engine import Sequential
    from engine.trainer import Trainer
    from engine.trainer_events import Steps

    rng = np.random.default_rng(5)
    x = rng.normal(size=(24, 2)).astype(np.float32)
    y = (x[:, 0] * x[:, 1] > 0).astype(np.int64)
    runs = {}
    for name in ("reference", "cuda"):
        model = Sequential(
            [L.Input(2), L.Dense(4, activation="tanh"), L.Dense(1, activation="sigmoid")], seed=2
        )
        model.compile(optimizer={"name": "adam", "learning_rate": 0.05}, loss="binary_crossentropy")
        trainer = Trainer(model, x, y, epochs=1, batch_size=8, backend=name)
        feed = trainer.subscribe()
        with trainer:
            trainer.start().result(timeout=60)
            trainer.wait(60)
        steps = [e for e in feed.drain() if isinstance(e, Steps)]
        runs[name] = (np.concatenate([e.loss for e in steps]), model.get_weights(), steps[-1].backend)
    ref, dev = runs["reference"], runs["cuda"]
    pairs = list(zip([ref[0], *ref[1]], [dev[0], *dev[1]], strict=True))
    excess = max(float(np.max(np.abs(b - a) / (ATOL + RTOL * np.abs(a)))) for a, b in pairs)
    return {"excess": excess, "steps": len(runs["cuda"][0]), "backend": runs["cuda"][2]}


def test_the_trainer_trains_on_the_simulated_device(simulated):
    result = simulated["_trainer"]
    assert result["backend"] == "cuda" and result["steps"] == 3, result
    assert result["excess"] <= 1.0, result


# -- compilation for a real GPU -------------------------------------------------------------------


KERNELS = (
    "dense_forward", "dense_backward_weights", "dense_backward_input", "activation_forward",
    "activation_backward", "softmax_rows", "softmax_backward_rows", "dropout", "loss_rows",
    "penalties", "clip_values", "sum_squares", "update",
)  # fmt: skip


def test_every_kernel_compiles_for_a_real_gpu(monkeypatch):
    """Record every launch of a training call (arrays stand in for device memory), then compile each
    kernel for those argument types to PTX: what the GPU compiler refuses fails here, not on a user's GPU."""
    numba = pytest.importorskip("numba")
    cuda = pytest.importorskip("numba.cuda", reason="numba-cuda is not installed (pip install -e .[test])")
    if numba.config.ENABLE_CUDASIM:
        pytest.skip("NUMBA_ENABLE_CUDASIM is set in this process: no compiler to check with")
    from numba.cuda.cudadrv import nvvm

    if not nvvm.is_available():
        pytest.skip("NVVM is not installed (numba-cuda[cu13]: the cuda-toolkit wheels)")
    import numba.cuda.dispatcher as dispatcher

    from engine.backends import cuda_kernels as K
    from engine.backends import cuda_program

    # Device functions ask the current device for its compute capability; there is none here.
    monkeypatch.setattr(
        dispatcher, "get_current_device", lambda: pytypes.SimpleNamespace(compute_capability=(8, 0))
    )

    class Memory(np.ndarray):
        def copy_to_host(self):
            return np.asarray(self).copy()

    fake_cuda = pytypes.SimpleNamespace(
        to_device=lambda a: np.array(a).view(Memory),
        device_array=lambda shape, dtype: np.zeros(shape, dtype).view(Memory),
    )
    launches: set[tuple[str, tuple]] = set()

    class Recorder:
        def __init__(self, name):
            self.name = name

        def __getitem__(self, config):
            def launch(*args):
                typed = (numba.typeof(np.asarray(a) if isinstance(a, np.ndarray) else a) for a in args)
                launches.add((self.name, tuple(typed)))

            return launch

    fake_kernels = pytypes.SimpleNamespace(
        launch_1d=K.launch_1d, launch_2d=K.launch_2d, THREADS=K.THREADS, **{n: Recorder(n) for n in KERNELS}
    )
    for case in (
        "act_sigmoid_tanh_relu",
        "act_hidden_softmax",
        "loss_cce_softmax_activation_layer",
        "penalties_l1_l2",
        "dropout",
    ):
        make_layers, loss, _, input_shape, targets = CASES[case]
        net = chain(make_layers(), loss, input_shape)
        x, y = _data(case, input_shape, targets)
        for optimizer in (optimizers.Adam(clipnorm=1.0, clipvalue=0.5), optimizers.SGD(global_clipnorm=1.0)):
            params = net.init_params(np.random.default_rng(0), np.float32)
            rng = np.random.default_rng(0)
            cuda_program.train_steps(
                fake_cuda, fake_kernels, net, params, optimizer, x, y, [np.arange(4)], rng
            )
    assert {name for name, _ in launches} == set(KERNELS)
    for name, signature in sorted(launches, key=str):
        cuda.compile_ptx(getattr(K, name).py_func, signature, cc=(8, 0))
    cuda.compile_ptx(K.probe.py_func, "void(float32[:], float32[:])", cc=(8, 0))


# -- detection and selection ----------------------------------------------------------------------


def test_detection_without_a_gpu_says_why():
    from engine.backends.cuda import cuda_status

    status = cuda_status()
    if status.usable:
        pytest.skip(f"this machine has a usable CUDA device: {status.reason}")
    assert not status.simulator
    assert status.reason and "\n" not in status.reason
    assert backends.cuda_line().startswith("not usable: ")


def test_detection_without_numba_cuda_says_so(monkeypatch):
    from engine.backends.cuda import cuda_status

    monkeypatch.setitem(sys.modules, "numba.cuda", None)  # import numba.cuda now fails
    status = cuda_status.__wrapped__()
    assert not status.usable
    assert "numba-cuda is not installed" in status.reason


def test_layerlab_info_prints_the_cuda_line(capsys):
    from engine.backends.cuda import cuda_status
    from engine.cli import main

    assert main(["info", str(ROOT / "resources" / "examples" / "circle_tanh.layerlab")]) == 0
    assert f"CUDA backend: {cuda_status().line()}" in capsys.readouterr().out.splitlines()


def test_cuda_backend_without_a_gpu_trains_on_the_cpu():
    from engine.backends.cuda import cuda_status

    if cuda_status().usable:
        pytest.skip("this machine has a usable CUDA device")
    engine = backends.get("cuda")
    assert engine.name == "cpu"
    net = chain(_base(), "mse")
    x, y = _data("", (3,), "reg")
    params = net.init_params(np.random.default_rng(3), np.float32)
    expected = {n: {k: a.copy() for k, a in p.items()} for n, p in params.items()}
    losses, _ = engine.train_steps(net, params, optimizers.SGD(0.1), x, y, [np.arange(4)], None)
    ref_losses, _ = backends.get("cpu").train_steps(net, expected, optimizers.SGD(0.1), x, y, [np.arange(4)])
    np.testing.assert_array_equal(losses, ref_losses)


def test_networks_the_device_cannot_run_are_named_with_a_reason():
    from engine.backends.cuda import unsupported_reason

    graph = LayerGraph()
    inp = graph.add_layer(L.Input((3,)))
    a, b = graph.add_layer(L.Dense(2)), graph.add_layer(L.Dense(2))
    add, out = graph.add_layer(L.Add()), graph.add_layer(L.Output(loss="mse"))
    for s, t in [(inp, a), (inp, b), (a, add), (b, add), (add, out)]:
        graph.connect(s, t)
    assert unsupported_reason(Network(graph)) == "the CUDA backend has no kernel for Add layers"
    norm = chain([L.Dense(3), L.BatchNormalization(), L.Dense(2)], "mse")
    assert "no kernel for" in unsupported_reason(norm)
    net = chain(_base(), "mse")
    assert unsupported_reason(net) is None
    params = net.init_params(np.random.default_rng(0), np.float64)
    assert "float32" in unsupported_reason(net, params)


def test_auto_picks_cuda_only_when_usable_and_the_network_is_large(monkeypatch):
    from engine.backends import cuda

    small = chain(_base(), "mse")
    big = chain([L.Dense(512, activation="relu"), L.Dense(10)], "mse", input_shape=(784,))
    monkeypatch.setattr(cuda, "cuda_status", lambda: cuda.CudaStatus(False, "no CUDA driver"))
    assert backends.auto_choice(big, 64) == ("cpu", "CUDA not usable: no CUDA driver")
    monkeypatch.setattr(cuda, "cuda_status", lambda: cuda.CudaStatus(True, "simulator", simulator=True))
    assert backends.auto_choice(big, 64)[0] == "cpu"
    monkeypatch.setattr(cuda, "cuda_status", lambda: cuda.CudaStatus(True, "Test GPU"))
    name, why = backends.auto_choice(small, 32)
    assert name == "cpu" and "small" in why
    assert backends.auto_choice(big, 64) == ("cuda", "CUDA on Test GPU")
    assert big.count_params() * 64 >= cuda.AUTO_MIN_WORK > small.count_params() * 10_000


# -- the simulator subprocess ---------------------------------------------------------------------


def _simulate() -> None:
    from engine.backends.cuda import cuda_status

    status = cuda_status()
    results: dict[str, dict] = {
        "_status": {
            "usable": status.usable,
            "simulator": status.simulator,
            "backend": backends.get("cuda").name,
        }
    }
    for case, run in [
        *((case, functools.partial(run_case, case)) for case in CASES),
        ("_trainer", run_trainer),
    ]:
        try:
            results[case] = run()
        except Exception as error:  # reported per case by the test
            results[case] = {"error": f"{type(error).__name__}: {error}"}
    print(json.dumps(results))


if __name__ == "__main__":
    _simulate()
