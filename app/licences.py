"""The third-party components Përmet Explorer ships with: name, version, licence, home page and the path of the
licence text (in resources/licenses). Help → About lists them; resources/packaging/make_dist.py writes the same
list into the .deb's /usr/share/doc/permet-explorer/copyright. No Qt here (importing this must stay cheap).

Qt and Qt for Python are LGPLv3: the Qt libraries are separate shared files (PySide6/Qt/lib in the installed
folder), so a user may replace them with their own build of the same Qt version (see README → Licences)."""

from __future__ import annotations

import platform
import sys
from importlib import metadata, util
from pathlib import Path

from app.paths import resource


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not recorded"


def _package_dir(name: str) -> Path | None:
    spec = util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _icu_version() -> str | None:
    """The ICU that Qt for Python carries on Linux (libicuuc.so.NN next to the Qt libraries); None where Qt
    uses the system's (Windows, macOS)."""
    pyside = _package_dir("PySide6")
    if pyside is None:
        return None
    for lib in sorted((pyside / "Qt" / "lib").glob("libicuuc.so.*")):
        return lib.name.split(".so.", 1)[1]
    return None


def licence_text(name: str) -> Path:
    return resource("licenses", name)


def app_licence() -> dict:
    from app import APP_NAME, __version__
    return {"name": APP_NAME, "version": __version__, "licence": "MIT", "url": "",
            "path": licence_text("permet-explorer.txt")}


def third_party() -> list[dict]:
    """One dict per bundled component: name, version, licence (SPDX expression), url, path (the licence text),
    note (what it is there for, or what else the text covers)."""
    qt = _version("PySide6-Essentials")
    if qt == "not recorded":
        qt = _version("PySide6")
    lgpl = licence_text("LGPL-3.0.txt")
    rows = [
        {"name": "Qt", "version": qt, "licence": "LGPL-3.0-only", "url": "https://www.qt.io/", "path": lgpl,
         "note": "windows, widgets, drawing; the LGPLv3 adds to the GPLv3 (GPL-3.0.txt)"},
        {"name": "Qt for Python (PySide6)", "version": qt, "licence": "LGPL-3.0-only",
         "url": "https://wiki.qt.io/Qt_for_Python", "path": lgpl, "note": "Python bindings for Qt"},
        {"name": "Shiboken6", "version": _version("shiboken6"), "licence": "LGPL-3.0-only",
         "url": "https://wiki.qt.io/Qt_for_Python", "path": lgpl, "note": "runtime of the Qt for Python bindings"},
        {"name": "Python", "version": platform.python_version(), "licence": "PSF-2.0",
         "url": "https://www.python.org/", "path": licence_text("Python.txt"),
         "note": "the interpreter and its standard library"},
        {"name": "pyqtgraph", "version": _version("pyqtgraph"), "licence": "MIT",
         "url": "https://www.pyqtgraph.org/", "path": licence_text("pyqtgraph.txt"), "note": "the chart"},
        {"name": "NumPy", "version": _version("numpy"), "licence": "BSD-3-Clause", "url": "https://numpy.org/",
         "path": licence_text("numpy.txt"), "note": "arrays for the chart"},
        {"name": "OpenBLAS", "version": "as bundled with NumPy " + _version("numpy"), "licence": "BSD-3-Clause",
         "url": "https://www.openblas.net/", "path": licence_text("numpy.txt"),
         "note": "with LAPACK (BSD-3-Clause-Open-MPI); text in NumPy's licence file"},
        {"name": "GCC runtime libraries (libgfortran, libquadmath)", "version": "as bundled with NumPy "
         + _version("numpy"), "licence": "GPL-3.0-or-later WITH GCC-exception-3.1 AND LGPL-2.1-or-later",
         "url": "https://gcc.gnu.org/", "path": licence_text("numpy.txt"),
         "note": "used by OpenBLAS; texts in NumPy's licence file"},
    ]
    icu = _icu_version()
    if icu is not None:
        rows.append({"name": "ICU", "version": icu, "licence": "ICU", "url": "https://icu.unicode.org/",
                     "path": licence_text("ICU.txt"), "note": "Unicode text handling inside Qt"})
    if getattr(sys, "frozen", False):
        rows.append({"name": "PyInstaller bootloader", "version": _version("pyinstaller"),
                     "licence": "GPL-2.0-or-later WITH PyInstaller-bootloader-exception",
                     "url": "https://pyinstaller.org/", "path": licence_text("PyInstaller.txt"),
                     "note": "starts the installed app"})
    return rows
