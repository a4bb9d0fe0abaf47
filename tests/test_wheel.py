"""`pip install .` gives a working app: the wheel carries the dataset and resources, and the installed
`permet-explorer` finds them from any folder, without the source tree."""

import os
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "-w", str(work / "dist"), str(ROOT)], check=True, capture_output=True, timeout=300)
    [wheel] = (work / "dist").glob("permet_explorer-*.whl")
    target = work / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--target", str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    return wheel, target


def test_wheel_contains_data_and_resources(installed):
    wheel, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/data/permet.sqlite" in names
    assert "app/resources/icons/permet-explorer.svg" in names
    assert not any(n.startswith(("tests/", "data/")) for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "permet-explorer = app.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_app_runs_from_anywhere(installed, tmp_path):
    _, target = installed
    # Only the installed copy of `app` is importable: the source tree is not on the path, cwd is elsewhere.
    env = dict(os.environ, PYTHONPATH=str(target), QT_QPA_PLATFORM="offscreen", PYTHONSAFEPATH="1")
    script = target / "bin" / "permet-explorer"
    probe = subprocess.run([sys.executable, "-c", "import app, app.paths as p; print(app.__file__); print(p.bundled_database())"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert all(line.startswith(str(target)) for line in probe.stdout.split())
    out = subprocess.run([sys.executable, str(script), "--self-check"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("self-check ok: 14 places, 10 delegations (188 delegates)")
