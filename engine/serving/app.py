"""The inference endpoint as a WSGI application: JSON in, JSON out, every error explained.

Routes::

    GET  /         what the model takes and gives (input shape, output shape, classes)
    GET  /health   {"status": "ok"}
    POST /predict  {"inputs": [[...], ...]}  →  {"outputs": [[...], ...], "classes": [...]}

A request the model cannot use is answered 400 with ``{"error": "..."}`` naming what is wrong
and where (``inputs[3][1] is "abc", not a number``). Nothing unexpected reaches the client as
a traceback: it gets a 500 with a short sentence, and the traceback goes to the server's log.
WSGI keeps the HTTP itself in a maintained server (waitress, see ``server.py``).
"""

import json
import logging
import math
import threading
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from engine.errors import LayerLabError
from engine.serving.predictor import Predictor, predicted_classes

log = logging.getLogger(__name__)

#: The server refuses larger bodies (413): 16 MiB is some 40,000 samples of 8×8 pixels.
MAX_BODY_BYTES = 16 * 2**20
#: float32's largest finite value: anything beyond would become infinity in the model.
_FLOAT32_MAX = float(np.finfo(np.float32).max)

Environ = dict[str, Any]
StartResponse = Callable[..., Any]
USAGE = 'POST /predict with {"inputs": [[...], ...]}: one list per sample'


class RequestError(Exception):
    """A request that cannot be answered, with the HTTP status and the sentence to send back."""

    def __init__(self, status: str, message: str, headers: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, list(headers)


def _bad(message: str) -> RequestError:
    return RequestError("400 Bad Request", message)


# -- reading the inputs ---------------------------------------------------------------------------


def _reject_constant(token: str) -> float:
    raise _bad(f"the request body holds {token}, which is not a number a model can use")


def _read_json(environ: Environ) -> Any:
    # The server refuses bodies over MAX_BODY_BYTES (413) before the application sees them.
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise _bad("the Content-Length header is not a number") from None
    raw = environ["wsgi.input"].read(length) if length else environ["wsgi.input"].read()
    if not raw.strip():
        raise _bad(f"the request has no body; {USAGE}")
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise _bad("the request body is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _bad(
            f"the request body is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(f"{where} is {json.dumps(value)[:40]}, not a number")
    # abs() first: a huge whole number would overflow math.isfinite's conversion to float.
    if abs(value) > _FLOAT32_MAX or not math.isfinite(value):
        raise _bad(f"{where} is {json.dumps(value)[:40]}, too large for the model (float32)")
    return float(value)


def _nested(value: Any, shape: tuple[int, ...], where: str) -> Any:
    """``value`` checked against ``shape`` (nested lists of numbers), as plain floats."""
    if not shape:
        return _number(value, where)
    if not isinstance(value, list):
        inner = "numbers" if len(shape) == 1 else "lists"
        raise _bad(f"{where} must be a list of {shape[0]} {inner}, not {json.dumps(value)[:40]}")
    if len(value) != shape[0]:
        raise _bad(f"{where} has {len(value)} values, but the model takes {shape[0]} here")
    return [_nested(v, shape[1:], f"{where}[{i}]") for i, v in enumerate(value)]


def parse_inputs(data: Any, input_shape: tuple[int, ...]) -> np.ndarray:
    """The samples of a request body as a float32 array (n, *input_shape), or a 400 saying why not.

    A sample is nested lists in the Input's shape, or — for an Input such as (8, 8) — one flat
    list of all its values (64), as a CSV row would hold them.
    """
    if not isinstance(data, dict):
        raise _bad(f"the request body must be a JSON object; {USAGE}")
    unknown = sorted(set(data) - {"inputs"})
    if unknown:
        raise _bad(f"unknown field {json.dumps(unknown[0])[:40]}; {USAGE}")
    if "inputs" not in data:
        raise _bad(f'the field "inputs" is missing; {USAGE}')
    inputs = data["inputs"]
    if not isinstance(inputs, list) or not inputs:
        raise _bad(f'"inputs" must be a non-empty list of samples; {USAGE}')
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in inputs):
        raise _bad('"inputs" must be a list of samples, each a list: for one sample send [[x1, x2, ...]]')
    size = math.prod(input_shape)
    samples = []
    for i, sample in enumerate(inputs):
        where = f"inputs[{i}]"
        if len(input_shape) > 1 and isinstance(sample, list) and len(sample) == size:
            samples.append(np.reshape(_nested(sample, (size,), where), input_shape))
        elif isinstance(sample, list) and len(sample) != input_shape[0]:
            flat = f" (or {size} values in one list)" if len(input_shape) > 1 else ""
            raise _bad(
                f"{where} has {len(sample)} values, but the model takes samples of shape "
                f"{list(input_shape)}{flat}"
            )
        else:
            samples.append(_nested(sample, input_shape, where))
    return np.asarray(samples, dtype=np.float32)


# -- the application ------------------------------------------------------------------------------


def make_app(predictor: Predictor) -> Callable[[Environ, StartResponse], list[bytes]]:
    """The WSGI application answering requests for ``predictor``."""
    # One prediction at a time: the server's threads share the model, and the engine's rule is
    # that only one thread runs its kernels. Predictions here are small and quick.
    lock = threading.Lock()
    description = {**predictor.describe(), "usage": USAGE}

    def predict(environ: Environ) -> dict[str, Any]:
        x = parse_inputs(_read_json(environ), predictor.input_shape)
        with lock:
            y = predictor.predict(x, "inputs")
        answer: dict[str, Any] = {"outputs": y.tolist()}
        classes = predicted_classes(y, predictor.class_names)
        if classes is not None:
            answer["classes"] = classes
        return answer

    routes: dict[str, dict[str, Callable[[Environ], dict[str, Any]]]] = {
        "/": {"GET": lambda environ: description},
        "/health": {"GET": lambda environ: {"status": "ok"}},
        "/predict": {"POST": predict},
    }

    def app(environ: Environ, start_response: StartResponse) -> list[bytes]:
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO") or "/"
        status, headers = "200 OK", []
        try:
            if path not in routes:
                raise RequestError(
                    "404 Not Found", f"no such address; {USAGE}, or GET / to describe the model"
                )
            handlers = routes[path]
            handler = handlers.get("GET" if method == "HEAD" else method)
            if handler is None:
                allowed = ", ".join(handlers)
                raise RequestError(
                    "405 Method Not Allowed", f"{path} answers {allowed}", [("Allow", allowed)]
                )
            body = handler(environ)
        except RequestError as exc:
            status, headers, body = exc.status, exc.headers, {"error": exc.message}
        except LayerLabError as exc:  # the model refused these inputs, with its own sentence
            status, body = "400 Bad Request", {"error": str(exc)}
        except Exception:
            log.exception("internal error answering %s %s", ascii(method), ascii(path))
            status, body = (
                "500 Internal Server Error",
                {"error": "internal error; the server's log has details"},
            )
        # ascii(): method and path are the client's text, which must not write control codes
        # (colours, cursor moves) to the terminal showing this log.
        log.info("%s %s -> %s", ascii(method)[1:-1], ascii(path)[1:-1], status)
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        start_response(
            status,
            [
                ("Content-Type", "application/json; charset=utf-8"),
                ("Content-Length", str(len(data))),
                *headers,
            ],
        )
        return [data]

    return app
