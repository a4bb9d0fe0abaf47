"""Chart tab: the 188 delegates by delegation, as bars.

pyqtgraph and numpy (chart_plot.py) are not imported at start-up: the first window does not wait for them.
Half a second after the event loop starts they are made ready in the background, on a worker thread that gives
way to the window (chart_import.py), so that the first visit of the tab does not stop the window for the import either: a visit
while that thread still imports shows the tab at once, hurries the import and builds the chart when it is done;
a visit before the thread starts imports them then.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.ui import vocabulary
from app.ui.chart_import import ChartLibraries
from app.ui.labels import label
from app.ui.pages import Page


PRELOAD_AFTER_MS = 500
IMPORT_POLL_MS = 15
SLICED_PAST = 60  # bars: a chart of more is made over several turns of the event loop (_begin_in_slices)
_preload: ChartLibraries | None = None


def preload_chart_module() -> None:
    """Import the chart's module (pyqtgraph, numpy) on a worker thread, once per process. An import from the
    main thread meanwhile waits for it (Python's import lock) instead of importing twice."""
    global _preload
    if _preload is None:
        _preload = ChartLibraries("app.ui.chart_plot")
        _preload.start()


def _hurry_preload(on: bool = True) -> None:
    """Someone waits for the chart: the worker imports without giving way while they do."""
    if _preload is not None:
        _preload.hurry(on)


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
        self._finish_chart()
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
        (see DelegateChart.build_step), then the placing."""
        if self.chart is None:
            self._begin_chart()
        elif not self.chart.build_step():
            self._finish_chart()

    def _finish_chart(self) -> None:
        """The chart, its bars built, in the place the stretch held (the layout shows it in the next turn)."""
        self._finish_later.stop()
        if self._layout.indexOf(self.chart) < 0:
            self._layout.takeAt(self._layout.count() - 1)  # the stretch that held the place
            self._layout.addWidget(self.chart, 1)

    def showEvent(self, event) -> None:
        if self.chart is None and _preload is not None and _preload.is_alive():
            # pyqtgraph is being imported on the worker thread: the window stays answering meanwhile, and the
            # chart is built as soon as the import is done (ensure_built, as exports call it, would wait for it)
            _hurry_preload()
            self._import_wait.start()
        else:
            self._begin_in_slices()
        super().showEvent(event)

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
        if _preload is None or not _preload.is_alive():
            self._import_wait.stop()
            if self.isVisible():
                self._begin_in_slices()

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

