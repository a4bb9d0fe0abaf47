"""The fact sheet: one or two A4 pages on the current selection (or on the congress when nothing is selected) —
its title, its figures, a picture of the current view, the sources with their quotes and a credit line, in the
interface language. Built as HTML into a QTextDocument and printed, so the text in the PDF is text.

One document serves File → Print… (with a preview), File → Export → PDF and `permet-explorer --pdf PATH`.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape

from PySide6.QtCore import QMarginsF, QObject, QSizeF, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from app import APP_NAME, __version__
from app.model import Store
from app.ui.dates import format_date
from app.ui.labels import label

IMAGE_URL = "permet://view.png"
MAX_PAGES = 2
# Links in the screen text select items; on paper they are plain words.
_APP_LINK = re.compile(r'<a href="(?:select|show):[^"]*">(.*?)</a>', re.S)


def e(text: object) -> str:
    return escape("" if text is None else str(text))


def render_image(widget, max_width: int = 1400) -> QImage | None:
    """A picture of a drawn view (map, chart, org chart, timeline), on white, at most `max_width` wide."""
    if widget is None or (hasattr(widget, "scene") and not widget.scene().items()):
        return None  # nothing drawn (a timeline without events)
    size = widget.export_size() if hasattr(widget, "export_size") else widget.size()
    if size.width() <= 0 or size.height() <= 0:
        return None
    scale = min(1.0, max_width / size.width())
    image = QImage(max(1, int(size.width() * scale)), max(1, int(size.height() * scale)), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    if hasattr(widget, "render_to"):
        widget.render_to(painter)
    else:
        widget.render(painter)
    painter.end()
    return image


class FactSheet(QObject):
    """Builds the fact sheet's document. `item_html(kind, id)` renders an item's figures and sources (the details
    panel's renderer); `overview_html()` the congress at a glance. Both are given by the caller, so this module
    needs no view of its own."""

    def __init__(self, store: Store, lang: str, item_html, overview_html, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self._item_html = item_html
        self._overview_html = overview_html

    def title(self, selection: tuple[str, str] | None) -> str:
        if selection is None or not self.store.exists(*selection):
            return self.store.meta("title") or APP_NAME
        return label(self.store, *selection, self.lang)

    def credit(self) -> str:
        s = self.store
        version = s.meta("dataset_version") or s.meta("version")
        when = s.meta("dataset_date") or s.meta("date")
        dataset = self.tr("Dataset “{title}”").format(title=s.meta("title") or s.path.name)
        if version:
            dataset += ", " + self.tr("version {v}").format(v=version)
        else:
            dataset += ", " + self.tr("schema {v}").format(v=s.meta("schema_version") or "?")
        if when:
            dataset += f" ({when})"
        # the day of printing as a reader writes it, in the interface language («27 nëntor 2026»)
        printed = self.tr("printed {date}").format(date=format_date(date.today().isoformat(), self.lang))
        return self.tr("{app} {version}. {dataset}; {printed}. Every figure is quoted from the sources listed; "
                       "where they disagree, every value is shown.").format(
            app=APP_NAME, version=__version__, dataset=dataset, printed=printed)

    def html(self, selection: tuple[str, str] | None, has_image: bool, view_name: str = "", width: int = 560) -> str:
        if selection is None or not self.store.exists(*selection):
            body = self._overview_html()
            sources = self._congress_sources()
        else:
            body = self._item_html(*selection)
            sources = ""
        body = _APP_LINK.sub(r"\1", body)
        kicker = e(self.tr("Përmet Explorer fact sheet"))
        picture = ""
        if has_image:
            caption = e(self.tr("The current view: {view}").format(view=view_name)) if view_name else ""
            picture = (f'<p align="center"><img src="{IMAGE_URL}" width="{width}"><br><small>{caption}</small></p>')
        credit = f'<hr><p><small>{e(self.credit())}</small></p>'
        text = body + sources
        # title and figures first, then the picture, then the sources (the last heading of the item's text)
        cut = text.rfind("<h3>")
        if cut < 0:
            cut = len(text)
        return f'<p><small>{kicker}</small></p>{text[:cut]}{picture}{text[cut:]}{credit}'


    def _congress_sources(self) -> str:
        if not self.store.exists("body", "congress"):
            return ""
        parts = ["<h3>" + e(self.tr("Sources")) + "</h3><ol>"]
        seen = set()
        # the sources of the figures at a glance (the citations that assert a value), not every mention
        for c in self.store.citations("body", "congress"):
            if c.value is None or (c.source.id, c.quote) in seen:
                continue
            seen.add((c.source.id, c.quote))
            parts.append(f"<li>{e(c.source.title)} <small>[{e(c.source.reliability)}]</small><br>"
                         f"<i>“{e(c.quote)}”</i></li>")
        parts.append("</ol>")
        return "".join(parts)

    def document(self, selection: tuple[str, str] | None, image: QImage | None, view_name: str = "",
                 page_size: QSizeF | None = None) -> QTextDocument:
        """The laid-out document, its type made smaller until it fits on two pages (as far as 7 pt)."""
        doc = QTextDocument(self)
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title(selection))
        if image is not None:
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(IMAGE_URL), image)
        doc.setHtml(self.html(selection, image is not None, view_name))
        if page_size is not None:
            doc.setPageSize(page_size)
            # smaller type and a smaller picture until it fits; 7 pt is still readable on A4
            for points, width in ((10, 560), (9, 520), (9, 400), (8, 400), (8, 300), (7.5, 300), (7, 240)):
                doc.setHtml(self.html(selection, image is not None, view_name, width))
                font = QFont(doc.defaultFont())
                font.setPointSizeF(points)
                doc.setDefaultFont(font)
                if doc.pageCount() <= MAX_PAGES:
                    break
        return doc


def a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def write_pdf(sheet: FactSheet, selection, image: QImage | None, path: str, view_name: str = "") -> int:
    """Write the fact sheet as an A4 PDF; returns the number of pages. Raises OSError when it cannot write."""
    from pathlib import Path

    from app.ui.export import BytesOut

    Path(path).parent.stat()  # a missing folder fails here with a clear OSError
    out = BytesOut()  # Qt writes into memory, Python writes the file: a full disk raises OSError
    writer = QPdfWriter(out.device)
    writer.setPageLayout(a4_layout())
    writer.setResolution(300)
    writer.setTitle(sheet.title(selection))
    writer.setCreator(f"{APP_NAME} {__version__}")
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    # lay the text out in points (72 per inch) and let print_ scale it to the page
    page = QSizeF(rect.width() * 72 / writer.resolution(), rect.height() * 72 / writer.resolution())
    doc = sheet.document(selection, image, view_name, page)
    doc.print_(writer)
    pages = doc.pageCount()
    del writer  # finishes the document
    out.save(path)
    return pages


def print_with_preview(parent, sheet: FactSheet, selection, image: QImage | None, view_name: str = "") -> None:
    """File → Print…: Qt's preview dialog, from which the reader prints (or saves) the fact sheet."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(sheet.tr("Print fact sheet"))

    def paint(p) -> None:
        rect = p.pageLayout().paintRectPixels(p.resolution())
        page = QSizeF(rect.width() * 72 / p.resolution(), rect.height() * 72 / p.resolution())
        sheet.document(selection, image, view_name, page).print_(p)

    dialog.paintRequested.connect(paint)
    dialog.exec()



def for_window(window) -> tuple[FactSheet, tuple[str, str] | None, QImage | None, str]:
    """The fact sheet of what a main window shows: its selection, the picture of its current view, its language.
    (The window's details panel renders the item; the Overview's text stands in when nothing is selected.)"""
    from app.ui.overview_text import OverviewText

    store, lang = window.store, window.lang
    sheet = FactSheet(store, lang, window.details.item_html,
                      lambda: OverviewText(store, lang).html(on_screen=False), window)
    current = window.selection.current()
    if current is not None and not store.exists(*current):
        current = None
    image = render_image(window.current_page().drawable())
    view_name = window.tabs.tabText(window.tabs.currentIndex()).replace("&", "")
    return sheet, current, image, view_name


def write_for_window(window, path: str) -> int:
    """The fact sheet of what the window shows, as an A4 PDF; returns its pages. Raises OSError."""
    sheet, current, image, view = for_window(window)
    return write_pdf(sheet, current, image, path, view)


def print_for_window(window) -> None:
    sheet, current, image, view = for_window(window)
    print_with_preview(window, sheet, current, image, view)


def export_pdf_dialog(window) -> str | None:
    """File → Export fact sheet as PDF…: ask for a path, write, say what happened; the path written, or None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from app.paths import output_problem
    from app.ui.dialogs import show_warning

    def tr(text: str) -> str:
        return QCoreApplication.translate("FactSheet", text)

    path, _ = QFileDialog.getSaveFileName(window, tr("Fact sheet as PDF"), "permet-fact-sheet.pdf",
                                          tr("PDF document (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    problem = output_problem(path)  # a pipe or a device is refused, never opened
    try:
        if problem:
            raise OSError(problem)
        write_for_window(window, path)
    except OSError as exc:
        show_warning(window, tr("Export failed"), f"{path}: {exc.strerror or exc}", name="exportError")
        return None
    window.statusBar().showMessage(tr("Exported {path}").format(path=path), 5000)
    return path
