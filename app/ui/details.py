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
from app.model.entities import Citation
from app.ui.labels import label, percent
from app.ui.selection import SelectionModel

NOT_RECORDED = "not recorded in the sources"


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
                  "person": self._person, "decision": self._decision}[kind]
        return render(item_id)

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
        return f"<h2>{e(s.meta('title'))}</h2><p>{e(intro)}</p><p>{e(hint)}</p>"

    def _citations(self, citations: list[Citation], heading: str | None = None) -> str:
        if not citations:
            return f"<p><i>{e(self.tr('No citation.'))}</i></p>"
        parts = [f"<h3>{e(heading or self.tr('Sources'))}</h3><ol>"]
        for c in citations:
            src = c.source
            title = f'<a href="{e(src.url)}">{e(src.title)}</a>' if src.url else e(src.title)
            value = f" — {e(c.field)}: <b>{e(c.value)}</b>" if c.value else ""
            lang = f" ({e(c.quote_language)})" if c.quote_language else ""
            parts.append(f"<li>{title} <small>[{e(src.reliability)}]</small>{value}<br>"
                         f"<i>“{e(c.quote)}”</i>{lang}</li>")
        parts.append("</ol>")
        return "".join(parts)

    def _disagreements(self, kind: str, item_id: str, fields: tuple[str, ...]) -> str:
        out = []
        for field in fields:
            figures = self._store.figures(kind, item_id, field)
            if len(figures) > 1:
                rows = "".join(
                    f"<li><b>{e(f.value)}</b> — {e('; '.join(sorted({c.source.title for c in f.citations})))}</li>"
                    for f in figures)
                out.append(f"<p><b>{e(self.tr('Sources disagree on {field}:').format(field=field))}</b></p><ul>{rows}</ul>")
        return "".join(out)

    def _delegation_summary(self, delegation_id: str) -> str:
        s = self._store
        d = s.delegation(delegation_id)
        if d.delegates is None:
            count = e(self.tr("Delegates: {n}").format(n=NOT_RECORDED))
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
                    parts.append(f"<p>{e(self.tr('One delegation over several regions:'))} {others}</p>")
            for d in delegations:
                parts.append(self._named_delegates(d.id))
                parts.append(self._disagreements("delegation", d.id, ("delegates",)))
                parts.append(self._citations(s.citations("delegation", d.id),
                                             self.tr("Sources for the delegation")))
        else:
            parts.append(f"<p><b>{e(self.tr('No delegation from this region is recorded in the sources.'))}</b></p>")
        if p.prefecture_1944_namesake:
            parts.append(f"<p>{e(self.tr('1944 prefecture of the same name: {name}').format(name=p.prefecture_1944_namesake))}</p>")
        if p.note:
            parts.append(f"<p><small>{e(p.note)}</small></p>")
        parts.append(self._citations(s.citations("place", place_id), self.tr("Sources for the place")))
        return "".join(parts)

    def _named_delegates(self, delegation_id: str) -> str:
        named = self._store.named_delegates(delegation_id)
        if not named:
            return f"<p>{e(self.tr('Named delegates: {n}').format(n=NOT_RECORDED))}</p>"
        items = "".join(
            f"<li>{self._link('person', n.person_id)}"
            + (f" <small>({e(n.group_sq if self._lang == 'sq' else n.group_en)})</small>" if n.group_en else "")
            + "</li>" for n in named)
        return f"<h3>{e(self.tr('Named delegates ({n})').format(n=len(named)))}</h3><ul>{items}</ul>"

    def _delegation(self, delegation_id: str) -> str:
        s = self._store
        d = s.delegation(delegation_id)
        parts = [f"<h2>{e(d.name_en)} <small>({e(d.name_sq)})</small></h2>", self._delegation_summary(d.id)]
        basis = {"computed": self.tr("Computed, not sourced: the total minus the regional delegations."),
                 "quota": self.tr("A quota set by the election resolution, not a head-count; part of the total, not added to it.")}
        if d.basis in basis:
            parts.append(f"<p><b>{e(basis[d.basis])}</b></p>")
        if d.place_ids:
            places = ", ".join(self._link("place", p, s.place(p).name_sq) for p in d.place_ids)
            parts.append(f"<p>{e(self.tr('Regions:'))} {places}</p>")
        if d.note:
            parts.append(f"<p>{e(d.note)}</p>")
        parts.append(self._disagreements("delegation", d.id, ("delegates",)))
        if d.kind == "region":
            parts.append(self._named_delegates(d.id))
        parts.append(self._citations(s.citations("delegation", d.id)))
        return "".join(parts)

    def _body(self, body_id: str) -> str:
        s = self._store
        b = s.body(body_id)
        abbrev = f" ({e(b.abbrev)})" if b.abbrev else ""
        parts = [f"<h2>{e(b.name_en)}</h2><p><i>{e(b.name_sq)}</i>{abbrev}</p>"]
        if b.parent_id:
            parts.append(f"<p>{e(b.relation_en or '')} {self._link('body', b.parent_id)}</p>")
        if b.description_en:
            parts.append(f"<p>{e(b.description_en)}</p>")
        sizes = s.figures("body", body_id, "size")
        if sizes:
            disagree = f" ({e(self.tr('sources disagree'))})" if len(sizes) > 1 else ""
            parts.append(f"<p>{e(self.tr('Size:'))} <b>{e(self.tr(' or ').join(f.value for f in sizes))}</b>{disagree}</p>")
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
                who = self._link("person", x.person_id) if x.person_id else f"<i>{e(self.tr('not named in the sources'))}</i>"
                portfolio = f" — {e(x.portfolio)}" if x.portfolio else ""
                parts.append(f"<li>{e(x.role_en)}: {who}{portfolio}</li>")
            parts.append("</ol>")
        parts.append(self._disagreements("body", body_id, ("size", "delegates", "opened", "closed")))
        children = s.child_bodies(body_id)
        if children:
            parts.append(f"<p>{e(self.tr('Bodies below:'))} {', '.join(self._link('body', c.id) for c in children)}</p>")
        parts.append(self._citations(s.citations("body", body_id)))
        return "".join(parts)

    def _person(self, person_id: str) -> str:
        s = self._store
        p = s.person(person_id)
        parts = [f"<h2>{e(p.name)}</h2>"]
        if p.alt_names:
            parts.append(f"<p>{e(self.tr('Also written:'))} {e(p.alt_names)}</p>")
        roles = s.roles(person_id)
        if roles:
            parts.append(f"<h3>{e(self.tr('Roles'))}</h3><ul>")
            for x in roles:
                portfolio = f" — {e(x.portfolio)}" if x.portfolio else ""
                note = f"<br><small>{e(x.note)}</small>" if x.note else ""
                parts.append(f"<li>{e(x.role_en)}, {self._link('body', x.body_id)}{portfolio}{note}</li>")
            parts.append("</ul>")
        for n in s.delegations_of_person(person_id):
            group = f" ({e(n.group_en)})" if n.group_en else ""
            parts.append(f"<p>{e(self.tr('Delegate of'))} {self._link('delegation', n.delegation_id)}{group}</p>")
        parts.append(f"<p>{e(self.tr('Born:'))} {e(p.born or NOT_RECORDED)}; {e(self.tr('died:'))} {e(p.died or NOT_RECORDED)}</p>")
        if p.note:
            parts.append(f"<p><small>{e(p.note)}</small></p>")
        citations = [c for x in roles for c in s.citations("seat", x.citation_id)]
        citations += [c for n in s.delegations_of_person(person_id)
                      for c in s.citations("named_delegate", f"{n.delegation_id}/{person_id}")]
        parts.append(self._citations(citations))
        return "".join(parts)

    def _decision(self, decision_id: str) -> str:
        s = self._store
        d = s.decision(decision_id)
        tag = self.tr("Viewpoint, not a decision") if d.kind == "viewpoint" else (d.category or "")
        parts = [f"<h2>{e(d.title_en)}</h2><p><i>{e(d.title_sq)}</i></p><p><b>{e(tag)}</b> · "
                 f"{e(self.tr('confidence: {c}').format(c=d.confidence))}</p><p>{e(d.summary_en)}</p>"]
        if d.wording == "paraphrase":
            parts.append(f"<p><small>{e(self.tr('Only paraphrases are known; no verbatim text of the resolution was found.'))}</small></p>")
        if d.subjects:
            parts.append(f"<p>{e(self.tr('Concerns:'))} {', '.join(self._link(k, i) for k, i in d.subjects)}</p>")
        kind = "viewpoint" if d.kind == "viewpoint" else "decision"
        parts.append(self._citations(s.citations(kind, decision_id)))
        return "".join(parts)
