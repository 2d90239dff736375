"""Web fixtures: one hand-built database per session and an in-process client for the app."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from tests.serve.builders import build_database

from sitroom.serve import create_app


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_database(tmp_path_factory.mktemp("serve") / "serve.duckdb")


@pytest.fixture(scope="session")
def app(serve_db: Path) -> Iterator[FastAPI]:
    application = create_app(serve_db)
    yield application
    application.state.store.close()


class Client:
    """Synchronous calls into the ASGI app through httpx's in-process transport (no socket)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def request(self, method: str, url: str, **kw: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
                return await client.request(method, url, **kw)

        return asyncio.run(call())

    def get(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("POST", url, **kw)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Client:
    return Client(app)


@pytest.fixture
def db_copy(serve_db: Path, tmp_path: Path) -> Path:
    """A private copy of the database for tests that open it for writing."""
    return Path(shutil.copy(serve_db, tmp_path / "copy.duckdb"))
