"""The one build step pyproject.toml cannot express: the base map goes into the wheel.

``sitroom serve`` draws its map from Natural Earth country outlines that come from the npm package
``world-atlas`` (pinned by package-lock.json, installed by ``npm ci``; nothing is committed, nothing loaded
from a CDN). A checkout finds them in ``node_modules/`` (serve/assets.py); an installed wheel has no
``node_modules``, so the build copies the file the app uses, with the package's licence, into
``sitroom/serve/atlas/``. The sdist carries the same two files (MANIFEST.in), so a wheel built from it has
them too. A build without them fails: a wheel without its map is the bug this step exists to prevent.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
ATLAS_SOURCE = HERE / "node_modules" / "world-atlas"
# The 1:50m outlines serve/assets.py prefers (borders stay recognisable zoomed to Iraq and Syria), and the
# package's licence (ISC; the data itself is Natural Earth, public domain).
ATLAS_FILES = ("countries-50m.json", "LICENSE")
ATLAS_TARGET = ("sitroom", "serve", "atlas")


class BuildPyWithAtlas(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install runs from the checkout, which finds node_modules/ itself
        missing = [name for name in ATLAS_FILES if not (ATLAS_SOURCE / name).is_file()]
        if missing:
            raise SystemExit(
                f"base map missing: {', '.join(str(ATLAS_SOURCE / n) for n in missing)} "
                "(run `npm ci` at the repository root before building)"
            )
        target = Path(self.build_lib, *ATLAS_TARGET)
        self.mkpath(str(target))
        for name in ATLAS_FILES:
            self.copy_file(str(ATLAS_SOURCE / name), str(target / name))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        # Listed so the wheel's RECORD and `--record` installs know the copied files.
        outputs: list[str] = list(super().get_outputs(include_bytecode))
        if not self.editable_mode:
            outputs.extend(str(Path(self.build_lib, *ATLAS_TARGET, name)) for name in ATLAS_FILES)
        return outputs


setup(cmdclass={"build_py": BuildPyWithAtlas})
