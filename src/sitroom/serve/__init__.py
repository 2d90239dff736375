"""Serve: the FastAPI app (JSON API + offline web pages) over a sitroom database.

``create_app(db_path, allow_ingest=False, token=None)`` builds the app; ``run(db, host, port,
allow_ingest, token)`` serves it with uvicorn (127.0.0.1 by default).
"""

from sitroom.serve.app import create_app, run

__all__ = ["create_app", "run"]
