"""The optional CUDA backend: training on an NVIDIA GPU through numba's CUDA target.

Install it with ``pip install layerlab[cuda]`` (the ``numba-cuda`` package). Whether it can run
is found out, never assumed: :func:`cuda_status` imports numba's CUDA target, compiles a tiny
kernel and runs it, inside try/except, and answers usable or not with a one-line reason
("numba-cuda is not installed", "no CUDA driver: …", …). It never raises.

:class:`CUDABackend` has the CPU backend's interface and meaning. On the device it trains chain
networks of Dense, Activation, Dropout, Flatten and Output layers in float32, with every loss,
optimizer, clipping and L1/L2 penalty (engine/backends/cuda_program.py), and it predicts with
them. Everything else — other layers (batch normalization, Add, Concatenate), float64, single
gradients (``loss_and_gradients``) — runs on the CPU backend, and training says once why. When
CUDA is unusable the whole backend is the CPU backend, and says why once.

``auto`` picks CUDA only where it pays: a step launches a few kernels per layer, and each launch
costs numba tens of microseconds of Python whatever its size, so a small network trains faster on
the CPU JIT. :data:`AUTO_MIN_WORK` is the estimated break-even, not a measurement (no GPU was at
hand): parameters × batch size ≥ 4 million multiply-adds per forward pass (e.g. a 784-128-10 MLP
at batch 64), where a CPU step takes about a millisecond. The CUDA simulator is never picked (it
is for tests: correct but thousands of times slower).
"""

import functools
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.backends.compiled import UnsupportedError
from engine.backends.cpu import CPUBackend
from engine.network import Network

log = logging.getLogger("engine.backends.cuda")

Params = dict[str, dict[str, np.ndarray]]
#: ``auto`` picks CUDA from this many parameters × batch size on (see the module docstring).
AUTO_MIN_WORK = 4_000_000


@dataclass(frozen=True)
class CudaStatus:
    """Whether the CUDA backend can run here, and why (one line)."""

    usable: bool
    reason: str
    simulator: bool = False

    def line(self) -> str:
        return f"{'usable' if self.usable else 'not usable'}: {self.reason}"


def _first_line(error: BaseException) -> str:
    """The gist of an error in one line (numba's driver errors span several)."""
    text = " ".join(str(error).replace("Error at driver init:", "").split()).strip(" :")
    return text.split(". ")[0][:200] or type(error).__name__


@functools.cache
def cuda_status() -> CudaStatus:
    """Detect a usable GPU (cached for the process; never raises)."""
    try:
        import numba.cuda as cuda
        from numba import config
    except ImportError:
        return CudaStatus(False, "numba-cuda is not installed (pip install layerlab[cuda])")
    except Exception as error:  # a broken install must not stop the app
        return CudaStatus(False, f"numba's CUDA target failed to load: {_first_line(error)}")
    simulator = bool(config.ENABLE_CUDASIM)
    try:
        if not simulator and not cuda.is_available():
            try:
                cuda.current_context()
            except Exception as error:
                return CudaStatus(False, f"no usable CUDA device: {_first_line(error)}")
            return CudaStatus(False, "no usable CUDA device")
        from engine.backends import cuda_kernels as K

        x = np.arange(4, dtype=np.float32)
        out = cuda.device_array(4, np.float32)
        K.probe[1, 4](cuda.to_device(x), out)
        if not np.array_equal(out.copy_to_host(), 2 * x + 1):
            return CudaStatus(False, "a test kernel ran but computed wrong numbers")
    except Exception as error:
        return CudaStatus(False, f"a test kernel failed: {_first_line(error)}", simulator)
    if simulator:
        return CudaStatus(True, "the CUDA simulator (NUMBA_ENABLE_CUDASIM=1): exact but slow", True)
    name = cuda.get_current_device().name
    return CudaStatus(True, name.decode() if isinstance(name, bytes) else str(name))


def unsupported_reason(net: Network, params: Params | None = None) -> str | None:
    """Why ``net`` cannot train on the device (None: it can)."""
    from engine.backends import cuda_program

    dtypes = {a.dtype for p in (params or {}).values() for a in p.values()}
    if dtypes and dtypes != {np.dtype(np.float32)}:
        return f"the CUDA backend trains in float32, not {', '.join(sorted(map(str, dtypes)))}"
    try:
        cuda_program.plan_for(net, training=True)
    except UnsupportedError as reason:
        return str(reason)
    return None


def auto_choice(net: Network, batch_size: int) -> tuple[str, str]:
    """``(backend name, why)`` for ``backend="auto"`` once the JIT is ready: cuda or cpu."""
    status = cuda_status()
    if not status.usable or status.simulator:
        return "cpu", f"CUDA {status.line()}"
    reason = unsupported_reason(net)
    if reason is not None:
        return "cpu", reason
    work = net.count_params() * batch_size
    if work < AUTO_MIN_WORK:
        return "cpu", f"the network is small for a GPU ({work:,} parameters × batch < {AUTO_MIN_WORK:,})"
    return "cuda", f"CUDA on {status.reason}"


_explained: set[str] = set()


def _explain(reason: str) -> None:
    if reason not in _explained:
        _explained.add(reason)
        log.warning("CUDA backend: running on the CPU backend: %s", reason)


class CUDABackend(CPUBackend):
    """The CPU backend's interface, with training and inference of chain networks on the GPU.

    ``name`` is "cuda" when the device is usable, "cpu" when this backend is the CPU backend
    because CUDA is not (``status.reason`` says why).
    """

    name = "cuda"

    def __init__(self) -> None:
        self.status = cuda_status()
        if not self.status.usable:
            self.name = "cpu"
            _explain(f"CUDA is {self.status.line()}")

    def _device(self, net: Network, params: Params) -> tuple[Any, Any] | None:
        """(numba.cuda, kernels) when ``net`` runs on the device, else None (reason logged once)."""
        if not self.status.usable:
            return None
        reason = unsupported_reason(net, params)
        if reason is not None:
            _explain(reason)
            return None
        from numba import cuda

        from engine.backends import cuda_kernels

        return cuda, cuda_kernels

    def train_steps(self, net, params, optimizer, x, y, batches, rng=None):
        device = self._device(net, params)
        if device is None:
            return super().train_steps(net, params, optimizer, x, y, batches, rng)
        try:
            from engine.backends import compiled

            compiled.optimizer_kind(optimizer)
        except UnsupportedError as reason:
            _explain(str(reason))
            return super().train_steps(net, params, optimizer, x, y, batches, rng)
        from engine.backends import cuda_program

        x = self._as_input(net, params, x)
        return cuda_program.train_steps(*device, net, params, optimizer, x, y, batches, rng)

    def predict(self, net: Network, params: Params, x: np.ndarray) -> np.ndarray:
        device = self._device(net, params)
        if device is None:
            return super().predict(net, params, x)
        from engine.backends import cuda_program

        return cuda_program.predict(*device, net, params, self._as_input(net, params, x))
