"""A filter over a flat table model that asks Python once per change, not once per row.

QSortFilterProxyModel asks `filterAcceptsRow` for every row each time the filter changes, when it is given a
model and when the model is reset or sorted: with the method in Python, tens of thousands of calls from C++
(a keystroke in the people filter at 1000x the data took 0.2-0.8 s, the decisions list's first show ~30 ms).
`ShownRows` is told which source rows show, as a list its owner works out over plain Python lists (a string
test per row in a comprehension: a few milliseconds for 41,000 rows), and maps rows through that list. What
is current and selected stays on the same rows (a layout change, not a reset), as with Qt's filter.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

# the rows come, go or move, never the columns: the horizontal header is left alone (it re-reads its titles,
# ~50 calls into Python, on a layout change of any other kind)
_ROWS = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_ROOT = QModelIndex()
_HINTED = "QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint"  # the signals' overload with a hint


class ShownRows(QAbstractProxyModel):
    """The rows of a flat source model that `choose()` keeps, in the source's order. `choose()` returns the
    source rows to show (ascending), or None for every row; it is asked again by `refilter()` and whenever the
    source is reset or reordered. Sorting goes to the source."""

    def __init__(self, choose: Callable[[], list[int] | None], parent=None) -> None:
        super().__init__(parent)
        self._choose = choose
        self._rows: list[int] | None = None  # source row of each row shown, ascending; None: every row, in place
        self._saved: list[tuple[list, list]] = []  # persistent indexes across a source layout change
        self._source = None

    # ---- wiring
    def setSourceModel(self, model) -> None:
        if self._source is not None:
            for signal, slot in self._wires():
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        self._source = model
        for signal, slot in self._wires():
            signal.connect(slot)
        self._set_rows(self._choose())
        self.endResetModel()

    def _wires(self):
        s = self._source
        # rows or columns added or taken away (the tables here never do it): taken as a reset
        changes = [(getattr(s, f"{what}AboutToBe{done}"), self.beginResetModel) for what in ("rows", "columns")
                   for done in ("Inserted", "Removed", "Moved")]
        changes += [(getattr(s, f"{what}{done}"), self._source_reset) for what in ("rows", "columns")
                    for done in ("Inserted", "Removed", "Moved")]
        return (*changes, (s.modelAboutToBeReset, self.beginResetModel), (s.modelReset, self._source_reset),
                (s.layoutAboutToBeChanged, self._source_layout_about), (s.layoutChanged, self._source_layout),
                (s.dataChanged, self._source_data), (s.headerDataChanged, self.headerDataChanged))

    def _set_rows(self, rows: list[int] | None) -> None:
        self._rows = rows  # a source row's row shown is found by bisection (a table of them cost ~10 ms a keystroke)

    def _source_reset(self) -> None:
        self._set_rows(self._choose())
        self.endResetModel()

    def _source_layout_about(self, *_args) -> None:
        self.layoutAboutToBeChanged[_HINTED].emit([], _ROWS)
        old = self.persistentIndexList()
        self._saved.append((old, [QPersistentModelIndex(self.mapToSource(index)) for index in old]))

    def _source_layout(self, *_args) -> None:
        old, sources = self._saved.pop()
        self._set_rows(self._choose())
        self.changePersistentIndexList(old, [self.mapFromSource(QModelIndex(source)) for source in sources])
        self.layoutChanged[_HINTED].emit([], _ROWS)

    def _source_data(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        if self._rows is None:
            self.dataChanged.emit(self.index(top.row(), top.column()), self.index(bottom.row(), bottom.column()), roles)
        else:  # the rows shown between, if any
            first, last = bisect_left(self._rows, top.row()), bisect_right(self._rows, bottom.row()) - 1
            if first <= last:
                self.dataChanged.emit(self.index(first, top.column()), self.index(last, bottom.column()), roles)

    # ---- filtering
    def refilter(self) -> None:
        """Ask `choose()` again: the rows no longer chosen go, those chosen come, in one layout change (what is
        current and selected stays where it still shows)."""
        self.layoutAboutToBeChanged[_HINTED].emit([], _ROWS)
        old = self.persistentIndexList()
        sources = [self._source_row(index.row()) for index in old]
        self._set_rows(self._choose())
        self.changePersistentIndexList(old, [self._shown_index(source, index.column())
                                             for source, index in zip(sources, old)])
        self.layoutChanged[_HINTED].emit([], _ROWS)

    def shown_source_rows(self) -> list[int]:
        """The source rows shown, in order."""
        return list(range(self._source.rowCount(_ROOT))) if self._rows is None else self._rows

    def _source_row(self, row: int) -> int:
        return row if self._rows is None else self._rows[row]

    def _shown_index(self, source_row: int, column: int) -> QModelIndex:
        rows = self._rows
        if rows is None:
            return self.createIndex(source_row, column)
        row = bisect_left(rows, source_row)
        return self.createIndex(row, column) if row < len(rows) and rows[row] == source_row else QModelIndex()

    # ---- the model
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._source is None:
            return 0
        return self._source.rowCount(_ROOT) if self._rows is None else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._source is None else self._source.columnCount(_ROOT)

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        source = self._source
        if parent.isValid() or source is None or row < 0 or column < 0 or column >= source.columnCount(_ROOT) or \
                row >= (source.rowCount(_ROOT) if self._rows is None else len(self._rows)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: D401 (Qt's overload)
        return QModelIndex()

    def sibling(self, row: int, column: int, index: QModelIndex) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self.rowCount() > 0

    def mapToSource(self, index: QModelIndex) -> QModelIndex:
        if not index.isValid() or self._source is None:
            return QModelIndex()
        return self._source.index(self._source_row(index.row()), index.column())

    def mapFromSource(self, index: QModelIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self._shown_index(index.row(), index.column())

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        return self._source.data(self.mapToSource(index), role) if index.isValid() else None

    def multiData(self, index: QModelIndex, roles) -> None:
        # straight to the source's own (one call into Python a cell when the source answers it in Python)
        self._source.multiData(self.mapToSource(index), roles)

    def flags(self, index: QModelIndex):
        return self._source.flags(self.mapToSource(index)) if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and self._source is not None:
            return self._source.headerData(section, orientation, role)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)
