"""Using a trained model: predictions from a project or an exported ONNX file, and a local
HTTP endpoint for them (``layerlab serve``) — the deployment step of the lessons."""

from engine.serving.app import make_app, parse_inputs
from engine.serving.predictor import (
    OnnxPredictor,
    Predictor,
    ProjectPredictor,
    load_predictor,
    predicted_classes,
)
from engine.serving.server import DEFAULT_HOST, DEFAULT_PORT, LOOPBACK, serve

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "LOOPBACK",
    "OnnxPredictor",
    "Predictor",
    "ProjectPredictor",
    "load_predictor",
    "make_app",
    "parse_inputs",
    "predicted_classes",
    "serve",
]
