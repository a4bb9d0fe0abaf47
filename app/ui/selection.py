"""The one current selection shared by every view, with back/forward history."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

Selection = tuple[str, str]  # (kind, id); kinds: place, delegation, body, person, decision


class SelectionModel(QObject):
    """Views write here and redraw from `changed`; they never talk to each other.

    `changed(selection, origin)`: selection is (kind, id) or None; origin is whatever object made the change,
    so a view can ignore its own echo.
    """

    changed = Signal(object, object)
    history_changed = Signal()

    HISTORY_LIMIT = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: Selection | None = None
        self._back: list[Selection | None] = []
        self._forward: list[Selection | None] = []

    def current(self) -> Selection | None:
        return self._current

    def select(self, kind: str, item_id: str, origin: object = None) -> None:
        self._set((kind, item_id), origin, record=True)

    def clear(self, origin: object = None) -> None:
        self._set(None, origin, record=True)

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> None:
        if self._back:
            self._forward.append(self._current)
            self._set(self._back.pop(), None, record=False)

    def forward(self) -> None:
        if self._forward:
            self._back.append(self._current)
            self._set(self._forward.pop(), None, record=False)

    def _set(self, selection: Selection | None, origin: object, record: bool) -> None:
        if selection == self._current:
            return
        if record:
            self._back.append(self._current)
            del self._back[:-self.HISTORY_LIMIT]
            self._forward.clear()
        self._current = selection
        self.changed.emit(selection, origin)
        self.history_changed.emit()
