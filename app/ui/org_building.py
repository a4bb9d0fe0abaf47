"""Making the Organisation tab's tree: at once when it is small (the bundled data), else in slices on turns of the
event loop, so that the first visit of the tab never holds the window for long (at 1000x the data the tree has
53,000 nodes: ~80 ms of Python, then the view's layout of the rows opened).

The first slice is made before the tab is shown, so it opens on the top of the tree; the rest is made a slice of
top bodies at a time and added at the end of the tree in one go, closed (the view lays out only the rows it shows:
~2,000 top rows at 1000x, not the ~4,000 of the open tree), then opened as the whole tree would be, a few bodies a
turn (each opening lays out only the rows under it). A selection whose row is not made yet is shown when it is
open. Whatever needs the whole tree (the filter, the saved state, Expand all, an export) finishes it first
(`finish_tree`); once finished it is the tree `build_tree` makes."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from app.ui.idle import collector_paused
from app.ui.org_tree import OrgNode, tree_tops


class OrgBuilding:
    """Mixin of OrgTab: needs `self._store`, `self._selection`, and, from the second slice on, `self.model`,
    `self.tree`, `self.link` and `self._tree_index`."""

    FIRST_ROWS = 150  # the first slice, made before the tab shows: a screenful (the bundled data: all ~30 rows)
    SLICE_S = 0.008  # a later slice stops after the top body that takes it past this long
    EXPAND_ALL_LIMIT = 2000  # rows opened at start; past that, laying the tree out costs seconds (1000x the data)

    def _start_tree(self) -> tuple[OrgNode, dict]:
        """The root with the first slice under it, and the first row of every key under it."""
        self._root = OrgNode(None, "root")
        self._row_count = 0
        self._opened_rows = 0  # rows shown under the bodies opened so far (see _open_new)
        self._wanted_open: set | None = None  # the rows to open, when a saved state says (see open_only)
        self._tops = tree_tops(self._store)
        self._made: list[OrgNode] = []  # made by the later slices, added to the tree when the last is made
        self._made_keys: dict = {}  # the first row of every key under them
        self._opening = None  # the steps that open the rows added last (see _open_new), while there are some
        self._waiting = None  # a selection made before its row was: shown once the rows are open
        self._slicer = QTimer(self)  # a timer of our own (no lambda kept by Qt): one slice per turn
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._build_slice)
        first: dict = {}
        for top in self._take(first, rows=self.FIRST_ROWS):
            self._root.add(top)
        return self._root, first

    def _open_tree(self) -> None:
        """Open what the first slice made and go on with the rest on the next turns."""
        self._open_new(self._root.children)
        if self._tops is not None:
            self._slicer.start()

    def is_tree_built(self) -> bool:
        """Whether the page is built and its tree whole and open as it will be."""
        return self.is_built() and self._tops is None and not self._made and self._opening is None

    def finish_tree(self) -> None:
        """Build the page if it is not yet, and make what is left of its tree now (for whatever needs all of it)."""
        self.build_now()
        if not self.is_tree_built():
            self._slicer.stop()
            self._build_slice(everything=True)

    def hideEvent(self, event) -> None:
        """Hidden with its window (a page closed on its own, as a test's teardown closes it before deleting it), the
        page makes no more of its tree until it is shown again: no slice runs on a page being taken down. Hidden
        behind another tab it goes on (the main window, closing, finishes the tree as it saves its state)."""
        if self.is_built() and self.window().isHidden():
            self._slicer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)  # builds the page on its first show (and starts the slices)
        if self.is_built() and not self.is_tree_built() and not self._slicer.isActive():
            self._slicer.start()  # shown again after a close: go on

    def _take(self, first: dict, everything: bool = False, rows: int = 0) -> list[OrgNode]:
        """The next top bodies, made for about SLICE_S seconds (or until they have `rows` rows); the first row of
        each key under them goes into `first` (where it is not yet)."""
        deadline = time.perf_counter() + self.SLICE_S
        made, count = [], 0
        with collector_paused():
            for top, keys, top_rows in self._tops:
                made.append(top)
                for key, node in keys.items():
                    first.setdefault(key, node)
                count += top_rows
                if not everything and (count >= rows if rows else time.perf_counter() > deadline):
                    break
            else:
                self._tops = None
        self._row_count += count
        return made

    def _build_slice(self, everything: bool = False) -> None:
        """Make the next top bodies; on the turn after the last is made, add them all to the tree in one go (the
        addition has the view lay out every row it shows and repaint), closed; then open them a few a turn."""
        if self._opening is not None:
            self._open_slice(everything)
            return
        if self._tops is not None:
            self._made += self._take(self._made_keys, everything)
            if not everything:
                self._slicer.start()
                return
        made, keys, self._made, self._made_keys = self._made, self._made_keys, [], {}
        current = self._selection.current()
        self._waiting = current if current is not None and self.model.row_of(current) is None else None
        self.model.append(made, keys)
        self._opening = self._open_steps(made)
        if everything:
            self._open_slice(everything)
        else:
            self._slicer.start()

    def _open_slice(self, everything: bool = False) -> None:
        """Open rows added last for about SLICE_S (all of them with `everything`); when they are all open, show
        a selection that waited for its row."""
        deadline = time.perf_counter() + self.SLICE_S
        for _ in self._opening:
            if not everything and time.perf_counter() > deadline:
                self._slicer.start()
                return
        self._opening = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None and waiting == self._selection.current() and self.model.row_of(waiting) is not None:
            self.link.show_selection(waiting)  # selected before its row was made

    def open_only(self, wanted: set[tuple[str, str]]) -> None:
        """Open the rows `wanted` ((kind, body id) of bodies and folded unnamed seats) and no other, those made
        later included."""
        self._wanted_open = wanted
        if self._opening is not None:  # the rows added last were being opened otherwise: open them as wanted below
            self._opening = iter(())
        self.tree.collapseAll()
        self._open_new(self._root.children)

    def _open_new(self, tops: list[OrgNode]) -> None:
        """Open the rows under `tops` that a saved state asks for; else the bodies (not the folded unnamed seats),
        in order, while fewer than EXPAND_ALL_LIMIT rows show: as `_expand` opens the whole tree."""
        for _ in self._open_steps(tops):
            pass

    def _open_steps(self, tops: list[OrgNode]):
        """`_open_new`, a step at a time (a step after each row opened, and every 500 rows looked at)."""
        if self._wanted_open is not None:
            for top in tops:
                for n, node in enumerate(self._walk_from(top)):
                    if node.children and (node.kind, node.body.id) in self._wanted_open:
                        self.tree.expand(self._tree_index(node))
                        yield
                    elif n % 500 == 499:
                        yield
            return
        for top in tops:
            for node in self._walk_from(top):
                if self._opened_rows > self.EXPAND_ALL_LIMIT:
                    return
                if node.is_body:
                    index = self._tree_index(node)
                    if index.isValid():
                        self.tree.expand(index)
                        self._opened_rows += len(node.children)
                        yield

    @staticmethod
    def _walk_from(node: OrgNode):
        """`node` and every node under it, depth first."""
        stack = [node]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))
