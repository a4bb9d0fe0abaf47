"""Writing what a view shows to files: PNG and SVG of drawn views, CSV of tables and trees.

Each tab offers a list of ExportFormat; File → Export… lets the user pick one and a path.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter


@dataclass(frozen=True)
class ExportFormat:
    name: str  # shown in the file dialog, e.g. "PNG image"
    suffix: str  # without the dot
    write: Callable[[str], None]  # raises OSError when the file cannot be written

    @property
    def filter(self) -> str:
        return f"{self.name} (*.{self.suffix})"


def model_rows(model: QAbstractItemModel, parent: QModelIndex = QModelIndex(), depth: int = 0):
    """Every row of a table or tree model as a list of strings; tree rows are indented by depth."""
    for row in range(model.rowCount(parent)):
        cells = [str(model.index(row, col, parent).data() or "") for col in range(model.columnCount(parent))]
        if depth and cells:
            cells[0] = "  " * depth + cells[0]
        yield cells
        first = model.index(row, 0, parent)
        if model.hasChildren(first):
            yield from model_rows(model, first, depth + 1)


def write_csv(model: QAbstractItemModel, path: str | Path) -> int:
    """Write the model (header + rows) as UTF-8 CSV; returns the number of data rows."""
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    rows = list(model_rows(model))
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows(rows)
    return len(rows)


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


def csv_format(model: QAbstractItemModel) -> ExportFormat:
    return ExportFormat(QCoreApplication.translate("Export", "CSV table"), "csv", lambda p: write_csv(model, p))
