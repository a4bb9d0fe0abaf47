"""Test configuration: Qt runs offscreen, settings go to a throw-away folder, and the bundled dataset
must be byte-identical at the end of the session."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

import pytest

# Before any Qt import: no screen, and never the user's own settings.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_CONFIG_HOME = tempfile.mkdtemp(prefix="permet-test-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG_HOME

# pytest.approx looks numpy up in sys.modules without taking the import lock, and the app imports pyqtgraph
# (numpy with it) on a worker thread after each window's first paint: imported here first, an approx in a test
# can never meet numpy half made ("partially initialized module 'numpy'"). Subprocess tests are unaffected.
import numpy  # noqa: E402,F401

from app.model import Store  # noqa: E402
from app.paths import bundled_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def albanian_catalogue():
    """The Albanian catalogue installed, as a language switch installs it before it retranslates the tabs.
    The translator has no Qt parent (it is not one of the page's objects that tests count)."""
    from PySide6.QtWidgets import QApplication
    from app.ui.window_menus import load_translator
    translator = load_translator("sq", None)
    QApplication.instance().installTranslator(translator)
    try:
        yield
    finally:
        QApplication.instance().removeTranslator(translator)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session", autouse=True)
def bundled_database_is_never_written():
    path = bundled_database()
    before = _sha256(path)
    yield
    assert _sha256(path) == before, "the bundled dataset was modified during the tests"


@pytest.fixture(autouse=True)
def collector_walks_everything_again():
    """The app settles what a built tab keeps (gc.freeze, app/ui/idle.py): after a test, its windows are
    garbage, and settled garbage would be kept for the rest of the run."""
    yield
    import gc
    gc.unfreeze()


@pytest.fixture(scope="session")
def store() -> Store:
    return Store.open()


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def show_window(qtbot, store, settings, size: tuple[int, int]):
    """A main window on `store` at `size`, shown and exposed; qtbot closes it at the end of the test.
    The size is set before the first show: the offscreen screen is 800×600, and a window would fit itself to
    it on a first start."""
    from app.ui.main_window import MainWindow
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


@contextlib.contextmanager
def shown_window(qtbot, store, settings):
    """A main window on `store`, shown at 1280×800, deleted at the end."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    w = show_window(qtbot, store, settings, (1280, 800))
    yield w
    # deleted now, not whenever an event loop next runs: a window left alive would still receive the next
    # test's language and palette changes
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot, store, settings):
    with shown_window(qtbot, store, settings) as w:
        yield w


@pytest.fixture
def hub():
    """The selection hub of the pages make_page builds in this test (the window has its own)."""
    from app.ui.selection import SelectionModel
    return SelectionModel()


@pytest.fixture
def make_page(qtbot, store, hub):
    """Build one page on its own over the bundled Store, on the `hub` fixture's SelectionModel:
    `page = make_page("chart", state={"percent": True}, lang="sq")`; `page.selection_model` is the hub.
    The page is shown (so lazily built parts exist). At teardown the pages are deleted, and a parentless
    widget that is still alive (a dialog, a menu, a window the test or the page left behind) fails the test."""
    import gc

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from app.ui.pages import page_class

    before = set(QApplication.topLevelWidgets())
    made = []

    def make(name: str, state: dict | None = None, lang: str = "en", show: bool = True):
        page = page_class(name)(store, hub, lang)
        page.selection_model = hub
        made.append(page)
        if state:
            page.restore_state(state)
        if show:
            page.resize(1000, 700)
            page.show()
            qtbot.waitExposed(page)
        return page

    yield make
    for page in made:
        page.close()
        page.deleteLater()
    made.clear()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in set(QApplication.topLevelWidgets()) - before if w.parent() is None]
    for w in leaked:
        w.deleteLater()
    assert not leaked, f"widgets left alive: {[w.objectName() or type(w).__name__ for w in leaked]}"
