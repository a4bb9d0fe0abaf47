"""Retake the README's pictures with the app's own command line (`make screenshots`): each one a separate
`permet-explorer --screenshot` run at 1366×768, under Xvfb (real fonts, a real X screen), with a throw-away
settings folder so no run reads or changes a person's settings; the fact sheet's first page goes through
`--pdf` and pdftoppm.

    xvfb-run -a -s "-screen 0 1366x768x24" python tools/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = "1366x768"

# file name (without .png): the options that make the picture
SHOTS: dict[str, list[str]] = {
    # the README's pictures in English, the map first
    "map-korce": ["--tab", "map", "--select", "delegation:korca"],
    "overview": ["--tab", "overview"],
    "chart-berat": ["--tab", "chart", "--select", "delegation:berat"],
    "org-committee": ["--tab", "org", "--select", "body:committee"],
    "org-chart": ["--tab", "org", "--view", "chart", "--select", "body:council"],
    "decisions-zog": ["--tab", "decisions", "--select", "decision:ban-zog"],
    "dark-map": ["--tab", "map", "--select", "place:permet", "--palette", "dark"],
    # every tab in Albanian
    "sq-overview": ["--tab", "overview", "--lang", "sq"],
    "sq-map": ["--tab", "map", "--select", "delegation:korca", "--lang", "sq"],
    "sq-chart": ["--tab", "chart", "--select", "delegation:berat", "--lang", "sq"],
    "sq-org": ["--tab", "org", "--select", "body:committee", "--lang", "sq"],
    "sq-org-chart": ["--tab", "org", "--view", "chart", "--select", "body:council", "--lang", "sq"],
    "sq-people": ["--tab", "org", "--view", "people", "--select", "person:enver-hoxha", "--lang", "sq"],
    "sq-decisions": ["--tab", "decisions", "--select", "decision:ban-zog", "--lang", "sq"],
    "sq-dark-overview": ["--tab", "overview", "--select", "event:congress", "--lang", "sq", "--palette", "dark"],
}
# fact sheets: file name: options; the first page is rendered to PNG
FACT_SHEETS: dict[str, list[str]] = {
    "factsheet-committee": ["--select", "body:committee", "--lang", "en"],
    "sq-factsheet-committee": ["--select", "body:committee", "--lang", "sq"],
}


def run(args: list[str], env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "app", *args]
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"screenshots: {' '.join(args)} failed: {result.stderr.strip() or result.returncode}")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        sys.exit('screenshots: no display; run under xvfb-run -a -s "-screen 0 1366x768x24"')
    if shutil.which("pdftoppm") is None:
        sys.exit("screenshots: pdftoppm (poppler-utils) is needed for the fact sheet's picture")
    with tempfile.TemporaryDirectory(prefix="permet-screenshots-") as home:
        # a settings folder of its own: the runs neither read nor change the person's settings
        env = dict(os.environ, XDG_CONFIG_HOME=home, HOME=home)
        written = []
        for name, options in SHOTS.items():
            lang = [] if "--lang" in options else ["--lang", "en"]
            run([*options, *lang, "--size", SIZE, "--screenshot", str(out / f"{name}.png")], env)
            written.append(f"{name}.png")
        for name, options in FACT_SHEETS.items():
            pdf = Path(home) / f"{name}.pdf"
            run([*options, "--pdf", str(pdf)], env)
            subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(out / name)], check=True)
            written.append(f"{name}.png")
    print(f"wrote {len(written)} pictures in {out}: {', '.join(written)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
