"""The Overview tab (object name `overviewTab`, the first tab): the congress in short paragraphs a pupil can read,
its key figures, and the timeline of dated events. Every name and number in the text selects what it names.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout

from app.ui.overview_text import OverviewText
from app.ui.pages import Page
from app.ui.timeline_view import Timeline


class OverviewTab(Page):
    """The story (`overviewText`, a QTextBrowser with `select:` links) above the `timeline`."""

    name = "overview"
    object_name = "overviewTab"
    title = QT_TRANSLATE_NOOP("Pages", "&Overview")
    kinds = ("event",)
    keys = (("← →", QT_TRANSLATE_NOOP("Keys", "Timeline: move from event to event")),
            ("Enter", QT_TRANSLATE_NOOP("Keys", "Timeline: select the event")))

    show_requested = Signal(str)
    """The reader asked to see where a whole class is listed (a count in the text): "chart", "decisions" or
    "people"; MainWindow shows it."""

    def build(self) -> None:
        self.text = QTextBrowser(self)
        self.text.setObjectName("overviewText")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._follow_link)
        self.timeline = Timeline(self._store, self._selection, self._lang, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("overviewSplitter")
        splitter.addWidget(self.text)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        """The story in the page's language (the timeline follows in set_language: it was built in it)."""
        scroll = self.text.verticalScrollBar().value()
        self.text.setHtml(OverviewText(self._store, self._lang, self).html())
        self.text.verticalScrollBar().setValue(scroll)
        self.text.setAccessibleName(self.tr("Overview of the congress"))
        self.text.setAccessibleDescription(self.tr("Short paragraphs on the congress; every name and number is a "
                                                   "link that selects it"))

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == "select":
            kind, _, item_id = url.path().partition(":")
            if self._store.exists(kind, item_id):
                self._selection.select(kind, item_id, origin=self)
        elif url.scheme() == "show":
            if url.path() == "timeline":
                self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.show_requested.emit(url.path())

    # ------------------------------------------------------------------ for tests and automation
    def links(self) -> list[tuple[str, str]]:
        """Every (href, text) link of the story, in order."""
        out = []
        block = self.text.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor() and fmt.anchorHref():
                    out.append((fmt.anchorHref(), fragment.text()))
                it += 1
            block = block.next()
        return out

    # ------------------------------------------------------------------ page
    def set_language(self, lang: str) -> None:
        """Retranslate in place: the same widgets, the text and the timeline's labels in the new language."""
        super().set_language(lang)
        self.timeline.set_language(lang)

    def state(self) -> dict:
        return {"scroll": self.text.verticalScrollBar().value(),
                "timeline": self.timeline.horizontalScrollBar().value()}

    def restore_state(self, state: dict) -> None:
        if "scroll" in state:
            self.text.verticalScrollBar().setValue(int(state["scroll"]))
        if "timeline" in state:
            self.timeline.horizontalScrollBar().setValue(int(state["timeline"]))

    def drawable(self):
        return self.timeline

    def export_title(self) -> str:
        return self.tr("Congress of Përmet: timeline of dated events")
