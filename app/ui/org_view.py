"""Organisation tab: the bodies the congress elected, seat by seat, as a tree and as a drawn org chart.

Every seat is a row. A seat no source fills says so in a muted style; it is never filled by guess. A body
whose size the sources disagree on shows every figure.
"""

from __future__ import annotations

import csv

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, QRectF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QGraphicsLineItem, QGraphicsRectItem,
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout, QLineEdit,
                               QPushButton, QStackedWidget, QTreeView, QVBoxLayout, QWidget)

from app.model import Store
from app.model.entities import Body, Seat
from app.model.text import index_text, matches_index, words
from app.ui.export import ExportFormat, view_formats
from app.ui.item_views import KEY_ROLE, SelectionLink, refilter
from app.ui.labels import label, plain_tooltip
from app.ui.selection import Selection, SelectionModel
from app.ui.theme import accent_for

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
UNNAMED_ROLE = Qt.ItemDataRole.UserRole + 4


def size_text(store: Store, body: Body, disagree: str, delegates: str, either: str) -> str:
    """'25', or every figure where the sources disagree: '118 or 121 (sources disagree)'. The templates come
    translated from the caller: `disagree` has {values}, `delegates` has {n}, `either` joins the values."""
    sizes = store.figures("body", body.id, "size")
    if len(sizes) > 1:
        return disagree.format(values=either.join(f.value for f in sizes))
    if sizes:
        return sizes[0].value
    if body.id == "congress":
        return delegates.format(n=store.total_delegates())
    return ""


class SeatFilter(QSortFilterProxyModel):
    """Diacritic-folding filter over names, roles and portfolios; parents of a match stay visible."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, query: str) -> None:
        refilter(self, lambda: setattr(self, "_words", words(query)))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return matches_index(self._words, index.data(SEARCH_ROLE))


@dataclass(eq=False)
class OrgNode:
    """A row of the tree: a body or a seat, with what each column shows."""
    key: Selection | None
    cells: tuple
    texts: tuple = ()  # what the filter searches; folded into `search` the first time it is asked for
    tooltip: str = ""
    unnamed: bool = False
    is_body: bool = False
    parent: "OrgNode | None" = None
    row: int = 0
    children: list["OrgNode"] = field(default_factory=list)

    _search: str | None = None

    @property
    def search(self) -> str:
        if self._search is None:
            self._search = index_text(*self.texts)
        return self._search

    def add(self, child: "OrgNode") -> "OrgNode":
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


def _bodies(node: OrgNode):
    for child in node.children:
        if child.is_body:
            yield child
            yield from _bodies(child)


class OrgTreeModel(QAbstractItemModel):
    """The bodies and their seats. A model of its own rather than QStandardItemModel: it makes no Qt object
    per cell, so a dataset with tens of thousands of seats builds in a fraction of the time."""

    def __init__(self, root: OrgNode, headers: list[str], muted: QBrush, bold: QFont, italic: QFont, parent=None) -> None:
        super().__init__(parent)
        self._root = root
        self._headers = headers
        self._muted, self._bold, self._italic = muted, bold, italic

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = parent.internalPointer() if parent.isValid() else self._root
        if 0 <= row < len(node.children) and 0 <= column < len(self._headers):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: D401 (Qt's overload)
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = parent.internalPointer() if parent.isValid() else self._root
        return len(node.children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(self._headers)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: QModelIndex):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: OrgNode = index.internalPointer()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.cells[column]
        if role == KEY_ROLE:
            return node.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._muted if node.unnamed else None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return self._bold if node.is_body else self._italic if node.unnamed else None
        if role == SEARCH_ROLE:
            return node.search
        if role == UNNAMED_ROLE:
            return node.unnamed
        return None


class OrgTree(QTreeView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("orgTree")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)


class BodyBox(QGraphicsRectItem):
    """One body in the drawn chart: its name, size and named office-holders. Sized to its text."""

    PADDING = 8
    MIN_WIDTH = 220

    def __init__(self, body: Body, lines: list[str], palette: QPalette, muted: bool = False) -> None:
        super().__init__()
        self.body = body
        self.selected = False
        self._palette = palette
        self._muted = muted
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain_tooltip(body.name_sq))
        y, width = self.PADDING, self.MIN_WIDTH
        for n, line in enumerate(lines):
            text = QGraphicsSimpleTextItem(line, self)
            if n == 0:
                font = QFont(text.font())
                font.setBold(True)
                text.setFont(font)
            text.setBrush(palette.color(QPalette.ColorRole.Text))
            text.setPos(self.PADDING, y)
            y += text.boundingRect().height() + (3 if n == 0 else 0)
            width = max(width, text.boundingRect().width() + 2 * self.PADDING)
        self.setRect(QRectF(0, 0, width, y + self.PADDING))
        self.restyle()

    def restyle(self) -> None:
        base = self._palette.color(QPalette.ColorRole.Base)
        fill = base.darker(104) if not self._muted else base.darker(110)
        pen = QPen(accent_for(self._palette) if self.selected else self._palette.color(QPalette.ColorRole.Mid),
                   3 if self.selected else 1.2, Qt.PenStyle.DashLine if self._muted else Qt.PenStyle.SolidLine)
        self.setPen(pen)
        self.setBrush(fill)

    def frame(self) -> QRectF:
        """The box in scene coordinates."""
        return self.mapRectToScene(self.rect())


class OrgChart(QGraphicsView):
    """The drawn org chart (object name `orgChart`): boxes and connectors; clicking a box selects the body."""

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("orgChart")
        self._lang = lang
        self.setAccessibleName(self.tr("Org chart of the bodies"))
        self.setAccessibleDescription(self.tr("Boxes for the bodies with their sizes and named office-holders; "
                                              "click a box to select the body"))
        self._store = store
        self._selection = selection
        self.boxes: dict[str, BodyBox] = {}
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self._build()
        selection.changed.connect(self._on_selection_changed)
        self._on_selection_changed()

    def _lines(self, body: Body) -> list[str]:
        s = self._store
        first, second = (body.name_sq, body.name_en) if self._lang == "sq" else (body.name_en, body.name_sq)
        name = f"{first} ({body.abbrev})" if body.abbrev else first
        lines = [name, second]
        size = size_text(s, body, self.tr("{values} (sources disagree)"), self.tr("{n} delegates"), self.tr(" or "))
        seats = s.seats(body.id)
        named = [x for x in seats if x.person_id]
        if body.seats is not None:
            lines.append(self.tr("{seats} seats, {named} named in the sources").format(seats=body.seats, named=len(named)))
        elif seats:
            lines.append(self.tr("{named} members named in the sources").format(named=len(named)))
        if size and (body.seats is None or size != str(body.seats)):
            lines.append(self.tr("Size: {size}").format(size=size))
        officers = [x for x in named if x.role_en != "member"]
        for seat in officers[:6]:
            portfolio = f" ({seat.portfolio_en})" if seat.portfolio_en else ""
            lines.append(f"{seat.role_en}: {s.person(seat.person_id).name}{portfolio}")
        if body.id == "kpnc":
            lines.append(self.tr("called the congress (15 April 1944)"))
        return lines

    def _build(self) -> None:
        scene = self.scene()
        pal = self.palette()
        s = self._store
        gap = 40
        # Rows of the chart: the earlier council beside the congress, then each generation of bodies below.
        rows: list[list[Body]] = []
        level = s.child_bodies(None)
        while level:
            rows.append(level)
            level = [c for b in level for c in s.child_bodies(b.id)]
        y = 0.0
        for row in rows:
            boxes = [BodyBox(b, self._lines(b), pal, muted=b.parent_id is None and b.id != "congress") for b in row]
            x = -(sum(box.rect().width() for box in boxes) + gap * (len(boxes) - 1)) / 2
            for box in boxes:
                box.setPos(x, y)
                scene.addItem(box)
                self.boxes[box.body.id] = box
                x += box.rect().width() + gap
            y += max(box.rect().height() for box in boxes) + 50
        pen = QPen(pal.color(QPalette.ColorRole.Text), 1.2)
        for body in s.bodies():
            if body.parent_id and body.parent_id in self.boxes:
                a, b = self.boxes[body.parent_id].frame(), self.boxes[body.id].frame()
                mid = (a.bottom() + b.top()) / 2
                for x1, y1, x2, y2 in ((a.center().x(), a.bottom(), a.center().x(), mid),
                                       (a.center().x(), mid, b.center().x(), mid),
                                       (b.center().x(), mid, b.center().x(), b.top())):
                    line = QGraphicsLineItem(x1, y1, x2, y2)
                    line.setPen(pen)
                    scene.addItem(line)
                relations = {"elected by": self.tr("elected by"), "formed by": self.tr("formed by")}
                label = QGraphicsSimpleTextItem(relations.get(body.relation_en or "", body.relation_en or ""))
                label.setBrush(pal.color(QPalette.ColorRole.PlaceholderText))
                label.setPos(b.center().x() + 6, mid + 2)
                scene.addItem(label)
        if "kpnc" in self.boxes and "congress" in self.boxes:
            a, b = self.boxes["kpnc"].frame(), self.boxes["congress"].frame()
            line = QGraphicsLineItem(a.right(), a.center().y(), b.left(), a.center().y())
            line.setPen(QPen(pal.color(QPalette.ColorRole.Text), 1.2, Qt.PenStyle.DashLine))
            scene.addItem(line)
        self.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def box_point(self, body_id: str) -> QPoint:
        return self.mapFromScene(self.boxes[body_id].frame().center())

    def selected_body_ids(self) -> list[str]:
        return [b for b, box in self.boxes.items() if box.selected]

    def _on_selection_changed(self) -> None:
        current = self._selection.current()
        wanted = set()
        if current and current[0] == "body":
            wanted = {current[1]}
        elif current and current[0] == "person" and self._store.exists(*current):
            wanted = {seat.body_id for seat in self._store.roles(current[1])}
        for body_id, box in self.boxes.items():
            box.selected = body_id in wanted
            box.restyle()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, BodyBox):
            item = item.parentItem()
        if isinstance(item, BodyBox):
            self._selection.select("body", item.body.id, origin=self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def export_size(self):
        return self.sceneRect().size().toSize()

    def render_to(self, painter: QPainter) -> None:
        """The whole chart, whether or not it is on screen."""
        size = self.export_size()
        self.scene().render(painter, QRectF(0, 0, size.width(), size.height()), self.sceneRect())


class OrgTab(QWidget):
    COLUMNS = ("Name", "Role", "Portfolio", "Sources")

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("orgTab")
        self._store = store
        self._lang = lang
        root = OrgNode(None, ())
        for body in store.child_bodies(None):
            self._add_body(root, body)
        self._nodes = root  # the model points into these nodes: they live as long as the tab
        self._row_count = sum(1 + sum(not c.is_body for c in b.children) for b in _bodies(root))
        bold, italic = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        italic.setItalic(True)
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.model = OrgTreeModel(root, [self.tr("Name"), self.tr("Role"), self.tr("Portfolio"), self.tr("Sources")],
                                  muted, bold, italic, self)
        self.filter = SeatFilter(self)
        self.filter.setSourceModel(self.model)

        self.tree = OrgTree(self)
        self.tree.setAccessibleName(self.tr("Bodies elected by the congress and their seats"))
        self.tree.setAccessibleDescription(self.tr("Every seat is a row; seats no source fills say so"))
        self.tree.setModel(self.filter)
        self._expand()
        self.tree.setColumnWidth(0, 360)
        self.tree.setColumnWidth(1, 150)
        self.tree.setColumnWidth(2, 180)
        self.link = SelectionLink(self.tree, selection)

        self._selection = selection
        self._chart: OrgChart | None = None  # drawn when first shown or exported

        self.search = QLineEdit(self)
        self.search.setObjectName("orgFilter")
        self.search.setPlaceholderText(self.tr("Filter names, roles, bodies (e.g. maleshova, keshilli)"))
        self.search.setAccessibleName(self.tr("Filter the organisation tree"))
        self.search.setAccessibleDescription(self.tr("Type part of a name, role or body; case and diacritics are ignored"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.expand_button = QPushButton(self.tr("Expand all"), self)
        self.collapse_button = QPushButton(self.tr("Collapse all"), self)
        self.expand_button.clicked.connect(self.tree.expandAll)  # asked for: all, however many
        self.expand_button.setAccessibleDescription(self.tr("Show every seat of every body"))
        self.collapse_button.setAccessibleDescription(self.tr("Show only the top of the tree"))
        self.collapse_button.clicked.connect(self.tree.collapseAll)
        self.tree_button = QPushButton(self.tr("Tree"), self)
        self.chart_button = QPushButton(self.tr("Org chart"), self)
        self.tree_button.setObjectName("orgShowTree")
        self.chart_button.setObjectName("orgShowChart")
        group = QButtonGroup(self)
        for button in (self.tree_button, self.chart_button):
            button.setCheckable(True)
            group.addButton(button)
        self.tree_button.setChecked(True)
        self.tree_button.setAccessibleDescription(self.tr("Show the bodies and their seats as a tree"))
        self.chart_button.setAccessibleDescription(self.tr("Show the bodies as a drawn org chart"))

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.tree_button.toggled.connect(lambda on: on and self.show_view("tree"))
        self.chart_button.toggled.connect(lambda on: on and self.show_view("chart"))

        bar = QHBoxLayout()
        bar.addWidget(self.tree_button)
        bar.addWidget(self.chart_button)
        bar.addSpacing(12)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.expand_button)
        bar.addWidget(self.collapse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    # ------------------------------------------------------------------ model
    def _add_body(self, parent: OrgNode, body: Body) -> None:
        s = self._store
        body_name = label(s, "body", body.id, self._lang)
        name = f"{body_name} ({body.abbrev})" if body.abbrev else body_name
        size = size_text(s, body, self.tr("{values} (sources disagree)"), self.tr("{n} delegates"), self.tr(" or "))
        relations = {"elected by": self.tr("elected by"), "formed by": self.tr("formed by")}
        relation = (f"{relations.get(body.relation_en or '', body.relation_en or '')} "
                    f"{label(s, 'body', body.parent_id, self._lang)}") if body.parent_id and body.relation_en else ""
        role = ", ".join(x for x in (relation, size) if x)
        node = parent.add(OrgNode(("body", body.id), (name, role, "", len(s.citations("body", body.id))),
                                  (body.name_en, body.name_sq, body.abbrev, body.description_en),
                                  plain_tooltip(body.name_sq), is_body=True))
        unnamed_text = self.tr("Seat {n} of {total} — not named in the sources")
        for seat in s.seats(body.id):
            node.add(self._seat_node(body, seat, unnamed_text))
        for child in s.child_bodies(body.id):
            self._add_body(node, child)

    def _seat_node(self, body: Body, seat: Seat, unnamed_text: str) -> OrgNode:
        s = self._store
        role = seat.role_sq if self._lang == "sq" else seat.role_en
        if seat.person_id:
            person = s.person(seat.person_id)
            key: Selection = ("person", seat.person_id)
            name, alt = person.name, person.alt_names
        else:
            key, alt = ("body", body.id), None
            name = unnamed_text.format(n=seat.seat_no, total=body.seats if body.seats is not None else "?")
        return OrgNode(key, (name, role, seat.portfolio_en or "", len(s.citations("seat", seat.citation_id))),
                       (name, alt, seat.role_en, seat.role_sq, seat.portfolio_en),
                       plain_tooltip(seat.note_en), unnamed=seat.person_id is None)

    # ------------------------------------------------------------------ actions
    @property
    def chart(self) -> OrgChart:
        if self._chart is None:
            self._chart = OrgChart(self._store, self._selection, self._lang, self)
            self.stack.addWidget(self._chart)
        return self._chart

    def show_view(self, which: str) -> None:
        self.stack.setCurrentWidget(self.chart if which == "chart" else self.tree)
        (self.chart_button if which == "chart" else self.tree_button).setChecked(True)
        for widget in (self.search, self.expand_button, self.collapse_button):  # they act on the tree only
            widget.setEnabled(which != "chart")

    def focus_search(self) -> None:
        self.show_view("tree")
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    EXPAND_ALL_LIMIT = 5000  # rows; past that, opening every body costs seconds (tested at 1000x the data)

    def _expand(self) -> None:
        if self._row_count <= self.EXPAND_ALL_LIMIT:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(1)

    def _filter(self, text: str) -> None:
        self.filter.set_query(text)
        self._expand()

    def visible_names(self) -> list[str]:
        out = []

        def walk(parent: QModelIndex) -> None:
            for r in range(self.filter.rowCount(parent)):
                index = self.filter.index(r, 0, parent)
                out.append(index.data())
                walk(index)
        walk(QModelIndex())
        return out

    def seat_rows(self) -> list[list[str]]:
        """One row per seat of every body, with its sources."""
        s = self._store
        rows = []
        for body in s.bodies():
            for seat in s.seats(body.id):
                citations = s.citations("seat", seat.citation_id)
                holder = s.person(seat.person_id).name if seat.person_id else "not named in the sources"
                rows.append([body.id, body.name_en, str(seat.seat_no), seat.role_en, seat.portfolio_en or "", holder,
                             seat.note_en or "", " | ".join(dict.fromkeys(c.source.title for c in citations)),
                             " | ".join(dict.fromkeys(c.source.url or "" for c in citations)),
                             " | ".join(c.quote for c in citations)])
        return rows

    def write_csv(self, path: str) -> None:
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["body_id", "body", "seat", "role", "portfolio", "holder", "note", "sources", "source_urls", "quotes"])
            writer.writerows(self.seat_rows())

    def export_formats(self) -> list[ExportFormat]:
        return [ExportFormat(self.tr("CSV table of all seats"), "csv", self.write_csv)] + view_formats(self.chart, self.tr("Org chart"))
