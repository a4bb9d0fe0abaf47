"""After PyInstaller: strip the onedir, then build the Debian package and the portable tar.gz (Linux).

    python resources/packaging/make_dist.py        (run by `make dist`, from the build venv)

1. Strip every ELF file except numpy's (stripping them breaks numpy) and the main executable (PyInstaller's
   bootloader carries its archive at its end).
2. The glibc floor: the highest GLIBC_ symbol version any file needs (glibc_floor.py) → `libc6 (>= floor)`.
3. Depends: dpkg-shlibdeps over every ELF file resolves each library the bundle links to and is not in it to the
   package that ships it, with the version its symbols need. It fails on a library it cannot resolve, and so
   does this build. Fonts are added (Qt draws nothing without one).
4. The .deb, assembled in build/deb-root (removed afterwards): the app in /opt/permet-explorer, a launcher in
   /usr/bin, the desktop entry, hicolor icons, AppStream metainfo with release notes from the changelog, and
   /usr/share/doc/permet-explorer/{copyright,changelog.gz}. Installed-Size counted as dpkg does.
5. The tar.gz: the onedir with a launcher that names missing libraries and fonts in one line.
dist/build-info.json records the floor, the Depends and the sizes for the tests and the README.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from debian_docs import ROOT, copyright_text, metainfo_releases  # noqa: E402
from glibc_floor import elf_files, glibc_floor  # noqa: E402

DIST = ROOT / "dist"
ONEDIR = DIST / "permet-explorer"
STAGING = ROOT / "build" / "deb-root"
APP_ID = "io.github.permet_explorer.PermetExplorer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
FONTS = "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core | fonts-freefont-ttf"


class BuildError(SystemExit):
    pass


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def strip_onedir(onedir: Path) -> int:
    """Strips in place; returns the bytes saved."""
    internal = onedir / "_internal"
    skip = (internal / "numpy", internal / "numpy.libs")
    files = [p for p in elf_files(onedir) if p != onedir / "permet-explorer"
             and not any(p.is_relative_to(s) for s in skip)
             and not any(part.startswith("numpy") for part in p.relative_to(internal).parts[:1])]
    before = sum(p.stat().st_size for p in files)
    subprocess.run(["strip", "--strip-unneeded", *map(str, files)], check=True)
    return before - sum(p.stat().st_size for p in files)


def shlib_depends(staging: Path) -> list[str]:
    """dpkg-shlibdeps over the staged package: one clause per package, versioned by the symbols used."""
    app = staging / "opt" / "permet-explorer"
    internal = app / "_internal"
    work = ROOT / "build" / "shlibdeps"
    shutil.rmtree(work, ignore_errors=True)
    (work / "debian").mkdir(parents=True)
    (work / "debian" / "control").write_text("Source: permet-explorer\n\nPackage: permet-explorer\n"
                                             "Architecture: any\n", encoding="utf-8")
    private = [internal / "PySide6" / "Qt" / "lib", internal, internal / "PySide6", internal / "shiboken6",
               internal / "numpy.libs"]
    out = subprocess.run(["dpkg-shlibdeps", "-O", f"-S{staging}", *[f"-l{d}" for d in private],
                          *map(str, elf_files(app))], capture_output=True, text=True, cwd=work)
    shutil.rmtree(work, ignore_errors=True)
    errors = [line for line in out.stderr.splitlines() if "error" in line]
    if out.returncode != 0:
        raise BuildError("make_dist: dpkg-shlibdeps could not resolve every library the bundle links to "
                         "(install the missing ones: .ci/qt-system-libs.sh):\n  " + "\n  ".join(errors[:20]))
    line = next(line for line in out.stdout.splitlines() if line.startswith("shlibs:Depends="))
    return [clause.strip() for clause in line.split("=", 1)[1].split(",") if clause.strip()]


def with_glibc_floor(depends: list[str], floor: str) -> list[str]:
    """libc6 at the computed floor (or dpkg-shlibdeps' own, if higher)."""
    rest = [d for d in depends if not re.match(r"libc6(\s|$)", d)]
    theirs = [re.search(r">= ([0-9.]+)", d) for d in depends if re.match(r"libc6(\s|$)", d)]
    versions = [floor] + [m.group(1) for m in theirs if m]
    best = max(versions, key=lambda v: tuple(int(x) for x in re.findall(r"\d+", v)))
    return [f"libc6 (>= {best})"] + rest


def soname_packages(onedir: Path) -> dict[str, str]:
    """soname → Debian package, for every library the bundle links to and does not carry (for the launcher)."""
    bundled = {p.name for p in onedir.rglob("*")}
    needed = set()
    for path in elf_files(onedir):
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))
    cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    paths = {}
    for soname in sorted(needed - bundled):
        m = re.search(rf"^\s*{re.escape(soname)} \(libc6,x86-64[^)]*\) => (\S+)", cache, re.M)
        if m:
            paths[soname] = os.path.realpath(m.group(1))
    # dpkg knows a library by the path its package installed (/lib or /usr/lib: merged /usr): ask for both
    variants = {v: soname for soname, p in paths.items()
                for v in (p, p.replace("/usr/lib/", "/lib/", 1) if p.startswith("/usr/lib/") else "/usr" + p)}
    out = subprocess.run(["dpkg", "-S", *variants], capture_output=True, text=True).stdout
    table = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        if path.strip() in variants:
            table[variants[path.strip()]] = package.split(":")[0].strip()
    return table


def installed_size_kib(root: Path) -> int:
    """As dpkg-gencontrol counts: each file and symlink its size rounded up to KiB, each directory 1 KiB."""
    total = 0
    for path in root.rglob("*"):
        if path.relative_to(root).parts[0] == "DEBIAN":
            continue
        if path.is_symlink() or path.is_file():
            total += -(-path.lstat().st_size // 1024)
        elif path.is_dir():
            total += 1
    return total


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
            raise BuildError(f"could not write the {size} px icon")
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


def pyinstaller_version() -> str:
    from importlib.metadata import version as dist_version
    return dist_version("pyinstaller")


def stage(ver: str) -> None:
    shutil.rmtree(STAGING, ignore_errors=True)
    (STAGING / "DEBIAN").mkdir(parents=True)  # dpkg-shlibdeps knows a package's own files by this folder
    opt = STAGING / "opt" / "permet-explorer"
    shutil.copytree(ONEDIR, opt, symlinks=True)
    launcher = STAGING / "usr" / "bin" / "permet-explorer"
    launcher.parent.mkdir(parents=True)
    launcher.write_text('#!/bin/sh\nexec /opt/permet-explorer/permet-explorer "$@"\n', encoding="utf-8")
    share = STAGING / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(parents=True)
    meta = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8").replace("@RELEASES@", metainfo_releases())
    if f'<release version="{ver}"' not in meta:
        raise BuildError(f"make_dist: resources/packaging/changelog has no entry for {ver} (app/__init__.py)")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(meta, encoding="utf-8")
    render_icons(share / "icons" / "hicolor")
    doc = share / "doc" / "permet-explorer"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(pyinstaller_version()), encoding="utf-8")
    with gzip.GzipFile(doc / "changelog.gz", "wb", compresslevel=9, mtime=0) as out:
        out.write((HERE / "changelog").read_bytes())
    shutil.copyfile(ROOT / "README.md", doc / "README.md")


def build_deb(ver: str, floor: str) -> tuple[Path, list[str], int]:
    stage(ver)
    depends = with_glibc_floor(shlib_depends(STAGING), floor) + [FONTS]
    normalise_permissions(STAGING)
    installed = installed_size_kib(STAGING)
    control = STAGING / "DEBIAN" / "control"
    control.parent.mkdir(exist_ok=True)
    control.write_text(
        "Package: permet-explorer\n"
        f"Version: {ver}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Installed-Size: {installed}\n"
        f"Depends: {', '.join(depends)}\n"
        "Maintainer: The Përmet Explorer developers <permet-explorer@users.noreply.github.com>\n"
        "Homepage: https://github.com/permet-explorer/permet-explorer\n"
        "Description: offline atlas of the Congress of Përmet (May 1944)\n"
        " Regions, delegations, the bodies the congress elected and its decisions,\n"
        " each figure traced to its source; English and Albanian.\n", encoding="utf-8")
    control.chmod(0o644)
    out = DIST / f"permet-explorer_{ver}_amd64.deb"
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(STAGING), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(STAGING)
    return out, depends, installed


def build_tarball(ver: str, packages: dict[str, str]) -> Path:
    out = DIST / f"permet-explorer-{ver}-linux-x86_64.tar.gz"
    cases = "\n".join(f'    {soname}) package={pkg} ;;' for soname, pkg in sorted(packages.items()))
    launcher = (HERE / "launcher.sh").read_text(encoding="utf-8").replace("@PACKAGES@", cases)
    script = ROOT / "build" / "launcher.sh"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(launcher, encoding="utf-8")
    script.chmod(0o755)

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(script, arcname="permet-explorer/permet-explorer", filter=clean)
        tar.add(ONEDIR / "permet-explorer", arcname="permet-explorer/permet-explorer.bin", filter=clean)
        tar.add(ONEDIR / "_internal", arcname="permet-explorer/_internal", filter=clean)
    script.unlink()
    return out


def tree_bytes(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    if not (ONEDIR / "permet-explorer").exists():
        print("dist/permet-explorer is missing: run PyInstaller first (make dist)", file=sys.stderr)
        return 2
    ver = version()
    saved = strip_onedir(ONEDIR)
    floor, at_floor = glibc_floor(ONEDIR)
    deb, depends, installed = build_deb(ver, floor)
    tarball = build_tarball(ver, soname_packages(ONEDIR))
    info = {"version": ver, "glibc_floor": floor, "glibc_floor_files": [str(p.relative_to(ONEDIR)) for p in at_floor],
            "depends": depends, "installed_size_kib": installed, "stripped_bytes": saved,
            "onedir_bytes": tree_bytes(ONEDIR), "deb_bytes": deb.stat().st_size, "tarball_bytes": tarball.stat().st_size}
    (DIST / "build-info.json").write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"glibc floor {floor} ({', '.join(info['glibc_floor_files'])}); stripped {saved / 2**20:.1f} MiB")
    print(f"Depends: {', '.join(depends)}")
    for path, size in ((ONEDIR, info["onedir_bytes"]), (deb, info["deb_bytes"]), (tarball, info["tarball_bytes"])):
        print(f"{path.relative_to(ROOT)}: {size / 1e6:.1f} MB = {size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
