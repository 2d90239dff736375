"""How the CLI ends on an error: one ``CODE: message`` line on stderr and a non-zero exit, for every command.

Commands catch the SitroomErrors they expect; ``CodedGroup`` is the net under all of them, so a full disk,
a database that breaks while in use or an output file that cannot be written (E305-E307) also ends with one
line instead of a traceback. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import os
from typing import Any

import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup

from sitroom.errors import SitroomError

err = Console(stderr=True)
EXIT_ERROR = 2  # a command that could not do its job (E1xx-E5xx); 1 is "done, but with findings"


def print_coded(code: str, message: str) -> None:
    """One line however long (soft_wrap: no folding at the console width), message never read as markup."""
    err.print(Text.assemble((code, "bold red"), f": {message}"), soft_wrap=True)


def fail(exc: SitroomError, code: int = EXIT_ERROR) -> typer.Exit:
    print_coded(exc.code, exc.message)
    return typer.Exit(code=code)


def print_warning(code: str, message: str) -> None:
    err.print(Text.assemble((code, "bold yellow"), f": {message}"), soft_wrap=True)


def _storage_error(exc: Exception, args: list[str]) -> SitroomError | None:
    from sitroom.store.failures import storage_error  # the store knows DuckDB's exceptions; the CLI does not

    return storage_error(exc, db_argument(args))


def db_argument(args: list[str]) -> str:
    """The database a command line names (``--db``, else $SITROOM_DB, else the default), for messages about
    failures the command did not catch itself (its own parsed options are gone by then)."""
    for i, arg in enumerate(args):
        if arg == "--db" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--db="):
            return arg.removeprefix("--db=")
    return os.environ.get("SITROOM_DB") or "sitroom.duckdb"


class CodedGroup(TyperGroup):
    """The command group: turns a SitroomError or a storage failure escaping any command into one line."""

    def invoke(self, ctx: Any) -> Any:  # Any: typer vendors its own click, whose Context this is
        args = [*getattr(ctx, "_protected_args", []), *ctx.args]
        try:
            return super().invoke(ctx)
        except SitroomError as exc:
            raise fail(exc) from exc
        except Exception as exc:  # typer.Exit and usage errors are not storage errors: they pass through
            translated = _storage_error(exc, args)
            if translated is None:
                raise
            raise fail(translated) from exc
