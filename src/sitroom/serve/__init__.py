"""Serve: the FastAPI app (JSON API + offline web pages) over a sitroom database."""
