"""Organisation tab. Until the org-chart issue lands: a plain tree of the bodies and their seats."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QPalette, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from app.model import Store
from app.model.entities import Body
from app.ui.item_views import SelectionLink, read_only_item
from app.ui.selection import SelectionModel


class OrgTab(QWidget):
    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("orgTab")
        self._store = store
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Portfolio"), self.tr("Sources")])
        for body in store.child_bodies(None):
            self._add_body(self.model.invisibleRootItem(), body)
        self.tree = QTreeView(self)
        self.tree.setObjectName("orgTree")
        self.tree.setAccessibleName(self.tr("Bodies elected by the congress and their seats"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.link = SelectionLink(self.tree, selection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)

    def _add_body(self, parent_item, body: Body) -> None:
        s = self._store
        sizes = s.figures("body", body.id, "size")
        if len(sizes) > 1:
            role = self.tr("size: {values} (sources disagree)").format(values=" or ".join(f.value.split(" ")[0] for f in sizes))
        elif sizes:
            role = self.tr("size: {value}").format(value=sizes[0].value)
        else:
            role = ""
        key = ("body", body.id)
        name = f"{body.name_en} ({body.abbrev})" if body.abbrev else body.name_en
        row = [read_only_item(name, key), read_only_item(role, key), read_only_item("", key),
               read_only_item(len(s.citations("body", body.id)), key)]
        parent_item.appendRow(row)
        item = row[0]
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for seat in s.seats(body.id):
            if seat.person_id:
                key = ("person", seat.person_id)
                name = s.person(seat.person_id).name
            else:
                key = ("body", body.id)
                total = body.seats if body.seats is not None else "?"
                name = self.tr("Seat {n} of {total} — not named in the sources").format(n=seat.seat_no, total=total)
            cells = [read_only_item(name, key), read_only_item(seat.role_en, key), read_only_item(seat.portfolio or "", key),
                     read_only_item(len(s.citations("seat", seat.citation_id)), key)]
            if not seat.person_id:
                for cell in cells:
                    cell.setForeground(muted)
            item.appendRow(cells)
        for child in s.child_bodies(body.id):
            self._add_body(item, child)
