"""The people (object name `peopleList`): every person in the dataset, one row each, with their seats in the
bodies, their delegation and their life dates where a source gives them. A part of the Organisation tab.

Filtered like the other lists (case and diacritics ignored, words matched from their start) and sorted by
surname in Albanian order (dh after d, ë after e, sh after s …) when the interface is Albanian.
"""

from __future__ import annotations

import time
from operator import itemgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.model import Store
from app.model.entities import localized
from app.model.text import flat_sort_key, index_text, words
from app.ui import vocabulary
from app.ui.idle import collector_paused
from app.ui.item_views import KEY_ROLE, SelectionLink
from app.ui.labels import genitive
from app.ui.selection import SelectionModel
from app.ui.shown_rows import ShownRows

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
_TEXT_ROLES = frozenset(int(r.value) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole))
_OWN_ROLES = frozenset(int(r) for r in (KEY_ROLE, SORT_ROLE, SEARCH_ROLE))

def albanian_key(text: str) -> tuple:
    """Albanian alphabetical order (app.model.text.sort_key: ç after c, ë after e, the digraphs as letters)."""
    return flat_sort_key(text, "sq")


def english_key(text: str) -> tuple:
    """English order: diacritics only break ties (Ç sorts with C)."""
    return flat_sort_key(text, "en")


def person_key(surname: str, given: str, lang: str) -> str:
    """The order of people: by surname, then given names, as (key(surname), key(given)) sorts, in one string
    (its fields joined by NUL, which sorts before every character they hold): 41,000 people at 1000x the data
    sort in a tenth of the time tuples of tuples take."""
    key = albanian_key if lang == "sq" else english_key
    return "\0".join(key(surname) + key(given))


def surname_first(name: str) -> tuple[str, str]:
    """'Baba Faja Martaneshi' → ('Martaneshi', 'Baba Faja'): people are listed by surname."""
    given, _, surname = name.strip().rpartition(" ")
    return surname, given


class PeopleModel(QAbstractTableModel):
    """One row per person of the Store (no Qt object per cell). KEY_ROLE gives ("person", id); `row_of(key)`
    finds a row without walking the model.

    The model keeps its rows in the order shown and sorts them itself (`sort`), with Python's sort over keys
    made once: a QSortFilterProxyModel sorts by asking lessThan, in Python here, n log n times (12 s for the
    41,000 people of 1000x the data). The filter above it only filters."""

    COLUMNS = 4  # name, roles, delegation, life dates
    AT_ONCE = 2000  # people whose rows are made in one go (the bundled data has ~40)
    SLICE_S = 0.008  # beyond that, rows are made for about this long a turn of the event loop
    CHECK_EVERY = 25  # rows made between two looks at the clock

    loaded = Signal()  # the rows are made (in the model's language)

    def __init__(self, store: Store, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._rows: list[tuple] = []  # (key, cells, sort key of the name, the folded texts a filter searches), in order
        self._row_of: dict[tuple[str, str], int] = {}
        self._searched: list[str] = []  # the folded texts of each row, in order (what a filter goes through)
        self._dropped = None  # rows replaced, let go of a turn later
        self._headers = self._headers_now()
        self._sorted_by: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._slicer = QTimer(self)  # a timer of our own (no lambda kept by Qt): one slice per turn
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._load_slice)
        self._loading = None
        self._start_load()

    def _headers_now(self) -> list[str]:
        return [self.tr("Name"), self.tr("Roles in the bodies"), self.tr("Delegation"), self.tr("Born–died")]

    def _start_load(self) -> None:
        """Make the rows in the model's language: at once for a few people (the bundled data), else for about
        SLICE_S a turn of the event loop (41,000 people at 1000x the data: ~1.5 s of Python), the rows shown until
        then staying as they are. Each row's search text is folded with it, so that no keystroke has to."""
        self._loading = self._make_rows()
        if len(self._store.ids("person")) <= self.AT_ONCE:
            self.finish_load()
        else:
            self._slicer.start()

    def is_loaded(self) -> bool:
        return self._loading is None

    def finish_load(self) -> None:
        """Make the rest of the rows now (for whatever needs them all)."""
        if self._loading is not None:
            self._slicer.stop()
            with collector_paused():
                for _ in self._loading:
                    pass

    def pause(self) -> None:
        """Make no more rows until `resume` (the view's window is closed: no slice runs on a list being taken
        down)."""
        self._slicer.stop()

    def resume(self) -> None:
        if (self._loading is not None or self._dropped is not None) and not self._slicer.isActive():
            self._slicer.start()

    def _load_slice(self) -> None:
        self._dropped = None
        # the rows live until the language changes: made without the collector walking them again and again
        with collector_paused():
            more = self._loading is not None and next(self._loading, True) is None
        if more:
            self._slicer.start()

    # The texts are built here, translated in the model's context (lupdate reads them as PeopleModel strings).
    def _make_rows(self):
        s, sq = self._store, self._lang == "sq"
        not_recorded = self.tr("not recorded in the sources")
        headers = self._headers_now()
        rows = []
        deadline = time.perf_counter() + self.SLICE_S
        for n, p in enumerate(s.people(), 1):
            roles = []
            for seat in s.roles(p.id):
                body = s.body(seat.body_id)
                role = seat.role_sq if sq else seat.role_en
                portfolio = localized(seat, "portfolio", self._lang)
                # short where the body has an abbreviation («anëtar (KANÇ)»), else the role and the body's stored
                # genitive as one phrase («anëtar i Kryesisë së Këshillit …»); never a built genitive
                phrase = vocabulary.role_short(seat.role_en, seat.role_sq, role, portfolio, body.abbrev) or \
                    vocabulary.role_phrase(seat.role_en, seat.role_sq, portfolio,
                                           genitive(s, "body", body.id, self._lang))
                if phrase is None:
                    where = body.abbrev or (body.name_sq if sq else body.name_en)
                    phrase = f"{where}: {role}" if sq else f"{role}, {where}"
                roles.append(phrase)
            delegations = []
            for named in s.delegations_of_person(p.id):
                d = s.delegation(named.delegation_id)
                delegations.append(d.name_sq if sq else d.name_en)
            if p.born is None and p.died is None:
                life = not_recorded
            else:
                life = f"{p.born or '?'}–{p.died or '?'}"
            surname, given = surname_first(p.name)
            cells = (p.name, "; ".join(roles), "; ".join(delegations), life)
            rows.append((("person", p.id), cells, person_key(surname, given, self._lang),
                         index_text(p.name, p.alt_names, *roles, *delegations)))
            if n % self.CHECK_EVERY == 0 and time.perf_counter() > deadline:
                yield None
                deadline = time.perf_counter() + self.SLICE_S

        # the rest in turns of their own (at 1000x the data, 10-25 ms each: the rows are spread over memory): the
        # order, the row of each key, the texts in order, then the rows shown in that order; the rows they
        # replace are let go of on the turn after (freeing 41,000 rows takes ~20 ms too)
        yield None
        sorted_by = self._sorted_by
        self._sort(rows, *sorted_by)
        yield None
        row_of = dict(zip([row[0] for row in rows], range(len(rows))))
        yield None
        ordered = rows, row_of, [row[3] for row in rows]
        yield None

        def install() -> None:
            self._dropped = self._rows, self._row_of, self._searched
            self._headers = headers
            self._rows, self._row_of, self._searched = ordered if sorted_by == self._sorted_by else \
                self._ordered(rows, *self._sorted_by)  # sorted otherwise meanwhile
        self._loading = None
        if len(rows) == len(self._rows):  # the same people in another language: the views keep their rows
            self._relaid(install)
        else:
            self.beginResetModel()
            install()
            self.endResetModel()
        self._slicer.start()  # lets go of the rows replaced
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        self.loaded.emit()

    def _sort(self, rows: list[tuple], column: int, order: Qt.SortOrder) -> None:
        reverse = order == Qt.SortOrder.DescendingOrder
        if column == 0:
            rows.sort(key=itemgetter(2), reverse=reverse)
        elif 0 < column < self.COLUMNS:
            rows.sort(key=lambda row: row[1][column].casefold(), reverse=reverse)

    def _ordered(self, rows: list[tuple], column: int, order: Qt.SortOrder) -> tuple[list, dict, list]:
        """`rows` sorted by `column` (in place), the row of each key, and the folded texts in that order."""
        self._sort(rows, column, order)
        return rows, dict(zip([row[0] for row in rows], range(len(rows)))), [row[3] for row in rows]

    def _order(self) -> None:
        self._rows, self._row_of, self._searched = self._ordered(self._rows, *self._sorted_by)

    def _relaid(self, change) -> None:
        """Rows in a new order (and new texts): the views keep their current row and selection on the same
        people (a layout change, not a reset)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [self._rows[index.row()][0] for index in old]
        change()
        self.changePersistentIndexList(old, [self.index(self._row_of[key], index.column())
                                             for key, index in zip(keys, old)])
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By the name (surname first, in the language's alphabetical order) or the text of another column."""
        if (column, order) == self._sorted_by:
            return
        self._sorted_by = (column, order)
        self._relaid(self._order)

    def set_language(self, lang: str) -> None:
        """The same people, their texts and sort keys in `lang`, sorted again: a layout change, not a reset, so
        the views keep their current row, selection and scroll (on a big dataset once the rows are made)."""
        self._lang = lang
        self._start_load()

    def search_text(self, row: int) -> str:
        return self._rows[row][3]

    def search_texts(self) -> list[str]:
        """The folded texts a filter searches, row by row (\" name other words …\", see index_text)."""
        return self._searched

    def row_of(self, key: tuple[str, str]) -> QModelIndex | None:
        row = self._row_of.get(tuple(key))
        return self.index(row, 0) if row is not None else None

    def keys(self) -> list[tuple[str, str]]:
        return [row[0] for row in self._rows]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.COLUMNS:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, cells, sort, search = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        if role == KEY_ROLE:
            return key
        if role == SORT_ROLE:
            return sort if index.column() == 0 else cells[index.column()]
        if role == SEARCH_ROLE:
            return search
        return None

    def multiData(self, index: QModelIndex, roles) -> None:
        """The roles the view's delegate asks for each cell it paints (seven), in one call into Python."""
        valid = index.isValid() and 0 <= index.row() < len(self._rows)
        text = self._rows[index.row()][1][index.column()] if valid else None
        for i in range(len(roles)):
            entry = roles[i]
            role = entry.role()
            if role in _TEXT_ROLES and valid:
                entry.setData(text)
            elif role in _OWN_ROLES and valid:
                entry.setData(self.data(index, role))
            else:
                entry.clearData()


class PeopleFilter(ShownRows):
    """Diacritic-folding filter (name, other spellings, roles, delegation): a row shows when each word typed
    starts a word of its folded texts. The rows are picked in one pass over the model's folded texts (no call
    from Qt per row: a keystroke at 1000x the data, 41,000 people, takes milliseconds). Sorting is the model's
    (see PeopleModel): the view's sort goes to it, and the filter keeps its order."""

    def __init__(self, parent=None) -> None:
        super().__init__(self._choose_rows, parent)
        self._words: list[str] = []

    def set_query(self, query: str) -> None:
        new = words(query)
        if new != self._words:
            # typing on narrows: when each word typed before starts a word typed now, the rows now are among
            # the rows before, and only those are looked at again
            narrowing = bool(self._words) and all(any(n.startswith(w) for n in new) for w in self._words)
            self._among = self.shown_source_rows() if narrowing else None
            self._words = new
            self.refilter()
            self._among = None

    _among: list[int] | None = None

    def _choose_rows(self) -> list[int] | None:
        if not self._words:
            return None
        texts = self.sourceModel().search_texts()
        needles = sorted((" " + w for w in self._words), key=len, reverse=True)  # the rarest first, likely
        if self._among is None:
            rows = [n for n, text in enumerate(texts) if needles[0] in text]
        else:
            rows = [n for n in self._among if needles[0] in texts[n]]
        for needle in needles[1:]:
            rows = [n for n in rows if needle in texts[n]]
        return rows


class PeopleView(QWidget):
    """A filter box over the `peopleList` table. Enter or a click on a row selects the person."""

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleView")
        self.model = PeopleModel(store, lang, self)
        self.filter = PeopleFilter(self)
        self.filter.setSourceModel(self.model)
        self.list = QTableView(self)
        self.list.setObjectName("peopleList")
        self.list.setModel(self.filter)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.setColumnWidth(0, 190)
        self.list.setColumnWidth(1, 240)
        self.list.setColumnWidth(2, 150)
        self.link = SelectionLink(self.list, selection, row_of=self.model.row_of)  # a lookup, not a walk
        self._selection = selection
        self.model.loaded.connect(self._show_selection)  # selected before its row was made (a big dataset)
        self.search = QLineEdit(self)
        self.search.setObjectName("peopleFilter")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter.set_query)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.retranslate()
        self.link.show_selection(selection.current())

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter people by name, role or delegation (e.g. maleshova)"))
        self.search.setAccessibleName(self.tr("Filter the people"))
        self.list.setAccessibleName(self.tr("People"))
        self.list.setAccessibleDescription(self.tr("Every person in the dataset; Enter or a click selects the person"))

    def set_language(self, lang: str) -> None:
        """Retranslate in place: the same widgets, the rows rebuilt in the new language and sort order."""
        self.model.set_language(lang)  # sorted again, as the view's header says
        self.retranslate()

    def _show_selection(self) -> None:
        self.link.show_selection(self._selection.current())

    def hideEvent(self, event) -> None:
        """Hidden with its window (a page closed on its own, as a test's teardown closes it before deleting it), the
        list makes no more of its rows until it is shown again; hidden behind another view or tab it goes on (as
        the organisation tree does, see OrgBuilding.hideEvent)."""
        if self.window().isHidden():
            self.model.pause()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.model.resume()  # shown again after a close: go on

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def names_shown(self) -> list[str]:
        return [self.filter.index(r, 0).data() for r in range(self.filter.rowCount())]
