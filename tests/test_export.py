"""One export base for every page: pictures that say what they are and look the same outside Qt, CSV that a
spreadsheet on Windows reads, the clipboard and the printer."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.ui import export
from app.ui.pages import PAGES

DRAWN = [p.name for p in PAGES if p.name in ("map", "chart", "org")]


def render_with_rsvg(svg, png) -> None:
    subprocess.run(["rsvg-convert", str(svg), "-o", str(png)], check=True, capture_output=True, timeout=60)


def render_with_cairosvg(svg, png) -> None:
    import cairosvg
    cairosvg.svg2png(url=str(svg), write_to=str(png))


# librsvg where it is installed (it is what desktops use); cairosvg always (a test dependency): never skipped
RENDERERS = {"cairosvg": render_with_cairosvg}
if shutil.which("rsvg-convert"):
    RENDERERS["librsvg"] = render_with_rsvg


def difference(a: QImage, b: QImage, side: int = 96) -> tuple[float, float]:
    """Mean and 99th percentile of the per-pixel difference (0–255) of two pictures shrunk to side×side."""
    def small(image: QImage) -> QImage:
        return image.convertToFormat(QImage.Format.Format_RGB32).scaled(
            side, side, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    a, b = small(a), small(b)
    diffs = sorted(sum(abs(x - y) for x, y in zip(a.pixelColor(i, j).getRgb()[:3], b.pixelColor(i, j).getRgb()[:3])) / 3
                   for i in range(side) for j in range(side))
    return sum(diffs) / len(diffs), diffs[int(len(diffs) * 0.99)]


def formats(window, name, qtbot=None):
    window.show_tab(name)
    drawing = window.current_page().drawable()
    if drawing is not None and qtbot is not None:
        qtbot.waitUntil(lambda: hasattr(drawing, "export_size") or drawing.isVisible())  # shown and laid out
    return {f.suffix: f for f in window.export_formats()}


@pytest.mark.parametrize("renderer", list(RENDERERS))
@pytest.mark.parametrize("name", DRAWN)
def test_svg_looks_like_the_png_in_another_renderer(qtbot, window, tmp_path, name, renderer):
    fmt = formats(window, name, qtbot)
    fmt["png"].write(str(tmp_path / "x.png"))
    fmt["svg"].write(str(tmp_path / "x.svg"))
    RENDERERS[renderer](tmp_path / "x.svg", tmp_path / "rendered.png")
    png, rendered = QImage(str(tmp_path / "x.png")), QImage(str(tmp_path / "rendered.png"))
    assert abs(rendered.width() - png.width()) <= 2 and abs(rendered.height() - png.height()) <= 2  # same size
    mean, p99 = difference(png, rendered)
    assert mean < 5 and p99 < 60, (mean, p99)  # the chart's bars were black slabs here (mean 35, p99 255)
    assert "<image" not in (tmp_path / "x.svg").read_text(encoding="utf-8")  # vector, no bitmap of the widget


@pytest.mark.parametrize("name", DRAWN)
def test_pictures_carry_a_title_and_a_credit_line(qtbot, window, store, tmp_path, name):
    fmt = formats(window, name, qtbot)
    fmt["svg"].write(str(tmp_path / "x.svg"))
    svg = (tmp_path / "x.svg").read_text(encoding="utf-8")
    title = window.current_page().export_title()
    assert title.startswith("Congress of Përmet") and title in svg
    version = store.meta("dataset_version") or store.meta("schema_version")
    assert f"version {version}" in svg and "Përmet Explorer" in svg and f"{len(store.sources())} sources" in svg
    fmt["png"].write(str(tmp_path / "x.png"))
    drawing = window.current_page().drawable()
    size = drawing.export_size() if hasattr(drawing, "export_size") else drawing.size()
    assert QImage(str(tmp_path / "x.png")).height() > size.height() + 30  # room for the title and the credit
    fmt["pdf"].write(str(tmp_path / "x.pdf"))
    pdf = (tmp_path / "x.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "x.pdf"), "-"], capture_output=True, text=True).stdout
        assert "Congress of Përmet" in text and "Përmet Explorer" in text


def test_pictures_are_titled_in_the_interface_language(qtbot, window, tmp_path):
    window.set_language("sq")
    fmt = formats(window, "chart")
    fmt["svg"].write(str(tmp_path / "x.svg"))
    svg = (tmp_path / "x.svg").read_text(encoding="utf-8")
    assert "Kongresi i Përmetit, maj 1944: Grafiku" in svg and "të dhënat permet.sqlite" in svg


@pytest.mark.parametrize("name", [p.name for p in PAGES])
def test_csv_has_a_byte_order_mark_and_every_row(qtbot, window, tmp_path, name):
    fmt = formats(window, name).get("csv")
    if fmt is None:
        assert window.current_page().table() is None
        return
    fmt.write(str(tmp_path / "x.csv"))
    raw = (tmp_path / "x.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so that Excel on Windows reads UTF-8, not "PÃ«rmet"
    rows = list(csv.reader((tmp_path / "x.csv").open(encoding="utf-8-sig")))
    headers, table = window.current_page().table()
    assert rows[0] == headers and len(rows) - 1 == len(table)


def test_chart_csv_has_every_bar_the_chart_shows(qtbot, window, tmp_path):
    fmt = formats(window, "chart")
    fmt["csv"].write(str(tmp_path / "c.csv"))
    rows = list(csv.reader((tmp_path / "c.csv").open(encoding="utf-8-sig")))
    assert [r[0] for r in rows[1:]] == [*window.chart_tab.ensure_built().bar_ids()] or \
        sorted(r[0] for r in rows[1:]) == sorted(window.chart_tab.ensure_built().bar_ids())
    assert any("ë" in r[2] for r in rows[1:])  # Albanian names survive


def test_copy_picture_puts_the_titled_picture_on_the_clipboard(qtbot, window, tmp_path):
    window.show_tab("map")
    QApplication.clipboard().clear()
    window.copy_image_action.trigger()
    image = QApplication.clipboard().image()
    formats(window, "map")["png"].write(str(tmp_path / "m.png"))
    assert not image.isNull() and image.size() == QImage(str(tmp_path / "m.png")).size()


def test_print_shows_a_preview_of_one_page(qtbot, window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
    window.show_tab("chart")
    seen = []

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QPrintPreviewDialog) and dialog.objectName() == "printPreview"
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        seen.append(preview.pageCount())
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    window.print_action.trigger()
    assert len(seen) == 1 and seen[0] >= 1  # the preview was shown, with the page(s) to print


def test_a_page_without_a_drawing_offers_no_picture(qtbot, window):
    window.show_tab("decisions")
    assert set(window.export_formats()[0].suffix for _ in [0]) == {"csv"}
    assert export.picture_of(window.current_page(), window.store) is None


def test_export_to_a_missing_folder_says_why(qtbot, window, tmp_path):
    for suffix, fmt in formats(window, "org").items():
        with pytest.raises(OSError):
            fmt.write(str(tmp_path / "missing" / f"x.{suffix}"))


def test_in_albanian_no_csv_cell_holds_an_english_code_or_label(qtbot, window, store, tmp_path):
    """The code columns (kind, basis, category, confidence, wording, role) are written as words in the interface
    language: in Albanian no cell but the key holds a dataset code ("quota", "medium-high", "paraphrase") or the
    English word the same column shows in English."""
    codes = {value for d in store.delegations() for value in (d.kind, d.basis)}
    codes |= {value for d in store.decisions() for value in (d.kind, d.category, d.confidence, d.wording) if value}
    codes |= {seat.role_en for b in store.bodies() for seat in store.seats(b.id)}
    coded = ("Kind", "Basis", "Category", "Confidence", "Wording", "Role")
    tables = [p.name for p in PAGES if p.name in ("chart", "org", "decisions")]
    english = {}
    for name in tables:
        formats(window, name, qtbot)
        headers, rows = window.current_page().table()
        columns = [i for i, h in enumerate(headers) if h in coded]
        english[name] = (columns, {row[i] for row in rows for i in columns if row[i]})
        assert len(columns) >= (1 if name == "org" else 2), (name, headers)
    window.set_language("sq")
    for name in tables:
        formats(window, name, qtbot)["csv"].write(str(tmp_path / f"{name}.csv"))
        rows = list(csv.reader((tmp_path / f"{name}.csv").open(encoding="utf-8-sig")))[1:]
        assert rows
        raw = sorted({cell for row in rows for cell in row[1:] if cell in codes})
        assert raw == [], (name, raw)  # a dataset code written as it is stored
        columns, english_words = english[name]
        left = sorted({row[i] for row in rows for i in columns if row[i] in english_words})
        assert left == [], (name, left)  # the English word where the Albanian one belongs
    chart = {r[0]: r for r in csv.reader((tmp_path / "chart.csv").open(encoding="utf-8-sig"))}
    assert chart["not-broken-down"][3:5] == ["pa ndarje sipas qarqeve", "e llogaritur, jo nga burimet"]
    decisions = {r[0]: r for r in csv.reader((tmp_path / "decisions.csv").open(encoding="utf-8-sig"))}
    assert decisions["form-committee"][3:7] == ["vendim", "qeverisja", "besueshmëri e lartë", "vetëm parafrazim"]


def test_in_albanian_every_csv_header_and_picture_title_is_albanian(qtbot, window, store, tmp_path):
    """The CSV headers (all but the key column), the seat and decision prose in the CSV, and every picture's title
    and credit line (SVG and PDF) follow the interface language: no English header or title in Albanian."""
    tables = [p.name for p in PAGES if p.name in ("chart", "org", "decisions")]
    english = {}
    for name in tables:
        formats(window, name, qtbot)
        english[name] = window.current_page().table()[0]
    window.set_language("sq")
    for name in tables:
        formats(window, name, qtbot)["csv"].write(str(tmp_path / f"{name}.csv"))
        rows = list(csv.reader((tmp_path / f"{name}.csv").open(encoding="utf-8-sig")))
        assert len(rows[0]) == len(english[name])
        same = [(en, sq) for en, sq in zip(english[name], rows[0]) if en == sq]
        assert same == [(english[name][0], rows[0][0])], (name, same)  # only the key column ("id") is shared
        assert all(header[:1].isupper() for header in rows[0][1:]), rows[0]
        text = "\n".join(",".join(r) for r in rows[1:])
        if name == "org":  # seats: the body, role and unnamed holders in Albanian
            assert "Këshilli Antifashist Nacionalçlirimtar" in text and "pa emër në burime" in text
            assert "not named in the sources" not in text and ",member," not in text
        if name == "decisions":
            summaries = {d.summary_sq for d in store.decisions() if d.summary_sq}
            assert summaries and all(s in text for s in summaries)
    for name in DRAWN:
        fmt = formats(window, name, qtbot)
        fmt["svg"].write(str(tmp_path / f"{name}.svg"))
        svg = (tmp_path / f"{name}.svg").read_text(encoding="utf-8")
        title = window.current_page().export_title()
        assert title.startswith("Kongresi i Përmetit, maj 1944: ") and title in svg
        assert "të dhënat permet.sqlite" in svg and "burimet e renditura" in svg
        for english_text in ("Congress of Përmet, May 1944", "dataset permet.sqlite", "figures from the"):
            assert english_text not in svg, (name, english_text)
        if shutil.which("pdftotext"):
            fmt["pdf"].write(str(tmp_path / f"{name}.pdf"))
            pdf = subprocess.run(["pdftotext", str(tmp_path / f"{name}.pdf"), "-"], capture_output=True, text=True).stdout
            assert "Kongresi i Përmetit" in pdf and "Congress of Përmet, May" not in pdf
