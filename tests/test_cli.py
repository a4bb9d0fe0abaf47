"""The command line as a user or a script meets it: exit codes, one-line errors, screenshot, self-check."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from app import cli
from conftest import ROOT


def run(*args, cwd=ROOT, env_extra=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=60)


def test_self_check_prints_one_summary_line():
    out = run("--self-check")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("self-check ok: 14 places, 10 delegations (188 delegates), 5 bodies, 47 seats")
    assert "tabs built: map places 14, chart bars 10, org rows 53, decision rows 10" in lines[0]


@pytest.mark.parametrize("args, expected", [
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["--tab", "atlas"], "invalid choice: 'atlas'"),
    (["--select", "korce"], "--select needs KIND:ID"),
    (["--select", "region:korce"], "unknown kind 'region'"),
    (["--select", "place:atlantis"], "no place with id 'atlantis'"),
    (["--lang", "fr"], "invalid choice: 'fr'"),
    (["--db", "/no/such/file.sqlite"], "Dataset not found: /no/such/file.sqlite"),
    (["--screenshot", "/no/such/folder/shot.png"], "does not exist"),
    (["--screenshot", "shot.jpg"], "ending in .png"),
    (["--screenshot", "a.png", "--self-check"], "not allowed with argument"),
    (["--select", ":"], "--select needs KIND:ID"),
    (["--select", "place:"], "--select needs KIND:ID"),
    (["--select", ":korce"], "unknown kind ''"),
    (["--select", "PLACE:korce"], "unknown kind 'PLACE'"),
    (["--select", "place:korce:extra"], "no place with id 'korce:extra'"),
    (["--select"], "expected one argument"),
    (["--screenshot", "/etc/passwd/shot.png"], "does not exist"),
    (["--screenshot", "/proc/shot.png"], "cannot write"),
    (["--screenshot", "tests.png/"], "ending in .png"),
    (["--palette", "neon"], "invalid choice: 'neon'"),
    (["--db", "/"], "is a folder"),
])
def test_bad_arguments_get_one_line_and_exit_2(args, expected):
    out = run(*args)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("permet-explorer: error:") and expected in lines[0]
    assert out.stdout == ""


def test_foreign_database_is_refused_and_untouched(tmp_path):
    import sqlite3
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    out = run("--db", str(path), "--self-check")
    assert out.returncode == 2 and "another application" in out.stderr
    assert path.read_bytes() == before


def test_screenshot_writes_a_png_of_the_window(tmp_path):
    shot = tmp_path / "shot.png"
    out = run("--tab", "chart", "--select", "delegation:berat", "--screenshot", str(shot))
    assert out.returncode == 0, out.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 640 and image.height() >= 480


def test_select_place_korce_shows_its_delegation(qtbot):
    args, store, selection = cli.prepare(["--select", "place:korce", "--tab", "map"])
    window = cli.build_window(args, store, selection, persistent=False)
    qtbot.addWidget(window)
    assert window.tabs.currentWidget().objectName() == "mapTab"
    assert "Korçë: 25 delegates, 13.3% of 188" in window.details.toPlainText()


def test_other_dataset_via_db(tmp_path):
    from app.paths import bundled_database
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(bundled_database(), copy)
    out = run("--db", str(copy), "--self-check", cwd=tmp_path)
    assert out.returncode == 0 and "188 delegates" in out.stdout



def test_view_and_size_options_shape_the_window(qtbot):
    """`--view chart --size 1366x768` (how `make screenshots` takes the README's org chart): that view, that size."""
    args, store, selection = cli.prepare(["--tab", "org", "--view", "chart", "--size", "1100x700",
                                          "--select", "body:council"])
    window = cli.build_window(args, store, selection, persistent=False)
    qtbot.addWidget(window)
    assert window.current_tab_name() == "org"
    assert window.org_tab.stack.currentWidget() is window.org_tab.chart
    assert window.size().toTuple() == (1100, 700)


@pytest.mark.parametrize("bad", [["--tab", "map", "--view", "chart"], ["--size", "huge"], ["--size", "10x10"]])
def test_a_view_the_tab_lacks_or_a_bad_size_is_one_line(qtbot, capsys, tmp_path, bad):
    code = cli.main([*bad, "--screenshot", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert not (tmp_path / "x.png").exists()
