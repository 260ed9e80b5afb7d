"""The icon files tools/make_icons.py writes from assets/icons/facilitator.svg, as committed."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "assets" / "icons"
sys.path.insert(0, str(ROOT / "tools"))

import make_icons  # noqa: E402

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    return struct.unpack(">II", data[16:24])


def test_every_png_size_is_committed_at_its_size():
    for size in make_icons.PNG_SIZES:
        data = (ICONS / f"facilitator-{size}.png").read_bytes()
        assert png_size(data) == (size, size)


def test_the_ico_holds_a_png_per_size_with_a_sound_directory():
    data = (ICONS / "facilitator.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        w, h, _colours, _r, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index: 22 + 16 * index])
        image = data[offset: offset + length]
        side = w or 256
        assert (planes, bits) == (1, 32)
        assert png_size(image) == (side, h or 256)
        sizes.append(side)
    assert sizes == sorted(make_icons.ICO_SIZES)
    assert offset + length == len(data)


def test_the_icns_holds_the_png_entries_macos_asks_for():
    data = (ICONS / "facilitator.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at: at + 4], struct.unpack(">I", data[at + 4: at + 8])[0]
        found[kind] = png_size(data[at + 8: at + length])[0]
        at += length
    assert at == len(data)
    assert found == dict(make_icons.ICNS_TYPES)


@pytest.mark.parametrize("size", [16, 64, 512])
def test_the_committed_pngs_are_the_svg_as_it_is_now(qapp, size):
    """Fails when the SVG was changed and tools/make_icons.py not run again."""
    from PySide6.QtGui import QImage

    fresh = QImage.fromData(make_icons.render_png(ICONS / "facilitator.svg", size), "PNG")
    committed = QImage(str(ICONS / f"facilitator-{size}.png"))
    assert committed.size() == fresh.size()
    fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)
    committed = committed.convertToFormat(QImage.Format.Format_ARGB32)
    # Anti-aliasing may differ by a shade between Qt versions; a changed shape differs a lot.
    differing = sum(
        1 for y in range(size) for x in range(0, size, max(1, size // 64))
        if _far(fresh.pixel(x, y), committed.pixel(x, y)))
    assert differing <= size * size // 200


def _far(a: int, b: int) -> bool:
    return any(abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) > 48 for s in (0, 8, 16, 24))


def test_the_tool_writes_every_file_into_a_folder(qapp, tmp_path):
    written = make_icons.make_icons(tmp_path)
    assert {p.name for p in written} == {
        *(f"facilitator-{s}.png" for s in make_icons.PNG_SIZES), "facilitator.ico",
        "facilitator.icns"}
    assert all(p.stat().st_size > 0 for p in written)
