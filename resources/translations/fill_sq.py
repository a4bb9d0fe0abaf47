"""Fill app_sq.ts from the Albanian wording below, after `pyside6-lupdate` has refreshed its sources.

    make translations     (lupdate -> this script -> lrelease)

Keeping the wording here, keyed by the English source text, means a rerun of lupdate never loses it; a
source text with no Albanian here stays 'unfinished', and tests/test_i18n.py fails on it.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SQ = {
    " or ": " ose ",
    "A bar for each delegation. Left and right move between bars, Enter selects.":
        "Një shtyllë për çdo delegacion. Shigjetat majtas e djathtas kalojnë nga një shtyllë te tjetra; Enter përzgjedh.",
    "Bar heights are numbers of delegates": "Lartësia e shtyllave tregon numrin e delegatëve",
    "Bar heights are shares of all the delegates": "Lartësia e shtyllave tregon përqindjen ndaj të gjithë delegatëve",
    "Boxes for the bodies with their sizes and named office-holders; click a box to select the body":
        "Kutitë e organeve me numrin e anëtarëve dhe drejtuesit e përmendur me emër; klikoni një kuti për ta përzgjedhur organin",
    "Enter or a click selects the result": "Enter ose një klikim përzgjedh rezultatin",
    "Every seat is a row; seats no source fills say so":
        "Çdo vend është një rresht; vendet pa emër në burime shënohen si të tilla",
    "Reading pane": "Paneli i leximit",
    "Regional bars from the largest to the smallest": "Delegacionet e qarqeve nga më i madhi te më i vogli",
    "Regional bars from the north to the south": "Delegacionet e qarqeve nga veriu në jug",
    "Search results": "Rezultatet e kërkimit",
    "Show every seat of every body": "Shfaq çdo vend të çdo organi",
    "Show only the top of the tree": "Shfaq vetëm majën e pemës",
    "Show the bodies and their seats as a tree": "Shfaq organet dhe vendet e tyre si pemë",
    "Show the bodies as a drawn org chart": "Shfaq organet si organigramë",
    "Show the decisions of one category, or the viewpoints": "Shfaq vendimet e një kategorie ose pikëpamjet",
    "Type part of a name, role or body; case and diacritics are ignored":
        "Shkruani një pjesë të emrit, detyrës ose organit; nuk dallohen shkronjat e mëdha nga të voglat, as ë nga e, as ç nga c",
    "Type to filter the decisions; case and diacritics are ignored":
        "Shkruani për të filtruar vendimet; nuk dallohen shkronjat e mëdha nga të voglat, as ë nga e, as ç nga c",
    "Up and down show a decision in the reading pane; Enter selects it":
        "Shigjetat lart e poshtë shfaqin një vendim në panelin e leximit; Enter e përzgjedh",
    "1944 prefecture": "prefektura e vitit 1944",
    "elected by": "zgjedhur nga",
    "formed by": "formuar nga",
    "called the congress": "thirrja e kongresit",
    "closed": "mbyllja",
    "delegates": "numri i delegatëve",
    "geometry": "gjeometria",
    "holder": "mbajtësi",
    "member": "anëtar",
    "model": "modeli",
    "opened": "hapja",
    "size": "numri i anëtarëve",
    "venue": "vendi i mbledhjes",
    " — {name}: {n} delegates": " — {name}: {n} delegatë",
    "% of the {n} delegates": "% e {n} delegatëve",
    "&About {app}": "&Rreth {app}",
    "&Chart": "&Grafiku",
    "&Decisions": "&Vendimet",
    "&Export…": "&Eksporto…",
    "&File": "&Skedari",
    "&Go": "&Shko",
    "&Help": "&Ndihmë",
    "&Language": "&Gjuha",
    "&Map": "&Harta",
    "&Open dataset…": "&Hap të dhënat…",
    "&Organisation": "&Organizimi",
    "&Quit": "&Dil",
    "&View": "&Pamja",
    ", {c}": ", {c}",
    "1 source": "1 burim",
    "1944 prefecture of the same name: {name}": "Prefektura e vitit 1944 me të njëjtin emër: {name}",
    "A quota set by the election resolution, not a head-count; part of the total, not added to it.":
        "Kuotë e caktuar nga rezoluta për zgjedhjen e delegatëve, jo numërim njerëzish; pjesë e totalit, jo e shtuar mbi të.",
    "About {app}": "Rreth {app}",
    "All categories": "Të gjitha kategoritë",
    "Also written:": "Shkruhet edhe:",
    "An offline atlas of the Congress of Përmet, 24–28 May 1944.":
        "Një atlas pa internet i Kongresit të Përmetit, 24–28 maj 1944.",
    "Back": "Prapa",
    "Back to the previous selection (Alt+Left)": "Kthehu te përzgjedhja e mëparshme (Alt+←)",
    "Bodies below:": "Organet më poshtë:",
    "Bodies elected by the congress and their seats": "Organet e zgjedhura nga kongresi dhe vendet e tyre",
    "Born:": "Lindur:",
    "By size": "Sipas numrit të delegatëve",
    "CSV table of all seats": "Tabelë CSV e të gjitha vendeve",
    "CSV table of the decisions shown": "Tabelë CSV e vendimeve të shfaqura",
    "CSV table of the numbers and their sources": "Tabelë CSV e shifrave dhe burimeve të tyre",
    "Cannot open dataset": "Të dhënat nuk mund të hapen",
    "Category": "Kategoria",
    "Chart": "Grafiku",
    "Choose a decision to read its sources.": "Zgjidhni një vendim për të lexuar burimet e tij.",
    "Citation copied to the clipboard": "Citimi u kopjua",
    "Cite this": "Citoje",
    "Clear selection": "Hiq përzgjedhjen",
    "Clear the selection (Esc)": "Hiq përzgjedhjen (Esc)",
    "Collapse all": "Palos të gjitha",
    "Computed, not sourced: the total minus the regional delegations.":
        "E llogaritur, jo nga burimet: totali minus delegacionet e qarqeve.",
    "Concerns:": "Ka të bëjë me:",
    "Congress of Përmet (24–28 May 1944)": "Kongresi i Përmetit (24–28 maj 1944)",
    "Copied: {link}": "U kopjua: {link}",
    "Copy a citation of the decision's sources to the clipboard": "Kopjo një citim të burimeve të vendimit",
    "Copy a citation of the selected item and its sources":
        "Kopjo një citim të elementit të përzgjedhur dhe të burimeve të tij",
    "Copy citation": "Kopjo citimin",
    "Copy link to this view": "Kopjo lidhjen e kësaj pamjeje",
    "Counts": "Numri",
    "Dataset:": "Të dhënat:",
    "Decision": "Vendimi",
    "Decisions": "Vendimet",
    "Decisions of the congress": "Vendimet e kongresit",
    "Delegates": "Delegatë",
    "Delegates by delegation": "Delegatët sipas delegacioneve",
    "Delegates per delegation": "Delegatë për delegacion",
    "Delegates: not recorded in the sources": "Delegatë: nuk shënohen në burime",
    "Delegation: not recorded in the sources": "Delegacioni: nuk shënohet në burime",
    "Delegation: {name}": "Delegacioni: {name}",
    "Details": "Hollësitë",
    "Expand all": "Shpalos të gjitha",
    "Export": "Eksporto",
    "Export failed": "Eksportimi dështoi",
    "Exported {path}": "U eksportua {path}",
    "Filter names, roles, bodies (e.g. maleshova, keshilli)": "Filtro emra, detyra, organe (p.sh. maleshova, keshilli)",
    "Filter the organisation tree": "Filtro pemën e organizimit",
    "Finds regions, delegations, bodies, people and decisions": "Gjen qarqe, delegacione, organe, persona dhe vendime",
    "Forward": "Përpara",
    "Forward to the next selection (Alt+Right)": "Shko te përzgjedhja pasuese (Alt+→)",
    "Licences": "Licencat",
    "Map": "Harta",
    "Map legend": "Legjenda e hartës",
    "Map of Albania's regions": "Harta e qarqeve të Shqipërisë",
    "Map, chart, organisation and decisions": "Harta, grafiku, organizimi dhe vendimet",
    "Name": "Emri",
    "Named delegates ({n})": "Delegatë të përmendur me emër ({n})",
    "Named delegates: not recorded in the sources": "Delegatë me emër: nuk shënohen në burime",
    "Navigation": "Lundrimi",
    "No citation.": "Pa citim.",
    "No decision in this category.": "Asnjë vendim në këtë kategori.",
    "No decision matches “{q}”. Try fewer letters, or another category.":
        "Asnjë vendim nuk përputhet me «{q}». Provoni më pak shkronja ose një kategori tjetër.",
    "No delegation from this region is recorded in the sources.": "Burimet nuk shënojnë asnjë delegacion nga ky qark.",
    "North to south": "Nga veriu në jug",
    "Nothing selected — {n} delegates in all": "Nuk është përzgjedhur asgjë — gjithsej {n} delegatë",
    "One delegation over several regions:": "Një delegacion i përbashkët për disa qarqe:",
    "Only paraphrases are known; no verbatim text of the resolution was found.":
        "Njihen vetëm parafrazime; teksti i plotë i vendimit nuk u gjet.",
    "Open dataset": "Hap të dhënat",
    "Order:": "Renditja:",
    "Org chart": "Organigrama",
    "Org chart of the bodies": "Organigrama e organeve",
    "Organisation": "Organizimi",
    "PNG image": "Figurë PNG",
    "Percent of {n}": "Përqindja ndaj {n}",
    "Portfolio": "Resori",
    "Program: MIT licence. Qt for Python (PySide6): LGPLv3. pyqtgraph: MIT.":
        "Programi: licencë MIT. Qt for Python (PySide6): LGPLv3. pyqtgraph: MIT.",
    "Përmet Explorer datasets (*.sqlite *.db);;All files (*)":
        "Të dhëna të Përmet Explorer (*.sqlite *.db);;Të gjithë skedarët (*)",
    "Regions shaded by the delegates they sent to the congress. Arrow keys or Tab move between regions, Enter selects, + and - zoom.":
        "Qarqet, të ngjyrosura sipas numrit të delegatëve që dërguan në kongres. Shigjetat ose Tab kalojnë nga një qark te tjetri; Enter përzgjedh; + dhe - zmadhojnë e zvogëlojnë.",
    "Regions:": "Qarqet:",
    "Role": "Detyra",
    "Roles": "Detyrat",
    "SVG drawing": "Vizatim SVG",
    "Search decisions": "Kërko vendime",
    "Search everything": "Kërko kudo",
    "Search everything (Ctrl+K)": "Kërko kudo (Ctrl+K)",
    "Search titles, summaries and quotes (e.g. zog, kthimi, keshilli)":
        "Kërko në tituj, përmbledhje dhe citate (p.sh. zog, kthimi, keshilli)",
    "Seat {n} of {total} — not named in the sources": "Vendi {n} nga {total} — pa emër në burime",
    "Select a region, a delegation, a body, a person or a decision to see its figures and sources.":
        "Përzgjidhni një qark, një delegacion, një organ, një person ose një vendim për të parë shifrat dhe burimet përkatëse.",
    "Size:": "Numri i anëtarëve:",
    "Size: {size}": "Numri i anëtarëve: {size}",
    "Source: {s}": "Burimi: {s}",
    "Sources": "Burimet",
    "Sources ({n})": "Burimet ({n})",
    "Sources disagree on {field}:": "Burimet nuk pajtohen për {field}:",
    "Sources for the delegation": "Burimet për delegacionin",
    "Sources for the place": "Burimet për qarkun",
    "Sourcing": "Burimet",
    "The decision, its sources and their quotes": "Vendimi, burimet dhe citatet e tyre",
    "Tree": "Pema",
    "Viewpoint, not a decision": "Pikëpamje, jo vendim",
    "Viewpoints (not decisions)": "Pikëpamje (jo vendime)",
    "Views": "Pamjet",
    "What is selected, its figures and the sources they come from":
        "Çfarë është zgjedhur, shifrat dhe burimet nga vijnë",
    "Women's\nUnion": "Bashkimi\ni Grave",
    "Wording": "Teksti",
    "Youth\nUnion": "Bashkimi\ni Rinisë",
    "a quota within the total, not extra delegates": "kuotë brenda totalit, jo delegatë shtesë",
    "army": "ushtria",
    "body": "organ",
    "called the congress (15 April 1944)": "thirri kongresin (15 prill 1944)",
    "computed, not sourced": "e llogaritur, jo nga burimet",
    "confidence: {c}": "besueshmëria: {c}",
    "constitution": "kushtetuta",
    "decision": "vendim",
    "delegation": "delegacion",
    "died:": "vdekur:",
    "foreign relations": "marrëdhëniet me jashtë",
    "government": "qeverisja",
    "justice": "drejtësia",
    "locality (Pezë)": "vendbanim (Pezë)",
    "low confidence": "besueshmëri e ulët",
    "map": "harta",
    "no source": "pa burim",
    "not broken\ndown by region": "pa ndarje\nsipas qarqeve",
    "not broken down by region (computed: total − regional)":
        "pa ndarje sipas qarqeve (e llogaritur: totali − delegatët e qarqeve)",
    "not named in the sources": "pa emër në burime",
    "not recorded": "nuk shënohet",
    "not recorded in the sources": "nuk shënohet në burime",
    "original wording": "teksti origjinal",
    "paraphrase only": "vetëm parafrazim",
    "person": "person",
    "quota of the election resolution (within the total)":
        "kuotë e rezolutës për zgjedhjen e delegatëve (brenda totalit)",
    "region": "qark",
    "regional delegation (sourced)": "delegacion qarku (nga burimet)",
    "sources disagree": "burimet nuk pajtohen",
    "sovereignty": "sovraniteti",
    "the closing date": "datën e mbylljes",
    "the number of delegates": "numrin e delegatëve",
    "the opening date": "datën e hapjes",
    "the size": "numrin e anëtarëve",
    "viewpoint — not a decision": "pikëpamje — jo vendim",
    "{named} members named in the sources": "{named} anëtarë me emër në burime",
    "{named} members named in the sources; the others are not named.":
        "{named} anëtarë me emër në burime; të tjerët nuk përmenden me emër.",
    "{n} delegates": "{n} delegatë",
    "{n} delegates, {share} of {total}": "{n} delegatë, {share} e {total} delegatëve",
    "{n} sources": "{n} burime",
    "{seats} seats, {named} named in the sources": "{seats} vende, {named} me emër në burime",
    "{seats} seats: {named} named in the sources, {unnamed} not named.":
        "{seats} vende: {named} me emër në burime, {unnamed} pa emër.",
    "{shown} of {total} decisions": "{shown} nga {total} vendime",
    "{total} delegates. The sources give seven regional delegations ({regional} delegates); the other {rest} are not "
    "broken down by region. The Youth and Women's Unions had quotas within the {total}.":
        "{total} delegatë. Burimet japin shtatë delegacione të qarqeve ({regional} delegatë); {rest} të tjerët nuk ndahen sipas qarqeve. Bashkimi i Rinisë dhe Bashkimi i Grave kishin kuota brenda këtyre {total} delegatëve.",
    "{total} delegates. The sources give the regional delegations for {regional} of them; the other {rest} are not "
    "broken down by region.":
        "{total} delegatë. Për {regional} prej tyre burimet japin delegacionin e qarkut; {rest} të tjerët nuk ndahen sipas qarqeve.",
    "{values} (sources disagree)": "{values} (burimet nuk pajtohen)",
}


def _wording() -> dict[str, str]:
    """SQ above plus every `sq_*.py` beside this file (one per part of the app, each with its own `SQ` dict),
    so that work on different views adds its wording in different files."""
    wording = dict(SQ)
    for part in sorted(Path(__file__).parent.glob("sq_*.py")):
        namespace: dict = {}
        exec(compile(part.read_text(encoding="utf-8"), str(part), "exec"), namespace)
        wording.update(namespace["SQ"])
    return wording


def fill(ts_path: Path) -> list[str]:
    """Write the Albanian wording into the catalogue; return the source texts that have none."""
    tree = ET.parse(ts_path)
    wording = _wording()
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in wording:
            translation.text = wording[source]
            translation.attrib.pop("type", None)
        else:
            translation.attrib["type"] = "unfinished"
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("app_sq.ts")
    missing = fill(path)
    for text in missing:
        print(f"no Albanian wording for: {text!r}", file=sys.stderr)
    sys.exit(1 if missing else 0)
