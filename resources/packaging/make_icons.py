"""The Windows .ico and macOS .icns, every size, drawn from resources/icons/permet-explorer.svg by Qt's SVG renderer.

    python resources/packaging/make_icons.py        (rewrites resources/icons/permet-explorer.{ico,icns})

Both formats hold PNG images: .ico directory entries with PNG payloads (Windows Vista and later), .icns
elements of the PNG types (macOS 10.7 and later). `read_ico` and `read_icns` read the sizes back (tests)."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "permet-explorer.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# .icns element types holding PNG data, by pixel size (the @2x types share sizes with plain ones)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def render_png(size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (painting needs one)
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(sizes=ICO_SIZES) -> bytes:
    images = [render_png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, png in zip(sizes, images):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns_bytes() -> bytes:
    cache: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        png = cache.setdefault(size, render_png(size))
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_ico(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert reserved == 0 and kind == 1
    sizes = []
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(width or 256)
    return sizes


def read_icns(data: bytes) -> list[tuple[str, int]]:
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    out, at = [], 8
    while at < len(data):
        kind, length = data[at:at + 4].decode(), struct.unpack_from(">I", data, at + 4)[0]
        png = data[at + 8:at + length]
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        out.append((kind, struct.unpack(">I", png[16:20])[0]))  # IHDR width
        at += length
    return out


def main() -> int:
    icons = ROOT / "resources" / "icons"
    (icons / "permet-explorer.ico").write_bytes(ico_bytes())
    (icons / "permet-explorer.icns").write_bytes(icns_bytes())
    print("ico:", read_ico((icons / "permet-explorer.ico").read_bytes()))
    print("icns:", read_icns((icons / "permet-explorer.icns").read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
