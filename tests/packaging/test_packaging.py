"""The desktop entry, AppStream metainfo, icons and MIME type agree on one application id."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bakeryplan import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / f"{APP_ID}.mime.xml"
HICOLOR = PACKAGING / "icons" / "hicolor"
MIME_TYPE = "application/x-bakeryplan"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_app_id_is_reverse_dns() -> None:
    assert APP_ID == "org.bakeryplan.BakeryPlan"
    assert APP_ID.endswith(APP_NAME)


def test_desktop_entry_uses_the_app_id_everywhere() -> None:
    entry = desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_ID
    assert entry["Exec"].split()[0] == "bakeryplan"
    assert MIME_TYPE in entry["MimeType"].split(";")


def test_metainfo_names_the_same_app_desktop_file_and_mime_type() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == APP_NAME
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.find("content_rating") is not None
    assert root.find("developer/name") is not None
    versions = [r.get("version") for r in root.iter("release")]
    assert __version__ in versions


def test_metainfo_screenshots_exist_in_docs() -> None:
    root = ET.parse(METAINFO).getroot()
    images = [image.text or "" for image in root.iter("image")]
    assert images, "the metainfo lists no screenshots"
    for url in images:
        assert url.startswith("https://")
        name = url.rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), f"missing screenshot {name}"


def test_mime_type_matches_the_plan_suffix() -> None:
    from bakeryplan.store.paths import PLAN_SUFFIX

    root = ET.parse(MIME).getroot()
    mime_type = root.find("m:mime-type", MIME_NS)
    assert mime_type is not None
    assert mime_type.get("type") == MIME_TYPE
    globs = [g.get("pattern") for g in mime_type.findall("m:glob", MIME_NS)]
    assert globs == [f"*{PLAN_SUFFIX}"]
    icon = mime_type.find("m:icon", MIME_NS)
    assert icon is not None and icon.get("name") == APP_ID


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_has_its_size(size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size)


def test_pyinstaller_spec_is_valid_python_naming_the_app() -> None:
    spec = PACKAGING / "bakeryplan.spec"
    source = spec.read_text(encoding="utf-8")
    compile(source, str(spec), "exec")
    assert f'APP_ID = "{APP_ID}"' in source


def test_pyinstaller_spec_bundles_what_is_imported_by_name() -> None:
    """Tabs, menu actions and export backends load by name: PyInstaller cannot see them.

    A build without them opened the window with every tab empty, and failed SVG and PDF
    exports ("No module named 'matplotlib.backends.backend_svg'").
    """
    from bakeryplan.reports.export import CHART_FORMATS

    source = (PACKAGING / "bakeryplan.spec").read_text(encoding="utf-8")
    assert '*collect_submodules("bakeryplan")' in source
    for fmt in CHART_FORMATS:
        if fmt != "png":  # Agg (PNG) is found through the Qt backend's imports
            assert f'"matplotlib.backends.backend_{fmt}"' in source


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_icon_is_stored_once_and_installed_from_resources() -> None:
    """The window's icon and the desktop's scalable icon are the same file."""
    from bakeryplan.resource_files import APP_ICON, resource_path

    assert resource_path(APP_ICON) == ROOT / "resources" / "icons" / f"{APP_ID}.svg"
    assert ET.parse(resource_path(APP_ICON)).getroot().tag.endswith("svg")
    assert not list(PACKAGING.rglob("*.svg")), "a second copy of the SVG icon in packaging/"
    spec = (PACKAGING / "bakeryplan.spec").read_text(encoding="utf-8")
    assert '"resources" / "icons" / f"{APP_ID}.svg"' in spec
    assert 'collect_data_files("bakeryplan.resources")' in spec


def test_every_package_is_listed_for_the_wheel() -> None:
    """pyproject lists the packages by hand (resources/ is mapped into the package)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        setuptools = tomllib.load(file)["tool"]["setuptools"]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "bakeryplan").rglob("__init__.py")
    }
    assert set(setuptools["packages"]) == on_disk | {"bakeryplan.resources"}
    assert setuptools["package-dir"] == {"bakeryplan.resources": "resources"}
