"""Store: the DuckDB database. The only package that imports duckdb."""

from sitroom.store.migrations import SCHEMA_VERSION
from sitroom.store.store import DEFAULT_PATH, Store

__all__ = ["DEFAULT_PATH", "SCHEMA_VERSION", "Store"]
