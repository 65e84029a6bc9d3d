"""The network editor: a QGraphicsScene that mirrors the engine graph, and its view."""
