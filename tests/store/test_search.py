"""BM25 full-text search (store/fts.py) and its substring fallback, through Store.search / count_search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from tests.factories import make_result

from sitroom.errors import SitroomError
from sitroom.models import DocResult
from sitroom.store import Store, fts

KIRKUK = "Gunmen attacked a police patrol near Kirkuk overnight, officials said."
CEASEFIRE = "A ceasefire was announced in the province after talks."
KIRKUK_CEASEFIRE = "Tribal leaders in Kirkuk welcomed the ceasefire on Monday."
RAIDS = ("Security forces raided a hideout in Kirkuk. Another raid followed near Kirkuk airport. "
         "Kirkuk police said the raids netted weapons.")
STRIKE = "Coalition aircraft struck a cave complex in the desert, the ministry said."


def _docs(*texts: str) -> list[DocResult]:
    return [make_result(f"s{i}", sentences=(text,), published=f"2024-05-{10 + i:02d}")
            for i, text in enumerate(texts)]


@pytest.fixture
def corpus() -> list[DocResult]:
    return _docs(KIRKUK, CEASEFIRE, KIRKUK_CEASEFIRE, RAIDS, STRIKE)


@pytest.fixture
def indexed(tmp_path: Path, corpus: list[DocResult]) -> Iterator[Store]:
    """A store holding the corpus with its search index built, as after an ingest run."""
    with Store(tmp_path / "search.duckdb") as st:
        st.write_results(corpus)
        assert st.rebuild_search_index() == len(corpus)
        yield st


def _paths(hits: list[dict[str, object]]) -> list[object]:
    return [h["source_path"] for h in hits]


def test_search_uses_the_packaged_extension(indexed: Store) -> None:
    con = duckdb.connect()
    path = fts.extension_path(con)
    con.close()
    assert path is not None and path.name == "fts.duckdb_extension"
    assert f"v{duckdb.__version__}" in path.parts
    assert indexed.stats()["search_engine"] == "fts"


def test_search_stems_words(indexed: Store) -> None:
    # Porter stemming: "attacks", "attacking" and "attacked" all index as "attack"; a substring scan of
    # "attacks" would miss the text, which only says "attacked".
    for query in ("attacks", "attacking", "ATTACKED"):
        assert _paths(indexed.search(query)) == ["corpus/s0.txt"], query
    # "raids" and "raid" both stem to "raid", "raided" too.
    assert _paths(indexed.search("raid")) == ["corpus/s3.txt"]
    hit = indexed.search("attacks")[0]
    assert "attacked a police patrol" in hit["snippet"]  # the snippet finds the stem in the text


def test_search_ranks_more_matches_higher(indexed: Store) -> None:
    hits = indexed.search("Kirkuk")
    # The raids report names Kirkuk three times; the two others once each (ties broken by id).
    assert _paths(hits)[0] == "corpus/s3.txt"
    assert set(_paths(hits)) == {"corpus/s0.txt", "corpus/s2.txt", "corpus/s3.txt"}
    assert indexed.count_search("Kirkuk") == 3


def test_search_multi_word_queries_need_every_word(indexed: Store) -> None:
    assert _paths(indexed.search("kirkuk ceasefire")) == ["corpus/s2.txt"]
    assert _paths(indexed.search("ceasefire, Kirkuk!")) == ["corpus/s2.txt"]  # order and punctuation ignored
    assert indexed.search("kirkuk desert") == []
    # Stop words are dropped from the query instead of being required ("the" is in no index).
    assert _paths(indexed.search("the ceasefire in Kirkuk")) == ["corpus/s2.txt"]
    for text in ("kirkuk ceasefire", "kirkuk desert", "ceasefire", "Kirkuk"):
        assert indexed.count_search(text) == len(indexed.search(text, limit=10_000)), text


def test_search_pages_in_score_order(indexed: Store) -> None:
    everything = [h["id"] for h in indexed.search("kirkuk")]
    assert [h["id"] for h in indexed.search("kirkuk", limit=1, offset=1)] == everything[1:2]
    assert indexed.search("kirkuk", offset=3) == []


def test_search_stop_words_only_falls_back_to_substrings(indexed: Store) -> None:
    # Nothing indexable in the query: the exact-text scan answers instead of BM25 finding nothing.
    assert set(_paths(indexed.search("the"))) == {"corpus/s1.txt", "corpus/s2.txt", "corpus/s3.txt",
                                                  "corpus/s4.txt"}
    with pytest.raises(SitroomError) as err:
        indexed.search("   ")
    assert err.value.code == "E402"


def test_search_falls_back_when_the_extension_cannot_load(
    tmp_path: Path, corpus: list[DocResult], indexed: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fts, "load", lambda con: False)
    with Store(tmp_path / "plain.duckdb") as plain:
        plain.write_results(corpus)
        assert plain.rebuild_search_index() is None
        assert plain.stats()["search_engine"] == "substring"
        for text in ("ceasefire", "Kirkuk"):
            assert {h["id"] for h in plain.search(text)} == {h["id"] for h in indexed.search(text)}, text
        # Substring semantics: exact text, newest first; "attacks" is not in any text.
        assert plain.search("attacks") == []
        assert _paths(plain.search("kirkuk")) == ["corpus/s3.txt", "corpus/s2.txt", "corpus/s0.txt"]


def test_search_index_is_rebuilt_after_a_second_ingest(indexed: Store) -> None:
    late = make_result("s5", sentences=("Engineers cleared explosives from a bridge near Kirkuk.",))
    indexed.write_results([late])
    # Written but not indexed yet: the stale index is not used (no partial results), the scan still finds it.
    assert indexed.stats()["search_engine"] == "substring"
    assert _paths(indexed.search("explosives")) == ["corpus/s5.txt"]
    indexed.rebuild_picture()  # what every ingest run ends with
    assert indexed.stats()["search_engine"] == "fts"
    assert _paths(indexed.search("explosive")) == ["corpus/s5.txt"]  # stemmed: BM25 answered
    assert indexed.count_search("kirkuk") == 4


def test_search_read_only_store_uses_but_never_builds_the_index(indexed: Store, tmp_path: Path) -> None:
    indexed.close()
    with Store(tmp_path / "search.duckdb", read_only=True) as ro:
        assert ro.stats()["search_engine"] == "fts"
        assert _paths(ro.search("attacks")) == ["corpus/s0.txt"]
        with pytest.raises(SitroomError) as err:
            ro.rebuild_search_index()
        assert err.value.code == "E304"


def test_search_query_terms_drop_stop_words_and_punctuation(indexed: Store) -> None:
    # Digits are kept (years, resolution numbers), unlike the extension's default tokenizer.
    with indexed._cursor() as cur:
        assert fts.query_terms(cur, "The attack on Kirkuk, in 2024!") == ["attack", "kirkuk", "2024"]
        assert fts.query_terms(cur, "of the") == []


@pytest.mark.parametrize("text", ["Kirkuk", "ceasefire", "kirkuk ceasefire", "attacks", "raids kirkuk", "police"])
def test_search_scores_are_the_extensions_bm25(indexed: Store, text: str) -> None:
    # The postings hold match_bm25's subscores precomputed: the same scores, so the same order, without
    # scoring every stored document at every query.
    with indexed._cursor() as cur:
        terms = fts.query_terms(cur, text)
        expected = cur.execute(
            f"""SELECT id, score FROM (SELECT id, {fts.INDEX_SCHEMA}.match_bm25(id, ?, conjunctive := ?) AS score
                FROM documents) WHERE score IS NOT NULL ORDER BY score DESC, id""",
            [" ".join(terms), len(terms) > 1]).fetchall()
        ours = cur.execute(
            f"""SELECT r.name, p.weight FROM {fts.INDEX_SCHEMA}.postings p JOIN {fts.INDEX_SCHEMA}.ranks r USING (rank)
                WHERE p.termid = ?""", [fts.term_ids(cur, terms)[0][0]]).fetchall() if len(terms) == 1 else None
    hits = indexed.search(text, limit=100)
    assert [h["id"] for h in hits] == [row[0] for row in expected] and hits, text
    if ours is not None:
        assert dict(ours) == pytest.approx(dict(expected))


def test_search_index_without_postings_is_stale_and_rebuilt(indexed: Store) -> None:
    # A database indexed before sitroom kept postings: not used (search scans), and rebuilt by the next
    # writable open, as a half-built index is.
    with indexed._cursor() as cur:
        cur.execute(f"DROP TABLE {fts.INDEX_SCHEMA}.postings")
    assert indexed.stats()["search_engine"] == "substring"
    assert indexed.search_index_stale()
    indexed.ensure_picture()
    assert not indexed.search_index_stale() and indexed.stats()["search_engine"] == "fts"
    assert _paths(indexed.search("attacks")) == ["corpus/s0.txt"]
