"""Test configuration: Qt runs offscreen, settings go to a throw-away folder, and the bundled dataset
must be byte-identical at the end of the session."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest

# Before any Qt import: no screen, and never the user's own settings.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_CONFIG_HOME = tempfile.mkdtemp(prefix="permet-test-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG_HOME

from app.model import Store  # noqa: E402
from app.paths import bundled_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session", autouse=True)
def bundled_database_is_never_written():
    path = bundled_database()
    before = _sha256(path)
    yield
    assert _sha256(path) == before, "the bundled dataset was modified during the tests"


@pytest.fixture(scope="session")
def store() -> Store:
    return Store.open()


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, store, settings):
    from app.ui.main_window import MainWindow
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # deleted now, not whenever an event loop next runs: a window left alive would still receive the next
    # test's language and palette changes
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
