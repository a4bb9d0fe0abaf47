"""Guarantees a museum or archive relies on: no network, nothing written but the settings file and the
paths the user chose, and the bundled dataset never modified (checked for the whole session in conftest)."""

import os
import shutil
import socket
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from conftest import ROOT

WATCHED = ("app", "data", "resources")


def tree_state():
    state = {}
    for top in WATCHED:
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                st = path.stat()
                state[path] = (st.st_size, st.st_mtime_ns)
    return state


def isolated_env(home):
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "TMPDIR": str(home / "tmp"), "PYTHONDONTWRITEBYTECODE": "1", "QT_QPA_PLATFORM": "offscreen"}


def test_cli_writes_only_the_chosen_path(tmp_path):
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    (home / "tmp").mkdir(parents=True)
    cwd.mkdir()
    before = tree_state()
    shot = tmp_path / "chosen" / "shot.png"
    shot.parent.mkdir()
    out = subprocess.run([sys.executable, "-m", "app", "--lang", "sq", "--select", "place:korce", "--screenshot", str(shot)],
                         cwd=cwd, env=dict(isolated_env(home), PYTHONPATH=str(ROOT)), capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert written == ["chosen/shot.png"]  # not even the settings file: a screenshot run changes no setting
    assert tree_state() == before  # nothing in the program's own folders, the dataset included


def test_render_and_check_runs_leave_the_settings_file_as_it_was(tmp_path):
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    conf = home / ".config" / "Permet Explorer" / "permet-explorer.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[General]\nlanguage=en\n")
    before = (conf.read_bytes(), conf.stat().st_mtime_ns)
    env = dict(isolated_env(home), PYTHONPATH=str(ROOT))
    runs = [["--lang", "sq", "--screenshot", str(tmp_path / "a.png")], ["--lang", "sq", "--self-check"],
            ["--lang", "sq", "--select", "place:korce", "--pdf", str(tmp_path / "a.pdf")]]
    for args in runs:
        out = subprocess.run([sys.executable, "-m", "app", *args], cwd=tmp_path, env=env, capture_output=True,
                             text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert (conf.read_bytes(), conf.stat().st_mtime_ns) == before, args
    assert sorted(p.name for p in conf.parent.iterdir()) == ["permet-explorer.conf"]


def test_no_home_means_no_settings_under_the_root_folder(tmp_path):
    env = {k: v for k, v in isolated_env(tmp_path).items() if k not in ("HOME", "XDG_CONFIG_HOME")}
    (tmp_path / "tmp").mkdir()
    existed = os.path.exists("/.config")
    out = subprocess.run([sys.executable, "-c", "import sys; from app import cli; from PySide6.QtWidgets import "
                          "QApplication; app = cli._application(); from app.model import Store; "
                          "w = cli.build_window(cli.build_parser().parse_args(['--lang', 'sq']), Store.open(), None); "
                          "w.set_language('en'); w.close(); print(w.settings)"],
                         cwd=tmp_path, env=dict(env, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "None"  # settings kept for the run only
    assert os.path.exists("/.config") == existed
    assert not os.path.exists("/.config/Permet Explorer")


def test_the_app_opens_no_socket(qtbot, window, tmp_path, monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("the app tried to open a network connection")
    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # a session's worth of use: every tab, links, search, both languages, every export
    view = window.map_tab.map
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport_point("korce"))
    for name in ("chart", "org", "decisions", "map"):
        window.show_tab(name)
        for fmt in window.export_formats():
            fmt.write(str(tmp_path / f"{name}.{fmt.suffix}"))
    window.search_box.choose("person", "omer-nishani")
    window.copy_citation()
    window.set_language("sq")
    window.set_language("en")
    assert attempts == []


@pytest.mark.skipif(shutil.which("unshare") is None, reason="unshare (util-linux) is not installed")
def test_cli_runs_with_no_network_at_all(tmp_path):
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this machine does not allow a private network namespace")
    shot = tmp_path / "shot.png"
    for args in (["--self-check"], ["--tab", "chart", "--screenshot", str(shot)]):
        out = subprocess.run(["unshare", "-n", sys.executable, "-m", "app", *args], cwd=ROOT,
                             env=dict(isolated_env(tmp_path), PYTHONPATH=str(ROOT)), capture_output=True, text=True,
                             timeout=120)
        assert out.returncode == 0, out.stderr
    assert shot.stat().st_size > 10_000
