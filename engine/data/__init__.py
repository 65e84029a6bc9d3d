"""Data: generated and bundled sets, import, splits, scaling and batching."""
