#!/usr/bin/env python3
"""Build a Dagbog bundle for the platform this runs on, with PyInstaller.

    python build_installer.py              one-folder bundle + .tar.gz (Linux) or .zip
    python build_installer.py --onefile    a single executable instead
    python build_installer.py --selftest   ... and run the bundle's own self-test afterwards

PyInstaller collects far more of Qt than Dagbog uses. The filters below (plain functions, unit
tested in tests/test_build_installer.py) drop Qt's translations beyond Danish and English, the
plugins for platforms and features Dagbog does not use (Wayland, EGLFS, TLS, network
information, ...), unused Qt modules, and then every shared library nothing left links to.
The user's diary is never inside the bundle: it lives in the user data folder (platformdirs).
"""

from __future__ import annotations

import argparse
import os
import platform
import posixpath
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent
APP_NAME = "Dagbog"
#: The console executable next to the windowed one on Windows (a windowed .exe has no stdout).
CLI_NAME = "dagbog-cli"
ICON_DIR = ROOT / "resources" / "icons"

# --- what to leave out ------------------------------------------------------------------------

#: Python modules Dagbog never imports but that PyInstaller's hooks would pull in.
EXCLUDED_MODULES = [
    # reportlab 5 imports PIL.Image at start-up; the image codecs Dagbog never reads can go.
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.WebPImagePlugin",
    "PIL._webp",
    "tkinter",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtPdf",
    "PySide6.QtSql",
    "PySide6.QtTest",
]

#: The ``holidays`` package's catalogues to bundle (country, language): dagbog.core.workdays asks
#: for the Danish names of Denmark's holidays (``language="da"``), which fails without DK.mo.
HOLIDAY_CATALOGUES = (("DK", "da"),)


def holiday_catalogues() -> list[str]:
    """The holidays package's .mo files to bundle, relative to the package (collect_data_files)."""
    return [f"locale/{lang}/LC_MESSAGES/{country}.mo" for country, lang in HOLIDAY_CATALOGUES]


#: Qt's own translations to keep (qt_da.qm, qtbase_en.qm, ...).
QT_TRANSLATION_LANGUAGES = ("da", "en")

#: Whole Qt plugin folders Dagbog has no use for.
DROPPED_PLUGIN_DIRS = {
    "egldeviceintegrations",
    "generic",  # evdev/tslib input for framebuffer setups
    "networkinformation",
    "tls",
    "qmltooling",
    "sqldrivers",
    "multimedia",
    "position",
    "sensors",
    "webview",
    "designer",
}
#: Plugin folders dropped by prefix (wayland-decoration-client, wayland-shell-integration, ...).
DROPPED_PLUGIN_DIR_PREFIXES = ("wayland",)

#: Single plugins to drop, by name without "lib" and extension. Under Wayland Qt falls back to
#: xcb (XWayland) when the wayland plugin is missing; the gtk3 theme would drag in a private copy
#: of the GTK stack that must match the system's own.
DROPPED_PLUGINS = {
    "platforms": {
        "qeglfs",
        "qlinuxfb",
        "qminimalegl",
        "qvkkhrdisplay",
        "qvnc",
        "qwayland",
        "qwayland-egl",
        "qwayland-generic",
        "qdirect2d",
    },
    "platformthemes": {"qgtk3"},
    "imageformats": {"qtiff", "qwebp", "qtga", "qwbmp", "qpdf"},
}

#: Shared libraries that are always kept even if nothing links to them (loaded with dlopen).
ALWAYS_KEPT_LIBRARIES = ("libpython", "libgcc_s")

#: Shared objects the Qt xcb platform plugin (libqxcb.so, libQt6XcbQpa.so.6) links to on Linux,
#: with the Debian/Ubuntu package. PyInstaller copies them from the build machine; a bundle built
#: without one of them aborts under a real X server. libxcb.so.1 and libX11.so.6 themselves are
#: on every machine with X and are not listed. Qt 6 no longer needs libxcb-xinerama.
XCB_LIBRARIES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def _posix(dest: str) -> str:
    return str(dest).replace("\\", "/")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(_posix(dest)).parts


def _plugin(dest: str) -> tuple[str, str] | None:
    """(plugin folder, plugin name without lib/extension) for a Qt plugin path, else None."""
    parts = _parts(dest)
    folders = parts[:-1]
    if "plugins" not in folders:
        return None
    index = len(folders) - 1 - folders[::-1].index("plugins")
    folder = folders[index + 1] if index + 1 < len(folders) else ""
    stem = parts[-1].split(".")[0]
    return folder, stem[3:] if stem.startswith("lib") else stem


def keep_qt_translation(dest: str) -> bool:
    """True unless dest is one of Qt's own .qm files in a language Dagbog does not speak."""
    parts = _parts(dest)
    if "translations" not in parts[:-1] or not parts[-1].endswith(".qm"):
        return True
    if not ("PySide6" in parts or "Qt" in parts):
        return True  # Dagbog's own translations in resources/ are all kept
    # qt_da.qm, qtbase_en.qm, qt_help_da.qm, qtbase_pt_BR.qm: the language follows the catalogue.
    words = parts[-1][: -len(".qm")].split("_")[1:]
    return any(word in QT_TRANSLATION_LANGUAGES for word in words)


def keep_qt_plugin(dest: str) -> bool:
    plugin = _plugin(dest)
    if plugin is None:
        return True
    folder, name = plugin
    if folder in DROPPED_PLUGIN_DIRS or folder.startswith(DROPPED_PLUGIN_DIR_PREFIXES):
        return False
    return name not in DROPPED_PLUGINS.get(folder, set())


def keep_resource(dest: str) -> bool:
    """Everything in resources/ except what makes it: scripts (icons/make_icons.py) and the
    translation sources (.ts), which compile_translations turns into the .qm the bundle uses."""
    parts = _parts(dest)
    return not (parts[0] == "resources" and parts[-1].endswith((".py", ".ts")))


def keep_file(dest: str) -> bool:
    """The filter for one collected file (binary or data), by its path inside the bundle."""
    return keep_qt_translation(dest) and keep_qt_plugin(dest) and keep_resource(dest)


def filter_toc(toc: Iterable[tuple]) -> list[tuple]:
    """PyInstaller TOC entries (dest, source, typecode) that pass keep_file."""
    return [entry for entry in toc if keep_file(entry[0])]


def _is_prunable_library(dest: str, typecode: str) -> bool:
    name = _parts(dest)[-1]
    return (
        typecode == "BINARY"
        and _plugin(dest) is None
        and name.startswith("lib")
        and (".so" in name or name.endswith(".dylib"))
        and not name.startswith(ALWAYS_KEPT_LIBRARIES)
    )


def prune_unlinked_libraries(
    binaries: Iterable[tuple], needed: Callable[[str], Iterable[str]]
) -> list[tuple]:
    """Drop shared libraries that no kept extension module, plugin or library links to.

    ``needed(source)`` gives the library names (basenames) a binary links to. The roots are the
    Python extension modules, the Qt plugins and anything else that is not a plain library;
    after the plugin filter, libraries only the dropped plugins needed fall away here.
    """
    binaries = list(binaries)
    by_name: dict[str, list[tuple]] = {}
    for entry in binaries:
        by_name.setdefault(_parts(entry[0])[-1], []).append(entry)
    roots = [entry for entry in binaries if not _is_prunable_library(entry[0], entry[2])]
    reached: set[str] = set()
    stack = [entry[1] for entry in roots]
    while stack:
        for name in needed(stack.pop()):
            name = _parts(name)[-1]
            if name in by_name and name not in reached:
                reached.add(name)
                stack.extend(entry[1] for entry in by_name[name])
    return [
        entry
        for entry in binaries
        if not _is_prunable_library(entry[0], entry[2]) or _parts(entry[0])[-1] in reached
    ]


def drop_dangling_symlinks(toc: Iterable[tuple], others: Iterable[tuple] = ()) -> list[tuple]:
    """Drop SYMLINK entries (dest, link relative to dest's folder) whose target was filtered out.

    PyInstaller keeps SYMLINK entries in ``a.datas`` and their targets in ``a.binaries``: pass
    the binaries as ``others``.
    """
    toc = list(toc)
    others_present = {posixpath.normpath(_posix(entry[0])) for entry in others}
    while True:
        present = others_present | {posixpath.normpath(_posix(entry[0])) for entry in toc}
        kept = [
            entry
            for entry in toc
            if entry[2] != "SYMLINK"
            or posixpath.normpath(
                posixpath.join(posixpath.dirname(_posix(entry[0])), _posix(entry[1]))
            )
            in present
        ]
        if len(kept) == len(toc):
            return kept
        toc = kept


def pyinstaller_needed(source: str) -> list[str]:
    """The libraries ``source`` links to, as PyInstaller's own dependency analysis sees them."""
    from PyInstaller.depend import bindepend

    try:
        return [name for name, _path in bindepend.get_imports(source)]
    except Exception:  # an unreadable file links to nothing we know of
        return []


# --- names, platform, checks ------------------------------------------------------------------


def read_version() -> str:
    text = (ROOT / "dagbog" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("Kan ikke finde __version__ i dagbog/__init__.py")
    return match.group(1)


def platform_tag(system: str | None = None, machine: str | None = None) -> str:
    system = (system or platform.system()).lower()
    machine = (machine or platform.machine()).lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    system = {"darwin": "macos"}.get(system, system)
    return f"{system}-{machine}"


def bundle_name(version: str, tag: str, onefile: bool = False) -> str:
    return f"{APP_NAME}-{version}-{tag}" + ("-onefile" if onefile else "")


def archive_format(system: str | None = None) -> str:
    return "tar.gz" if (system or platform.system()) == "Linux" else "zip"


def missing_xcb_packages(find: Callable[[str], bool] | None = None) -> list[str]:
    """Debian packages for the xcb libraries Qt needs that this (Linux) machine lacks."""
    find = find or _has_shared_library
    return [package for soname, package in XCB_LIBRARIES.items() if not find(soname)]


def _has_shared_library(soname: str) -> bool:
    try:
        listing = subprocess.run(
            ["ldconfig", "-p"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        listing = ""
    if f"{soname} " in listing or f"/{soname}\n" in listing:
        return True
    return any(
        Path(folder, soname).exists()
        for folder in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64")
    )


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# --- the PyInstaller spec ---------------------------------------------------------------------

LAUNCHER = """\
import sys

from dagbog.__main__ import main

sys.exit(main())
"""


def icon_for(system: str) -> Path | None:
    name = {"Windows": "dagbog.ico", "Darwin": "dagbog.icns"}.get(system, "dagbog-256.png")
    path = ICON_DIR / name
    return path if path.exists() else None


def spec_text(*, name: str, onefile: bool, system: str, launcher: Path) -> str:
    """The PyInstaller spec; the filters are imported from this file when PyInstaller runs it."""
    icon = icon_for(system)
    windowed = system in ("Windows", "Darwin")
    strip = system != "Windows"
    common = f"icon={str(icon) if icon else None!r}, strip={strip}, upx=False"
    analysis = f"""\
# Generated by build_installer.py - edit that file, not this one.
import sys

sys.path.insert(0, {str(ROOT)!r})
import build_installer as bi
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

a = Analysis(
    [{str(launcher)!r}],
    pathex=[{str(ROOT)!r}],
    datas=[({str(ROOT / "resources")!r}, "resources")]
    + collect_data_files("reportlab")
    + collect_data_files("holidays", includes=bi.holiday_catalogues()),
    hiddenimports=collect_submodules("dagbog") + ["pypdf"],
    excludes=bi.EXCLUDED_MODULES,
    noarchive=False,
)
a.binaries = bi.filter_toc(a.binaries)
a.datas = bi.filter_toc(a.datas)
if sys.platform.startswith("linux"):
    a.binaries = bi.prune_unlinked_libraries(a.binaries, bi.pyinstaller_needed)
a.datas = bi.drop_dangling_symlinks(a.datas, a.binaries)
pyz = PYZ(a.pure)
"""
    if onefile:
        target = "exe"
        body = (
            f"exe = EXE(pyz, a.scripts, a.binaries, a.datas, [], name={name!r},\n"
            f"          console={not windowed}, {common})\n"
        )
    else:
        target = "coll"
        body = (
            f"executables = [EXE(pyz, a.scripts, [], exclude_binaries=True, name={APP_NAME!r},\n"
            f"                   console={not windowed}, {common})]\n"
        )
        if system == "Windows":  # a windowed .exe has no stdout: add a console one for the CLI
            body += (
                f"executables.append(EXE(pyz, a.scripts, [], exclude_binaries=True,\n"
                f"                       name={CLI_NAME!r}, console=True, {common}))\n"
            )
        body += (
            f"coll = COLLECT(*executables, a.binaries, a.datas, strip={strip}, upx=False,\n"
            f"               name={name!r})\n"
        )
    if system == "Darwin":
        body += (
            f"app = BUNDLE({target}, name={name + '.app'!r},\n"
            f"             icon={str(icon) if icon else None!r},\n"
            f'             bundle_identifier="dk.dagbog.Dagbog")\n'
        )
    return analysis + body


def inno_setup_script(*, version: str, source_dir: Path, output_dir: Path, base_name: str) -> str:
    """An Inno Setup script: per-user install (no administrator), Start menu entry."""
    return f"""\
; Generated by build_installer.py
[Setup]
AppId={{{{6B1C4E0A-3D5F-4C36-9A57-2E8D7F1B0C11}}
AppName={APP_NAME}
AppVersion={version}
AppPublisher=Dagbog
DefaultDirName={{autopf}}\\{APP_NAME}
DefaultGroupName={APP_NAME}
PrivilegesRequired=lowest
OutputDir={output_dir}
OutputBaseFilename={base_name}-setup
SetupIconFile={ICON_DIR / "dagbog.ico"}
UninstallDisplayIcon={{app}}\\{APP_NAME}.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\\Danish.isl"

[Tasks]
Name: "desktopicon"; Description: "{{cm:CreateDesktopIcon}}"; Flags: unchecked

[Files]
Source: "{source_dir}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{{group}}\\{APP_NAME}"; Filename: "{{app}}\\{APP_NAME}.exe"
Name: "{{autodesktop}}\\{APP_NAME}"; Filename: "{{app}}\\{APP_NAME}.exe"; Tasks: desktopicon
"""


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (candidate := Path(base, "Inno Setup 6", "ISCC.exe")).exists():
            return str(candidate)
    return None


def make_archive(source: Path, fmt: str) -> Path:
    """Pack the bundle folder (or .app) into dist/<name>.tar.gz or .zip, top folder included."""
    target = source.with_name(source.name + "." + fmt)
    if fmt == "tar.gz":
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(source, arcname=source.name)
    else:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(source.rglob("*")):
                archive.write(path, Path(source.name, path.relative_to(source)))
    return target


def executable_in(bundle: Path, system: str, onefile: bool) -> Path:
    """The program to run for the CLI (selftest) inside a built bundle."""
    if system == "Darwin":
        return (
            bundle.with_name(bundle.name + ".app")
            / "Contents"
            / "MacOS"
            / (bundle.name if onefile else APP_NAME)
        )
    if onefile:
        return bundle.with_name(bundle.name + (".exe" if system == "Windows" else ""))
    if system == "Windows":
        return bundle / f"{CLI_NAME}.exe"
    return bundle / APP_NAME


def run_selftest(executable: Path) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"Selvtest: {executable} selftest", flush=True)
    return subprocess.run([str(executable), "selftest"], env=env, check=False).returncode


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Compile the catalogues (resources/translations/*.ts) to the .qm files the bundle ships.

    The .qm files are not committed; they land beside the .ts (ignored by git) and go into the
    bundle with the rest of resources/. Run from the sources, Dagbog compiles them itself.
    """
    from dagbog.ui import i18n

    folder = folder or ROOT / "resources" / "translations"
    built = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if not i18n.compile_catalogue(source, target):
            raise SystemExit(f"Oversættelsen {source.name} kunne ikke oversættes med lrelease.")
        built.append(target)
    return built


def build(onefile: bool = False, *, selftest: bool = False, dist: Path | None = None) -> Path:
    """Build the bundle (and its archive); returns the path of the folder or single file."""
    system = platform.system()
    dist = dist or ROOT / "dist"
    work = ROOT / "build" / "pyinstaller"
    if system == "Linux":
        missing = missing_xcb_packages()
        if missing:
            raise SystemExit(
                "Qt's xcb-platform kræver biblioteker, som mangler på denne maskine; uden dem går "
                "pakken ned under X. Installér dem først:\n"
                f"    sudo apt-get install {' '.join(missing)}"
            )
    compile_translations()
    version = read_version()
    name = bundle_name(version, platform_tag(), onefile)
    work.mkdir(parents=True, exist_ok=True)
    launcher = work / "launch_dagbog.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    spec = work / f"{name}.spec"
    spec.write_text(
        spec_text(name=name, onefile=onefile, system=system, launcher=launcher), encoding="utf-8"
    )
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level",
               "WARN", "--distpath", str(dist), "--workpath", str(work), str(spec)]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)
    seconds = time.monotonic() - started
    output = dist / name
    shipped = output.with_name(name + ".app") if system == "Darwin" else output
    if onefile and system == "Windows":
        shipped = output.with_name(name + ".exe")
    print(f"Bygget på {seconds:.0f} s: {shipped}")
    label = "Størrelse" if onefile else "Størrelse udpakket"
    print(f"{label}: {megabytes(folder_size(shipped))}")
    if not onefile:
        archive = make_archive(shipped, archive_format(system))
        print(f"Arkiv: {archive} ({megabytes(archive.stat().st_size)})")
        if system == "Windows":
            _inno_setup(version, shipped, dist, name)
    if selftest:
        code = run_selftest(executable_in(output, system, onefile))
        if code != 0:
            raise SystemExit(f"Selvtesten fejlede (kode {code}).")
    return shipped


def _inno_setup(version: str, source: Path, dist: Path, name: str) -> None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (iscc) findes ikke: ingen setup.exe, kun zip-filen.")
        return
    script = ROOT / "build" / f"{name}.iss"
    script.write_text(
        inno_setup_script(version=version, source_dir=source, output_dir=dist, base_name=name),
        encoding="utf-8",
    )
    subprocess.run([iscc, str(script)], check=True)
    print(f"Setup-program: {dist / (name + '-setup.exe')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Byg en Dagbog-pakke til denne platform.")
    parser.add_argument("--onefile", action="store_true", help="én eksekverbar fil i stedet")
    parser.add_argument(
        "--selftest", action="store_true", help="kør pakkens selvtest efter bygningen"
    )
    parser.add_argument("--dist", type=Path, help="hvor pakken lægges (standard: dist/)")
    parser.add_argument(
        "--missing-xcb",
        action="store_true",
        help="skriv kun de Debian-pakker med xcb-biblioteker, der mangler (bruges af .ci/run)",
    )
    args = parser.parse_args(argv)
    if args.missing_xcb:
        if platform.system() == "Linux":
            print(" ".join(missing_xcb_packages()))
        return 0
    build(args.onefile, selftest=args.selftest, dist=args.dist)
    return 0


if __name__ == "__main__":
    sys.exit(main())
