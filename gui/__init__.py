"""LayerLab's desktop application (PySide6 + pyqtgraph): a view of engine objects, no math."""
