"""`--self-check` fails, in one line, on a system where no font can draw ë and ç (every letter would be a box),
and passes where one can."""

import os
import subprocess
import sys

from conftest import ROOT


def _self_check(tmp_path, env):
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), **env)
    return subprocess.run([sys.executable, "-m", "app", "--self-check"], cwd=ROOT, env=full, capture_output=True,
                          text=True, timeout=120)


def test_self_check_fails_without_a_font_for_albanian_letters(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{tmp_path / "empty"}</dir>'
                      f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>\n')
    out = _self_check(tmp_path, {"FONTCONFIG_FILE": str(config)})
    assert out.returncode == 2 and "Traceback" not in out.stderr and out.stdout == ""
    problem = [line for line in out.stderr.splitlines() if line.startswith("permet-explorer: error:")]
    assert problem == ["permet-explorer: error: no installed font can draw ë and ç "
                       "(install one, for example: sudo apt-get install fonts-dejavu-core)"], out.stderr


def test_self_check_passes_with_the_system_fonts(tmp_path):
    out = _self_check(tmp_path, {})
    assert out.returncode == 0 and out.stdout.startswith("self-check ok:"), out.stderr
