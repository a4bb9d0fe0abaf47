"""The rows of the Organisation tab's tree as plain Python nodes, made from the Store: a body, a seat, or the folded
unnamed seats of a body. No Qt here; the model over them is org_tree.OrgTreeModel."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.model import Store
from app.model.entities import Body, Seat
from app.model.text import index_text

if TYPE_CHECKING:
    from app.ui.selection import Selection


@dataclass(eq=False, slots=True, weakref_slot=True)  # 80,000 of them at 1000x the data
class OrgNode:
    """A row of the tree: a body, a seat, or the folded unnamed seats of a body. It keeps the items it stands
    for, not their texts: the texts are made in the interface language when a row is drawn."""
    key: Selection | None
    kind: str  # "body", "seat" or "unnamed" (the folded unnamed seats; its children are those seats)
    body: Body | None = None
    seat: Seat | None = None
    texts: tuple = ()  # what the filter searches (both languages); folded the first time it is asked for
    parent: "OrgNode | None" = None
    row: int = 0
    children: list["OrgNode"] = field(default_factory=list)

    _search: str | None = None

    @property
    def is_body(self) -> bool:
        return self.kind == "body"

    @property
    def unnamed(self) -> bool:
        return self.kind == "unnamed" or (self.seat is not None and self.seat.person_id is None)

    @property
    def search(self) -> str:
        if self._search is None:
            self._search = index_text(*self.texts)
        return self._search

    def add(self, child: "OrgNode") -> "OrgNode":
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


def tree_tops(store: Store) -> Iterator[tuple[OrgNode, dict[Selection, OrgNode], int]]:
    """The top bodies in order, each made with everything under it: its named seats and, folded into one row, the
    seats no source names; then its sub-bodies. Yields (node, the first row of every key under it, its row count);
    the node is not yet under a root (see `build_tree`, `OrgTreeModel.append`)."""
    first: dict[Selection, OrgNode] = {}
    count = 0

    def add(parent: OrgNode, node: OrgNode) -> OrgNode:
        nonlocal count
        count += 1
        first.setdefault(node.key, node)
        return parent.add(node)

    def make_body(body: Body) -> OrgNode:
        nonlocal count
        count += 1
        node = OrgNode(("body", body.id), "body", body, texts=(body.name_en, body.name_sq, body.abbrev,
                                                                 body.description_en, body.description_sq))
        first.setdefault(node.key, node)
        seats = store.seats(body.id)
        unnamed = [seat for seat in seats if seat.person_id is None]
        group = None
        for seat in seats:
            if seat.person_id:
                person = store.person(seat.person_id)
                add(node, OrgNode(("person", seat.person_id), "seat", body, seat,
                                  (person.name, person.alt_names, seat.role_en, seat.role_sq, seat.portfolio_en,
                                   seat.portfolio_sq)))
                continue
            parent_of_seat = node
            if len(unnamed) > 1:
                if group is None:
                    group = add(node, OrgNode(("body", body.id), "unnamed", body, texts=()))
                parent_of_seat = group
            parent_of_seat.add(OrgNode(("body", body.id), "seat", body, seat, (seat.role_en, seat.role_sq)))
            count += parent_of_seat is node
        for child in store.child_bodies(body.id):
            node.add(make_body(child))
        return node

    for body in store.child_bodies(None):
        first, count = {}, 0
        top = make_body(body)
        yield top, first, count


def build_tree(store: Store) -> tuple[OrgNode, dict[Selection, OrgNode], int]:
    """The whole tree at once. Returns the root, the first row of every key (body rows come before their seats)
    and the row count."""
    root = OrgNode(None, "root")
    first: dict[Selection, OrgNode] = {}
    count = 0
    for top, keys, rows in tree_tops(store):
        root.add(top)
        for key, node in keys.items():
            first.setdefault(key, node)
        count += rows
    return root, first, count
