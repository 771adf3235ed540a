"""The window carries Dagbog's icon in every drawn size."""

from __future__ import annotations

from dagbog.ui.app import app_icon


def test_app_icon_has_every_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert [size.width() for size in icon.availableSizes()] == [16, 32, 48, 64, 128, 256]
