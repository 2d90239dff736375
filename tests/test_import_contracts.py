"""The import contracts of pyproject.toml ([tool.importlinter], run by `make lint`) hold, and they do catch
what they are for: a copy of the package with a stray import added fails them (issue 14)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter")

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "sitroom"


def _lint_imports(src_root: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # The contracts are read from the repository's own pyproject.toml; only the code under check changes.
    shutil.copy(ROOT / "pyproject.toml", cwd / "pyproject.toml")
    env = {**os.environ, "PYTHONPATH": str(src_root)}
    script = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run([sys.executable, "-c", script, "--no-cache"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def src_copy(tmp_path: Path) -> Path:
    root = tmp_path / "src"
    shutil.copytree(SRC, root / "sitroom", ignore=shutil.ignore_patterns("__pycache__", "*.json", "*.toml"))
    return root


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_repository_keeps_its_import_contracts(tmp_path: Path) -> None:
    result = _lint_imports(ROOT / "src", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "stray", "broken"),
    [
        ("clean/language.py", "import duckdb", "Only sitroom.store imports DuckDB"),
        ("export.py", "import sitroom.picture", "No import cycles"),
        ("annotate/nlp.py", "from sitroom.extract import spans", "Stages import only downward"),
        ("serve/render.py", "import sitroom.resolve.gazetteer", "never import extract/ or resolve/"),
    ],
)
def test_a_stray_import_breaks_a_contract(src_copy: Path, tmp_path: Path, module: str, stray: str,
                                          broken: str) -> None:
    _append(src_copy / "sitroom" / module, stray)
    result = _lint_imports(src_copy, tmp_path)
    assert result.returncode != 0
    # The summary has one "<contract name> KEPT|BROKEN" line per contract: this one must be the broken one.
    assert any(broken in line and line.rstrip().endswith("BROKEN") for line in result.stdout.splitlines()), (
        result.stdout)
