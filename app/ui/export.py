"""Writing what a view shows to files."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex


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
    headers = [str(model.headerData(c, _horizontal()) or "") for c in range(model.columnCount())]
    rows = list(model_rows(model))
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows(rows)
    return len(rows)


def _horizontal():
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal
