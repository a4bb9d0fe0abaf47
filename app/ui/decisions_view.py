"""Decisions tab: what the congress decided, searchable, each with its sources — and the critics' view,
shown as a viewpoint, not as a decision. The selected decision is read in the details panel, the one place
that shows the selected item. The item model and the filter are in decisions_model.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView,
                               QVBoxLayout)

from app.model.entities import Citation, Decision, localized
from app.ui import vocabulary
from app.ui.decisions_model import CATEGORIES, VIEWPOINTS, DecisionFilter, DecisionsModel
from app.ui.details import citation_text
from app.ui.item_views import KEY_ROLE, SelectionLink
from app.ui.pages import Page


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
    keys = (("↓", QT_TRANSLATE_NOOP("Keys", "Search field: go to the list")),
            ("Esc", QT_TRANSLATE_NOOP("Keys", "Search field: clear the search")),
            ("Enter", QT_TRANSLATE_NOOP("Keys", "List: select the decision")))

    def build(self) -> None:
        store, selection, lang = self._store, self._selection, self._lang
        decisions = store.decisions()
        italic = QFont(self.font())
        italic.setItalic(True)
        self.model = DecisionsModel(decisions, self._headers(), self._describe, italic, self.palette().alternateBase(), self)
        self.model.lang = lang
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
        self._folding = None  # the slices of the index a search is waiting for
        self._fold_timer = QTimer(self)
        self._fold_timer.setInterval(0)
        self._fold_timer.timeout.connect(self._fold_step)

        self.list = DecisionsList(self)
        self.list.setModel(self.filter)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the titles get the room
        # "paraphrase only" on every row is said once, under the list, instead of in a column
        self._same_wording = {d.wording for d in decisions} == {"paraphrase"}
        self.list.setColumnHidden(3, self._same_wording)
        self.search.list = self.list
        self.link = SelectionLink(self.list, selection, row_of=self.model.row_of)
        # moving through the list with the keys selects, so the details panel reads the row the cursor is on
        self.list.selectionModel().currentRowChanged.connect(self._on_current_row)

        self.count = QLabel(self)
        self.count.setObjectName("decisionsCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(self)
        self.empty.setObjectName("decisionsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what the user typed
        self.empty.hide()
        self.wording_note = QLabel(self)
        self.wording_note.setObjectName("decisionsWording")
        self.wording_note.setWordWrap(True)
        self.wording_note.setVisible(self._same_wording)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.category)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        layout.addWidget(self.wording_note)

    def _headers(self) -> list[str]:
        return [self.tr("Decision"), self.tr("Category"), self.tr("Sourcing"), self.tr("Wording")]

    def retranslate(self) -> None:
        """Every text in the page's language, in place: the search, the category and the row stay."""
        self.model.lang = self._lang
        self.model.retranslate(self._headers())
        self.search.setPlaceholderText(self.tr("Search titles, summaries and quotes (e.g. zog, kthimi, keshilli)"))
        self.search.setAccessibleName(self.tr("Search decisions"))
        self.search.setAccessibleDescription(self.tr("Type to filter the decisions; case and diacritics are ignored"))
        self.category.setAccessibleName(self.tr("Category"))
        self.category.setAccessibleDescription(self.tr("Show the decisions of one category, or the viewpoints"))
        self.category.setItemText(0, self.tr("All categories"))
        for n, c in enumerate(CATEGORIES, start=1):
            self.category.setItemText(n, self.category_label(c))
        self.category.setItemText(len(CATEGORIES) + 1, self.tr("Viewpoints (not decisions)"))
        self.list.setAccessibleName(self.tr("Decisions of the congress"))
        self.list.setAccessibleDescription(self.tr("Up and down select a decision; the details panel shows it "
                                                   "with its sources"))
        self.wording_note.setText(self.tr("All the titles and summaries are paraphrases, not the original wording."))
        self._update_count()
        self._size_columns()
        self.list.viewport().update()

    def _size_columns(self) -> None:
        """Category, sourcing and wording as wide as the longest thing they can say, measured from those few
        texts, not from every row (which would cost seconds on a large dataset)."""
        metrics = self.list.fontMetrics()
        many = self.tr("{n} sources").format(n=88)
        texts = {1: [self.tr("viewpoint — not a decision"), self.tr("Category")] +
                    [self.category_label(c) for c in CATEGORIES],
                 2: [many + self.tr(", {c}").format(c=self.tr("low confidence")), self.tr("Sourcing")],
                 3: [self.tr("original wording"), self.tr("paraphrase only"), self.tr("Wording")]}
        for column, candidates in texts.items():
            self.list.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in candidates) + 24)

    # ------------------------------------------------------------------ rows
    def _search_texts(self, d: Decision) -> list[str | None]:
        return [d.title_en, d.title_sq, d.summary_en, d.summary_sq, d.category] + [c.quote for c in self._citations(d)]

    def _citations(self, d: Decision) -> list[Citation]:
        return self._store.citations("viewpoint" if d.kind == "viewpoint" else "decision", d.id)

    def _describe(self, d: Decision) -> tuple:
        """The cells of a decision's row, in the interface language."""
        n = len({c.source.id for c in self._citations(d)})
        sourcing = self.tr("{n} sources").format(n=n) if n != 1 else self.tr("1 source")
        if d.confidence in ("low", "opinion"):
            sourcing += self.tr(", {c}").format(c=vocabulary.confidence(d.confidence))
        category = self.tr("viewpoint — not a decision") if d.kind == "viewpoint" else self.category_label(d.category)
        wording = self.tr("original wording") if d.wording == "verbatim" else self.tr("paraphrase only")
        title = d.title_sq if self._lang == "sq" else d.title_en
        return title, category, sourcing, wording

    def category_label(self, category: str | None) -> str:
        return vocabulary.category(category)

    # ------------------------------------------------------------------ the page interface
    def state(self) -> dict:
        index = self.list.currentIndex()
        key = index.siblingAtColumn(0).data(KEY_ROLE) if index.isValid() else None
        return {"search": self.search.text(), "category": self.category.currentData(),
                "current": key[1] if key else None, "scroll": self.list.verticalScrollBar().value()}

    def restore_state(self, state: dict) -> None:
        self.search.setText(state.get("search", ""))
        self.category.setCurrentIndex(max(0, self.category.findData(state.get("category"))))
        if state.get("current"):
            index = self.link.find(("decision", state["current"]))
            if index.isValid():
                self.list.selectionModel().blockSignals(True)  # restoring is not a new selection
                self.list.setCurrentIndex(index)
                self.list.selectionModel().blockSignals(False)
        self.list.verticalScrollBar().setValue(state.get("scroll", 0))

    def drawable(self):
        return None

    def idle_work(self):
        return self.filter.build_index()

    def table(self) -> tuple[list[str], list[list[str]]]:
        return self.csv_headers(), self.csv_rows()

    # ------------------------------------------------------------------ filtering
    FOLD_NOW_LIMIT = 500  # rows; a search that finds more not yet folded folds them in slices first

    def _apply_filter(self, *_: object) -> None:
        if self.search.text().strip() and self.filter.unindexed() > self.FOLD_NOW_LIMIT:
            # typed while the index is still being built (a huge dataset, the first second): finish it in
            # slices between events, then filter, instead of stopping the window to fold every row at once
            self.count.setText(self.tr("Searching…"))
            if self._folding is None:
                self._folding = self.filter.build_index()
                self._fold_timer.start()
            return
        self.filter.set_filter(self.search.text(), self.category.currentData())
        shown = self.filter.rowCount()
        if shown == 0:
            self.empty.setText(self.tr("No decision matches “{q}”. Try fewer letters, or another category.").format(
                q=self.search.text()) if self.search.text() else self.tr("No decision in this category."))
        self.empty.setVisible(shown == 0)
        self.list.setVisible(shown > 0)
        self._update_count()

    def _fold_step(self) -> None:
        try:
            next(self._folding)
        except StopIteration:
            self._fold_timer.stop()
            self._folding = None
            self._apply_filter()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} of {total} decisions").format(shown=self.filter.rowCount(),
                                                                         total=self.model.rowCount()))

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def visible_titles(self) -> list[str]:
        return [self.filter.index(r, 0).data() for r in range(self.filter.rowCount())]

    def visible_ids(self) -> list[str]:
        return [self.filter.index(r, 0).data(KEY_ROLE)[1] for r in range(self.filter.rowCount())]

    # ------------------------------------------------------------------ selection
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.list.hasFocus():
            key = current.siblingAtColumn(0).data(KEY_ROLE)
            self._selection.select(key[0], key[1], origin=self.list)

    def current_decision_id(self) -> str | None:
        current = self._selection.current()
        return current[1] if current and current[0] == "decision" else None

    # ------------------------------------------------------------------ citation and export
    def citation_text(self, decision_id: str) -> str:
        return citation_text(self._store, "decision", decision_id, lang=self._lang)

    def csv_headers(self) -> list[str]:
        """The column headers in the interface language (the first is the item's key, the same in both)."""
        return ["id", self.tr("Title in English"), self.tr("Title in Albanian"), self.tr("Kind"), self.tr("Category"),
                self.tr("Confidence"), self.tr("Wording"), self.tr("Summary"), self.tr("Sources"),
                self.tr("Source addresses"), self.tr("Quotes")]

    def csv_rows(self) -> list[list[str]]:
        """The decisions the filter shows, each with its sources and quotes."""
        s = self._store
        rows = []
        for decision_id in self.visible_ids():
            d = s.decision(decision_id)
            citations = self._citations(d)
            rows.append([d.id, d.title_en, d.title_sq, vocabulary.kind(d.kind), vocabulary.category(d.category),
                         vocabulary.confidence(d.confidence), vocabulary.wording(d.wording),
                         localized(d, "summary", self._lang) or "",
                         " | ".join(c.source.title for c in citations),
                         " | ".join(c.source.url or "" for c in citations),
                         " | ".join(c.quote for c in citations)])
        return rows
