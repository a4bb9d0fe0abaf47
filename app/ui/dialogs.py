"""Dialogs that show text from outside the app (a dataset's names, a file's path, an error): always plain text,
one line for the message, and links opened only when they are http: or https: and the person has seen them."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app.model.opening import one_line

OPENABLE_SCHEMES = ("http", "https")


def plain_message(parent, title: str, text: str, icon=QMessageBox.Icon.Warning, name: str = "plainMessage") -> QMessageBox:
    """A message box whose text is shown as the characters it is (never as markup), one line."""
    box = QMessageBox(icon, one_line(title, 120), one_line(text), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_warning(parent, title: str, text: str, name: str = "plainMessage") -> None:
    plain_message(parent, title, text, name=name).exec()


def open_external_link(parent, url: QUrl) -> bool:
    """Opens an http: or https: address in the browser after the person has seen it and agreed; any other kind
    of link (file:, smb:, javascript:, a program's own scheme…) is never handed to the system."""
    if url.scheme().lower() not in OPENABLE_SCHEMES or not url.isValid() or not url.host():
        return False
    address = one_line(url.toDisplayString(), 300)
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Dialogs", "Open in your web browser?"),
                      QCoreApplication.translate("Dialogs", "Open this address in your web browser?"),
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("openLinkDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(address)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Open:
        return False
    return QDesktopServices.openUrl(url)


def install_excepthook(parent) -> None:
    """For an interactive run: an error nobody foresaw shows one plain dialog and the app keeps running
    (the details still go to stderr for a bug report)."""
    showing = []

    def hook(kind, value, traceback) -> None:
        sys.__excepthook__(kind, value, traceback)
        if showing:  # one dialog at a time, even if the error repeats while it is open
            return
        showing.append(True)
        try:
            show_warning(parent, QCoreApplication.translate("Dialogs", "Something went wrong"),
                         QCoreApplication.translate("Dialogs", "Something went wrong, and the app carries on: {error}").format(
                             error=f"{kind.__name__}: {value}"), name="errorDialog")
        finally:
            showing.clear()

    sys.excepthook = hook


class OpenProgress:
    """Progress and Cancel while a dataset opens: `cancelled` is SQLite's progress callback (via Store.open).
    Nothing shows for a quick open; past DELAY seconds a window-modal busy dialog with Cancel appears and events
    are processed so the person can press it (the window itself takes no input meanwhile)."""

    DELAY = 0.3  # seconds before the dialog shows
    STEP = 0.05  # seconds between event processing

    def __init__(self, parent, name: str) -> None:
        import time
        self._clock = time.monotonic
        self._parent = parent
        self._name = one_line(name, 120)
        self._start = self._last = self._clock()
        self.dialog = None

    def cancelled(self) -> bool:
        from PySide6.QtWidgets import QApplication, QProgressDialog
        now = self._clock()
        if now - self._last < self.STEP and self.dialog is not None:
            return self.dialog.wasCanceled()
        self._last = now
        if self.dialog is None:
            if now - self._start < self.DELAY:
                return False
            self.dialog = QProgressDialog(QCoreApplication.translate("Dialogs", "Opening {name}…").format(name=self._name),
                                          QCoreApplication.translate("Dialogs", "Cancel"), 0, 0, self._parent)
            self.dialog.setObjectName("openProgress")
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.show()
        QApplication.processEvents()
        return self.dialog.wasCanceled()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
