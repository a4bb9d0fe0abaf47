"""Dates as a reader writes them, in the interface language: "24 May 1944", «24 maj 1944», "24–28 May 1944".

ISO strings from the dataset may be partial ("1944-05", "1946"): only what is there is written.
"""

from __future__ import annotations

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
           "dhjetor"),
}


def parts(iso: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of an ISO date, None for what it leaves out or cannot be read."""
    if not iso:
        return None, None, None
    out: list[int | None] = []
    for piece in (iso.split("-") + [None, None])[:3]:
        out.append(int(piece) if piece and piece.isdigit() else None)
    year, month, day = out
    if month is not None and not 1 <= month <= 12:
        month, day = None, None
    if day is not None and not 1 <= day <= 31:
        day = None
    return year, month, day


def format_date(iso: str | None, lang: str = "en") -> str:
    year, month, day = parts(iso)
    if year is None:
        return iso or ""
    months = MONTHS.get(lang, MONTHS["en"])
    if month is None:
        return str(year)
    if day is None:
        return f"{months[month - 1]} {year}"
    return f"{day} {months[month - 1]} {year}"


def format_range(start: str | None, end: str | None, lang: str = "en", precision: str = "day") -> str:
    """"24–28 May 1944", "15 April – 28 May 1944", or one date when both ends are the same. With precision
    "month" or "year" only the months or years are written ("May – November 1944", "April 1944")."""
    if precision in ("month", "year"):
        cut = 7 if precision == "month" else 4
        start, end = (start or "")[:cut] or None, (end or "")[:cut] or None
        if start and end and start != end and precision == "month" and start[:4] == end[:4]:
            months = MONTHS.get(lang, MONTHS["en"])
            y, m1, _ = parts(start)
            _, m2, _ = parts(end)
            if None not in (y, m1, m2):
                return f"{months[m1 - 1]} – {months[m2 - 1]} {y}"
    if not end or end == start:
        return format_date(start, lang)
    y1, m1, d1 = parts(start)
    y2, m2, d2 = parts(end)
    months = MONTHS.get(lang, MONTHS["en"])
    if None not in (y1, m1, d1, y2, m2, d2) and y1 == y2:
        if m1 == m2:
            return f"{d1}–{d2} {months[m1 - 1]} {y1}"
        return f"{d1} {months[m1 - 1]} – {d2} {months[m2 - 1]} {y1}"
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def ordinal_day(iso: str | None) -> float | None:
    """Days since 1 January 1900 (a partial date counts from its first day), for placing dates on a line."""
    from datetime import date

    year, month, day = parts(iso)
    if year is None:
        return None
    try:
        return float((date(year, month or 1, day or 1) - date(1900, 1, 1)).days)
    except ValueError:
        return None
