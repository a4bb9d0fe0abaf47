"""The texts that travel with the installers: the Debian machine-readable copyright file (the app, the dataset,
every bundled component with its licence text), the changelog, and the AppStream release notes taken from it.

The component list is app/licences.py's — the same one Help → About shows — plus where each one lives in the
installed folder. The changelog (resources/packaging/changelog, Debian format) is the one place release notes
are written; the metainfo's <releases> are generated from it."""

from __future__ import annotations

import email.utils
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.licences import app_licence, licence_text, third_party  # noqa: E402

FORMAT = "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
OPT = "opt/permet-explorer"
# Where each component lives in the installed folder (Files: of its paragraph) and who holds its copyright.
FILES = {
    "Qt": ([f"{OPT}/_internal/PySide6/Qt/*", f"{OPT}/_internal/libQt6*"], "The Qt Company Ltd. and other contributors"),
    "Qt for Python (PySide6)": ([f"{OPT}/_internal/PySide6/*", f"{OPT}/_internal/libpyside6*"],
                                "The Qt Company Ltd."),
    "Shiboken6": ([f"{OPT}/_internal/shiboken6/*", f"{OPT}/_internal/libshiboken6*"], "The Qt Company Ltd."),
    "Python": ([f"{OPT}/_internal/libpython3*", f"{OPT}/_internal/python3*/*", f"{OPT}/_internal/base_library.zip"],
               "Python Software Foundation"),
    "pyqtgraph": ([f"{OPT}/_internal/pyqtgraph/*"], "Luke Campagnola and the pyqtgraph contributors"),
    "NumPy": ([f"{OPT}/_internal/numpy/*", f"{OPT}/_internal/numpy-*"], "NumPy Developers"),
    "OpenBLAS": ([f"{OPT}/_internal/numpy.libs/libscipy_openblas*", f"{OPT}/_internal/libscipy_openblas*"],
                 "The OpenBLAS project; LAPACK: The University of Tennessee and others"),
    "GCC runtime libraries (libgfortran, libquadmath)": (
        [f"{OPT}/_internal/numpy.libs/libgfortran*", f"{OPT}/_internal/numpy.libs/libquadmath*",
         f"{OPT}/_internal/libgfortran*", f"{OPT}/_internal/libquadmath*"], "Free Software Foundation, Inc."),
    "ICU": ([f"{OPT}/_internal/PySide6/Qt/lib/libicu*", f"{OPT}/_internal/libicu*"], "Unicode, Inc. and others"),
    "PyInstaller bootloader": ([f"{OPT}/permet-explorer"], "PyInstaller Development Team"),
}
# The frozen app carries these; make_dist runs from the build venv (not frozen), so they are added here.
FROZEN_ONLY = {
    "PyInstaller bootloader": {"licence": "GPL-2.0-or-later WITH PyInstaller-bootloader-exception",
                               "url": "https://pyinstaller.org/", "path": licence_text("PyInstaller.txt")},
}


def _text_block(text: str) -> str:
    """A licence text as a deb822 continuation: each line indented by one space, empty lines as ' .'."""
    lines = text.replace("\t", "    ").rstrip().splitlines()
    return "\n".join(f" {line.rstrip()}" if line.strip() else " ." for line in lines)


def _components(pyinstaller_version: str) -> list[dict]:
    rows = third_party()
    if not any(row["name"] == "PyInstaller bootloader" for row in rows):
        rows.append({"name": "PyInstaller bootloader", "version": pyinstaller_version, "note": "starts the app",
                     **FROZEN_ONLY["PyInstaller bootloader"]})
    return rows


def copyright_text(pyinstaller_version: str) -> str:
    from app import __version__
    me = app_licence()
    sources = json.loads((ROOT / "data" / "sources" / "sources.json").read_text(encoding="utf-8"))
    listing = "\n".join(f" - {s['title']} <{s['url']}>" if s.get("url") else f" - {s['title']}" for s in sources)
    parts = [
        f"Format: {FORMAT}\n"
        "Upstream-Name: Përmet Explorer\n"
        "Upstream-Contact: The Përmet Explorer developers <permet-explorer@users.noreply.github.com>\n"
        f"Comment: Përmet Explorer {__version__}. The same component list is in the app (Help → About).\n"
        " Qt and Qt for Python are LGPL-3.0: their libraries are separate shared files under\n"
        f" /{OPT}/_internal/PySide6/Qt/lib, so they can be replaced by a build of the same Qt version\n"
        " (source: https://download.qt.io/official_releases/qt/ and https://code.qt.io/cgit/pyside/).",
        f"Files: *\nCopyright: 2026 The Përmet Explorer developers\nLicense: {me['licence']}\n"
        + _text_block(me["path"].read_text(encoding="utf-8")),
        f"Files: {OPT}/_internal/app/data/permet.sqlite\n"
        "Copyright: 2026 The Përmet Explorer developers (selection and arrangement);\n"
        " the quoted sources' authors (quotations)\n"
        "License: MIT and public-domain and quotations\n"
        " The dataset as compiled: MIT (see Files: *).\n"
        " .\n"
        " Region borders and the national outline: Natural Earth 1:10m Cultural Vectors, Admin 1\n"
        " (public domain). Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.\n"
        " .\n"
        " Every statement carries a short verbatim quotation from its source, used for citation; each\n"
        " source keeps its own licence (the English Wikipedia text is CC BY-SA). The sources quoted:\n"
        + listing,
    ]
    for row in _components(pyinstaller_version):
        files, holder = FILES[row["name"]]
        text = row["path"].read_text(encoding="utf-8")
        parts.append(f"Files: {' '.join(files)}\nCopyright: {holder}\n"
                     f"Comment: {row['name']} {row['version']} <{row['url']}>: {row.get('note', '')}\n"
                     f"License: {row['licence']}\n" + _text_block(text))
    parts.append("License: GPL-3.0\n Qt's and Qt for Python's LGPL-3.0 supplements the GPL-3.0, whose text follows.\n .\n"
                 + _text_block(licence_text("GPL-3.0.txt").read_text(encoding="utf-8")))
    return "\n\n".join(parts) + "\n"


def changelog_entries(path: Path = HERE / "changelog") -> list[dict]:
    """[{version, date (YYYY-MM-DD), items: [text]}] newest first, from the Debian-format changelog."""
    text = path.read_text(encoding="utf-8")
    entries = []
    for block in re.split(r"\n(?=\S)", text.strip()):
        head = re.match(r"permet-explorer \(([^)]+)\)", block)
        trailer = re.search(r"^ -- .+?  (.+)$", block, re.M)
        if not head or not trailer:
            raise SystemExit(f"changelog: cannot read the entry starting {block[:40]!r}")
        body = block[:trailer.start()]
        items = [re.sub(r"\s+", " ", item).strip() for item in re.split(r"^  \* ", body, flags=re.M)[1:]]
        date = email.utils.parsedate_to_datetime(trailer.group(1)).date().isoformat()
        entries.append({"version": head.group(1), "date": date, "items": items})
    return entries


def metainfo_releases() -> str:
    out = []
    for entry in changelog_entries():
        items = "\n".join(f"          <li>{html.escape(item, quote=False)}</li>" for item in entry["items"])
        out.append(f'    <release version="{entry["version"]}" date="{entry["date"]}">\n'
                   f"      <description>\n        <ul>\n{items}\n        </ul>\n      </description>\n"
                   f"    </release>")
    return "\n".join(out)
