"""What every tab is (the `Page` base) and the one list of tabs (`PAGES`).

MainWindow, the View menu, the Ctrl+1…N shortcuts, search-everything's "which tab shows this kind" and the
command line's `--tab` all loop over `PAGES`. Adding a tab is one new module with a `Page` subclass and one
line in `_REGISTRY` below. Page modules import this module, never each other (tests/test_pages.py checks it).

`PAGES` is resolved the first time it is asked for (PEP 562), so a page module can import `Page` from here
while this module is still being imported, and nothing here imports a page at start-up by itself.
"""

from __future__ import annotations

import importlib
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.model import Store
from app.ui.selection import SelectionModel

# One line per tab, in tab order: "module:Class".
_REGISTRY = (
    "app.ui.overview_view:OverviewTab",
    "app.ui.map:MapTab",
    "app.ui.chart_view:ChartTab",
    "app.ui.org_view:OrgTab",
    "app.ui.decisions_view:DecisionsTab",
)


class Page(QWidget):
    """One tab. Subclasses set the class attributes and override what they support.

    The contract:
    - `build()` makes the widgets, `retranslate()` sets their texts; Page.__init__ calls both, in that order.
    - `set_language(lang)` re-sets every text in place (tr() and dataset text): it creates no widget and keeps
      the page's state (modes, filters, search text, zoom, scroll, current row, focus).
    - `state()` / `restore_state(state)`: the page's view state as a JSON-able dict (saved in QSettings under
      `pages/<name>/state`, carried across a palette rebuild, and the starting point of `make_page(state=…)`).
      `restore_state` ignores keys it does not know and values of the wrong type (old settings files).
    - `drawable()`: the drawn view File → Export, Print and Copy use (it has `render_to(painter)` and
      optionally `export_size()`), or None. `table()`: `(headers, rows)` for the CSV export, or None.
    """

    name: ClassVar[str]  # "map": the --tab value and the settings key
    object_name: ClassVar[str]  # "mapTab" (design.md §3)
    title: ClassVar[str]  # QT_TRANSLATE_NOOP("Pages", "&Map"): the tab's title; the View menu drops the "&"
    kinds: ClassVar[tuple[str, ...]] = ()  # kinds this tab shows best: search-everything opens it for them
    # The keys the page's own views answer to, beyond the window's actions: ((keys, what it does), …), the words
    # in QT_TRANSLATE_NOOP("Keys", …). Help → Keyboard shortcuts lists them under the page's title; declare a key
    # here when a view's keyPressEvent or wheelEvent starts to handle it.
    keys: ClassVar[tuple[tuple[str, str], ...]] = ()
    # Views a page switches between in place (`show_view(name)`; `--view` on the command line), first the default
    views: ClassVar[tuple[str, ...]] = ()
    # False while a page cannot yet re-set its texts in place: the window then rebuilds it, carrying state()
    retranslates_in_place: ClassVar[bool] = True

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._store = store
        self._selection = selection
        self._lang = lang
        self.build()
        self.retranslate()

    # ---- what a page writes
    def build(self) -> None:
        """Make the page's widgets and wire them: called once, by __init__, with `_store`, `_selection` and
        `_lang` set. A page does not override __init__."""

    def retranslate(self) -> None:
        """Set every text in `self.lang` (tr() and dataset text), in place: called once after build() and again
        on each language switch. It creates no widget and changes no state."""

    # ---- public API
    @classmethod
    def translated_title(cls) -> str:
        return QCoreApplication.translate("Pages", cls.title)

    @classmethod
    def translated_keys(cls) -> list[tuple[str, str]]:
        return [(QCoreApplication.translate("Keys", k), QCoreApplication.translate("Keys", what)) for k, what in cls.keys]

    def export_title(self) -> str:
        """The title printed above exported pictures (override for a more telling one)."""
        return QCoreApplication.translate("Pages", "Congress of Përmet, May 1944: {view}").format(
            view=self.translated_title().replace("&", ""))

    @property
    def lang(self) -> str:
        return self._lang

    def set_language(self, lang: str) -> None:
        """Switch to `lang` in place (see retranslate)."""
        self._lang = lang
        self.retranslate()

    def state(self) -> dict:
        return {}

    def restore_state(self, state: dict) -> None:
        return None

    def drawable(self):
        return None

    def show_view(self, name: str) -> None:
        """Show one of `views` (pages with one view have nothing to switch)."""
        return None

    def table(self) -> tuple[list[str], list[list[str]]] | None:
        return None

    def idle_work(self):
        """Steps of work to do while the user looks (e.g. folding a search index); the window runs one step per
        idle turn of the event loop after the first paint."""
        return iter(())

    def focus_search(self) -> bool:
        """Put the keyboard in the page's own search field; False when it has none."""
        return False


def _load(target: str) -> type[Page]:
    module, _, cls = target.partition(":")
    page = getattr(importlib.import_module(module), cls)
    assert issubclass(page, Page), target
    return page


_PAGES: tuple[type[Page], ...] | None = None


def __getattr__(attr: str):
    global _PAGES
    if attr == "PAGES":
        if _PAGES is None:
            _PAGES = tuple(_load(t) for t in _REGISTRY)
        return _PAGES
    raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")


def page_names() -> list[str]:
    return [p.name for p in __getattr__("PAGES")]


def page_class(name: str) -> type[Page]:
    for page in __getattr__("PAGES"):
        if page.name == name:
            return page
    raise KeyError(name)


def tab_for_view(view: str) -> str | None:
    """The first tab that has a view of this name."""
    return next((p.name for p in __getattr__("PAGES") if view in p.views), None)


def tab_for_kind(kind: str) -> str | None:
    """The tab search-everything opens for an item of this kind: the first that lists it."""
    return next((p.name for p in __getattr__("PAGES") if kind in p.kinds), None)

