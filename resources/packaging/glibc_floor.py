"""The oldest glibc a folder of ELF files can run on: the highest GLIBC_x.y symbol version any file needs.

    python resources/packaging/glibc_floor.py dist/permet-explorer      prints the floor and the files at it

make_dist.py turns the floor into the .deb's `Depends: libc6 (>= x.y)`, so apt refuses the package on an older
system instead of installing an app that dies at start with "GLIBC_x.y not found".
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def elf_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def needed_glibc(path: Path) -> str | None:
    """The highest GLIBC_ version in the file's version needs (.gnu.version_r), e.g. '2.34'."""
    out = subprocess.run(["readelf", "--version-info", "--wide", str(path)], capture_output=True, text=True,
                         check=True).stdout
    versions = set(re.findall(r"Name: GLIBC_([0-9]+(?:\.[0-9]+)+)", out))
    return max(versions, key=_key) if versions else None


def glibc_floor(folder: Path) -> tuple[str, list[Path]]:
    """(floor, the files that need exactly that version)."""
    needs = {path: needed_glibc(path) for path in elf_files(folder)}
    needs = {path: version for path, version in needs.items() if version}
    if not needs:
        raise SystemExit(f"no ELF file in {folder} links against glibc")
    floor = max(needs.values(), key=_key)
    return floor, [path for path, version in needs.items() if version == floor]


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: glibc_floor.py FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    floor, files = glibc_floor(folder)
    print(f"glibc >= {floor}, needed by: {', '.join(str(p.relative_to(folder)) for p in files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
