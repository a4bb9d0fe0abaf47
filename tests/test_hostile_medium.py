"""A dataset on a read-only medium (issue 17, class 4): a CD, a write-protected USB stick, a museum kiosk's
read-only share. A valid file there must open, in WAL mode too, where plain read-only SQLite needs to create a
`-shm` file beside it and, unable to, reports the file as unopenable.

The medium is made read-only for real, for the app's own process, in the first way this machine allows:
1. a read-only bind mount of the folder in a private mount namespace (`unshare -m`): writes fail with EROFS,
   exactly as on a read-only medium;
2. otherwise, a folder without write permission, opened by a process that file permissions bind: as root, one
   whose capability bounding set lacks CAP_DAC_OVERRIDE and CAP_FOWNER (`setpriv`), as any other user, itself.
Each run first proves the condition (a write into the folder fails, and SQLite read-only without `immutable`
cannot open the WAL file there), then runs the app on it.
"""

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from app.paths import bundled_database
from conftest import ROOT

PROBE = """
import os, sqlite3, sys
from urllib.parse import quote
folder, path = sys.argv[1], sys.argv[2]
try:
    open(os.path.join(folder, "written"), "wb").close()
    print("writable")
except OSError as exc:
    print("write refused:", os.strerror(exc.errno))
try:
    sqlite3.connect("file:" + quote(path) + "?mode=ro", uri=True).execute("SELECT count(*) FROM meta").fetchone()
    print("plain read-only sqlite: opened")
except sqlite3.Error as exc:
    print("plain read-only sqlite:", exc)
"""

NO_DAC = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner,-sys_admin", "--"]


def read_only_wrapper(folder) -> tuple[str, list[str]]:
    """(how, command prefix) that runs a command with `folder` read-only for it."""
    mount = ["unshare", "-m", "--propagation", "private", "sh", "-c",
             'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"', str(folder)]
    if shutil.which("unshare") and subprocess.run(mount + ["true"], capture_output=True).returncode == 0:
        return "read-only bind mount", mount
    folder.chmod(0o555)
    if os.geteuid() != 0:
        return "folder without write permission", []
    return "folder without write permission, no CAP_DAC_OVERRIDE", NO_DAC


@pytest.fixture(params=["wal", "delete"])
def medium(request, tmp_path):
    folder = tmp_path / "medium"
    folder.mkdir()
    path = folder / "permet.sqlite"
    shutil.copyfile(bundled_database(), path)
    con = sqlite3.connect(path)
    assert con.execute(f"PRAGMA journal_mode = {request.param}").fetchone()[0] == request.param
    con.close()
    how, prefix = read_only_wrapper(folder)
    yield request.param, how, prefix, path
    folder.chmod(0o755)


def test_a_valid_dataset_on_a_read_only_medium_opens(medium):
    mode, how, prefix, path = medium
    folder = path.parent
    before = path.read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))

    probe = subprocess.run(prefix + [sys.executable, "-c", PROBE, str(folder), str(path)], capture_output=True,
                           text=True, env=env, timeout=60)
    said = probe.stdout.splitlines()
    assert probe.returncode == 0 and said[0] in ("write refused: Read-only file system",
                                                 "write refused: Permission denied"), (how, probe.stdout, probe.stderr)
    if mode == "wal":  # the condition the app must handle: SQLite on its own refuses the file here
        assert said[1] != "plain read-only sqlite: opened", (how, said)

    out = subprocess.run(prefix + [sys.executable, "-m", "app", "--db", str(path), "--self-check"], cwd=ROOT,
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, (how, out.stderr)
    assert out.stdout.startswith("self-check ok: 14 places") and out.stderr == "", (how, out.stdout, out.stderr)
    assert sorted(os.listdir(folder)) == ["permet.sqlite"] and path.read_bytes() == before
