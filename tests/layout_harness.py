"""Looks at a shown window as a reader would and lists what reads badly (tests/test_layout.py runs it on every
tab, at two screen sizes, in both languages and both palettes):

- a label, button or column header cut short before its first word ends;
- text drawn on a map, chart, org chart or timeline that overlaps other text, or that the edge of its view cuts
  (it must fit, wrap or move inside; scrolling to read the rest of a label is not reading). Text inside a drawn
  box that the edge cuts too is the box scrolled partly out of a canvas (the org chart): its edge shows it goes on;
- a chart legend over a bar, or names under its bars that collide (the axis paints them: `tick_layout()`);
- text whose contrast with what is behind it is under 4.5:1 (WCAG AA), in widgets, item views and drawings.

Colours are read from what is painted (a grab of the widget), not from the palette alone, so style sheets and
custom painting count too. Disabled controls are left out (WCAG exempts them).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QGraphicsSimpleTextItem, QGraphicsTextItem,
                               QGraphicsView, QHeaderView, QLabel, QWidget)

from app.ui.style import MIN_CONTRAST, contrast_ratio


def first_word(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return text.split()[0] if text.split() else ""


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and widget.width() > 0 and widget.height() > 0 \
        and not widget.visibleRegion().isEmpty()


def pixels(image: QImage, rect: QRect):
    """The rectangle of an image as an (h, w, 3) array of 0–255 RGB."""
    import numpy as np
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rect = rect.intersected(image.rect())
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return data[rect.top():rect.bottom() + 1, rect.left():rect.right() + 1, 2::-1]  # BGRA -> RGB


def luminance(rgb):
    import numpy as np
    c = rgb.astype(float) / 255
    c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * c[..., 0] + 0.7152 * c[..., 1] + 0.0722 * c[..., 2]


def dominant(image: QImage, rect: QRect) -> QColor:
    """The most frequent colour in a rectangle of an image: what the text sits on."""
    import numpy as np
    rgb = pixels(image, rect).reshape(-1, 3)
    if not len(rgb):
        return QColor("white")
    q = rgb.astype(np.int64) >> 3  # near colours together: a gradient is one background
    packed = (q[:, 0] << 10) | (q[:, 1] << 5) | q[:, 2]
    values, counts = np.unique(packed, return_counts=True)
    r, g, b = (int(v) for v in rgb[packed == values[counts.argmax()]].mean(axis=0).round())
    return QColor(r, g, b)


def snapshot(widget: QWidget) -> QImage:
    """The widget as it looks in its window, over whatever is behind it."""
    window = widget.window()
    return window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()


def strongest(image: QImage, rect: QRect, background: QColor) -> QColor:
    """The pixel that differs most from the background: the ink of the text (its stems are fully covered)."""
    import numpy as np
    rgb = pixels(image, rect).reshape(-1, 3)
    if not len(rgb):
        return background
    lum = luminance(rgb)
    bg = luminance(np.array([[background.red(), background.green(), background.blue()]]))[0]
    ratio = (np.maximum(lum, bg) + 0.05) / (np.minimum(lum, bg) + 0.05)
    r, g, b = (int(v) for v in rgb[ratio.argmax()])
    return QColor(r, g, b)


def widget_problems(root: QWidget, where: str) -> list[str]:
    problems = []
    for w in [root] + root.findChildren(QWidget):
        if not shown(w) or w.window() is not root.window():
            continue
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.textFormat() != Qt.TextFormat.RichText \
                and w.pixmap().isNull():
            word = first_word(w.text())
            if word and w.fontMetrics().horizontalAdvance(word) > w.contentsRect().width() + 1:
                problems.append(f"{where}: label {w.text()!r} is cut before its first word ends ({w.width()} px)")
        if isinstance(w, QAbstractButton) and w.text():
            word = first_word(w.text())
            if word and w.fontMetrics().horizontalAdvance(word) > w.width() - 4:
                problems.append(f"{where}: button {w.text()!r} is cut before its first word ends ({w.width()} px)")
        if isinstance(w, (QLabel, QAbstractButton)) and w.text() and w.width() > 4 and w.height() > 4:
            image = snapshot(w)
            background = dominant(image, image.rect())
            ink = strongest(image, image.rect().adjusted(2, 2, -2, -2), background)
            if contrast_ratio(ink, background) < MIN_CONTRAST:
                problems.append(f"{where}: {type(w).__name__} {w.text()!r} contrast "
                                f"{contrast_ratio(ink, background):.2f}:1 ({ink.name()} on {background.name()})")
        if isinstance(w, QHeaderView):
            problems += header_problems(w, where)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            problems += cell_contrast_problems(w, where)
        if isinstance(w, QGraphicsView):
            problems += drawing_problems(w, where)
    return problems


def header_problems(header: QHeaderView, where: str) -> list[str]:
    problems = []
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal or header.isHidden():
        return problems
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        word = first_word(text)
        if word and header.fontMetrics().horizontalAdvance(word) + 8 > header.sectionSize(section):
            problems.append(f"{where}: column {text!r} is cut before its first word ends "
                            f"({header.sectionSize(section)} px)")
    return problems


def cell_contrast_problems(view: QAbstractItemView, where: str) -> list[str]:
    """Each visible row's text colour (the model's, or the palette's) against its background."""
    problems = []
    palette = view.palette()
    model = view.model()
    seen = set()

    def rows(parent: QModelIndex):
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            rect = view.visualRect(index)
            if rect.isValid() and rect.intersects(view.viewport().rect()):
                yield index
            if model.hasChildren(index):
                yield from rows(index)

    for index in rows(QModelIndex()):
        for column in range(model.columnCount(index.parent())):
            cell = index.siblingAtColumn(column)
            if not cell.data():
                continue
            fg = cell.data(Qt.ItemDataRole.ForegroundRole)
            bg = cell.data(Qt.ItemDataRole.BackgroundRole)
            fg = fg.color() if hasattr(fg, "color") else fg if isinstance(fg, QColor) else palette.color(QPalette.ColorRole.Text)
            backgrounds = [bg.color() if hasattr(bg, "color") else bg] if bg is not None else \
                [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)]
            for colour in backgrounds:
                ratio = contrast_ratio(fg, colour)
                key = (fg.name(), colour.name())
                if ratio < MIN_CONTRAST and key not in seen:
                    seen.add(key)
                    problems.append(f"{where}: row {cell.data()!r} in {view.objectName() or type(view).__name__} "
                                    f"contrast {ratio:.2f}:1 ({fg.name()} on {colour.name()})")
    return problems


def in_cut_box(item, view: QGraphicsView, inside: QRect) -> bool:
    """True when the text lies in a box (an ancestor item) that the edge of the view cuts as well."""
    text = item.sceneBoundingRect()
    parent = item.parentItem()
    while parent is not None:
        box = parent.sceneBoundingRect()
        if box.contains(text):
            return not inside.contains(view.mapFromScene(box).boundingRect())
        parent = parent.parentItem()
    return False


def text_items(view: QGraphicsView, with_items: bool = False):
    """Text drawn in a scene, with where it is on the view's viewport."""
    out = []
    for item in view.scene().items():
        if not item.isVisible() or item.opacity() == 0:
            continue
        if isinstance(item, QGraphicsSimpleTextItem) and item.text().strip():
            text, colour = item.text(), item.brush().color()
        elif isinstance(item, QGraphicsTextItem) and item.toPlainText().strip():
            text, colour = item.toPlainText(), item.defaultTextColor()
        else:
            continue
        rect = item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect()).toAlignedRect()
        if rect.intersects(view.viewport().rect()):
            out.append((text, colour, rect, item) if with_items else (text, colour, rect))
    return out


def drawing_problems(view: QGraphicsView, where: str) -> list[str]:
    problems = []
    items = text_items(view, with_items=True)
    inside = view.viewport().rect().adjusted(-1, -1, 1, 1)
    for text, _, rect, item in items:
        if not inside.contains(rect) and not in_cut_box(item, view, inside):
            problems.append(f"{where}: text {text!r} in {view.objectName()} is cut by the edge of the view "
                            f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()} in "
                            f"{view.viewport().width()}×{view.viewport().height()})")
    problems += legend_problems(view, where)
    problems += tick_problems(view, where)
    for i, (a, _, ra, _) in enumerate(items):
        for b, _, rb, _ in items[i + 1:]:
            overlap = ra.adjusted(2, 2, -2, -2).intersected(rb.adjusted(2, 2, -2, -2))
            if overlap.width() > 0 and overlap.height() > 0:
                problems.append(f"{where}: text {a!r} overlaps {b!r} in {view.objectName()}")
    image = view.viewport().grab().toImage()
    for text, colour, rect, _ in items:
        background = dominant(image, rect)
        ratio = contrast_ratio(colour, background)
        if ratio < MIN_CONTRAST:
            problems.append(f"{where}: text {text!r} in {view.objectName()} contrast {ratio:.2f}:1 "
                            f"({colour.name()} on {background.name()})")
    return problems


def legend_problems(view: QGraphicsView, where: str) -> list[str]:
    """A chart's legend (pyqtgraph `legend`) must not cover any bar (`bar_ids()`, `bar_rect(id)` in data units)."""
    legend = getattr(view, "legend", None)
    if legend is None or not hasattr(view, "bar_rect") or not legend.isVisible() or not legend.items:
        return []
    box = view.getPlotItem().getViewBox()
    covered = view.mapFromScene(legend.sceneBoundingRect()).boundingRect().adjusted(1, 1, -1, -1)
    problems = []
    for bar_id in view.bar_ids():
        bar = view.mapFromScene(box.mapViewToScene(view.bar_rect(bar_id))).boundingRect()
        if covered.intersects(bar):
            problems.append(f"{where}: the legend covers the bar {bar_id!r} in {view.objectName()}")
    return problems


def tick_problems(view: QGraphicsView, where: str) -> list[str]:
    """Names the chart's axis paints under its bars (`tick_layout()`: x in data units, lines, first row) that
    overlap one another."""
    if not hasattr(view, "tick_layout"):
        return []
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFontMetrics
    box, metrics = view.getPlotItem().getViewBox(), QFontMetrics(view.font())
    boxes = []
    for x, lines, first in view.tick_layout():
        centre = box.mapFromView(QPointF(x, 0)).x()
        half = max(metrics.horizontalAdvance(line) for line in lines) / 2
        boxes.append((" ".join(lines), centre - half, centre + half, first, first + len(lines)))
    problems = []
    for i, (a, left_a, right_a, top_a, bottom_a) in enumerate(boxes):
        for b, left_b, right_b, top_b, bottom_b in boxes[i + 1:]:
            if top_a < bottom_b and top_b < bottom_a and left_a < right_b and left_b < right_a:
                problems.append(f"{where}: the names {a!r} and {b!r} under the bars of {view.objectName()} collide")
    return problems
