"""Writing what a view shows to files: PNG and SVG of drawn views (each tab writes its own CSV, with sources).

Each tab offers a list of ExportFormat; File → Export… lets the user pick one and a path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QPainter


@dataclass(frozen=True)
class ExportFormat:
    name: str  # shown in the file dialog, e.g. "PNG image"
    suffix: str  # without the dot
    write: Callable[[str], None]  # raises OSError when the file cannot be written

    @property
    def filter(self) -> str:
        return f"{self.name} (*.{self.suffix})"


def _size(widget) -> QSize:
    """Views that draw a whole scene (not just what is on screen) say their own export size."""
    return widget.export_size() if hasattr(widget, "export_size") else widget.size()


def write_png(widget, path: str | Path) -> None:
    if hasattr(widget, "export_size"):
        from PySide6.QtGui import QColor, QImage
        image = QImage(_size(widget), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        widget.render_to(painter)
        painter.end()
    else:
        image = widget.grab()
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def write_svg(widget, path: str | Path, title: str) -> None:
    """Vector drawing of a widget that can paint itself with `render_to(painter)`."""
    from PySide6.QtSvg import QSvgGenerator

    Path(path).parent.stat()  # a missing folder fails here with a clear OSError
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    size = _size(widget)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("Përmet Explorer")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write {path}")
    try:
        widget.render_to(painter)
    finally:
        painter.end()


def view_formats(widget, title: str) -> list[ExportFormat]:
    return [ExportFormat(QCoreApplication.translate("Export", "PNG image"), "png", lambda p: write_png(widget, p)),
            ExportFormat(QCoreApplication.translate("Export", "SVG drawing"), "svg", lambda p: write_svg(widget, p, title))]
