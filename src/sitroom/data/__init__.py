"""The one way to read sitroom's data files: ``load(GazetteerFile)`` parses ``sitroom/data/gazetteer.toml``
once and returns it as its validated model (``sitroom.data.schemas``), so a misspelt key stops the run with
E503 naming the file and the key instead of being silently ignored, and code reads ``gazetteer.not_places``
(checked by mypy) instead of ``data.get("not_places", [])``.

This module sits below every pipeline stage (it imports only ``sitroom.errors`` and pydantic), so
clean/, annotate/, extract/, resolve/ and picture/ all read their rules here without importing each
other. Models are shared by everyone who loads the same file: callers must not change them.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationError

from sitroom.data.schemas import SCHEMAS
from sitroom.errors import SitroomError

__all__ = ["SCHEMAS", "load", "load_file", "parse"]

M = TypeVar("M", bound=BaseModel)
_FILES: dict[type[BaseModel], str] = {schema: name for name, schema in SCHEMAS.items()}


def _key_errors(exc: ValidationError) -> str:
    # "types.attack.nuons: Extra inputs are not permitted" — the dotted path is the key to fix.
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}" for err in exc.errors()[:5]
    )


def _file(schema: type[BaseModel]) -> str:
    try:
        return _FILES[schema]
    except KeyError:
        raise SitroomError("E503", path=schema.__name__, detail="not the schema of a data file") from None


def parse(schema: type[M], text: str, path: str) -> M:
    """TOML ``text`` in the format of ``schema``'s data file (e.g. a user's actors extension file read from
    ``path``), parsed and checked; E503 naming ``path`` and the offending keys if it does not fit."""
    _file(schema)
    try:
        raw: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SitroomError("E503", path=path, detail=str(exc)) from exc
    try:
        return schema.model_validate(raw)
    except ValidationError as exc:
        raise SitroomError("E503", path=path, detail=_key_errors(exc)) from exc


def load_file(schema: type[M], path: str | Path) -> M:
    """The file at ``path``, read as ``schema``'s data file (tests point this at edited copies)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SitroomError("E503", path=str(path), detail=str(exc)) from exc
    return parse(schema, text, str(path))


def load(schema: type[M]) -> M:
    """The packaged data file of ``schema`` (``sitroom/data/<name>``), parsed and checked once per process."""
    return cast(M, _load(schema))


@cache  # not on ``load`` itself: functools.cache would hide its generic return type from mypy
def _load(schema: type[BaseModel]) -> BaseModel:
    ref = resources.files("sitroom") / "data" / _file(schema)
    try:
        text = ref.read_text(encoding="utf-8")
    except OSError as exc:
        raise SitroomError("E503", path=str(ref), detail=str(exc)) from exc
    return parse(schema, text, str(ref))
