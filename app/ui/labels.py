"""Display names of dataset items in the current data language (sq or en)."""

from __future__ import annotations

from html import escape

from app.model import Store
from app.model.entities import localized


def place_name(store: Store, place_id: str, lang: str = "en") -> str:
    p = store.place(place_id)
    return p.name_sq if lang == "sq" else p.name_en


def label(store: Store, kind: str, item_id: str, lang: str = "en") -> str:
    """A short human name for any selectable item."""
    if kind == "place":
        return place_name(store, item_id, lang)
    if kind == "delegation":
        d = store.delegation(item_id)
        return d.name_sq if lang == "sq" else d.name_en
    if kind == "body":
        b = store.body(item_id)
        return b.name_sq if lang == "sq" else b.name_en
    if kind == "person":
        return store.person(item_id).name
    if kind == "decision":
        d = store.decision(item_id)
        return d.title_sq if lang == "sq" else d.title_en
    if kind == "event":
        return localized(store.event(item_id), "title", lang) or item_id
    return item_id


def plain_tooltip(text: str | None) -> str:
    """A tooltip that shows dataset text as the characters it is. Qt guesses whether a tooltip is rich
    text, so '<b>' in a name would be rendered; escaping it inside a rich-text paragraph never is."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + escape(text).replace("\n", "<br/>") + "</p>"


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"
