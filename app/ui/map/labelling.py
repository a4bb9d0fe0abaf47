"""The map's labels: one per place (and one per count), made for the layer shown, then placed at each zoom
where it fits its shape and clears the other labels and the markers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from app.ui.labels import label as label_of
from app.ui.map import layers
from app.ui.map.colours import text_colour_on
from app.ui.map.items import LocalityItem, MapLabel, around, centred, project
from app.ui.map.layers import COUNTIES, SYMBOLS


def _hits_circle(rect: QRectF, centre: QPointF, radius: float) -> bool:
    """Whether a rectangle overlaps a circle (the nearest point of the rectangle is inside it)."""
    x = min(max(centre.x(), rect.left()), rect.right())
    y = min(max(centre.y(), rect.top()), rect.bottom())
    return (x - centre.x()) ** 2 + (y - centre.y()) ** 2 < radius ** 2



class MapLabelling:
    """Mixin of MapView: makes and places the labels. Needs the scene's items (`self._items`, `self._symbols`,
    `self._dots`, `self._land`) and `self.colours`."""

    def _font(self, bold: bool, factor: float = 1.0) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * factor))
        font.setBold(bold)
        return font

    def _label(self, text: str, owner, anchor: QPointF, home, offsets_for, required: bool, *, bold=False,
               on: QColor | None = None, context=False) -> MapLabel:
        c = self.colours
        plate = on if on is not None else c.plate
        fg = text_colour_on(on) if on is not None else (c.context_text if context else c.text)
        label = MapLabel(text, self._font(bold, 0.92 if context else 1.0), fg, plate, owner, anchor, home, [],
                         required)
        label.offsets_for = offsets_for
        label.offsets = offsets_for(*label.plate_size())
        label.inside = on is not None
        label.context = context
        self.scene().addItem(label)
        self._all_labels.append(label)
        return label

    def _add_labels(self) -> None:
        store, mode, c = self._store, self._layer, self.colours
        placed_here = {}  # locality id -> its delegation's symbol (the locality's label carries the count)
        if mode == SYMBOLS:
            for d_id, sym in self._symbols.items():
                pid = sym.place_ids[0]
                if len(sym.place_ids) == 1 and self._items[pid].place.kind == "locality":
                    placed_here[pid] = sym
                    continue
                text = str(sym.delegates)
                inner = QFontMetricsF(self._font(True)).boundingRect(text)
                count = sym.delegates
                if inner.width() <= 2 * sym.radius * 0.95 and inner.height() <= 2 * sym.radius * 0.8:
                    self._label(text, sym, sym.pos(), None, lambda w, h: [centred(w, h)], True, bold=True, on=c.symbol)
                    count = None  # the count is inside; its name goes beside it
                # the delegation's name beside the symbol, on land (with the count where it does not fit inside)
                label = self._label("", sym, sym.pos(), self._land, self._beside(sym.radius), True,
                                    bold=count is not None)
                label.count, label.delegation_id = count, d_id
                label.land, label.sea_ok = self._land, True  # on land if it fits there, else on its plate at sea
                self._set_delegation_text(label)
                self._delegation_labels.append(label)
        else:
            for spec in layers.symbols(store):
                if len(spec.place_ids) > 1:
                    anchor = project(spec.lon, spec.lat)
                    self._label(str(spec.delegates), None, anchor, self._union(spec.place_ids),
                                lambda w, h: [centred(w, h)] + around(w, h, 4), True, bold=True)
        joint = {p for s in layers.symbols(store) if len(s.place_ids) > 1 for p in s.place_ids}
        named = {p for s in self._symbols.values() for p in s.place_ids}
        for pid, item in self._items.items():
            if item.place.kind == "locality":
                venue = getattr(item, "venue", False)
                sym = placed_here.get(pid)
                count = item.delegates if item.delegates is not None and (mode == COUNTIES or sym is not None) \
                    else None
                gap = max(item.radius, sym.radius if sym is not None else 0)
                home = self._land
                label = self._label("", item, item.label_point(), home, self._beside(gap), True,
                                    bold=venue or sym is not None)
                label.delegation_id = sym.delegation_id if sym is not None else None
            else:
                counted = mode == COUNTIES and item.delegates is not None and pid not in joint
                count = item.delegates if counted else None
                label = self._label("", item, item.label_point(), item.path(), self._county_offsets,
                                    counted, bold=counted, context=mode == SYMBOLS)
                # in the symbol layer the delegation's name already names the place its symbol stands on
                label.covered = mode == SYMBOLS and pid in named
            label.count = count
            self._set_label_texts(label)
            self._labels[pid] = label

    def _set_label_texts(self, label: MapLabel) -> None:
        """A place's label in the current language: its name, with its delegation's count where it carries one (a
        county too small for its name at this zoom still shows its count)."""
        name, count = self._name(label.owner.place), label.count
        if getattr(label, "delegation_id", None) is not None:  # a locality that is its delegation's symbol
            self._set_delegation_text(label)
            return
        if label.owner.place.kind == "locality":
            label.texts = [name if count is None else self.tr("{place}: {n}").format(place=name, n=count)]
        else:
            label.texts = [name] if count is None else [f"{name}\n{count}", str(count)]
        label.use_text(label.texts[0])

    def _set_delegation_text(self, label: MapLabel) -> None:
        """A delegation's label in the current language: its name as the legend, the chart and the details give it
        (Vlorë–Gjirokastër once, at its one symbol), with its count where the symbol has no room for it."""
        name = label_of(self._store, "delegation", label.delegation_id, self._lang)
        label.texts = [name if label.count is None
                       else self.tr("{place}: {n}").format(place=name, n=label.count)]
        label.use_text(label.texts[0])

    @staticmethod
    def _beside(gap: float):
        """Offsets beside a marker of radius `gap`, each side tried close first, then a little further out."""
        return lambda w, h: [o for side in zip(*(around(w, h, gap + d) for d in (0, 6, 14))) for o in side]

    def _retranslate_labels(self) -> None:
        for label in self._labels.values():
            self._set_label_texts(label)
        for label in self._delegation_labels:
            self._set_delegation_text(label)

    @staticmethod
    def _county_offsets(w: float, h: float) -> list[tuple[float, float]]:
        x, y = centred(w, h)
        # from the county's label point outwards: up and down first, then sideways
        return [(x + w * i / 3, y + h * j * 0.9) for j in (0, -1, 1, -2, 2, -3, 3, -4, 4) for i in (0, -1, 1, -2, 2)]

    def _layout_labels(self) -> None:
        """Place every label where it fits its shape and clears the others; a county name that fits nowhere
        at this zoom is hidden (counts and the venue never are)."""
        if not self._all_labels:  # a map too big for labels (LABEL_LIMIT) has nothing to place
            return
        s = self.transform().m11() or 1.0
        obstacles = []
        for item in list(self._symbols.values()) + self._dots + self._localities:
            obstacles.append((item, item.pos(), item.radius / s))
        placed: list[QRectF] = []

        def priority(label: MapLabel) -> int:
            if label.inside:
                return 0
            if isinstance(label.owner, LocalityItem):
                return 1 if label.owner.venue else 2
            return 4 if label.context or not label.required else 3

        def fits(label: MapLabel, rect: QRectF) -> bool:
            if label.home is not None and not label.home.contains(rect):
                return False
            if getattr(label, "at_sea", False) and label.land is not None and label.land.intersects(rect):
                return False
            if any(rect.intersects(o) for o in placed):
                return False
            return not any(_hits_circle(rect, centre, r) for owner, centre, r in obstacles if owner is not label.owner)

        for label in sorted(self._all_labels, key=priority):
            if getattr(label, "covered", False):
                label.setVisible(False)
                continue
            chosen = None
            # a delegation's name: on land where it fits, else wholly on the sea (its plate keeps it readable), never
            # across the coast unless there is no other room
            homes = [label.land, "sea", None] if getattr(label, "sea_ok", False) else [label.home]
            for home in homes:
                label.home = home if home != "sea" else None
                label.at_sea = home == "sea"
                for text in label.texts:
                    label.use_text(text)
                    for dx, dy in label.offsets:
                        rect = label.rect_at(dx, dy, s)
                        if label.inside or fits(label, rect):
                            chosen = label.put(dx, dy, s)
                            break
                    if chosen is not None:
                        break
                if chosen is not None:
                    break
            if chosen is None and label.required:
                chosen = label.put(*label.offsets[0], s)
            label.setVisible(chosen is not None)
            if chosen is not None:
                placed.append(chosen)
