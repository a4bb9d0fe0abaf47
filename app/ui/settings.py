"""Every key the app keeps in QSettings, with its default, in one place.

    settings_version     int   SETTINGS_VERSION; an older file is migrated, a newer one's page states ignored
    language             str   "en" | "sq"
    window/geometry      bytes QMainWindow.saveGeometry()
    window/splitter      bytes the tabs | details splitter
    window/text_scale    float Ctrl+= / Ctrl+− / Ctrl+0
    window/tab           str   the page shown last
    pages/<name>/state   str   JSON of Page.state()

Tests and `--screenshot`/`--self-check` runs pass no QSettings at all (None): nothing is read or written.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1

DEFAULTS: dict[str, object] = {
    "language": "en",
    "window/text_scale": 1.0,
    "window/tab": "",
}


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def check_version(settings: QSettings | None) -> bool:
    """Bring the file to SETTINGS_VERSION; False when it was written by a newer version (leave it alone)."""
    if settings is None:
        return False
    version = _int(settings.value("settings_version", 0), 0)
    if version > SETTINGS_VERSION:
        return False
    if version < SETTINGS_VERSION:  # version 0 (before page state was kept) has nothing to migrate
        settings.setValue("settings_version", SETTINGS_VERSION)
    return True


def text(settings: QSettings | None, key: str) -> str:
    default = str(DEFAULTS[key])
    return str(settings.value(key, default)) if settings is not None else default


def number(settings: QSettings | None, key: str) -> float:
    default = float(DEFAULTS[key])  # type: ignore[arg-type]
    if settings is None:
        return default
    try:
        return float(settings.value(key, default))
    except (TypeError, ValueError):
        return default


def blob(settings: QSettings | None, key: str) -> QByteArray | None:
    value = settings.value(key) if settings is not None else None
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def page_state(settings: QSettings | None, name: str) -> dict:
    if settings is None:
        return {}
    try:
        state = json.loads(str(settings.value(f"pages/{name}/state", "{}")))
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def save_page_state(settings: QSettings | None, name: str, state: dict) -> None:
    if settings is not None:
        settings.setValue(f"pages/{name}/state", json.dumps(state, ensure_ascii=False, sort_keys=True))


class RememberedWindow:
    """MainWindow's geometry, splitter, tab and page states: restored at start, saved at close."""

    def _restore_window(self) -> None:
        geometry = blob(self.settings, "window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_screen()
        splitter = blob(self.settings, "window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        tab = text(self.settings, "window/tab")
        if tab in self.pages:
            self.show_tab(tab)

    def _fit_screen(self) -> None:
        """First start: 1280×800 where it fits, otherwise the screen's free area less a margin."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None or screen.isEmpty():
            self.resize(1280, 800)
            return
        width, height = min(1280, screen.width() - 24), min(800, screen.height() - 24)
        self.resize(width, height)
        self.move(screen.center() - self.rect().center())

    def _save_window(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/tab", self.current_tab_name())
        for name, page in self.pages.made().items():  # a page never made keeps the state it had
            save_page_state(self.settings, name, page.state())
        self.settings.sync()
