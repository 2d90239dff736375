"""The one way to read sitroom's data files: ``load("gazetteer.toml")`` parses ``sitroom/data/<name>``
once and checks it against its schema (``sitroom.data.schemas``), so a misspelt key stops the run with
E503 naming the file and the key instead of being silently ignored.

This module sits below every pipeline stage (it imports only ``sitroom.errors`` and pydantic), so
clean/, annotate/, extract/, resolve/ and picture/ all read their rules here without importing each
other. It returns the parsed TOML as a plain dict: the loaders build their own compiled structures from
it, and keeping the dict means checking a file changes nothing about what the loaders see.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sitroom.data.schemas import SCHEMAS
from sitroom.errors import SitroomError

__all__ = ["SCHEMAS", "check", "load", "load_file", "parse"]


def _key_errors(exc: ValidationError) -> str:
    # "types.attack.nuons: Extra inputs are not permitted" — the dotted path is the key to fix.
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}" for err in exc.errors()[:5]
    )


def check(name: str, raw: dict[str, Any], path: str | None = None) -> dict[str, Any]:
    """``raw`` (parsed TOML in the format of data file ``name``) if it fits that file's schema; E503
    naming ``path`` (default: the data file) and the offending keys if not."""
    schema = SCHEMAS.get(name)
    if schema is None:
        raise SitroomError("E503", path=path or name, detail=f"no schema for data file {name!r}")
    try:
        schema.model_validate(raw)
    except ValidationError as exc:
        raise SitroomError("E503", path=path or f"sitroom/data/{name}", detail=_key_errors(exc)) from exc
    return raw


def parse(name: str, text: str, path: str) -> dict[str, Any]:
    """TOML ``text`` in the format of data file ``name`` (e.g. a user's actors extension file read from
    ``path``), parsed and checked."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SitroomError("E503", path=path, detail=str(exc)) from exc
    return check(name, raw, path)


def load_file(name: str, path: str | Path) -> dict[str, Any]:
    """The file at ``path``, read as data file ``name`` (tests point this at edited copies)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SitroomError("E503", path=str(path), detail=str(exc)) from exc
    return parse(name, text, str(path))


@cache
def load(name: str) -> dict[str, Any]:
    """The packaged data file ``sitroom/data/<name>``, parsed and checked once per process.

    Callers must not mutate the dict: it is shared by everyone who loads the same file."""
    ref = resources.files("sitroom") / "data" / name
    try:
        text = ref.read_text(encoding="utf-8")
    except OSError as exc:
        raise SitroomError("E503", path=str(ref), detail=str(exc)) from exc
    return parse(name, text, str(ref))
