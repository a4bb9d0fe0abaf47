"""Help: F1 opens the guide; Help → Keyboard shortcuts lists every shortcut of the window; Help → Glossary."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTextBrowser

from app.ui.pages import PAGES


def dialog_text(window, name, qtbot):
    dialog = window.findChild(QDialog, name)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)  # closed after the test, like the window
    return " ".join(dialog.findChild(QTextBrowser, "helpBrowser").toPlainText().split())


def test_f1_opens_the_guide(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    text = dialog_text(window, "guideDialog", qtbot)
    assert "Sources disagree" in text and "Not recorded in the sources" in text
    for tab in ("Overview", "Map", "Chart", "Organisation", "Decisions"):
        assert tab in text


def test_guide_in_albanian(qtbot, window):
    window.set_language("sq")
    window.guide_action.trigger()
    text = dialog_text(window, "guideDialog", qtbot)
    assert "«Burimet nuk pajtohen»" in text and "«Nuk shënohet në burime»" in text


@pytest.mark.parametrize("lang", ["en", "sq"])
def test_keyboard_shortcuts_lists_every_shortcut(qtbot, window, lang):
    window.set_language(lang)
    window.shortcuts_action.trigger()
    text = dialog_text(window, "shortcutsDialog", qtbot)
    actions = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert len(actions) >= 12
    for a in actions:  # every key of every action, beside the action's name as the menu shows it
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts())
        assert f"{a.text().replace('&', '').rstrip('…')} {keys}" in text, a.objectName()
    for s in window.findChildren(QShortcut):
        assert s.key().toString(QKeySequence.SequenceFormat.NativeText) in text
    # the keys the views handle themselves, under each tab's title, in the language
    for page in PAGES:
        if page.keys:
            assert page.translated_title().replace("&", "") in text
        for keys, what in page.translated_keys():
            assert f"{what} {keys}" in text, (page.name, what)
    expected = {"en": ("Map: zoom in, zoom out, whole map", "Timeline: move from event to event", "Org chart: zoom",
                       "Chart: move from bar to bar", "Mouse wheel", "Larger text", "Search everything"),
                "sq": ("Harta: zmadho, zvogëlo, e gjithë harta", "Kronologjia: nga një ngjarje te tjetra",
                       "Organigrama: zmadho ose zvogëlo", "Rrota e miut", "Tekst më i madh")}[lang]
    for words in expected:
        assert words in text, words
    for keys in ("Ctrl+P", "F1", "Alt+Left", "Ctrl+K", "Ctrl+F", "Ctrl+=", "Ctrl+-", "Ctrl+0", "← →", "+ / − / 0"):
        assert keys in text, keys


def test_glossary_opens_from_the_help_menu(qtbot, window, store):
    assert window.glossary_action in window.help_menu.actions()
    window.glossary_action.trigger()
    text = dialog_text(window, "glossaryDialog", qtbot)
    terms = store.glossary()
    assert len(terms) >= 10
    for t in terms:
        assert t.term_en in text and " ".join(t.definition_en.split()) in text
        sources = store.citations("term", t.id)
        assert sources and sources[0].source.title in text


def test_glossary_in_albanian(qtbot, window, store):
    window.set_language("sq")
    window.glossary_action.trigger()
    text = dialog_text(window, "glossaryDialog", qtbot)
    assert text.startswith("Fjalorthi")
    for t in store.glossary():
        assert t.term_sq in text


def test_about_names_the_third_party_software_and_its_licences(window, store):
    from app.licences import third_party
    html = window.about_html()
    for component in third_party():
        assert component["name"].replace("(", "").split()[0] in html and component["licence"] in html
    assert "LGPL-3.0-only" in html and "pyqtgraph" in html
