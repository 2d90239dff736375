"""GeoNames dump loading: streaming, filtering, and extending a gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import SitroomError
from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.geonames import load_geonames


def _row(gid: int, name: str, alts: str, lat: float, lon: float, fclass: str, code: str, cc: str,
         admin1: str = "01", population: int = 0) -> str:
    cols = [str(gid), name, name, alts, str(lat), str(lon), fclass, code, cc, "", admin1, "", "", "",
            str(population), "", "300", "Asia/Baghdad", "2024-01-01"]
    return "\t".join(cols)


@pytest.fixture()
def dump(tmp_path: Path) -> Path:
    rows = [
        _row(900001, "Al Hawl", "Al-Hol,Hol,al-Hawl", 36.38, 41.15, "P", "PPL", "SY", "04", 3000),
        _row(900002, "Muhafazat al Anbar", "Anbar,Al Anbar Governorate", 33.4, 42.0, "A", "ADM1", "IQ", "01"),
        _row(900003, "Ayn al Asad Air Base", "Ain al-Asad,EBL", 33.8, 42.44, "S", "MILB", "IQ", "01"),
        _row(900004, "Tigris", "Dijla", 33.0, 44.0, "H", "STM", "IQ"),  # a river: class H is not kept
        _row(900005, "Lyon", "Lyons", 45.75, 4.85, "P", "PPLA", "FR", "84", 500000),
        "broken\tline",
        _row(900006, "Old Town", "", 33.1, 44.1, "P", "PPLH", "IQ"),  # historical place: skipped
    ]
    path = tmp_path / "dump.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_geonames_streams_and_filters_by_class(dump: Path) -> None:
    entries = {e.geonames_id: e for e in load_geonames(dump)}
    assert set(entries) == {900001, 900002, 900003, 900005}
    assert entries[900001].feature == "city" and entries[900001].population == 3000
    assert entries[900002].precision == "province" and entries[900002].admin1 == "IQ.01"
    assert entries[900003].feature == "base"
    assert "EBL" not in entries[900003].alt_names  # codes are not names


def test_geonames_filters_by_country(dump: Path) -> None:
    entries = list(load_geonames(dump, countries=["iq"]))
    assert {e.country for e in entries} == {"IQ"}


def test_geonames_extends_a_gazetteer(dump: Path) -> None:
    gazetteer = Gazetteer()
    assert gazetteer.extend(load_geonames(dump)) == 4
    assert gazetteer.extend(load_geonames(dump)) == 0  # same ids again: nothing new
    hits = gazetteer.candidates("al-Hol")
    assert [c.entry.geonames_id for c in hits] == [900001]
    assert gazetteer.candidates("Anbar")[0].entry.country == "IQ"


def test_geonames_missing_dump_is_e503(tmp_path: Path) -> None:
    with pytest.raises(SitroomError) as err:
        list(load_geonames(tmp_path / "nope.txt"))
    assert err.value.code == "E503"
