"""Display names of dataset items in the current data language (sq or en)."""

from __future__ import annotations

from html import escape

from app.model import Store
from app.model.entities import localized


def place_name(store: Store, place_id: str, lang: str = "en", definite: bool = False) -> str:
    """The place's name: indefinite for labels, lists and headings («Korçë»); `definite` gives the Albanian
    definite nominative a sentence needs after «nga» or as its subject («nga Korça»). English has one form."""
    p = store.place(place_id)
    if lang == "sq":
        return p.name_sq_definite if definite else p.name_sq
    return p.name_en


def genitive(store: Store, kind: str, item_id: str, lang: str = "en") -> str | None:
    """The name as it follows «i/e/të/së» («delegacioni i Korçës», «Organ ekzekutiv i Këshillit …»): the stored
    Albanian genitive (`name_sq_gen`), never a built one; None where the dataset stores none (a delegation not
    named for a place), and the caller then shows the name as a label. English has one form: the name."""
    if kind not in ("place", "delegation", "body"):
        return None
    item = {"place": store.place, "delegation": store.delegation, "body": store.body}[kind](item_id)
    if lang == "sq":
        return item.name_sq_gen or None
    if kind == "delegation" and not item.name_sq_gen:
        return None  # the same choice in both languages: a label where Albanian has no genitive
    return item.name_en


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


def percent(share: float | None, lang: str = "en") -> str:
    """English "13.3%"; Albanian «13,3%» (decimal comma, no space before the sign)."""
    if share is None:
        return "—"
    text = f"{share * 100:.1f}%"
    return text.replace(".", ",") if lang == "sq" else text


MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"),
          "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
                 "dhjetor")}


def date_range(date_from: str, date_to: str, precision: str = "day", lang: str = "en") -> str:
    """ISO dates as a reader writes them: «24–28 maj 1944», "24 May 1944", "July–August 1944" (months lower
    case in Albanian, an en dash between the ends, the shared month and year said once)."""
    months = MONTHS["sq" if lang == "sq" else "en"]

    def parts(iso: str) -> tuple[int, int | None, int | None]:
        bits = [int(b) for b in iso.split("-")]
        return bits[0], bits[1] if len(bits) > 1 else None, bits[2] if len(bits) > 2 else None

    (y1, m1, d1), (y2, m2, d2) = parts(date_from), parts(date_to)
    if precision == "year" or m1 is None or m2 is None:
        return str(y1) if y1 == y2 else f"{y1}–{y2}"
    if precision == "month" or d1 is None or d2 is None:
        if (y1, m1) == (y2, m2):
            return f"{months[m1 - 1]} {y1}"
        start = months[m1 - 1] if y1 == y2 else f"{months[m1 - 1]} {y1}"
        return f"{start}–{months[m2 - 1]} {y2}"
    if (y1, m1, d1) == (y2, m2, d2):
        return f"{d1} {months[m1 - 1]} {y1}"
    if (y1, m1) == (y2, m2):
        return f"{d1}–{d2} {months[m1 - 1]} {y1}"
    start = f"{d1} {months[m1 - 1]}" if y1 == y2 else f"{d1} {months[m1 - 1]} {y1}"
    return f"{start} – {d2} {months[m2 - 1]} {y2}"


def seat_ranges(numbers: list[int]) -> str:
    """'5–25', or '3, 7–9' where the numbers have gaps."""
    out, start = [], None
    for n, value in enumerate(numbers):
        if start is None:
            start = value
        if n + 1 == len(numbers) or numbers[n + 1] != value + 1:
            out.append(str(start) if start == value else f"{start}–{value}")
            start = None
    return ", ".join(out)
