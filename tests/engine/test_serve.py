"""``layerlab serve``: a real server process, real HTTP requests, good and bad.

The server runs as ``python -m engine.cli serve MODEL --port 0`` (a free port; the address is
read from its first line), once for a project and once for the same model exported to ONNX.
Requests go through urllib/http.client over loopback only; Ctrl-C stops the server cleanly.
"""

import http.client
import io
import json
import logging
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from engine import experiment, layers
from engine.cli import EXIT_BAD_INPUT, main
from engine.export import export_project
from engine.model import Sequential
from engine.project import Project
from engine.serving import make_app, parse_inputs
from engine.serving.app import RequestError
from engine.serving.predictor import Predictor

ROOT = Path(__file__).resolve().parents[2]
CLASSES = ["inside", "outside"]


def make_project(path: Path) -> Project:
    model = Sequential(
        [layers.Input((2,)), layers.Dense(6, activation="tanh"), layers.Dense(1, activation="sigmoid")],
        seed=3,
    )
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    project = Project.from_model(model)
    project.scaling = {"name": "standardize", "mean": [0.5, -1.0], "std": [2.0, 0.5]}
    project.training["class_names"] = CLASSES
    project.save(path)
    return project


class Server:
    """``layerlab serve`` in a subprocess, with its address and its output (read by two threads,
    so neither pipe can fill up and block the server)."""

    def __init__(self, model: Path, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "engine.cli", "serve", str(model), "--port", "0", *extra],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self.readers = [
            threading.Thread(target=lambda: [lines.put(line) for line in self.proc.stdout], daemon=True),
            threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr), daemon=True),
        ]
        for reader in self.readers:
            reader.start()
        deadline = time.monotonic() + 60
        while not self.stdout or not self.stdout[-1].startswith("Serving on "):
            self.stdout.append(lines.get(timeout=max(deadline - time.monotonic(), 0.1)))
        self.url = self.stdout[-1].split()[2]
        self._lines = lines

    def stop(self) -> tuple[int, str, str]:
        """Ctrl-C (POSIX) and wait: (exit code, everything printed, the log)."""
        if sys.platform == "win32":
            self.proc.terminate()
        else:
            self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=30)
        for reader in self.readers:
            reader.join(timeout=30)
        while not self._lines.empty():
            self.stdout.append(self._lines.get())
        return code, "".join(self.stdout), "".join(self.stderr)


def call(url: str, method: str = "GET", body: bytes | None = None) -> tuple[int, dict, dict]:
    """(status, JSON body, headers) of one request; error statuses are returned, not raised."""
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read()), dict(response.headers)
    except urllib.error.HTTPError as error:
        raw = error.read()
        assert b"Traceback" not in raw
        return error.code, json.loads(raw), dict(error.headers)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    project = make_project(folder / "circle.layerlab")
    export_project(project, "onnx", folder / "circle.onnx")
    return folder, project


@pytest.fixture(scope="module", params=["circle.layerlab", "circle.onnx"])
def server(request, files):
    folder, _ = files
    running = Server(folder / request.param)
    yield running
    running.stop()


def test_it_listens_on_loopback_and_describes_the_model(server):
    assert server.url.startswith("http://127.0.0.1:")
    status, body, headers = call(server.url + "/")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert body["input_shape"] == [2] and body["output_shape"] == [1]
    assert body["classes"] == CLASSES
    assert body["kind"] in ("LayerLab project", "ONNX model")
    assert "POST /predict" in body["usage"]
    assert call(server.url + "/health")[:2] == (200, {"status": "ok"})


def test_predictions_match_layerlab_with_the_scaling_applied(server, files):
    _, project = files
    x = np.array([[0.0, 0.0], [2.5, -1.0], [-3.0, 4.0], [0.5, -1.0]], dtype=np.float32)
    model = project.to_model()
    expected = model.predict(experiment.inputs_for_prediction(project, model, x, "test"))
    status, body, _ = call(server.url + "/predict", "POST", json.dumps({"inputs": x.tolist()}).encode())
    assert status == 200
    np.testing.assert_allclose(np.array(body["outputs"]), expected, atol=1e-5)
    assert body["classes"] == [CLASSES[int(p >= 0.5)] for p in expected[:, 0]]


BAD_REQUESTS = {
    "not JSON": (b'{"inputs": [[1, 2]', "not valid JSON"),
    "not UTF-8": (b"\xff\xfe\x00", "not UTF-8"),
    "no body": (b"", "no body"),
    "not an object": (b"[[1, 2]]", "must be a JSON object"),
    "no inputs": (b"{}", 'the field "inputs" is missing'),
    "unknown field": (b'{"input": [[1, 2]]}', 'unknown field "input"'),
    "empty": (b'{"inputs": []}', "non-empty list of samples"),
    "one flat sample": (b'{"inputs": [1, 2]}', "for one sample send [[x1, x2, ...]]"),
    "too many values": (
        b'{"inputs": [[1, 2], [1, 2, 3]]}',
        "inputs[1] has 3 values, but the model takes samples of shape [2]",
    ),
    "text": (b'{"inputs": [[1, "a"]]}', 'inputs[0][1] is "a", not a number'),
    "boolean": (b'{"inputs": [[true, 1]]}', "inputs[0][0] is true, not a number"),
    "null": (b'{"inputs": [[1, null]]}', "inputs[0][1] is null, not a number"),
    "nested too deep": (b'{"inputs": [[[1], [2]]]}', "inputs[0][0] is [1], not a number"),
    "sample not a list": (b'{"inputs": [{"x": 1}]}', "inputs[0] must be a list of 2 numbers"),
    "NaN": (b'{"inputs": [[NaN, 1]]}', "holds NaN, which is not a number"),
    "Infinity": (b'{"inputs": [[1, -Infinity]]}', "holds -Infinity"),
    "beyond float32": (b'{"inputs": [[1e39, 1]]}', "too large for the model (float32)"),
    "huge integer": (b'{"inputs": [[1' + b"0" * 400 + b", 1]]}", "too large for the model"),
}


@pytest.mark.parametrize("case", BAD_REQUESTS)
def test_bad_requests_get_400_naming_the_problem(server, case):
    body, message = BAD_REQUESTS[case]
    status, answer, headers = call(server.url + "/predict", "POST", body)
    assert status == 400, answer
    assert message in answer["error"]
    assert headers["Content-Type"].startswith("application/json")


def test_wrong_addresses_and_methods(server):
    status, body, _ = call(server.url + "/nowhere")
    assert status == 404 and "POST /predict" in body["error"]
    status, body, headers = call(server.url + "/predict")
    assert status == 405 and headers["Allow"] == "POST"
    assert call(server.url + "/health", "POST", b"{}")[0] == 405


def test_a_body_over_the_limit_is_refused_before_it_is_read(server):
    host, port = server.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.putrequest("POST", "/predict")
    connection.putheader("Content-Length", str(64 * 2**20))
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 413
    assert b"Traceback" not in response.read()
    connection.close()


def test_the_server_keeps_answering_after_bad_requests(server):
    for body, _ in BAD_REQUESTS.values():
        call(server.url + "/predict", "POST", body)
    assert call(server.url + "/predict", "POST", b'{"inputs": [[0, 0]]}')[0] == 200


# -- starting and stopping ---------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal")
def test_ctrl_c_stops_the_server_cleanly_and_the_log_shows_requests(files):
    folder, _ = files
    running = Server(folder / "circle.onnx")
    assert call(running.url + "/health")[0] == 200
    call(running.url + "/predict", "POST", b"\x1b[31m")  # control codes in a body …
    call(running.url + "/%1b[2Jwhere", "GET")  # … and in a path never reach the log raw
    code, out, err = running.stop()
    assert code == 0, err
    assert "Stopped." in out
    assert "GET /health -> 200 OK" in err
    assert "\x1b" not in err and "Traceback" not in err


def test_a_port_in_use_is_a_clear_error(files):
    folder, _ = files
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "engine.cli", "serve", str(folder / "circle.onnx"), "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == EXIT_BAD_INPUT
    assert f"127.0.0.1:{port}" in result.stderr and "--port" in result.stderr
    assert "Traceback" not in result.stderr


def test_serving_needs_a_trained_model_and_a_real_port(tmp_path, files, capsys):
    folder, project = files
    untrained = tmp_path / "untrained.layerlab"
    project.weights = None
    project.save(untrained)
    assert main(["serve", str(untrained), "--port", "0"]) == EXIT_BAD_INPUT
    assert "no trained weights yet" in capsys.readouterr().err
    assert main(["serve", str(folder / "circle.onnx"), "--port", "70000"]) == EXIT_BAD_INPUT
    assert "--port must be a port number" in capsys.readouterr().err


# -- the application without a server ----------------------------------------------------------------


class Failing(Predictor):
    kind, path = "test double", Path("broken.onnx")
    input_shape, output_shape, class_names = (2,), (1,), ()

    def predict(self, x, source):
        raise RuntimeError("secret internal detail")


def test_an_internal_error_is_a_500_without_a_traceback(caplog):
    app = make_app(Failing())
    body = b'{"inputs": [[1, 2]]}'
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/predict",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    seen = {}
    with caplog.at_level(logging.ERROR, logger="engine.serving.app"):
        answer = b"".join(app(environ, lambda status, headers: seen.update(status=status)))
    assert seen["status"].startswith("500")
    assert b"secret" not in answer and b"Traceback" not in answer
    assert json.loads(answer) == {"error": "internal error; the server's log has details"}
    assert "secret internal detail" in caplog.text  # the traceback is in the server's log


def test_samples_may_be_nested_or_flat_for_an_image_input():
    image = np.arange(64, dtype=np.float32).reshape(8, 8)
    nested = parse_inputs({"inputs": [image.tolist()]}, (8, 8))
    flat = parse_inputs({"inputs": [image.ravel().tolist()]}, (8, 8))
    assert nested.shape == flat.shape == (1, 8, 8)
    np.testing.assert_array_equal(nested, flat)
    with pytest.raises(RequestError, match=r"inputs\[0\] has 63 values.*\(or 64 values in one list\)"):
        parse_inputs({"inputs": [list(range(63))]}, (8, 8))
    with pytest.raises(RequestError, match=r"inputs\[0\]\[7\] has 7 values, but the model takes 8 here"):
        parse_inputs({"inputs": [[[0.0] * 8] * 7 + [[0.0] * 7]]}, (8, 8))
