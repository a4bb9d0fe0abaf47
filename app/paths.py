"""Where the bundled dataset and resources live, whether the app runs from the source tree, an installed
wheel (they are packed into the package as app/data and app/resources) or a PyInstaller bundle (same layout)."""

from __future__ import annotations

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
