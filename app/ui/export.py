"""One export base for every page: PNG, SVG and PDF files, the clipboard and the printer for whatever a page
draws (`Page.drawable()`), CSV for whatever it tabulates (`Page.table()`). Pages say what to draw; this module
says how to save it.

Every picture carries a title above the drawing and a credit line below it (the app, the dataset's version,
where the figures come from), so that a copy pasted into a worksheet still says what it is. SVG is written with
QSvgGenerator from the same `render_to(painter)` as the PNG (never pyqtgraph's SVGExporter, see design.md), and
it must look the same in other renderers (tests/test_export.py renders it with librsvg or cairosvg).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QPoint, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, \
    QPalette, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QWidget

from app import APP_NAME, __version__


class Drawable(Protocol):
    """A view that can paint itself; `export_size()` is optional (the widget's size otherwise)."""

    def render_to(self, painter: QPainter) -> None: ...



@dataclass(frozen=True)
class ExportFormat:
    name: str  # shown in the file dialog, e.g. "PNG image"
    suffix: str  # without the dot
    write: Callable[[str], None]  # raises OSError when the file cannot be written

    @property
    def filter(self) -> str:
        return f"{self.name} (*.{self.suffix})"


@dataclass(frozen=True)
class Picture:
    """A drawing with its title and credit line, laid out once for every output."""
    drawable: Drawable
    title: str
    credit: str

    MARGIN = 12

    def drawing_size(self) -> QSize:
        d = self.drawable
        return d.export_size() if hasattr(d, "export_size") else d.size()

    def fonts(self) -> tuple[QFont, QFont]:
        title = QFont(QGuiApplication.font())
        title.setPixelSize(18)
        title.setBold(True)
        credit = QFont(QGuiApplication.font())
        credit.setPixelSize(11)
        return title, credit

    def bands(self) -> tuple[int, int]:
        title, credit = self.fonts()
        return QFontMetrics(title).height() + 2 * self.MARGIN, QFontMetrics(credit).height() + self.MARGIN

    def size(self) -> QSize:
        drawing = self.drawing_size()
        top, bottom = self.bands()
        return QSize(max(drawing.width(), 320), drawing.height() + top + bottom)

    def colours(self) -> tuple[QColor, QColor]:
        palette = self.drawable.palette() if isinstance(self.drawable, QWidget) else QGuiApplication.palette()
        return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)

    def paint(self, painter: QPainter) -> None:
        """Paint title, drawing and credit at (0, 0) in `size()` device units."""
        size = self.size()
        top, _ = self.bands()
        background, text = self.colours()
        title_font, credit_font = self.fonts()
        painter.fillRect(QRect(QPoint(0, 0), size), background)
        painter.setPen(text)
        painter.setFont(title_font)
        painter.drawText(QRectF(self.MARGIN, self.MARGIN, size.width() - 2 * self.MARGIN, top - self.MARGIN),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title)
        painter.save()
        painter.translate(0, top)
        painter.setClipRect(QRect(QPoint(0, 0), self.drawing_size()))
        self.drawable.render_to(painter)
        painter.restore()
        painter.setPen(text)
        painter.setFont(credit_font)
        y = top + self.drawing_size().height()
        painter.drawText(QRectF(self.MARGIN, y, size.width() - 2 * self.MARGIN, size.height() - y),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.credit)

    def image(self) -> QImage:
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(self.colours()[0])
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter)
        painter.end()
        return image


def credit_line(store) -> str:
    """App, dataset version and where the figures come from."""
    version = store.meta("dataset_version") or store.meta("schema_version") or "?"
    if store.meta("dataset_date"):
        version += f" ({store.meta('dataset_date')})"
    text = QCoreApplication.translate("Export", "{app} {version} · dataset {name}, version {dataset} · figures from "
                                                "the {n} sources listed in Help → About, each cited with a quote")
    return text.format(app=APP_NAME, version=__version__, name=store.path.name, dataset=version, n=len(store.sources()))


def _check_folder(path: str | Path) -> None:
    Path(path).parent.stat()  # a missing folder fails here with a clear OSError


class BytesOut:
    """Qt writes into memory; Python writes the file, so a full disk or a failing device raises OSError
    instead of leaving a cut file behind a "done" (Qt's SVG and PDF writers report no write errors)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        self.data = QByteArray()
        self.device = QBuffer(self.data)
        self.device.open(QIODevice.OpenModeFlag.WriteOnly)

    def save(self, path: str | Path, transform=None) -> None:
        self.device.close()
        data = bytes(self.data.data())
        if transform is not None:
            data = transform(data)
        try:
            with open(path, "wb") as f:
                f.write(data)
        except OSError:
            Path(path).unlink(missing_ok=True)
            raise


def write_png(picture: Picture, path: str | Path) -> None:
    _check_folder(path)
    out = BytesOut()
    if not picture.image().save(out.device, "PNG"):
        raise OSError(f"cannot write {path}")
    out.save(path)


def write_svg(picture: Picture, path: str | Path) -> None:
    from PySide6.QtSvg import QSvgGenerator

    _check_folder(path)
    size = picture.size()
    generator = QSvgGenerator()
    out = BytesOut()
    generator.setOutputDevice(out.device)
    generator.setSize(size)
    generator.setResolution(96)  # the CSS pixel: other renderers then draw it at the size of the PNG
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(picture.title)
    generator.setDescription(picture.credit)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write {path}")
    try:
        picture.paint(painter)
    finally:
        painter.end()
    out.save(path, lambda data: _flatten_scaled_strokes(data.decode("utf-8")).encode("utf-8"))


# ---- SVG that other renderers draw as Qt does
_GROUP = re.compile(r'(<g [^>]*?)transform="matrix\(([^)]*)\)"([^>]*>)(.*?)(</g>)', re.S)
_SHAPE = re.compile(r'<(rect|path|polyline|polygon|line)( [^>]*?)(/?>)', re.S)
_NUMBER = r"-?\d*\.?\d+(?:[eE][-+]?\d+)?"


def _flatten_scaled_strokes(svg: str) -> str:
    """Qt writes cosmetic pens as `vector-effect="non-scaling-stroke"` inside a scaled group; librsvg and
    cairosvg ignore that, so a 1 px outline in a chart's data coordinates (x scaled ×57) becomes a black slab.
    Move the group's matrix into the shapes' coordinates instead, so the stroke is 1 px in every renderer."""
    def group(m: re.Match) -> str:
        head, matrix, rest, body, end = m.groups()
        if "non-scaling-stroke" not in body or re.search(r"<(circle|ellipse|text|image)\b", body):
            return m.group(0)
        a, b, c, d, e, f = (float(v) for v in matrix.split(","))

        def point(x: float, y: float) -> str:
            return f"{a * x + c * y + e:.4g},{b * x + d * y + f:.4g}"

        def shape(sm: re.Match) -> str:
            tag, attrs, close = sm.groups()
            values = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', attrs))
            keep = " ".join(f'{k}="{v}"' for k, v in values.items()
                            if k not in ("x", "y", "width", "height", "d", "points", "x1", "y1", "x2", "y2"))
            if tag == "rect":
                x, y, w, h = (float(values.get(k, 0)) for k in ("x", "y", "width", "height"))
                corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
                d_attr = "M" + " L".join(point(*p) for p in corners) + " Z"
                return f'<path {keep} d="{d_attr}"{close}'
            if tag == "path":
                def pairs(cm: re.Match) -> str:
                    return point(float(cm.group(1)), float(cm.group(2)))
                d_attr = re.sub(f"({_NUMBER}),({_NUMBER})", pairs, values.get("d", ""))
                return f'<path {keep} d="{d_attr}"{close}'
            if tag in ("polyline", "polygon"):
                points = re.sub(f"({_NUMBER}),({_NUMBER})", lambda pm: point(float(pm.group(1)), float(pm.group(2))),
                                values.get("points", ""))
                return f'<{tag} {keep} points="{points}"{close}'
            x1, y1 = point(float(values.get("x1", 0)), float(values.get("y1", 0))).split(",")
            x2, y2 = point(float(values.get("x2", 0)), float(values.get("y2", 0))).split(",")
            return f'<line {keep} x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"{close}'

        return f'{head}transform="matrix(1,0,0,1,0,0)"{rest}{_SHAPE.sub(shape, body)}{end}'
    return _GROUP.sub(group, svg)


def paint_on_pages(picture: Picture, device) -> None:
    """Paint the picture scaled to fit the first page of a QPdfWriter or QPrinter."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot write the document")
    try:
        page = device.pageLayout().paintRectPixels(device.resolution())
        size = picture.size()
        scale = min(page.width() / size.width(), page.height() / size.height())
        painter.translate((page.width() - size.width() * scale) / 2, 0)
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        picture.paint(painter)
    finally:
        painter.end()


def write_pdf(picture: Picture, path: str | Path) -> None:
    """One page the shape of the picture (1 px = 1 pt), vector where the view paints vectors."""
    _check_folder(path)
    out = BytesOut()
    writer = QPdfWriter(out.device)
    writer.setTitle(picture.title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setResolution(72)
    size = picture.size()
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    paint_on_pages(picture, writer)
    del writer  # finishes the document
    out.save(path)


def copy_image(picture: Picture) -> None:
    QGuiApplication.clipboard().setImage(picture.image())


def print_picture(picture: Picture, parent: QWidget | None) -> None:
    """Print with a preview first (the preview's own toolbar has the printer dialog)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(picture.title)
    size = picture.size()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                               else QPageLayout.Orientation.Portrait)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setObjectName("printPreview")
    preview.paintRequested.connect(lambda p: paint_on_pages(picture, p))
    preview.exec()
    preview.deleteLater()


def write_csv(path: str | Path, headers: list[str], rows: list[list[object]]) -> None:
    """UTF-8 with a byte-order mark, so that spreadsheets on Windows read 'Përmet' as 'Përmet'."""
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows(rows)


# ---- what a page offers
def picture_of(page, store) -> Picture | None:
    drawable = page.drawable()
    if drawable is None:
        return None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # a view built a moment ago gets its size
    return Picture(drawable, page.export_title(), credit_line(store))


def page_formats(page, store) -> list[ExportFormat]:
    """The files a page can be saved as: its drawing as PNG, SVG and PDF, its table as CSV."""
    formats = []
    table = page.table()
    if table is not None:
        headers, rows = table
        formats.append(ExportFormat(QCoreApplication.translate("Export", "CSV table (spreadsheet)"), "csv",
                                    lambda p: write_csv(p, headers, rows)))
    picture = picture_of(page, store)
    if picture is not None:
        formats = [ExportFormat(QCoreApplication.translate("Export", "PNG image"), "png", lambda p: write_png(picture, p)),
                   ExportFormat(QCoreApplication.translate("Export", "SVG drawing"), "svg", lambda p: write_svg(picture, p)),
                   ExportFormat(QCoreApplication.translate("Export", "PDF document"), "pdf", lambda p: write_pdf(picture, p))] + formats
    return formats


def export_dialog(parent: QWidget, page, store) -> str | None:
    """Ask for a format and a path, write, and say what happened; the path written, or None."""
    formats = page_formats(page, store)
    if not formats:
        return None
    path, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Export", "Export"), f"permet-{page.name}.{formats[0].suffix}",
                                               ";;".join(f.filter for f in formats))
    if not path:
        return None
    fmt = next((f for f in formats if f.filter == chosen), formats[0])
    if not path.lower().endswith("." + fmt.suffix):
        path += "." + fmt.suffix
    from app.paths import output_problem
    from app.ui.dialogs import show_warning
    problem = output_problem(path)  # a pipe or a device is refused, never opened: an export never blocks
    try:
        if problem:
            raise OSError(problem)
        fmt.write(path)
    except OSError as exc:
        show_warning(parent, QCoreApplication.translate("Export", "Export failed"), f"{path}: {exc.strerror or exc}",
                     name="exportError")
        return None
    return path
