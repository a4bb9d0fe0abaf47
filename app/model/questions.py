"""The Store's questions: typed answers about a loaded dataset. A part of the Store (app/model/store.py loads
and checks the file; this module only reads what was loaded)."""

from __future__ import annotations

from app.model.entities import (Body, Citation, Decision, Delegation, Event, Figure, NamedDelegate, Person, Place,
                                Seat, Source, Term, Tradition)


class Questions:
    """Mixed into the Store."""

    def meta(self, key: str) -> str | None:
        return self._meta.get(key)

    def total_delegates(self) -> int:
        return int(self._meta["delegates_total"])

    def share(self, delegates: int | None) -> float | None:
        """A delegate count as a fraction of the congress's total."""
        return None if delegates is None else delegates / self.total_delegates()

    def sources(self) -> list[Source]:
        return list(self._sources.values())

    def citations(self, kind: str, subject_id: str) -> list[Citation]:
        return list(self._citations.get((kind, subject_id), ()))

    def citation_count(self, kind: str, subject_id: str) -> int:
        """How many citations one subject has, without making them (a subject with one cannot hold a
        disagreement; a row that shows a count needs no more)."""
        return self._citations.count((kind, subject_id))

    def figures(self, kind: str, subject_id: str, field: str) -> list[Figure]:
        """The values sources assert for one field, each with its citations (in dataset order)."""
        return self._figures(kind, subject_id, field, self._citations.valued((kind, subject_id), field))

    def figures_of(self, kind: str, subject_ids: list[str], field: str) -> dict[str, list[Figure]]:
        """`figures` of many subjects of one kind, read together (one query where the citations are read when
        asked for): a view showing a field of dozens of items (the org chart's box sizes) asks once."""
        valued = self._citations.valued_many(kind, subject_ids, field)
        return {i: self._figures(kind, i, field, valued[i]) for i in subject_ids}

    def _figures(self, kind: str, subject_id: str, field: str, citations: list[Citation]) -> list[Figure]:
        grouped: dict[str, list[Citation]] = {}
        for c in citations:
            grouped.setdefault(c.value, []).append(c)
        return [Figure(value, tuple(cs), *self._labels.get((kind, subject_id, field, value), (None, None)))
                for value, cs in grouped.items()]

    def value_label(self, citation: Citation, lang: str = "en") -> str:
        """The value a citation asserts, in words where the dataset has words for it."""
        en, sq = self._labels.get((citation.subject_kind, citation.subject_id, citation.field, citation.value or ""),
                                  (None, None))
        return (sq if lang == "sq" else None) or en or citation.value or ""

    def disagreements(self, kind: str, subject_id: str) -> dict[str, list[Figure]]:
        """Every field of one subject on which sources give more than one value, with each value's figures."""
        fields = dict.fromkeys(c.field for c in self._citations.get((kind, subject_id), ()) if c.value is not None)
        out = {f: self.figures(kind, subject_id, f) for f in fields}
        return {f: figures for f, figures in out.items() if len(figures) > 1}

    def traditions(self) -> list[Tradition]:
        return list(self._traditions.values())

    def tradition(self, tradition_id: str) -> Tradition:
        return self._traditions[tradition_id]

    def events(self) -> list[Event]:
        """Every event, oldest first."""
        return list(self._events.values())

    def event(self, event_id: str) -> Event:
        return self._events[event_id]

    def glossary(self) -> list[Term]:
        return list(self._terms.values())

    def term(self, term_id: str) -> Term:
        return self._terms[term_id]

    def places(self, kind: str | None = None) -> list[Place]:
        return [p for p in self._places.values() if kind is None or p.kind == kind]

    def place(self, place_id: str) -> Place:
        return self._places[place_id]

    def delegations(self, kind: str | None = None) -> list[Delegation]:
        return [d for d in self._delegations.values() if kind is None or d.kind == kind]

    def delegation(self, delegation_id: str) -> Delegation:
        return self._delegations[delegation_id]

    def delegations_for_place(self, place_id: str) -> list[Delegation]:
        return list(self._delegations_of_place.get(place_id, ()))

    def related_delegations(self, kind: str, item_id: str) -> list[Delegation]:
        """The delegations a selection stands for: a delegation itself, a place's delegations, the
        delegations a person is named in. Nothing for bodies and decisions."""
        if not self.exists(kind, item_id):
            return []
        if kind == "delegation":
            return [self.delegation(item_id)]
        if kind == "place":
            return self.delegations_for_place(item_id)
        if kind == "person":
            return [self.delegation(n.delegation_id) for n in self.delegations_of_person(item_id)]
        return []

    def named_delegates(self, delegation_id: str) -> list[NamedDelegate]:
        return list(self._named.get(delegation_id, ()))

    def people(self) -> list[Person]:
        return list(self._people.values())

    def person(self, person_id: str) -> Person:
        return self._people[person_id]

    def bodies(self) -> list[Body]:
        return list(self._bodies.values())

    def body(self, body_id: str) -> Body:
        return self._bodies[body_id]

    def child_bodies(self, body_id: str | None) -> list[Body]:
        return list(self._children.get(body_id, ()))

    def seats(self, body_id: str) -> list[Seat]:
        return list(self._seats.get(body_id, ()))

    def roles(self, person_id: str) -> list[Seat]:
        """Every seat a person holds, in body order."""
        return list(self._roles.get(person_id, ()))

    def delegations_of_person(self, person_id: str) -> list[NamedDelegate]:
        """Every delegation that names a person, in delegation order."""
        return list(self._named_of_person.get(person_id, ()))

    def decisions(self, kind: str | None = None) -> list[Decision]:
        return [d for d in self._decisions.values() if kind is None or d.kind == kind]

    def decision(self, decision_id: str) -> Decision:
        return self._decisions[decision_id]

    def exists(self, kind: str, item_id: str) -> bool:
        table = self._tables().get(kind)
        return table is not None and item_id in table

    def ids(self, kind: str) -> list[str]:
        return list(self._tables()[kind])

    def _tables(self) -> dict[str, dict]:
        return {"place": self._places, "delegation": self._delegations, "body": self._bodies,
                "person": self._people, "decision": self._decisions, "event": self._events}

    def item_citations(self, kind: str, item_id: str) -> list[Citation]:
        """Every citation behind a selectable item: a person's come from their seats and delegations,
        a place's include its delegations'."""
        if kind == "person":
            out = self.citations("person", item_id)
            out += [c for seat in self.roles(item_id) for c in self.citations("seat", seat.citation_id)]
            out += [c for n in self.delegations_of_person(item_id)
                    for c in self.citations("named_delegate", f"{n.delegation_id}/{item_id}")]
            return out
        if kind == "decision":
            return self.citations("viewpoint" if self.decision(item_id).kind == "viewpoint" else "decision", item_id)
        if kind == "place":
            return [c for d in self.delegations_for_place(item_id) for c in self.citations("delegation", d.id)] + \
                self.citations("place", item_id)
        return self.citations(kind, item_id)

    def summary(self) -> dict[str, int]:
        return {
            "places": len(self.places("region")) + len(self.places("locality")),
            "delegations": len(self._delegations),
            "delegates": self.total_delegates(),
            "bodies": len(self._bodies),
            "seats": sum(len(s) for s in self._seats.values()),
            "people": len(self._people),
            "decisions": len(self.decisions("decision")),
            "viewpoints": len(self.decisions("viewpoint")),
            "events": len(self._events),
            "terms": len(self._terms),
            "sources": len(self._sources),
            "citations": self._citations.total(),
        }
