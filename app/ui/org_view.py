"""Organisation tab: the bodies the congress elected, seat by seat, as a tree and as a drawn org chart.

Every named seat is a row; the seats no source names are folded into one row per body ("Seats 5–25: 21 not
named in the sources"), which opens to the seats. They are never filled by guess. A body
whose size the sources disagree on shows every figure.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout

from app.model.entities import localized
from app.model.text import words
from app.ui import vocabulary
from app.ui.item_views import SelectionLink
from app.ui.org_building import OrgBuilding
from app.ui.labels import genitive, label, plain_tooltip
from app.ui.org_chart import OrgChart
from app.ui.people_view import PeopleView
from app.ui.pages import Page
from app.ui.org_tree import (SEARCH_ROLE, UNNAMED_ROLE, OrgNode, OrgTree, OrgTreeModel, SeatFilter,
                             muted_colour, seat_ranges, size_text)

__all__ = ["OrgTab", "SEARCH_ROLE", "UNNAMED_ROLE"]


class OrgTab(OrgBuilding, Page):
    name = "org"
    object_name = "orgTab"
    title = QT_TRANSLATE_NOOP("Pages", "&Organisation")
    kinds = ("body", "person")
    views = ("tree", "chart", "people")
    keys = (("+ / − / 0", QT_TRANSLATE_NOOP("Keys", "Org chart: zoom in, zoom out, fit")),
            (QT_TRANSLATE_NOOP("Keys", "Mouse wheel"), QT_TRANSLATE_NOOP("Keys", "Org chart: zoom")),
            ("Enter", QT_TRANSLATE_NOOP("Keys", "Tree and people list: select the row")))
    COLUMNS = ("Name", "Role", "Portfolio", "Sources")

    def build(self) -> None:
        store, selection = self._store, self._selection
        self._chart: OrgChart | None = None  # drawn when first shown or exported
        root, first = self._start_tree()
        self._nodes = root  # the model points into these nodes: they live as long as the tab
        bold, italic = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        italic.setItalic(True)
        self.model = OrgTreeModel(root, first, self._headers(), self._describe,
                                  QBrush(muted_colour(self.palette())), bold, italic, self)
        # The filter sits between the tree and the model only while filter text is typed: through a proxy every
        # cell a repaint draws costs extra calls into Python, and a selection under a parent not seen before
        # makes the proxy map every row of that parent (thousands at 1000x the data).
        self.filter = SeatFilter(self)
        self.filter.setSourceModel(self.model)

        self.tree = OrgTree(self)
        self.tree.setModel(self.model)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self._size_header()
        self._open_tree()
        self.link = SelectionLink(self.tree, selection, row_of=self.model.row_of)

        self.search = QLineEdit(self)
        self.search.setObjectName("orgFilter")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.expand_button = QPushButton(self)
        self.collapse_button = QPushButton(self)
        self.expand_button.clicked.connect(self._expand_all)  # asked for: all, however many
        self.collapse_button.clicked.connect(self._collapse_all)
        self.tree_button = QPushButton(self)
        self.chart_button = QPushButton(self)
        self.tree_button.setObjectName("orgShowTree")
        self.chart_button.setObjectName("orgShowChart")
        self.people_button = QPushButton(self)
        self.people_button.setObjectName("orgShowPeople")
        self._people: PeopleView | None = None  # built when first shown
        self._stale_views: set = set()  # the chart or people list, built, hidden at a language switch
        group = QButtonGroup(self)
        for button in (self.tree_button, self.chart_button, self.people_button):
            button.setCheckable(True)
            group.addButton(button)
        self.tree_button.setChecked(True)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.tree_button.toggled.connect(lambda on: on and self.show_view("tree"))
        self.chart_button.toggled.connect(lambda on: on and self.show_view("chart"))
        self.people_button.toggled.connect(lambda on: on and self.show_view("people"))

        self.bar = QHBoxLayout()  # the view buttons first: a third view (people) goes after them
        self.bar.addWidget(self.tree_button)
        self.bar.addWidget(self.chart_button)
        self.bar.addWidget(self.people_button)
        self.bar.addSpacing(12)
        self.bar.addWidget(self.search, 1)
        self.bar.addWidget(self.expand_button)
        self.bar.addWidget(self.collapse_button)
        self.bar.addStretch(0)  # takes the room when the tree's filter is hidden: the buttons keep their size
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.stack, 1)

    def _size_header(self) -> None:
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names get what the others leave
        self.tree.share_width()

    def _size_columns(self) -> None:
        """Sources is a small count: as wide as its header, measured once (measuring every row would cost
        seconds on a large dataset)."""
        metrics = self.tree.header().fontMetrics()
        self.tree.sources_width = metrics.horizontalAdvance(self.tr("Sources")) + 28
        if self.tree.isVisible():  # else when it is shown: resizing a hidden tree's columns lays out all its rows
            self.tree.share_width()

    def _headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Role"), self.tr("Portfolio"), self.tr("Sources")]

    def retranslate(self) -> None:
        """Every text in the page's language, in place: the rows, what is open and selected, stay."""
        self.tree.setAccessibleName(self.tr("Bodies elected by the congress and their seats"))
        self.tree.setAccessibleDescription(self.tr("Every seat is a row; seats no source fills say so"))
        self.search.setPlaceholderText(self.tr("Filter names, roles, bodies (e.g. maleshova, keshilli)"))
        self.search.setAccessibleName(self.tr("Filter the organisation tree"))
        self.search.setAccessibleDescription(self.tr("Type part of a name, role or body; case and diacritics are ignored"))
        self.expand_button.setText(self.tr("Expand all"))
        self.collapse_button.setText(self.tr("Collapse all"))
        self.expand_button.setAccessibleDescription(self.tr("Show every seat of every body"))
        self.collapse_button.setAccessibleDescription(self.tr("Show only the top of the tree"))
        self.tree_button.setText(self.tr("Tree"))
        self.chart_button.setText(self.tr("Org chart"))
        self.tree_button.setAccessibleDescription(self.tr("Show the bodies and their seats as a tree"))
        self.chart_button.setAccessibleDescription(self.tr("Show the bodies as a drawn org chart"))
        self.people_button.setText(self.tr("People"))
        self.people_button.setAccessibleDescription(self.tr("Show every person in the dataset as a sortable list"))
        self._size_columns()
        self.model.retranslate(self._headers())
        self.tree.header().headerDataChanged(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)  # no relayout
        self.tree.viewport().update()
        # the chart and the people list switch when next shown (or asked for): at 1000x the data the people's
        # rows take most of a second to remake, the chart's boxes ~30 ms
        self._stale_views = {view for view in (self._chart, self._people) if view is not None}
        self._bring_up(self.stack.currentWidget())

    # ------------------------------------------------------------------ what each row says
    def _describe(self, node: OrgNode) -> tuple:
        """(name, role, portfolio, sources, tooltip) of a row, in the interface language."""
        s, lang = self._store, self._lang
        body = node.body
        if node.kind == "body":
            body_name = label(s, "body", body.id, lang)
            name = f"{body_name} ({body.abbrev})" if body.abbrev else body_name
            size = size_text(s, body, self.tr("{values} (sources disagree)"), self.tr("{n} delegates"), self.tr(" or "))
            relation = vocabulary.relation(body.relation_en, label(s, "body", body.parent_id, lang),
                                           genitive(s, "body", body.parent_id, lang) or "") \
                if body.parent_id and body.relation_en else ""
            role = ", ".join(x for x in (relation, size) if x)
            return name, role, "", len(s.citations("body", body.id)), plain_tooltip(body.name_sq)
        if node.kind == "unnamed":
            numbers = [child.seat.seat_no for child in node.children]
            roles = {child.seat.role_sq if lang == "sq" else child.seat.role_en for child in node.children}
            return (self.tr("Seats {numbers}: {n} not named in the sources").format(
                        numbers=seat_ranges(numbers), n=len(numbers)),
                    roles.pop() if len(roles) == 1 else "", "", 0, "")
        seat = node.seat
        role = seat.role_sq if lang == "sq" else seat.role_en
        if seat.person_id:
            name = s.person(seat.person_id).name
        elif body.seats is None:  # no single size: the unnamed rest is one row, "the other members (6 or 9)"
            name = self.tr("not named in the sources")
        else:
            name = self.tr("Seat {n} of {total} — not named in the sources").format(n=seat.seat_no, total=body.seats)
        return (name, role, localized(seat, "portfolio", lang) or "", len(s.citations("seat", seat.citation_id)),
                plain_tooltip(localized(seat, "note", lang)))

    # ------------------------------------------------------------------ the page interface
    def state(self) -> dict:
        self.finish_tree()
        expanded = []
        for node in self._walk_nodes(self._nodes):
            if node.children and self.tree.isExpanded(self._tree_index(node)):
                expanded.append([node.kind, node.body.id])
        current = self.stack.currentWidget()
        view = "chart" if current is self._chart else "people" if current is self._people else "tree"
        return {"filter": self.search.text(), "view": view,
                "expanded": expanded, "zoom": self._chart.zoom() if self._chart is not None else None}

    def restore_state(self, state: dict) -> None:
        self.search.setText(state.get("filter", ""))  # filter text finishes the tree first
        if "expanded" in state:
            self.open_only({tuple(x) for x in state["expanded"]})  # rows still to be made too
        self.show_view(state.get("view", "tree"))
        if state.get("zoom") and state.get("view") == "chart":
            self.chart.set_zoom(state["zoom"])

    def drawable(self):
        self.finish_tree()  # a picture of the tab (--screenshot) shows the whole tree, though it is made in slices
        return self.chart

    def idle_work(self):
        while not self.is_tree_built():  # a big tree is still being made, a slice a turn
            yield
        yield from self.model.fold_search_texts()

    def table(self) -> tuple[list[str], list[list[str]]]:
        return self.csv_headers(), self.seat_rows()

    @staticmethod
    def _walk_nodes(node: OrgNode):
        for child in node.children:
            yield child
            yield from OrgTab._walk_nodes(child)

    @staticmethod
    def _walk_parents(node: OrgNode):
        """The rows that have rows under them (bodies and folded seats), depth first."""
        for child in node.children:
            if child.children:
                yield child
                yield from OrgTab._walk_parents(child)

    # ------------------------------------------------------------------ actions
    @property
    def chart(self) -> OrgChart:
        """The org chart, whole (whatever asks for it, an export, a test, needs every box)."""
        chart = self._chart_view()
        chart.finish()
        return chart

    def _chart_view(self) -> OrgChart:
        """The org chart, made if need be: a chart of many boxes makes them once it shows (see OrgChart)."""
        if self._chart is None:
            self._chart = OrgChart(self._store, self._selection, self._lang, self, later=True)
            self.stack.addWidget(self._chart)
        self._bring_up(self._chart)
        return self._chart

    @property
    def people(self) -> PeopleView:
        if self._people is None:
            self._people = PeopleView(self._store, self._selection, self._lang, self)
            self.stack.addWidget(self._people)
        self._bring_up(self._people)
        return self._people

    def _bring_up(self, view) -> None:
        """The chart or the people list in the page's language (it was hidden when the language changed)."""
        if view in self._stale_views:
            self._stale_views.discard(view)
            view.set_language(self._lang)

    def show_view(self, which: str) -> None:
        self.stack.setCurrentWidget(self._chart_view() if which == "chart" else self.people if which == "people"
                                    else self.tree)
        {"chart": self.chart_button, "people": self.people_button}.get(which, self.tree_button).setChecked(True)
        for widget in (self.search, self.expand_button, self.collapse_button):  # they act on the tree only:
            widget.setVisible(which == "tree")  # hidden, so the people list shows one filter box, its own

    def _expand_all(self) -> None:
        self.finish_tree()
        self.tree.expandAll()

    def _collapse_all(self) -> None:
        self.finish_tree()
        self.tree.collapseAll()

    def focus_search(self) -> bool:
        self.show_view("tree")
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def _expand(self) -> None:
        """Open the bodies (not the folded unnamed seats), in order, until EXPAND_ALL_LIMIT rows show: all of
        them on the bundled data; on a huge dataset the first ones, so that laying out the tree stays quick."""
        shown = 0
        for node in self._walk_nodes(self._nodes):
            if shown > self.EXPAND_ALL_LIMIT:
                break
            if node.is_body:
                index = self._tree_index(node)
                if index.isValid():
                    self.tree.expand(index)
                    shown += len(node.children)

    def _tree_index(self, node: OrgNode) -> QModelIndex:
        """The tree view's index of a node: the model's own, or the filter's while filter text is typed (invalid
        when the filter hides the row)."""
        index = self.model.index_of(node)
        return self.filter.mapFromSource(index) if self.tree.model() is self.filter else index

    def _filter(self, text: str) -> None:
        """Filter the tree by `text`. The view is given the filter afresh on each change, keeping what is open
        and current: re-filtering under the view would send it every removed and added row (with thousands of
        rows open, seconds a keystroke at 1000x the data); the filter sits between the tree and the model only
        while text is typed."""
        self.finish_tree()
        filtering = bool(words(text))
        if filtering or self.tree.model() is self.filter:
            current = self.tree.currentIndex()
            if current.isValid() and self.tree.model() is self.filter:
                current = self.filter.mapToSource(current)
            current_node = current.internalPointer() if current.isValid() else None
            opened = self._opened()
            self._set_tree_model(self.model)
            self.filter.forget()  # shown by no view now: its rows are not looked at again until it is
            if filtering:
                self.filter.set_query(text)
                self._set_tree_model(self.filter)
            self._size_header()
            for node in opened:  # the layout is pending after setModel: each expand only notes the row
                index = self._tree_index(node)
                if index.isValid():
                    self.tree.expand(index)
            if current_node is not None:
                index = self._tree_index(current_node)
                if index.isValid():
                    self.tree.setCurrentIndex(index)
        self._expand()

    def _set_tree_model(self, model) -> None:
        old = self.tree.selectionModel()
        self.tree.setModel(model)
        old.deleteLater()  # setModel made a new one; the view does not delete the old

    def _opened(self) -> list[OrgNode]:
        """The nodes open in the tree, found through the rows it shows (the rows under a closed one are not
        looked at: on a large dataset they are most of them)."""
        model, out = self.tree.model(), []
        filtered = model is self.filter

        def walk(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    out.append((self.filter.mapToSource(index) if filtered else index).internalPointer())
                    walk(index)
        walk(QModelIndex())
        return out

    def visible_names(self) -> list[str]:
        self.finish_tree()
        out = []
        model = self.tree.model()

        def walk(parent: QModelIndex) -> None:
            for r in range(model.rowCount(parent)):
                index = model.index(r, 0, parent)
                out.append(index.data())
                walk(index)
        walk(QModelIndex())
        return out

    def csv_headers(self) -> list[str]:
        """The column headers in the interface language (the first is the body's key, the same in both)."""
        return ["body_id", self.tr("Body"), self.tr("Seat"), self.tr("Role"), self.tr("Portfolio"), self.tr("Holder"),
                self.tr("Note"), self.tr("Sources"), self.tr("Source addresses"), self.tr("Quotes")]

    def seat_rows(self) -> list[list[str]]:
        """One row per seat of every body, with its sources."""
        s = self._store
        rows = []
        for body in s.bodies():
            for seat in s.seats(body.id):
                citations = s.citations("seat", seat.citation_id)
                holder = s.person(seat.person_id).name if seat.person_id else vocabulary.not_named()
                sq = self._lang == "sq"
                rows.append([body.id, label(s, "body", body.id, self._lang), str(seat.seat_no),
                             seat.role_sq if sq else seat.role_en, localized(seat, "portfolio", self._lang) or "", holder,
                             localized(seat, "note", self._lang) or "", " | ".join(dict.fromkeys(c.source.title for c in citations)),
                             " | ".join(dict.fromkeys(c.source.url or "" for c in citations)),
                             " | ".join(c.quote for c in citations)])
        return rows
