"""The Decisions tab's data: one row per decision or viewpoint (DecisionsModel) and the search and category
filter over it (DecisionFilter). Qt item models, no widgets; decisions_view.py shows them."""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from app.model.entities import Decision, localized
from app.model.text import index_text, words
from app.ui.item_views import KEY_ROLE
from app.ui.labels import plain_tooltip
from app.ui.selection import Selection
from app.ui.shown_rows import ShownRows

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 4
CATEGORIES = ("government", "sovereignty", "foreign relations", "justice", "army", "constitution")
VIEWPOINTS = "viewpoint"


class DecisionsModel(QAbstractTableModel):
    """One row per decision. The cells are made in the interface language when a row is drawn (no Qt object
    per cell), and a key -> row table makes finding a decision's row a lookup."""

    def __init__(self, decisions: list[Decision], headers: list[str], describe, italic: QFont, shade, parent=None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.decisions = decisions
        self._row = {("decision", d.id): n for n, d in enumerate(decisions)}
        self._headers = headers
        self._describe = describe
        self._cells: dict[int, tuple] = {}
        self._italic, self._shade = italic, shade
        self._categories: list[str | None] | None = None

    def retranslate(self, headers: list[str]) -> None:
        self._headers = headers
        self._cells.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def categories(self) -> list[str | None]:
        """The category of each row (CATEGORY_ROLE's value), made once."""
        if self._categories is None:
            self._categories = [VIEWPOINTS if d.kind == "viewpoint" else d.category for d in self.decisions]
        return self._categories

    def row_of(self, key: Selection) -> QModelIndex | None:
        row = self._row.get(key)
        return self.index(row, 0) if row is not None else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.decisions)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        d = self.decisions[row]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._cells.get(row)
            if cells is None:
                cells = self._cells[row] = self._describe(d)
            return cells[index.column()]
        if role == KEY_ROLE:
            return ("decision", d.id)
        if role == CATEGORY_ROLE:
            return VIEWPOINTS if d.kind == "viewpoint" else d.category
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return plain_tooltip(self._summary(d))
        if d.kind == "viewpoint":
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._shade
        return None


    def _summary(self, d: Decision) -> str:
        return localized(d, "summary", self.lang) or ""


class DecisionFilter(ShownRows):
    """Rows whose titles, summary or quotes match the query (ignoring case and diacritics), in a category.
    The rows are picked in one pass over plain lists (no call from Qt per row, see ShownRows)."""

    def __init__(self, search_texts, parent=None) -> None:
        super().__init__(self._choose_rows, parent)
        self._search_texts = search_texts  # row -> the texts to search, folded the first time they are needed
        self._index: dict[int, str] = {}
        self._words: list[str] = []
        self._category: str | None = None

    def build_index(self, budget_s: float = 0.004):
        """Fold the rows' texts in slices of about `budget_s` seconds, yielding between them (the window runs
        them while idle; a search typed before they are done runs them first, see DecisionsTab)."""
        deadline = time.perf_counter() + budget_s
        for row in range(self.sourceModel().rowCount()):
            if row not in self._index:
                self._index[row] = index_text(*self._search_texts(row))
                if time.perf_counter() > deadline:
                    yield
                    deadline = time.perf_counter() + budget_s

    def unindexed(self) -> int:
        return self.sourceModel().rowCount() - len(self._index)

    def set_filter(self, query: str, category: str | None) -> None:
        """Show the rows that match `query` in `category` (None: every category)."""
        self._words, self._category = words(query), category
        self.refilter()

    def _choose_rows(self) -> list[int] | None:
        if self._category is None and not self._words:
            return None
        model = self.sourceModel()
        rows = range(model.rowCount())
        if self._category is not None:
            categories = model.categories()
            rows = [r for r in rows if categories[r] == self._category]
        if self._words:
            index = self._index
            for r in rows:
                if r not in index:
                    index[r] = index_text(*self._search_texts(r))
            for needle in sorted((" " + w for w in self._words), key=len, reverse=True):
                rows = [r for r in rows if needle in index[r]]
        return list(rows)
