"""Qt views. Each tab has its own module; they talk only through the SelectionModel."""

import PySide6.QtCore  # noqa: F401  (its import hook is what forget_module_sources wraps)

from app.pyside_sources import forget_module_sources

forget_module_sources()  # every module imported from here on (pyqtgraph and numpy too) is not kept as text
