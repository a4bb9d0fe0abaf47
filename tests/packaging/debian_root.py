"""Empty Debian roots for the packaging checks: `debootstrap --variant=minbase SUITE` (no Python, no X, no fonts),
cached once per suite under $PERMET_ROOTS_CACHE (default /var/cache/permet-roots, outside the clone) together
with the packages apt downloaded into them, so that a second run does not fetch them again. Each check works
on a fresh copy of the cached root and runs commands in it with chroot (no mounts: debootstrap creates the
device nodes, and the app needs no /proc). Needs root, debootstrap and the network to Debian's archive."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

MIRROR = "http://deb.debian.org/debian"
SUITES = {"bullseye": "Debian 11", "bookworm": "Debian 12", "trixie": "Debian 13"}
CACHE = Path(os.environ.get("PERMET_ROOTS_CACHE", "/var/cache/permet-roots"))
ENV = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "LANG": "C.UTF-8",
       "DEBIAN_FRONTEND": "noninteractive"}


def cached_base(suite: str) -> Path:
    """The minbase root of `suite`, made once (debootstrap into a partial folder, renamed when complete)."""
    base = CACHE / suite
    if (base / "etc" / "debian_version").exists() and (CACHE / f"{suite}.complete").exists():
        return base
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = CACHE / f"{suite}.partial"
    _remove(partial)
    _remove(base)
    out = subprocess.run(["debootstrap", "--variant=minbase", suite, str(partial), MIRROR],
                         capture_output=True, text=True, timeout=1200)
    if out.returncode != 0:
        raise RuntimeError(f"debootstrap {suite} failed:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    for deb in (partial / "var" / "cache" / "apt" / "archives").glob("*.deb"):
        deb.unlink()  # debootstrap's own packages: installed already, not needed in every copy
    partial.rename(base)
    (CACHE / f"{suite}.complete").touch()
    return base


def _remove(path: Path) -> None:
    if path.exists():
        # --one-file-system: never follow into anything mounted below (there should be nothing)
        subprocess.run(["rm", "-rf", "--one-file-system", str(path)], check=True)


class Root:
    """A fresh copy of a cached root in `where`."""

    def __init__(self, suite: str, where: Path):
        self.suite = suite
        self.path = where / suite
        _remove(self.path)
        subprocess.run(["cp", "-a", "--reflink=auto", str(cached_base(suite)), str(self.path)], check=True)
        shutil.copyfile("/etc/resolv.conf", self.path / "etc" / "resolv.conf")
        self.archives = CACHE / f"{suite}-archives"
        self.archives.mkdir(parents=True, exist_ok=True)
        for deb in self.archives.glob("*.deb"):  # the packages earlier runs downloaded
            shutil.copyfile(deb, self.path / "var" / "cache" / "apt" / "archives" / deb.name)

    def run(self, *command: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
        full_env = {**ENV, **(env or {})}
        return subprocess.run(["chroot", str(self.path), "/usr/bin/env", "-i",
                               *[f"{k}={v}" for k, v in full_env.items()], *command],
                              capture_output=True, text=True, timeout=timeout)

    def apt_install(self, deb: Path) -> subprocess.CompletedProcess:
        """apt-get install ./the.deb, without recommends: Depends alone must be enough. Retries once after
        `apt-get update` when the cached package lists have gone stale (the archive moved on)."""
        shutil.copyfile(deb, self.path / "tmp" / deb.name)
        command = ("apt-get", "install", "-y", "--no-install-recommends", f"/tmp/{deb.name}")
        out = self.run(*command, timeout=1200)
        if out.returncode != 0 and ("404" in out.stdout + out.stderr or "Unable to fetch" in out.stderr):
            self.run("apt-get", "update", timeout=600)
            out = self.run(*command, timeout=1200)
        for fetched in (self.path / "var" / "cache" / "apt" / "archives").glob("*.deb"):
            if not (self.archives / fetched.name).exists():
                shutil.copyfile(fetched, self.archives / fetched.name)
        return out

    def remove(self) -> None:
        _remove(self.path)
