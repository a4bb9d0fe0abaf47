"""Keyboard use of the map: one Tab stop; inside it the arrow keys move the focus between places (north to south,
then west to east), Enter selects, + / − zoom and 0 fits. The focused place is what a screen reader describes."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeySequence


class MapKeyboard:
    """Mixin of MapView: focus and keys. Needs `self._items`, `self._focus_id`, `select_place`, `zoom`."""

    def _ordered_ids(self) -> list[str]:
        """Keyboard order: north to south, then west to east."""
        return sorted(self._items, key=lambda pid: (-round(self._items[pid].place.label_lat, 1),
                                                    self._items[pid].place.label_lon))

    def focus_place(self, place_id: str | None) -> None:
        if self._focus_id in self._items:
            self._items[self._focus_id].focused = False
            self._items[self._focus_id].restyle()
        self._focus_id = place_id
        if place_id is not None:
            item = self._items[place_id]
            item.focused = True
            item.restyle()
            self.setToolTip("")
            self.setAccessibleDescription(item.info.replace("\n", "; "))
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def focused_place_id(self) -> str | None:
        return self._focus_id

    def _move_focus(self, dx: int, dy: int) -> None:
        ids = self._ordered_ids()
        if self._focus_id is None:
            self.focus_place(ids[0])
            return
        origin = self._items[self._focus_id].label_point()
        best, best_score = None, math.inf
        for pid in ids:
            if pid == self._focus_id:
                continue
            v = self._items[pid].label_point() - origin
            along = v.x() * dx + v.y() * dy
            if along <= 0:
                continue
            across = abs(v.x() * dy - v.y() * dx)
            if across > along * 2:  # more than ~63° off the arrow's direction
                continue
            score = along + 2 * across
            if score < best_score:
                best, best_score = pid, score
        if best is not None:
            self.focus_place(best)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self._focus_id is None and self._items:
            self.focus_place(self._ordered_ids()[0])

    def keyPressEvent(self, event) -> None:
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows:
            self._move_focus(*arrows[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._focus_id is not None:
                self.select_place(self._focus_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) or event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom(self.ZOOM_STEP)
        elif key == Qt.Key.Key_Minus or event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom(1 / self.ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.reset_zoom()
        else:
            super().keyPressEvent(event)  # Esc goes on to the window's "Clear selection"
