"""Where the bundled dataset and resources live, whether the app runs from the source tree, an installed
wheel (they are packed into the package as app/data and app/resources) or a PyInstaller bundle (same layout)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_ROOT = PACKAGE_DIR.parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


def bundled_database() -> Path:
    return _first_existing(PACKAGE_DIR / "data" / "permet.sqlite", SOURCE_ROOT / "data" / "permet.sqlite")


def resources_dir() -> Path:
    return _first_existing(PACKAGE_DIR / "resources", SOURCE_ROOT / "resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def settings_home_usable() -> bool:
    """True when the settings file has a proper home. With HOME unset (or "/") and no XDG_CONFIG_HOME, Qt
    would write its settings under the root folder: then the app keeps its settings for this run only."""
    if not sys.platform.startswith("linux"):
        return True
    xdg = os.environ.get("XDG_CONFIG_HOME", "")
    if xdg and os.path.isabs(xdg) and os.path.normpath(xdg) != "/":
        return True
    home = os.environ.get("HOME", "")
    return bool(home) and os.path.isabs(home) and os.path.normpath(home) != "/" and os.path.isdir(home)


def output_problem(path: str | os.PathLike) -> str | None:
    """Why a file cannot be written at `path` (one line), or None. Never blocks: a FIFO or a device is refused
    without being opened, and the test write is non-blocking."""
    from app.model.opening import os_reason, shown_path

    shown = shown_path(path)
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        info = None
    except (OSError, ValueError) as exc:
        return f"cannot write {shown} ({os_reason(exc) if isinstance(exc, OSError) else 'a NUL in the name'})"
    if info is not None and stat.S_ISDIR(info.st_mode):
        return f"{shown} is a folder; give a file path"
    if info is not None and not stat.S_ISREG(info.st_mode):
        return f"{shown} is not a regular file (a pipe, device or socket); give a file path"
    folder = os.path.dirname(os.fspath(path)) or "."
    if not os.path.isdir(folder):
        return f"folder {shown_path(folder)} does not exist"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as exc:
        return f"cannot write {shown} ({os_reason(exc)})"
    os.close(fd)
    if info is None:
        os.unlink(path)
    return None
