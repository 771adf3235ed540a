"""Draw Dagbog's app icon with QPainter and write it as PNGs, a Windows .ico and a macOS .icns.

Run from the repository root after changing the drawing; the outputs are committed:
    QT_QPA_PLATFORM=offscreen python resources/icons/make_icons.py
The .ico and .icns containers hold PNG images, packed here by hand so every size is included.
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)
#: icns entry types holding PNG data, by pixel size.
ICNS_TYPES = {32: b"ic11", 64: b"ic12", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def draw(size: int) -> QImage:
    """A notebook page with ruled lines and a check mark, on a calm teal tile."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)

    tile = QPainterPath()
    tile.addRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    painter.fillPath(tile, QColor("#1f6f78"))

    page = QPainterPath()
    page.addRoundedRect(QRectF(56, 36, 144, 184), 14, 14)
    painter.fillPath(page, QColor("#fdfbf5"))
    painter.fillRect(QRectF(56, 36, 22, 184), QColor("#d9d2c0"))  # the binding

    painter.setPen(QPen(QColor("#9fb8bb"), 7))
    for y in (80, 110, 140):
        painter.drawLine(QPointF(96, y), QPointF(180, y))

    check = QPen(QColor("#e07a2f"), 18)
    check.setCapStyle(Qt.PenCapStyle.RoundCap)
    check.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(check)
    painter.drawPolyline([QPointF(100, 178), QPointF(126, 202), QPointF(176, 152)])
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG data (Vista+ reads PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(data) + 8) + data
        for size, data in images.items()
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QImage needs it
    pngs = {size: png_bytes(draw(size)) for size in PNG_SIZES}
    for size, data in pngs.items():
        (HERE / f"dagbog-{size}.png").write_bytes(data)
    (HERE / "dagbog.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (HERE / "dagbog.icns").write_bytes(icns(pngs))


if __name__ == "__main__":
    main()
