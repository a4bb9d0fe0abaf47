"""After PyInstaller: the Debian package and the portable tar.gz of dist/permet-explorer (Linux).

    python resources/packaging/make_dist.py        (run by `make dist`, from the build venv)

The .deb is assembled in a staging folder and built with dpkg-deb: the app in /opt/permet-explorer, a
launcher in /usr/bin, the .desktop entry, hicolor icons (16–512 px from our SVG, and the SVG itself) and
AppStream metainfo. Depends lists the libraries Qt needs from the system: a fixed set known to be missing
on minimal installs, plus the packages that own every system library the bundle links to.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
ONEDIR = DIST / "permet-explorer"
APP_ID = "io.github.permet_explorer.PermetExplorer"
HERE = Path(__file__).resolve().parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Qt's xcb platform plugin loads these at run time (not visible to ldd on the bundle's own libraries).
QT_RUNTIME_DEPENDS = ["libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1", "libfontconfig1",
                      "libegl1", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "libxcb-shape0",
                      "libxcb-xinerama0", "libxcb-xkb1", "libgl1", "libwayland-cursor0"]


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def system_libraries(onedir: Path) -> set[str]:
    """Absolute paths of the system libraries the bundle's ELF files link to (bundled ones resolved first)."""
    internal = onedir / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    found: set[str] = set()
    for path in onedir.rglob("*"):
        if not path.is_file() or path.suffix not in (".so", "") and ".so." not in path.name:
            continue
        if path.read_bytes()[:4] != b"\x7fELF":
            continue
        if "platformthemes" in str(path):  # optional desktop-theme plugins (GTK): used only where present
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            m = re.match(r"\s*\S+ => (/\S+)", line)
            if m and not m.group(1).startswith(str(onedir)):
                found.add(os.path.realpath(m.group(1)))
    return found


def owning_packages(libraries: set[str]) -> set[str]:
    packages = set()
    for lib in sorted(libraries):
        out = subprocess.run(["dpkg", "-S", lib], capture_output=True, text=True)
        if out.returncode != 0:  # dpkg knows the /lib path, not the /usr/lib one (merged /usr), or vice versa
            alt = lib.replace("/usr/lib/", "/lib/", 1) if lib.startswith("/usr/lib/") else lib.replace("/lib/", "/usr/lib/", 1)
            out = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
        if out.returncode == 0:
            packages.add(out.stdout.split(":")[0].strip())
    return packages


def render_icons(target: Path) -> None:
    """hicolor PNGs from resources/icons/permet-explorer.svg, drawn by Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs one for painting)
    svg = ROOT / "resources" / "icons" / "permet-explorer.svg"
    renderer = QSvgRenderer(str(svg))
    for size in ICON_SIZES:
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if not image.save(str(folder / f"{APP_ID}.png")):
            raise SystemExit(f"could not write the {size} px icon")
    (target / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, target / "scalable" / "apps" / f"{APP_ID}.svg")


def normalise_permissions(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif path.is_file():
            head = path.read_bytes()[:4]
            executable = path.stat().st_mode & 0o111 or head == b"\x7fELF" or head[:2] == b"#!"
            path.chmod(0o755 if executable else 0o644)


def build_deb(ver: str) -> Path:
    staging = DIST / "deb-root"
    shutil.rmtree(staging, ignore_errors=True)
    opt = staging / "opt" / "permet-explorer"
    shutil.copytree(ONEDIR, opt, symlinks=True)
    launcher = staging / "usr" / "bin" / "permet-explorer"
    launcher.parent.mkdir(parents=True)
    launcher.write_text('#!/bin/sh\nexec /opt/permet-explorer/permet-explorer "$@"\n', encoding="utf-8")
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(parents=True)
    date = subprocess.run(["git", "log", "-1", "--format=%cs"], capture_output=True, text=True, cwd=ROOT).stdout.strip() \
        or "2026-01-01"
    meta = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8").replace("@VERSION@", ver).replace("@DATE@", date)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(meta, encoding="utf-8")
    render_icons(share / "icons" / "hicolor")
    doc = share / "doc" / "permet-explorer"
    doc.mkdir(parents=True)
    shutil.copyfile(ROOT / "README.md", doc / "README.md")

    depends = sorted(set(QT_RUNTIME_DEPENDS) | owning_packages(system_libraries(ONEDIR)))
    installed_kb = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file()) // 1024
    control = staging / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        "Package: permet-explorer\n"
        f"Version: {ver}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        "Maintainer: The Përmet Explorer developers <permet-explorer@users.noreply.github.com>\n"
        "Description: offline atlas of the Congress of Përmet (May 1944)\n"
        " Regions, delegations, the bodies the congress elected and its decisions,\n"
        " each figure traced to its source; English and Albanian.\n", encoding="utf-8")
    normalise_permissions(staging)
    out = DIST / f"permet-explorer_{ver}_amd64.deb"
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(staging), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    return out


def build_tarball(ver: str) -> Path:
    out = DIST / f"permet-explorer-{ver}-linux-x86_64.tar.gz"

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info
    with tarfile.open(out, "w:gz") as tar:
        tar.add(ONEDIR, arcname="permet-explorer", filter=clean)
    return out


def main() -> int:
    if not (ONEDIR / "permet-explorer").exists():
        print("dist/permet-explorer is missing: run PyInstaller first (make dist)", file=sys.stderr)
        return 2
    ver = version()
    deb = build_deb(ver)
    tarball = build_tarball(ver)
    for path in (ONEDIR, deb, tarball):
        size = (sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
                if path.is_dir() else path.stat().st_size)
        print(f"{path.relative_to(ROOT)}: {size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
