"""The window's pages, made when first needed: until then the tab widget holds a `PageSlot` in the page's place.

Building a page when it is first shown (`Page.unbuilt`) spares its widgets; a slot spares its module too: the
window's shell (tab bar, View menu, Ctrl+1…N, search-everything, the command line) reads what it needs from the
registry (pages.REGISTRY), so before the first paint only the module of the tab shown first is imported. A slot
is swapped for its page when its tab becomes current (before the page is painted: the page builds as it is shown)
or when code asks the window for the page (`window.pages["org"]`, `window.org_tab`); once the window's first frame
is painted, the pages nobody asked for yet are made (not built), one a turn of the event loop, and kept hidden
until they are needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.ui import settings as keys
from app.ui.pages import REGISTRY, Page, PageInfo, page_class, page_info, page_names


_LAYOUT_LEVELS = 4  # a tab bar's layout request climbs: tab widget, splitter, window


class PageSlot(QWidget):
    """An empty stand-in for a page not made yet, with the page's object name (so the tab widget's pages are named
    as design.md §3 says from the start). It is never painted: it is swapped for the page as it is shown."""

    def __init__(self, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName(info.object_name)


class WindowPages(Mapping[str, Page]):
    """name -> Page for every tab, in tab order. A page asked for is made if it is not yet (`make(name)` imports
    its module) and put in its tab if it is not there yet (`place(name, page)`): `items()` and `values()` make
    them all. `prepare(name)` makes a page without putting it in its tab (the window keeps it, hidden, until its
    tab is shown or it is asked for); `made()` gives the pages made so far, for code that must not import a page
    nobody has asked for."""

    def __init__(self, make: Callable[[str], Page], place: Callable[[str, Page], None]) -> None:
        self._make = make
        self._place = place
        self._made: dict[str, Page] = {}

    def __getitem__(self, name: str) -> Page:
        page = self.prepare(name)
        self._place(name, page)
        return page

    def prepare(self, name: str) -> Page:
        page = self._made.get(name)
        if page is None:
            page_info(name)  # KeyError for a name that is no tab
            page = self._make(name)
        return page

    def __setitem__(self, name: str, page: Page) -> None:
        self._made[name] = page

    def __contains__(self, name: object) -> bool:
        return name in page_names()

    def __iter__(self) -> Iterator[str]:
        return iter(page_names())

    def __len__(self) -> int:
        return len(page_names())

    def made(self) -> dict[str, Page]:
        """The pages made so far (built or not, in their tab or not yet), in tab order."""
        return {name: self._made[name] for name in page_names() if name in self._made}


class WindowPageTabs:
    """MainWindow's pages in its tab widget (a mixin, as WindowMenus is): `self.pages` (WindowPages), a slot per
    page until it is needed, `window.<name>_tab`, and making a page again (new dataset, new palette)."""

    def _create_page_slots(self) -> None:
        self.pages = WindowPages(self._make_page, self._place_page)
        for i, info in enumerate(REGISTRY):
            self.tabs.insertTab(i, PageSlot(info, self.tabs), info.translated_title())
        self.tabs.currentChanged.connect(self._place_shown_page)  # after the slots: the first became current
        self._make_rest = QTimer(self)  # after the first paint, see paintEvent
        self._make_rest.setInterval(0)
        self._make_rest.timeout.connect(self._make_one_more)
        self._rest_started = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._rest_started:  # the first frame is painted: the other pages are made now, one a turn of the
            self._rest_started = True  # event loop (an import each), so that no first visit waits for its module
            self._make_rest.start()  # and each page starts what it prepares unbuilt (the chart its libraries)

    def _make_one_more(self) -> None:
        """Make (not build) one more page, kept out of the tab widget: a tab inserted in a shown QTabWidget has it
        lay itself out and repaint all it covers, the current page too. It goes in its tab when it is needed."""
        name = next((name for name in self.pages if name not in self.pages.made()), None)
        if name is None:
            self._make_rest.stop()
        else:
            self.pages.prepare(name)

    def _build_page(self, name: str, state: dict) -> Page:
        """The page, not built yet, a hidden child of the window until it is put in its tab: it keeps `state` and
        applies it when it is built (it ignores a bad one)."""
        page = page_class(name).unbuilt(self.store, self.selection, self.lang, self)
        page.restore_state(state)
        page.page_built.connect(self._page_built)
        self.pages[name] = page
        if hasattr(type(page), "show_requested"):  # the Overview's counts ask for the list they count
            page.show_requested.connect(self.show_list)
        return page

    def _make_page(self, name: str) -> Page:
        """The page with the state the settings keep for it (WindowPages asks for it)."""
        return self._build_page(name, keys.page_state(self.settings, name))

    def _place_page(self, name: str, page: Page) -> None:
        """The page in its tab, in its slot's place, if it is not there yet."""
        if self.tabs.indexOf(page) < 0:
            self._swap_tab(self.tabs.findChild(PageSlot, page_info(name).object_name), page)

    def _place_shown_page(self, index: int) -> None:
        """A slot's tab became current (a click on the tab bar, a key): the page takes its place at once, before
        anything is painted, and builds as it is shown."""
        slot = self.tabs.widget(index)
        if isinstance(slot, PageSlot):
            self.pages[slot.info.name]  # noqa: B018 — made and put in its tab by being asked for

    def _swap_tab(self, old: QWidget, page: Page) -> None:
        """Put `page` in `old`'s place in the tab widget, current if `old` was; `old` goes."""
        had_focus = old.isAncestorOf(QApplication.focusWidget()) if QApplication.focusWidget() else False
        i, current = self.tabs.indexOf(old), self.tabs.currentIndex()
        self.tabs.insertTab(i, page, type(page).translated_title())  # before the old one: no other tab is shown
        self.tabs.setCurrentIndex(current + 1 if current > i else current)
        self.tabs.removeTab(i + 1)
        old.setObjectName("")  # no longer found by the page's name
        if isinstance(old, PageSlot):  # out of the window now: deleted later as a child, it had Qt repaint the
            old.setParent(None)  # current page's corner once more, after its first paint
            self._leaving_slot = old  # (no parent: the wrapper would delete it at once; Qt deletes it later)
        old.deleteLater()
        if page.isVisible():  # shown in the slot's place (a click on its tab): the layout requests the tab bar
            for _ in range(_LAYOUT_LEVELS):  # posted when a tab went are handled now, before the page's first
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # paint: not after, with another
        if had_focus:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild_page(self, name: str) -> None:
        """Make one page again (new store or palette), carrying its state (built when shown); focus stays."""
        old = self.pages.made()[name]
        page = self._build_page(name, old.state())
        if self.tabs.indexOf(old) >= 0:
            self._swap_tab(old, page)
        else:  # made, not in its tab yet: the new one waits in its place
            old.setObjectName("")
            old.deleteLater()


def _page_property(name: str) -> property:
    return property(lambda window: window.pages[name], doc=f"The {name} page (made when first asked for).")


for _info in REGISTRY:  # window.map_tab etc., as tests and automation know them
    setattr(WindowPageTabs, f"{_info.name}_tab", _page_property(_info.name))
