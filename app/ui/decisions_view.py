"""Decisions tab. Until the decisions issue lands: a searchable table of the decisions and viewpoints."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget, QAbstractItemView, QHeaderView

from app.model import Store
from app.model.text import matches
from app.ui.item_views import KEY_ROLE, SelectionLink, table_model
from app.ui.selection import SelectionModel

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


class FoldingFilter(QSortFilterProxyModel):
    """Keeps the rows whose searchable text matches the query, ignoring case and diacritics."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, query: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._query = query
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._query = query
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return matches(self._query, index.data(SEARCH_ROLE))


class DecisionsTab(QWidget):
    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionsTab")
        self._store = store
        rows = []
        for d in store.decisions():
            kind = "viewpoint" if d.kind == "viewpoint" else "decision"
            citations = store.citations(kind, d.id)
            category = self.tr("viewpoint") if d.kind == "viewpoint" else (d.category or "")
            sources = self.tr("{n} source(s), confidence {c}").format(n=len({c.source.id for c in citations}), c=d.confidence)
            wording = self.tr("paraphrase only") if d.wording == "paraphrase" else self.tr("original wording")
            rows.append((("decision", d.id), [d.title_en, category, sources, wording]))
        model = table_model([self.tr("Decision"), self.tr("Category"), self.tr("Sourcing"), self.tr("Wording")], rows, self)
        for row, d in enumerate(store.decisions()):
            kind = "viewpoint" if d.kind == "viewpoint" else "decision"
            text = " ".join([d.title_en, d.title_sq, d.summary_en] + [c.quote for c in store.citations(kind, d.id)])
            model.item(row, 0).setData(text, SEARCH_ROLE)
        self.filter = FoldingFilter(self)
        self.filter.setSourceModel(model)

        self.search = QLineEdit(self)
        self.search.setObjectName("decisionsSearch")
        self.search.setPlaceholderText(self.tr("Search decisions and their sources (e.g. zog, keshilli)"))
        self.search.setAccessibleName(self.tr("Search decisions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)

        self.list = QTableView(self)
        self.list.setObjectName("decisionsList")
        self.list.setAccessibleName(self.tr("Decisions of the congress"))
        self.list.setModel(self.filter)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.link = SelectionLink(self.list, selection)

        self.count = QLabel(self)
        self.count.setObjectName("decisionsCount")
        self.empty = QLabel(self.tr("No decision matches this search."), self)
        self.empty.setObjectName("decisionsEmpty")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.count)
        self._search("")

    def _search(self, text: str) -> None:
        self.filter.set_query(text)
        shown, total = self.filter.rowCount(), self.filter.sourceModel().rowCount()
        self.count.setText(self.tr("{shown} of {total} decisions").format(shown=shown, total=total))
        self.empty.setVisible(shown == 0)

    def visible_titles(self) -> list[str]:
        return [self.filter.index(r, 0).data() for r in range(self.filter.rowCount())]

    def visible_ids(self) -> list[str]:
        return [self.filter.index(r, 0).data(KEY_ROLE)[1] for r in range(self.filter.rowCount())]
