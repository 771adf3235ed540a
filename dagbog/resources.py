"""Where the bundled resources (fonts, icons, translations) live, installed or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path(bold: bool = False) -> Path:
    return resources_dir() / "fonts" / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


#: The drawn sizes of the app icon (resources/icons/make_icons.py), smallest first.
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def icon_path(size: int) -> Path:
    return resources_dir() / "icons" / f"dagbog-{size}.png"


def icon_paths() -> list[Path]:
    """The app icon in every drawn size (resources/icons/make_icons.py), smallest first."""
    return [icon_path(size) for size in ICON_SIZES]
