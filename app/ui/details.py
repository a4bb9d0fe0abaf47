"""The details panel: what is selected, its numbers, and every source behind them.

All dataset text is escaped before it goes into the rich-text document, so markup in the data is shown
as the characters it is, never rendered.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser

from app.model import Store
from app.model.entities import Citation, localized
from app.ui.labels import label, percent
from app.ui.selection import SelectionModel



def e(text: object) -> str:
    return escape("" if text is None else str(text))


class DetailsPanel(QTextBrowser):
    """Shows the current selection (follow=True, the window's panel), or one item it is told to show
    (follow=False, e.g. the Decisions tab's reading pane). Links inside select what they name."""

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None, follow: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel" if follow else "")
        self.setAccessibleName(self.tr("Details"))
        self.setAccessibleDescription(self.tr("What is selected, its figures and the sources they come from"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow_link)
        self._store = store
        self._selection = selection
        self._lang = lang
        self._shown: tuple[str, str] | None = None
        if follow:
            selection.changed.connect(self.refresh)
            self.refresh()

    def show_item(self, kind: str, item_id: str) -> None:
        self._shown = (kind, item_id)
        self.setHtml(self.item_html(kind, item_id))

    def item_html(self, kind: str, item_id: str) -> str:
        render = {"place": self._place, "delegation": self._delegation, "body": self._body,
                  "person": self._person, "decision": self._decision, "event": self._event}[kind]
        return render(item_id)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._shown is None:
            self.refresh()
        else:
            self.show_item(*self._shown)

    def set_store(self, store: Store) -> None:
        self._store = store
        self.refresh()

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == "select":
            kind, _, item_id = url.path().partition(":")
            if self._store.exists(kind, item_id):
                self._selection.select(kind, item_id, origin=self)
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _link(self, kind: str, item_id: str, text: str | None = None) -> str:
        return f'<a href="select:{e(kind)}:{e(item_id)}">{e(text or label(self._store, kind, item_id, self._lang))}</a>'

    # ------------------------------------------------------------------ rendering
    def refresh(self) -> None:
        current = self._selection.current()
        if current is None or not self._store.exists(*current):
            self.setHtml(self._overview())
            return
        self.setHtml(self.item_html(*current))

    def _overview(self) -> str:
        s = self._store
        regional = sum(d.delegates or 0 for d in s.delegations("region"))
        intro = self.tr("{total} delegates. The sources give the regional delegations for {regional} of them; "
                        "the other {rest} are not broken down by region.").format(
            total=s.total_delegates(), regional=regional, rest=s.total_delegates() - regional)
        hint = self.tr("Select a region, a delegation, a body, a person or a decision to see its figures and sources.")
        title = self.tr("Congress of Përmet (May 1944)")
        return f"<h2>{e(title)}</h2><p>{e(intro)}</p><p>{e(hint)}</p>"

    def _citations(self, citations: list[Citation], heading: str | None = None) -> str:
        if not citations:
            return "<p><i>" + e(self.tr('No citation.')) + "</i></p>"
        parts = ["<h3>" + e(heading or self.tr('Sources')) + "</h3><ol>"]
        for c in citations:
            src = c.source
            title = f'<a href="{e(src.url)}">{e(src.title)}</a>' if src.url else e(src.title)
            value = f" — {e(self._field_name(c.field))}: <b>{e(c.value)}</b>" if c.value else ""
            lang = f" ({e(c.quote_language)})" if c.quote_language else ""
            parts.append(f"<li>{title} <small>[{e(src.reliability)}]</small>{value}<br>"
                         f"<i>“{e(c.quote)}”</i>{lang}</li>")
        parts.append("</ol>")
        return "".join(parts)

    def _field_name(self, field: str) -> str:
        names = {"delegates": self.tr("delegates"), "size": self.tr("size"), "opened": self.tr("opened"),
                 "closed": self.tr("closed"), "geometry": self.tr("geometry"), "holder": self.tr("holder"),
                 "member": self.tr("member"), "prefecture_1944_namesake": self.tr("1944 prefecture"),
                 "called_congress": self.tr("called the congress"), "model": self.tr("model"), "venue": self.tr("venue")}
        return names.get(field, field)

    def _disagreements(self, kind: str, item_id: str, fields: tuple[str, ...]) -> str:
        out = []
        for field in fields:
            figures = self._store.figures(kind, item_id, field)
            if len(figures) > 1:
                rows = "".join(
                    f"<li><b>{e(f.value)}</b> — {e('; '.join(sorted({c.source.title for c in f.citations})))}</li>"
                    for f in figures)
                fields = {"delegates": self.tr("the number of delegates"), "size": self.tr("the size"),
                          "opened": self.tr("the opening date"), "closed": self.tr("the closing date")}
                heading = self.tr("Sources disagree on {field}:").format(field=fields.get(field, field))
                out.append("<p><b>" + e(heading) + f"</b></p><ul>{rows}</ul>")
        return "".join(out)

    def _delegation_summary(self, delegation_id: str) -> str:
        s = self._store
        d = s.delegation(delegation_id)
        if d.delegates is None:
            count = e(self.tr("Delegates: not recorded in the sources"))
        else:
            count = e(self.tr("{n} delegates, {share} of {total}").format(
                n=d.delegates, share=percent(s.share(d.delegates)), total=s.total_delegates()))
        return f"<p><b>{self._link('delegation', d.id)}</b>: {count}</p>"

    def _place(self, place_id: str) -> str:
        s = self._store
        p = s.place(place_id)
        parts = [f"<h2>{e(p.name_sq)} <small>({e(p.name_en_full or p.name_en)})</small></h2>"]
        delegations = s.delegations_for_place(place_id)
        if delegations:
            for d in delegations:
                parts.append(self._delegation_summary(d.id))
                if len(d.place_ids) > 1:
                    others = ", ".join(e(s.place(x).name_sq) for x in d.place_ids)
                    parts.append("<p>" + e(self.tr('One delegation over several regions:')) + f" {others}</p>")
            for d in delegations:
                parts.append(self._named_delegates(d.id))
                parts.append(self._disagreements("delegation", d.id, ("delegates",)))
                parts.append(self._citations(s.citations("delegation", d.id),
                                             self.tr("Sources for the delegation")))
        else:
            parts.append("<p><b>" + e(self.tr('No delegation from this region is recorded in the sources.')) + "</b></p>")
        if p.prefecture_1944_namesake:
            parts.append("<p>" + e(self.tr('1944 prefecture of the same name: {name}').format(name=p.prefecture_1944_namesake)) + "</p>")
        if p.note_en:
            parts.append(f"<p><small>{e(p.note_en)}</small></p>")
        parts.append(self._citations(s.citations("place", place_id), self.tr("Sources for the place")))
        return "".join(parts)

    def _named_delegates(self, delegation_id: str) -> str:
        named = self._store.named_delegates(delegation_id)
        if not named:
            return "<p>" + e(self.tr('Named delegates: not recorded in the sources')) + "</p>"
        items = "".join(
            f"<li>{self._link('person', n.person_id)}"
            + (f" <small>({e(n.group_sq if self._lang == 'sq' else n.group_en)})</small>" if n.group_en else "")
            + "</li>" for n in named)
        return "<h3>" + e(self.tr('Named delegates ({n})').format(n=len(named))) + f"</h3><ul>{items}</ul>"

    def _delegation(self, delegation_id: str) -> str:
        s = self._store
        d = s.delegation(delegation_id)
        first, second = (d.name_sq, d.name_en) if self._lang == "sq" else (d.name_en, d.name_sq)
        other = f" <small>({e(second)})</small>" if second != first else ""
        parts = [f"<h2>{e(first)}{other}</h2>", self._delegation_summary(d.id)]
        basis = {"computed": self.tr("Computed, not sourced: the total minus the regional delegations."),
                 "quota": self.tr("A quota set by the election resolution, not a head-count; part of the total, not added to it.")}
        if d.basis in basis:
            parts.append(f"<p><b>{e(basis[d.basis])}</b></p>")
        if d.place_ids:
            places = ", ".join(self._link("place", p, s.place(p).name_sq) for p in d.place_ids)
            parts.append("<p>" + e(self.tr('Regions:')) + f" {places}</p>")
        if d.note_en:
            parts.append(f"<p>{e(d.note_en)}</p>")
        parts.append(self._disagreements("delegation", d.id, ("delegates",)))
        if d.kind == "region":
            parts.append(self._named_delegates(d.id))
        parts.append(self._citations(s.citations("delegation", d.id)))
        return "".join(parts)

    def _body(self, body_id: str) -> str:
        s = self._store
        b = s.body(body_id)
        abbrev = f" ({e(b.abbrev)})" if b.abbrev else ""
        first, second = (b.name_sq, b.name_en) if self._lang == "sq" else (b.name_en, b.name_sq)
        parts = [f"<h2>{e(first)}</h2><p><i>{e(second)}</i>{abbrev}</p>"]
        if b.parent_id:
            relations = {"elected by": self.tr("elected by"), "formed by": self.tr("formed by")}
            relation = relations.get(b.relation_en or "", b.relation_en or "")
            parts.append(f"<p>{e(relation)} {self._link('body', b.parent_id)}</p>")
        if b.description_en:
            parts.append(f"<p>{e(b.description_en)}</p>")
        sizes = s.figures("body", body_id, "size")
        if sizes:
            disagree = " (" + e(self.tr('sources disagree')) + ")" if len(sizes) > 1 else ""
            parts.append("<p>" + e(self.tr('Size:')) + " <b>" + e(self.tr(' or ').join(f.value for f in sizes)) + f"</b>{disagree}</p>")
        seats = s.seats(body_id)
        if seats:
            named = sum(1 for x in seats if x.person_id)
            if b.seats is not None:
                text = self.tr("{seats} seats: {named} named in the sources, {unnamed} not named.").format(
                    seats=b.seats, named=named, unnamed=b.seats - named)
            else:
                text = self.tr("{named} members named in the sources; the others are not named.").format(named=named)
            parts.append(f"<p>{e(text)}</p><ol>")
            for x in seats:
                who = self._link("person", x.person_id) if x.person_id else "<i>" + e(self.tr('not named in the sources')) + "</i>"
                portfolio = f" — {e(x.portfolio_en)}" if x.portfolio_en else ""
                parts.append(f"<li>{e(self._role(x))}: {who}{portfolio}</li>")
            parts.append("</ol>")
        parts.append(self._disagreements("body", body_id, ("size", "delegates", "opened", "closed")))
        children = s.child_bodies(body_id)
        if children:
            parts.append("<p>" + e(self.tr('Bodies below:')) + f" {', '.join(self._link('body', c.id) for c in children)}</p>")
        parts.append(self._citations(s.citations("body", body_id)))
        return "".join(parts)

    def _role(self, seat) -> str:
        return seat.role_sq if self._lang == "sq" else seat.role_en

    def _person(self, person_id: str) -> str:
        s = self._store
        p = s.person(person_id)
        parts = [f"<h2>{e(p.name)}</h2>"]
        if p.alt_names:
            parts.append("<p>" + e(self.tr('Also written:')) + f" {e(p.alt_names)}</p>")
        roles = s.roles(person_id)
        if roles:
            parts.append("<h3>" + e(self.tr('Roles')) + "</h3><ul>")
            for x in roles:
                portfolio = f" — {e(x.portfolio_en)}" if x.portfolio_en else ""
                note = f"<br><small>{e(x.note_en)}</small>" if x.note_en else ""
                parts.append(f"<li>{e(self._role(x))}, {self._link('body', x.body_id)}{portfolio}{note}</li>")
            parts.append("</ul>")
        for n in s.delegations_of_person(person_id):
            group = f" ({e(n.group_en)})" if n.group_en else ""
            parts.append("<p>" + e(self.tr('Delegate of')) + f" {self._link('delegation', n.delegation_id)}{group}</p>")
        not_recorded = self.tr("not recorded in the sources")
        parts.append("<p>" + e(self.tr('Born:')) + f" {e(p.born or not_recorded)}; " + e(self.tr('died:'))
                     + f" {e(p.died or not_recorded)}</p>")
        if p.note_en:
            parts.append(f"<p><small>{e(p.note_en)}</small></p>")
        parts.append(self._citations(s.item_citations("person", person_id)))
        return "".join(parts)

    def _decision(self, decision_id: str) -> str:
        s = self._store
        d = s.decision(decision_id)
        categories = {"government": self.tr("government"), "sovereignty": self.tr("sovereignty"),
                      "foreign relations": self.tr("foreign relations"), "justice": self.tr("justice"),
                      "army": self.tr("army"), "constitution": self.tr("constitution")}
        tag = self.tr("Viewpoint, not a decision") if d.kind == "viewpoint" else categories.get(d.category, d.category or "")
        first, second = (d.title_sq, d.title_en) if self._lang == "sq" else (d.title_en, d.title_sq)
        confidence = self.tr("confidence: {c}").format(c=d.confidence)
        parts = [f"<h2>{e(first)}</h2><p><i>{e(second)}</i></p><p><b>{e(tag)}</b> · {e(confidence)}</p>"
                 f"<p>{e(d.summary_en)}</p>"]
        if d.wording == "paraphrase":
            parts.append("<p><small>" + e(self.tr('Only paraphrases are known; no verbatim text of the resolution was found.')) + "</small></p>")
        if d.subjects:
            parts.append("<p>" + e(self.tr('Concerns:')) + f" {', '.join(self._link(k, i) for k, i in d.subjects)}</p>")
        parts.append(self._citations(s.item_citations("decision", decision_id)))
        return "".join(parts)


    def _event(self, event_id: str) -> str:
        """An event (data-truth's minimal view: its title, date or disputed range, summary and sources)."""
        s = self._store
        ev = s.event(event_id)
        labels = {f.value: f.label(self._lang) for f in s.figures("event", event_id, "date")}
        when = ev.date_from if ev.date_from == ev.date_to else f"{ev.date_from} – {ev.date_to}"
        parts = [f"<h2>{e(localized(ev, 'title', self._lang))}</h2><p><b>{e(when)}</b></p>",
                 f"<p>{e(localized(ev, 'summary', self._lang))}</p>"]
        if ev.disputed:
            parts.append("<p><b>" + e(self.tr("Sources disagree on {field}:").format(field=self.tr("the date"))) + "</b></p><ul>"
                         + "".join(f"<li><b>{e(labels[f.value])}</b> — {e('; '.join(sorted({c.source.title for c in f.citations})))}</li>"
                                   for f in s.figures("event", event_id, "date")) + "</ul>")
        if ev.related:
            parts.append("<p>" + e(self.tr('Concerns:')) + f" {', '.join(self._link(k, i) for k, i in ev.related)}</p>")
        parts.append(self._citations(s.item_citations("event", event_id)))
        return "".join(parts)


def citation_text(store: Store, kind: str, item_id: str) -> str:
    """A plain-text citation of an item and its sources: what "Cite this" puts on the clipboard."""
    from app import APP_NAME, __version__

    what = {"decision": "a decision of the Congress of Përmet, May 1944", "place": "a region on the map",
            "delegation": "a delegation to the Congress of Përmet", "body": "a body of the Congress of Përmet",
            "person": "a person in the bodies of the Congress of Përmet", "event": "a dated event"}[kind]
    if kind == "decision" and store.decision(item_id).kind == "viewpoint":
        what = "a viewpoint on the Congress of Përmet, not a decision"
    lines = [f"{label(store, kind, item_id)} ({what}).",
             f"{APP_NAME} {__version__}, dataset “{store.meta('title_en')}” (schema {store.meta('schema_version')}).",
             "Sources:"]
    seen = []
    for c in store.item_citations(kind, item_id):
        if (c.source.id, c.quote) in seen:
            continue
        seen.append((c.source.id, c.quote))
        url = f" {c.source.url}" if c.source.url else ""
        lang = f" [{c.quote_language}]" if c.quote_language else ""
        lines.append(f"[{len(seen)}] {c.source.title}.{url} Reliability: {c.source.reliability}. “{c.quote}”{lang}")
    return "\n".join(lines)
