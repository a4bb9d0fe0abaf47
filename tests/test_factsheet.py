"""The fact sheet: `--pdf` writes a real PDF whose text is text (read back with pypdf), in English and Albanian;
File → Export → Fact sheet as PDF and File → Print… (with its preview) make the same document."""

import subprocess
import sys
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog

from conftest import ROOT


def pdf_text(path):
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(unicodedata.normalize("NFKC", text).split())


MONTHS = {"en": "January February March April May June July August September October November December",
          "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor"}


def printed_today(lang):
    """The credit line's day of printing, written out in the interface language: «shtypur më 27 nëntor 2026»."""
    today = date.today()
    day = f"{today.day} {MONTHS[lang].split()[today.month - 1]} {today.year}"
    return {"en": f"printed {day}", "sq": f"shtypur më {day}"}[lang]


def run_cli(*args, tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120)


@pytest.mark.parametrize("lang, name, figure, source", [
    ("en", "Anti-Fascist National Liberation Committee", "11 or 14", "Congress of Përmet (English Wikipedia)"),
    ("sq", "Komiteti Antifashist Nacionalçlirimtar", "11 ose 14", "Congress of Përmet (English Wikipedia)"),
])
def test_pdf_of_a_selection_holds_its_name_figures_and_sources(tmp_path, lang, name, figure, source):
    out = tmp_path / "committee.pdf"
    result = run_cli("--select", "body:committee", "--lang", lang, "--pdf", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    pages, text = pdf_text(out)
    assert 1 <= pages <= 2
    assert name in text and figure in text and source in text
    assert "This committee, or provisional government, consisted of 11 members." in text  # the quote, as text
    assert "Përmet Explorer 0.1.0" in text  # the credit line
    assert "2026.11.27 (2026-11-27)" in text  # the dataset's edition and date (meta) in the credit line
    assert printed_today(lang) in text  # the day of printing in words, not an ISO date
    assert date.today().isoformat() not in text.split("2026.11.27 (2026-11-27)", 1)[1]


def test_pdf_of_a_delegation_in_albanian(tmp_path):
    out = tmp_path / "berat.pdf"
    result = run_cli("--select", "delegation:berat", "--lang", "sq", "--pdf", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    _, text = pdf_text(out)
    assert "Berati" in text and "15 delegatë" in text and "Burimet nuk pajtohen" in text
    assert "Fletë informative e Përmet Explorer" in text
    assert "versioni 2026.11.27 (2026-11-27)" in text  # the credit line in the interface language


def test_pdf_of_the_overview_when_nothing_is_selected(tmp_path):
    out = tmp_path / "overview.pdf"
    result = run_cli("--lang", "en", "--pdf", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    pages, text = pdf_text(out)
    assert pages <= 2
    assert "188 delegates took part." in text and "118 or 121" in text
    assert "188 delegates attended the Congress." in text  # a source quote


@pytest.mark.parametrize("path, says", [
    ("/nonexistent-folder/x.pdf", "does not exist"),
    ("/proc/version.pdf", "cannot write"),
    ("out.png", "writes PDF"),
])
def test_pdf_to_a_bad_path_is_one_line_and_exit_2(tmp_path, path, says):
    result = run_cli("--select", "body:committee", "--pdf", path, tmp_path=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("permet-explorer: error: --pdf") and says in lines[0]
    assert "Traceback" not in result.stderr


def test_export_fact_sheet_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "zog.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF document (*.pdf)"))
    window.show_tab("decisions")
    window.selection.select("decision", "ban-zog")
    assert window.pdf_action.isEnabled()
    assert window.pdf_action in window.file_menu.actions()
    window.pdf_action.trigger()
    _, text = pdf_text(out)
    assert "Ban ex-King Zog from returning to Albania" in text


def test_print_opens_a_preview_of_the_fact_sheet(qtbot, window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    seen = {}

    def fake_exec(dialog):
        seen["title"] = dialog.windowTitle()
        seen["object"] = dialog.objectName()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.selection.select("person", "enver-hoxha")
    window.print_action.trigger()
    assert seen == {"title": "Print fact sheet", "object": "printPreview"}
