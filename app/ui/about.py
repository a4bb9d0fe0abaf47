"""Help → About: the app, the dataset, the licences and every source (the seed of the Help page)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app import APP_NAME, __version__
from app.model import Store



def about_html(store: Store) -> str:
    s = store
    items = "".join(
        f"<li>{escape(src.title)} <small>[{escape(src.reliability)}]</small>"
        + (f"<br><a href=\"{escape(src.url)}\">{escape(src.url)}</a>" if src.url else "") + "</li>"
        for src in s.sources())
    return (f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>"
            "<p>" + escape(QCoreApplication.translate("About", 'An offline atlas of the Congress of Përmet, May 1944.')) + "</p>"
            "<p>" + escape(QCoreApplication.translate("About", 'Dataset:')) + f" {escape(str(s.path))}</p>"
            "<h3>" + escape(QCoreApplication.translate("About", 'Licences')) + "</h3><ul>"
            f"<li>{escape(s.meta('licence_geometry') or '')}</li>"
            f"<li>{escape(s.meta('licence_quotes') or '')}</li>"
            "<li>" + escape(QCoreApplication.translate("About", 'Program: MIT licence. Qt for Python (PySide6): LGPLv3. pyqtgraph: MIT.')) + "</li></ul>"
            + third_party_html() +
            "<h3>" + escape(QCoreApplication.translate("About", 'Sources ({n})').format(n=len(s.sources()))) + f"</h3><ol>{items}</ol>")


def third_party_html() -> str:
    """The third-party software the app ships with, each with its version and licence (app.licences)."""
    from app.licences import third_party

    rows = "".join(
        f"<tr><td>{escape(c['name'])}</td><td>{escape(str(c['version']))}</td><td>{escape(c['licence'])}</td>"
        f"<td>" + (f'<a href="{escape(c["url"])}">{escape(c["url"])}</a>' if c.get("url") else "") + "</td></tr>"
        for c in third_party())
    return ("<h3>" + escape(QCoreApplication.translate("About", "Third-party software")) + "</h3>"
            '<table cellspacing="2"><tr><th align="left">' + escape(QCoreApplication.translate("About", "Component"))
            + '</th><th align="left">' + escape(QCoreApplication.translate("About", "Version"))
            + '</th><th align="left">' + escape(QCoreApplication.translate("About", "Licence"))
            + f"</th><th></th></tr>{rows}</table>")


def show_about(parent: QWidget, store: Store) -> None:
    dialog = QDialog(parent)
    dialog.setObjectName("aboutDialog")
    dialog.setWindowTitle(QCoreApplication.translate("About", "About {app}").format(app=APP_NAME))
    text = QTextBrowser(dialog)
    text.setOpenExternalLinks(True)
    text.setHtml(about_html(store))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(640, 560)
    dialog.exec()
    dialog.deleteLater()
