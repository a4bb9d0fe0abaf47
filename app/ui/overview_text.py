"""The Overview's story and key figures, written from the Store with bilingual templates (no invented prose).

Every sentence is a template filled from the dataset's cited values; a sentence whose fact the dataset lacks is left
out. Every name and number is a `select:KIND:ID` link to the item whose citations hold it, so a click shows the
sources in the details panel. `people:` opens the list of people.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QObject

from app.model import Store
from app.ui.dates import format_date
from app.ui.labels import genitive, label

from app.model.entities import localized


def e(text: object) -> str:
    return escape("" if text is None else str(text))


def link(kind: str, item_id: str, text: str) -> str:
    return f'<a href="select:{e(kind)}:{e(item_id)}">{e(text)}</a>'


def events_of(store: Store) -> list:
    events = getattr(store, "events", None)
    return list(events()) if events is not None else []


def _leading_number(value: str) -> str:
    digits = ""
    for ch in value:
        if not ch.isdigit():
            break
        digits += ch
    return digits or value


class OverviewText(QObject):
    """Builds the Overview's HTML in one language. A QObject only for `tr()` (context "OverviewText")."""

    # items named in one list: the bundled data's longest has a few dozen; a dataset with thousands (the
    # synthetic benchmarks) names the first ones and says how many more, instead of a page no one reads that
    # takes seconds to lay out
    LIST_LIMIT = 100

    def __init__(self, store: Store, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang

    # ------------------------------------------------------------------ helpers
    def _more(self, total: int, before: str = "") -> str:
        """"and N more" after the first LIST_LIMIT items of a list of `total`; nothing for a shorter list."""
        if total <= self.LIST_LIMIT:
            return ""
        return before + e(self.tr("and {n} more")).format(n=total - self.LIST_LIMIT)

    def _name(self, kind: str, item_id: str) -> str:
        return label(self.store, kind, item_id, self.lang)

    def _values(self, kind: str, item_id: str, field: str, dates: bool = False) -> list[str]:
        """The values the sources give for a field, each a link to the item that cites it."""
        out = []
        for f in self.store.figures(kind, item_id, field):
            out.append(link(kind, item_id, format_date(f.value, self.lang) if dates else f.label(self.lang)))
        return out

    def _either(self, values: list[str]) -> str:
        return e(self.tr(" or ")).join(values)

    def _congress(self) -> str | None:
        return "congress" if self.store.exists("body", "congress") else None

    def _congress_event(self):
        """The event of the congress's own days (it names the congress and starts on its opening day)."""
        congress = self._congress()
        opened = {f.value for f in self.store.figures("body", congress, "opened")} if congress else set()
        for ev in events_of(self.store):
            if ("body", congress) in tuple(ev.related) and ev.date_from in opened:
                return ev
        return None

    def _event_dates(self, ev) -> list[str]:
        """The dates the sources give for an event, each a link to it."""
        return [link("event", ev.id, f.label(self.lang)) for f in self.store.figures("event", ev.id, "date")]

    # ------------------------------------------------------------------ key figures
    def figures(self) -> list[tuple[str, str]]:
        """(value as HTML with links, what it counts) for the key figures at a glance."""
        s = self.store
        out: list[tuple[str, str]] = []
        congress = self._congress()
        if congress:
            delegates = self._values("body", congress, "delegates") or [link("body", congress, str(s.total_delegates()))]
            out.append((self._either(delegates), self.tr("delegates")))
            opened = self._values("body", congress, "opened", dates=True)
            if opened:
                out.append((self._either(opened), self.tr("opened")))
            closed = self._values("body", congress, "closed", dates=True)
            event = self._congress_event()
            dates = self._event_dates(event) if event is not None and event.disputed else []
            if len(dates) > 1:  # how long it lasted is disputed: no settled closing date at a glance
                out.append((self._either(dates), self.tr("its dates (the sources disagree)")))
            elif len(closed) > 1:
                out.append((self._either(closed), self.tr("closed (the sources disagree)")))
            elif closed:
                out.append((closed[0], self.tr("closed")))
        regional = s.delegations("region")
        if regional:
            out.append((f'<a href="show:chart">{len(regional)}</a>', self.tr("regional delegations")))
        for body_id, what in (("council", self.tr("members of the Council")),
                              ("presidency", self.tr("members of the Presidency")),
                              ("committee", self.tr("members of the Committee"))):
            if s.exists("body", body_id):
                # at a glance the number only: "14 (chairman, 2 deputies and 11 commissioners)" → "14"
                sizes = [link("body", body_id, _leading_number(f.value)) for f in s.figures("body", body_id, "size")]
                if sizes:
                    out.append((self._either(sizes), what))
        decisions = s.decisions("decision")
        if decisions:
            out.append((f'<a href="show:decisions">{len(decisions)}</a>', self.tr("decisions recorded")))
        if s.people():
            out.append((f'<a href="show:people">{len(s.people())}</a>', self.tr("people named")))
        events = events_of(s)
        if events:
            out.append((f'<a href="show:timeline">{len(events)}</a>', self.tr("dated events")))
        return out

    def figures_html(self, per_row: int = 3) -> str:
        def unbroken(value: str) -> str:  # "24 May 1944" stays on one line; "… or …" may wrap between values
            return re.sub(r">([^<]*)</a>", lambda m: ">" + m.group(1).replace(" ", "&nbsp;") + "</a>", value)

        cells = [f'<td align="center" style="padding:4px 10px"><span style="font-size:large"><b>{unbroken(value)}</b>'
                 f"</span><br><small>{e(what)}</small></td>" for value, what in self.figures()]
        rows = "".join(f"<tr>{''.join(cells[i:i + per_row])}</tr>" for i in range(0, len(cells), per_row))
        return f'<table cellspacing="4" style="margin-bottom:6px">{rows}</table>'

    # ------------------------------------------------------------------ the story
    def html(self, with_figures: bool = True, on_screen: bool = True) -> str:
        title = self._name("body", "congress") if self._congress() else self.store.meta("title") or ""
        parts = [f"<h2>{e(title)}</h2>"]
        if with_figures:
            parts.append(self.figures_html())
        for heading, body in ((self.tr("What, where and when"), self._when()),
                              (self.tr("Who came"), self._who()),
                              (self.tr("What it elected"), self._elected()),
                              (self.tr("What it decided"), self._decided()),
                              (self.tr("What became of it"), self._after(summaries=on_screen))):
            if body:
                parts.append(f"<h3>{e(heading)}</h3>{body}")
        if on_screen:
            parts.append("<p><small>" + e(self.tr("Every name and number is a link: click it to see its sources in "
                                                   "the details panel.")) + "</small></p>")
        return "".join(parts)

    def _p(self, sentences: list[str]) -> str:
        sentences = [x for x in sentences if x]
        return f"<p>{' '.join(sentences)}</p>" if sentences else ""

    def _when(self) -> str:
        s, congress = self.store, self._congress()
        if not congress:
            return ""
        out = [self._what()]
        name = link("body", congress, self._name("body", congress))
        opened = self._values("body", congress, "opened", dates=True)
        if opened:
            out.append(e(self.tr("The {congress} opened in Përmet on {date}.")).format(congress=name, date=self._either(opened)))
        if s.exists("body", "kpnc"):
            called = self._values("body", "kpnc", "called_congress", dates=True)
            if called:
                out.append(e(self.tr("It was called on {date} by the presidency of the earlier council ({kpnc}).")).format(
                    date=self._either(called), kpnc=link("body", "kpnc", self._name("body", "kpnc"))))
        closed = self._values("body", congress, "closed", dates=True)
        event = self._congress_event()
        dates = self._event_dates(event) if event is not None and event.disputed else []
        if len(dates) > 1:
            out.append(e(self.tr("The sources disagree on how long it lasted: {dates}; each is shown with its "
                                 "sources.")).format(dates=self._either(dates)))
            if closed:
                out.append(e(self.tr("Those that give a closing date give {date}.")).format(date=self._either(closed)))
        elif len(closed) > 1:
            out.append(e(self.tr("The sources disagree on when it closed: {dates}; each is shown with its sources.")).format(
                dates=self._either(closed)))
        elif closed:
            out.append(e(self.tr("It closed on {date}.")).format(date=closed[0]))
        else:
            out.append(e(self.tr("Its closing date is not recorded in the sources.")))
        return self._p(out)

    def _what(self) -> str:
        """What the congress was: the first sentence of its description in the dataset (cited there), in the
        language only (an Albanian page never gets the English one); a link to the congress and its sources."""
        body = self.store.body(self._congress())
        description = getattr(body, f"description_{self.lang}", None)
        if not description or not any(c.field == "description" for c in self.store.citations("body", body.id)):
            return ""
        first = re.split(r"(?<=[.!?])\s+", description.strip(), maxsplit=1)[0]
        return link("body", body.id, first)

    def _who(self) -> str:
        s, congress = self.store, self._congress()
        out = []
        if congress:
            delegates = self._values("body", congress, "delegates")
            if delegates:
                out.append(e(self.tr("{n} delegates took part.")).format(n=self._either(delegates)))
        regional = [d for d in s.delegations("region") if d.delegates is not None]
        if regional:
            items = ", ".join(f"{link('delegation', d.id, self._name('delegation', d.id))} "
                              f"{link('delegation', d.id, str(d.delegates))}" for d in regional[:self.LIST_LIMIT])
            items += self._more(len(regional), ", ")
            out.append(e(self.tr("The sources give {k} regional delegations, {n} delegates in all: {list}.")).format(
                k=len(regional), n=sum(d.delegates for d in regional), list=items))
        for d in s.delegations("unattributed"):
            if d.delegates is not None:
                out.append(e(self.tr("The other {n} are not broken down by region in the sources.")).format(
                    n=link("delegation", d.id, str(d.delegates))))
        quotas = [d for d in s.delegations("quota") if d.delegates is not None]
        if quotas:
            items = ", ".join(f"{link('delegation', d.id, self._name('delegation', d.id))} "
                              f"{link('delegation', d.id, str(d.delegates))}" for d in quotas)
            out.append(e(self.tr("The election resolution set quotas within this total, not added to it: {list}.")).format(
                list=items))
        for d in s.delegations():
            if s.citation_count("delegation", d.id) < 2:  # one citation gives one value: nothing to disagree on
                continue
            values = self._values("delegation", d.id, "delegates")
            if len(values) > 1:
                out.append(e(self.tr("The sources disagree on a delegation — {name}: {values}.")).format(
                    name=link("delegation", d.id, self._name("delegation", d.id)), values=self._either(values)))
        named = {n.person_id for d in s.delegations() for n in s.named_delegates(d.id)}
        if named:
            out.append(e(self.tr("{n} of the delegates are named in the sources; {people} people in all are named, "
                                 "as delegates or in the bodies.")).format(
                n=f'<a href="show:people">{len(named)}</a>', people=f'<a href="show:people">{len(s.people())}</a>'))
        return self._p(out)

    def _elected(self) -> str:
        s, congress = self.store, self._congress()
        if not congress:
            return ""
        paragraphs = []
        relations = {"elected by": self.tr("The {body} was elected by the {parent}."),
                     "formed by": self.tr("The {body} was formed by the {parent}."),
                     # after «i» the parent's stored genitive: «… ishte organi ekzekutiv i Këshillit …»
                     "executive organ of": self.tr("The {body} was the executive organ of the {parent_gen}.")}

        def walk(parent_id: str) -> None:
            for b in s.child_bodies(parent_id):
                out = []
                template = relations.get(b.relation_en or "")
                if template:
                    gen = genitive(s, "body", parent_id, self.lang) or self._name("body", parent_id)
                    out.append(e(template).format(body=link("body", b.id, self._name("body", b.id)),
                                                  parent=link("body", parent_id, self._name("body", parent_id)),
                                                  parent_gen=link("body", parent_id, gen)))
                sizes = self._values("body", b.id, "size")
                if len(sizes) > 1:
                    out.append(e(self.tr("Members: {values} (the sources disagree).")).format(values=self._either(sizes)))
                elif sizes:
                    out.append(e(self.tr("Members: {n}.")).format(n=sizes[0]))
                seats = s.seats(b.id)
                officers = [x for x in seats if x.person_id and x.role_en != "member"]
                if officers:
                    roles = "; ".join(
                        f"{e(x.role_sq if self.lang == 'sq' else x.role_en)}: "
                        f"{link('person', x.person_id, self._name('person', x.person_id))}" for x in officers)
                    out.append(roles[:1].upper() + roles[1:] + ".")
                named = sum(1 for x in seats if x.person_id)
                if seats:
                    out.append(e(self.tr("Named in the sources: {named}.")).format(
                        named=link("body", b.id, str(named))))
                paragraphs.append(self._p(out))
                walk(b.id)

        walk(congress)
        return "".join(paragraphs)

    def _decided(self) -> str:
        s = self.store
        decisions = s.decisions("decision")
        if not decisions:
            return ""
        items = "".join(f"<li>{link('decision', d.id, self._name('decision', d.id))}</li>"
                        for d in decisions[:self.LIST_LIMIT])
        if len(decisions) > self.LIST_LIMIT:
            items += f'<li><a href="show:decisions">{self._more(len(decisions))}</a></li>'
        if all(d.wording == "paraphrase" for d in decisions):
            intro = self.tr("The sources record {n} decisions, all known only in paraphrase:")
        else:
            intro = self.tr("The sources record {n} decisions:")
        count = f'<a href="show:decisions">{len(decisions)}</a>'
        out = [f"<p>{e(intro).format(n=count)}</p><ul>{items}</ul>"]
        viewpoints = s.decisions("viewpoint")
        for v in viewpoints[:self.LIST_LIMIT]:
            out.append("<p>" + e(self.tr("A viewpoint, not a decision: {title}.")).format(
                title=link("decision", v.id, self._name("decision", v.id))) + "</p>")
        if len(viewpoints) > self.LIST_LIMIT:
            out.append(f'<p><a href="show:decisions">{self._more(len(viewpoints))}</a></p>')
        return "".join(out)

    def _after(self, summaries: bool = True) -> str:
        s, congress = self.store, self._congress()
        closed = [f.value for f in s.figures("body", congress, "closed")] if congress else []
        opened = [f.value for f in s.figures("body", congress, "opened")] if congress else []
        end = max(closed or opened or [""])
        later = [ev for ev in events_of(s) if end and (ev.date_from or "") > end]
        if not later:
            return ""
        from app.ui.dates import format_range
        items = []
        for ev in later:
            summary = localized(ev, "summary", self.lang) if summaries else None
            when = self._either(self._event_dates(ev)) if ev.disputed and self._event_dates(ev) else \
                link('event', ev.id, format_range(ev.date_from, ev.date_to, self.lang, ev.precision))
            items.append(f"<li><b>{when}</b>: "
                         f"{link('event', ev.id, localized(ev, 'title', self.lang) or ev.id)}"
                         + (f"<br><small>{e(summary)}</small>" if summary else "") + "</li>")
        return f"<ul>{''.join(items)}</ul>"
