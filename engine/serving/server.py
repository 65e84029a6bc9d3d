"""Serving the endpoint over HTTP with waitress.

Why waitress: it is a production WSGI server maintained by the Pylons project, pure Python
with no dependencies of its own (so PyInstaller freezes it without hooks, on every platform),
and it does the HTTP parsing, keep-alive and request-size limits that a hand-written server
would get wrong. It is bound to 127.0.0.1 unless asked otherwise: a classroom model should not
be reachable from the whole network by accident.
"""

import errno
from collections.abc import Callable

from engine.errors import LayerLabError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.serving.app import MAX_BODY_BYTES, make_app
from engine.serving.predictor import Predictor

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve(
    predictor: Predictor,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    on_ready: Callable[[str], None] = print,
) -> None:
    """Answer requests until Ctrl-C; ``on_ready`` gets the address (port 0 picks a free port)."""
    from waitress.server import create_server

    try:
        server = create_server(
            make_app(predictor),
            host=host,
            port=port,
            threads=4,
            ident="LayerLab",
            max_request_body_size=MAX_BODY_BYTES,
        )
    except OSError as exc:
        values = {"host": host, "port": port, "error": str(exc.strerror or exc)}
        if exc.errno == errno.EADDRINUSE:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "serving", "cannot serve on {host}:{port} ({error}); choose another with --port"
                ),
                context="serving",
                **values,
            )
        else:
            message = Message(
                QT_TRANSLATE_NOOP("serving", "cannot serve on {host}:{port} ({error})"),
                context="serving",
                **values,
            )
        raise LayerLabError(message) from None
    shown_host = f"[{host}]" if ":" in host else host
    on_ready(f"http://{shown_host}:{server.effective_port}")
    try:
        server.run()  # waitress stops its worker threads itself on Ctrl-C and returns
    finally:
        server.close()
