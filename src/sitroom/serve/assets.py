"""Where the front-end data lives: inside the installed package, or where setup installed it.

Nothing is committed and nothing comes from a CDN: the world boundaries are Natural Earth data from the
npm package ``world-atlas`` (see package.json at the repository root). A built wheel carries the file in
``sitroom/serve/atlas/`` (setup.py copies it there at build time); a checkout finds it in the
``node_modules/`` that ``npm ci`` filled; ``SITROOM_NODE_MODULES`` points elsewhere.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

ATLAS_PACKAGE = "world-atlas"
# 1:50m keeps coastlines and borders recognisable when the map zooms to one region (Iraq and Syria);
# 1:110m is the fallback when only the small file is there.
ATLAS_FILES = ("countries-50m.json", "countries-110m.json")
# Where a wheel install has it (setup.py's build step; the same file names as the npm package).
PACKAGED_ATLAS = Path(__file__).resolve().parent / "atlas"


def _candidates() -> list[Path]:
    found: list[Path] = []
    env = os.environ.get("SITROOM_NODE_MODULES")
    if env:
        found.append(Path(env))
    here = Path(__file__).resolve()
    found.extend(parent / "node_modules" for parent in here.parents)
    found.append(Path.cwd() / "node_modules")
    return found


@cache
def node_modules_dir() -> Path | None:
    """The first ``node_modules`` folder holding the atlas, or None when setup has not installed it."""
    for candidate in _candidates():
        if (candidate / ATLAS_PACKAGE).is_dir():
            return candidate
    return None


@cache
def atlas_path() -> Path | None:
    """The TopoJSON file of country boundaries, or None (the map then draws markers on a plain grid)."""
    for name in ATLAS_FILES:
        if (PACKAGED_ATLAS / name).is_file():
            return PACKAGED_ATLAS / name
    base = node_modules_dir()
    if base is None:
        return None
    for name in ATLAS_FILES:
        path = base / ATLAS_PACKAGE / name
        if path.is_file():
            return path
    return None
