"""Who holds the database: one writer at a time, and a clear line (E601) for everyone else.

DuckDB lets one process open a file for writing (or several for reading), and refuses the others with
"Conflicting lock is held in /path/python3.11 (PID 546)", then points at a ``-readonly`` flag sitroom does
not have. That line becomes E601: which sitroom command holds the database, and what to run instead.

A server writes ``DB.holder.json`` (its PID, command and address) while it runs, so others can name it and
its URL; for any other process the command line in ``/proc`` says what it is (Linux; elsewhere only the
PID is known).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sitroom.errors import SitroomError

HOLDER_SUFFIX = ".holder.json"
_LOCK_RE = re.compile(r"Conflicting lock is held in (?P<exe>.*?) \(PID (?P<pid>\d+)\)")
# The sitroom commands that open a database, to name the holder from its command line.
COMMANDS = ("ingest", "serve", "fetch", "watch", "sources", "rebuild", "export", "stats", "picture")


def holder_path(db: str | Path) -> Path:
    return Path(f"{db}{HOLDER_SUFFIX}")


@contextmanager
def holding(db: str | Path, command: str, **details: Any) -> Iterator[None]:
    """Announce, while the block runs, that this process holds ``db`` as ``command`` (e.g. a server's URL)."""
    path = holder_path(db)
    record = {"pid": os.getpid(), "command": command, **details}
    with suppress(OSError):  # a read-only folder: the holder is then named from its command line only
        path.write_text(json.dumps(record), encoding="utf-8")
    try:
        yield
    finally:
        with suppress(OSError, ValueError):
            if json.loads(path.read_text(encoding="utf-8")).get("pid") == os.getpid():
                path.unlink()


def read_holder(db: str | Path, pid: int) -> dict[str, Any] | None:
    """The holder record of ``db`` if process ``pid`` wrote it (a stale file from a dead server is ignored)."""
    try:
        record = json.loads(holder_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and record.get("pid") == pid else None


def process_command(pid: int) -> str | None:
    """``sitroom ingest`` (say) when process ``pid`` runs a sitroom command, else None."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    args = [a.decode("utf-8", "replace") for a in raw.split(b"\0") if a]
    if not any("sitroom" in Path(a).name for a in args):
        return None
    sub = next((a for a in args if a in COMMANDS), None)
    return f"sitroom {sub}" if sub else "sitroom"


def lock_error(path: str, exc: BaseException) -> SitroomError | None:
    """E601 for DuckDB's lock conflict on ``path``, None for any other error."""
    m = _LOCK_RE.search(str(exc))
    if m is None:
        return None
    pid = int(m.group("pid"))
    record = read_holder(path, pid)
    command = str(record["command"]) if record else process_command(pid)
    if command is None:
        return SitroomError("E601", path=path, holder=f"another process (PID {pid}, {m.group('exe')})",
                            advice="wait for it to finish or stop it, then run this again")
    holder = f"`{command}` (PID {pid}" + (f", {record['url']}" if record and record.get("url") else "") + ")"
    if command == "sitroom serve":
        advice = (f"stop it and run this again, or let the server take new files: "
                  f"`sitroom serve --db {path} --follow --watch DIR` ingests what lands in DIR")
        if record and record.get("allow_ingest"):
            advice += "; it accepts uploads too: run this with --token TOKEN to hand the files over"
    else:
        advice = "wait for it to finish, then run this again (one process writes a database at a time)"
    return SitroomError("E601", path=path, holder=holder, advice=advice)
