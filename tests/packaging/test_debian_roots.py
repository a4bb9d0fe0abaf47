"""The .deb installed by apt into empty Debian roots (minbase debootstrap: no Python, no X, no fonts), as a user's
`sudo apt install ./permet-explorer_*.deb` would: on Debian 12 and 13 apt resolves Depends and the app runs,
offscreen and under Xvfb (the same screenshot both ways); on Debian 11, whose glibc is older than the bundle
needs, apt refuses the package with a dependency message. The portable tar.gz is tried in an empty root too:
its launcher names what is missing in one line. Roots are cached (debian_root.py)."""

import os
import subprocess
import tarfile
import time

import pytest
from PySide6.QtGui import QImage

from debian_root import SUITES, Root
from test_dist import DEB, SELF_CHECK, TARBALL, VERSION, control_field


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("roots")


@pytest.fixture(scope="module", params=["bookworm", "trixie"])
def installed(request, workdir):
    """A root of the suite with the .deb installed by apt (and the tar.gz unpacked under /tmp)."""
    root = Root(request.param, workdir)
    with tarfile.open(TARBALL) as tar:
        tar.extractall(root.path / "tmp", filter="tar")
    before = root.run("/tmp/permet-explorer/permet-explorer", "--self-check", env={"QT_QPA_PLATFORM": "xcb",
                                                                                  "DISPLAY": ":9"})
    out = root.apt_install(DEB)
    assert out.returncode == 0, f"apt on {SUITES[root.suite]}:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    root.portable_before_install = before
    yield root
    root.remove()


@pytest.fixture(scope="module")
def xvfb():
    display = f":{40 + os.getpid() % 400}"
    # 800×800: the size of the offscreen platform's screen, so both windows get the same geometry
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "800x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = f"/tmp/.X11-unix/X{display[1:]}"
    for _ in range(100):
        if os.path.exists(socket):
            break
        time.sleep(0.05)
    yield display  # the chroot reaches it through the abstract socket (same network namespace)
    server.terminate()
    server.wait(timeout=10)


def test_debian_11_refuses_the_package_with_a_dependency_message(workdir):
    root = Root("bullseye", workdir)
    try:
        out = root.apt_install(DEB)
        floor = control_field("Depends").split("libc6 (>= ", 1)[1].split(")")[0]
        text = out.stdout + out.stderr
        assert out.returncode != 0
        assert f"permet-explorer : Depends: libc6 (>= {floor})" in text, text[-2000:]
        assert root.run("dpkg-query", "-W", "permet-explorer").returncode != 0  # nothing half-installed
    finally:
        root.remove()


def test_installed_app_self_check_offscreen(installed):
    out = installed.run("permet-explorer", "--self-check", env={"QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0 and out.stdout.startswith(SELF_CHECK), out.stderr
    assert "Traceback" not in out.stderr


def test_every_library_of_the_installed_app_resolves(installed):
    script = ("find /opt/permet-explorer -type f -name '*.so*' | while read f; do "
              "ldd \"$f\" 2>/dev/null | grep 'not found' | sed \"s|^|$f: |\"; done")
    out = installed.run("/bin/sh", "-c", script)
    assert out.returncode == 0 and out.stdout.strip() == "", out.stdout


def test_installed_app_draws_the_same_under_xvfb_as_offscreen(installed, xvfb):
    args = ("permet-explorer", "--tab", "chart", "--select", "delegation:berat", "--lang", "en")
    off = installed.run(*args, "--screenshot", "/tmp/offscreen.png", env={"QT_QPA_PLATFORM": "offscreen"})
    assert off.returncode == 0, off.stderr
    x11 = installed.run(*args, "--screenshot", "/tmp/x11.png", env={"DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb"})
    assert x11.returncode == 0 and "Traceback" not in x11.stderr, x11.stderr
    a, b = QImage(str(installed.path / "tmp" / "offscreen.png")), QImage(str(installed.path / "tmp" / "x11.png"))
    assert not a.isNull() and a.size() == b.size(), (a.size(), b.size())
    a, b = a.convertToFormat(QImage.Format.Format_RGB32), b.convertToFormat(QImage.Format.Format_RGB32)
    width, height = a.width(), a.height()
    pa, pb = bytes(a.constBits()), bytes(b.constBits())
    stride = a.bytesPerLine()
    differing = sum(pa[y * stride:y * stride + 4 * width] != pb[y * stride:y * stride + 4 * width]
                    for y in range(height))
    assert differing == 0, f"{differing} of {height} rows differ between Xvfb and offscreen"


def test_desktop_entry_and_icon_are_installed(installed):
    out = installed.run("/bin/sh", "-c", "ls /usr/share/applications /usr/share/icons/hicolor/256x256/apps "
                                         "/usr/share/doc/permet-explorer")
    assert "io.github.permet_explorer.PermetExplorer.desktop" in out.stdout
    assert "io.github.permet_explorer.PermetExplorer.png" in out.stdout and "copyright" in out.stdout
    status = installed.run("dpkg-query", "-W", "-f", "${Version} ${Status}", "permet-explorer")
    assert status.stdout == f"{VERSION} install ok installed"


def test_portable_launcher_names_what_an_empty_system_lacks_then_runs(installed):
    before = installed.portable_before_install  # in the empty root: no libGL, no X libraries, no fonts
    assert before.returncode == 1 and "Traceback" not in before.stderr
    lines = before.stderr.strip().splitlines()
    assert len(lines) == 1, before.stderr
    assert "libGL.so.1" in lines[0] and "any font" in lines[0] and "sudo apt-get install" in lines[0]
    assert "libgl1" in lines[0] and "fonts-dejavu-core" in lines[0]
    after = installed.run("/tmp/permet-explorer/permet-explorer", "--self-check", env={"QT_QPA_PLATFORM": "offscreen"})
    assert after.returncode == 0 and after.stdout.startswith(SELF_CHECK), after.stderr
