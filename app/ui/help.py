"""Help: a short guide (F1), the keyboard shortcuts (read from the window's actions and shortcuts and from the keys
each page declares, so the list cannot go stale) and the glossary (from the dataset, both languages, with sources).
Each opens in a small non-modal window."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.model import Store
from app.ui.dialogs import open_external_link
from app.ui import pages


def e(text: object) -> str:
    return escape("" if text is None else str(text))


class HelpTexts(QObject):
    """The help pages' HTML, in the interface language (context "HelpTexts")."""

    def guide_html(self) -> str:
        tabs = [
            (self.tr("Overview"), self.tr("What the congress was, when it met, who came, what it elected and decided and "
                                          "what became of it, with the key figures and a timeline of dated events. "
                                          "Every name and number is a link.")),
            (self.tr("Map"), self.tr("Albania's regions shaded by the number of delegates the sources give for each. "
                                     "Click a region to select its delegation.")),
            (self.tr("Chart"), self.tr("One bar per delegation; switch between counts and percent of the total.")),
            (self.tr("Organisation"), self.tr("The bodies the congress elected, seat by seat, as a tree, a drawn org chart "
                                              "or a list of people.")),
            (self.tr("Decisions"), self.tr("What the congress decided, each decision with its sources and quotes.")),
        ]
        items = "".join(f"<li><b>{e(name)}</b>: {e(text)}</li>" for name, text in tabs)
        return (
            "<h2>" + e(self.tr("How to use Përmet Explorer")) + "</h2>"
            "<p>" + e(self.tr("Select anything — a region, a delegation, a body, a person, a decision or an event — and "
                              "the details panel on the right shows its figures and the sources they come from, each "
                              "with a short quote. The selection is shared by every tab.")) + "</p>"
            "<h3>" + e(self.tr("The tabs")) + f"</h3><ul>{items}</ul>"
            "<h3>" + e(self.tr("“Sources disagree”")) + "</h3>"
            "<p>" + e(self.tr("When two sources give different values for the same fact (the size of the Council, the "
                              "closing date, the Berat delegation), the app keeps both and shows each with its sources. "
                              "It does not choose between them: read the quotes and judge.")) + "</p>"
            "<h3>" + e(self.tr("“Not recorded in the sources”")) + "</h3>"
            "<p>" + e(self.tr("Where no source gives a fact (a seat's holder, a person's life dates), the app says so "
                              "and leaves it empty. It never fills a gap by guessing.")) + "</p>"
            "<h3>" + e(self.tr("Moving around")) + "</h3>"
            "<p>" + e(self.tr("Alt+← and Alt+→ walk back and forward through what you selected; Esc clears the "
                              "selection; Ctrl+K searches everything. Help → Keyboard shortcuts lists every key.")) + "</p>"
            "<h3>" + e(self.tr("Citing and printing")) + "</h3>"
            "<p>" + e(self.tr("“Cite this” copies the selected item with its sources. File → Print… and File → Export → "
                              "Fact sheet as PDF… make a one- or two-page fact sheet of the selection.")) + "</p>")

    def shortcuts_html(self, window: QWidget) -> str:
        def table(rows: list[tuple[str, str]]) -> str:
            return "<table>" + "".join(f"<tr><td style='padding-right:16px'>{e(name)}</td><td><b>{e(keys)}</b></td></tr>"
                                       for name, keys in rows) + "</table>"

        parts = ["<h2>" + e(self.tr("Keyboard shortcuts")) + "</h2>",
                 "<h3>" + e(self.tr("Everywhere")) + "</h3>", table(shortcuts(window))]
        for page in pages.PAGES:  # the keys each tab's own views answer to, as each page declares them
            rows = [(what, keys) for keys, what in page.translated_keys()]
            if rows:
                parts += ["<h3>" + e(page.translated_title().replace("&", "")) + "</h3>", table(rows)]
        return "".join(parts)

    def glossary_html(self, store: Store, lang: str) -> str:
        glossary = getattr(store, "glossary", None)
        terms = list(glossary()) if glossary is not None else []
        if not terms:
            return "<h2>" + e(self.tr("Glossary")) + "</h2><p>" + e(self.tr("The dataset has no glossary.")) + "</p>"
        parts = ["<h2>" + e(self.tr("Glossary")) + "</h2><dl>"]
        for t in terms:
            first, second = (t.term_sq, t.term_en) if lang == "sq" else (t.term_en, t.term_sq)
            definition = (t.definition_sq if lang == "sq" else t.definition_en) or t.definition_en or t.definition_sq
            other = f" <i>({e(second)})</i>" if second and second != first else ""
            sources = "; ".join(dict.fromkeys(c.source.title for c in store.citations("term", t.id)))
            cite = f"<br><small>{e(self.tr('Sources:'))} {e(sources)}</small>" if sources else ""
            parts.append(f"<dt><b>{e(first)}</b>{other}</dt><dd>{e(definition)}{cite}</dd>")
        parts.append("</dl>")
        return "".join(parts)


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action and shortcut of the window that has a key, in menu order."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        name = action.text().replace("&", "").rstrip("…")
        if keys and name and (name, keys) not in seen:
            seen.add((name, keys))
            out.append((name, keys))
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        name = shortcut.whatsThis() or shortcut.objectName()
        if keys and name and (name, keys) not in seen:
            seen.add((name, keys))
            out.append((name, keys))
    return out


def show_html(parent: QWidget, object_name: str, title: str, html: str, size=(620, 560)) -> QDialog:
    """A small non-modal window with a text browser (`helpBrowser`); web links open in the browser."""
    dialog = parent.findChild(QDialog, object_name)
    if dialog is None:
        dialog = QDialog(parent)
        dialog.setObjectName(object_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser = QTextBrowser(dialog)
        browser.setObjectName("helpBrowser")
        browser.setOpenLinks(False)
        browser.anchorClicked.connect(lambda url: open_external_link(dialog, QUrl(url)))  # http(s), once seen
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(*size)
    dialog.setWindowTitle(title)
    dialog.findChild(QTextBrowser, "helpBrowser").setHtml(html)
    dialog.show()
    dialog.raise_()
    return dialog


def show_guide(window) -> QDialog:
    """F1: the short guide."""
    texts = HelpTexts(window)
    return show_html(window, "guideDialog", texts.tr("Guide"), texts.guide_html())


def show_shortcuts(window) -> QDialog:
    texts = HelpTexts(window)
    return show_html(window, "shortcutsDialog", texts.tr("Keyboard shortcuts"), texts.shortcuts_html(window), (480, 560))


def show_glossary(window) -> QDialog:
    texts = HelpTexts(window)
    return show_html(window, "glossaryDialog", texts.tr("Glossary"), texts.glossary_html(window.store, window.lang))
