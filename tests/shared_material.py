"""Tests that need the shared evaluation material beside the project (``../shared``: dev seeds, gold,
the shared real set). On a developer's machine without it they are skipped; when ``CI`` is set they fail,
so a CI run that lost ``../shared`` cannot pass by skipping its quality gates."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def in_ci() -> bool:
    """``CI`` set to anything but an empty/false value (CI runs with CI=true)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_shared(*paths: Path) -> None:
    """Skip (outside CI) or fail (in CI) the running test when any of ``paths`` is missing."""
    missing = [str(p) for p in paths if not p.exists()]
    if not missing:
        return
    message = f"shared material missing: {', '.join(missing)}"
    if in_ci():
        pytest.fail(f"{message} (CI is set: the gate tests must run, not skip)", pytrace=False)
    pytest.skip(message)


def needs_shared(*paths: Path) -> pytest.MarkDecorator:
    """Mark a test that needs ``paths``; tests/conftest.py checks the mark before the test runs."""
    return pytest.mark.shared_material(*paths)
