"""Map tab. Until the map issue lands: the regions and localities as a read-only table, linked to the selection."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.model import Store
from app.ui.item_views import ReadOnlyTable, SelectionLink, table_model
from app.ui.labels import percent
from app.ui.selection import Selection, SelectionModel


class MapTab(QWidget):
    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapTab")
        self._store = store
        rows = []
        for p in store.places("region") + store.places("locality"):
            delegations = store.delegations_for_place(p.id)
            names = ", ".join(d.name_en for d in delegations) or self.tr("not recorded in the sources")
            count = ", ".join(str(d.delegates) for d in delegations) or "—"
            share = ", ".join(percent(store.share(d.delegates)) for d in delegations) or "—"
            rows.append((("place", p.id), [p.name_sq, p.name_en, names, count, share]))
        model = table_model([self.tr("Region (sq)"), self.tr("Region (en)"), self.tr("Delegation"),
                             self.tr("Delegates"), self.tr("Share of {n}").format(n=store.total_delegates())], rows, self)
        self.table = ReadOnlyTable(model, self)
        self.table.setObjectName("placeTable")
        self.table.setAccessibleName(self.tr("Regions and their delegations"))
        self.link = SelectionLink(self.table, selection, self._places_for)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def _places_for(self, selection: Selection) -> list[Selection]:
        kind, item_id = selection
        if kind == "delegation" and self._store.exists(kind, item_id):
            return [("place", p) for p in self._store.delegation(item_id).place_ids]
        return [selection]
