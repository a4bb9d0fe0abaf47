"""What every tab is (the `Page` base) and the one list of tabs (`PAGES`).

MainWindow, the View menu, the Ctrl+1…N shortcuts, search-everything's "which tab shows this kind" and the
command line's `--tab`/`--view` all loop over `REGISTRY`: what each tab is called and shows, written here, so
that the window's shell needs no page module before that page is made (only the first tab shown is imported
before the first paint). Adding a tab is one new module with a `Page` subclass and one `PageInfo` line in
`REGISTRY`, whose fields repeat the class's (tests/test_pages.py checks they agree). Page modules import this
module, never each other (tests/test_pages.py checks that too).

`PAGES`, the page classes, is resolved the first time it is asked for (PEP 562) and imports every page module:
for code that needs the classes themselves (Help → Keyboard shortcuts lists each page's `keys`).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.model import Store
from app.ui.selection import SelectionModel

@dataclass(frozen=True)
class PageInfo:
    """What the window's shell knows of a tab before its module is imported: the class's own attributes of the
    same names, and where the class is ("module:Class")."""
    target: str
    name: str
    object_name: str
    title: str
    kinds: tuple[str, ...] = ()
    views: tuple[str, ...] = ()

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def load(self) -> type[Page]:
        """The page class (imports its module)."""
        return _load(self.target)


# One line per tab, in tab order.
REGISTRY = (
    PageInfo("app.ui.overview_view:OverviewTab", "overview", "overviewTab", QT_TRANSLATE_NOOP("Pages", "&Overview"),
             ("event",)),
    PageInfo("app.ui.map:MapTab", "map", "mapTab", QT_TRANSLATE_NOOP("Pages", "&Map"), ("place",)),
    PageInfo("app.ui.chart_view:ChartTab", "chart", "chartTab", QT_TRANSLATE_NOOP("Pages", "&Chart"),
             ("delegation",)),
    PageInfo("app.ui.org_view:OrgTab", "org", "orgTab", QT_TRANSLATE_NOOP("Pages", "&Organisation"),
             ("body", "person"), ("tree", "chart", "people")),
    PageInfo("app.ui.decisions_view:DecisionsTab", "decisions", "decisionsTab",
             QT_TRANSLATE_NOOP("Pages", "&Decisions"), ("decision",)),
)


# How many layouts lie between a page and its window, at most (page, stack, tab widget, splitter, window) and a few
# more for a page's own nested layouts: a layout request climbs one of them per pass over the event queue.
_LAYOUT_LEVELS = 8


class Page(QWidget):
    """One tab. Subclasses set the class attributes and override what they support.

    The contract:
    - `build()` makes the widgets, `retranslate()` sets their texts, in that order, once. A page made on its
      own builds at once; the window makes its pages with `Page.unbuilt(...)`, and such a page builds when it is
      first shown (see `build_now`), so a tab nobody opens costs nothing. Until then it has no inner widgets.
    - `set_language(lang)` re-sets every text in place (tr() and dataset text): it creates no widget and keeps
      the page's state (modes, filters, search text, zoom, scroll, current row, focus).
    - `state()` / `restore_state(state)`: the page's view state as a JSON-able dict (saved in QSettings under
      `pages/<name>/state`, carried across a palette rebuild, and the starting point of `make_page(state=…)`).
      `restore_state` ignores keys it does not know and values of the wrong type (old settings files).
    - `drawable()`: the drawn view File → Export, Print and Copy use (it has `render_to(painter)` and
      optionally `export_size()`), or None. `table()`: `(headers, rows)` for the CSV export, or None.
    A page need not care whether it is built: the base class makes `drawable`, `table`, `show_view` and
    `focus_search` build it first, keeps a state given before the build and applies it after, and builds it
    when code reaches for one of its widgets (`page.search`).
    """

    page_built = Signal()
    """The page has just been built (its widgets exist, in its language, with any state given before)."""

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

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None, *,
                 built: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._store = store
        self._selection = selection
        self._lang = lang
        self._build_stage = "unbuilt"  # "building", "built"
        self._pending_state: dict | None = None  # a state given before the build
        self._stale_lang: str | None = None  # built, hidden, and the language changed meanwhile
        if built:  # False from `unbuilt`
            self.build_now()

    @classmethod
    def unbuilt(cls, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> Page:
        """The page without its widgets yet: it builds when first shown or first asked for its content."""
        return cls(store, selection, lang, parent, built=False)

    # ---- what a page writes
    def build(self) -> None:
        """Make the page's widgets and wire them: called once, with `_store`, `_selection` and `_lang` set.
        A page does not override __init__."""

    def retranslate(self) -> None:
        """Set every text in `self.lang` (tr() and dataset text), in place: called once after build() and again
        on each language switch. It creates no widget and changes no state."""

    # ---- building when first needed
    def is_built(self) -> bool:
        return self._build_stage == "built"

    def build_now(self) -> bool:
        """Build the page if it is not built yet (True when it was built now): build(), retranslate() in the
        page's language, then the state given before, if any. The selection it builds with is the current one."""
        if self._build_stage != "unbuilt":
            return False
        self._build_stage = "building"
        try:
            self.build()
            self.retranslate()
        except BaseException:
            self._build_stage = "unbuilt"
            raise
        self._build_stage = "built"
        self._show_current_selection()
        state, self._pending_state = self._pending_state, None
        if state:
            try:
                self.restore_state(state)
            except (TypeError, ValueError, KeyError, AttributeError):  # a settings file from another version
                pass
        self.page_built.emit()
        return True

    def _show_current_selection(self) -> None:
        """Lists and trees linked to the selection (SelectionLink) follow it from their making on; one made
        after a selection shows that selection at once."""
        from app.ui.item_views import SelectionLink
        current = self._selection.current()
        if current is not None:
            for link in self.findChildren(SelectionLink):
                link.show_selection(current)

    def __getattr__(self, name: str):
        # Only called for an attribute that does not exist: on an unbuilt page, one of its widgets (page.search)
        # — build, then look again. Private names and a built page: a plain AttributeError.
        if not name.startswith("_") and self.__dict__.get("_build_stage") == "unbuilt":
            self.build_now()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        for method, guard in _GUARDS.items():
            if method in cls.__dict__:
                setattr(cls, method, guard(cls.__dict__[method]))

    def setVisible(self, visible: bool) -> None:
        # The tab widget shows a page with show() when it becomes current: build it (or bring its language up to
        # date) before it is visible, so that its widgets are shown and painted with it. A page of a window that is
        # not shown yet waits: the window builds its current page when it is shown itself (MainWindow.setVisible).
        showing = visible and not self.isVisible() and (self.isWindow() or self.window().isVisible())
        if showing:
            self.bring_up_to_date()
        super().setVisible(visible)
        if showing:
            self._lay_out_before_paint()

    def _lay_out_before_paint(self) -> None:
        """Do now the layout Qt would do after the page's first paint, so that it is painted once. Item views lay
        their rows out in a zero-timer after they are shown, which fires after the paint; their scroll bars then
        change, and the layout request that follows travels up to the tab widget, which repaints itself whole
        (QTabWidget answers every layout request with an update of all it covers). The layout requests the
        showing posted are then handled too, before the paint they would otherwise follow: each layout that is
        activated posts a request to the one above it (page, stack, tab widget, splitter, window), which Qt keeps
        for its next pass over the queue, after the paint; here each level is handled in turn."""
        for view in self.findChildren(QAbstractItemView):
            if view.isVisibleTo(self):
                view.executeDelayedItemsLayout()
        for _ in range(_LAYOUT_LEVELS):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def bring_up_to_date(self) -> None:
        """Build the page, or retranslate it if the language changed while it was hidden."""
        if not self.build_now() and self._stale_lang is not None:
            lang, self._stale_lang = self._stale_lang, None
            self.set_language(lang)

    def showEvent(self, event) -> None:
        self.bring_up_to_date()  # shown some other way (a page on its own): late rather than never
        super().showEvent(event)

    def follow_language(self, lang: str) -> None:
        """The window's language changed: a shown page switches now, a hidden built one when it is next shown,
        an unbuilt one builds in it."""
        if not self.is_built():
            self._lang = lang
        elif self.isVisible():
            self._stale_lang = None
            self.set_language(lang)
        else:
            self._stale_lang = lang if lang != self._lang else None

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
        idle turn of the event loop after the first paint (for a page built later, from its build on)."""
        return iter(())

    def focus_search(self) -> bool:
        """Put the keyboard in the page's own search field; False when it has none."""
        return False


# What the base class wraps around a subclass's own methods, so that an unbuilt page answers them rightly.
def _builds_first(method: Callable) -> Callable:
    @functools.wraps(method)
    def wrapper(self: Page, *args, **kwargs):
        self.bring_up_to_date()  # built, and in the window's language
        return method(self, *args, **kwargs)
    return wrapper


def _state_kept_until_built(method: Callable) -> Callable:
    @functools.wraps(method)
    def wrapper(self: Page) -> dict:
        if self._build_stage == "unbuilt":
            return dict(self._pending_state or {})
        return method(self)
    return wrapper


def _restore_at_build(method: Callable) -> Callable:
    @functools.wraps(method)
    def wrapper(self: Page, state: dict) -> None:
        if self._build_stage == "unbuilt":
            self._pending_state = dict(state)
            return None
        return method(self, state)
    return wrapper


def _language_at_build(method: Callable) -> Callable:
    @functools.wraps(method)
    def wrapper(self: Page, lang: str) -> None:
        if self._build_stage == "unbuilt":
            self._lang = lang
            return None
        return method(self, lang)
    return wrapper


_GUARDS = {"drawable": _builds_first, "table": _builds_first, "show_view": _builds_first,
           "focus_search": _builds_first, "state": _state_kept_until_built, "restore_state": _restore_at_build,
           "set_language": _language_at_build}


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
            _PAGES = tuple(info.load() for info in REGISTRY)
        return _PAGES
    raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")


def page_names() -> list[str]:
    return [info.name for info in REGISTRY]


def page_info(name: str) -> PageInfo:
    for info in REGISTRY:
        if info.name == name:
            return info
    raise KeyError(name)


def page_class(name: str) -> type[Page]:
    """The page class of that name (imports its module, and no other page's)."""
    return page_info(name).load()


def tab_for_view(view: str) -> str | None:
    """The first tab that has a view of this name."""
    return next((p.name for p in REGISTRY if view in p.views), None)


def tab_for_kind(kind: str) -> str | None:
    """The tab search-everything opens for an item of this kind: the first that lists it."""
    return next((p.name for p in REGISTRY if kind in p.kinds), None)

