"""What the map says about a place or a symbol: the tooltip and screen-reader text (figure, share, sources),
and the map's accessible name and description."""

from __future__ import annotations

from app.ui.labels import genitive, percent
from app.ui.map import layers
from app.ui.map.layers import localized


class MapTexts:
    """Mixin of MapView: the texts of its items. Needs `self._store` and `self._lang`."""

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Map of the delegations to the Congress of Përmet"))
        self._describe = self.tr("Arrow keys move between places, Enter selects, + and - zoom, 0 fits the map.")
        self.setAccessibleDescription(self._describe)

    def _name(self, obj) -> str:
        return localized(obj, "name", self._lang) or obj.id

    def _source_lines(self, kind: str, item_id: str, field: str) -> list[str]:
        figures = self._store.figures(kind, item_id, field)
        lines = []
        for f in figures:
            c = f.citations[0]
            quote = layers.short_quote(c.quote, f.value)
            if len(figures) > 1:
                lines.append(self.tr("{value}: {source}, “{quote}”").format(value=f.value, source=c.source.title,
                                                                             quote=quote))
            else:
                lines.append(self.tr("Source: {source}, “{quote}”").format(source=c.source.title, quote=quote))
        return lines

    def _delegation_lines(self, delegation) -> list[str]:
        share = percent(self._store.share(delegation.delegates), self._lang)
        gen = genitive(self._store, "delegation", delegation.id, self._lang)
        heading = (self.tr("Delegation of {delegation_gen}").format(delegation_gen=gen) if gen
                   else self.tr("Delegation: {name}").format(name=self._name(delegation)))
        return [heading,
                self.tr("{n} delegates, {share} of {total}").format(n=delegation.delegates, share=share,
                                                                     total=self._store.total_delegates()),
                *self._source_lines("delegation", delegation.id, "delegates")]

    def _place_info(self, place) -> str:
        lines = [f"{place.name_sq} / {place.name_en}"]
        if place.id == layers.VENUE_PLACE and layers.has_venue(self._store):
            lines.append(self.tr("Where the congress met: {body}").format(
                body=self._name(self._store.body(layers.VENUE_BODY))))
        delegation = layers.delegation_of_place(self._store, place.id)
        if delegation is not None:
            lines += self._delegation_lines(delegation)
        elif place.kind == "region":
            lines.append(self.tr("Delegation: not recorded in the sources"))
            for d_id in layers.partly(self._store, place.id):
                lines.append(self.tr("In part represented by another delegation: {name}").format(
                    name=self._name(self._store.delegation(d_id))))
                lines += self._source_lines("place", place.id, layers.PARTLY_FIELD)
        if place.kind == "locality":
            for c in self._store.citations("place", place.id):
                if c.field == "geometry":
                    lines.append(self.tr("Location: {value} ({source})").format(value=c.value or "",
                                                                                source=c.source.title))
        return "\n".join(lines)

    def _symbol_info(self, symbol: layers.Symbol) -> str:
        delegation = self._store.delegation(symbol.delegation_id)
        names = [self._store.place(p) for p in symbol.place_ids]
        lines = [" – ".join(f"{p.name_sq} / {p.name_en}" for p in names)] + self._delegation_lines(delegation)
        if len(names) > 1:
            lines.append(self.tr("One delegation named for {n} places, counted once").format(n=len(names)))
        return "\n".join(lines)
