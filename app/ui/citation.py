"""A plain-text citation of an item and its sources: what "Cite this" puts on the clipboard, in the
interface language. Titles and quotes stay as the sources give them; the quote's language is named."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model import Store
from app.ui import vocabulary
from app.ui.labels import label

WHAT = {
    "decision": QT_TRANSLATE_NOOP("Citation", "a decision of the Congress of Përmet, May 1944"),
    "viewpoint": QT_TRANSLATE_NOOP("Citation", "a viewpoint on the Congress of Përmet, not a decision"),
    "place": QT_TRANSLATE_NOOP("Citation", "a region on the map"),
    "delegation": QT_TRANSLATE_NOOP("Citation", "a delegation to the Congress of Përmet"),
    "body": QT_TRANSLATE_NOOP("Citation", "a body of the Congress of Përmet"),
    "person": QT_TRANSLATE_NOOP("Citation", "a person in the bodies of the Congress of Përmet"),
    "event": QT_TRANSLATE_NOOP("Citation", "a dated event"),
}
DATASET = QT_TRANSLATE_NOOP("Citation", "{app} {version}, dataset “{title}” (schema {schema}).")
SOURCES = QT_TRANSLATE_NOOP("Citation", "Sources:")
RELIABILITY = QT_TRANSLATE_NOOP("Citation", "Reliability: {tag}.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Citation", text)


def citation_text(store: Store, kind: str, item_id: str, lang: str = "en") -> str:
    from app import APP_NAME, __version__

    what = WHAT[kind]
    if kind == "decision" and store.decision(item_id).kind == "viewpoint":
        what = WHAT["viewpoint"]
    title = store.meta(f"title_{lang}") or store.meta("title_en")
    lines = [f"{label(store, kind, item_id, lang)} ({_tr(what)}).",
             _tr(DATASET).format(app=APP_NAME, version=__version__, title=title, schema=store.meta("schema_version")),
             _tr(SOURCES)]
    open_quote, close_quote = ("«", "»") if lang == "sq" else ("“", "”")
    seen = []
    for c in store.item_citations(kind, item_id):
        if (c.source.id, c.quote) in seen:
            continue
        seen.append((c.source.id, c.quote))
        url = f" {c.source.url}" if c.source.url else ""
        language = f" [{vocabulary.language(c.quote_language)}]" if c.quote_language else ""
        reliability = _tr(RELIABILITY).format(tag=vocabulary.reliability(c.source.reliability))
        lines.append(f"[{len(seen)}] {c.source.title}.{url} {reliability} {open_quote}{c.quote}{close_quote}{language}")
    return "\n".join(lines)
