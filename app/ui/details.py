"""The details panel: what is selected, its numbers, and every source behind them.

Every text is in the interface language: the dataset's prose through `localized` (English where the Albanian
is not written), its terms through app/ui/vocabulary.py. Quotes stay in their own language, with the
language named. All dataset text is escaped before it goes into the rich-text document, so markup in the
data is shown as the characters it is, never rendered.
"""

from __future__ import annotations

import functools
from html import escape

from PySide6.QtCore import QUrl

from app.links import LinkError, parse_kind_id
from app.model import Store
from app.model.entities import Citation, localized
from app.model.text import sort_key
from app.ui import vocabulary
from app.ui.details_browser import OnePassBrowser
from app.ui.dialogs import open_external_link
from app.ui.labels import date_range, genitive, label, percent, place_name, seat_ranges
from app.ui.citation import citation_text  # noqa: F401  (re-exported: the views import it from here)
from app.ui.selection import SelectionModel


def e(text: object) -> str:
    return _escaped("" if text is None else str(text))


@functools.lru_cache(maxsize=2048)
def _escaped(text: str) -> str:
    # a page escapes ~150 texts, most of them again on the next page (titles, quotes, field names): a lookup is
    # cheaper than html.escape's five passes over each
    return escape(text)


@functools.lru_cache(maxsize=1024)
def _title_key(title: str, lang: str) -> tuple:
    return sort_key(title, lang)  # the few source titles, sorted on every page that shows a disagreement


class DetailsPanel(OnePassBrowser):
    """Shows the current selection (follow=True, the window's panel), or one item it is told to show
    (follow=False, e.g. the Decisions tab's reading pane). Links inside select what they name."""

    def __init__(self, store: Store, selection: SelectionModel, lang: str = "en", parent=None, follow: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel" if follow else "")
        self._store = store
        self._selection = selection
        self._lang = lang
        self._shown: tuple[str, str] | None = None
        self._retranslate()
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow_link)
        if follow:
            selection.changed.connect(self.refresh)
            self.refresh()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Details"))
        self.setAccessibleDescription(self.tr("What is selected, its figures and the sources they come from"))

    def show_item(self, kind: str, item_id: str) -> None:
        self._shown = (kind, item_id)
        self.show_page(self._shown, self.item_html(kind, item_id))

    def item_html(self, kind: str, item_id: str) -> str:
        render = {"place": self._place, "delegation": self._delegation, "body": self._body,
                  "person": self._person, "decision": self._decision, "event": self._event}[kind]
        return render(item_id)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._retranslate()
        if self._shown is None:
            self.refresh()
        else:
            self.show_item(*self._shown)

    def set_store(self, store: Store) -> None:
        self._store = store
        self.refresh()

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == "select":
            try:
                kind, item_id = parse_kind_id(url.path(), "select:")
            except LinkError:
                return
            if self._store.exists(kind, item_id):
                self._selection.select(kind, item_id, origin=self)
        else:  # http(s) only, after the person has seen the address
            open_external_link(self, url)

    def _link(self, kind: str, item_id: str, text: str | None = None) -> str:
        return f'<a href="select:{e(kind)}:{e(item_id)}">{e(text or label(self._store, kind, item_id, self._lang))}</a>'

    def _text(self, obj: object, field: str) -> str | None:
        """A prose field of the dataset in the interface language (the English where no Albanian is written)."""
        return localized(obj, field, self._lang)

    # ------------------------------------------------------------------ rendering
    def refresh(self) -> None:
        current = self._selection.current()
        if current is None or not self._store.exists(*current):
            self.show_page((), self._overview())
        else:
            self.show_page(current, self.item_html(*current))

    def _overview(self) -> str:
        s = self._store
        regional = sum(d.delegates or 0 for d in s.delegations("region"))
        intro = self.tr("{total} delegates. The sources give the regional delegations for {regional} of them; "
                        "the other {rest} are not broken down by region.").format(
            total=s.total_delegates(), regional=regional, rest=s.total_delegates() - regional)
        hint = self.tr("Select a region, a delegation, a body, a person or a decision to see its figures and sources.")
        title = self.tr("Congress of Përmet (May 1944)")
        return f"<h2>{e(title)}</h2><p>{e(intro)}</p><p>{e(hint)}</p>"

    def _quote(self, text: str) -> str:
        return f"«{e(text)}»" if self._lang == "sq" else f"“{e(text)}”"

    def _citations(self, citations: list[Citation], heading: str | None = None) -> str:
        if not citations:
            return "<p><i>" + e(self.tr('No citation.')) + "</i></p>"
        parts = ["<h3>" + e(heading or self.tr('Sources')) + "</h3><ol>"]
        # One source's one quote is listed once, with every value it backs (a birth and a death year; a person
        # and their seat), not once per value.
        grouped: dict[tuple, list[Citation]] = {}
        for c in citations:
            grouped.setdefault((c.source.id, c.quote), []).append(c)
        for same in grouped.values():
            c, src = same[0], same[0].source
            web = bool(src.url) and src.url.split(":", 1)[0].lower() in ("http", "https")
            title = f'<a href="{e(src.url)}">{e(src.title)}</a>' if web else e(src.title)
            values = list(dict.fromkeys(
                f"{e(vocabulary.field(x.field))}: <b>{e(self._store.value_label(x, self._lang))}</b>"
                for x in same if x.value))
            value = f" — {'; '.join(values)}" if values else ""
            language = (" <small>[" + e(self.tr("quote in {language}").format(language=vocabulary.language(c.quote_language)))
                        + "]</small>") if c.quote_language else ""
            parts.append(f"<li>{title} <small>[{e(vocabulary.reliability(src.reliability))}]</small>{value}<br>"
                         f"<i>{self._quote(c.quote)}</i>{language}</li>")
        parts.append("</ol>")
        return "".join(parts)

    def _figure(self, figure) -> str:
        return figure.label(self._lang)

    def _disagreements(self, kind: str, item_id: str, fields: tuple[str, ...] | None = None) -> str:
        """Every field on which the sources give different values, each value with its sources; copies of one
        wording are said to be one voice (data-truth)."""
        out = []
        for field, figures in self._store.disagreements(kind, item_id).items():
            if fields is not None and field not in fields:
                continue
            rows = []
            for f in figures:
                voices = (" (" + e(self.tr("one wording, repeated by {n} sources").format(n=f.sources)) + ")"
                          if f.traditions == 1 and f.sources > 1 else "")
                titles = "; ".join(sorted({c.source.title for c in f.citations}, key=lambda t: _title_key(t, self._lang)))
                rows.append(f"<li><b>{e(self._figure(f))}</b>{voices} — {e(titles)}</li>")
            heading = self.tr("Sources disagree on {field}:").format(field=vocabulary.field_object(field))
            out.append("<p><b>" + e(heading) + "</b></p><ul>" + "".join(rows) + "</ul>")
        return "".join(out)

    def _delegation_summary(self, delegation_id: str) -> str:
        s = self._store
        d = s.delegation(delegation_id)
        if d.delegates is None:
            count = e(self.tr("Delegates: not recorded in the sources"))
        elif d.delegates == 1:
            count = e(self.tr("1 delegate, {share} of {total}").format(
                share=percent(s.share(d.delegates), self._lang), total=s.total_delegates()))
        else:
            count = e(self.tr("{n} delegates, {share} of {total}").format(
                n=d.delegates, share=percent(s.share(d.delegates), self._lang), total=s.total_delegates()))
        return f"<p><b>{self._link('delegation', d.id)}</b>: {count}</p>"

    def _place(self, place_id: str) -> str:
        s = self._store
        p = s.place(place_id)
        if self._lang == "sq":
            parts = [f"<h2>{e(p.name_sq)} <small>({e(vocabulary.place_kind(p.kind))})</small></h2>"]
        else:
            parts = [f"<h2>{e(p.name_en_full or p.name_en)}</h2>"]
        delegations = s.delegations_for_place(place_id)
        if delegations:
            for d in delegations:
                parts.append(self._delegation_summary(d.id))
                if len(d.place_ids) > 1:
                    others = ", ".join(e(place_name(s, x, self._lang)) for x in d.place_ids)
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
        note = self._text(p, "note")
        if note:
            parts.append(f"<p><small>{e(note)}</small></p>")
        if p.kind == "region":  # «Burimet për qarkun e Korçës»
            heading = self.tr("Sources for the region of {place_gen}").format(place_gen=genitive(s, "place", p.id, self._lang))
        else:
            heading = self.tr("Sources for the locality")
        parts.append(self._citations(s.citations("place", place_id), heading))
        return "".join(parts)

    def _named_delegates(self, delegation_id: str) -> str:
        named = self._store.named_delegates(delegation_id)
        if not named:
            return "<p>" + e(self.tr('Named delegates: not recorded in the sources')) + "</p>"
        items = "".join(
            f"<li>{self._link('person', n.person_id)}"
            + (f" <small>({e(self._text(n, 'group'))})</small>" if n.group_en else "")
            + "</li>" for n in named)
        return "<h3>" + e(self.tr('Named delegates ({n})').format(n=len(named))) + f"</h3><ul>{items}</ul>"

    def _delegation(self, delegation_id: str) -> str:
        s = self._store
        d = s.delegation(delegation_id)
        gen = genitive(s, "delegation", d.id, self._lang)
        name = d.name_sq if self._lang == "sq" else d.name_en
        heading = self.tr("Delegation of {delegation_gen}").format(delegation_gen=gen) if gen else name
        parts = [f"<h2>{e(heading)}</h2>", self._delegation_summary(d.id)]
        basis = {"computed": self.tr("Computed, not sourced: the total minus the regional delegations."),
                 "quota": self.tr("A quota set by the election resolution, not a head-count; part of the total, not added to it.")}
        if d.basis in basis:
            parts.append(f"<p><b>{e(basis[d.basis])}</b></p>")
        if d.place_ids:
            places = ", ".join(self._link("place", p) for p in d.place_ids)
            parts.append("<p>" + e(self.tr('Regions:')) + f" {places}</p>")
        note = self._text(d, "note")
        if note:
            parts.append(f"<p>{e(note)}</p>")
        parts.append(self._disagreements("delegation", d.id, ("delegates",)))
        if d.kind == "region":
            parts.append(self._named_delegates(d.id))
        parts.append(self._citations(s.citations("delegation", d.id)))
        return "".join(parts)

    def _body(self, body_id: str) -> str:
        s = self._store
        b = s.body(body_id)
        abbrev = f" ({e(b.abbrev)})" if b.abbrev else ""
        if self._lang == "sq":
            parts = [f"<h2>{e(b.name_sq)}{abbrev}</h2>"]
        else:  # the body's own (Albanian) name follows, as an original institution name
            parts = [f"<h2>{e(b.name_en)}</h2><p><i>{e(b.name_sq)}</i>{abbrev}</p>"]
        if b.parent_id:
            gen = genitive(s, "body", b.parent_id, self._lang)
            parts.append("<p>" + vocabulary.relation(b.relation_en, self._link("body", b.parent_id),
                                                     self._link("body", b.parent_id, gen), escape=e) + "</p>")
        description = self._text(b, "description")
        if description:
            parts.append(f"<p>{e(description)}</p>")
        sizes = s.figures("body", body_id, "size")
        if sizes:
            disagree = " (" + e(vocabulary.sources_disagree()) + ")" if len(sizes) > 1 else ""
            values = self.tr(' or ').join(self._figure(f) for f in sizes)
            parts.append("<p>" + e(self.tr('Size:')) + " <b>" + e(values) + f"</b>{disagree}</p>")
        seats = s.seats(body_id)
        if seats:
            named = sum(1 for x in seats if x.person_id)
            if b.seats is not None:
                text = self.tr("{seats} seats: {named} named in the sources, {unnamed} not named.").format(
                    seats=b.seats, named=named, unnamed=b.seats - named)
            else:
                text = self.tr("{named} members named in the sources; the others are not named.").format(named=named)
            # the seats no source names are one line, as in the tree ("Seats 4–25: 22 not named in the sources")
            unnamed = [x for x in seats if not x.person_id]
            fold = len(unnamed) > 1
            parts.append(f"<p>{e(text)}</p>" + ("<ul>" if fold else "<ol>"))
            for x in seats if not fold else [x for x in seats if x.person_id]:
                who = self._link("person", x.person_id) if x.person_id else "<i>" + e(vocabulary.not_named()) + "</i>"
                portfolio = self._text(x, "portfolio")
                portfolio = f" — {e(portfolio)}" if portfolio else ""
                parts.append(f"<li>{e(self._text(x, 'role'))}: {who}{portfolio}</li>")
            if fold:
                roles = {self._text(x, "role") for x in unnamed}
                role = f" ({e(roles.pop())})" if len(roles) == 1 else ""
                parts.append("<li><i>" + e(self.tr("Seats {numbers}: {n} not named in the sources").format(
                    numbers=seat_ranges([x.seat_no for x in unnamed]), n=len(unnamed))) + f"</i>{role}</li>")
            parts.append("</ul>" if fold else "</ol>")
        parts.append(self._disagreements("body", body_id))
        children = s.child_bodies(body_id)
        if children:
            parts.append("<p>" + e(self.tr('Bodies below:')) + f" {', '.join(self._link('body', c.id) for c in children)}</p>")
        parts.append(self._citations(s.citations("body", body_id)))
        return "".join(parts)

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
                portfolio = self._text(x, "portfolio")
                note = self._text(x, "note")
                note = f"<br><small>{e(note)}</small>" if note else ""
                # «anëtar i Këshillit …»: the role and the body's stored genitive (a link) as one phrase
                gen = genitive(s, "body", x.body_id, self._lang)
                role = vocabulary.role_phrase(x.role_en, x.role_sq, e(portfolio) if portfolio else None,
                                              self._link("body", x.body_id, gen) if gen else None, escape=e)
                if role is None:  # no phrase fits: the label form
                    role = e(self.tr("{role}, {body}")).format(role=e(self._text(x, "role")),
                                                               body=self._link("body", x.body_id))
                if portfolio and e(portfolio) not in role:
                    role += f" — {e(portfolio)}"
                parts.append(f"<li>{role}{note}</li>")
            parts.append("</ul>")
        for n in s.delegations_of_person(person_id):
            group = self._text(n, "group")
            group = f" ({e(group)})" if group else ""
            gen = genitive(s, "delegation", n.delegation_id, self._lang)
            if gen:  # «Delegacioni i Beratit»
                line = e(self.tr("Delegation of {delegation_gen}")).format(
                    delegation_gen=self._link("delegation", n.delegation_id, gen))
            else:  # a delegation not named for a place: its name as a label
                line = e(self.tr("Delegation: {name}")).format(name=self._link("delegation", n.delegation_id))
            parts.append(f"<p>{line}{group}</p>")
        not_recorded = vocabulary.not_recorded()
        parts.append("<p>" + e(self.tr('Born:')) + f" {e(p.born or not_recorded)}; " + e(self.tr('died:'))
                     + f" {e(p.died or not_recorded)}</p>")
        note = self._text(p, "note")
        if note:
            parts.append(f"<p><small>{e(note)}</small></p>")
        parts.append(self._disagreements("person", person_id))
        parts.append(self._citations(s.item_citations("person", person_id)))
        return "".join(parts)

    def _decision(self, decision_id: str) -> str:
        s = self._store
        d = s.decision(decision_id)
        tag = self.tr("Viewpoint, not a decision") if d.kind == "viewpoint" else vocabulary.category(d.category)
        title = d.title_sq if self._lang == "sq" else d.title_en
        parts = [f"<h2>{e(title)}</h2><p><b>{e(tag)}</b> · {e(vocabulary.confidence(d.confidence))}</p>"
                 f"<p>{e(self._text(d, 'summary'))}</p>"]
        note = self._text(d, "note")
        if note:
            parts.append(f"<p><small>{e(note)}</small></p>")
        if d.wording == "paraphrase":
            parts.append("<p><small>" + e(self.tr('Only paraphrases are known; no verbatim text of the resolution was found.')) + "</small></p>")
        if d.subjects:
            parts.append("<p>" + e(self.tr('Concerns:')) + f" {', '.join(self._link(k, i) for k, i in d.subjects)}</p>")
        parts.append(self._citations(s.item_citations("decision", decision_id)))
        return "".join(parts)

    def _event(self, event_id: str) -> str:
        s = self._store
        ev = s.event(event_id)
        when = date_range(ev.date_from, ev.date_to, ev.precision, self._lang)
        parts = [f"<h2>{e(self._text(ev, 'title'))}</h2><p><b>{e(when)}</b></p>",
                 f"<p>{e(self._text(ev, 'summary'))}</p>"]
        if ev.place_id and s.exists("place", ev.place_id):
            parts.append("<p>" + e(self.tr("Place:")) + f" {self._link('place', ev.place_id)}</p>")
        parts.append(self._disagreements("event", event_id))
        if ev.related:
            parts.append("<p>" + e(self.tr('Concerns:')) + f" {', '.join(self._link(k, i) for k, i in ev.related)}</p>")
        parts.append(self._citations(s.item_citations("event", event_id)))
        return "".join(parts)

