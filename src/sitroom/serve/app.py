"""The app: one read-only ``Store`` shared by the worker threads, the API, the pages, headers, errors.

``create_app`` builds it (tests drive it in-process through httpx's ASGI transport); ``run`` serves it
with uvicorn on 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitroom.errors import CATALOGUE, SitroomError
from sitroom.serve import api, api_sources, pages
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


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, code: str, message: str,
           headers: Mapping[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)
    html = render("error.html", request, status=status, code=code, message=message, api_url=None)
    return HTMLResponse(html, status_code=status, headers=headers)


def create_app(
    db_path: str | Path, allow_ingest: bool = False, token: str | None = None, follow: FollowConfig | None = None
) -> FastAPI:
    """The web app over the database at ``db_path`` (which must exist).

    Read-only by default. With ``allow_ingest`` the database is opened for writing and
    ``POST /api/ingest`` accepts files from clients that send ``Authorization: Bearer <token>``.
    """
    if allow_ingest and not token:
        raise ValueError("allow_ingest needs a token: clients must authenticate to write")
    # DuckDB refuses two handles on one file with different modes in one process, and the ingest job
    # opens its own Store: with ingest allowed, the app's handle is a writer too.
    # A following server (sources/follow.py) is the database's one writer: its loops ingest in-process.
    store = Store(db_path, read_only=not (allow_ingest or follow))
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
    app.state.follower = follower

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
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

    app.include_router(api.router)
    app.include_router(api_sources.router)  # what's new, for polling clients (sitroom.sources)
    if allow_ingest:
        app.include_router(api.ingest_router)
    app.include_router(pages.router)
    # StaticFiles resolves every path and refuses anything outside the folder (no traversal).
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
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
    app = create_app(db, allow_ingest=allow_ingest, token=token, follow=follow)
    # Named in the holder file, so a command refused the database can say which server holds it (E601).
    with holding(db, "sitroom serve", url=f"http://{host}:{port}", allow_ingest=allow_ingest):
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
