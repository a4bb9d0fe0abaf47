"""How the details panel shows a page: a rich-text browser that lays each new page out once, and paints it from
the glyphs that layout shaped. What the page says is details.py's.

A click replaces the whole page, and on a long page (a body with its seats and sources) the layout and the
paint are most of the click's time, so each is done once: the text wraps at a fixed width (the width beside a
scroll bar, shown or not), the document has no page size while it is filled, and the scroll bar is held as it
is until the new page has been laid out.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtWidgets import QTextBrowser, QTextEdit


class OnePassBrowser(QTextBrowser):
    """A QTextBrowser whose `show_page(key, html)` lays a page out once, and does nothing for the page it shows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._drawn: tuple = ("nothing yet",)
        self._drawn_html = ""
        # The text wraps at the width it has beside a scroll bar, shown or not: an item too long for the panel
        # then is laid out once, not a second time when the scroll bar appears (a body's page: ~2.5 of ~5 ms)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self._fit_wrap()

    def _fit_wrap(self) -> None:
        width = max(40, self.maximumViewportSize().width() - self.verticalScrollBar().sizeHint().width())
        if width != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(width)

    def resizeEvent(self, event) -> None:
        self._fit_wrap()
        super().resizeEvent(event)

    def show_page(self, key: tuple, html: str) -> None:
        """Show `html`, the page of `key`; when it is the same item as before (a language switch), keep the
        reader's place."""
        if key == self._drawn and html == self._drawn_html:
            return  # the same item reselected, in the same words: laying it out again (~2-4 ms) would change nothing
        bar = self.verticalScrollBar()
        position, same = bar.value(), key == self._drawn
        self._lay_out(html)
        self._drawn_html = html
        if same:
            bar.setValue(position)
        self._drawn = key

    def _lay_out(self, html: str) -> None:
        """setHtml, laid out once. setHtml alone lays a long page out twice: its clear() empties the document,
        the scroll bar hides, the new text brings it back, and QTextEdit lays the whole document out again
        because the viewport's width changed (even with a fixed wrap width). Here the document has no page size
        while it is filled (nothing is laid out), the scroll bar stays as it is while the page is laid out at
        its width, and only then may it show or hide (which, at a fixed wrap width, lays nothing out again).
        Each paragraph keeps its shaped glyphs, so that painting it does not shape its text a second time."""
        doc = self.document()
        page = doc.pageSize()
        pinned = (Qt.ScrollBarPolicy.ScrollBarAlwaysOn if self.verticalScrollBar().isVisible()
                  else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(pinned)
        doc.setPageSize(QSizeF(0, 0))
        self.setHtml(html)
        block = doc.begin()
        while block.isValid():
            block.layout().setCacheEnabled(True)
            block = block.next()
        doc.setPageSize(page)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
