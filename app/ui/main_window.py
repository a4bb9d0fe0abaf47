"""The main window: four linked tabs, the details panel, search, menus, the status bar, two languages."""

from __future__ import annotations

import shlex
from html import escape

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence, QShortcut, QStandardItem, \
    QStandardItemModel
from PySide6.QtWidgets import (QApplication, QCompleter, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QLineEdit, QMainWindow, QMessageBox, QPushButton, QSizePolicy, QSplitter, QTabWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from app import APP_NAME, __version__
from app.model import DatasetError, Store
from app.paths import bundled_database, resource
from app.ui.chart_view import ChartTab
from app.ui.decisions_view import DecisionsTab
from app.ui.details import DetailsPanel, citation_text
from app.ui.export import ExportFormat
from app.ui.item_views import KEY_ROLE, walk_rows
from app.ui.labels import label
from app.ui.map_view import MapTab
from app.ui.org_view import OrgTab
from app.ui.selection import SelectionModel

TAB_NAMES = ("map", "chart", "org", "decisions")
LANGUAGES = ("en", "sq")
# Where a search hit is shown: the tab that draws that kind of thing.
TAB_FOR_KIND = {"place": "map", "delegation": "chart", "body": "org", "person": "org", "decision": "decisions"}


def load_translator(lang: str, parent) -> QTranslator | None:
    """The app's own catalogue for `lang` (English is the source language: no catalogue)."""
    if lang == "en":
        return None
    translator = QTranslator(parent)
    if translator.load(str(resource("translations", f"app_{lang}.qm"))):
        return translator
    return None


class SearchEverything(QLineEdit):
    """One box for places, delegations, bodies, people and decisions; Enter or a click on a hit selects it."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("searchEverything")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.hits = QStandardItemModel(self)
        self.completer_ = QCompleter(self.hits, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._choose_index)
        self.textEdited.connect(self._update_hits)
        self.returnPressed.connect(self._choose_first)

    def _update_hits(self, text: str) -> None:
        self.hits.clear()
        kinds = {"place": self.tr("region"), "delegation": self.tr("delegation"), "body": self.tr("body"),
                 "person": self.tr("person"), "decision": self.tr("decision"),
                 "event": self.tr("event")}
        store = self._window.store
        for kind, item_id, _ in store.search(text):
            item = QStandardItem(f"{label(store, kind, item_id, self._window.lang)} — {kinds[kind]}")
            item.setData((kind, item_id), KEY_ROLE)
            self.hits.appendRow(item)
        if self.hits.rowCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

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
        if kind in TAB_FOR_KIND:  # events have no tab of their own yet: the details panel shows them
            self._window.show_tab(TAB_FOR_KIND[kind])
        self._window.selection.select(kind, item_id, origin=self)
        self.clear()


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.lang = lang if lang in LANGUAGES else "en"
        self.selection = SelectionModel(self)
        self._translator: QTranslator | None = None
        self._install_translator()  # first: widgets built from here on are built in the language
        self.setObjectName("mainWindow")
        icon = resource("icons", "permet-explorer.svg")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.details = DetailsPanel(store, self.selection, self.lang, self)
        self.cite_button = QPushButton(self)
        self.cite_button.setObjectName("citeThis")
        self.cite_button.clicked.connect(self.copy_citation)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        cite_row = QHBoxLayout()
        cite_row.addStretch(1)
        cite_row.addWidget(self.cite_button)
        side_layout.addLayout(cite_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        self.setCentralWidget(splitter)

        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selectionStatus")
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)  # it shows dataset names
        self.statusBar().addWidget(self.selection_label, 1)
        self.dataset_label = QLabel(self)
        self.dataset_label.setObjectName("datasetStatus")
        self.dataset_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.dataset_label)

        self.search_box = SearchEverything(self)
        self._create_actions()
        self._build_tabs()
        self.details.refresh()
        self.selection.changed.connect(self._update_status)
        self.selection.changed.connect(self._update_history_actions)
        self.retranslate_ui()
        self.resize(1280, 800)
        self._restore_geometry()
        self._idle_work = None
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(0)
        self._idle_timer.timeout.connect(self._idle_step)

    # ------------------------------------------------------------------ idle work
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._idle_work is None:  # once the window is up, fold the search indexes while the user looks
            self._idle_work = self._indexing()
            self._idle_timer.start()

    def _indexing(self):
        yield from self.store.build_search_index()
        yield from self.decisions_tab.filter.build_index()

    def _idle_step(self) -> None:
        try:
            next(self._idle_work)
        except StopIteration:
            self._idle_timer.stop()

    def search_ready(self) -> bool:
        """True once the search indexes are built (searches work before too, only slower on huge datasets)."""
        return not self._idle_timer.isActive() and self._idle_work is not None

    # ------------------------------------------------------------------ building
    def _build_tabs(self) -> None:
        """(Re)build the four views from the store, in the current language and palette."""
        current = max(0, self.tabs.currentIndex())
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        args = (self.store, self.selection, self.lang)
        self.map_tab, self.chart_tab = MapTab(*args), ChartTab(*args)
        self.org_tab, self.decisions_tab = OrgTab(*args), DecisionsTab(*args)
        for page in (self.map_tab, self.chart_tab, self.org_tab, self.decisions_tab):
            self.tabs.addTab(page, "")
        self._set_tab_titles()
        self.tabs.setCurrentIndex(current)

    def _create_actions(self) -> None:
        def action(name: str, slot, shortcut=None) -> QAction:
            a = QAction(self)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            return a

        self.open_action = action("openAction", self.open_dataset_dialog, QKeySequence.StandardKey.Open)
        self.export_action = action("exportAction", self.export_dialog, "Ctrl+E")
        self.quit_action = action("quitAction", self.close, QKeySequence.StandardKey.Quit)
        self.tab_actions = [action(f"show{n.title()}Action", lambda _=False, n=n: self.show_tab(n), f"Ctrl+{i + 1}")
                            for i, n in enumerate(TAB_NAMES)]
        self.language_actions = {}
        group = QActionGroup(self)
        for lang in LANGUAGES:
            a = action(f"language_{lang}", lambda _=False, lang=lang: self.set_language(lang))
            a.setCheckable(True)
            group.addAction(a)
            self.language_actions[lang] = a
        self.back_action = action("backAction", self.selection.back, "Alt+Left")
        self.forward_action = action("forwardAction", self.selection.forward, "Alt+Right")
        self.clear_action = action("clearAction", lambda: self.selection.clear(origin=self), Qt.Key.Key_Escape)
        self.search_action = action("searchAction", self.focus_search_everything, "Ctrl+K")
        self.copy_link_action = action("copyLinkAction", self.copy_link)
        self.cite_action = action("citeAction", self.copy_citation, "Ctrl+Shift+C")
        self.about_action = action("aboutAction", self.show_about)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.tab_actions)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions([self.back_action, self.forward_action, self.clear_action])
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.search_action)
        self.help_menu = bar.addMenu("")
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
        self._update_history_actions()

    def _set_tab_titles(self) -> None:
        for i, title in enumerate((self.tr("&Map"), self.tr("&Chart"), self.tr("&Organisation"), self.tr("&Decisions"))):
            self.tabs.setTabText(i, title)

    def retranslate_ui(self) -> None:
        """Every text the window itself shows, in the current language (tabs rebuild their own)."""
        self.setWindowTitle(f"{APP_NAME} — " + self.tr("Congress of Përmet (May 1944)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.open_action.setText(self.tr("&Open dataset…"))
        self.export_action.setText(self.tr("&Export…"))
        self.quit_action.setText(self.tr("&Quit"))
        for a, text in zip(self.tab_actions, (self.tr("Map"), self.tr("Chart"), self.tr("Organisation"), self.tr("Decisions"))):
            a.setText(text)
        self.language_actions["en"].setText("English")
        self.language_actions["sq"].setText("Shqip")
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
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search everything"))
        self.search_box.setAccessibleDescription(self.tr("Finds regions, delegations, bodies, people and decisions"))
        self.cite_button.setText(self.tr("Cite this"))
        self.cite_button.setToolTip(self.tr("Copy a citation of the selected item and its sources"))
        self.cite_button.setAccessibleName(self.tr("Cite this"))
        self.cite_button.setAccessibleDescription(self.tr("Copy a citation of the selected item and its sources"))
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setAccessibleDescription(self.tr("Map, chart, organisation and decisions"))
        self.tabs.tabBar().setAccessibleName(self.tr("Views"))
        self.tabs.tabBar().setAccessibleDescription(self.tr("Map, chart, organisation and decisions"))
        self.search_box.completer_.popup().setAccessibleName(self.tr("Search results"))
        self.search_box.completer_.popup().setAccessibleDescription(self.tr("Enter or a click selects the result"))
        self._set_tab_titles()
        self._update_status()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._build_tabs()  # the map and chart pick their colours from the palette
        super().changeEvent(event)

    # ------------------------------------------------------------------ language
    def _install_translator(self) -> None:
        app = QApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = load_translator(self.lang, self)
        if self._translator is not None:
            app.installTranslator(self._translator)

    def set_language(self, lang: str) -> None:
        """Switch the whole UI and the data labels without a restart; the choice is remembered."""
        if lang not in LANGUAGES or lang == self.lang:
            return
        self.lang = lang
        if self.settings is not None:
            self.settings.setValue("language", lang)
        self._install_translator()  # sends LanguageChange to every widget
        self.details.set_language(lang)
        self._build_tabs()
        self.retranslate_ui()

    # ------------------------------------------------------------------ status
    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.selection.can_go_back())
        self.forward_action.setEnabled(self.selection.can_go_forward())
        self.clear_action.setEnabled(self.selection.current() is not None)
        self.cite_button.setEnabled(self.selection.current() is not None)
        self.cite_action.setEnabled(self.selection.current() is not None)

    def _update_status(self) -> None:
        current = self.selection.current()
        if current is None or not self.store.exists(*current):
            text = self.tr("Nothing selected — {n} delegates in all").format(n=self.store.total_delegates())
        else:
            kind, item_id = current
            kinds = {"place": self.tr("region"), "delegation": self.tr("delegation"), "body": self.tr("body"),
                     "person": self.tr("person"), "decision": self.tr("decision"),
                     "event": self.tr("event")}
            text = f"{kinds[kind]}: {label(self.store, kind, item_id, self.lang)}"
            delegations = self.store.related_delegations(kind, item_id) if kind != "person" else []
            for d in delegations:
                if d.delegates is not None:
                    text += self.tr(" — {name}: {n} delegates").format(name=label(self.store, "delegation", d.id, self.lang),
                                                                        n=d.delegates)
        self.selection_label.setText(text)
        self.dataset_label.setText(self.store.path.name)

    # ------------------------------------------------------------------ public API
    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def current_tab_name(self) -> str:
        return TAB_NAMES[self.tabs.currentIndex()]

    def focus_search_everything(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_find(self) -> None:
        page = self.tabs.currentWidget()
        if hasattr(page, "focus_search"):
            page.focus_search()
        else:
            self.focus_search_everything()

    def set_store(self, store: Store) -> None:
        """Switch to another dataset: every view is rebuilt from it and the selection starts empty."""
        self.selection.clear(origin=self)
        self.store = store
        self.details.set_store(store)
        self._build_tabs()
        self.retranslate_ui()

    def open_dataset(self, path: str) -> bool:
        """Open another dataset; on failure say why and keep the current one."""
        try:
            store = Store.open(path)
        except DatasetError as exc:
            QMessageBox.warning(self, self.tr("Cannot open dataset"), str(exc))
            return False
        self.set_store(store)
        return True

    def open_dataset_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open dataset"), str(self.store.path.parent),
                                              self.tr("Përmet Explorer datasets (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_dataset(path)

    def link_to_view(self) -> str:
        """The command line that opens the app as it is now: tab, selection, language, dataset."""
        parts = ["permet-explorer", "--tab", self.current_tab_name()]
        current = self.selection.current()
        if current is not None:
            parts += ["--select", f"{current[0]}:{current[1]}"]
        parts += ["--lang", self.lang]
        if self.store.path.resolve() != bundled_database().resolve():
            parts += ["--db", str(self.store.path)]
        return shlex.join(parts)

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.link_to_view())
        self.statusBar().showMessage(self.tr("Copied: {link}").format(link=self.link_to_view()), 5000)

    def copy_citation(self) -> None:
        current = self.selection.current()
        if current is not None and self.store.exists(*current):
            QGuiApplication.clipboard().setText(citation_text(self.store, *current))
            self.statusBar().showMessage(self.tr("Citation copied to the clipboard"), 5000)

    def export_formats(self) -> list[ExportFormat]:
        """What the current tab can be exported as."""
        return self.tabs.currentWidget().export_formats()

    def export_dialog(self) -> None:
        formats = self.export_formats()
        if not formats:
            return
        name = self.current_tab_name()
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export"), f"permet-{name}.{formats[0].suffix}",
                                                   ";;".join(f.filter for f in formats))
        if not path:
            return
        fmt = next((f for f in formats if f.filter == chosen), formats[0])
        if not path.lower().endswith("." + fmt.suffix):
            path += "." + fmt.suffix
        try:
            fmt.write(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), f"{path}: {exc.strerror or exc}")
        else:
            self.statusBar().showMessage(self.tr("Exported {path}").format(path=path), 5000)

    def about_html(self) -> str:
        s = self.store
        items = "".join(
            f"<li>{escape(src.title)} <small>[{escape(src.reliability)}]</small>"
            + (f"<br><a href=\"{escape(src.url)}\">{escape(src.url)}</a>" if src.url else "") + "</li>"
            for src in s.sources())
        return (f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>"
                "<p>" + escape(self.tr('An offline atlas of the Congress of Përmet, May 1944.')) + "</p>"
                "<p>" + escape(self.tr('Dataset:')) + f" {escape(str(s.path))}</p>"
                "<h3>" + escape(self.tr('Licences')) + "</h3><ul>"
                f"<li>{escape(s.meta('licence_geometry') or '')}</li>"
                f"<li>{escape(s.meta('licence_quotes') or '')}</li>"
                "<li>" + escape(self.tr('Program: MIT licence. Qt for Python (PySide6): LGPLv3. pyqtgraph: MIT.')) + "</li></ul>"
                "<h3>" + escape(self.tr('Sources ({n})').format(n=len(s.sources()))) + f"</h3><ol>{items}</ol>")

    def show_about(self) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("aboutDialog")
        dialog.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        text = QTextBrowser(dialog)
        text.setOpenExternalLinks(True)
        text.setHtml(self.about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(640, 560)
        dialog.exec()

    def self_check(self) -> dict[str, int]:
        """Rows each tab shows: proof that every view was built from the dataset."""
        return {
            "map places": len(self.map_tab.map.place_ids()),
            "chart bars": len(self.chart_tab.ensure_built().bar_ids()),
            "org rows": sum(1 for _ in walk_rows(self.org_tab.tree.model())),
            "decision rows": self.decisions_tab.list.model().rowCount(),
        }

    # ------------------------------------------------------------------ settings
    def _restore_geometry(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.sync()
        if self._translator is not None:  # translators are application-wide: take ours away with the window
            QApplication.instance().removeTranslator(self._translator)
            self._translator = None
        super().closeEvent(event)
