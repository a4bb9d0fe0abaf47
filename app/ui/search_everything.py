"""One box for places, delegations, bodies, people and decisions (and whatever kinds later pages show).

It asks the window to open the tab for a hit with `tab_requested`, then selects the hit: it does not hold
the window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.model import Store
from app.ui import vocabulary
from app.ui.item_views import KEY_ROLE
from app.ui.labels import label
from app.ui.pages import tab_for_kind
from app.ui.selection import SelectionModel


def kind_name(kind: str) -> str:
    """What an item of this kind is called, in the interface language ("region", "person", …)."""
    return vocabulary.kind(kind)


class SearchEverything(QLineEdit):
    """Enter or a click on a hit selects it, in the tab that shows that kind of thing best."""

    tab_requested = Signal(str)
    """Open this tab (by page name) before the hit is selected."""

    def __init__(self, store: Store, selection: SelectionModel, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self._selection = selection
        self.setObjectName("searchEverything")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.hits = QStandardItemModel(self)
        self.completer_ = QCompleter(self.hits, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._choose_index)
        self.textEdited.connect(self._update_hits)
        # a search typed before the index is built waits for it, built in slices between events (a huge
        # dataset's first second): the window never stops to build it all on one keystroke
        self._waiting_popup: bool | None = None
        self._index_timer = QTimer(self)
        self._index_timer.setInterval(0)
        self._index_timer.timeout.connect(self._index_step)
        self.returnPressed.connect(self._choose_first)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search everything"))
        self.setAccessibleDescription(self.tr("Finds regions, delegations, bodies, people and decisions"))
        self.completer_.popup().setAccessibleName(self.tr("Search results"))
        self.completer_.popup().setAccessibleDescription(self.tr("Enter or a click selects the result"))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        if self.hits.rowCount():
            self._update_hits(self.text(), popup=False)

    WAIT_S = 0.05  # the index built on a keystroke, at most; then the rest in slices between events

    def _update_hits(self, text: str, popup: bool = True) -> None:
        if text.strip() and not self.store.search_ready():
            deadline = time.perf_counter() + self.WAIT_S
            while not self.store.search_index_step():
                if time.perf_counter() > deadline:
                    self._waiting_popup = popup or bool(self._waiting_popup)
                    self._index_timer.start()
                    return
        self.hits.clear()
        for kind, item_id, _ in self.store.search(text):
            item = QStandardItem(f"{label(self.store, kind, item_id, self.lang)} — {kind_name(kind)}")
            item.setData((kind, item_id), KEY_ROLE)
            self.hits.appendRow(item)
        if not popup:
            return
        if self.hits.rowCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _index_step(self) -> None:
        if self.store.search_index_step():
            self._index_timer.stop()
            popup, self._waiting_popup = bool(self._waiting_popup), None
            self._update_hits(self.text(), popup=popup and self.hasFocus())

    def hit_keys(self) -> list[tuple[str, str]]:
        return [self.hits.item(r).data(KEY_ROLE) for r in range(self.hits.rowCount())]

    def _choose_index(self, index) -> None:
        key = index.data(KEY_ROLE)
        if key is not None:
            self.choose(*key)

    def _choose_first(self) -> None:
        if self.completer_.popup().isVisible() and self.completer_.popup().currentIndex().isValid():
            return  # the completer's own activation handles it
        keys = self.hit_keys()
        if keys:
            self.choose(*keys[0])

    def choose(self, kind: str, item_id: str) -> None:
        self.completer_.popup().hide()
        tab = tab_for_kind(kind)
        if tab is not None:
            self.tab_requested.emit(tab)
        self._selection.select(kind, item_id, origin=self)
        self.clear()
