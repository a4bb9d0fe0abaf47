"""What the mouse and the keys do on the delegate chart (a part of DelegateChart, chart_plot.py): a click selects
the bar under it (anywhere in its column) or clears the selection, the pointer over a bar explains it, ← → move a
focus frame from bar to bar and Enter selects the framed bar."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QToolTip

from app.ui.chart_bars import BAR_WIDTH, Bar
from app.ui.labels import plain_tooltip


class ChartInput:
    """Mixed into DelegateChart (a pyqtgraph PlotWidget) before it: uses its `_bars`, `_xs`, `_focus_index`,
    `_focus_frame`, `_selection`, `tooltip_for` and `bar_hovered`."""

    def select_bar(self, delegation_id: str) -> None:
        self._selection.select("delegation", delegation_id, origin=self)

    def focused_bar_id(self) -> str | None:
        return self._bars[self._focus_index].delegation.id if self._focus_index is not None else None

    def _show_focus(self) -> None:
        if self._focus_index is not None and self._focus_index < len(self._bars):
            self._focus_frame.setRect(self._bars[self._focus_index].rect.adjusted(-0.08, 0, 0.08, 0))
            self._focus_frame.show()
        else:
            self._focus_frame.hide()

    def _bar_at(self, scene_pos: QPointF) -> Bar | None:
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        # the whole column above a bar counts, so that the short bars (Durrës: 2) are easy to hit
        n = bisect.bisect_left(self._xs, p.x() - BAR_WIDTH / 2)
        if n < len(self._bars) and abs(p.x() - self._bars[n].x) <= BAR_WIDTH / 2 and p.y() >= 0:
            return self._bars[n]
        return None

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        bar = self._bar_at(event.scenePos())
        if bar is not None:
            self._focus_index = bisect.bisect_left(self._xs, bar.x)
            self._show_focus()
            self.select_bar(bar.delegation.id)
        elif self.getPlotItem().getViewBox().sceneBoundingRect().contains(event.scenePos()):
            self._selection.clear(origin=self)

    def _on_move(self, scene_pos: QPointF) -> None:
        bar = self._bar_at(scene_pos)
        if bar is None:
            self.setToolTip("")
            return
        text = plain_tooltip(self.tooltip_for(bar.delegation.id))
        self.setToolTip(text)
        self.bar_hovered.emit(bar.delegation.id)
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), text, self)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._bars:
            step = 1 if key == Qt.Key.Key_Right else -1
            if self._focus_index is None:
                self._focus_index = 0 if step > 0 else len(self._bars) - 1
            else:
                self._focus_index = max(0, min(len(self._bars) - 1, self._focus_index + step))
            self.setAccessibleDescription(self.tooltip_for(self._bars[self._focus_index].delegation.id).replace("\n", "; "))
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
            self._show_focus()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focus_index is not None:
            self.select_bar(self._bars[self._focus_index].delegation.id)
        else:
            super().keyPressEvent(event)
