"""The main window's actions, menus, toolbar and status bar, and their texts (a mixin of MainWindow, kept apart so the
window itself only wires). The View menu and Ctrl+1…N come from the page registry (pages.REGISTRY: no page module
is imported for them). Export, the fact sheet, Help and About are imported when their action first runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLabel, QSizePolicy, QWidget

from app import APP_NAME
from app.paths import resource
from app.ui.details import citation_text
from app.ui.labels import label
from app.ui.pages import REGISTRY
from app.ui.search_everything import kind_name
from app.ui.style import apply_text_scale, next_text_scale

if TYPE_CHECKING:
    from app.ui import export

LANGUAGES = ("en", "sq")
LANGUAGE_NAMES = {"en": "English", "sq": "Shqip"}  # each in its own language: never translated


def load_translator(lang: str, parent) -> QTranslator | None:
    """The app's own catalogue for `lang` (English is the source language: no catalogue)."""
    if lang == "en":
        return None
    translator = QTranslator(parent)
    if translator.load(str(resource("translations", f"app_{lang}.qm"))):
        return translator
    return None


def _factsheet():
    from app.ui import factsheet  # imported when first used: not before the first paint
    return factsheet


def _help():
    from app.ui import help
    return help


class SelectionStatus(QWidget):
    """The status bar's place for the selection's line: the label sits in it outside any layout. A label in the
    status bar's own layout asks it to lay out again on every new text (its size hint changes), and the status bar
    then repaints itself, every label in it and the window beneath it, on every click. Here a new text repaints the
    label alone (it is opaque, so nothing beneath it is painted again); a text too long for the bar is cut at its
    edge, as before. Only a new text size changes the line's height (and the bar's)."""

    def __init__(self, label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self._label = label
        label.setParent(self)
        label.setAutoFillBackground(True)

    def sizeHint(self) -> QSize:
        return QSize(0, self._label.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event) -> None:
        self._label.setGeometry(self.rect())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's new text: its height stays
            return True
        if event.type() == QEvent.Type.FontChange:  # a text size step (the label, a child, has its font by now)
            self.updateGeometry()
        return super().event(event)


class WindowMenus:
    """Creates `*_action` attributes, the menus and the toolbar on a QMainWindow that has the slots they call."""

    def _action(self, name: str, slot, shortcut=None) -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        if shortcut is not None:
            a.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        a.triggered.connect(slot)
        return a

    def _create_actions(self) -> None:
        action = self._action
        self.open_action = action("openAction", self.open_dataset_dialog, QKeySequence.StandardKey.Open)
        self.export_action = action("exportAction", self.export_dialog, "Ctrl+E")
        self.print_action = action("printAction", self.print_view, QKeySequence.StandardKey.Print)
        self.pdf_action = action("exportPdfAction", lambda: _factsheet().export_pdf_dialog(self), "Ctrl+Shift+E")
        self.guide_action = action("helpAction", lambda: _help().show_guide(self),
                                   QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = action("shortcutsAction", lambda: _help().show_shortcuts(self))
        self.glossary_action = action("glossaryAction", lambda: _help().show_glossary(self))
        self.copy_image_action = action("copyImageAction", self.copy_view_image, "Ctrl+Shift+I")
        self.quit_action = action("quitAction", self.close, "Ctrl+Q")  # StandardKey.Quit is empty on some platforms
        self.tab_actions = [action(f"show{p.name.title()}Action", lambda _=False, n=p.name: self.show_tab(n),
                                   f"Ctrl+{i + 1}") for i, p in enumerate(REGISTRY)]
        self.language_actions = {}
        group = QActionGroup(self)
        for lang in LANGUAGES:
            a = action(f"language_{lang}", lambda _=False, lang=lang: self.set_language(lang))
            a.setCheckable(True)
            group.addAction(a)
            self.language_actions[lang] = a
        self.larger_text_action = action("largerTextAction", lambda: self.scale_text(1),
                                         [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.smaller_text_action = action("smallerTextAction", lambda: self.scale_text(-1), "Ctrl+-")
        self.reset_text_action = action("resetTextAction", lambda: self.scale_text(0), "Ctrl+0")
        self.back_action = action("backAction", self.selection.back, "Alt+Left")
        self.forward_action = action("forwardAction", self.selection.forward, "Alt+Right")
        self.clear_action = action("clearAction", lambda: self.selection.clear(origin=self), Qt.Key.Key_Escape)
        self.search_action = action("searchAction", self.focus_search_everything, "Ctrl+K")
        self.copy_link_action = action("copyLinkAction", self.copy_link)
        self.cite_action = action("citeAction", self.copy_citation, "Ctrl+Shift+C")
        self.about_action = action("aboutAction", self.show_about)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open_action, self.export_action, self.pdf_action, self.print_action,
                                   self.copy_image_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.tab_actions)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.larger_text_action, self.smaller_text_action, self.reset_text_action])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions([self.back_action, self.forward_action, self.clear_action])
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.search_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.guide_action, self.shortcuts_action, self.glossary_action])
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.copy_link_action, self.cite_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("navigationToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.back_action, self.forward_action, self.clear_action])
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_box)

        # Ctrl+F: the current tab's own search where it has one, otherwise search everything.
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_find)
        self._find_shortcut = find

    def _create_status_bar(self) -> None:
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selectionStatus")
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)  # it shows dataset names
        self.statusBar().addWidget(SelectionStatus(self.selection_label, self), 1)
        self.dataset_label = QLabel(self)
        self.dataset_label.setObjectName("datasetStatus")
        self.dataset_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.dataset_label)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.selection.can_go_back())
        self.forward_action.setEnabled(self.selection.can_go_forward())
        for widget in (self.clear_action, self.cite_button, self.cite_action):
            widget.setEnabled(self.selection.current() is not None)

    def _update_status(self) -> None:
        current = self.selection.current()
        if current is None or not self.store.exists(*current):
            text = self.tr("Nothing selected — {n} delegates in all").format(n=self.store.total_delegates())
        else:
            kind, item_id = current
            text = f"{kind_name(kind)}: {label(self.store, kind, item_id, self.lang)}"
            for d in self.store.related_delegations(kind, item_id) if kind != "person" else []:
                if d.delegates is not None:
                    text += self.tr(" — {name}: {n} delegates").format(
                        name=label(self.store, "delegation", d.id, self.lang), n=d.delegates)
        self.selection_label.setText(text)
        self.dataset_label.setText(self.store.path.name)

    def _retranslate_actions(self) -> None:
        self.setWindowTitle(f"{APP_NAME} — " + self.tr("Congress of Përmet (May 1944)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.open_action.setText(self.tr("&Open dataset…"))
        self.export_action.setText(self.tr("&Export…"))
        self.print_action.setText(self.tr("&Print…"))
        self.pdf_action.setText(self.tr("Export &fact sheet as PDF…"))
        self.guide_action.setText(self.tr("&Guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.glossary_action.setText(self.tr("G&lossary"))
        self._find_shortcut.setWhatsThis(self.tr("Search in this tab"))
        self.copy_image_action.setText(self.tr("Copy picture of this view"))
        self.quit_action.setText(self.tr("&Quit"))
        for a, page in zip(self.tab_actions, REGISTRY):
            a.setText(page.translated_title().replace("&", ""))
        self.larger_text_action.setText(self.tr("Larger text"))
        self.smaller_text_action.setText(self.tr("Smaller text"))
        self.reset_text_action.setText(self.tr("Normal text size"))
        for lang, a in self.language_actions.items():
            a.setText(LANGUAGE_NAMES[lang])
        self.language_actions[self.lang].setChecked(True)
        self.back_action.setText(self.tr("Back"))
        self.back_action.setToolTip(self.tr("Back to the previous selection (Alt+Left)"))
        self.forward_action.setText(self.tr("Forward"))
        self.forward_action.setToolTip(self.tr("Forward to the next selection (Alt+Right)"))
        self.clear_action.setText(self.tr("Clear selection"))
        self.clear_action.setToolTip(self.tr("Clear the selection (Esc)"))
        self.search_action.setText(self.tr("Search everything"))
        self.copy_link_action.setText(self.tr("Copy link to this view"))
        self.cite_action.setText(self.tr("Cite this"))
        self.about_action.setText(self.tr("&About {app}").format(app=APP_NAME))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.cite_button.setText(self.tr("Cite this"))
        self.cite_button.setToolTip(self.tr("Copy a citation of the selected item and its sources"))
        self.cite_button.setAccessibleName(self.tr("Cite this"))
        self.cite_button.setAccessibleDescription(self.tr("Copy a citation of the selected item and its sources"))
        views = ", ".join(p.translated_title().replace("&", "") for p in REGISTRY)
        for widget in (self.tabs, self.tabs.tabBar()):
            widget.setAccessibleName(self.tr("Views"))
            widget.setAccessibleDescription(views)
        for i, page in enumerate(REGISTRY):
            self.tabs.setTabText(i, page.translated_title())

    # ---- what the actions do
    def open_dataset_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open dataset"), str(self.store.path.parent),
                                              self.tr("Përmet Explorer datasets (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_dataset(path)

    def link_to_view(self) -> str:
        """The permet-explorer: link that opens the app as it is now: tab, selection, language (never a file)."""
        from app.links import make_link
        return make_link(self.current_tab_name(), self.selection.current(), self.lang)

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.link_to_view())
        self.statusBar().showMessage(self.tr("Copied: {link}").format(link=self.link_to_view()), 5000)

    def copy_citation(self) -> None:
        current = self.selection.current()
        if current is not None and self.store.exists(*current):
            QGuiApplication.clipboard().setText(citation_text(self.store, *current, lang=self.lang))
            self.statusBar().showMessage(self.tr("Citation copied to the clipboard"), 5000)

    def export_formats(self) -> list[export.ExportFormat]:
        """What the current tab can be saved as."""
        from app.ui import export
        return export.page_formats(self.current_page(), self.store)

    def export_dialog(self) -> None:
        from app.ui import export
        path = export.export_dialog(self, self.current_page(), self.store)
        if path:
            self.statusBar().showMessage(self.tr("Exported {path}").format(path=path), 5000)

    def print_view(self) -> None:
        """File → Print…: the fact sheet of the selection (or of the congress), with the view's picture."""
        _factsheet().print_for_window(self)

    def show_list(self, name: str) -> None:
        """A tab, or "people": the list of people in the Organisation tab (the Overview's counts ask this)."""
        if name == "people":
            self.show_tab("org")
            self.org_tab.show_view("people")
        elif name in self.pages:
            self.show_tab(name)

    def copy_view_image(self) -> None:
        from app.ui import export
        picture = export.picture_of(self.current_page(), self.store)
        if picture is not None:
            export.copy_image(picture)
            self.statusBar().showMessage(self.tr("Picture copied to the clipboard"), 5000)

    def about_html(self) -> str:
        from app.ui import about
        return about.about_html(self.store)

    def show_about(self) -> None:
        from app.ui import about
        about.show_about(self, self.store)

    def scale_text(self, step: int) -> None:
        """Ctrl+= / Ctrl+− one step larger or smaller, Ctrl+0 back to normal (step 0); remembered."""
        self.text_scale = 1.0 if step == 0 else next_text_scale(self.text_scale, step)
        apply_text_scale(self.text_scale)
        if self.settings is not None:
            self.settings.setValue("window/text_scale", self.text_scale)
