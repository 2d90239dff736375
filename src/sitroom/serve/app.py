"""The app: one read-only ``Store`` shared by the worker threads, the API, the pages, headers, errors.

``create_app`` builds it (tests drive it in-process through httpx's ASGI transport); ``run`` serves it
with uvicorn on 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import Scope

from sitroom.errors import CATALOGUE, SitroomError
from sitroom.serve import api, api_sources, pages
from sitroom.serve.pagecache import PageCache
from sitroom.serve.queries import DocumentCache
from sitroom.serve.render import render
from sitroom.sources.follow import FollowConfig, Follower
from sitroom.store import Store
from sitroom.store.holder import holding

STATIC_DIR = Path(__file__).with_name("static")

# Scripts and styles only from this origin and never inline; no plugins, no framing, no <base> tricks.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

# Catalogue code -> HTTP status.
_STATUS = {"E401": 404, "E402": 400, "E301": 500, "E302": 503, "E303": 503}

# Names the server answers to whatever --host says: a page on another site that rebinds its own DNS name
# to 127.0.0.1 sends its own name in Host, so refusing unknown names keeps the database off other origins.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Extra names (comma-separated), e.g. the name of the machine when serving on a network.
HOSTS_ENV = "SITROOM_ALLOWED_HOSTS"
# Static files are linked with ?v=<content hash> (render.static_url): a versioned URL never changes
# content, so browsers may keep it for a year; an unversioned one only briefly.
STATIC_CACHE_VERSIONED = "public, max-age=31536000, immutable"
STATIC_CACHE_PLAIN = "public, max-age=3600"
FAVICON = Path(__file__).with_name("static") / "favicon.ico"

log = logging.getLogger(__name__)


def host_name(header: str) -> str:
    """The name part of a Host header value: no port, no IPv6 brackets, lower case."""
    value = header.strip().lower()
    if value.startswith("["):  # [::1]:8000
        return value[1:].split("]", 1)[0]
    name, _, port = value.rpartition(":")
    return name if name and port.isdigit() else value


def allowed_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names to answer: loopback names, ``extra`` (the --host value) and $SITROOM_ALLOWED_HOSTS.

    Serving on every interface (0.0.0.0 or ::) adds the machine's own names, which is what a colleague on
    the network types; any other name still needs $SITROOM_ALLOWED_HOSTS.
    """
    names = set(LOCAL_HOSTS)
    configured = [h for h in os.environ.get(HOSTS_ENV, "").split(",") if h.strip()]
    for host in [*extra, *configured]:
        name = host_name(host)
        if name in ("0.0.0.0", "::", ""):
            names.update({socket.gethostname().lower(), socket.getfqdn().lower()})
        else:
            names.add(name)
    return frozenset(names)


class CachedStatic(StaticFiles):
    """StaticFiles with Cache-Control: long for versioned URLs (?v=...), short otherwise."""

    def file_response(self, full_path: str | os.PathLike[str], stat_result: os.stat_result, scope: Scope,
                      status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        versioned = b"v=" in scope.get("query_string", b"")
        response.headers["Cache-Control"] = STATIC_CACHE_VERSIONED if versioned else STATIC_CACHE_PLAIN
        return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, code: str, message: str,
           headers: Mapping[str, str] | None = None) -> Response:
    # The security headers are set here as well as by the middleware: responses to unhandled errors are
    # made outside every middleware (Starlette's ServerErrorMiddleware), and must carry them too.
    all_headers = {**SECURITY_HEADERS, **(headers or {})}
    if _wants_json(request):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=all_headers)
    html = render("error.html", request, status=status, code=code, message=message, api_url=None)
    return HTMLResponse(html, status_code=status, headers=all_headers)


def _settle_picture(store: Store) -> bool:
    """A writable app finishes an interrupted picture rebuild before serving; a read-only one cannot, and
    reports that its picture is stale (``run`` prints W205). Returns whether it is still stale."""
    if store.read_only:
        return store.picture_stale()
    store.ensure_picture()
    return False


def create_app(
    db_path: str | Path, allow_ingest: bool = False, token: str | None = None, hosts: Iterable[str] = (),
    follow: FollowConfig | None = None,
) -> FastAPI:
    """The web app over the database at ``db_path`` (which must exist).

    Read-only by default. With ``allow_ingest`` the database is opened for writing and
    ``POST /api/ingest`` accepts files from clients that send ``Authorization: Bearer <token>``; the file
    must exist then (opening a mistyped path for writing would create an empty database).
    Requests are answered only for the Host names of ``allowed_hosts(hosts)``.
    """
    if allow_ingest and not token:
        raise ValueError("allow_ingest needs a token: clients must authenticate to write")
    if allow_ingest and not Path(db_path).is_file():
        raise SitroomError("E303", path=str(db_path))
    known_hosts = allowed_hosts(hosts)
    # DuckDB refuses two handles on one file with different modes in one process, and the ingest job
    # opens its own Store: with ingest allowed, the app's handle is a writer too.
    # A following server (sources/follow.py) is the database's one writer: its loops ingest in-process.
    store = Store(db_path, read_only=not (allow_ingest or follow))
    try:
        picture_stale = _settle_picture(store)
    except BaseException:
        store.close()
        raise
    follower = Follower(db_path, follow) if follow else None

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if follower:
            follower.start()
        yield
        if follower:
            follower.stop()
        store.close()

    app = FastAPI(
        title="sitroom",
        summary="The sourced situation picture: events, indicator series, statements, documents.",
        version="1",
        lifespan=lifespan,
        docs_url=None,  # the Swagger UI loads scripts from a CDN; the schema is at /api/openapi.json
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = store
    app.state.db_path = str(db_path)
    app.state.docs = DocumentCache(store)
    app.state.allow_ingest = allow_ingest
    app.state.token = token
    app.state.picture_stale = picture_stale
    app.state.hosts = known_hosts
    app.state.follower = follower
    # Pages of a database nothing can write while the app runs are kept (serve/pagecache.py).
    app.state.pages = None if (allow_ingest or follow) else PageCache()

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        host = host_name(request.headers.get("host", ""))
        if host not in known_hosts:
            message = f"this server does not answer for the host name {host!r} (see {HOSTS_ENV})"
            return _error(request, 400, "HTTP400", message)
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(SitroomError)
    async def sitroom_error(request: Request, exc: SitroomError) -> Response:
        return _error(request, _STATUS.get(exc.code, 500), exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        loc = first.get("loc", ("", "?"))
        name = str(loc[-1]) if loc else "?"
        value = first.get("input", "")
        message = CATALOGUE["E402"].format(name=name, value=value, reason=first.get("msg", "invalid"))
        return _error(request, 400, "E402", message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            message = CATALOGUE["E401"].format(kind="page", id=request.url.path)
            return _error(request, 404, "E401", message)
        return _error(request, exc.status_code, f"HTTP{exc.status_code}", str(exc.detail), exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        # Logged with its traceback for the operator; the client gets no internals (SQL, paths).
        log.error("unhandled error on %s", request.url.path, exc_info=exc)
        return _error(request, 500, "HTTP500", "the server could not answer this request")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(FAVICON, media_type="image/x-icon", headers={"Cache-Control": STATIC_CACHE_PLAIN})

    app.include_router(api.router)
    app.include_router(api_sources.router)  # what's new, for polling clients (sitroom.sources)
    if allow_ingest:
        app.include_router(api.ingest_router)
    app.include_router(pages.router)
    # StaticFiles resolves every path and refuses anything outside the folder (no traversal).
    app.mount("/static", CachedStatic(directory=STATIC_DIR), name="static")
    # Pages are mostly repeated markup (table rows, SVG paths): gzip makes them several times smaller.
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    return app


def run(
    db: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_ingest: bool = False,
    token: str | None = None,
    follow: FollowConfig | None = None,
) -> None:
    """Serve the app with uvicorn (blocking). With ``allow_ingest`` and no token, one is made and printed.
    With ``follow`` the server fetches and watches on a schedule (sitroom.sources.follow)."""
    import uvicorn

    if allow_ingest and not token:
        token = secrets.token_urlsafe(24)
        print(f"ingest token: {token}  (send it as 'Authorization: Bearer <token>')")
    app = create_app(db, allow_ingest=allow_ingest, token=token, hosts=[host], follow=follow)
    if app.state.picture_stale:
        print(f"W205: {CATALOGUE['W205'].format(path=db)}", file=sys.stderr)
    # Named in the holder file, so a command refused the database can say which server holds it (E601).
    with holding(db, "sitroom serve", url=f"http://{host}:{port}", allow_ingest=allow_ingest):
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
