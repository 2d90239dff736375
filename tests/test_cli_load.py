"""``ingest --sink parquet:DIR`` then ``sitroom load DIR`` (issue 10): the same database as a direct
ingest, resumable, with file:// URLs as inputs; and the input URL rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.errors import SitroomError
from sitroom.jobs import local_inputs
from sitroom.store import Store


def _export(db: Path) -> str:
    with Store(db, read_only=True) as store:
        return json.dumps(store.export_object(), sort_keys=True, default=str)


@pytest.mark.model
@pytest.mark.slow
def test_ingest_to_parquet_then_load_equals_direct_ingest(tmp_path: Path) -> None:
    runner = CliRunner()
    direct = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "direct.duckdb"), "--json"])
    assert direct.exit_code == 0, direct.output
    sink = f"parquet:{tmp_path / 'pq'}"
    url = EXAMPLES.as_uri()  # file:///.../examples/corpus
    to_parquet = runner.invoke(app, ["ingest", url, "--sink", sink, "--db", str(tmp_path / "unused.duckdb"),
                                     "--json"])
    assert to_parquet.exit_code == 0, to_parquet.output
    assert json.loads(to_parquet.output) == json.loads(direct.output)  # the same report, line for line
    assert not (tmp_path / "unused.duckdb").exists()  # a Parquet sink opens no database

    loaded = runner.invoke(app, ["load", str(tmp_path / "pq"), "--db", str(tmp_path / "loaded.duckdb"), "--json"])
    assert loaded.exit_code == 0, loaded.output
    assert json.loads(loaded.output)["documents"] == len(json.loads(direct.output)["ingested"])
    assert _export(tmp_path / "loaded.duckdb") == _export(tmp_path / "direct.duckdb")

    again = runner.invoke(app, ["ingest", str(EXAMPLES), "--sink", sink, "--json"])  # resumes from the catalog
    assert again.exit_code == 0, again.output
    assert json.loads(again.output)["ingested"] == []


def test_load_of_a_missing_folder_is_one_coded_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["load", str(tmp_path / "nothing"), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2 and result.output.startswith("E708: "), result.output


def test_bad_sink_is_one_coded_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--sink", "csv:out",
                                      "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2 and result.output.startswith("E706: "), result.output


def test_file_urls_name_local_paths_and_globs_expand_in_path_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.json"):
        (tmp_path / name).write_text("x")
    assert local_inputs([(tmp_path / "a.txt").as_uri(), "-", "plain/path"]) == [
        str(tmp_path / "a.txt"), "-", "plain/path"]
    assert local_inputs([f"file://{tmp_path}/*.txt"]) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    with pytest.raises(SitroomError) as caught:
        local_inputs(["s3://bucket/wire/"])
    assert caught.value.code == "E709"
