"""tests/shared_material.py: a test that needs ../shared skips without it, and fails instead when CI is set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.shared_material import in_ci, require_shared

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("1", True), ("yes", True), ("", False),
                                                 ("false", False), ("0", False)])
def test_in_ci_reads_the_ci_variable(monkeypatch: pytest.MonkeyPatch, value: str, expected: bool) -> None:
    monkeypatch.setenv("CI", value)
    assert in_ci() is expected


def test_missing_material_skips_outside_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="shared material missing"):
        require_shared(tmp_path / "gold" / "seeds")


def test_missing_material_fails_in_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        require_shared(tmp_path, tmp_path / "gold" / "seeds")


def test_present_material_lets_the_test_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CI", "true")
    assert require_shared(tmp_path) is None


def _run_marked_test(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    # The conftest hook end to end: a throwaway pytest run whose conftest is this project's hook.
    (tmp_path / "conftest.py").write_text("from tests.conftest import pytest_runtest_setup  # noqa: F401\n")
    (tmp_path / "test_gate.py").write_text(
        "from pathlib import Path\n"
        "from tests.shared_material import needs_shared\n"
        "@needs_shared(Path('/nonexistent/shared/gold'))\n"
        "def test_gate():\n"
        "    raise AssertionError('must not run')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "src"), env.get("PYTHONPATH", "")])
    if ci is not None:
        env["CI"] = ci
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", "-o", "addopts=",
                           "test_gate.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_a_marked_test_is_skipped_without_ci(tmp_path: Path) -> None:
    proc = _run_marked_test(tmp_path, None)
    assert proc.returncode == 0, proc.stdout
    assert "1 skipped" in proc.stdout and "shared material missing" in proc.stdout


@pytest.mark.slow
def test_a_marked_test_errors_in_ci_and_never_runs(tmp_path: Path) -> None:
    proc = _run_marked_test(tmp_path, "true")
    assert proc.returncode == 1, proc.stdout
    assert "1 error" in proc.stdout and "CI is set" in proc.stdout
    assert "must not run" not in proc.stdout
