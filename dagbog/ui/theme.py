"""Look and feel: the Fusion style with a calm light or dark palette, and the text size.

The palette follows the system's colour scheme (``QStyleHints.colorScheme()``, Qt 6.5+)
unless the user chose light or dark. Widgets that draw their own colours ask this module
(``muted_color``, ``error_color``, ``accent_color``) so text stays readable in both.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QStyleFactory, QWidget

from .preferences import THEME_DARK, THEME_LIGHT, Preferences

#: The application font's size at 100 % text.
BASE_POINT_SIZE = 10.0

_state = {"dark": False, "plain_fusion": False}

# Calm colours: soft contrast, no pure black on pure white, a quiet blue for focus. In the
# dark palette fields (Base) are lighter than the window, so Fusion's radio buttons and check
# boxes, filled with Base, stand out from the background.
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f2ef",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f5f2",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#e9e7e2",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.Highlight: "#2f5f8f",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#fffbe6",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6b6f76",
    QPalette.ColorRole.Link: "#1f5a96",
    QPalette.ColorRole.LinkVisited: "#5b3f8c",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#f0eee9",
    QPalette.ColorRole.Mid: "#b9b6ae",
    QPalette.ColorRole.Dark: "#8f8c85",
    QPalette.ColorRole.Shadow: "#5c5a55",
}
_DARK = {
    QPalette.ColorRole.Window: "#202225",
    QPalette.ColorRole.WindowText: "#e4e2dd",
    QPalette.ColorRole.Base: "#34383e",
    QPalette.ColorRole.AlternateBase: "#3a3e44",
    QPalette.ColorRole.Text: "#e4e2dd",
    QPalette.ColorRole.Button: "#42464d",
    QPalette.ColorRole.ButtonText: "#e4e2dd",
    QPalette.ColorRole.Highlight: "#5a8cc0",
    QPalette.ColorRole.HighlightedText: "#101214",
    QPalette.ColorRole.ToolTipBase: "#33373c",
    QPalette.ColorRole.ToolTipText: "#e4e2dd",
    QPalette.ColorRole.PlaceholderText: "#9a9ea5",
    QPalette.ColorRole.Link: "#8fb9e6",
    QPalette.ColorRole.LinkVisited: "#b9a3e0",
    QPalette.ColorRole.Light: "#4a4f55",
    QPalette.ColorRole.Midlight: "#3d4147",
    QPalette.ColorRole.Mid: "#2e3135",
    QPalette.ColorRole.Dark: "#17191b",
    QPalette.ColorRole.Shadow: "#0c0d0e",
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def wants_dark(preferences: Preferences) -> bool:
    if preferences.theme == THEME_DARK:
        return True
    if preferences.theme == THEME_LIGHT:
        return False
    return system_prefers_dark()


def palette(dark: bool) -> QPalette:
    """The calm palette; disabled text is dimmed in both schemes."""
    colours = _DARK if dark else _LIGHT
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    dim = QColor("#7d8187" if dark else "#9a978f")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, dim)
    return result


def _scaled_style_class() -> type:
    """Fusion with check boxes and radio buttons that grow with the text size.

    Made on first use (larger text): defining a Python subclass of QProxyStyle sets up all of
    QStyle's enums in PySide6 (~550 values), which the window at 100 % text does not need.
    """
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class ScaledStyle(QProxyStyle):
        """Fusion with check boxes and radio buttons that grow with the text size."""

        _SCALED = (
            QStyle.PixelMetric.PM_IndicatorWidth,
            QStyle.PixelMetric.PM_IndicatorHeight,
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        )

        def __init__(self, factor: float = 1.0) -> None:
            super().__init__(QStyleFactory.create("Fusion"))
            self.factor = factor

        def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 - Qt API
            value = super().pixelMetric(metric, option, widget)
            if metric in self._SCALED:
                return round(value * max(1.0, self.factor))
            return value

    return ScaledStyle


def _scaled_style_type() -> type:
    cls = globals().get("ScaledStyle")
    if cls is None:
        cls = globals()["ScaledStyle"] = _scaled_style_class()
    return cls


def __getattr__(name: str):
    # ``theme.ScaledStyle``: the class is made when first asked for (see above).
    if name == "ScaledStyle":
        return _scaled_style_type()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _is_scaled(style) -> bool:
    cls = globals().get("ScaledStyle")
    return cls is not None and isinstance(style, cls)


#: Give this to a new QApplication (after the program name): it starts in Fusion, so
#: :func:`apply` need not look at the style at 100 % text (see :func:`started_in_fusion`).
STYLE_ARGUMENTS = ["-style", "Fusion"]


def started_in_fusion() -> None:
    """The QApplication was made with :data:`STYLE_ARGUMENTS` (by ``app.run``).

    Handing PySide6 a style object the first time sets up all of QStyle's enums (~5 ms and
    ~0.3 MiB at start); with this, plain Fusion at 100 % text needs no style object.
    """
    _state["plain_fusion"] = True


def _apply_style(app: QApplication, factor: float) -> None:
    style = app.style()
    if _is_scaled(style):
        style.factor = factor
    elif factor > 1.0:
        app.setStyle(_scaled_style_type()(factor))
        _state["plain_fusion"] = False
    elif style is None or style.name().lower() != "fusion":
        # At 100 % text the scaled metrics are Fusion's own: plain Fusion spares a call into
        # Python for each of the thousands of metrics Qt asks for while laying out a window.
        app.setStyle(QStyleFactory.create("Fusion"))


def apply(app: QApplication, preferences: Preferences) -> None:
    """Fusion style, the palette for the wanted scheme, and the scaled application font."""
    if preferences.factor > 1.0 or not _state.get("plain_fusion"):
        _apply_style(app, preferences.factor)
    dark = wants_dark(preferences)
    _state["dark"] = dark
    app.setPalette(palette(dark))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * preferences.factor)
    app.setFont(font)


def is_dark() -> bool:
    """True when the dark palette is in use."""
    return _state["dark"]


def muted_color() -> str:
    """Secondary text (labels in the detail pane, hints)."""
    return "#a9adb3" if is_dark() else "#4a4d52"


def error_color() -> str:
    return "#ff9c8a" if is_dark() else "#a40000"


def weekend_color() -> str:
    """Saturdays and Sundays in the calendar: a red with at least 4.5:1 contrast."""
    return "#f0a090" if is_dark() else "#a8321e"


def accent_color() -> str:
    """Calm blue for information notes."""
    return "#9cc2ea" if is_dark() else "#2c4a70"


def text_factor(widget: QWidget) -> float:
    """How much larger than 100 % the widget's text is (1.0 at 100 %)."""
    return max(1.0, widget.font().pointSizeF() / BASE_POINT_SIZE)


def fit_dialog(dialog: QWidget, width: int) -> None:
    """Never smaller than its layout needs (no clipped labels at 200 %), ``width`` wide at 100 %.

    A plain ``setMinimumWidth`` would stop Qt from applying the layout's own minimum size.
    """
    layout = dialog.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.activate()
    hint = dialog.sizeHint()
    dialog.resize(max(hint.width(), int(width * text_factor(dialog))), hint.height())


def fit_wrapped_height(label: QLabel) -> None:
    """Reserve the height a word-wrapped label needs at its current width.

    Splitters, dock areas and the main window ignore height-for-width, so at 200 % text a
    wrapped label (the banner, the calendar legend) would otherwise be squeezed and overlap
    its neighbours. A minimum height lets every enclosing minimum size grow instead.
    """
    if not label.isVisible():
        return  # not laid out yet: its width is a placeholder
    current = label.minimumHeight()
    label.setMinimumHeight(0)  # QLabel.heightForWidth never answers below the minimum
    needed = max(label.heightForWidth(label.width()), label.minimumSizeHint().height())
    label.setMinimumHeight(needed if needed > 0 else current)


class _WrappedHeightKeeper(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            fit_wrapped_height(watched)
        elif event.type() == QEvent.Type.Show:
            # Shown at its final width without a later resize: measure once the window's
            # layout has settled (at the moment of showing the width may still be provisional).
            QTimer.singleShot(0, watched, lambda: fit_wrapped_height(watched))
        return False


def keep_wrapped_height(label: QLabel) -> QLabel:
    """Keep ``fit_wrapped_height`` true whenever the label is resized (call it after setText)."""
    keeper = _WrappedHeightKeeper(label)
    label.installEventFilter(keeper)
    return label


def resize_for_text(
    window: QWidget, width: int, height: int, max_width_factor: float = 2.0
) -> None:
    """``width``×``height`` at 100 % text, grown with the text size as far as the screen allows."""
    factor = text_factor(window)
    if factor > 1.0:
        width = round(width * min(factor, max_width_factor))
        height = round(height * factor)
        screen = window.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, area.width()), min(height, area.height())
    window.resize(width, height)
