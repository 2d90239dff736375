"""Opening inputs safely: only regular files are ever opened, with a size cap, and every failure is coded.

``open()`` on a FIFO blocks until a writer appears (forever, in a folder nobody writes to), and a device
can block or never end; so the kind is checked with ``stat`` before opening, and again with ``fstat`` on
the descriptor (opened non-blocking) in case the path was swapped in between.
"""

from __future__ import annotations

import errno as errnos
import os
import stat
from collections.abc import Callable
from pathlib import Path

from sitroom.errors import CATALOGUE, problem
from sitroom.models import IngestProblem

# stat predicates for the kinds of file that are never opened, with the name the report gives them.
SPECIAL_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISFIFO, "named pipe (FIFO)"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISDIR, "directory"),
)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


class Unreadable(Exception):
    """Why a path could not be read, as a catalogue code and its fields."""

    def __init__(self, code: str, errno: int | None = None, **kw: object) -> None:
        self.code = code
        self.errno = errno
        self.kw = kw
        self.message = CATALOGUE[code].format(**kw)
        super().__init__(f"{code}: {self.message}")

    def problem(self, where: str) -> IngestProblem:
        return problem(where, self.code, **self.kw)


def special_kind(mode: int) -> str | None:
    """The report name of a file that is not regular (FIFO, socket, device, ...), None for a regular one."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for is_kind, kind in SPECIAL_KINDS if is_kind(mode)), "not a regular file")


def _missing(path: Path) -> Unreadable:
    """A path stat cannot find: a symlink pointing nowhere is reported as such, not as a vanished file."""
    if path.is_symlink():
        return Unreadable("E115", target=os.readlink(path))
    return Unreadable("E102", errno=errnos.ENOENT, reason="the file vanished while reading")


def _os_error(exc: OSError) -> Unreadable:
    return Unreadable("E102", errno=exc.errno, reason=exc.strerror or str(exc))


def check_regular(path: Path) -> int:
    """The size of the regular file at ``path``; raises Unreadable for anything else."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as exc:
        raise _os_error(exc) from None
    kind = special_kind(st.st_mode)
    if kind is not None:
        raise Unreadable("E114", kind=kind)
    return st.st_size


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes``; raises Unreadable otherwise."""
    size = check_regular(path)
    if size > max_bytes:
        raise Unreadable("E105", size=size, limit=max_bytes)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as exc:
        raise _os_error(exc) from None
    try:
        kind = special_kind(os.fstat(fd).st_mode)  # the path may have been swapped since the stat
        if kind is not None:
            raise Unreadable("E114", kind=kind)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since the stat
    except OSError as exc:
        raise _os_error(exc) from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise Unreadable("E105", size=len(data), limit=max_bytes)
    return data
