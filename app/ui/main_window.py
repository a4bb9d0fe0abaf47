"""The main window: it only wires. The tabs come from the page registry (pages.py), menus from window_menus.py,
export from export.py; each page keeps its own state and retranslates itself in place. A page is made (its module
imported) when it is first shown or asked for (page_slots.py), and built when it is first shown (the current one
before the first paint), so a tab nobody opens costs nothing, not even its import."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QApplication, QMainWindow, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from app.model import DatasetError, Store
from app.paths import resource
from app.ui import settings as keys
from app.ui.details import DetailsPanel
from app.ui.idle import IdleWork
from app.ui.item_views import walk_rows
from app.ui.page_slots import PageSlot, WindowPageTabs
from app.ui.pages import Page, page_names
from app.ui.search_everything import SearchEverything
from app.ui.selection import SelectionModel
from app.ui.settings import RememberedWindow
from app.ui.style import apply_text_scale
from app.ui.theme import install_app_style
from app.ui.window_menus import LANGUAGES, WindowMenus, load_translator

TAB_NAMES = tuple(page_names())


class MainWindow(WindowPageTabs, WindowMenus, RememberedWindow, QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings if keys.check_version(settings) else None
        self.lang = lang if lang in LANGUAGES else "en"
        self.selection = SelectionModel(self)
        self._translator: QTranslator | None = None
        self._install_translator()  # first: widgets built from here on are built in the language
        self.setObjectName("mainWindow")
        install_app_style()  # checked toggle buttons in the accent colour (theme.AppStyle)
        icon = resource("icons", "permet-explorer.svg")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.text_scale = keys.number(self.settings, "window/text_scale")
        if self.text_scale != 1.0:
            apply_text_scale(self.text_scale)

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
        side_layout.addWidget(self.cite_button, 0, Qt.AlignmentFlag.AlignRight)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 480])
        self.setCentralWidget(self.splitter)

        self.search_box = SearchEverything(store, self.selection, self.lang, self)
        self.search_box.tab_requested.connect(self.show_tab)
        self.idle = IdleWork(self._indexing, self, held_by=self.selection.changed)
        self._create_actions()
        self._create_status_bar()
        self._create_page_slots()
        self.selection.changed.connect(self._update_status)
        self.selection.changed.connect(self._update_history_actions)
        self._update_history_actions()
        self.retranslate_ui()
        self._restore_window()

    # ---- idle work: fold the search indexes once the window is up, while the user looks; then each built page's
    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():  # the current page is built before the first paint
            self.current_page().bring_up_to_date()
        super().setVisible(visible)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.idle.start_once()

    def _indexing(self):
        while not self.store.search_index_step():
            yield

    def _page_built(self) -> None:  # a page built now queues its own idle work
        self.idle.add(self.sender().idle_work(), self.sender())

    def search_ready(self) -> bool:
        """True once the search indexes are built (searches work before too, only slower on huge datasets)."""
        return self.idle.done()

    def retranslate_ui(self) -> None:
        """Every text the window itself shows, in the current language (pages retranslate themselves)."""
        self._retranslate_actions()
        self.search_box.retranslate()
        self._update_status()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and self.pages:
            for name, page in self.pages.made().items():  # the map and chart pick their colours from the palette
                if page.is_built():  # an unbuilt one picks the palette up when it is built
                    self._rebuild_page(name)
        super().changeEvent(event)

    # ---- language and text size
    def _install_translator(self) -> None:
        app = QApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = load_translator(self.lang, self)
        if self._translator is not None:
            app.installTranslator(self._translator)

    def set_language(self, lang: str) -> None:
        """Switch the whole UI and the data labels in place: no widget is created, and the selection, the
        tab, each page's state, scroll positions and keyboard focus stay. The choice is remembered."""
        if lang not in LANGUAGES or lang == self.lang:
            return
        focus = QApplication.focusWidget()
        self.lang = lang
        if self.settings is not None:
            self.settings.setValue("language", lang)
        self._install_translator()  # sends LanguageChange to every widget: the window's own texts
        scroll = self.details.verticalScrollBar().value()
        self.details.set_language(lang)
        self.details.verticalScrollBar().setValue(scroll)
        self.search_box.set_language(lang)
        for name, page in self.pages.made().items():  # a hidden page retranslates when it is next shown
            if page.retranslates_in_place or not page.is_built():
                page.follow_language(lang)
            else:
                self._rebuild_page(name)
        self.retranslate_ui()
        if focus is not None and not focus.isHidden() and QApplication.focusWidget() is not focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- public API
    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.pages[name])

    def current_tab_name(self) -> str:
        shown = self.tabs.currentWidget()
        return shown.info.name if isinstance(shown, PageSlot) else shown.name

    def current_page(self) -> Page:
        return self.pages[self.current_tab_name()]

    def focus_search_everything(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_find(self) -> None:
        if not self.current_page().focus_search():
            self.focus_search_everything()

    def set_store(self, store: Store) -> None:
        """Switch to another dataset: every view is rebuilt from it and the selection starts empty."""
        self.selection.clear(origin=self)
        self.idle.let_go()
        self.store = self.search_box.store = store
        self.details.set_store(store)
        for name in self.pages.made():  # a page not made yet is made from the new store when asked for
            self._rebuild_page(name)
        self.retranslate_ui()

    def open_dataset(self, path: str) -> bool:
        """Open another dataset as a transaction: it replaces the current one only when it has opened and every view
        has been built from it, else the current one stays, whole, and a dialog says why (Cancel while it opens)."""
        from app.model.opening import OpenCancelled, shown_path
        from app.ui.dialogs import OpenProgress, show_warning
        progress = OpenProgress(self, shown_path(path))
        try:
            store = Store.open(path, cancel=progress.cancelled)
        except OpenCancelled:
            return False
        except DatasetError as exc:
            show_warning(self, self.tr("Cannot open dataset"), str(exc), name="datasetError")
            return False
        finally:
            progress.close()
        old_store, old_current = self.store, self.selection.current()
        try:
            self.set_store(store)
            self.self_check()  # every view built from the new dataset
        except Exception as exc:  # noqa: BLE001 — a view that cannot show this file: keep the old one
            self.set_store(old_store)
            if old_current is not None:
                self.selection.select(*old_current, origin=self)
            show_warning(self, self.tr("Cannot open dataset"),
                         self.tr("{path} could not be shown ({error}); the dataset you had stays open.").format(
                             path=shown_path(path), error=f"{type(exc).__name__}: {exc}"), name="datasetError")
            return False
        return True

    def self_check(self) -> dict[str, int]:
        """Rows each tab shows: proof that every view was built from the dataset."""
        return {
            "map places": len(self.map_tab.map.place_ids()),
            "chart bars": len(self.chart_tab.ensure_built().bar_ids()),
            "org rows": sum(1 for _ in walk_rows(self.org_tab.tree.model())),
            "decision rows": self.decisions_tab.list.model().rowCount(),
        }

    def closeEvent(self, event) -> None:
        self._save_window()
        if self._translator is not None:  # translators are application-wide: take ours away with the window
            QApplication.instance().removeTranslator(self._translator)
            self._translator = None
        super().closeEvent(event)
