"""The README's screenshots come from ``docs/make_screenshots.py``; its pieces work."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from dagbog.core import clock, db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def screenshots():
    spec = importlib.util.spec_from_file_location(
        "make_screenshots", ROOT / "docs" / "make_screenshots.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_the_main_window_screenshot_of_the_demo_case(qapp, screenshots, tmp_path):
    real_now = clock.now
    (shot,) = [s for s in screenshots.shots() if s.name == "main-window.png"]
    [(made_shot, path)] = screenshots.make(tmp_path / "out", [shot], tmp_path / "work")
    assert made_shot is shot and path == tmp_path / "out" / "main-window.png"
    image = QImage(str(path))
    assert (image.width(), image.height()) == screenshots.WINDOW_SIZE
    # The clock and the diary are given back.
    assert clock.now is real_now
    assert db.current_path() is None


def test_the_shot_list_covers_the_readme_and_the_comfort_matrix(screenshots):
    names = {shot.name for shot in screenshots.shots(("da", "en"))}
    assert {"main-window.png", "awaiting-panel.png", "pdf-log-page.png"} <= names
    for language in ("da", "en"):
        for scale in (100, 200):
            for scheme in ("light", "dark"):
                assert f"main-{language}-{scale}-{scheme}.png" in names


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_pdf_page_screenshot(qapp, screenshots, tmp_path):
    (shot,) = [s for s in screenshots.shots() if s.name == "pdf-log-page.png"]
    [(_, path)] = screenshots.make(tmp_path / "out", [shot], tmp_path / "work")
    image = QImage(str(path))
    assert image.height() > image.width() > 400  # an A4 page, portrait


def test_the_readme_shows_the_scripts_screenshots(screenshots):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\(docs/screenshots/([\w.-]+\.png)\)", readme))
    for name in shown:
        assert (ROOT / "docs" / "screenshots" / name).exists(), name
    assert {"main-window.png", "awaiting-panel.png", "pdf-log-page.png"} <= shown
    assert "docs/make_screenshots.py" in readme
