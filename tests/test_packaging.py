"""What a built wheel and sdist carry: the base map (setup.py's build step), the data files, the export
schema, SPDX licence metadata, and a build that setuptools does not warn about.

The build runs on a copy of the tracked sources in a temporary folder, through setuptools' PEP 517 backend
in this interpreter (no build isolation, so nothing is fetched: setuptools comes from requirements/lock.txt).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ATLAS = ROOT / "node_modules" / "world-atlas"

pytestmark = pytest.mark.slow

_BUILD = """
import sys, warnings
warnings.simplefilter("always")
from setuptools import build_meta
out = sys.argv[1]
print("SDIST", build_meta.build_sdist(out))
print("WHEEL", build_meta.build_wheel(out))
"""


def _copy_sources(dest: Path, with_atlas: bool) -> None:
    tracked = subprocess.run(["git", "ls-files", "-z", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md",
                              "LICENSE", "src"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    for rel in filter(None, tracked.split("\0")):
        if not (ROOT / rel).is_file():
            continue
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, dest / rel)
    if with_atlas:
        shutil.copytree(ATLAS, dest / "node_modules" / "world-atlas")


def _build(src: Path, out: Path) -> subprocess.CompletedProcess[str]:
    out.mkdir()
    return subprocess.run([sys.executable, "-c", _BUILD, str(out)], cwd=src, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    if not (ATLAS / "countries-50m.json").is_file():
        pytest.fail("node_modules/world-atlas missing: `make setup` runs npm ci")
    src = tmp_path_factory.mktemp("src")
    _copy_sources(src, with_atlas=True)
    out = src / "dist"
    proc = _build(src, out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    wheel = next(out.glob("sitroom-*.whl"))
    sdist = next(out.glob("sitroom-*.tar.gz"))
    return wheel, sdist, proc.stdout + proc.stderr


def test_the_wheel_ships_the_base_map_the_app_loads(built: tuple[Path, Path, str]) -> None:
    wheel, _, _ = built
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        topo = json.loads(zf.read("sitroom/serve/atlas/countries-50m.json"))
    assert "sitroom/serve/atlas/LICENSE" in names
    assert topo["type"] == "Topology" and "countries" in topo["objects"]
    assert len(topo["objects"]["countries"]["geometries"]) > 200
    # The file is byte-for-byte the pinned npm package's.
    with zipfile.ZipFile(wheel) as zf:
        assert zf.read("sitroom/serve/atlas/countries-50m.json") == (ATLAS / "countries-50m.json").read_bytes()


def test_the_wheel_ships_data_files_schema_and_templates(built: tuple[Path, Path, str]) -> None:
    wheel, _, _ = built
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert "sitroom/schema/sitroom-1.schema.json" in names
    data_files = {p.relative_to(ROOT / "src").as_posix() for p in (ROOT / "src/sitroom/data").rglob("*.toml")}
    assert data_files and data_files <= names
    assert any(n.startswith("sitroom/serve/templates/") for n in names)


def test_licence_metadata_is_an_spdx_expression(built: tuple[Path, Path, str]) -> None:
    wheel, _, _ = built
    with zipfile.ZipFile(wheel) as zf:
        meta_name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(zf.read(meta_name).decode("utf-8"))
        names = zf.namelist()
    assert meta["License-Expression"] == "Apache-2.0"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_the_build_raises_no_setuptools_deprecation_warning(built: tuple[Path, Path, str]) -> None:
    _, _, log = built
    assert "SDIST" in log and "WHEEL" in log
    assert "Deprecat" not in log, log[-3000:]


def test_the_sdist_carries_the_base_map_so_a_wheel_built_from_it_has_one(built: tuple[Path, Path, str]) -> None:
    _, sdist, _ = built
    with tarfile.open(sdist) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    assert {"node_modules/world-atlas/countries-50m.json", "node_modules/world-atlas/LICENSE", "setup.py",
            "LICENSE"} <= names


def test_a_build_without_the_base_map_fails_and_says_how_to_get_it(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (tmp_path / "dist").mkdir()
    _copy_sources(src, with_atlas=False)
    proc = subprocess.run([sys.executable, "-c", _BUILD.replace('print("SDIST", build_meta.build_sdist(out))', ""),
                           str(tmp_path / "dist")], cwd=src, capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    assert "base map missing" in proc.stdout + proc.stderr
    assert "npm ci" in proc.stdout + proc.stderr
