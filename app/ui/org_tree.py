"""The Organisation tab's tree: a model of our own over plain Python nodes (org_nodes.py), its filter and its view.

No Qt object per cell, so a dataset with tens of thousands of seats builds in a fraction of the time; the
model keeps a key -> row table, so showing a selection is a lookup, not a walk.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSignalBlocker, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from app.model import Store
from app.model.entities import Body
from app.model.text import words
from app.ui.item_views import KEY_ROLE, refilter
from app.ui.labels import seat_ranges  # noqa: F401  (org_view imports it from here)
from app.ui.org_nodes import OrgNode, build_tree, tree_tops  # noqa: F401  (imported from here too)
from app.ui.selection import Selection

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
UNNAMED_ROLE = Qt.ItemDataRole.UserRole + 4
# data() is asked ~10 roles for each cell painted (through the filter proxy, thousands of calls when the tree
# scrolls to a selection): the roles as plain ints, compared without looking the enum members up each time
_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT = (int(r.value) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole))
_KEY, _SEARCH, _UNNAMED = int(KEY_ROLE), int(SEARCH_ROLE), int(UNNAMED_ROLE)
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, _KEY, _SEARCH, _UNNAMED))


def size_text(store: Store, body: Body, disagree: str, delegates: str, either: str, sizes: list | None = None) -> str:
    """'25', or every figure where the sources disagree: '118 or 121 (sources disagree)'. The templates come
    translated from the caller: `disagree` has {values}, `delegates` has {n}, `either` joins the values. `sizes`:
    the body's size figures, when the caller has read them (with others', `Store.figures_of`)."""
    if sizes is None:
        sizes = store.figures("body", body.id, "size")
    if len(sizes) > 1:
        return disagree.format(values=either.join(f.value for f in sizes))
    if sizes:
        return sizes[0].value
    if body.id == "congress":
        return delegates.format(n=store.total_delegates())
    return ""


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def muted_colour(palette: QPalette, minimum: float = 4.6) -> QColor:
    """A colour between the text and the background, as faint as it can be while still reading at
    `minimum` : 1 against both row backgrounds (WCAG AA asks 4.5 : 1)."""
    text = palette.color(QPalette.ColorRole.Text)
    backgrounds = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)]
    for step in range(40, 101, 5):
        t = step / 100
        colour = QColor.fromRgbF(*(t * getattr(text, c)() + (1 - t) * getattr(backgrounds[0], c)()
                                   for c in ("redF", "greenF", "blueF")))
        if all(contrast(colour, b) >= minimum for b in backgrounds):
            return colour
    return text


class SeatFilter(QSortFilterProxyModel):
    """Diacritic-folding filter over names, roles and portfolios; parents of a match stay visible.

    Which rows show is worked out in one pass over the nodes when the query changes (a row shows when it
    matches or a row under it does); the proxy then only asks a set, for the rows of the parents it maps.
    Qt's own recursive filtering asked Python for every row of the tree on every keystroke (seconds at 1000x).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._shown: set[int] | None = None  # id() of the nodes to show; None: every row
        self._order: list[OrgNode] | None = None

    def set_query(self, query: str) -> None:
        def change() -> None:
            self._words = words(query)
            self._shown = self._nodes_shown(self.sourceModel().root) if self._words else None
        refilter(self, change)

    def forget(self) -> None:
        """No query, and no row mapping kept: for when no view shows the filter, so that no row is looked at
        again until one does."""
        self._words, self._shown = [], None
        self.invalidate()

    def _nodes_shown(self, root: "OrgNode") -> set[int]:
        if self._order is None:  # every node, each after the nodes under it (the tree never changes)
            self._order, stack = [], [(top, False) for top in reversed(root.children)]
            while stack:
                node, done = stack.pop()
                if done or not node.children:
                    self._order.append(node)
                else:
                    stack.append((node, True))
                    stack.extend((child, False) for child in reversed(node.children))
        needles = [" " + w for w in self._words]  # app.model.text.matches_index, inlined: ~50,000 rows at 1000x
        shown: set[int] = set()
        add = shown.add
        for node in self._order:
            if id(node) in shown or all(needle in node.search for needle in needles):
                add(id(node))
                add(id(node.parent))  # parents of a match stay visible
        return shown

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self._shown is None:
            return True
        parent = source_parent.internalPointer() if source_parent.isValid() else self.sourceModel().root
        return id(parent.children[source_row]) in self._shown


class OrgTreeModel(QAbstractItemModel):
    """The bodies and their seats. `describe(node)` gives a row's cells in the interface language; they are
    asked for only for the rows drawn, and kept until the language changes."""

    def __init__(self, root: OrgNode, first: dict[Selection, OrgNode], headers: list[str], describe,
                 muted: QBrush, bold: QFont, italic: QFont, parent=None) -> None:
        super().__init__(parent)
        self._root = root
        self._first = first
        self._headers = headers
        self._describe = describe
        self._cells: dict[int, tuple] = {}
        self._muted, self._bold, self._italic = muted, bold, italic

    @property
    def root(self) -> OrgNode:
        return self._root

    def fold_search_texts(self, budget_s: float = 0.004):
        """Fold every row's search text in slices of about `budget_s` seconds, yielding between them (the window
        runs them while idle, so the first filter keystroke on a large dataset does not fold them all)."""
        deadline = time.perf_counter() + budget_s
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            node.search  # noqa: B018 (folded and kept)
            stack.extend(node.children)
            if time.perf_counter() > deadline:
                yield
                deadline = time.perf_counter() + budget_s

    def retranslate(self, headers: list[str]) -> None:
        """New texts for every row, without touching the rows themselves (expansion, selection, scroll stay).
        The caller tells its view's header (`header.headerDataChanged(...)`): the model's own headerDataChanged
        has every view of it lay out all its rows again (Qt's item views do), ~50 ms at 1000x the data."""
        self._headers = headers
        self._cells.clear()

    def append(self, tops: list[OrgNode], first: dict[Selection, OrgNode]) -> None:
        """Top rows made after the model was shown (a big tree is made in slices), with everything under them, and
        the first row of every key under them (a key with a row already keeps it)."""
        if not tops:
            return
        root = self._root
        self.beginInsertRows(QModelIndex(), len(root.children), len(root.children) + len(tops) - 1)
        for top in tops:
            root.add(top)
        first.update(self._first)  # (a key with a row keeps it; the rows made earlier are the fewer)
        self._first = first
        self.endInsertRows()

    def row_of(self, key: Selection) -> QModelIndex | None:
        node = self._first.get(key)
        return self.index_of(node) if node is not None else None

    def index_of(self, node: OrgNode) -> QModelIndex:
        return self.createIndex(node.row, 0, node) if node is not None and node is not self._root else QModelIndex()

    def cells(self, node: OrgNode) -> tuple:
        cells = self._cells.get(id(node))
        if cells is None:
            cells = self._cells[id(node)] = self._describe(node)
        return cells

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = parent.internalPointer() if parent.isValid() else self._root
        if 0 <= row < len(node.children) and 0 <= column < len(self._headers):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: D401 (Qt's overload)
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = parent.internalPointer() if parent.isValid() else self._root
        return len(node.children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(self._headers)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    # flags(): QAbstractItemModel's own (enabled and selectable; none for an invalid index), answered in C++

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if role not in _ANSWERED or not index.isValid():
            return None
        node: OrgNode = index.internalPointer()
        if role == _DISPLAY:
            return self.cells(node)[index.column()]
        if role == _KEY:
            return node.key
        if role == _TOOLTIP:
            return self.cells(node)[len(self._headers)] or None
        if role == _FOREGROUND:
            return self._muted if node.unnamed else None
        if role == _FONT:
            return (self._bold if node.is_body else self._italic if node.unnamed else None) if index.column() == 0 else None
        if role == _SEARCH:
            return node.search
        return node.unnamed  # _UNNAMED

    def multiData(self, index: QModelIndex, roles) -> None:
        """The roles the view's delegate asks for each cell it paints (seven), in one call into Python instead of
        seven (at 1000x the data, a tenth of a click's repaint)."""
        if not index.isValid():
            for i in range(len(roles)):
                roles[i].clearData()
            return
        node: OrgNode = index.internalPointer()
        column = index.column()
        for i in range(len(roles)):
            entry = roles[i]
            role = entry.role()
            if role == _DISPLAY:
                entry.setData(self.cells(node)[column])
            elif role == _FONT:
                entry.setData((self._bold if node.is_body else self._italic if node.unnamed else None)
                              if column == 0 else None)
            elif role == _FOREGROUND:
                entry.setData(self._muted if node.unnamed else None)
            elif role in _ANSWERED:
                entry.setData(self.data(index, role))
            else:
                entry.clearData()


class OrgTree(QTreeView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("orgTree")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)

    sources_width = 60
    _shown = False

    def _held(self) -> QSignalBlocker | contextlib.nullcontext:
        """The header's signals held while the tree has not been shown yet: the columns it sizes meanwhile are
        drawn by the paint that first shows the tree. Told of each, the tree would repaint them all on a later turn
        of the event loop, after that paint (at 1000x the data a second full paint of the rows, 12-18 ms)."""
        return contextlib.nullcontext() if self._shown else QSignalBlocker(self.header())

    def share_width(self) -> None:
        """Role and portfolio share the width by fixed parts, so Sources never leaves the view."""
        width = self.viewport().width()
        with self._held():
            for column, part in ((1, 0.27), (2, 0.17)):
                if self.columnWidth(column) != int(width * part):
                    self.setColumnWidth(column, int(width * part))
            if self.columnWidth(3) != self.sources_width:
                self.setColumnWidth(3, self.sources_width)

    def resizeEvent(self, event) -> None:
        if not self._shown:  # sized as it is first shown: the header's signals stay held until it is (see _held)
            self.header().blockSignals(True)
        super().resizeEvent(event)
        self.share_width()

    def showEvent(self, event) -> None:
        # lay the rows out now, with the view's size known: the scroll bar they need shows before the first paint,
        # not after it (which narrowed the columns and painted every row a second time)
        first = not self._shown
        if first:
            self.header().blockSignals(True)
        self.share_width()
        self.executeDelayedItemsLayout()
        if first:  # the header and the scroll bars placed, as the header's signals would have had the tree place them
            self.updateGeometries()
            self.header().blockSignals(False)
            self._shown = True
        super().showEvent(event)

