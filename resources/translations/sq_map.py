"""Albanian wording of the Map page (app/ui/map/); fill_sq.py reads it with every other sq_*.py."""

SQ = {
    "Arrow keys move between places, Enter selects, + and - zoom, 0 fits the map.":
        "Shigjetat kalojnë nga një vend te tjetri, Enter zgjedh, + dhe - zmadhojnë e zvogëlojnë, 0 e përshtat hartën.",
    "Dashed outline: one delegation over two counties, counted once":
        "Vija me ndërprerje: një delegacion mbi dy qarqe, i numëruar një herë",
    "Delegations (circles)": "Delegacionet (rrathë)",
    "In part represented by another delegation: {name}":
        "Pjesërisht i përfaqësuar nga një delegacion tjetër: {name}",
    "Location: {value} ({source})": "Vendndodhja: {value} ({source})",
    "Map layer": "Shtresa e hartës",
    "Map of the delegations to the Congress of Përmet": "Harta e delegacioneve në Kongresin e Përmetit",
    "Modern counties, shaded": "Qarqet e sotme, të ngjyrosura",
    "Modern county (for orientation)": "Qark i sotëm (për orientim)",
    "Not placeable on the map": "Pa vend në hartë",
    "On the map: {placed} of {total} delegates": "Në hartë: {placed} nga {total} delegatë",
    "One circle per delegation at the places it is named for; its area is proportional to its delegates":
        "Një rreth për çdo delegacion, te vendet që i japin emrin; sipërfaqja e rrethit është në përpjesëtim me "
        "numrin e delegatëve",
    "One delegation named for {n} places, counted once": "Një delegacion me emrin e {n} vendeve, i numëruar një herë",
    "Show": "Shfaq",
    "Source: {source}, “{quote}”": "Burimi: {source}, «{quote}»",
    "Today's counties shaded by the delegates of the delegation named for them":
        "Qarqet e sotme, të ngjyrosura sipas delegatëve të delegacionit që mban emrin e tyre",
    "Where the congress met: {body}": "Vendi ku u mblodh kongresi: {body}",
    "in part represented by another delegation: {name} (see the note)":
        "pjesërisht i përfaqësuar nga një delegacion tjetër: {name} (shihni shënimin)",
    "not recorded": "nuk shënohet",
    "{county} is hatched: a source places part of it in another delegation: {delegation}.":
        "{county} është me viza: një burim e vendos një pjesë të tij në një delegacion tjetër: {delegation}.",
    "{n} delegates": "{n} delegatë",
    "{name}: {n}": "{name}: {n}",
    "{place}: where the congress met": "{place}: vendi ku u mblodh kongresi",
    "{place}: {n}": "{place}: {n}",
    "{value}: {source}, “{quote}”": "{value}: {source}, «{quote}»",
}
