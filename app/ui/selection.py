"""The one current selection shared by every view, with back/forward history."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

Selection = tuple[str, str]  # (kind, id); kinds: place, delegation, body, person, decision


class SelectionModel(QObject):
    """Views write here and redraw from `changed`; they never talk to each other.

    On `changed`, read `current()` ((kind, id) or None) and `origin()` (the object that made the change, so a
    view can ignore its own echo). The signal carries no arguments on purpose: passing None through a
    PySide6 `Signal(object)` under Python 3.11 corrupts None's reference count and crashes at exit.
    """

    changed = Signal()
    history_changed = Signal()

    HISTORY_LIMIT = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: Selection | None = None
        self._origin: object = None
        self._back: list[Selection | None] = []
        self._forward: list[Selection | None] = []

    def current(self) -> Selection | None:
        return self._current

    def origin(self) -> object:
        """Who made the latest change (None for back/forward and unnamed callers)."""
        return self._origin

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
        self._origin = origin
        self.changed.emit()
        self.history_changed.emit()
