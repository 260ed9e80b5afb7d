"""Build facilitator as a one-folder app with PyInstaller, on the system this runs on.

    python -m pip install -e '.[bundle]'
    python tools/bundle.py                 # dist/facilitator/ and, on Linux, .tar.gz and .deb

What it makes (in --out, default dist/):
- `facilitator/`: the app (`facilitator`, windowed on Windows and macOS) and
  `facilitator-cli` (a console program for `check`, `import`, `report`, ...:
  a windowed Windows program has no console to print to), sharing one
  `_internal/` with Python, Qt, the programmes, chimes, catalogues and icon.
- Windows: `facilitator-VERSION-windows-ARCH.zip` of the folder.
- macOS: `facilitator.app` (the same, as an app bundle with the .icns) and
  `facilitator-VERSION-macos-ARCH.zip` of it (made with `ditto`, which keeps
  its links and modes).
- Linux: `facilitator.desktop` and `facilitator.png` beside the programs,
  `facilitator-VERSION-linux-ARCH.tar.gz` of the folder, and, where
  `dpkg-deb` exists, `facilitator_VERSION_ARCH.deb` (the folder in
  /opt/facilitator, the launcher and the icons in /usr/share, and
  `facilitator` on the PATH).

Qt's pieces the app does not use are left out (QT_EXCLUDED, DROPPED
below, measured in docs/bundles.md); `--keep-everything` builds without
leaving anything out, to measure. PyInstaller builds only for the system it
runs on: Windows and macOS bundles are made on those systems
(.github/workflows/bundles.yml).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "facilitator"

#: Qt's Python modules that facilitator never imports. Used: QtCore, QtGui, QtWidgets,
#: QtMultimedia (the chimes; it needs QtNetwork). Kept for the LAN server, imported lazily:
#: QtNetwork, QtHttpServer, QtWebSockets. QtSvg only draws the icons in tools/make_icons.py;
#: the app reads PNGs.
QT_EXCLUDED = (
    "QtSvg", "QtSvgWidgets", "QtPrintSupport", "QtCharts", "QtDataVisualization", "QtGraphs",
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtQuickTest",
    "QtPdf", "QtPdfWidgets", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick",
    "QtWebChannel", "QtWebView", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic",
    "Qt3DAnimation", "Qt3DExtras", "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation",
    "QtSensors", "QtSerialPort", "QtSerialBus", "QtRemoteObjects", "QtScxml",
    "QtStateMachine", "QtTextToSpeech", "QtSpatialAudio", "QtSql", "QtTest", "QtDesigner",
    "QtHelp", "QtUiTools", "QtXml", "QtConcurrent", "QtDBus", "QtOpenGL", "QtOpenGLWidgets",
    "QtMultimediaWidgets", "QtAxContainer", "QtCanvasPainter",
)
#: Python modules of the standard library and others that nothing in the app imports.
PY_EXCLUDED = ("tkinter", "unittest", "pydoc", "pytest", "hypothesis", "mypy", "ruff")
#: Files left out of the bundle, matched (lower case, with /) against their path in it.
#: The app reads only PNG (built into QtGui) and draws no SVG; it needs the desktop's own
#: platform (xcb, wayland, windows, cocoa) and offscreen, not eglfs, linuxfb, vnc or minimal;
#: no virtual keyboard, no PDF image plugin (Qt PDF), no GTK 3 theme (it pulls in the
#: system's GTK, cairo and pango: Qt draws its own Fusion style). Qt Quick and QML stay:
#: Qt Multimedia's FFmpeg plugin links them, and the chimes' audio output needs that plugin;
#: the Qt SVG library stays for Wayland's window decorations.
#: A dropped plugin's libraries are dropped by name too: nothing else links them
#: (tests/test_bundle.py runs ldd over the whole Linux folder to hold that true).
DROPPED = (
    "*/plugins/imageformats/*svg*", "*/plugins/iconengines/*",
    "*/plugins/imageformats/*tiff*", "*/plugins/imageformats/*webp*",
    "*/plugins/imageformats/*pdf*", "*/plugins/imageformats/*icns*",
    "*/plugins/imageformats/*tga*", "*/plugins/imageformats/*wbmp*",
    "*/plugins/platforms/*eglfs*", "*/plugins/platforms/*linuxfb*",
    "*/plugins/platforms/*minimal*", "*/plugins/platforms/*vnc*",
    "*/plugins/platforms/*vkkhrdisplay*", "*/plugins/egldeviceintegrations/*",
    "*/plugins/platforminputcontexts/*virtualkeyboard*", "*/plugins/generic/*",
    "*/plugins/platformthemes/*gtk3*",
    "*qt6virtualkeyboard*", "*qt6pdf*", "*qt6eglfs*",
    "*/qtvirtualkeyboard*.framework/*", "*/qtpdf.framework/*",
    "*/libgtk-3.so*", "*/libgdk-3.so*", "*/libgdk_pixbuf-2.0.so*", "*/libatk-1.0.so*",
    "*/libatk-bridge-2.0.so*", "*/libatspi.so*", "*/libcairo.so*", "*/libcairo-gobject.so*",
    "*/libpango-1.0.so*", "*/libpangocairo-1.0.so*", "*/libpangoft2-1.0.so*",
    "*/libepoxy.so*", "*/libthai.so*", "*/libdatrie.so*", "*/libpixman-1.so*",
    "*/libfribidi.so*", "*/libharfbuzz.so*", "*/libgraphite2.so*", "*/libxcomposite.so*",
    "*/libxdamage.so*",
)
QT_TRANSLATIONS_KEPT = ("_da.qm", "_en.qm")


def version() -> str:
    text = (ROOT / "facilitator" / "__init__.py").read_text(encoding="utf-8")
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


def system() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def stage(work: Path) -> Path:
    """The package as it installs (facilitator/, its agendas and assets inside), in `work`."""
    staged = work / "stage"
    if staged.exists():
        shutil.rmtree(staged)
    package = staged / NAME
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")
    shutil.copytree(ROOT / "facilitator", package, ignore=ignore)
    shutil.copytree(ROOT / "agendas", package / "agendas", ignore=ignore)
    shutil.copytree(ROOT / "assets", package / "assets", ignore=ignore)
    (staged / "facilitator_main.py").write_text(
        '"""The bundle\'s entry: the `facilitator` command."""\n'
        "import sys\n\nfrom facilitator.__main__ import main\n\nsys.exit(main())\n",
        encoding="utf-8")
    return staged


def spec_text(staged: Path, keep_everything: bool) -> str:
    """A PyInstaller spec: one analysis, the app and the console program, one folder."""
    icons = ROOT / "assets" / "icons"
    icon = {"windows": icons / f"{NAME}.ico", "macos": icons / f"{NAME}.icns"}.get(system())
    package = staged / NAME
    datas = [(str(path), str(path.parent.relative_to(staged)))
             for path in sorted(package.rglob("*"))
             if path.is_file() and path.suffix != ".py" and "__pycache__" not in path.parts]
    # The Impress helper is run as a file by LibreOffice's own Python.
    datas.append((str(package / "slides" / "impress_helper.py"), f"{NAME}/slides"))
    excludes = [] if keep_everything else [
        *(f"PySide6.{module}" for module in QT_EXCLUDED), *PY_EXCLUDED]
    dropped = [] if keep_everything else list(DROPPED)
    windowed = system() in ("windows", "macos")
    return f"""# Written by tools/bundle.py; not kept.
import fnmatch
from PyInstaller.utils.hooks import collect_submodules

a = Analysis(
    [{str(staged / 'facilitator_main.py')!r}],
    pathex=[{str(staged)!r}],
    datas={datas!r},
    hiddenimports=collect_submodules("facilitator"),
    excludes={excludes!r},
    noarchive=False,
)
DROPPED = {dropped!r}
KEEP_EVERYTHING = {keep_everything!r}


def wanted(entry):
    where = "/" + entry[0].replace("\\\\", "/").lower()
    if any(fnmatch.fnmatch(where, pattern) for pattern in DROPPED):
        return False
    if not KEEP_EVERYTHING and "/translations/" in where and where.endswith(".qm"):
        return where.endswith({QT_TRANSLATIONS_KEPT!r})
    return True


a.binaries = [entry for entry in a.binaries if wanted(entry)]
a.datas = [entry for entry in a.datas if wanted(entry)]
pyz = PYZ(a.pure)
# UTF-8 mode: `check` and `import` print Danish text into a Windows pipe too, not cp1252.
utf8 = [("X utf8", None, "OPTION")]
app = EXE(pyz, a.scripts, utf8, exclude_binaries=True, name={NAME!r}, console={not windowed!r},
          icon={str(icon) if icon else None!r}, upx=False)
cli = EXE(pyz, a.scripts, utf8, exclude_binaries=True, name={NAME + '-cli'!r}, console=True,
          icon={str(icon) if icon else None!r}, upx=False)
folder = COLLECT(app, cli, a.binaries, a.datas, name={NAME!r}, upx=False)
if {system() == 'macos'!r}:
    BUNDLE(folder, name={NAME + '.app'!r}, icon={str(icon) if icon else None!r},
           bundle_identifier="dk.facilitator.app", version={version()!r},
           info_plist={{"NSHighResolutionCapable": True, "CFBundleDisplayName": {NAME!r}}})
"""


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def desktop_entry(exec_path: str, icon: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=facilitator\n"
        "GenericName=Meeting timer\n"
        "GenericName[da]=Mødeur\n"
        "Comment=A meeting timer for the person who runs the meeting\n"
        "Comment[da]=En mødeur til den, der leder mødet\n"
        f"Exec={exec_path} %f\n"
        f"Icon={icon}\n"
        "Terminal=false\n"
        "Categories=Office;Utility;\n"
        "MimeType=application/x-yaml;text/plain;text/markdown;\n"
        "StartupWMClass=facilitator\n"
    )


def linux_extras(folder: Path, out: Path) -> list[Path]:
    """The launcher and icon beside the programs, the .tar.gz and (with dpkg-deb) the .deb."""
    icons = ROOT / "assets" / "icons"
    shutil.copy2(icons / f"{NAME}-256.png", folder / f"{NAME}.png")
    # Exec is a path relative to nothing here; the .deb's entry names /opt (see below).
    (folder / f"{NAME}.desktop").write_text(desktop_entry(NAME, NAME), encoding="utf-8")
    arch = platform.machine() or "unknown"
    archive = out / f"{NAME}-{version()}-linux-{arch}.tar.gz"
    if shutil.which("tar"):  # four times faster than tarfile on 200 MB
        subprocess.run(["tar", "-C", str(out), "-czf", str(archive), NAME], check=True)
    else:
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=NAME)
    made = [archive]
    if shutil.which("dpkg-deb"):
        made.append(debian_package(folder, out))
    return made


def debian_package(folder: Path, out: Path) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    root = out / "deb"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(folder, root / "opt" / NAME, symlinks=True)
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{NAME}.desktop").write_text(
        desktop_entry(f"/opt/{NAME}/{NAME}", NAME), encoding="utf-8")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        target = root / "usr/share/icons/hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(ROOT / "assets" / "icons" / f"{NAME}-{size}.png", target / f"{NAME}.png")
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / NAME).symlink_to(f"/opt/{NAME}/{NAME}-cli")
    control = root / "DEBIAN"
    control.mkdir()
    installed_kb = folder_size(root) // 1024
    (control / "control").write_text(
        f"Package: {NAME}\nVersion: {version()}\nArchitecture: {arch}\n"
        "Maintainer: The facilitator authors <facilitator@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kb}\nSection: utils\nPriority: optional\n"
        # What the bundle takes from the system (all else is inside): glibc, OpenGL/EGL, libxcb
        # for X11 and libwayland for Wayland (tests/test_bundle.py lists them with ldd).
        "Depends: libc6, libegl1, libgl1, libxcb1, libdrm2\n"
        "Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1\n"
        "Description: meeting timer for the person who runs the meeting\n"
        " Shows where a meeting stands, sounds at the transitions and logs actual\n"
        " against planned times (a PyInstaller bundle with its own Python and Qt).\n",
        encoding="utf-8")
    deb = out / f"{NAME}_{version()}_{arch}.deb"
    # gzip, not dpkg-deb's xz: 81 MB instead of 57 MB, but 9 s instead of about 90 s in CI.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    return deb


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle")
    parser.add_argument("--keep-everything", action="store_true",
                        help="leave no Qt module or plugin out (to measure what excluding saves)")
    parser.add_argument("--no-packages", action="store_true",
                        help="only the folder: no .tar.gz or .deb on Linux")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("bundle.py: PyInstaller is missing: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    started = time.monotonic()
    out, work = args.out.resolve(), args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    staged = stage(work)
    spec = work / f"{NAME}.spec"
    spec.write_text(spec_text(staged, args.keep_everything), encoding="utf-8")
    folder = out / NAME
    pyinstaller.run(["--noconfirm", "--clean", "--log-level", "WARN", "--distpath", str(out),
                     "--workpath", str(work / "pyinstaller"), str(spec)])
    built = time.monotonic()
    made = [folder]
    arch = platform.machine().lower() or "unknown"
    if system() == "macos":
        made.append(out / f"{NAME}.app")
    if not args.no_packages:
        if system() == "linux":
            made += linux_extras(folder, out)
        elif system() == "windows":
            made.append(Path(shutil.make_archive(
                str(out / f"{NAME}-{version()}-windows-{arch}"), "zip", out, NAME)))
        else:
            archive = out / f"{NAME}-{version()}-macos-{arch}.zip"
            subprocess.run(["ditto", "-c", "-k", "--keepParent", str(out / f"{NAME}.app"),
                            str(archive)], check=True)
            made.append(archive)
    for path in made:
        size = folder_size(path) if path.is_dir() else path.stat().st_size
        print(f"{path}: {size / 1e6:.1f} MB")
    print(f"PyInstaller {built - started:.0f} s, packages {time.monotonic() - built:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
