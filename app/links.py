"""Links to a view of the app: `KIND:ID` (--select, the details panel's `select:` links) and the shareable
`permet-explorer:select=place:korce&tab=map&lang=sq` URL (the command line's positional argument, the
desktop entry's scheme handler, Help → Copy link to this view). No Qt here.

A link can come from any web page, so it never names a file or a dataset: only `select`, `tab` and `lang`.
Anything else is refused with one line, and nothing is opened because of it.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from app.model.checks import bad_id_reason
from app.model.opening import one_line

SCHEME = "permet-explorer"
LINK_KEYS = ("select", "tab", "lang")
LANGUAGES = ("en", "sq")
MAX_LINK = 1_000  # characters of a whole link


class LinkError(ValueError):
    """A KIND:ID or a permet-explorer: link that cannot be followed; the message is one line."""


def kinds() -> tuple[str, ...]:
    from app.model.store import KINDS
    return tuple(KINDS)


def parse_kind_id(value: str, what: str = "--select") -> tuple[str, str]:
    """`place:korce` → ("place", "korce"); the one parser of KIND:ID for the command line, links and URLs."""
    kind, sep, item_id = value.partition(":")
    if not sep or not item_id:
        raise LinkError(f"{what} needs KIND:ID (for example place:korce), not {one_line(repr(value), 80)}")
    if kind not in kinds():
        raise LinkError(f"{what}: unknown kind {one_line(repr(kind), 40)}; use one of {', '.join(kinds())}")
    reason = bad_id_reason(item_id)
    if reason:
        raise LinkError(f"{what}: {one_line(repr(item_id), 80)} is not an id ({reason})")
    return kind, item_id


def is_link(value: str) -> bool:
    return value[: len(SCHEME) + 1].lower() == SCHEME + ":"


def parse_link(url: str, tabs: tuple[str, ...]) -> dict[str, object]:
    """`permet-explorer:select=place:korce&tab=map&lang=sq` → {"select": ("place", "korce"), "tab": "map",
    "lang": "sq"} (keys present only when the link has them)."""
    if len(url) > MAX_LINK:
        raise LinkError(f"the link is {len(url):,} characters long; a {SCHEME}: link has at most {MAX_LINK:,}")
    if not is_link(url):
        raise LinkError(f"expected a {SCHEME}: link (e.g. {SCHEME}:select=place:korce&tab=map), not "
                        f"{one_line(repr(url), 80)}; a dataset is opened with --db")
    body = url[len(SCHEME) + 1:]
    body = body[2:] if body.startswith("//") else body
    body = body[2:] if body.startswith("/?") else body[1:] if body.startswith("?") else body
    body = body.split("#", 1)[0]
    found: dict[str, object] = {}
    for part in filter(None, body.split("&")):
        key, sep, raw = part.partition("=")
        try:
            value = unquote(raw, errors="strict")
        except UnicodeDecodeError:
            raise LinkError(f"the link's {one_line(key, 20)!r} is not valid UTF-8") from None
        if key not in LINK_KEYS:
            raise LinkError(f"the link names {one_line(repr(key), 40)}; a {SCHEME}: link may hold only "
                            f"{', '.join(LINK_KEYS)} (it never names a file or a dataset)")
        if not sep or key in found:
            raise LinkError(f"the link's {key!r} must appear once, as {key}=VALUE")
        if key == "select":
            found[key] = parse_kind_id(value, "the link's select")
        elif key == "tab":
            if value not in tabs:
                raise LinkError(f"the link's tab {one_line(repr(value), 40)} is not one of {', '.join(tabs)}")
            found[key] = value
        else:
            if value not in LANGUAGES:
                raise LinkError(f"the link's lang {one_line(repr(value), 40)} is not one of {', '.join(LANGUAGES)}")
            found[key] = value
    return found


def make_link(tab: str | None = None, select: tuple[str, str] | None = None, lang: str | None = None) -> str:
    """The permet-explorer: URL that opens this view."""
    parts = []
    if select is not None:
        parts.append("select=" + quote(f"{select[0]}:{select[1]}", safe=":-_.~"))
    if tab:
        parts.append("tab=" + quote(tab, safe=""))
    if lang:
        parts.append("lang=" + quote(lang, safe=""))
    return f"{SCHEME}:" + "&".join(parts)
