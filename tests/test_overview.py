"""The Overview tab: the first tab, its story built from the dataset, and links that select what they name.
The story's numbers are checked on the page alone (make_page); links, the details panel and tabs on the window."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.ui.labels import label
from app.ui.main_window import MainWindow


def click_link(qtbot, overview, href, text=None):
    """Click, with the mouse, the first link to `href` in the Overview's text."""
    browser = overview.text
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.anchorHref() == href and (text is None or fragment.text() == text):
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + fragment.length())
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                end = browser.cursorRect(cursor)
                cursor.setPosition(fragment.position())
                start = browser.cursorRect(cursor)
                point = start.center() if start.top() != end.top() else (start.center() + end.center()) / 2
                point.setX(point.x() + (1 if start.top() != end.top() else 0))
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_overview_is_the_first_tab_and_opens_first(window):
    assert window.tabs.widget(0).objectName() == "overviewTab"
    assert window.tabs.currentIndex() == 0
    assert window.findChild(QTextBrowser, "overviewText") is not None
    assert window.findChild(QWidget, "timeline") is not None


def test_every_link_in_the_overview_selects_what_it_names(qtbot, window, store):
    overview = window.overview_tab
    links = overview.links()
    hrefs = list(dict.fromkeys(h for h, _ in links if h.startswith("select:")))
    kinds = {h.split(":")[1] for h in hrefs}
    assert {"body", "delegation", "person", "decision"} <= kinds
    for href, text in links:
        if not href.startswith("select:"):
            continue
        _, kind, item_id = href.split(":", 2)
        assert store.exists(kind, item_id), href
        # a link's words are the item's name, or a number or date the item's sources give
        assert text == label(store, kind, item_id, "en") or any(ch.isdigit() for ch in text), (href, text)
    for href in hrefs:
        _, kind, item_id = href.split(":", 2)
        window.selection.clear()
        click_link(qtbot, overview, href)
        assert window.selection.current() == (kind, item_id), href
        assert label(store, kind, item_id, "en") in window.details.toPlainText()


def test_the_numbers_come_from_the_dataset(make_page, store):
    text = " ".join(make_page("overview").text.toPlainText().split())
    assert "188 delegates took part" in text
    # the regional delegations and their sum, the unattributed rest, the quotas
    regional = [d for d in store.delegations("region")]
    assert f"{len(regional)} regional delegations, {sum(d.delegates for d in regional)} delegates in all" in text
    korca = store.delegation("korca")
    assert f"{korca.name_en} {korca.delegates}" in text and "The other 77 are not broken down by region" in text
    # a disagreement is shown with both values, never settled
    assert "118 or 121 (the sources disagree)" in text
    assert "The sources disagree on a delegation — Berat: 15 or 10 sent from the Berat qark" in text
    assert "Chairman: Enver Hoxha" in text
    for d in store.decisions("decision"):
        assert d.title_en in text


def test_clicking_the_delegates_figure_shows_its_sources(qtbot, window):
    click_link(qtbot, window.overview_tab, "select:body:congress", "188")
    assert window.selection.current() == ("body", "congress")
    assert "188 delegates attended the Congress." in window.details.toPlainText()  # the verbatim quote


def test_people_link_opens_the_people_list(qtbot, window, store):
    click_link(qtbot, window.overview_tab, "show:people", str(len(store.people())))
    assert window.current_tab_name() == "org"
    assert window.org_tab.stack.currentWidget() is window.org_tab.people


def test_overview_in_albanian(qtbot, window):
    window.set_language("sq")
    text = " ".join(window.overview_tab.text.toPlainText().split())
    assert "Morën pjesë 188 delegatë." in text
    assert "118 ose 121 (burimet nuk pajtohen)" in text
    assert "Kryetar: Enver Hoxha" in text
    assert window.tabs.tabText(0).replace("&", "") == "Pasqyra"


def test_the_app_reopens_on_the_tab_it_was_left_on(qtbot, store, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(store, settings=settings)
    qtbot.addWidget(first)
    assert first.current_tab_name() == "overview"
    first.show_tab("decisions")
    first.close()
    second = MainWindow(store, settings=settings)
    qtbot.addWidget(second)
    assert second.current_tab_name() == "decisions"


def test_the_overview_says_what_the_congress_was_and_its_link_shows_the_source(qtbot, window, store):
    congress = store.body("congress")
    for lang, description, heading in (("en", congress.description_en, "Who came"),
                                       ("sq", congress.description_sq, "Kush erdhi")):
        window.set_language(lang)
        sentence = description.split(". ")[0].rstrip(".") + "."
        text = " ".join(window.overview_tab.text.toPlainText().split())
        assert sentence in text, lang
        # in the story's first section, before who came
        assert text.index(sentence) < text.index(heading), lang
        window.selection.clear()
        click_link(qtbot, window.overview_tab, "select:body:congress", sentence)
        assert window.selection.current() == ("body", "congress")
        quotes = [c.quote for c in store.citations("body", "congress") if c.field == "description"]
        assert any(q in window.details.toPlainText() for q in quotes), lang
