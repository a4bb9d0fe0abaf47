"""Decisions tab: what the congress decided, searchable, each with its sources — and the critics' view,
shown as a viewpoint, not as a decision."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from app.model import Store
from app.model.entities import Citation, Decision
from app.model.text import index_text, matches_index, words
from app.ui.details import DetailsPanel, citation_text
from app.ui.item_views import KEY_ROLE, SelectionLink, read_only_item, refilter
from app.ui.labels import plain_tooltip
from app.ui.pages import Page
from app.ui.selection import SelectionModel

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 4
CATEGORIES = ("government", "sovereignty", "foreign relations", "justice", "army", "constitution")
VIEWPOINTS = "viewpoint"


class DecisionFilter(QSortFilterProxyModel):
    """Rows whose titles, summary or quotes match the query (ignoring case and diacritics), in a category."""

    def __init__(self, search_texts, parent=None) -> None:
        super().__init__(parent)
        self._search_texts = search_texts  # row -> the texts to search, folded the first time they are needed
        self._index: dict[int, str] = {}
        self._words: list[str] = []
        self._category: str | None = None

    def build_index(self, step: int = 500):
        """Fold the rows' texts in slices, yielding between them (see MainWindow._indexing)."""
        for row in range(self.sourceModel().rowCount()):
            if row not in self._index:
                self._index[row] = index_text(*self._search_texts(row))
            if row % step == step - 1:
                yield

    def set_filter(self, query: str, category: str | None) -> None:
        def change() -> None:
            self._words, self._category = words(query), category
        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._category is not None and index.data(CATEGORY_ROLE) != self._category:
            return False
        if not self._words:
            return True
        if source_row not in self._index:
            self._index[source_row] = index_text(*self._search_texts(source_row))
        return matches_index(self._words, self._index[source_row])


class DecisionsList(QTableView):
    """Up/down move, Enter opens (selects) the row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionsList")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())  # the same on every platform
            return
        super().keyPressEvent(event)


class SearchField(QLineEdit):
    """Esc clears the search (and only then lets Esc go on to clear the selection); Down goes to the list."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.list: QTableView | None = None

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down and self.list is not None and self.list.model().rowCount():
            self.list.setFocus()
            self.list.setCurrentIndex(self.list.model().index(0, 0))
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        # Esc with text belongs to the field, not to the window's "Clear selection" shortcut
        if event.type() == event.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape and self.text():
            event.accept()
            return True
        return super().event(event)


class DecisionsTab(Page):
    name = "decisions"
    object_name = "decisionsTab"
    title = QT_TRANSLATE_NOOP("Pages", "&Decisions")
    kinds = ("decision",)

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(store, selection, lang, parent)

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(self._headers())
        for d in store.decisions():
            self.model.appendRow(self._row(d))
        decisions = store.decisions()
        self.filter = DecisionFilter(lambda row: self._search_texts(decisions[row]), self)
        self.filter.setSourceModel(self.model)

        self.search = SearchField(self)
        self.search.setObjectName("decisionsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)

        self.category = QComboBox(self)
        self.category.setObjectName("decisionsCategory")
        for c in (None,) + CATEGORIES + (VIEWPOINTS,):
            self.category.addItem("", c)
        self.category.currentIndexChanged.connect(self._apply_filter)

        self.list = DecisionsList(self)
        self.list.setModel(self.filter)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.search.list = self.list
        self.link = SelectionLink(self.list, selection)

        self.reader = DetailsPanel(store, selection, lang, self, follow=False)
        self.reader.setObjectName("decisionsReader")
        self.list.selectionModel().currentRowChanged.connect(self._show_current)

        self.count = QLabel(self)
        self.count.setObjectName("decisionsCount")
        self.empty = QLabel(self)
        self.empty.setObjectName("decisionsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what the user typed
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.hide()
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("decisionsCopyCitation")
        self.copy_button.clicked.connect(self.copy_citation)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.category)
        bar.addWidget(self.count)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addWidget(self.empty)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.reader)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        bottom_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([320, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        selection.changed.connect(self._on_selection_changed)
        self._retranslate()
        self._apply_filter()
        self._show_current()

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles, summaries and quotes (e.g. zog, kthimi, keshilli)"))
        self.search.setAccessibleName(self.tr("Search decisions"))
        self.search.setAccessibleDescription(self.tr("Type to filter the decisions; case and diacritics are ignored"))
        self.category.setAccessibleName(self.tr("Category"))
        self.category.setAccessibleDescription(self.tr("Show the decisions of one category, or the viewpoints"))
        for i in range(self.category.count()):
            c = self.category.itemData(i)
            self.category.setItemText(i, self.tr("All categories") if c is None else self.tr("Viewpoints (not decisions)")
                                      if c == VIEWPOINTS else self.category_label(c))
        self.list.setAccessibleName(self.tr("Decisions of the congress"))
        self.list.setAccessibleDescription(self.tr("Up and down show a decision in the reading pane; Enter selects it"))
        self.reader.setAccessibleName(self.tr("The decision, its sources and their quotes"))
        self.reader.setAccessibleDescription(self.tr("Reading pane"))
        self.copy_button.setText(self.tr("Copy citation"))
        self.copy_button.setToolTip(self.tr("Copy a citation of the decision's sources to the clipboard"))
        self.copy_button.setAccessibleDescription(self.tr("Copy a citation of the decision's sources to the clipboard"))

    def _headers(self) -> list[str]:
        return [self.tr("Decision"), self.tr("Category"), self.tr("Sourcing"), self.tr("Wording")]

    # ---- page contract
    def set_language(self, lang: str) -> None:
        """Re-set every text in place: the rows keep their filter, highlight and scroll position."""
        super().set_language(lang)
        self._retranslate()
        model = self.model
        model.blockSignals(True)  # one dataChanged for the whole table, not one per cell
        for row, d in enumerate(self._store.decisions()):
            for column, fresh in enumerate(self._row(d)):
                item = model.item(row, column)
                item.setText(fresh.text())
                item.setToolTip(fresh.toolTip())
        for column, text in enumerate(self._headers()):
            model.horizontalHeaderItem(column).setText(text)
        model.blockSignals(False)
        model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._update_count()
        scroll = self.reader.verticalScrollBar().value()
        self.reader.set_language(lang)
        self.reader.verticalScrollBar().setValue(scroll)
        if self.reader._shown is None:
            self._show_current()

    def idle_work(self):
        return self.filter.build_index()

    def state(self) -> dict:
        index = self.list.currentIndex()
        key = index.siblingAtColumn(0).data(KEY_ROLE) if index.isValid() else None
        return {"search": self.search.text(), "category": self.category.currentData(),
                "current": key[1] if key else None, "scroll": self.list.verticalScrollBar().value()}

    def restore_state(self, state: dict) -> None:
        if isinstance(state.get("search"), str):
            self.search.setText(state["search"])
        if state.get("category") in (None,) + CATEGORIES + (VIEWPOINTS,):
            self.category.setCurrentIndex(max(0, self.category.findData(state.get("category"))))
        current = state.get("current")
        if isinstance(current, str):
            for row in range(self.filter.rowCount()):
                index = self.filter.index(row, 0)
                if index.data(KEY_ROLE) == ("decision", current):
                    self.list.setCurrentIndex(index)
                    break
        if isinstance(state.get("scroll"), int):
            self.list.verticalScrollBar().setValue(state["scroll"])

    # ------------------------------------------------------------------ rows
    def _search_texts(self, d: Decision) -> list[str | None]:
        return [d.title_en, d.title_sq, d.summary_en, d.category] + [c.quote for c in self._citations(d)]

    def _citations(self, d: Decision) -> list[Citation]:
        return self._store.citations("viewpoint" if d.kind == "viewpoint" else "decision", d.id)

    def _row(self, d: Decision):
        key = ("decision", d.id)
        citations = self._citations(d)
        n = len({c.source.id for c in citations})
        sourcing = self.tr("{n} sources").format(n=n) if n != 1 else self.tr("1 source")
        if d.confidence in ("low", "opinion"):
            sourcing += self.tr(", {c}").format(c=d.confidence if d.confidence == "opinion" else self.tr("low confidence"))
        if d.kind == "viewpoint":
            category = self.tr("viewpoint — not a decision")
        else:
            category = self.category_label(d.category)
        wording = self.tr("original wording") if d.wording == "verbatim" else self.tr("paraphrase only")
        title = d.title_sq if self._lang == "sq" else d.title_en
        cells = [read_only_item(title, key), read_only_item(category, key), read_only_item(sourcing, key),
                 read_only_item(wording, key)]
        cells[0].setToolTip(plain_tooltip(d.summary_en))
        cells[0].setData(VIEWPOINTS if d.kind == "viewpoint" else d.category, CATEGORY_ROLE)
        if d.kind == "viewpoint":
            italic = QFont(self.font())
            italic.setItalic(True)
            for cell in cells:
                cell.setFont(italic)
                cell.setBackground(self.palette().alternateBase())
        return cells

    def category_label(self, category: str | None) -> str:
        labels = {"government": self.tr("government"), "sovereignty": self.tr("sovereignty"),
                  "foreign relations": self.tr("foreign relations"), "justice": self.tr("justice"),
                  "army": self.tr("army"), "constitution": self.tr("constitution")}
        return labels.get(category or "", category or "")

    # ------------------------------------------------------------------ filtering
    def _apply_filter(self, *_: object) -> None:
        self.filter.set_filter(self.search.text(), self.category.currentData())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.filter.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{shown} of {total} decisions").format(shown=shown, total=total))
        if shown == 0:
            self.empty.setText(self.tr("No decision matches “{q}”. Try fewer letters, or another category.").format(
                q=self.search.text()) if self.search.text() else self.tr("No decision in this category."))
        self.empty.setVisible(shown == 0)
        self.list.setVisible(shown > 0)

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def visible_titles(self) -> list[str]:
        return [self.filter.index(r, 0).data() for r in range(self.filter.rowCount())]

    def visible_ids(self) -> list[str]:
        return [self.filter.index(r, 0).data(KEY_ROLE)[1] for r in range(self.filter.rowCount())]

    # ------------------------------------------------------------------ reading pane
    def current_decision_id(self) -> str | None:
        current = self._selection.current()
        if current and current[0] == "decision":
            return current[1]
        index = self.list.currentIndex()
        return index.siblingAtColumn(0).data(KEY_ROLE)[1] if index.isValid() else None

    def _show_current(self, *_: object) -> None:
        index = self.list.currentIndex()
        decision_id = index.siblingAtColumn(0).data(KEY_ROLE)[1] if index.isValid() else None
        current = self._selection.current()
        if current and current[0] == "decision":
            decision_id = decision_id or current[1]
        if decision_id:
            self.reader.show_item("decision", decision_id)
        else:
            self.reader.setHtml("<p>" + self.tr("Choose a decision to read its sources.") + "</p>")
        self.copy_button.setEnabled(decision_id is not None)

    def _on_selection_changed(self) -> None:
        current = self._selection.current()
        if current and current[0] == "decision":
            self.reader.show_item(*current)
            self.copy_button.setEnabled(True)

    # ------------------------------------------------------------------ citation and export
    def citation_text(self, decision_id: str) -> str:
        return citation_text(self._store, "decision", decision_id)

    def copy_citation(self) -> None:
        decision_id = self.current_decision_id()
        if decision_id:
            QApplication.clipboard().setText(self.citation_text(decision_id))

    def table(self) -> tuple[list[str], list[list[str]]]:
        """The decisions the filter shows, each with its sources and quotes."""
        s = self._store
        rows = []
        for decision_id in self.visible_ids():
            d = s.decision(decision_id)
            citations = self._citations(d)
            rows.append([d.id, d.title_en, d.title_sq, d.kind, d.category or "", d.confidence, d.wording, d.summary_en,
                         " | ".join(c.source.title for c in citations),
                         " | ".join(c.source.url or "" for c in citations),
                         " | ".join(c.quote for c in citations)])
        return (["id", "title", "title_sq", "kind", "category", "confidence", "wording", "summary",
                 "sources", "source_urls", "quotes"], rows)
