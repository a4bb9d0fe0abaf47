"""The Windows and macOS recipes cannot run here (no Windows, no Mac); what can be checked on Linux is checked:
the icons hold every size those systems ask for, the Inno Setup script is readable by Inno Setup 6 (BOM) and
takes its version from the app, the macOS bundle id is one Apple accepts, and the Windows smoke step does not
rely on the stdout of a windowed exe."""

import re
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "resources" / "packaging"))
from make_icons import ico_bytes, read_icns, read_ico  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")


def test_windows_icon_holds_every_size_from_16_to_256():
    sizes = read_ico((ICONS / "permet-explorer.ico").read_bytes())
    assert {16, 24, 32, 48, 64, 256} <= set(sizes)
    assert (ICONS / "permet-explorer.ico").read_bytes() == ico_bytes()  # up to date with the SVG


def test_macos_icon_holds_every_size_from_16_to_1024():
    elements = dict(read_icns((ICONS / "permet-explorer.icns").read_bytes()))
    assert {"icp4", "icp5", "ic07", "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14"} <= set(elements)
    assert elements["icp4"] == 16 and elements["ic10"] == 1024 and elements["ic14"] == 512


def test_inno_setup_script_has_a_bom_and_takes_the_version_from_outside():
    raw = (ROOT / "resources" / "packaging" / "windows" / "permet-explorer.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "AppName=Përmet Explorer" in text
    assert re.search(r"#ifndef AppVersion\s+#error", text)  # no silent default version
    assert "/DAppVersion=$version" in WORKFLOW and "app\\__init__.py" in WORKFLOW


def test_macos_bundle_id_is_valid_and_version_comes_from_the_app():
    bundle_id = re.search(r'bundle_identifier="([^"]+)"', SPEC).group(1)
    assert re.fullmatch(r"[A-Za-z0-9.-]+", bundle_id), bundle_id  # Apple: letters, digits, hyphen, period
    assert 'CFBundleShortVersionString": VERSION' in SPEC and "app\" / \"__init__.py\"" in SPEC
    assert "PERMET_VERSION" not in SPEC  # the old default of "0"
    assert "macos-14" in WORKFLOW and "macos-13" in WORKFLOW  # arm64 and x86_64


def test_windows_smoke_step_judges_the_windowed_exe_by_exit_code_not_stdout():
    windows = WORKFLOW.split("  windows:", 1)[1].split("\n  macos:", 1)[0]
    assert "Out-String" not in windows and "StartsWith(\"self-check ok\")" not in windows
    assert "-Wait -PassThru" in windows and ".ExitCode" in windows and "Test-Path $png" in windows
