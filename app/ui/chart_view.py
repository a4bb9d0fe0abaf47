"""Chart tab. Until the chart issue lands: the delegate breakdown as a read-only table, linked to the selection."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.model import Store
from app.ui.item_views import ReadOnlyTable, SelectionLink, table_model
from app.ui.labels import percent
from app.ui.selection import Selection, SelectionModel


class ChartTab(QWidget):
    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chartTab")
        self._store = store
        basis = {"sourced": self.tr("sourced"), "computed": self.tr("computed (not sourced)"),
                 "quota": self.tr("quota of the election resolution")}
        rows = [(("delegation", d.id),
                 [d.name_en, d.name_sq, "—" if d.delegates is None else d.delegates,
                  percent(store.share(d.delegates)), basis.get(d.basis, d.basis)])
                for d in store.delegations()]
        model = table_model([self.tr("Delegation"), self.tr("Delegation (sq)"), self.tr("Delegates"),
                             self.tr("Share of {n}").format(n=store.total_delegates()), self.tr("Basis")], rows, self)
        self.table = ReadOnlyTable(model, self)
        self.table.setObjectName("delegationTable")
        self.table.setAccessibleName(self.tr("Delegations and their delegates"))
        self.link = SelectionLink(self.table, selection, self._delegations_for)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def _delegations_for(self, selection: Selection) -> list[Selection]:
        kind, item_id = selection
        if kind == "place" and self._store.exists(kind, item_id):
            return [("delegation", d.id) for d in self._store.delegations_for_place(item_id)]
        return [selection]
