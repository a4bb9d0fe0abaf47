"""What the list, table and tree views share: each row carries the (kind, id) it stands for, a click
selects it in the SelectionModel, and a selection made elsewhere is shown on the row."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractProxyModel, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QAbstractItemView

from app.ui.selection import Selection, SelectionModel

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def read_only_item(text: object, key: Selection | None = None, sort_value: object = None) -> QStandardItem:
    item = QStandardItem()
    # numbers stay numbers so that columns sort by value, not as text
    item.setData(text if isinstance(text, (int, float)) and not isinstance(text, bool) else ("" if text is None else str(text)),
                 Qt.ItemDataRole.DisplayRole)
    item.setEditable(False)
    if key is not None:
        item.setData(key, KEY_ROLE)
    if sort_value is not None:
        item.setData(sort_value, Qt.ItemDataRole.UserRole + 2)
    return item


class SelectionLink(QObject):
    """Wires one item view to the SelectionModel, both ways, ignoring its own echo.

    `row_of(key)` returns the source model's index of the row that stands for a key (a dict lookup the model
    keeps), so showing a selection costs the same however many rows there are. A view that is not visible
    does nothing on a selection; it catches up when it is shown.
    """

    def __init__(self, view: QAbstractItemView, selection: SelectionModel,
                 row_of: Callable[[Selection], QModelIndex | None],
                 resolve: Callable[[Selection], Iterable[Selection]] | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._selection = selection
        self._resolve = resolve or (lambda sel: [sel])
        self._row_of = row_of
        self._pending = False
        self.lookups = 0  # rows looked at to show selections (tests check it does not grow with the data)
        view.clicked.connect(self._on_activated)
        view.activated.connect(self._on_activated)
        view.installEventFilter(self)
        selection.changed.connect(self._on_selection_changed)

    def _on_activated(self, index: QModelIndex) -> None:
        key = index.siblingAtColumn(0).data(KEY_ROLE)
        if key is not None:
            self._selection.select(key[0], key[1], origin=self._view)

    def _on_selection_changed(self) -> None:
        if self._selection.origin() is self._view:
            self._pending = False
            return
        if not self._view.isVisible():
            self._pending = True
            return
        self.show_selection(self._selection.current())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._pending:
            self._pending = False
            self.show_selection(self._selection.current())
        return False

    def show_selection(self, selection: Selection | None) -> None:
        view = self._view
        if selection is None:
            view.clearSelection()
            return
        for key in self._resolve(selection):
            index = self.find(key)
            if index.isValid():
                view.setCurrentIndex(index)
                view.scrollTo(index)
                return
        view.clearSelection()

    def find(self, key: Selection) -> QModelIndex:
        """The view's index of the row for `key`, or an invalid index (also when a filter hides the row)."""
        model = self._view.model()
        self.lookups += 1
        source = self._row_of(key)
        if source is None or not source.isValid():
            return QModelIndex()
        proxies = []
        while isinstance(model, QAbstractProxyModel):
            proxies.append(model)
            model = model.sourceModel()
        for proxy in reversed(proxies):
            source = proxy.mapFromSource(source)
        return source


def walk_rows(model, parent: QModelIndex = QModelIndex()):
    """Column-0 indexes of every row of a table or tree model, depth first."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from walk_rows(model, index)


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change what a filter proxy filters on and re-run it (Qt ≥ 6.10 wants the change announced first;
    older Qt only has invalidateFilter)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateFilter()


def keys_shown(view: QAbstractItemView) -> list[Selection]:
    """The keys of the rows a view shows, in order (for tests and automation)."""
    return [i.data(KEY_ROLE) for i in walk_rows(view.model()) if i.data(KEY_ROLE) is not None]
