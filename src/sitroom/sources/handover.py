"""Handing files to the server that holds the database, instead of failing on its lock.

A server started with ``--allow-ingest`` takes uploads at ``POST /api/ingest`` (bearer token). When such a
server holds the database, ``sitroom ingest PATHS --token T`` uploads each file to it and prints the
server's report as its own: the server stays the one writer. The server is found through the holder file
it writes (store/holder.py), and only while the process that wrote it is alive.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import httpx

from sitroom.errors import SitroomError, problem
from sitroom.ingest.readers import SUPPORTED_SUFFIXES
from sitroom.ingest.sidecars import SIDECAR_SUFFIX
from sitroom.models import IngestProblem, IngestReport
from sitroom.store.holder import holder_path, read_holder

UPLOAD_TIMEOUT = 600.0  # seconds: the server extracts the file before it answers


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def accepting_server(db: str | Path) -> dict[str, Any] | None:
    """The holder record of a live server on ``db`` that accepts uploads, else None."""
    try:
        import json

        pid = int(json.loads(holder_path(db).read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    record = read_holder(db, pid)
    if not record or record.get("command") != "sitroom serve" or not record.get("allow_ingest"):
        return None
    return record if _alive(pid) else None


def _files(paths: Sequence[str]) -> Iterator[Path | IngestProblem]:
    """The files ingest would read under ``paths``, in its order (folders recursively, hidden ones left out)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                rel = found.relative_to(path).parts
                if any(p.startswith(".") for p in rel) or found.name.endswith(SIDECAR_SUFFIX) or not found.is_file():
                    continue
                yield found
        elif path.is_file():
            yield path
        else:
            yield problem(raw, "E101", path=raw)


def hand_over(
    paths: Sequence[str], url: str, token: str, stdin: TextIO | None = None,
    transport: httpx.BaseTransport | None = None,
) -> IngestReport:
    """Upload every file under ``paths`` (``-``: stdin) to the server at ``url``; its reports merged, with
    each line naming the local path. E611 when the server cannot be reached or refuses the token."""
    report = IngestReport()
    with httpx.Client(base_url=url, timeout=UPLOAD_TIMEOUT, transport=transport,
                      headers={"Authorization": f"Bearer {token}"}) as client:
        for item in _files([p for p in paths if p != "-"]):
            if isinstance(item, IngestProblem):
                report.skipped.append(item)
            elif item.suffix.lower() not in SUPPORTED_SUFFIXES or not item.suffix:
                report.skipped.append(problem(str(item), "E111", suffix=item.suffix.lower()))
            else:
                _upload(client, url, item.name, item.read_bytes(), str(item), report)
        if "-" in paths and stdin is not None:
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
            _upload(client, url, "stdin.txt", data, "<stdin>", report)
    return report


def _upload(client: httpx.Client, url: str, name: str, body: bytes, local: str, report: IngestReport) -> None:
    try:
        response = client.post("/api/ingest", params={"filename": name}, content=body)
    except httpx.HTTPError as exc:
        raise SitroomError("E611", url=url, reason=f"{type(exc).__name__}: {exc}") from exc
    if response.status_code == 401:
        raise SitroomError("E611", url=url, reason="it refused the token (HTTP 401): give the one it printed "
                                                   "at start, with --token or SITROOM_TOKEN")
    if response.status_code != 200:
        raise SitroomError("E611", url=url, reason=f"HTTP {response.status_code} for {local}")
    got = response.json()
    report.ingested.extend(got.get("ingested", []))
    report.duplicates.extend((local, doc_id) for _, doc_id in got.get("duplicates", []))
    report.near_duplicates.extend(tuple(x) for x in got.get("near_duplicates", []))
    report.not_english.extend(tuple(x) for x in got.get("not_english", []))
    for key in ("skipped", "warnings"):
        getattr(report, key).extend(IngestProblem(path=local, code=p["code"], message=p["message"])
                                    for p in got.get(key, []))


def hand_over_if_held(
    exc: SitroomError, paths: Sequence[str], db: str | Path, token: str | None, stdin: TextIO | None = None
) -> IngestReport | None:
    """The server's report when ``exc`` says a server holds ``db`` and it takes ``token``'s uploads; None when
    the files cannot be handed over (the caller then reports ``exc``)."""
    if exc.code != "E601" or not token:
        return None
    server = accepting_server(db)
    if server is None or not server.get("url"):
        return None
    return hand_over(paths, str(server["url"]), token, stdin=stdin)
