"""MIME types for dragging layers from the palette and copying nodes between canvases."""

#: A layer type name (UTF-8), dragged from the palette onto the canvas.
LAYER_MIME = "application/x-layerlab-layer"
#: Copied nodes and the edges among them, as JSON (see ``gui.canvas.editing``).
NODES_MIME = "application/x-layerlab-nodes"
