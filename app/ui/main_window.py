"""The main window: four linked tabs, the details panel, menus and the status bar."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter,
                               QTabWidget, QTextBrowser, QVBoxLayout)

from app import APP_NAME, __version__
from app.model import DatasetError, Store
from app.paths import resource
from app.ui.chart_view import ChartTab
from app.ui.decisions_view import DecisionsTab
from app.ui.details import DetailsPanel
from app.ui.export import ExportFormat, csv_format
from app.ui.item_views import walk_rows
from app.ui.labels import label
from app.ui.map_view import MapTab
from app.ui.org_view import OrgTab
from app.ui.selection import SelectionModel

TAB_NAMES = ("map", "chart", "org", "decisions")


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.lang = lang
        self.selection = SelectionModel(self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} — {store.meta('title')}")
        icon = resource("icons", "permet-explorer.svg")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.details = DetailsPanel(store, self.selection, lang, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        self.setCentralWidget(splitter)
        self._build_tabs()

        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selectionStatus")
        self.statusBar().addWidget(self.selection_label, 1)
        self.dataset_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.dataset_label)
        self.selection.changed.connect(self._update_status)
        self._build_actions()
        self._update_status()
        self.resize(1280, 800)
        self._restore_geometry()

    # ------------------------------------------------------------------ building
    def _build_tabs(self) -> None:
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        args = (self.store, self.selection, self.lang)
        self.map_tab, self.chart_tab = MapTab(*args), ChartTab(*args)
        self.org_tab, self.decisions_tab = OrgTab(*args), DecisionsTab(*args)
        self.tabs.addTab(self.map_tab, self.tr("&Map"))
        self.tabs.addTab(self.chart_tab, self.tr("&Chart"))
        self.tabs.addTab(self.org_tab, self.tr("&Organisation"))
        self.tabs.addTab(self.decisions_tab, self.tr("&Decisions"))

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = file_menu.addAction(self.tr("&Open dataset…"), QKeySequence.StandardKey.Open, self.open_dataset_dialog)
        self.export_action = file_menu.addAction(self.tr("&Export…"), QKeySequence("Ctrl+E"), self.export_dialog)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, title in enumerate((self.tr("Map"), self.tr("Chart"), self.tr("Organisation"), self.tr("Decisions"))):
            view_menu.addAction(title, QKeySequence(f"Ctrl+{number + 1}"), lambda n=number: self.tabs.setCurrentIndex(n))

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.back_action = QAction(self.tr("Back"), self)
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.triggered.connect(self.selection.back)
        self.forward_action = QAction(self.tr("Forward"), self)
        self.forward_action.setShortcut(QKeySequence("Alt+Right"))
        self.forward_action.triggered.connect(self.selection.forward)
        self.clear_action = QAction(self.tr("Clear selection"), self)
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.triggered.connect(lambda: self.selection.clear(origin=self))
        toolbar = self.addToolBar(self.tr("Navigation"))
        toolbar.setObjectName("navigationToolbar")
        toolbar.setMovable(False)
        for action in (self.back_action, self.forward_action, self.clear_action):
            go_menu.addAction(action)
            toolbar.addAction(action)
        self.selection.history_changed.connect(self._update_history_actions)
        self._update_history_actions()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About {app}").format(app=APP_NAME), self.show_about)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.selection.can_go_back())
        self.forward_action.setEnabled(self.selection.can_go_forward())
        self.clear_action.setEnabled(self.selection.current() is not None)

    def _update_status(self, *_: object) -> None:
        current = self.selection.current()
        if current is None:
            text = self.tr("Nothing selected — {n} delegates in all").format(n=self.store.total_delegates())
        else:
            kind, item_id = current
            text = f"{kind}: {label(self.store, kind, item_id, self.lang)}"
            delegations = ([self.store.delegation(item_id)] if kind == "delegation"
                           else self.store.delegations_for_place(item_id) if kind == "place" else [])
            for d in delegations:
                if d.delegates is not None:
                    text += self.tr(" — {name}: {n} delegates").format(name=label(self.store, "delegation", d.id, self.lang),
                                                                        n=d.delegates)
        self.selection_label.setText(text)
        self.dataset_label.setText(self.store.path.name)

    # ------------------------------------------------------------------ public API
    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def set_store(self, store: Store) -> None:
        """Switch to another dataset: every view is rebuilt from it and the selection starts empty."""
        self.selection.clear(origin=self)
        self.store = store
        self.details.set_store(store)
        self._build_tabs()
        self.setWindowTitle(f"{APP_NAME} — {store.meta('title')}")
        self._update_status()

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

    def export_formats(self) -> list[ExportFormat]:
        """What the current tab can be exported as."""
        page = self.tabs.currentWidget()
        if hasattr(page, "export_formats"):
            return page.export_formats()
        for attr in ("table", "tree", "list"):
            view = getattr(page, attr, None)
            if view is not None:
                return [csv_format(view.model())]
        return []

    def export_dialog(self) -> None:
        formats = self.export_formats()
        if not formats:
            return
        name = TAB_NAMES[self.tabs.currentIndex()]
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
                f"<p>{escape(self.tr('An offline atlas of the Congress of Përmet, 24–28 May 1944.'))}</p>"
                f"<p>{escape(self.tr('Dataset:'))} {escape(str(s.path))}</p>"
                f"<h3>{escape(self.tr('Licences'))}</h3><ul>"
                f"<li>{escape(s.meta('licence_geometry') or '')}</li>"
                f"<li>{escape(s.meta('licence_quotes') or '')}</li>"
                f"<li>{escape(self.tr('Program: MIT licence. Qt for Python (PySide6): LGPLv3. pyqtgraph: MIT.'))}</li></ul>"
                f"<h3>{escape(self.tr('Sources ({n})').format(n=len(s.sources())))}</h3><ol>{items}</ol>")

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
        super().closeEvent(event)

