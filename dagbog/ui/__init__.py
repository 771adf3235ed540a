"""The Qt user interface. The only package that imports PySide6."""

from . import pyside_boot  # noqa: F401 - first: PySide6 without its source scan
