"""files: only regular files are opened; FIFOs, sockets, dangling links and bad subfolders are coded lines."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from sitroom.ingest import read_paths
from sitroom.models import IngestProblem, Source

ARTICLE = "The coalition said on Monday that partner forces had detained four suspected militants.\n"


def _lines(*paths: Path) -> list[tuple[str, str]]:
    """(file name, code or 'ok') per item."""
    return [(Path(i.path).name, i.code if isinstance(i, IngestProblem) else "ok")
            for i in read_paths([str(p) for p in paths])]


def test_files_fifo_in_folder_and_given_directly_is_e114_without_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "z.txt").write_text(ARTICLE)
    assert _lines(tmp_path) == [("pipe.txt", "E114"), ("z.txt", "ok")]
    items = list(read_paths([str(tmp_path / "pipe.txt")]))
    assert isinstance(items[0], IngestProblem) and "FIFO" in items[0].message


def test_files_socket_and_device_are_never_opened(tmp_path: Path) -> None:
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "s.txt"))
        assert _lines(tmp_path / "s.txt") == [("s.txt", "E114")]
    finally:
        sock.close()
    assert _lines(Path("/dev/zero")) == [("zero", "E114")]


def test_files_dangling_symlink_is_e115(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    assert _lines(tmp_path) == [("gone.txt", "E115")]
    items = list(read_paths([str(tmp_path / "gone.txt")]))
    assert isinstance(items[0], IngestProblem) and "missing.txt" in items[0].message


def test_files_unreadable_subfolder_is_one_line_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "locked/b.txt", "z/c.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(ARTICLE)
    real = os.scandir

    def scandir(path: object) -> object:  # chmod does not stop root, so deny the listing here
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    assert _lines(tmp_path) == [("a.txt", "ok"), ("locked", "E102"), ("c.txt", "ok")]


def test_files_name_of_255_bytes_reads_without_sidecar_error(tmp_path: Path) -> None:
    f = tmp_path / ("n" * 251 + ".txt")  # 255 bytes: the sidecar name would be too long to exist
    f.write_text(ARTICLE)
    items = list(read_paths([str(f)]))
    assert len(items) == 1 and isinstance(items[0], Source)
