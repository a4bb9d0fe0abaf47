"""Chart tab: the 188 delegates by delegation, as bars.

pyqtgraph and numpy (chart_plot.py) are not imported at start-up: the first window does not wait for them.
Half a second after the event loop starts they are made ready in the background, on a worker thread that gives
way to the window (chart_import.py), so that the first visit of the tab does not stop the window for the import either:
a visit while that thread still imports, or before it has started (it starts then), shows the tab at once with a
quiet placeholder in the chart's place, hurries the import and builds the chart when it is done. Exports, prints,
`--screenshot` and tests ask for the chart (`drawable`, `ensure_built`) and get it whole at once, waiting for the
import if need be.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.ui import vocabulary
from app.ui.chart_import import ChartLibraries
from app.ui.labels import label
from app.ui.pages import Page


CHART_MODULE = "app.ui.chart_plot"
PRELOAD_AFTER_MS = 500
IMPORT_POLL_MS = 15
SLICED_PAST = 60  # bars: a chart of more is made over several turns of the event loop (_begin_in_slices)
_preload: ChartLibraries | None = None


def preload_chart_module() -> None:
    """Import the chart's module (pyqtgraph, numpy) on a worker thread, once per process. An import from the
    main thread meanwhile waits for it (Python's import lock) instead of importing twice."""
    global _preload
    if _preload is None:
        _preload = ChartLibraries(CHART_MODULE)
        _preload.start()


def _hurry_preload(on: bool = True) -> None:
    """Someone waits for the chart: the worker imports without giving way while they do."""
    if _preload is not None:
        _preload.hurry(on)


def _chart_module_ready() -> bool:
    """The chart's module is imported, whole, and no worker is importing it: a chart can be made now without
    waiting for an import."""
    if _preload is not None:
        return not _preload.is_alive()
    return CHART_MODULE in sys.modules


def _preload_later() -> None:
    QTimer.singleShot(PRELOAD_AFTER_MS, preload_chart_module)


class ChartTab(Page):
    name = "chart"
    object_name = "chartTab"
    title = QT_TRANSLATE_NOOP("Pages", "&Chart")
    kinds = ("delegation",)
    keys = (("← →", QT_TRANSLATE_NOOP("Keys", "Chart: move from bar to bar")),
            ("Enter", QT_TRANSLATE_NOOP("Keys", "Chart: select the delegation")))

    @classmethod
    def unbuilt(cls, *args, **kwargs) -> ChartTab:
        # the window makes its tabs unbuilt (built when first shown): pyqtgraph's import is on its way meanwhile
        page = super().unbuilt(*args, **kwargs)
        QTimer.singleShot(0, page, _preload_later)
        return page

    def build(self) -> None:
        self.chart = None  # the DelegateChart, once built
        self._showing = False  # in showEvent
        self._settling = None  # the chart's settle_steps while it is laid out in the placeholder's place

        self.counts_button = QPushButton(self)
        self.percent_button = QPushButton(self)
        self.geo_button = QPushButton(self)
        self.size_button = QPushButton(self)
        self.counts_button.setObjectName("chartCounts")
        self.percent_button.setObjectName("chartPercent")
        self.geo_button.setObjectName("chartSortGeography")
        self.size_button.setObjectName("chartSortSize")
        self._groups = []
        for first, second in ((self.counts_button, self.percent_button), (self.geo_button, self.size_button)):
            group = QButtonGroup(self)
            for button in (first, second):
                button.setCheckable(True)
                group.addButton(button)
            first.setChecked(True)
            self._groups.append(group)
        self.percent_button.toggled.connect(lambda on: self._chart_call("set_percent_mode", on))
        self.size_button.toggled.connect(lambda on: self._chart_call("set_sort_by_size", on))

        self._import_wait = QTimer(self)  # while the worker thread imports pyqtgraph, see showEvent
        self._import_wait.setInterval(IMPORT_POLL_MS)
        self._import_wait.timeout.connect(self._build_once_imported)
        self._finish_later = QTimer(self)  # a first visit's later slices, see _begin_in_slices
        self._finish_later.setInterval(0)
        self._finish_later.timeout.connect(self._build_slice)

        # what the chart's place shows while pyqtgraph is still being imported (see showEvent)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("chartPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.hide()

        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setObjectName("chartCaption")
        self.order_label = QLabel(self)

        controls = QHBoxLayout()
        controls.addWidget(self.counts_button)
        controls.addWidget(self.percent_button)
        controls.addSpacing(16)
        controls.addWidget(self.order_label)
        controls.addWidget(self.geo_button)
        controls.addWidget(self.size_button)
        controls.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(controls)
        self._layout.addWidget(self.caption)
        self._layout.addStretch(1)
        # the first timer runs once the event loop has started (the window is up): then wait a little more
        # (a module-level callable: PySide keeps a timer's callable for good, and a lambda would keep the tab)
        QTimer.singleShot(0, self, _preload_later)

    # ------------------------------------------------------------------ the page interface
    def retranslate(self) -> None:
        """Every text in the page's language, in place: no widget is made, the chart keeps its state."""
        store = self._store
        self.counts_button.setText(self.tr("Counts"))
        self.percent_button.setText(self.tr("Percent of {n}").format(n=store.total_delegates()))
        self.geo_button.setText(self.tr("North to south"))
        self.size_button.setText(self.tr("By size"))
        self.order_label.setText(self.tr("Order:"))
        self.placeholder.setText(self.tr("Preparing the chart…"))
        self.counts_button.setAccessibleDescription(self.tr("Bar heights are numbers of delegates"))
        self.percent_button.setAccessibleDescription(self.tr("Bar heights are shares of all the delegates"))
        self.geo_button.setAccessibleDescription(self.tr("Regional bars from the north to the south"))
        self.size_button.setAccessibleDescription(self.tr("Regional bars from the largest to the smallest"))
        regions = store.delegations("region")
        regional, total = sum(d.delegates or 0 for d in regions), store.total_delegates()
        # counted from the dataset, not written in: another dataset (File → Open) has other numbers
        caption = self.tr("{total} delegates. Regional delegations in the sources: {n}, with {regional} delegates; "
                          "the other {rest} are not broken down by region.").format(
            total=total, n=len(regions), regional=regional, rest=total - regional)
        quotas = [f"{label(store, 'delegation', d.id, self._lang)}: {d.delegates}" if d.delegates is not None
                  else label(store, "delegation", d.id, self._lang) for d in store.delegations("quota")]
        if quotas:
            caption += " " + self.tr("Within the {total}: {quotas}.").format(total=total, quotas="; ".join(quotas))
        self.caption.setText(caption)
        if self.chart is not None:
            self.chart.set_language(self._lang)

    def state(self) -> dict:
        return {"percent": self.percent_button.isChecked(), "by_size": self.size_button.isChecked()}

    def restore_state(self, state: dict) -> None:
        (self.percent_button if state.get("percent") else self.counts_button).setChecked(True)
        (self.size_button if state.get("by_size") else self.geo_button).setChecked(True)

    def drawable(self):
        return self.ensure_built()

    def table(self) -> tuple[list[str], list[list[str]]]:
        return self.csv_headers(), self.breakdown_rows()

    def focus_search(self) -> bool:
        return False  # no search field of its own: Ctrl+F goes to search everything

    # ------------------------------------------------------------------ the chart, built when first shown
    def ensure_built(self):
        """The chart with its bars, made now if need be (and pyqtgraph imported); exports and tests ask for it.
        A visit makes it over a few turns of the event loop instead, see showEvent."""
        self._begin_chart()
        self.chart._bars_now()
        if self._finish_chart() and self.isVisible() and not self._showing:
            # placed in a tab already shown (an export or --screenshot asked while the placeholder showed)
            self._layout.activate()  # its place and size in the tab
            for _ in self.chart.settle_steps():
                pass
        return self.chart

    def _begin_chart(self) -> None:
        """The plot, its axes and legend, not yet placed in the tab (so never drawn without its bars)."""
        if self.chart is None:
            _hurry_preload()
            from app.ui.chart_plot import DelegateChart

            self._import_wait.stop()
            # the modes go in with the store: the bars are built once, not once and again for the mode
            self.chart = DelegateChart(self._store, self._selection, self._lang, self,
                                       percent_mode=self.percent_button.isChecked(),
                                       sort_by_size=self.size_button.isChecked(), bars_later=True)

    def _build_slice(self) -> None:
        """The plot in the turn after the tab was shown (that turn draws the tab), then one step of the bars a turn
        (see DelegateChart.build_step); a chart that comes after the placeholder was shown is then laid out in its
        place, off screen (settle_steps); then the placing."""
        if self.chart is None:
            self._begin_chart()
        elif self.chart.build_step():
            pass
        elif self._layout.indexOf(self.placeholder) >= 0:
            if self._settling is None:
                self._settling = self.chart.settle_steps(self.placeholder.geometry())
            if not next(self._settling, False):  # laid out: placed in the placeholder's place, as big
                self._settling = None
                self._finish_chart()
        else:
            self._finish_chart()

    def _finish_chart(self) -> bool:
        """The chart, its bars built, in the place the stretch or the placeholder held (the layout shows it in the
        next turn). True when it was placed now."""
        self._finish_later.stop()
        self._settling = None
        if self._layout.indexOf(self.chart) >= 0:
            return False
        self._free_the_place()
        self._layout.addWidget(self.chart, 1)
        return True

    def showEvent(self, event) -> None:
        self._showing = True  # a chart made now is laid out with the tab (Page._lay_out_before_paint), then painted
        try:
            self._show_chart()
        finally:
            self._showing = False
        super().showEvent(event)

    def _show_chart(self) -> None:
        if self.chart is None and not _chart_module_ready():
            # pyqtgraph is not imported yet: it is, on the worker thread (started now if it was not), at full
            # speed while the tab waits; the window stays answering meanwhile, the placeholder in the chart's
            # place, and the chart is built over the next turns once the import is done (ensure_built, as exports
            # call it, would wait for the import)
            preload_chart_module()
            _hurry_preload()
            self._show_placeholder()
            self._import_wait.start()
        else:
            self._begin_in_slices()

    def _show_placeholder(self) -> None:
        if self._layout.indexOf(self.placeholder) < 0:
            self._free_the_place()
            self._layout.addWidget(self.placeholder, 1)
        self.placeholder.show()

    def _free_the_place(self) -> None:
        """Take out what holds the chart's place: the placeholder, or the stretch put there by build()."""
        if self._layout.indexOf(self.placeholder) >= 0:
            self._layout.removeWidget(self.placeholder)
            self.placeholder.hide()
        else:
            self._layout.takeAt(self._layout.count() - 1)

    def is_waiting_for_import(self) -> bool:
        """The tab shows its placeholder while pyqtgraph is being imported; the chart comes once it is (tests)."""
        return self.chart is None and self._import_wait.isActive()

    def hideEvent(self, event) -> None:
        if self.is_built() and self.chart is None:  # left before the chart came: the import gives way again
            _hurry_preload(False)
        super().hideEvent(event)

    def _begin_in_slices(self) -> None:
        """A first visit of a chart of many bars: in the next turns of the event loop the plot, the bars'
        places, the items that draw them, the chart placed and first painted, so that at 1000× the data no turn
        keeps the window long. A chart of a few bars (every real congress) is made at once, in ~30 ms: it is
        there for whatever comes next (a screenshot, a click)."""
        if self.chart is None or self._layout.indexOf(self.chart) < 0:
            if len(self._store.delegations()) <= SLICED_PAST:
                self.ensure_built()
                return
            self._finish_later.start()

    def _build_once_imported(self) -> None:
        """The import is done: a tab still shown (its placeholder) gets its chart over the next turns (the plot,
        its bars, laid out, placed: no turn keeps the window long); a tab left meanwhile builds when shown again."""
        if _chart_module_ready():
            self._import_wait.stop()
            if self.isVisible() and self.chart is None:
                self._finish_later.start()

    def _chart_call(self, method: str, value: bool) -> None:
        if self.chart is not None:
            getattr(self.chart, method)(value)

    # ------------------------------------------------------------------ export
    def breakdown_rows(self) -> list[list[str]]:
        """Every bar the chart shows (regional, the remainder, the quotas), each with its sources."""
        s = self._store
        rows = []
        for d in s.delegations("region") + s.delegations("unattributed") + s.delegations("quota"):
            citations = s.citations("delegation", d.id)
            # kind and basis as words in the interface language; the id column is the stable key
            rows.append([d.id, d.name_en, d.name_sq, vocabulary.delegation_kind(d.kind), vocabulary.basis(d.basis),
                         "" if d.delegates is None else str(d.delegates),
                         f"{100 * s.share(d.delegates):.1f}" if d.delegates is not None else "",
                         " | ".join(dict.fromkeys(c.source.title for c in citations)),
                         " | ".join(dict.fromkeys(c.source.url or "" for c in citations))])
        return rows

    def csv_headers(self) -> list[str]:
        """The column headers in the interface language (the first is the item's key, the same in both)."""
        return ["id", self.tr("Name in English"), self.tr("Name in Albanian"), self.tr("Kind"), self.tr("Basis"),
                self.tr("Delegates"), self.tr("Percent of {n}").format(n=self._store.total_delegates()),
                self.tr("Sources"), self.tr("Source addresses")]

